"""The priority score: eight factors, each normalised to 0..1, weighted by the rules file.

The factors and what they mean are code; the rules file only weighs them. ``score`` returns
the breakdown (one ScoreFactor per factor, the order of FACTORS) and the total.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Final

from mentionflow.core.rules.fields import Facts
from mentionflow.schema import ScoreFactor

if TYPE_CHECKING:
    from mentionflow.core.rules.model import Rules

FACTORS: Final = (
    "sentiment",
    "intent_severity",
    "influence",
    "customer_value",
    "amplification",
    "incident",
    "public_channel",
    "waited",
)

# Scoring constants (code, not data: they define what a factor *means*; the file weighs them).
_INTENT_VALUE: Final = {"question": 0.35, "rant": 0.2, "praise": 0.1, "spam": 0.0, "other": 0.0}
_COMPLAINT_MAJOR, _COMPLAINT_MINOR = 1.0, 0.5  # a complaint without severity counts as minor
_TIER_VALUE: Final = {"platinum": 1.0, "gold": 0.75, "silver": 0.5, "standard": 0.25, "unknown": 0.0}
_TIER_SHARE: Final = 0.6  # customer_value = 0.6 * tier + 0.4 * log-scaled lifetime value
_LOG_LTV_CAP: Final = math.log1p(10_000.0)  # lifetime value at which the LTV part saturates
_LOG_AMPLIFICATION_CAP: Final = math.log1p(100.0)  # reposts + duplicates that saturate
_LOG_INCIDENT_CAP: Final = math.log1p(100.0)  # incident size that saturates
_GROWTH_BOOST, _GROWTH_REF = 0.3, 5.0  # +0.3 at >= 5 new mentions a minute


def priority_score(facts: Facts, rules: Rules) -> tuple[list[ScoreFactor], float]:
    """The eight factors, straight-line (order of FACTORS). NaN compares False: it scores 0."""
    get = facts.get

    sentiment_score = get("sentiment.score")
    sentiment = -sentiment_score if sentiment_score is not None and sentiment_score < 0 else 0.0

    intent = get("intent")
    if intent == "complaint":
        intent_severity = _COMPLAINT_MAJOR if get("severity") == "major" else _COMPLAINT_MINOR
    else:
        intent_severity = _INTENT_VALUE.get(intent, 0.0)  # type: ignore[arg-type]

    ltv = get("customer.lifetime_value") or 0.0
    ltv_part = math.log1p(ltv) / _LOG_LTV_CAP if ltv > 0 else 0.0
    tier = _TIER_VALUE.get(get("customer.tier"), 0.0)  # type: ignore[arg-type]
    customer = _TIER_SHARE * tier + (1.0 - _TIER_SHARE) * (ltv_part if ltv_part < 1.0 else 1.0)

    echoes = (get("amplification_count") or 0) + (get("duplicate_count") or 0)
    amplification = math.log1p(echoes) / _LOG_AMPLIFICATION_CAP if echoes > 0 else 0.0

    size = get("incident_size") or 0
    incident = 0.0
    if size > 0:
        incident = math.log1p(size) / _LOG_INCIDENT_CAP
        growth = get("incident_growth_per_min") or 0.0
        if growth > 0:
            incident += _GROWTH_BOOST * (growth / _GROWTH_REF if growth < _GROWTH_REF else 1.0)

    waited = get("waited_s") or 0.0
    values = (
        sentiment,
        intent_severity,
        get("influence.score") or 0.0,
        customer,
        amplification,
        incident,
        1.0 if get("public") else 0.0,
        waited / rules.waited_ref_s if waited > 0 else 0.0,
    )

    breakdown = []
    total = 0.0
    for name, value, weight in zip(FACTORS, values, rules.factor_weights):  # noqa: B905 - same length
        # Clamp to 0..1 (NaN -> 0). Only fractions need rounding, done half-up without
        # round(), which is 3x slower; value 4 decimals, contribution 3.
        if value >= 1.0:
            value = 1.0
            contribution = weight
        elif value > 0.0:
            value = int(value * 10_000.0 + 0.5) / 10_000.0
            contribution = int(value * weight * 1000.0 + 0.5) / 1000.0
        else:
            value = contribution = 0.0
        total += contribution
        breakdown.append(ScoreFactor(name, value, weight, contribution))
    return breakdown, int(total * 1000.0 + 0.5) / 1000.0
