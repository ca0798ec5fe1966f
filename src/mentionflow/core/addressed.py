"""Which brand a mention that names none is addressed to, from where it was posted.

Two places say it without a word of the brand's name:
- under the brand's own post: a comment or reply there ("my case from Sunday's flight never
  came", under the page's Christmas promo) is the customer talking to the brand, as if they had
  tagged its handle;
- on a channel addressed to the brand (mail to its support address, its forum, reviews of its
  listings): a customer's next message there, with no name in it ("the refund came through,
  thank you"), goes to the brand they are already writing to: the one they have an open case with.

The brand is taken only where the words name none (or only imply or ambiguously name one);
a reply that names a brand keeps it. Called by ``Pipeline.dedup`` before the dedup decision,
whose stores say what the reply's parent was and which cases the author has open.

On several partitions: a mention that names no brand is keyed by its author (``dedup_key``), so
the brand's post, its cases and the author's history under the brand are usually on another
partition than the reply. So the place is read from the record first: a reply whose answered
post's author (``in_reply_to_handle``) is one of a brand's own accounts (its post, or its reply in
a customer's thread) gets the brand in enrich (source "thread"), before the key is made, and is
keyed to the brand's partition; only the chatter rule is left to here. What the stores add (an own
post found in ``seen`` with no handle given, a mail's open case) holds in process and where the
mention shares a partition with them; producers that know the brand (its page, its mailbox) set
``brand`` (docs/contract.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any, Final

from mentionflow.core.dedup import OWNED_CHANNELS, DedupConfig
from mentionflow.core.threads import OWN_MARK
from mentionflow.schema import ScoredMention, parse_time

_OWN_BRAND_AT: Final = 5  # own post's ``seen`` entry: (case_id, seen_at, False, text_hash, OWN_MARK, brand)
_NAMES_NONE: Final = (None, "implied", "unconfirmed")  # brand sources that leave the brand open
_CHATTER: Final = frozenset({"other", "spam"})
_CHATTER_SIGNALS: Final = frozenset({"thanks"})


def own_post_brand(entry: Any) -> str | None:
    """The brand whose own post a ``seen`` entry records (entries from before the brand was kept
    have none)."""
    if entry is None or len(entry) <= _OWN_BRAND_AT or entry[4] != OWN_MARK:
        return None
    brand = entry[_OWN_BRAND_AT]
    return brand if isinstance(brand, str) and brand else None


def _open_case_brand(
    author_id: str, at: float, history: Mapping[str, Any], brands: Iterable[str], window_s: float
) -> str | None:
    """The one brand the author has a case with that was last active within ``window_s`` before
    ``at``; None when none is, or several are (which one the message is for is then unknown)."""
    found = None
    for brand in brands:
        entries = history.get(f"brand:{brand}#{author_id}")
        if entries and 0.0 <= at - entries[-1][0] <= window_s:
            if found is not None:
                return None
            found = brand
    return found


def _chatter(scored: ScoredMention) -> bool:
    """Talk under the brand's post that asks, reports and praises nothing ("first!", "@ana this is
    us 😂" reads as praise and stays), nor raises a harm or a signal other than thanks."""
    a = scored.analysis
    return a.intent in _CHATTER and a.harm is None and _CHATTER_SIGNALS.issuperset(a.signals)


def addressed(
    scored: ScoredMention,
    seen: Mapping[str, Any],
    history: Mapping[str, Any],
    brands: Iterable[str],
    config: DedupConfig,
) -> ScoredMention:
    """``scored`` with the brand its place addresses (``brand_source`` "thread"), or unchanged."""
    e = scored.enrichment
    mention = scored.mention
    if e.brand_source == "thread" and _chatter(scored):
        # Enrich took the brand from the answered post's author (``in_reply_to_handle``): the
        # same chatter rule as for the own post found in ``seen`` below.
        return replace(scored, enrichment=replace(e, brand=None, brand_source=None))
    if e.own_account or (e.brand and e.brand_source not in _NAMES_NONE):
        return scored
    brand = own_post_brand(seen.get(mention.in_reply_to)) if mention.in_reply_to else None
    if brand is not None and _chatter(scored):
        return scored  # "first!", a friend tagged under the promo: nobody's problem, no case
    if brand is None and e.brand is None and mention.channel in OWNED_CHANNELS:
        # A word of a fix may come later than a chaser would (as for a follow-up naming the brand).
        window = max(config.followup_window_s, config.followup_fix_window_s)
        if "resolved" not in scored.analysis.signals:
            window = config.followup_window_s
        brand = _open_case_brand(mention.author.id, parse_time(mention.created_at), history, brands, window)
    if brand is None:
        return scored
    return replace(scored, enrichment=replace(e, brand=brand, brand_source="thread"))
