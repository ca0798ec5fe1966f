"""Harm missed (or falsely raised) on the arrival of blind sets 52/53 (session 20).

Causes, each with texts of our own in every language where it is language-bound, and controls that must
not fire: a courier threatened, beaten or robbed (the perfect tense of "drew a knife", "me han pegado",
"espancado", "golpeado"); a courier knocked down by a car door ("doored"); being sick told as embracing the
toilet (core/harm_severity.sick_in_slang); a scald told by its blister; a number ported that nobody asked
for; and "addio", the everyday Italian goodbye (to a brand one leaves), which is no farewell to life.
"""

from __future__ import annotations

import pytest

from mentionflow.core.harm import HarmSignal, detect_harm
from mentionflow.core.harm_severity import sick_in_slang, weapon_drawn
from mentionflow.core.text import normalise


def harm(text: str, lang: str) -> HarmSignal:
    return detect_harm(normalise(text), lang, brand_known=True)


RIDER_ATTACKED = [
    ("es", "@ParceloHelp un tío me ha sacado un cuchillo al entregar el pedido, estoy en la calle sin saber qué hacer"),
    ("es", "@ParceloHelp dos clientes me han pegado en el rellano por un pedido que tardó, me duele todo"),
    ("es", "@ParceloHelp anoche me golpearon al salir del portal con la mochila de reparto, nadie me ayuda"),
    ("es", "@ParceloHelp me atracaron en plena entrega y se llevaron la moto"),
    ("en", "@ParceloHelp two guys jumped me on my last drop tonight, punched me and took the bike"),
    ("en", "@ParceloHelp customer pulls a knife on me at the door over a cold pizza, nobody on the rider line"),
    ("en", "@ParceloEats was doored on the high street mid delivery, shoulder is wrecked"),
    ("fr", "@ParceloHelp je me suis fait tabasser, tabassé devant l'immeuble pendant une livraison"),
    ("de", "@ParceloHelp bin bei der Auslieferung überfallen und ausgeraubt worden, Rad weg"),
    ("it", "@ParceloHelp sono stato rapinato durante una consegna, mi hanno preso bici e telefono"),
    ("pt", "@ParceloHelp fui assaltado durante a entrega e levaram a mota"),
    ("pt", "@ParceloHelp fui espancado por dois homens quando entregava o pedido"),
    ("pt", "@ParceloHelp um cliente me bateu na porta por causa do atraso"),
]


@pytest.mark.parametrize(("lang", "text"), RIDER_ATTACKED)
def test_rider_attacked_is_physical_harm(lang: str, text: str) -> None:
    sig = harm(text, lang)
    assert sig.kind == "physical_safety", (text, sig)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "me ha sacado una navaja en la puerta"),
        ("es", "le han sacado un cuchillo al repartidor"),
        ("pt", "o cliente sacou uma faca"),
        ("en", "he pulls a knife every time"),
    ],
)
def test_weapon_drawn_perfect(lang: str, text: str) -> None:
    assert weapon_drawn(normalise(text).tokens)


NOT_ATTACKED = [
    ("es", "@ParceloHelp el ticket venía pegado a la bolsa y no se podía leer"),
    ("es", "@ParceloHelp se me ha pegado el arroz de lo frío que llegó, fatal"),
    ("es", "@ParceloHelp no venía cuchillo ni tenedor en el pedido, me han sacado de quicio"),
    # knocking on the door is no collision
    ("en", "@ParceloEats the rider knocked on the door and left, no knife or fork in the bag"),
    ("pt", "@ParceloHelp o estafeta bateu à porta e foi embora sem deixar o pedido"),
    ("de", "@ParceloHelp die Preise sind überfallartig gestiegen, frechheit"),
    # a figure for a fee ("mugged" is left out of the lexicon for it)
    ("en", "@SkyLarkAir it's hard to get mugged by your bag fees and not be upset"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ATTACKED)
def test_not_attacked(lang: str, text: str) -> None:
    sig = harm(text, lang)
    assert sig.kind is None, (text, sig)


SICK_IN_SLANG = [
    ("en", "that kebab had me hugging the toilet till 4am, never again"),
    ("en", "spent the whole night hugging the loo after your sushi lol"),
    ("es", "me pasé la noche abrazado al váter después de la hamburguesa"),
    ("es", "acabé abrazada al inodoro toda la noche por el pollo"),
    ("fr", "toute la nuit la tête dans la cuvette après vos nems"),
    ("it", "tutta la notte abbracciato al water dopo la pizza"),
    ("pt", "passei a noite abraçada à sanita depois do sushi"),
    ("de", "die ganze Nacht über der Kloschüssel nach eurem Döner"),
]


@pytest.mark.parametrize(("lang", "text"), SICK_IN_SLANG)
def test_sick_in_slang(lang: str, text: str) -> None:
    assert sick_in_slang(normalise(text).tokens), text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "lol @ParceloEats that curry had me and my partner hugging the toilet all night"),
        ("es", "@ParceloEats el sushi de ayer nos tuvo a los dos abrazados al váter toda la noche jaja"),
        ("it", "@ParceloEats il poke di ieri: tutta la notte abbracciata al water, grazie eh"),
        ("pt", "@ParceloEats o frango deixou-me abraçado à sanita a noite toda"),
    ],
)
def test_sick_in_slang_is_health_harm(lang: str, text: str) -> None:
    assert harm(text, lang).kind == "health", text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "hugging the kids goodbye before the flight, love this crew"),
        ("es", "abrazado al perro esperando al repartidor"),
        ("it", "abbracciato al divano aspettando la pizza"),
        ("de", "über der Stadt mit @SkyLarkAir, herrlich"),
        ("en", "the toilet on the plane was filthy, hugging the armrest the whole flight"),
    ],
)
def test_sick_in_slang_not_without_toilet(lang: str, text: str) -> None:
    assert not sick_in_slang(normalise(text).tokens), text


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir crew spilled boiling tea on my son's hand, there's a blister already and no ice",
        "@SkyLarkAir scalding coffee tipped on my lap at takeoff, blister on my thigh",
    ],
)
def test_scald_by_its_blister(text: str) -> None:
    assert harm(text, "en").kind is not None, text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@NimbusHelp dad's number was ported away without him asking, now someone gets his bank codes"),
        ("es", "@NimbusHelp a mi abuela su número fue portado sin pedirlo, ahora alguien recibe sus códigos"),
        ("it", "@NimbusHelp a mia madre il numero è stato portato senza chiederlo, qualcuno riceve i codici"),
    ],
)
def test_unasked_port_is_fraud(lang: str, text: str) -> None:
    assert harm(text, lang).kind == "fraud", text


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusHelp I want to port my number to another network, how long does it take?",
        "@NimbusHelp my number was ported without any problem, thanks",
    ],
)
def test_asked_port_is_not_fraud(text: str) -> None:
    assert harm(text, "en").kind != "fraud", text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "@SkyLarkAir disdico l'abbonamento oggi. Addio."),
        ("it", "@NimbusHelp passo a Iliad, addio per sempre"),
        ("it", "addio SkyLark, da domani volo con la concorrenza"),
        ("es", "@SkyLarkAir cancelo la suscripción. Adiós para siempre."),
        ("fr", "@SkyLarkAir je résilie, adieu"),
        ("en", "@SkyLarkAir cancelling my membership today. goodbye forever"),
        ("pt", "@SkyLarkAir cancelei o plano, adeus"),
        ("de", "@SkyLarkAir kündige heute, tschüss für immer"),
    ],
)
def test_goodbye_to_a_brand_is_no_despair(lang: str, text: str) -> None:
    assert harm(text, lang).kind is None, text


def test_despair_still_fires_in_italian() -> None:
    sig = harm("@NimbusHelp non ce la faccio più, voglio farla finita, ho già scritto gli addii", "it")
    assert sig.kind == "self_harm", sig
