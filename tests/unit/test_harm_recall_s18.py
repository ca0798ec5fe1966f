"""Harm told without a harm word (session 18 recall): a message saying the account is locked with a
link to follow (core.harm_lockout), medicine refused with a hospital after it (core.harm_refusals),
an age said after a relative with a verb (core.harm_ages); each in six languages, with the
everyday texts that share their words and must stay no-harm."""

from __future__ import annotations

import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.harm_ages import said_ages
from mentionflow.core.harm_lockout import lockout_lure
from mentionflow.core.harm_refusals import meds_refused_hurt
from mentionflow.core.text import normalise


def _kind(text: str, lang: str) -> str | None:
    return detect_harm(normalise(text), lang, brand_known=True).kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@ShopCo had a text saying my account was suspended and I should sign in through the link"),
        ("es", "@TiendaES recibí un SMS diciendo que mi cuenta estaba suspendida y un enlace para verificarla"),
        ("fr", "@BanqueFR reçu un courriel disant que mon compte est suspendu, avec un lien pour le réactiver"),
        ("de", "@BankDE eine Nachricht bekommen, mein Konto sei blockiert, ich solle den Link öffnen"),
        ("it", "@BancaIT ho ricevuto un sms che dice che il conto è sospeso e un link per sbloccarlo"),
        ("pt", "@BancoPT recebi uma mensagem a dizer que a conta foi suspensa e um link para reativar"),
    ],
)
def test_a_message_saying_the_account_is_locked_with_a_link_is_fraud(lang: str, text: str) -> None:
    assert lockout_lure(normalise(text).tokens)
    assert _kind(text, lang) == "fraud"


@pytest.mark.parametrize(
    "text",
    [
        "I requested a new login email but the link says my account is suspended",
        "my account is suspended and the link in your email to unlock it is broken",
        "got an email saying my order shipped, the tracking link works fine",
        "pedí restablecer la contraseña y el correo dice que la cuenta está bloqueada, el enlace no va",
    ],
)
def test_a_message_the_customer_asked_for_or_no_lockout_is_no_lure(text: str) -> None:
    assert not lockout_lure(normalise(text).tokens)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@AirCo the crew refused my inhaler on board despite the prescription and I ended up in hospital"),
        ("es", "@AerolineaES me prohibieron subir con la insulina y terminé en urgencias con una hipoglucemia"),
        ("fr", "@CompagnieFR on m'a refusé mes médicaments à l'embarquement, j'ai fini à l'hôpital"),
        ("de", "@AirDE man hat mir meine Medikamente verweigert und ich kam ins Krankenhaus"),
        ("it", "@VoliIT mi hanno vietato l'insulina a bordo e sono finito al pronto soccorso in ospedale"),
        ("pt", "@VoosPT recusaram a minha medicação no embarque e fui parar às urgências"),
    ],
)
def test_medicine_refused_with_a_hospital_after_it_is_health_harm(lang: str, text: str) -> None:
    assert meds_refused_hurt(normalise(text).tokens)
    assert _kind(text, lang) == "health"


@pytest.mark.parametrize(
    "text",
    [
        "you refused my refund and my meds order is still missing",
        "the pharmacy refused my prescription, I'll try another one tomorrow",
        "the hospital refused to give me my records and the medication list",
        "you refused my insulin cool bag as cabin baggage, had to check it in",
    ],
)
def test_a_refusal_without_a_health_consequence_is_no_refusal_harm(text: str) -> None:
    assert not meds_refused_hurt(normalise(text).tokens)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@BankCo my grandma is 92 and money keeps leaving her account, she never made these payments"),
        ("es", "@BancoES mi abuelo tiene 90 y alguien le está vaciando la cuenta"),
        ("fr", "@BanqueFR mon grand-père a 90 et quelqu'un vide son compte"),
        ("de", "@BankDE mein Vater ist 90 und jemand räumt sein Konto leer"),
        ("it", "@BancaIT mio nonno ha 90 anni e qualcuno gli svuota il conto"),
        ("pt", "@BancoPT o meu avô tem 90 e alguém está a esvaziar a conta dele"),
    ],
)
def test_an_old_age_said_after_a_relative_reads_as_elderly(lang: str, text: str) -> None:
    assert _kind(text, lang) is not None


def test_said_ages_write_the_years_words_in() -> None:
    assert said_ages(("my", "dad", "is", "88", "and")) == ("my", "dad", "is", "88", "years", "old", "and")
    assert said_ages(("mi", "abuela", "tiene", "88")) == ("mi", "abuela", "tiene", "88", "años")
    assert said_ages(("mio", "nonno", "ha", "88", "anni")) == ("mio", "nonno", "ha", "88yo", "anni")
    assert said_ages(("my", "son", "is", "6", "years", "old")) == ("my", "son", "is", "6", "years", "old")


@pytest.mark.parametrize(
    "toks",
    [
        ("my", "mum", "is", "20", "minutes", "away"),
        ("my", "flight", "is", "88"),
        ("the", "bill", "is", "90", "quid"),
        ("mein", "vater", "ist", "90", "kg"),
    ],
)
def test_a_measure_or_no_relative_is_no_said_age(toks: tuple[str, ...]) -> None:
    assert said_ages(toks) == toks


@pytest.mark.parametrize(
    "text",
    ["@AppCo my dad is 88 and loves your app", "@CafeCo my nan is 90 today, thanks for the lovely cake!"],
)
def test_an_old_relative_with_nothing_wrong_is_no_harm(text: str) -> None:
    assert _kind(text, "en") is None


@pytest.mark.parametrize(
    "text",
    [
        "@BusCo the bus door trapped my daughter's arm and she was bruised all over",
        "@RideCo your driver ran over my son's foot in the car park and he needed stitches",
    ],
)
def test_a_possessive_child_word_is_the_child(text: str) -> None:
    from mentionflow.core.harm import harm_tokens

    toks = harm_tokens(normalise(text), "en")
    assert "daughters" in toks or "sons" in toks
    assert _kind(text, "en") is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "@SalleFR les sons du concert étaient horribles, on n'entendait rien"),
        ("en", "@ShopCo my daughters loved the dolls, thank you"),
    ],
)
def test_plural_sons_and_daughters_in_passing_are_no_harm(lang: str, text: str) -> None:
    assert _kind(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "@FoodCo the 'nut free' cookie had peanuts, my son's lips are swelling up"),
        ("es", "@ComidaES el plato 'sin gluten' llevaba cacahuete y a mi hija se le está hinchando la cara"),
        ("de", "@EssenDE im 'nussfreien' Kuchen waren Erdnüsse und ihr Gesicht ist geschwollen"),
    ],
)
def test_swelling_after_an_allergen_is_a_severe_reaction(lang: str, text: str) -> None:
    sig = detect_harm(normalise(text), lang, brand_known=True)
    assert (sig.kind, sig.severity) == ("health", "severe")
