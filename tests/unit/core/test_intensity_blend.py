"""`sentiment.score` as intensity: when ironic praise turns the intensity round, and the blend
weight per language (`TextModels.valence_weight` for English, `valence_weight_other`)."""

from __future__ import annotations

import dataclasses

import pytest

from mentionflow.core.features import NEGATIVE_EVENTS
from mentionflow.core.irony_cues import SURE_EVENTS, sure_failure
from mentionflow.core.lang import LanguageGuess, detect_language
from mentionflow.core.sentiment import Analyzer, TextAnalysis, analyse, default_analyzer
from mentionflow.core.text import normalise
from mentionflow.core.textmodels import TextModels


def run(text: str) -> TextAnalysis:
    n = normalise(text)
    return analyse(n, detect_language(n))


@pytest.mark.parametrize(
    "text",
    [
        "thanks for the surprise 4 hour delay, really made my day 🙃",
        "love how my suitcase got lost on a direct flight, amazing work @SkyLarkAir",
        "wonderful, the app is broken again and support is fantastic as always 🙄",
    ],
)
def test_ironic_praise_of_a_sure_failure_reads_negative(text: str) -> None:
    assert run(text).score < 0.0


@pytest.mark.parametrize(
    "text",
    [
        # Everyday words the irony evidence counts ("another", "again", "can't wait", "late")
        # beside sincere praise in a general tweet: no failure, the intensity stays positive.
        "Another amazing night with the band, cannot wait to see them again!!",
        "Great match tonight, so good to be back in the stadium. Can't wait for Saturday!",
        "Late night movie marathon with my best friends, love these people",
        "Hours of fun at the lake with the kids today, what a wonderful weekend",
    ],
)
def test_everyday_words_beside_praise_keep_the_intensity_positive(text: str) -> None:
    a = run(text)
    assert a.score > 0.3, (a.score, a.cues)


def test_sure_failure_words_are_failure_events_less_everyday_words() -> None:
    assert SURE_EVENTS < NEGATIVE_EVENTS
    assert {"another", "again", "wait", "late", "hours"}.isdisjoint(SURE_EVENTS)
    assert sure_failure(frozenset({"my", "bag", "lost"}), [])
    assert sure_failure(frozenset({"thanks"}), ["on_hold"])
    assert sure_failure(frozenset({"great", "\U0001f644"}), [])
    assert not sure_failure(frozenset({"another", "great", "day"}), [])


def test_other_languages_keep_the_first_blend_weight() -> None:
    tm = default_analyzer().text_models
    assert tm is not None
    # English: tuned on VADER's compound as a teacher; others: emoji-only valence, 0.5.
    assert tm.valence_weight_other == 0.5
    assert 0.0 <= tm.valence_weight <= 1.0


def test_the_english_weight_does_not_move_other_languages() -> None:
    tm = default_analyzer().text_models
    assert isinstance(tm, TextModels)
    margin = Analyzer(text_models=dataclasses.replace(tm, valence_weight=0.0))
    lexical = Analyzer(text_models=dataclasses.replace(tm, valence_weight=1.0))
    es = normalise("el vuelo salió tarde y nadie nos dijo nada 😡")
    es_lang = LanguageGuess("es", 0.99, True)
    assert margin.analyse(es, es_lang).score == lexical.analyse(es, es_lang).score
    en = normalise("what an absolutely amazing concert, best night ever!!!")
    en_lang = LanguageGuess("en", 0.99, True)
    assert margin.analyse(en, en_lang).score != lexical.analyse(en, en_lang).score
