"""Enrichment: language, entities, author influence and customer value for a raw mention."""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Mapping
from typing import Any, Final

from mentionflow.core.catalog import Catalog
from mentionflow.core.lang import detect_language, has_english_markers
from mentionflow.core.text import NormalisedText, normalise
from mentionflow.schema import (
    CustomerValue,
    EnrichedMention,
    Enrichment,
    Entities,
    Influence,
    RawMention,
    Trace,
)

# Influence tiers by follower count, the usual marketing bands. Verification lifts an author
# one tier: a verified account's posts are surfaced and quoted beyond its own followers.
INFLUENCE_TIERS: Final = (
    (1_000_000, "mega"),
    (100_000, "macro"),
    (10_000, "mid"),
    (1_000, "micro"),
    (0, "nano"),
)
TIER_ORDER: Final = ("nano", "micro", "mid", "macro", "mega")
# How the words left the brand: none named, or only implied or ambiguously named (a place may name it).
_OPEN_SOURCES: Final = (None, "implied", "unconfirmed")
_TIER_FLOORS: Final = tuple(sorted(floor for floor, _ in INFLUENCE_TIERS if floor > 0))  # micro..mega


def influence(followers: int | None, verified: bool, engagement: int = 0) -> Influence:
    """Tier and a 0..1 score: 70% reach (log10 followers / 7), 20% verified, 10% engagement.

    log10 because reach matters by order of magnitude; 10^7 followers saturates the score.
    """
    count = followers or 0
    if count < 0:  # never from a decoded mention; kept as it always was (no tier: StopIteration)
        tier = next(name for floor, name in INFLUENCE_TIERS if count >= floor)
    else:
        # The band by bisection over the floors (a generator over the tiers cost ~1 us).
        rank = bisect_right(_TIER_FLOORS, count) + (1 if verified else 0)
        tier = TIER_ORDER[rank if rank < len(TIER_ORDER) else len(TIER_ORDER) - 1]
    reach = min(1.0, math.log10(count + 1) / 7.0) if count else 0.0  # log10(1) is 0.0
    buzz = min(1.0, math.log10(engagement + 1) / 4.0) if engagement else 0.0
    score = 0.7 * reach + (0.2 if verified else 0.0) + 0.1 * buzz
    return Influence(tier, round(score, 4))


def customer_value(record: Mapping[str, Any] | None) -> CustomerValue:
    """A customer directory record (from the ``customers`` topic) to the value used in priority."""
    if not record:
        return CustomerValue()
    try:
        return CustomerValue(
            known=True,
            tier=str(record.get("tier") or "standard"),
            lifetime_value=float(record.get("lifetime_value") or 0.0),
            open_cases=int(record.get("open_cases") or 0),
        )
    except (TypeError, ValueError):
        # A malformed directory entry must not stop the mention; treat the author as unknown.
        return CustomerValue()


def _customer_record(customers: Mapping[str, Any], author_id: str, brand: str | None) -> Mapping[str, Any] | None:
    """The directory entry of this author, if it is for the brand mentioned (a platinum flyer
    of one brand is nobody special to another)."""
    record = customers.get(author_id)
    if record and brand and record.get("brand") and record["brand"] != brand:
        return None
    return record


# A short text ("@ParceloHelp la hamburguesa fría") is never `lang_reliable`, yet the model is
# usually right when this sure of it (short inbound TWCS/airline tweets: 10 of ~1,300 get a
# non-English guess this sure, most of them correct): score it in that language, not as "und".
SHORT_TEXT_CONFIDENCE = 0.8
# Below that, a guess of at least 50% is kept for a text with no English function word: of
# ~19,600 English tweets 10 such guesses name another language (addresses, names), while
# ~1,000 es/fr/de/it/pt UMSAB tweets sit there and would otherwise be "und".
MID_CONFIDENCE = 0.5


def _confident_enough(confidence: float, norm: NormalisedText) -> bool:
    if confidence >= SHORT_TEXT_CONFIDENCE:
        return True
    return confidence >= MID_CONFIDENCE and not has_english_markers(norm.tokens)


def enrich(
    mention: RawMention,
    catalog: Catalog,
    customers: Mapping[str, Any],
    ingested_at: float,
    trace: Trace | None = None,
    norm: NormalisedText | None = None,
) -> EnrichedMention:
    norm = norm or normalise(mention.text)
    guess = detect_language(norm)
    lang, confidence, reliable = guess.code or "und", guess.confidence, guess.reliable
    if not reliable and mention.lang and len(mention.lang) <= 3:
        # The platform's own tag beats a low-confidence guess on short text.
        lang, confidence, reliable = mention.lang.lower(), confidence, True
    brands, products, implied, unconfirmed = catalog.match(norm.tokens, norm.handles, norm.hashtags, lang)
    # The platform's or producer's brand first, even one the catalog does not know; a brand
    # only implied by a product word ("flight") last.
    own_brand = catalog.is_own_handle(mention.author.handle)
    platform_brand = catalog.resolve_brand(mention.brand)
    brand = platform_brand or own_brand or (brands[0] if brands else None) or mention.brand
    source = "platform" if platform_brand or (brand and brand == mention.brand) else "named" if brand else None
    if own_brand and not platform_brand:
        source = "named"
    if brand is None and implied:
        brand = implied[0]
        brands = [brand]
        source = "implied"
    elif brand is None and unconfirmed:
        # An ambiguous name without its context: not the brand's mention, but the brand's key, so
        # that dedup can tell a follow-up from the author's open case ("Update: SkyLark fixed it").
        brand = unconfirmed[0]
        source = "unconfirmed"
    if source in _OPEN_SOURCES and own_brand is None and mention.in_reply_to_handle:
        # Words that name no brand, answering one of a brand's own accounts (its post, its reply):
        # addressed to that brand. Known from the record alone, so the brand keys the mention to
        # the brand's dedup partition, where its post and its cases are (core/addressed.py).
        replied = catalog.is_own_handle(mention.in_reply_to_handle)
        if replied is not None:
            brand, source = replied, "thread"
    engagement = 0
    if mention.engagement is not None:
        engagement = mention.engagement.likes + mention.engagement.reposts + mention.engagement.replies
    # Positional records (keyword matching costs ~0.3 us a record); fields in declaration order.
    entities = Entities(  # handles, hashtags, urls, emoji, brands, products
        list(norm.handles), list(norm.hashtags), list(norm.urls), list(norm.emojis), brands, products
    )
    enrichment = Enrichment(
        norm.clean,  # text_clean
        lang if reliable or _confident_enough(confidence, norm) else "und",  # lang
        round(confidence, 3),  # lang_confidence
        reliable,  # lang_reliable
        norm.shouting,
        brand,
        entities,
        influence(mention.author.followers, mention.author.verified, engagement),
        customer_value(_customer_record(customers, mention.author.id, brand)),
        own_brand is not None and own_brand == brand,  # own_account
        source,  # brand_source
    )
    return EnrichedMention(mention, enrichment, trace or Trace(ingested_at))
