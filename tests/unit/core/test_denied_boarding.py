"""Denied boarding that leaves people stranded is a major complaint (session 18, s18-harm3).

"overbooked" or "bumped" alone are no stranding ("bumped up to business", "is the 6pm
overbooked?"); beside a stranding context in the same sentence they are (core/denied_boarding.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from mentionflow.core.denied_boarding import stranded_by_denied_boarding
from mentionflow.tools import scenarios

STRANDED = [
    "got bumped off the Rome flight, stuck in Madrid overnight",
    "flight overbooked and we were left behind at the gate, no hotel offered",
    "overbooked, no rebooking offered, with a toddler",
    "bumped from my connection at 10pm with my three kids",
    "nos denegaron el embarque por sobreventa, tirados en Barajas de madrugada",
    "refus d'embarquement à 23h30, aucune solution, sans hôtel",
    "Flug überbucht, wir sind mit zwei Kindern gestrandet",
    "sovraprenotazione, bloccati a Fiumicino senza hotel",
    "embarque negado por sobrevenda, sem hotel à meia-noite",
]
NOT_STRANDED = [
    "overbooked but they upgraded me, thank you",
    "is the 6pm overbooked?",
    "bumped up to business, amazing crew",
    "bumped my head on the overhead locker, stuck with a bruise",
    "bumped into my kids' old teacher on the plane",
    "overbooked again. Home with my kids by 5pm anyway",
    "el vuelo tenía sobreventa pero me dieron un asiento",
]


@pytest.mark.parametrize("text", STRANDED)
def test_denied_and_stranded(text: str) -> None:
    assert stranded_by_denied_boarding(text.lower()), text


@pytest.mark.parametrize("text", NOT_STRANDED)
def test_denied_alone_or_no_denial(text: str) -> None:
    assert not stranded_by_denied_boarding(text.lower()), text


def _case(text: str) -> dict[str, Any]:
    mention = {"id": "m1", "at": 0, "channel": "twitter", "text": text}
    mention["author"] = {"id": "c1", "handle": "pax", "followers": 120, "verified": False}
    run = scenarios.run_scenario(scenarios.core_factory_from_settings(), {"id": "t", "mentions": [mention]})
    (case,) = run["cases"].values()
    return dict(case)


def test_bumped_with_children_late_is_major() -> None:
    case = _case("@SkyLarkAir overbooked once more and bumped with our two kids at 10pm, what now")
    assert case["priority"] in ("P1", "P2"), (case["priority"], case["rule"])


def test_overbooked_but_fine_is_not_major() -> None:
    case = _case("@SkyLarkAir the flight was overbooked but I got a seat in the end")
    assert case["priority"] not in ("P1", "P2"), case["rule"]
