"""Session 19 arrival fixes (holdout45/46): praise of a failure that named no failure word yet (an
account, card or SIM stopped by the brand, a parcel "marked as delivered", staff rolling their eyes),
surprise feigned at a failure, a free-from item swapped for a plain one (and the health risk beside a
declared condition); years of loyalty are no child's age; a newspaper and a media desk named make a
press enquiry; money words in their plural or verb form give the two-word bank name its context."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import mentionflow
from mentionflow.core import harm
from mentionflow.core.catalog import Catalog, load_catalog
from mentionflow.core.harm_swaps import allergen_swapped
from mentionflow.core.irony_acts import free_from_swapped
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.praise_turns import feigned_surprise
from mentionflow.core.sentiment import TextAnalysis, analyse
from mentionflow.core.text import normalise
from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario

CATALOG: Catalog = load_catalog(Path(mentionflow.__file__).parent / "data" / "catalog.yaml")
_FACTORY = core_factory_from_settings()


def run(text: str, code: str) -> TextAnalysis:
    return analyse(normalise(text), LanguageGuess(code, 1.0, True))


# --- Praise of a stopped account / SIM, a false "delivered", an eye-roll: irony -----------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Brilliant work @Brightbank, account frozen the day my rent is due. Superb 👌", "en"),
        ("wonderful service @NimbusHelp, sim blocked while I'm abroad. just perfect", "en"),
        ("great job @ParceloHelp, parcel marked as delivered and my doorstep is empty. amazing", "en"),
        ("lovely crew @SkyLarkAir, the steward rolled his eyes when my dad asked for help. 10/10", "en"),
        ("Genial @Brightbank, cuenta bloqueada justo el día de la nómina, un 10 👌", "es"),
        ("Excelente @ParceloEats, pedido marcado como entregado y yo sin cena. perfecto", "es"),
        ("Super @Brightbank, compte bloqué pendant mes vacances, merci beaucoup 👍", "fr"),
        ("Parfait @ParceloEats, commande marquée comme livrée mais rien devant ma porte. Bravo", "fr"),
        ("Bravo @SkyLarkAir, hôtesse qui lève les yeux au ciel quand je demande de l'aide. Au top", "fr"),
        ("Super @Brightbank, Konto gesperrt am Freitagabend. Echt klasse 👍", "de"),
        ("Danke @ParceloHelp, Paket als zugestellt markiert und nichts da. Toll", "de"),
        ("Complimenti @Brightbank, conto bloccato proprio a Natale. Perfetto 👌", "it"),
        ("grazie @NimbusHelp, sim bloccata da ieri e nessuno risponde, ottimo", "it"),
        ("Obrigado @Brightbank, conta bloqueada no dia do aluguel. Excelente 👌", "pt"),
        ("Parabéns @ParceloEats, pedido marcado como entregue e eu com fome. ótimo", "pt"),
        ("Parabéns @SkyLarkAir, comissária revirou os olhos quando pedi água. Excelente", "pt"),
    ],
)
def test_praise_of_a_stopped_thing_or_a_false_delivery_is_no_praise(text: str, code: str) -> None:
    a = run(text, code)
    assert a.intent != "praise", (text, a.cues, a.intent)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A fix named: gratitude.
        ("thanks @Brightbank, my account was frozen but you unlocked it in ten minutes. brilliant", "en"),
        ("gracias @Brightbank, cuenta bloqueada por error pero ya resuelto en 5 minutos, genial", "es"),
        ("merci @Brightbank, compte bloqué ce matin mais débloqué en dix minutes, au top", "fr"),
        ("Danke @Brightbank, Konto gesperrt, aber nach zehn Minuten wieder freigeschaltet, super", "de"),
        ("grazie @NimbusHelp, sim bloccata ma risolto subito, bravissimi", "it"),
        ("obrigado @Brightbank, conta bloqueada mas resolvido em minutos, excelente", "pt"),
        # Nothing gone wrong at all.
        ("thank you @ParceloHelp, the rider carried it up four floors. brilliant", "en"),
        ("merci @SkyLarkAir, équipage adorable et vol à l'heure, au top", "fr"),
        ("grazie @ParceloEats, consegna puntuale e rider gentilissimo", "it"),
        ("Danke @SkyLarkAir, super netter Service an Bord", "de"),
        ("gracias @NimbusHelp, me ayudaron con la factura en cinco minutos, genial", "es"),
        ("obrigada @ParceloEats, chegou quentinho e rápido, excelente", "pt"),
    ],
)
def test_sincere_praise_stays_praise(text: str, code: str) -> None:
    a = run(text, code)
    assert "irony" not in a.cues and a.intent == "praise", (text, a.cues, a.intent)


# --- Surprise feigned at a failure ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Oh what a surprise, @SkyLarkAir flight cancelled again. Thanks so much ❤️", "en"),
        ("Quelle surprise, train annulé encore une fois. Merci beaucoup ❤️", "fr"),
        ("Vaya sorpresa, vuelo @SkyLarkAir cancelado otra vez. Gracias ❤️", "es"),
        ("Was für eine Überraschung, Flug @SkyLarkAir schon wieder annulliert. Danke ❤️", "de"),
        ("Che sorpresa, volo @SkyLarkAir cancellato di nuovo. Grazie ❤️", "it"),
        ("Que surpresa, voo @SkyLarkAir cancelado outra vez. Obrigado ❤️", "pt"),
    ],
)
def test_surprise_at_a_failure_is_irony(text: str, code: str) -> None:
    a = run(text, code)
    assert "irony" in a.cues, (text, a.cues, a.intent)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("What a surprise, @SkyLarkAir upgraded us to business. Thank you ❤️", "en"),
        ("Quelle surprise, un petit mot de l'équipage @SkyLarkAir pour notre anniversaire, merci ❤️", "fr"),
        ("Qué sorpresa, @ParceloEats me regaló el postre. Gracias ❤️", "es"),
        ("Was für eine Überraschung, @NimbusHelp hat mir ein Upgrade geschenkt. Danke ❤️", "de"),
        ("Che sorpresa, @ParceloEats mi ha regalato il dolce, grazie ❤️", "it"),
        ("Que surpresa, @SkyLarkAir nos deu upgrade, obrigado ❤️", "pt"),
    ],
)
def test_a_happy_surprise_stays_praise(text: str, code: str) -> None:
    a = run(text, code)
    assert "irony" not in a.cues and a.intent not in ("complaint", "rant"), (text, a.cues, a.intent)


def test_feigned_surprise_phrases() -> None:
    assert feigned_surprise("oh what a surprise, delayed again")
    assert feigned_surprise("surprise surprise, no refund")
    assert not feigned_surprise("a lovely surprise gift from the crew")


# --- A free-from item swapped for a plain one --------------------------------------------------
@pytest.mark.parametrize(
    "low",
    [
        "they substituted my gluten-free pasta with regular pasta",
        "swapped my dairy-free milk for normal milk",
        "replaced the vegan burger with a regular one",
        "sustituyeron mi pan sin gluten por uno normal",
        "ont remplacé mon pain sans gluten par un pain classique",
        "glutenfreies brot durch normales ersetzt",
        "hanno sostituito la pasta senza glutine con quella normale",
        "trocaram o pão sem glúten por um comum",
    ],
)
def test_free_from_swapped(low: str) -> None:
    assert free_from_swapped(low)


@pytest.mark.parametrize(
    "low",
    [
        "they had no gluten-free bread so they refunded it",
        "replaced my card in two days, regular service",
        "ordered a regular pizza and a gluten-free one, both perfect",
        "il pane senza glutine era ottimo",
    ],
)
def test_no_free_from_swap(low: str) -> None:
    assert not free_from_swapped(low)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("@ParceloHelp you swapped my gluten-free bread for a regular loaf and my wife is coeliac", "en"),
        ("@ParceloEats sustituyeron la leche sin lactosa por una normal y soy intolerante", "es"),
        ("@ParceloEats ont remplacé mes pâtes sans gluten par des pâtes classiques, je suis cœliaque", "fr"),
        ("@ParceloEats glutenfreies Brot durch normales ersetzt, ich habe Zöliakie", "de"),
        ("@ParceloEats hanno sostituito il pane senza glutine con uno normale, mio figlio è celiaco", "it"),
        ("@ParceloEats trocaram o pão sem glúten por um comum e sou celíaca", "pt"),
    ],
)
def test_a_free_from_swap_for_a_declared_condition_is_a_health_risk(text: str, lang: str) -> None:
    norm = normalise(text)
    assert allergen_swapped(harm.harm_tokens(norm, lang), norm.clean)
    assert harm.detect_harm(norm, lang, brand_known=True).kind is not None, text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("@ParceloHelp you swapped my gluten-free bread for a regular loaf, not what I ordered", "en"),
        ("@ParceloEats soy celíaca y el pan sin gluten llegó perfecto, gracias", "es"),
    ],
)
def test_no_swap_or_no_condition_is_no_swap_risk(text: str, lang: str) -> None:
    norm = normalise(text)
    assert not allergen_swapped(harm.harm_tokens(norm, lang), norm.clean)


# --- Years of loyalty are no age ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank 12 anni di fedeltà e mi bloccate la carta",
        "@Brightbank 10 years of loyalty and you freeze my card",
        "@Brightbank 8 años de fidelidad y me bloqueáis la tarjeta",
        "@Brightbank 11 ans de fidélité et vous bloquez ma carte",
        "@Brightbank 9 Jahre Treue und ihr sperrt meine Karte",
        "@Brightbank 7 anos de fidelidade e bloqueiam o meu cartão",
    ],
)
def test_years_of_loyalty_are_no_child(text: str) -> None:
    assert "child" not in harm.concept_groups(normalise(text).tokens, None)


def test_a_childs_age_is_still_a_child() -> None:
    assert "child" in harm.concept_groups(normalise("mio figlio di 8 anni è allergico").tokens, None)


# --- A newspaper and a media desk named: press ---------------------------------------------------
def _case(text: str) -> dict[str, Any]:
    author = {"id": "a1", "handle": "someone", "followers": 4000}
    scenario = {"id": "press", "mentions": [{"id": "m1", "at": 0, "author": author, "text": text}]}
    cases = list(run_scenario(_FACTORY, scenario)["cases"].values())
    assert len(cases) == 1
    return cases[0]


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank a piece for a national paper on card fraud: could your media office comment?",
        "@NimbusMobile could your press team get back to us on the outage? We write for a national newspaper",
        "@SkyLarkAir para un periódico nacional: ¿nos responde vuestro departamento de comunicación?",
        "@ParceloEats nous préparons un papier pour un quotidien national, votre service communication peut répondre ?",
        "@Brightbank Text für eine überregionale Zeitung: kann Ihre Kommunikationsabteilung antworten?",
        "@NimbusMobile scriviamo per un quotidiano nazionale: il vostro ufficio comunicazione risponde?",
        "@SkyLarkAir escrevemos para um jornal nacional sobre atrasos, a vossa assessoria pode responder?",
    ],
)
def test_a_paper_and_a_media_desk_make_press(text: str) -> None:
    case = _case(text)
    assert "press" in case["signals"] and case["queue"] == "pr-media", (text, case["queue"], case["rule"])


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank can you send me a statement for March please?",
        "@ParceloEats my paper bag ripped and the food spilled everywhere",
    ],
)
def test_a_bank_statement_or_a_paper_bag_is_no_press(text: str) -> None:
    case = _case(text)
    assert "press" not in case["signals"], (text, case["signals"])


# --- The two-word bank name with money words in plural or verb form -----------------------------
def brands(text: str) -> list[str]:
    n = normalise(text)
    return CATALOG.match(n.tokens, n.handles, n.hashtags)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Quelqu'un sait si Bright Bank facture les virements vers l'Espagne ?",
        "Est-ce que Bright Bank limite les retraits hors zone euro ?",
        "¿Bright Bank cobra los retiros fuera de España?",
        "Weiß jemand, ob Bright Bank Abhebungen im Ausland berechnet?",
        "Qualcuno sa se Bright Bank applica costi sui prelievi all'estero?",
        "Alguém sabe se o Bright Bank cobra saques no exterior?",
    ],
)
def test_money_words_in_any_form_give_bright_bank_context(text: str) -> None:
    assert "brightbank" in brands(text)


def test_a_bright_bank_of_snow_is_still_no_bank() -> None:
    assert "brightbank" not in brands("quelle belle lumière sur la bright bank de neige ce matin")
