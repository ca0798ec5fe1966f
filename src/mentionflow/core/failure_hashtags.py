"""Hashtags that name a failure. Hashtags are not tokens, so "#lostluggage", "#epicfail" and a
brand's outage tag ("#nimbusdown", "#brightbankcaido", "#parcelopanne") are read here."""

from __future__ import annotations

from mentionflow.core.text import NormalisedText

_FAILURE_HASHTAG_PARTS = ("lost", "fail", "delay", "cancel", "broken", "down", "outage", "stranded")
# A brand's outage hashtag in six languages.
_OUTAGE_HASHTAG_ENDS: tuple[str, ...] = ("down", "outage", "caido", "caído", "caida", "caída", "panne", "ausfall")
_OUTAGE_HASHTAG_ENDS += ("störung", "giu", "giù", "fora", "foradoar")


def outage_hashtag(norm: NormalisedText) -> bool:
    return any(h.lower().endswith(_OUTAGE_HASHTAG_ENDS) for h in norm.hashtags)


def failure_hashtag(norm: NormalisedText) -> bool:
    return any(part in h.lower() for h in norm.hashtags for part in _FAILURE_HASHTAG_PARTS)
