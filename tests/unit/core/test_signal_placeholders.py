"""Signal phrases with a placeholder: "me voy a {competitor}" is one phrase per competitor."""

from __future__ import annotations

import pytest

from mentionflow.core.signals import SignalsError, detect_signals, parse_signals
from mentionflow.core.text import normalise


@pytest.mark.parametrize(
    "text",
    [
        "@NimbusMobile my contract is up. Vodafone offered me half the price or I'm porting out Friday",
        "@BrightbankCare me voy a Monzo este mes si no me devolvéis las comisiones",
        "@ParceloEats cancelling Parcelo Plus, fees keep going up, going back to the other app",
        "@SkyLarkAir dopo questo vado con Ryanair, basta",
        "@ParceloEats je retourne chez Deliveroo, au moins ils livrent",
    ],
)
def test_a_move_towards_a_competitor_is_churn(text: str) -> None:
    assert "churn" in detect_signals(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "paid with revolut, going to bed now",  # a competitor named, no move towards it
        "vado a Roma domani con la famiglia",
        "going to lidl after work",
        "the other app worked fine for me",
        "@SkyLarkAir switching to you from Ryanair, what's the baggage allowance?",  # towards the brand
    ],
)
def test_a_competitor_or_a_move_alone_is_not_churn(text: str) -> None:
    assert "churn" not in detect_signals(normalise(text))


def test_a_placeholder_expands_and_an_unknown_one_is_an_error() -> None:
    lexicon = parse_signals(
        {"signals": {"churn": {"phrases": ["going back to {rival}"]}}, "placeholders": {"rival": ["acme", "uber eats"]}}
    )
    assert lexicon.detect(normalise("going back to uber eats").tokens) == ["churn"]
    assert lexicon.detect(normalise("going back to acme").tokens) == ["churn"]
    assert lexicon.detect(normalise("going back to bed").tokens) == []
    with pytest.raises(SignalsError, match="placeholders"):
        parse_signals({"signals": {"churn": {"phrases": ["going to {nowhere}"]}}})
