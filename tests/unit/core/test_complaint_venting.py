"""Personal venting and upbeat irony are no complaints (core/complaint.py): a complaint about the
writer's own life (an exam, a fever, insect bites) with no product, service or brand in it is
venting; irony read into a post with nothing negative in it ("easily the most amazing thing I own")
neither keeps nor protects a rule complaint."""

from __future__ import annotations

import pytest

from mentionflow.core.complaint import (
    COMPLAINT_DENSE,
    ComplaintModel,
    is_firm,
    is_protected,
    personal_venting,
    settle_intent,
    upbeat_text,
)
from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import TextAnalysis, default_analyzer
from mentionflow.core.text import normalise


def _analyse(text: str) -> TextAnalysis:
    norm = normalise(text)
    return default_analyzer().analyse(norm, detect_language(norm))


def _model() -> ComplaintModel:
    # the shipped gate: promote / demote 0.5, information requests at 0.8, protected at 0.3
    return ComplaintModel({}, {}, tuple([0.0] * len(COMPLAINT_DENSE)), 0.0, 0.5, 0.5, {}, 0.8, 0.3)


# --- personal venting -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Revising physics all night, I'm going to fail these finals.",
        "Caught the flu, everything hurts and I feel terrible",
        "ugh these insects keep biting me all evening, so annoying",
        "Sore throat and a fever, I can't sleep, great",
        "tengo fiebre y me duele todo el cuerpo",
        "estos insectos me están comiendo viva, no aguanto más",
        "j'ai de la fièvre, tout me fait mal",
        "ces insectes me dévorent depuis ce matin",
        "ich habe fieber, alles tut weh",
        "die insekten stechen mich schon den ganzen abend",
        "ho la febbre, mi fa male tutto",
        "questi insetti mi stanno mangiando viva",
        "estou com febre, tudo dói",
        "esses insetos estão me comendo viva, não aguento mais",
    ],
)
def test_venting_about_ones_own_life_is_no_complaint(text: str) -> None:
    a = _analyse(text)
    assert a.intent not in ("complaint", "rant"), (a.intent, a.cues)
    assert "personal_venting" in a.cues


@pytest.mark.parametrize(
    "text",
    [
        # the life word beside a product, a service, a failure, a wait or a handle: a complaint
        "@Nimbus your exam app keeps crashing and I can't submit my essay",
        "Their new update gives me a headache every time I open it",
        "my flu meds order from Nimbus never arrived",
        "Nimbus support has been useless about my surgery bill, still no refund",
        "Waited three hours at the clinic for my surgery appointment",
        "la app de Nimbus no funciona y tengo exámenes mañana",
        "l'appli Nimbus ne marche pas, j'ai des examens demain",
        "die Nimbus App stürzt ständig ab und ich habe morgen Prüfungen",
        "l'app di Nimbus non funziona e domani ho gli esami",
        "o app da Nimbus não funciona e amanhã tenho provas",
        "@Nimbus mi pedido de medicinas para la fiebre no ha llegado",
        "@Nimbus ma commande de médicaments contre la fièvre n'est jamais arrivée",
        # irony aims at someone: the courier, not the weather
        "the courier left my parcel out in the rain, what a genius",
        "el mensajero dejó mi paquete bajo la lluvia, un genio",
    ],
)
def test_a_product_at_fault_beside_a_life_word_stays_a_complaint(text: str) -> None:
    a = _analyse(text)
    assert a.intent == "complaint", (a.intent, a.cues)
    assert "personal_venting" not in a.cues


def test_personal_venting_conditions() -> None:
    every = frozenset(["everyday"])
    assert personal_venting("complaint", "minor", every, False, False, [])
    assert personal_venting("rant", None, every, False, False, ["profanity"])
    # no everyday gripe named, or something of a product / service / brand in it: not venting
    assert not personal_venting("complaint", "minor", frozenset(), False, False, [])
    assert not personal_venting("complaint", "minor", every, True, False, [])  # a keyword-file problem
    assert not personal_venting("complaint", "minor", every, False, True, [])  # an @handle
    for flag in ("failure", "complaint", "major", "insult"):
        assert not personal_venting("complaint", "minor", every | {flag}, False, False, [])
    assert not personal_venting("complaint", "major", every, False, False, [])
    for cue in ("long_wait", "unmet", "cancelled", "wished_fix", "waited", "irony", "sarcasm"):
        assert not personal_venting("complaint", "minor", every, False, False, [cue])
    # only complaints and rants
    assert not personal_venting("question", None, every, False, False, [])


# --- upbeat irony ---------------------------------------------------------------------------


def test_upbeat_text_is_one_with_nothing_negative_read() -> None:
    assert upbeat_text(0.03, 0.0, frozenset(), ["irony"])
    assert not upbeat_text(0.4, 0.0, frozenset(), ["irony"])  # the model reads it negative
    assert not upbeat_text(0.03, -1.5, frozenset(), ["irony"])  # a negative word in it
    for flag in ("failure", "complaint", "major", "insult"):
        assert not upbeat_text(0.03, 0.0, frozenset([flag]), ["irony"])
    for cue in ("long_wait", "on_hold", "unmet", "cancelled"):  # a wait is a negative situation
        assert not upbeat_text(0.03, 0.0, frozenset(), ["irony", cue])
    assert not upbeat_text(0.03, 0.0, frozenset(), ["irony"], detail=True)  # a sum paid, an order number


def test_upbeat_irony_at_no_one_is_neither_firm_nor_protecting() -> None:
    toks = frozenset(normalise("this camera is the most amazing thing I own, took it down to the harbour").tokens)
    # a problem word the keyword file read ("down") made it firm; upbeat, it does not
    assert is_firm(["irony"], named_problem=True, addressed=False, tokens=toks)
    assert not is_firm(["irony"], named_problem=True, addressed=False, tokens=toks, upbeat=True)
    assert not is_protected(["irony"], named_problem=True, upbeat=True)
    # controls: addressed to someone, or a wait in it, or a failure-bearing firm cue
    assert is_firm(["irony"], named_problem=False, addressed=True, tokens=toks, upbeat=True)
    assert is_firm(["irony", "waited"], named_problem=False, addressed=False, tokens=toks, upbeat=True)
    assert is_protected(["irony", "long_wait"], named_problem=False, upbeat=True)
    # without irony, upbeat changes nothing (a named problem protects)
    assert is_protected([], named_problem=True, upbeat=True)
    assert is_protected(["irony"], named_problem=True, upbeat=False)


def test_settle_demotes_upbeat_irony_at_the_plain_threshold() -> None:
    m = _model()
    toks = frozenset(normalise("can't wait for the street fair tomorrow, yes please").tokens)

    def settled(p: float, upbeat: bool, addressed: bool = False) -> str:
        args = (p, m, "complaint", "minor", "delay", "positive", False, "other", ["irony"], True)
        return settle_intent(*args, addressed=addressed, tokens=toks, upbeat=upbeat)[0]

    assert settled(0.4, upbeat=True) == "praise"  # at P <= demote, not only at demote_protected
    assert settled(0.6, upbeat=True) == "complaint"
    assert settled(0.01, upbeat=False) == "complaint"  # firm as before (a problem named)
    assert settled(0.01, upbeat=True, addressed=True) == "complaint"  # said to someone: firm


@pytest.mark.parametrize(
    "text",
    [
        "This new camera is easily the most amazing thing I own. Took it down to the harbour at sunrise",
    ],
)
def test_upbeat_post_read_as_ironic_is_no_complaint(text: str) -> None:
    assert _analyse(text).intent not in ("complaint", "rant")


@pytest.mark.parametrize(
    "text",
    [
        # sarcasm about a negative situation stays a complaint
        "Love how my parcel is three days late again. Brilliant",
        "Great, my flight got cancelled. Just perfect",
        "Oh wonderful, the app crashed again right before checkout",
        "Oh great, my order is late again",
        "Fantastic, my card got declined at the checkout again",
        "Yay, another day without internet",
        "Just what I needed, a parking ticket on my birthday",
        "Can't wait to spend another 2 hours on hold tomorrow",
        # a sum paid is a negative situation, however warmly put
        "so glad I paid £40 in roaming charges for one text 😍",
    ],
)
def test_sarcasm_about_a_failure_stays_a_complaint(text: str) -> None:
    assert _analyse(text).intent == "complaint"


@pytest.mark.parametrize(
    "text",
    [
        "since monday I cannot call anyone and you still charge me the full fee",
        "depuis lundi impossible d appeler et vous me facturez quand même",
        "seit Montag kann ich nicht telefonieren und ihr bucht trotzdem ab",
        "da lunedì non posso chiamare e mi addebitate lo stesso",
        "desde segunda não consigo ligar e vocês cobram na mesma",
        "é a segunda vez que me cobram a taxa",
    ],
)
def test_a_weekday_named_as_a_date_is_no_everyday_gripe(text: str) -> None:
    # "since Monday", "desde segunda" date a problem; "segunda vez" counts it: not the gripe about Mondays.
    a = _analyse(text)
    assert "personal_venting" not in a.cues and "everyday_gripe" not in a.cues
    assert a.intent == "complaint"


@pytest.mark.parametrize(
    "text", ["I hate mondays, back to the office", "odio los lunes, otra vez a trabajar", "je déteste les lundis"]
)
def test_mondays_in_general_stay_an_everyday_gripe(text: str) -> None:
    assert _analyse(text).intent != "complaint"
