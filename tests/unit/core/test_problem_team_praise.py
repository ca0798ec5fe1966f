"""A team named for the problem it fights ("fraud team", "equipo antifraude", "Betrugsteam") is
people: praise of it is praise, not a major complaint (core/problem_team.py, applied in
core/analysis_overrides.py). Criticism of the team, or praise that turns to a loss, stays a complaint."""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.core.problem_team import _TEAM_NAME
from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario


def _case(text: str) -> dict[str, Any]:
    mention = {
        "id": "m1",
        "at": 0,
        "channel": "twitter",
        "author": {"id": "u_pt", "handle": "pt", "followers": 150, "verified": False},
        "text": text,
    }
    run = run_scenario(
        core_factory_from_settings(), {"id": "pt", "language": "en", "mentions": [mention], "expect": []}
    )
    return next(iter(run["cases"].values()))


@pytest.mark.parametrize(
    "text",
    [
        "really proud of the @Brightbank fraud team this week, hundreds of accounts kept safe",
        "shoutout to the @Brightbank security team, amazing work this weekend",
    ],
)
def test_praise_of_a_team_named_for_a_problem_is_praise(text: str) -> None:
    assert _case(text)["intent"] == "praise"


@pytest.mark.parametrize(
    "text",
    [
        "@Brightbank your fraud team froze my card and nobody answers the phone",
        "@Brightbank the fraud team was kind but the scammer still took £700 from me",
        "@Brightbank fraud on my account again, someone spent £300",
    ],
)
def test_criticism_or_a_loss_stays_a_complaint(text: str) -> None:
    assert _case(text)["intent"] == "complaint"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("el equipo antifraude", True),
        ("l'équipe fraude", True),
        ("das betrugsteam", True),
        ("il team antifrode", True),
        ("a equipe de segurança", True),
        ("the fraud department", True),
        ("fraud on my account", False),
        ("team work makes it", False),
    ],
)
def test_team_names_in_six_languages(text: str, named: bool) -> None:
    assert (_TEAM_NAME.search(text) is not None) is named
