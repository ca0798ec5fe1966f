"""The cascade growth rate (amplifiers per minute, core.cases) is taken over the span the reposts arrived in,
never under 8 minutes: eight big reposts in three minutes is a fast cascade (issue 13, h29 reach),
as ten in ten minutes is; five in one minute is not. Four or more within eight minutes whose authors
reach 100k followers together are fast in audience: a cascade too; the same four with small
audiences, or big ones over hours, are not."""

from __future__ import annotations

from typing import Any

from mentionflow.tools import scenarios

TEXT = "Día de quincena y la app de @Brightbank caída desde las 8am, nadie puede pagar nada"


def _queue(times: list[int], followers: list[int] | None = None) -> str:
    mentions: list[dict[str, Any]] = [
        {"id": "m0", "at": 0, "author": {"id": "c0", "handle": "c0", "followers": 900}, "text": TEXT}
    ]
    for i, at in enumerate(times, start=1):
        mentions.append(
            {
                "id": f"m{i}",
                "at": at,
                "author": {"id": f"c{i}", "handle": f"c{i}", "followers": (followers or [500] * len(times))[i - 1]},
                "reposted_id": "m0",
                "text": f"RT @c0: {TEXT}",
            }
        )
    run = scenarios.run_scenario(scenarios.core_factory_from_settings(), {"id": "g", "mentions": mentions})
    (case,) = run["cases"].values()
    return str(case["queue"])


def test_eight_reposts_in_three_minutes_is_a_fast_cascade() -> None:
    assert _queue([15, 35, 60, 80, 110, 140, 170, 180]) == "crisis"


def test_ten_reposts_in_ten_minutes_still_is() -> None:
    assert _queue([60 * i for i in range(1, 11)]) == "crisis"


def test_five_reposts_in_a_minute_is_not() -> None:
    assert _queue([10, 20, 30, 40, 50]) != "crisis"


def test_eight_reposts_over_two_hours_is_slow() -> None:
    assert _queue([600, 1800, 3000, 4200, 5400, 6600, 7800, 9000]) != "crisis"


def test_five_reposts_in_three_minutes_reaching_150k_is_a_fast_cascade() -> None:
    assert _queue([20, 50, 90, 130, 170], [70000, 1200, 45000, 900, 30000]) == "crisis"


def test_five_small_reposts_in_three_minutes_is_not() -> None:
    assert _queue([20, 50, 90, 130, 170], [700, 1200, 450, 900, 3000]) != "crisis"


def test_five_big_reposts_over_hours_is_not() -> None:
    assert _queue([1200, 3600, 6000, 8400, 10800], [70000, 1200, 45000, 900, 30000]) != "crisis"
