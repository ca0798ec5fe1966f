"""Thanks that name "your DM team" (the people who helped) close the case as a positive
follow-up; handing details over by DM ("sent you a DM with my ref, thanks") does not."""

from __future__ import annotations

import pytest

from mentionflow.tools.scenarios import core_factory_from_settings, run_scenario


def _followup(second: str) -> dict:
    author = {"id": "c9", "handle": "traveller_nine", "followers": 90, "verified": False}
    scenario = {
        "id": "dmteam",
        "mentions": [
            {"id": "m1", "at": 0, "author": author, "text": "@SkyLarkHelp flight cancelled, no rebooking, in Faro"},
            {"id": "m2", "at": 20000, "author": author, "text": second},
        ],
    }
    run = run_scenario(core_factory_from_settings(), scenario)
    return next(c for c in run["cases"].values() if "dmteam/m2" in c["mention_ids"])


@pytest.mark.parametrize(
    "text",
    [
        "@SkyLarkHelp back home at last, put on the morning flight, huge thanks to your DM team",
        "@SkyLarkHelp sorted! new flight tomorrow, thank you to the DM staff for the help",
    ],
)
def test_thanks_to_the_dm_team_is_a_positive_followup(text: str) -> None:
    case = _followup(text)
    assert case["update"] == "positive_followup"
    assert case["recommended_action"]["code"] == "thank_directly"


def test_details_sent_by_dm_keep_the_case_going() -> None:
    case = _followup("@SkyLarkHelp ok, sent you a DM with my booking ref, thanks")
    assert case["update"] != "positive_followup"
