"""Sarcasm keeps the severity behind it: once a mention is read as sarcastic, its harm and its
severity are judged as if it were said literally. A disabled person left without their
wheelchair is a safety case however warm the "thanks" round it; a customer left abroad without
a cent is a major complaint in every language; a melting face beside a flat "really" tag turns
praise round. Mild sarcasm about a small annoyance stays minor, sincere thanks stay praise."""

from __future__ import annotations

import orjson
import pytest

from mentionflow.core.harm import detect_harm
from mentionflow.core.lang import detect_language
from mentionflow.core.pipeline import Pipeline
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise
from mentionflow.schema import Analysis, decode_raw_mention, utc_iso
from mentionflow.settings import load_settings

T0 = 1_780_000_000.0


@pytest.fixture(scope="module")
def core() -> Pipeline:
    return Pipeline.from_settings(load_settings())


def scored(core: Pipeline, text: str) -> Analysis:
    raw = decode_raw_mention(
        orjson.dumps(
            {
                "id": "m1",
                "channel": "twitter",
                "text": text,
                "created_at": utc_iso(T0),
                "author": {"id": "c1", "handle": "c1"},
            }
        )
    )
    return core.score(core.enrich(raw, T0)).analysis


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks so much @SkyLarkAir 👏 you lost my mum's wheelchair and she's in Dublin stuck in an airport chair. "
        "Truly accessible travel.",
        "Gracias @SkyLarkAir 👏 habéis perdido la silla de ruedas de mi padre. Genial.",
        "Merci @SkyLarkAir 👏 vous avez perdu le fauteuil roulant de ma mère, elle est à Lille sans pouvoir bouger. "
        "Bravo.",
        "Danke @SkyLarkAir 👏 ihr habt den Rollstuhl meines Vaters verloren, er sitzt in Hamburg fest. Toll gemacht.",
        "Grazie @SkyLarkAir 👏 la sedia a rotelle di mia madre è rimasta a Lisbona e lei è a Torino, bloccata. "
        "Bravissimi.",
        "Obrigado @SkyLarkAir 👏 perderam a cadeira de rodas do meu pai e ele está no Porto sem se mexer. Parabéns.",
        "Amazing work @Brightbank 🙄 the new login needs a CAPTCHA my deaf-blind sister's braille display can't read, "
        "so she can't get into her own account.",
    ],
)
def test_sarcastic_thanks_do_not_hide_a_disabled_person_left_stranded(core: Pipeline, text: str) -> None:
    a = scored(core, text)
    assert a.intent == "complaint"
    assert a.harm == "vulnerable_person"


def test_the_sarcastic_reading_only_drops_the_thanks() -> None:
    text = "Super, danke @SkyLarkAir 👏 der Rollstuhl meiner Oma ist in Wien geblieben, sie in Berlin."
    assert detect_harm(normalise(text), "de", brand_known=True, sarcastic=True).kind == "vulnerable_person"
    # Sincere thanks for wheelchair assistance stay no harm, read literally or not.
    sincere = "Danke @SkyLarkAir, der Rollstuhlservice in Wien war perfekt, mein Vater war begeistert 👏"
    assert detect_harm(normalise(sincere), "de", brand_known=True).kind is None


@pytest.mark.parametrize(
    "text",
    [
        "Thank you @SkyLarkAir, the assistance team got my dad's wheelchair to the gate in minutes ❤️",
        "Danke @SkyLarkAir, der Rollstuhlservice in Wien war perfekt, mein Vater war begeistert 👏",
    ],
)
def test_sincere_thanks_for_assistance_stay_praise(core: Pipeline, text: str) -> None:
    a = scored(core, text)
    assert (a.intent, a.harm) == ("praise", None)


@pytest.mark.parametrize(
    "text",
    [
        "Love waiting 10 minutes for my coffee @ParceloEats 🙄 great job",
        "Super gemacht @ParceloEats 👏 die Pommes waren lauwarm. Toll.",
    ],
)
def test_mild_sarcasm_about_a_small_annoyance_stays_minor(core: Pipeline, text: str) -> None:
    a = scored(core, text)
    assert (a.intent, a.severity, a.harm) == ("complaint", "minor", None)


@pytest.mark.parametrize(
    "text",
    [
        "cheers @Brightbank for freezing my card in Madrid, now I'm here without a penny 🙄",
        "gracias @Brightbank por bloquear mi tarjeta en Roma, aquí estoy sin un euro 🙄",
        "merci @Brightbank d'avoir bloqué ma carte à Porto, me voilà sans un sou 🙄",
        "@Brightbank Karte in Rom gesperrt, ich stehe ohne Geld am Bahnhof.",
        "grazie @Brightbank per avermi bloccato la carta a Berlino, sono qui senza un euro 🙄",
        "obrigado @Brightbank por bloquearem o meu cartão em Paris, estou aqui sem um tostão 🙄",
    ],
)
def test_left_without_a_cent_is_major_sarcastic_or_not(text: str) -> None:
    result = run(text)
    assert (result.intent, result.severity) == ("complaint", "major")


def test_a_penny_of_fees_thanked_is_still_praise() -> None:
    assert run("@Brightbank I paid abroad without a penny of fees and it worked, thanks!").intent == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats my curry turned up as a puddle in the bottom of the bag. Great service, really. 🫠",
        "@ParceloEats la sopa llegó toda en el fondo de la bolsa. Unos genios, de verdad. 🫠",
        "@ParceloEats le curry est arrivé en flaque au fond du sac. Super boulot, vraiment. 🫠",
        "@ParceloEats das Curry kam als Pfütze unten in der Tüte an. Super Service, echt. 🫠",
        "@ParceloEats il ramen è arrivato tutto sul fondo della busta. Ottimo servizio, davvero. 🫠",
        "@ParceloEats a sopa chegou toda no fundo do saco. Excelente serviço, sério. 🫠",
    ],
)
def test_a_melting_face_beside_a_flat_really_is_sarcasm(text: str) -> None:
    assert run(text).intent == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "@ParceloEats ce fondant au chocolat 🫠 merci, vraiment le meilleur dessert du quartier !",
        "@ParceloEats this brownie 🫠 thank you, best dessert in town!",
        "@ParceloEats the ramen was so good I melted 🫠 thanks!",
    ],
)
def test_a_melting_face_of_delight_stays_praise(text: str) -> None:
    assert run(text).intent == "praise"


def test_french_gold_is_no_portuguese_pain() -> None:
    text = "@SkyLarkAir 3e valise perdue cette année, médaille d'or 🏆"
    assert detect_harm(normalise(text), "fr", brand_known=True, sarcastic=True).kind is None
