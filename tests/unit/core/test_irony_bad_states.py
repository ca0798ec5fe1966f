"""Thanks beside a bad state of affairs stated flat is sarcasm (session 17: `irony_states`): the
thing the writer should have is somewhere it should not be ("the pram is in Oslo 👏", "la maleta
sigue en Madrid") or is not there ("kein Kinderwagen am Band 👏"). The same thanks for a thing
that arrived, a place that is a state ("in perfect condition") or a thing not needed stays praise."""

from __future__ import annotations

import pytest

from mentionflow.core.irony_states import absent, bad_state, stranded
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


def tokset(text: str) -> frozenset[str]:
    return frozenset(normalise(text).tokens)


@pytest.mark.parametrize(
    ("text", "signed", "expected"),
    [
        ("cheers, the pram is in oslo", True, True),
        ("our luggage stayed in dublin", True, True),
        ("mi equipaje está en lisboa", True, True),
        ("mes bagages sont restés à nice", False, False),  # no sign, no "still"
        ("mes bagages sont toujours à nice", False, True),
        ("der kinderwagen ist immer noch in hamburg", False, True),
        ("il mio bagaglio è ancora a napoli", False, True),
        ("a bagagem continua em faro", False, True),
        ("el paquete sigue en zaragoza", False, True),
        # a place that is a state, or the thing came
        ("the pram is in perfect condition", True, False),
        ("my parcel is on its way", True, False),
        ("der kinderwagen ist in gutem zustand", True, False),
        ("la valigia è arrivata a napoli", True, False),
        ("my luggage is still in oslo but it finally turned up here too", False, False),
    ],
)
def test_stranded(text: str, signed: bool, expected: bool) -> None:
    assert stranded(text, signed) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no pram at the belt", True),
        ("keine bestellung, nichts", True),
        ("toujours pas de colis", True),
        ("ancora nessun rimborso", True),
        ("ainda sem a encomenda", True),
        ("todavía sin reembolso", True),
        ("no wheelchair needed today", False),
        ("no fees on my luggage, nice", False),  # the thing is had, the fee is not
    ],
)
def test_absent(text: str, expected: bool) -> None:
    assert absent(text) is expected


def test_bad_state_needs_a_thing_token() -> None:
    low = "thanks 👏 the crew is in lisbon"
    assert not bad_state(low, True, tokset(low))


# (sarcastic, sincere twin, language): the twin thanks for the same thing that came.
TWINS = [
    ("@SkyLarkAir thanks a lot 👏 my pram is in Oslo", "@SkyLarkAir thanks a lot, my pram arrived in Oslo", "en"),
    (
        "@SkyLarkAir great stuff, our luggage is still in Dublin",
        "@SkyLarkAir great stuff, our luggage is in perfect condition",
        "en",
    ),
    ("@SkyLarkAir gracias 👏 mi equipaje está en Lisboa", "@SkyLarkAir gracias, mi equipaje llegó a Lisboa", "es"),
    ("@SkyLarkAir merci 👏 mes bagages sont à Nice", "@SkyLarkAir merci, mes bagages sont arrivés à Nice", "fr"),
    (
        "@SkyLarkAir Vielen Dank 👏 der Kinderwagen ist in Hamburg",
        "@SkyLarkAir Vielen Dank, der Kinderwagen ist in Hamburg angekommen",
        "de",
    ),
    ("@SkyLarkAir grazie 👏 il passeggino è a Napoli", "@SkyLarkAir grazie, il passeggino è arrivato a Napoli", "it"),
    ("@SkyLarkAir obrigada 👏 a bagagem ficou em Faro", "@SkyLarkAir obrigada, a bagagem chegou a Faro", "pt"),
    (
        "@ParceloEats danke 👏 keine Bestellung, nur ein leerer Flur",
        "@ParceloEats danke, die Bestellung war heiß und pünktlich",
        "de",
    ),
    ("@ParceloEats merci 👏 toujours pas de commande", "@ParceloEats merci, commande livrée en 20 minutes", "fr"),
]


@pytest.mark.parametrize(("sarcastic", "sincere", "code"), TWINS)
def test_thanks_beside_a_bad_state_is_sarcasm(sarcastic: str, sincere: str, code: str) -> None:
    a = run(sarcastic, code)
    assert a.intent in ("complaint", "rant"), a
    b = run(sincere, code)
    assert b.intent == "praise", b


# --- praise of a network upgrade: the mast is what was improved, no failure -------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("@NimbusMobile new mast in our village and full bars at last, cheers 👏", "en"),
        ("honestly the @NimbusMobile 4G in Truro is unreal now, 180 Mbps. thank you whoever upgraded the mast", "en"),
        ("@NimbusMobile gracias a quien mejoró la antena del pueblo, el 5G vuela 🚀", "es"),
        ("@NimbusMobile merci à celui qui a amélioré le réseau à Lyon, la 5G décolle 🚀", "fr"),
        ("@NimbusMobile danke an wen auch immer den Mast in Kiel ausgebaut hat, 5G rast 🚀", "de"),
        ("@NimbusMobile grazie a chi ha potenziato il ripetitore, il 5G vola 🚀", "it"),
        ("@NimbusMobile obrigado a quem melhorou a antena em Braga, o 5G voa 🚀", "pt"),
    ],
)
def test_thanks_for_an_upgrade_is_praise(text: str, code: str) -> None:
    a = run(text, code)
    assert a.intent == "praise" and "irony" not in a.cues, a


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("@NimbusMobile great, the mast is broken again 👏", "en"),
        ("@NimbusMobile the mast near me is down again, no signal", "en"),
        ("@NimbusMobile thanks for improving the app, still crashes every morning 🙄", "en"),
    ],
)
def test_a_broken_mast_or_a_mocked_upgrade_is_no_praise(text: str, code: str) -> None:
    assert run(text, code).intent != "praise"


# --- the thing in one place, its owner in another: the failure itself, no sign needed ---------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("@SkyLarkAir cheers mate, the buggy is in Porto and we're in Faro", "en"),
        ("@SkyLarkAir gracias, mi equipaje está en Oporto y yo en Sevilla", "es"),
        ("@SkyLarkAir merci, mes bagages sont à Porto et moi à Nantes", "fr"),
        ("@SkyLarkAir grazie, il bagaglio è a Porto e io a Bari", "it"),
        ("@SkyLarkAir obrigado, a bagagem está no Porto e eu estou em Faro", "pt"),
    ],
)
def test_thanks_beside_a_thing_and_its_owner_apart_is_no_praise(text: str, code: str) -> None:
    assert run(text, code).intent != "praise"


def test_the_thing_and_its_owner_in_one_place_is_no_failure() -> None:
    a = run("@SkyLarkAir thanks, my suitcase is with me in Lisbon and I'm in Lisbon till Sunday", "en")
    assert a.intent == "praise", a


# --- still absent, a wait at a named place, a meal at the wrong door ---------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("@SkyLarkAir lovely, still no buggy at the carousel", "en"),
        ("@SkyLarkAir gracias, todavía sin carrito", "es"),
        ("@SkyLarkAir merci, toujours pas de poussette", "fr"),
        ("@SkyLarkAir danke, noch kein Kinderwagen", "de"),
        ("@SkyLarkAir grazie, ancora nessun passeggino", "it"),
        ("@SkyLarkAir obrigado, ainda sem carrinho", "pt"),
        ("@SkyLarkAir superb, 7 hours in Lyon airport 👏", "en"),
        ("@SkyLarkAir génial, 7 heures à l'aéroport de Lyon 👏", "fr"),
        ("@ParceloEats cheers, my lunch is at the house across the road 👏", "en"),
    ],
)
def test_still_absent_or_a_named_wait_is_no_praise(text: str, code: str) -> None:
    assert run(text, code).intent != "praise"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("@ParceloEats thanks 👏 my lunch is at my door, piping hot", "en"),
        ("@ParceloEats thank you 👏 the groceries are in my kitchen already", "en"),
        ("@ParceloEats danke 👏 mein Einkauf ist schon in der Küche", "de"),
    ],
)
def test_a_thing_where_it_was_meant_to_be_is_praise(text: str, code: str) -> None:
    assert run(text, code).intent == "praise"
