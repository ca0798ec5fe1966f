"""viral-cascade: a mega account's minor grumble reposted by its own audience is not a crisis;
the same repost count on an ordinary account's complaint, a mega account's major complaint, or
fast growth still is."""

from __future__ import annotations

import pytest

from mentionflow.core.route import Rules, load_rules, route
from mentionflow.settings import packaged_data

from rulesamples import facts


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules(packaged_data("rules.yaml"))


def complaint(**over: object) -> dict[str, object]:
    base = {"intent": "complaint", "severity": "minor", "sentiment__label": "negative", "sentiment__score": -0.4}
    base.update(over)
    return facts(**base)


def test_a_mega_accounts_minor_grumble_with_reposts_is_not_a_crisis(rules: Rules) -> None:
    d = route(complaint(author__influence_tier="mega", author__followers=3_000_000, amplification_count=300), rules)
    assert d.action.code != "crisis_playbook" and d.queue != "crisis"


@pytest.mark.parametrize(
    "over",
    [
        {"author__influence_tier": "micro", "amplification_count": 300},
        {"author__influence_tier": "mega", "severity": "major", "amplification_count": 300},
        {"author__influence_tier": "mega", "amplification_growth_per_min": 3.0},
    ],
)
def test_a_real_cascade_is_still_a_crisis(rules: Rules, over: dict[str, object]) -> None:
    d = route(complaint(**over), rules)
    assert d.queue == "crisis"
