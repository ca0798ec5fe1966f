"""`valence.intensity`: VADER's compound ported to our tokens (the intensity in `sentiment.score`)."""

from __future__ import annotations

from itertools import repeat

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from mentionflow.core.sentiment import load_model
from mentionflow.core.text import normalise
from mentionflow.core.valence import intensity

_LEX = load_model().lexicon
_VADER = SentimentIntensityAnalyzer()


def _intensity(text: str, english: bool = True) -> float:
    norm = normalise(text)
    lex = _LEX if english else {k: v for k, v in _LEX.items() if not k.isalpha()}
    return intensity(norm, list(map(lex.get, norm.tokens, repeat(0.0))), _LEX if english else None)


# VADER's own demonstration sentences (vaderSentiment.py __main__): every rule it shows off.
VADER_EXAMPLES = [
    "VADER is smart, handsome, and funny.",
    "VADER is smart, handsome, and funny!",
    "VADER is very smart, handsome, and funny.",
    "VADER is VERY SMART, handsome, and FUNNY.",
    "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "VADER is not smart, handsome, nor funny.",
    "At least it isn't a horrible book.",
    "The book was only kind of good.",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "Today SUX!",
    "Today only kinda sux! But I'll get by, lol",
    "Catch utf-8 emoji such as 💘 and 💋 and 😁",
    "Not bad at all",
    "Sentiment analysis has never been good.",
    "Sentiment analysis has never been this good!",
    "With VADER, sentiment analysis is the shit!",
    "On the other hand, VADER is quite bad ass",
    "Without a doubt, excellent idea.",
    "Roger Dodger is at least compelling as a variation on the theme.",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "Not such a badass after all.",
    "No problem at all",
    "no delays today",
    "Is it good???",
]


@pytest.mark.parametrize("text", VADER_EXAMPLES)
def test_matches_vader_compound(text: str) -> None:
    assert _intensity(text) == pytest.approx(_VADER.polarity_scores(text)["compound"], abs=0.001)


def test_departures_towards_what_people_rate() -> None:
    # "can't wait" is eagerness (VADER: 0.0, a negated word without valence).
    assert _intensity("I can't wait to fly with you!") > 0.4
    # A curly apostrophe (U+2019) negates like a straight one (VADER misses it).
    assert _intensity("it isn\u2019t good") == pytest.approx(_intensity("it isn't good"))
    assert _intensity("it isn't good") < 0
    # "he'll" is not "hell", "we'll" is not "well" (our tokens drop apostrophes).
    assert _intensity("He'll be there at noon") == 0.0
    assert _intensity("what the hell") < 0
    # Hashtag words count, as in VADER (#fail), and "?" emphasis.
    assert _intensity("my order again #fail") < 0
    assert _intensity("is it good??") > _intensity("is it good")


def test_other_languages_read_only_symbols() -> None:
    assert _intensity("no me gusta nada :(", english=False) < 0
    assert _intensity("muy bien, gracias", english=False) == 0.0  # the English lexicon is not read
    assert _intensity("genial 😍😍", english=False) > 0
