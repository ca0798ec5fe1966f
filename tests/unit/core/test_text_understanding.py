"""Text understanding across en/es/fr/de/it/pt: sarcastic praise of a wrong outcome, a broken or
cold delivery, a dropped connection; conditional wishes as product feedback; "not X, just Y";
praise words that were missing; and their negative twins (what must not trigger)."""

from __future__ import annotations

import pytest

from mentionflow.core.irony_cues import wrong_outcome
from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.signals import conditional_wish, load_signals
from mentionflow.core.text import normalise


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


def signals(text: str) -> list[str]:
    return load_signals().detect(normalise(text).tokens)


# --- sarcastic praise of a failure: a complaint; the sincere twin stays praise ---------------

IRONIC = [
    # chef's kiss on cold, squashed food
    "@ParceloEats cold fries, squashed burger, an hour late 🤌 chef's kiss as always",
    # a wrong outcome: sent somewhere else / ordered one thing, got another
    "merci beaucoup @SkyLarkAir d'avoir envoyé mon sac à Madrid au lieu de Lyon 😘 très pratique",
    "toll gemacht @ParceloEats, glutenfrei bestellt, normale Pizza bekommen. Ganz großes Kino 👏",
    "great job @ParceloEats, ordered the veggie box, got a meat one. Chef's kiss 👏",
    # broken in transit, said in pieces
    "Complimenti @SkyLarkAir, il mio passeggino è arrivato in due pezzi. Servizio a cinque stelle 👏👏",
    "well done @ParceloEats, my cake arrived in pieces. Five star service 👏",
    # a connection that drops
    "Que maravilha @NimbusHelp, a net caiu outra vez a meio da reunião 🙃 vocês são uns artistas",
    # the same purchase charged three times
    "Parabéns @Brightbank, cobraram-me o mesmo café 3 vezes. Excelente banco 👏😂",
]

SINCERE = [
    "@ParceloEats hot fries, perfect burger, 20 minutes early 🤌 chef's kiss as always",
    "merci beaucoup @SkyLarkAir d'avoir livré ma valise à 18h au lieu de 20h 😘 très pratique",
    "toll gemacht @ParceloEats, heute bestellt, morgen bekommen. Ganz großes Kino 👏",
    "great job @ParceloEats, ordered the veggie box and got a free dessert. Chef's kiss 👏",
    "Complimenti @SkyLarkAir, il mio passeggino è arrivato intatto. Servizio a cinque stelle 👏👏",
    "Que maravilha @NimbusHelp, a fibra nova está voando 🙏 vocês são uns artistas",
    # a welcome "instead of" / "ordered X, got Y" with no sign of sarcasm is thanks
    "Thanks @SkyLarkAir for upgrading me to business instead of economy, amazing crew",
    "Merci @SkyLarkAir de m'avoir surclassé en business au lieu de l'éco, génial",
    "Gracias @ParceloEats por traerme la pizza en mano en lugar de dejarla en la puerta, un detalle",
    "great service @ParceloEats, ordered a small coffee and got a large one on the house",
    "Obrigado @SkyLarkAir por me porem num voo direto em vez de escala, top",
    # cut into pieces is no broken delivery
    "Grazie @ParceloEats, pizza già tagliata a pezzi per i bimbi, servizio perfetto",
]


@pytest.mark.parametrize("text", IRONIC)
def test_sarcastic_praise_of_a_failure_is_a_complaint(text: str) -> None:
    a = run(text)
    assert a.intent in ("complaint", "rant"), a


@pytest.mark.parametrize("text", SINCERE)
def test_its_sincere_twin_is_praise(text: str) -> None:
    a = run(text)
    assert a.intent == "praise", a


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("d'avoir envoyé ma valise à varsovie au lieu de nice", True),
        ("vegetarisch bestellt, fleisch bekommen.", True),
        ("pedí sin cebolla y me llegó con cebolla", True),
        ("ho ordinato la margherita, è arrivata una diavola", True),
        ("livré à 18h au lieu de 20h", False),
        ("delivered in 1 day instead of 3", False),
        ("10 € statt 15 €", False),
        ("heute bestellt, morgen bekommen", False),
        ("ordered at 7, got it by 7:20", False),
        ("ordered the big box and got a free gift", False),
    ],
)
def test_wrong_outcome(text: str, expected: bool) -> None:
    assert wrong_outcome(text) is expected


def test_french_ma_is_no_contrast_but_italian_ma_is() -> None:
    # "ma valise" (my suitcase) is no "but": the irony stands.
    assert run("merci beaucoup @SkyLarkAir d'avoir perdu ma valise 😘 très pratique").intent in ("complaint", "rant")
    # Italian "ma" is "but": a delay, but a lovely crew, is sincere.
    assert run("Volo in ritardo di un'ora ma equipaggio gentilissimo, grazie @SkyLarkAir 👏").intent == "praise"


# --- conditional wishes are product feedback, in every language ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir era ótimo se a app deixasse escolher o lugar 🙏",
        "@Brightbank wär echt nice wenn man in der App Sparziele teilen könnte",
        "@ParceloEats sarebbe bellissimo se l'app permettesse di dividere il conto",
        "@ParceloEats sería muy útil que la app guardara mis pedidos",
        "@NimbusHelp ce serait vraiment top si l'appli montrait ma conso",
        "@ParceloEats it'd be really cool if the app let me split the bill",
    ],
)
def test_a_conditional_wish_is_feedback(text: str) -> None:
    assert "feedback" in signals(text)


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkAir o voo era ótimo, obrigado",  # "era" = "was", no "se"
        "@Brightbank wenn das so weitergeht, wäre ich weg",  # "wenn" before, not after
        "@Brightbank I'd be grateful if you could refund me today",
        # a request, not a wish for the product
        "@Brightbank it would be really appreciated, I would be very grateful if you called",
        "@ParceloEats I would be grateful for a refund",
        "@ParceloEats se a app não abrir eu cancelo",
        "@SkyLarkAir o serviço era muito melhor que o da concorrência",  # "que" = "than"
        "@NimbusHelp la fibra sería más rápida que el ADSL, dijeron",
        "@NimbusHelp was it down yesterday? if so why",
    ],
)
def test_no_wish_without_the_conditional_shape(text: str) -> None:
    assert "feedback" not in signals(text)


def test_conditional_wish_shape() -> None:
    assert conditional_wish(("would", "be", "great", "if"))
    assert conditional_wish(("sarebbe", "molto", "bello", "se"))
    assert conditional_wish(("sería", "genial", "que"))
    assert not conditional_wish(("era", "ótimo", "que"))  # "era" (also "was") takes "se" only
    assert not conditional_wish(("would", "be", "if"))  # no judgement word between
    assert not conditional_wish(("would", "like", "it", "if"))  # no "be"
    assert not conditional_wish(("era", "ótimo", "e", "barato", "mas", "agora", "não", "se"))  # "if" too far


# --- "not X, just Y": the correction ends the negation -----------------------------------------


def test_not_sponsored_just_impressed_is_praise() -> None:
    a = run("Parcelo delivered my shop in 14 mins 🤯 @ParceloEats you absolute legends. Not sponsored, just impressed")
    assert a.intent == "praise", a


def test_not_impressed_stays_negated() -> None:
    a = run("@ParceloEats delivered late again. Not impressed at all")
    assert a.intent != "praise", a


# --- praise words; "A&E" only with its place word ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tripulação da @SkyLarkAir no voo Porto-Paris foi incrível com o meu avô ❤️",
        "Primeira vez com a @SkyLarkAir e que surpresa: lugar extra, tripulação simpática ✨",
        "Ein dickes Lob an @BrightbankCare, verlorene Karte gesperrt und die neue bestellt. So geht Service! 👏",
        "El rider de @ParceloEats de hoy un amor, me subió la compra hasta el 5º 🥹💚",
    ],
)
def test_sincere_praise_is_praise(text: str) -> None:
    a = run(text)
    assert a.intent == "praise", a


def test_a_and_e_needs_its_place_word() -> None:
    assert run("com a @SkyLarkAir e que surpresa, tudo perfeito").severity != "major"
    a = run("@ParceloEats your 'nut free' brownie put my son in A&E tonight")
    assert a.intent in ("complaint", "rant") and a.severity == "major", a


@pytest.mark.parametrize(
    "text",
    ["@ParceloHelp patatine un po' fredde stasera, peccato 😕", "@ParceloHelp pizza tiepida stasera, peccato"],
)
def test_a_cold_order_is_a_minor_complaint(text: str) -> None:
    a = run(text)
    assert a.intent == "complaint" and a.severity != "major", a
