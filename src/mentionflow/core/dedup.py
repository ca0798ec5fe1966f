"""Dedup and incidents: decide which case a scored mention belongs to.

Pure logic over three key-value stores (plain dicts in tests and ``mentionflow process``,
faust tables with changelog topics in the worker). Every write reassigns the value so a
faust table sends it to its changelog.

Stores, all partition-local (the dedup stage is keyed by ``dedup_key``):
- ``seen``:      mention id -> [case_id, seen_at, in_case]; exact replays, and what a reply's
                 ``in_reply_to`` points at. "#txt:<key>:<hash>" -> the same for a case's text,
                 so a manual "RT @user: <text>" copy finds its original.
- ``authors``:   "<dedup key>#<author id>" -> recent [ts, mention_id, case_id, fingerprint].
- ``history``:   "<dedup key>#<author id>" -> the author's cases with the brand over the
                 customer-memory window (30 days): [ts, case_id, intent, category], bounded.
- ``incidents``: dedup key -> open incident clusters for one brand and category.

Before anything else a mention is sorted: a post by the brand's own account answers a case
(``response``) or is none (``own_post``); a reply in a case's thread, or the same author again
within the follow-up window, is a ``followup`` of that case; a mention that names no brand is
never a case (``no_brand``).

Case ids are derived from the dedup key and a mention id (``case_id_for``), so a repost
attaches to its original's case without a lookup (when both have one key: one partition), and a
re-delivered mention lands on the same case.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_right
from collections.abc import Callable, MutableMapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter
from typing import Any, Final

import xxhash

from mentionflow.core import dedup_expiry, similarity
from mentionflow.core.chronic_gripe import retold, subjects
from mentionflow.core.dedup_clusters import claim_case, earliest_seed, merge_cluster, same_failing_action
from mentionflow.core.dedup_text import (
    brand_stems,
    content_words,
    german_compound_stems,
    lacks_connection,
    stems_of,
)
from mentionflow.core.dedup_text import stem as _stem
from mentionflow.core.dedup_text import tokens_of as tokens_of  # re-exported: callers tokenise as dedup does
from mentionflow.core.dedup_vocab import (
    ACTION_STEMS,
    AFFINE_MAX_SCORE,
    ANY_FAILURE_STEMS,
    ASKED_DISRUPTION_STEMS,
    BLOCKED_STEMS,
    DECLINED_STEMS,
    DISRUPTION_INTENTS,
    DISRUPTION_STEMS,
    FAILURE_EMOJI,
    FAILURE_REPORT_INTENTS,
    FAILURE_STEMS,
    NETWORK_STEMS,
    QUESTION_FAILURE_STEMS,
    SALARY_STEMS,
    SHARED_REPORT,
    SHARED_REPORT_MAX_WORDS,
    STATUS_QUESTION,
    STRIKE_STEMS,
)
from mentionflow.core.keywords import CATEGORIES
from mentionflow.core.threads import (
    KEEPS_THE_CASE,
    another_matter,
    asks_about_the_case,
    history_before,
    history_category,
    is_fix_of,
    is_new_problem,
    points_back,
    topic_of,
)
from mentionflow.core.threads import OWN_MARK as _OWN  # marks a ``seen`` entry of the brand's own post
from mentionflow.schema import DedupDecision, IdConflictError, ScoredMention, parse_time

_COUNT: Final = itemgetter(1)  # of a (word, count) vocabulary item
MAX_AUTHOR_ENTRIES: Final = 5  # recent mentions kept per author and key
MAX_CLUSTERS: Final = 16  # open incident candidates per brand and category
MAX_VOCABULARY: Final = 96  # words kept per incident cluster
MAX_AUTHORS_TRACKED: Final = 64  # distinct authors remembered per cluster
MAX_MEMBER_CASES: Final = 200  # member cases re-routed when an incident escalates
# Incident sizes at which every member case is re-routed, so routing can escalate the
# incident as a whole (the first level is when it opens: incident_min_authors).
ESCALATION_LEVELS: Final = (10, 25, 50, 100, 250, 500, 1000)
INCIDENT_INTENTS: Final = frozenset({"complaint", "question"})
# Signals that make a report of an incident a matter of its own (another queue's work).
OWN_MATTER_SIGNALS: Final = frozenset({"press", "legal", "regulator", "data_request", "churn", "purchase", "feedback"})
MAX_HISTORY: Final = 24  # cases remembered per author and brand (customer memory)
COMPLAINT_INTENTS: Final = frozenset({"complaint", "rant"})
_OCCASION_GAP_S: Final = 12 * 3600.0  # a case raised again after this long counts as another complaint
_CONVERSATION: Final = frozenset({"complaint", "rant", "question", "other"})  # intents one conversation mixes
_CONCRETE_ASKS: Final = frozenset({"complaint", "question"})  # a case about a problem the brand is to answer
_CLOSING: Final = frozenset({"thanks", "resolved"})  # a customer's word that a problem is over
# Channels addressed to the brand (reviews of its listings, its forum, mail to its support): a
# product word is sign enough there. On open networks it is noise; a producer reading the brand's
# own page (comments on its Facebook or Instagram posts) sets `brand`.
OWNED_CHANNELS: Final = frozenset({"review", "forum", "email"})
_TEXT_KEY: Final = "#txt:"
_RT_PREFIX: Final = re.compile(r"^\s*(?:rt|RT|Rt)\s*<user>")
# A copy with a comment in front: "Unbelievable 👇 RT @user: <the original>".
_RT_INFIX: Final = re.compile(r"\sRT\s*<user>")


def case_id_for(key: str, mention_id: str) -> str:
    """Deterministic case id: the same first mention under the same dedup key always opens the
    same case. The key is part of it so that one case is owned by one key, hence one partition
    of the fused dedup+route stage: a repost keyed elsewhere than its original (another brand,
    or a brand only its producer gave) opens its own case instead of a second "revision 1" of
    its original's case in another partition's case book."""
    return "case-" + xxhash.xxh3_64_hexdigest(f"{key}\x1f{mention_id}".encode())


def incident_id_for(key: str, first_mention_id: str) -> str:
    return "inc-" + xxhash.xxh3_64_hexdigest(f"{key}|{first_mention_id}".encode())[:12]


def dedup_key(scored: ScoredMention) -> str:
    """The Kafka key of ``mentions.scored``: what must meet in the dedup stage meets.

    Mentions of one brand share a key, so many authors reporting one outage, and one author's
    repeats in any wording or category, meet on one partition. Mentions of no known brand are
    keyed by author. The cost: one brand's traffic is one partition of the dedup stage (cheap,
    ~10 us a mention); the stateless stages before it still scale across all partitions.
    """
    brand = scored.enrichment.brand
    return f"brand:{brand}" if brand else f"author:{scored.mention.author.id}"


# "App down", "error 500 at checkout": a service failure is an outage or a defect by its wording;
# reports of one failure must meet (shared words still decide). A double charge is not an outage.
_INCIDENT_FAMILY: Final = dict.fromkeys(("outage", "defect"), "service")
_DISRUPTED_FAMILIES: Final = frozenset({"billing", "account"})  # what a strike report may draw
# Every family key one brand's clusters can live under (probed, never scanned: the store is a table).
_FAMILIES: Final = tuple(dict.fromkeys(_INCIDENT_FAMILY.get(c, c) for c in CATEGORIES))


def _without_brand_words(stems: AbstractSet[str], brand: str) -> AbstractSet[str]:
    """``stems`` less the brand's own name ("parcelo" of brand "parcelo", "nimbu" of
    "nimbus-mobile"): every report of a brand shares it, so it says nothing about which problem."""
    names = brand_stems(brand)
    return stems - names if not names.isdisjoint(stems) else stems


def incident_brand(
    scored: ScoredMention, words: list[str] | None = None, brand_incident_open: bool = True
) -> str | None:
    """The brand whose open incident a mention that seeds none may still join (None: none): a
    clearly negative complaint naming no category ("at the till and can't pay, explain!"), a
    question about when service returns ("quando volta a rede??"), or a "me too" (``words``: its
    content words; ``brand_incident_open``: whether the brand may have an open incident, without
    which a "me too" has nothing to join); never a how-to."""
    analysis = scored.analysis
    if analysis.category not in (None, "other") or not scored.enrichment.brand:
        return None
    if analysis.intent == "question" and (
        STATUS_QUESTION.search(scored.enrichment.text_clean)
        # "FCO cancellazioni, rimborso?" while the brand's cancellations are an open incident:
        # a question naming the disruption joins it when it shares the incident's words.
        or (brand_incident_open and words and not ASKED_DISRUPTION_STEMS.isdisjoint(stems_of(words)))
    ):
        return scored.enrichment.brand
    if analysis.intent in COMPLAINT_INTENTS and analysis.score <= AFFINE_MAX_SCORE:
        return scored.enrichment.brand
    if brand_incident_open and shares_a_report(scored, words):
        return scored.enrichment.brand
    return None


def shares_a_report(scored: ScoredMention, words: AbstractSet[str] | list[str] | None = None) -> bool:
    """ "Me too", "aquí igual", "anyone else?", "bei mir auch": the author has what others
    report; so has one who says it in failure emoji alone ("@NimbusMobile 📵📵📵")."""
    if scored.analysis.intent not in FAILURE_REPORT_INTENTS:
        return False
    if not words:
        return not FAILURE_EMOJI.isdisjoint(scored.enrichment.entities.emoji) or (
            SHARED_REPORT.search(scored.enrichment.text_clean.lower()) is not None
        )
    # A longer text says what it is about: its words, not a "me too", decide.
    return (
        len(words) <= SHARED_REPORT_MAX_WORDS and SHARED_REPORT.search(scored.enrichment.text_clean.lower()) is not None
    )


def is_plain_report(scored: ScoredMention) -> bool:
    """A report that asks nothing of another team: no harm (a customer who cannot call 112 in an
    outage needs the safety team, alone), and no press, legal, regulator, data, churn, sales or
    feedback signal. Such a report of an open incident folds into the incident's case."""
    analysis = scored.analysis
    return analysis.harm is None and OWN_MATTER_SIGNALS.isdisjoint(analysis.signals)


def reports_failure(scored: ScoredMention, words: list[str], stems: list[str] | None = None) -> bool:
    """The mention reports a service failing, in any language: a failure concept among its
    words ("Fehler", "panne", "non funziona", "fora do ar"), or being unable to pay, log in or
    call, or a card or payment declined ("sin poder pagar", "carte refusée"; asked, that is a how-to),
    or, in words that named no category, the connection missing ("plus d'internet", "sin señal"),
    from an intent that can carry a report, and not the customer saying it works again.
    ``stems``: ``stems_of(words)`` when the caller has them."""
    analysis = scored.analysis
    if analysis.intent not in FAILURE_REPORT_INTENTS or "resolved" in analysis.signals:
        return False
    if stems is None:
        stems = stems_of(words)
    if ANY_FAILURE_STEMS.isdisjoint(stems):  # most mentions: one C-level set test
        # "No signal" alone is weaker than "down" or "error": it reports the failure only when
        # the words named no category ("cobrado duas vezes sem rede" stays a billing matter).
        return (
            analysis.category in (None, "other")
            and not NETWORK_STEMS.isdisjoint(stems)
            and lacks_connection(scored.enrichment.text_clean, analysis.intent == "question")
        )
    if not SALARY_STEMS.isdisjoint(stems):  # "payday and my salary isn't in"; asked calmly too
        return analysis.intent in COMPLAINT_INTENTS or analysis.label == "negative"
    if analysis.intent == "question":  # "anyone else's card declined?"; "can I pay by card?" is a how-to
        return not QUESTION_FAILURE_STEMS.isdisjoint(stems) or (
            not DECLINED_STEMS.isdisjoint(stems) and not ACTION_STEMS.isdisjoint(stems)
        )
    return not FAILURE_STEMS.isdisjoint(stems) or (
        not BLOCKED_STEMS.isdisjoint(stems) and not ACTION_STEMS.isdisjoint(stems)
    )


def incident_key(scored: ScoredMention, words: list[str] | None = None, stems: list[str] | None = None) -> str | None:
    """Reports of one problem: same brand and complaint family (None: not incident material).

    ``words``: the mention's content words. A report of a failing service is in the service
    family whatever category its words drew (a card "declined" is read as billing) and whatever
    its intent (a calm report is "other"): reports of one outage worded differently meet."""
    analysis = scored.analysis
    category = analysis.category
    brand = scored.enrichment.brand
    if not brand:
        return None
    if analysis.intent in INCIDENT_INTENTS and category:
        family = _INCIDENT_FAMILY.get(category, category)
        if family != "service" and words and reports_failure(scored, words, stems):
            family = "service"
        elif family in _DISRUPTED_FAMILIES and words and not STRIKE_STEMS.isdisjoint(stems or stems_of(words)):
            # "stuck at CDG because of the strike, hotel? refund?" (read as billing) or "annulation
            # grève, bloquée à Orly" (account): a report of the strike's cancellations.
            family = "delay"
        return f"{brand}|{family}"
    if not words:
        return None
    if stems is None:
        stems = stems_of(words)
    if reports_failure(scored, words, stems):
        return f"{brand}|service"
    if _reports_disruption(scored, stems):
        # "cancelaram o voo para Lisboa!!" read as other: a report of the cancellations.
        return f"{brand}|delay"
    return None


def _reports_disruption(scored: ScoredMention, stems: list[str]) -> bool:
    """A calm report naming a cancellation or a delay ("cancelaram o voo!!" read as other):
    delay-family material. Asked ("is my flight delayed?"), it is one traveller's question."""
    analysis = scored.analysis
    if analysis.intent not in DISRUPTION_INTENTS or "resolved" in analysis.signals:
        return False
    return not DISRUPTION_STEMS.isdisjoint(stems)


_CONCEPT: Final = similarity.INCIDENT_CONCEPTS.get
_PLUS_ONE: Final = (1).__add__  # a vocabulary count, incremented at C speed


def is_brand_mention(scored: ScoredMention) -> bool:
    """A mention that names or is addressed to a catalog brand (or one the producer gave)."""
    e = scored.enrichment
    if not e.brand:
        return False
    if e.brand_source == "unconfirmed":  # an ambiguous name without its context ("nimbus clouds")
        return False
    return e.brand_source != "implied" or scored.mention.channel in OWNED_CHANNELS


def text_key(key: str, words: list[str]) -> str | None:
    """The ``seen`` key of a text's content words (None for texts too short to tell)."""
    if len(words) < 3:
        return None
    return _TEXT_KEY + key + ":" + xxhash.xxh3_64_hexdigest(" ".join(words[:48]).encode("utf-8"))


def _in_case(entry: Any) -> bool:
    return len(entry) < 3 or bool(entry[2])  # entries from before the flag were all cases


@dataclass(frozen=True, slots=True)
class DedupConfig:
    seen_ttl_s: float = 24 * 3600
    near_dup_window_s: float = 3600
    near_dup_threshold: float = 0.8
    incident_window_s: float = 1800
    incident_threshold: float = 0.15
    incident_min_authors: int = 3
    # A report of another category family (or of none) joins an OPEN incident of its brand when
    # this share of its words is in the incident's vocabulary (stricter than a seed's match).
    incident_affinity_threshold: float = 0.25
    incident_typical_share: float = 0.4  # ... with one word at least this share of its reports use
    # A lone report must not seed an incident that opens much later: one unrelated complaint
    # at 09:21 would otherwise give its id (and its case) to an outage starting at 09:47.
    incident_seed_window_s: float = 600
    followup_window_s: float = 24 * 3600  # the same author again on the same brand: their open case
    # Within this, a complaint after a complaint is the same conversation even about another
    # category ("app won't show my boarding pass" then "I'm going to miss this flight").
    followup_close_s: float = 3600
    # The customer's "it's fixed now" on the same problem joins their case this long after it
    # (the case book keeps a case two days).
    followup_fix_window_s: float = 2 * 86400
    customer_memory_s: float = 30 * 86400  # how long an author's cases with a brand are remembered
    repeat_complainer_min: int = 3  # earlier complaint cases in the memory window that flag one
    # Event times are clamped to the wall clock + this: one mention dated 9999 would otherwise
    # move the watermark so far that the next expiry deletes every window's state.
    event_time_max_skew_s: float = 3600


class Deduper:
    """Assigns each mention to a case: new, replay, repost, near-duplicate; and to an incident."""

    def __init__(
        self,
        seen: MutableMapping[str, Any],
        authors: MutableMapping[str, Any],
        incidents: MutableMapping[str, Any],
        config: DedupConfig | None = None,
        history: MutableMapping[str, Any] | None = None,
    ) -> None:
        self.seen = seen
        self.authors = authors
        self.incidents = incidents
        self.history: MutableMapping[str, Any] = history if history is not None else {}
        self.config = config or DedupConfig()
        self.watermark = 0.0  # highest event time seen; event-time windows expire against it
        self.watermarks: dict[int, float] = {}  # the same per partition (a worker's tables)
        self.partition: Callable[[], int] = lambda: 0  # the mention's partition (the worker sets it)
        self.wall_clock: Callable[[], float] = time.time  # what event times are clamped against
        # Brand -> the latest event time one of its incidents was open at: a derived cache that
        # spares a "me too" check (a regex) on brands with no open incident. After a restart it
        # is empty until the incident's next report; a "me too" before that joins nothing.
        self.open_incident_at: dict[str, float] = {}

    def decide(self, scored: ScoredMention, now: float) -> DedupDecision:
        """``now`` is processing time (replay memory); windows run on the mention's event time,
        so a fast replay of old traffic groups exactly as the live traffic would have."""
        mention = scored.mention
        previous = self.seen.get(mention.id)
        text_hash = xxhash.xxh3_64_intdigest(mention.text.encode("utf-8", "surrogatepass"))
        if previous is not None:
            # A re-delivery has the same text; another text under a known id is a producer bug
            # (or an id collision) that must not vanish as a replay. Entries from before the
            # text hash (its 4th field) stay replays.
            if len(previous) > 3 and previous[3] != text_hash:
                raise IdConflictError(f"id already seen with another text (case {previous[0]})", "id")
            if scored.enrichment.own_account:
                # The brand's own post, again: its response again (or nothing), never a mention of the case.
                if _in_case(previous):
                    return DedupDecision("response", previous[0], duplicate_of=mention.in_reply_to)
                return DedupDecision("own_post", previous[0])
            if not _in_case(previous):  # it made no case; a re-delivery makes none
                return DedupDecision(
                    "own_post" if len(previous) > 4 and previous[4] == _OWN else "no_brand", previous[0]
                )
            return DedupDecision(action="replay", case_id=previous[0], duplicate_of=mention.id)

        # Clamped against the later of processing time and the machine's clock: a replay on an
        # event clock (``process --clock event``, scenarios) may run ahead of the machine.
        horizon = max(now, self.wall_clock()) + self.config.event_time_max_skew_s
        event_ts = min(parse_time(mention.created_at), horizon)
        self.watermark = max(self.watermark, event_ts)
        if event_ts > self.watermarks.get(partition := self.partition(), 0.0):
            self.watermarks[partition] = event_ts
        dkey = dedup_key(scored)
        thread = self._thread_case(mention.in_reply_to)
        if scored.enrichment.own_account:
            # The brand's own post: a reply to a case's mention is our response; nothing else is a case.
            if thread is not None:
                decision = DedupDecision("response", thread, duplicate_of=mention.in_reply_to)
                self.seen[mention.id] = (decision.case_id, now, True, text_hash)
                return decision
            decision = DedupDecision("own_post", case_id_for(dkey, mention.id))
            # Marked as the brand's (5th field), with its text: a fan's plain repost of it, native
            # or a manual "RT @brand: ...", is the brand's post again, not a customer's case.
            self.seen[mention.id] = (decision.case_id, now, False, text_hash, _OWN, scored.enrichment.brand)
            tkey = text_key(dkey, content_words(scored.enrichment.text_clean))
            if tkey is not None:
                self.seen[tkey] = (decision.case_id, now, mention.id, _OWN)
            return decision
        if thread is not None and scored.analysis.intent == "spam":
            thread = None  # a scammer replying under a complaint is not part of its conversation
        if thread is not None:
            decision = DedupDecision("followup", thread, duplicate_of=mention.in_reply_to, followup_kind="reply")
            self._remember_followup(scored, dkey, decision, event_ts)
            self.seen[mention.id] = (decision.case_id, now, True, text_hash)
            return decision
        if mention.reposted_id:
            shared = self.seen.get(mention.reposted_id)
            if shared is not None and len(shared) > 4 and shared[4] == _OWN:
                decision = DedupDecision("own_post", shared[0], duplicate_of=mention.reposted_id)
                self.seen[mention.id] = (decision.case_id, now, False, text_hash, _OWN)
                return decision
            original = self._thread_case(mention.reposted_id)
            if original is not None:  # the case its original is in (a follow-up's too), whatever it names
                decision = DedupDecision("repost", original, duplicate_of=mention.reposted_id)
                self.seen[mention.id] = (decision.case_id, now, True, text_hash)
                return decision
        # Tokenised once for the near-duplicate fingerprint, a copy's lookup and the incident vocabulary.
        words = content_words(scored.enrichment.text_clean) if not mention.reposted_id else []
        # A repost is not an independent report: it rides on its original's case and incident.
        stem_list = stems_of(words) if words and scored.enrichment.brand else []
        if stem_list and scored.enrichment.lang == "de":
            stem_list = german_compound_stems(words, stem_list)
        topic = topic_of(stem_list, scored.enrichment.brand)  # before incidents extend the list
        key = None if mention.reposted_id else incident_key(scored, words, stem_list)
        copy_of = self._manual_repost(scored, dkey, words) if words else None
        if copy_of is not None and copy_of[2]:
            if _RT_PREFIX.match(scored.enrichment.text_clean):  # a plain copy; with a comment it is the fan's own say
                decision = DedupDecision("own_post", copy_of[0], duplicate_of=copy_of[1])
                self.seen[mention.id] = (decision.case_id, now, False, text_hash, _OWN)
                return decision
            copy_of = None
        if copy_of is not None:
            decision = DedupDecision("repost", copy_of[0], duplicate_of=copy_of[1])
            self.seen[mention.id] = (decision.case_id, now, True, text_hash)
            return decision
        if not is_brand_mention(scored):
            followed = self._open_followup(scored, dkey, event_ts, topic) if scored.enrichment.brand else None
            if followed is not None:
                # A brand only implied ("Update: SkyLark sorted it", "the refund arrived") from an
                # author with an open case with it is that conversation going on.
                decision = DedupDecision("followup", followed, followup_kind="author")
                self._remember_followup(scored, dkey, decision, event_ts)
                self.seen[mention.id] = (decision.case_id, now, True, text_hash)
                return decision
            decision = DedupDecision("no_brand", case_id_for(dkey, mention.id))
            self.seen[mention.id] = (decision.case_id, now, False, text_hash)
            return decision
        decision = self._classify(scored, dkey, event_ts, words, topic)
        affine = (
            None
            if key is not None or mention.reposted_id
            else incident_brand(scored, words, self._brand_incident_open(scored.enrichment.brand, event_ts))
        )
        if (key is not None or affine is not None) and decision.action != "followup":
            if scored.enrichment.entities.products:
                # Product ids are the same word in every language: a Spanish report of the outage
                # shares "mobile-network" with the English ones.
                stem_list.extend(_stem("~" + p) for p in scored.enrichment.entities.products)
            # Distinct stems in text order: the vocabulary keeps the order words first came in, and
            # pruning breaks count ties by it (a set's order changed with PYTHONHASHSEED).
            # A stem with a meaning in similarity.INCIDENT_CONCEPTS counts as that concept: reports
            # of one outage in different languages share it.
            stems = dict.fromkeys(map(_CONCEPT, stem_list, stem_list))
            hashtags = scored.enrichment.entities.hashtags
            if hashtags:
                # "#nimbusdown" whole: the tag people share is one incident's strongest word.
                stems.update(dict.fromkeys("#" + h.lower() for h in hashtags))
            if key is not None:
                self._join_incident(scored, key, decision, event_ts, stems.keys())
            else:
                self._join_open_incident(scored, str(affine), decision, event_ts, stems.keys())
            if decision.action == "incident_report":
                self._refile_recent(f"{dkey}#{mention.author.id}", mention.id, decision.case_id)
        # After the incident: a report folded into its incident's case is remembered in that case.
        if decision.action != "repost":  # amplifying a post is not the author's own conversation
            self._remember(scored, dkey, decision, event_ts, topic)
        if decision.action in ("new_case", "incident_report"):
            tkey = text_key(dkey, words)
            if tkey is not None:
                self.seen[tkey] = (decision.case_id, now, mention.id)
        # Tuples of plain values: the cyclic GC untracks them, so the stores it keeps for hours
        # add nothing to full collections (they read back from a changelog as JSON lists).
        self.seen[mention.id] = (decision.case_id, now, True, text_hash)
        return decision

    def _refile_recent(self, author_key: str, mention_id: str, case_id: str) -> None:
        """The author's recent entry for ``mention_id`` (written by ``_classify``) now names ``case_id``."""
        recent = self.authors.get(author_key)
        if recent and recent[-1][1] == mention_id:
            last = recent[-1]
            self.authors[author_key] = (*recent[:-1], (last[0], last[1], case_id, last[3]))

    def _thread_case(self, in_reply_to: str | None) -> str | None:
        """The case of the mention this one replies to, if that mention is in a case."""
        if not in_reply_to:
            return None
        entry = self.seen.get(in_reply_to)
        return entry[0] if entry is not None and _in_case(entry) else None

    def _manual_repost(self, scored: ScoredMention, key: str, words: list[str]) -> tuple[str, str, bool] | None:
        """(case id, original mention id, whether the original is the brand's own post) when the
        text is a manual "RT @user: ..." copy of a case's mention or of the brand's own post
        (``content_words`` drop the "RT" and the handle, so the words are the original's)."""
        text = scored.enrichment.text_clean
        if not _RT_PREFIX.match(text):
            infix = _RT_INFIX.search(text) if "RT" in text else None
            if infix is None:
                return None
            words = content_words(text[infix.start() :])  # the copied original's words
        tkey = text_key(key, words)
        entry = self.seen.get(tkey) if tkey is not None else None
        if entry is None:
            return None
        original = str(entry[2]) if len(entry) > 2 and isinstance(entry[2], str) else entry[0]
        return entry[0], original, len(entry) > 3 and entry[3] == _OWN

    def _history_entries(self, hkey: str, now: float) -> list[Any]:
        cutoff = now - self.config.customer_memory_s
        return [e for e in self.history.get(hkey, ()) if e[0] >= cutoff]

    def _remember_followup(self, scored: ScoredMention, key: str, decision: DedupDecision, now: float) -> None:
        hkey = f"{key}#{scored.mention.author.id}"
        self._memory_counts(self._history_entries(hkey, now), decision)

    def _memory_counts(self, entries: list[Any], decision: DedupDecision) -> None:
        # Complaint occasions: a case, and the same case raised again on another day ("still a
        # joke" the day after "your app is a joke" follows that case up, yet it is a second gripe);
        # the open case's earlier days count too (the sixth daily vent on one case is the sixth).
        last_seen: dict[str, float] = {}
        occasions = 0
        for e in entries:
            if e[2] in COMPLAINT_INTENTS:
                occasions += e[0] - last_seen.get(e[1], -_OCCASION_GAP_S) >= _OCCASION_GAP_S
                last_seen[e[1]] = e[0]
        decision.author_complaints = occasions
        decision.author_rants = len({e[1] for e in entries if e[2] == "rant" and e[1] != decision.case_id})
        decision.author_cases = len({e[1] for e in entries if e[1] != decision.case_id})

    def _remember(
        self, scored: ScoredMention, key: str, decision: DedupDecision, now: float, topic: tuple[str, ...] = ()
    ) -> None:
        """Customer memory: the author's cases with this brand over the memory window."""
        hkey = f"{key}#{scored.mention.author.id}"
        entries = self._history_entries(hkey, now)
        past = history_before(entries, now)
        self._memory_counts(entries, decision)
        a = scored.analysis
        # Their earlier complaints told again ("app slow" on the 1st, the 4th, the 7th) with nothing
        # new is venting (chronic_gripe): the count of earlier complaint cases about this.
        earlier = [e for e in past if e[1] != decision.case_id and e[2] in COMPLAINT_INTENTS and len(e) > 4]
        if earlier and retold(topic, subjects([s for e in earlier for s in e[4] or ()])):
            said = subjects(topic)
            decision.author_same_problem = len({e[1] for e in earlier if not said.isdisjoint(e[4] or ())})
        intent, category = a.intent, a.category
        if (
            intent == "other"
            and decision.author_same_problem
            and a.label != "positive"
            and not _CLOSING & set(a.signals)
        ):
            # "cobertura de risa", "slowest app in the world" after "sin cobertura", "app slow": read
            # as nothing in particular, it retells a problem they complained of, so the memory counts
            # it as the gripe it is (a 30-day complaint, venting about nothing new).
            intent = "rant"
        for entry in reversed(entries):  # a follow-up keeps what its case is about
            if entry[1] == decision.case_id:
                intent, category = entry[2], entry[3]
                break
        # The 5th field: what the mention was about (its content stems), to tell a new problem later;
        # the 6th: the customer said the case's problem is fixed ("c'est réglé, merci").
        fixed = "resolved" in a.signals and a.intent in ("praise", "other")
        category = history_category(a, intent, category)
        # Kept in event-time order (a late mention goes in its place), so the newest are kept.
        entries.append((now, decision.case_id, intent, category, topic, fixed))
        if len(entries) > 1 and entries[-2][0] > now:
            entries.sort(key=itemgetter(0))  # stable: equal times keep the order they came in
        self.history[hkey] = tuple(entries[-MAX_HISTORY:])

    def _open_followup(self, scored: ScoredMention, key: str, now: float, topic: tuple[str, ...] = ()) -> str | None:
        """The author's open case with this brand that this mention follows up, if any: their
        latest case within the follow-up window, unless this is clearly another problem."""
        entries = history_before(self.history.get(f"{key}#{scored.mention.author.id}", ()), now)
        if not entries:
            return None
        last = entries[-1]
        a = scored.analysis
        signals = a.signals
        if not 0.0 <= now - last[0] <= self.config.followup_window_s:
            # "Update: the new version fixed the crash" two days after the 1-star review: the
            # customer's word of a fix to that very problem ends it, later than a chaser would come.
            late_fix = now - last[0] <= self.config.followup_fix_window_s and is_fix_of(a, topic, entries, last)
            return str(last[1]) if late_fix else None
        if "new_topic" in signals:  # "separate thing - ...": the customer says it is not this case
            return None
        if another_matter(a, last):  # a lead after a complaint, a problem after a lead
            return None
        if not KEEPS_THE_CASE.isdisjoint(signals):  # a chaser, thanks, a fix, or a threat to leave over it
            return str(last[1])
        case_intent, case_category = last[2], last[3]
        # After "it's fixed" a clearly different problem may follow at once: as if it came late.
        late = now - last[0] > self.config.followup_close_s or (len(last) > 5 and bool(last[5]))
        if is_new_problem(a, scored.enrichment.text_clean, topic, entries, last, late):
            return None  # hours later, about something else entirely: a case of its own
        if (
            case_intent == "rant"
            and case_category in (None, "other")
            and a.category not in (None, "other")
            and "profanity" not in a.cues
        ):
            # "vergogna", then "you deactivated my SIM by mistake": a new case ("still the worst" is more venting)
            return None
        if a.intent == "praise" and case_intent in _CONVERSATION:
            # "they brought the right order and a dessert, top 👏": the same customer's praise
            # soon after their complaint is how that conversation ended (Ranter -> Raver).
            return str(last[1])
        if a.intent == "rant" and (a.category in (None, "other") or case_category in (None, "other")):
            # Venting again about nothing concrete after venting is not a follow-up: the
            # repeat-ranter rule listens to it. Anger within the day after a complaint or a question
            # ("20 minutos e NADA ... vergonha" twenty minutes after "the food went to the wrong
            # building") is that conversation going on: it names no other problem (contract:
            # a same-author follow-up within 24 h joins the open case), and an angrier one raises it.
            return str(last[1]) if case_intent in _CONCRETE_ASKS else None
        if case_intent in _CONVERSATION and a.intent in _CONVERSATION:
            close = now - last[0] <= self.config.followup_close_s
            # "how do I change my card's address?", hours later "a 499 EUR charge I never made":
            # a concrete problem after a plain question is a new case; one about what was asked
            # ("42€ de roaming ... podem verificar?", then "cobram roaming ilegal!!!") chases it.
            if not close and case_intent == "question" and case_category is None and a.intent == "complaint":
                about_it = asks_about_the_case(scored.enrichment.text_clean, topic, entries, last)
                return None if a.category not in (None, "other") and not about_it else str(last[1])
            if (
                close
                or a.category in (None, "other")
                or case_category in (None, "other")
                or a.category == case_category
                # "also the drinks were missing", "the same order was charged twice": it points
                # back at the open case, whatever category it reads as.
                or points_back(scored.enrichment.text_clean, topic, entries, last)
            ):
                return str(last[1])
            return None  # another problem: its own case
        return str(last[1]) if case_intent == a.intent else None

    def _classify(
        self, scored: ScoredMention, key: str, now: float, words: list[str], topic: tuple[str, ...] = ()
    ) -> DedupDecision:
        mention = scored.mention
        if mention.reposted_id:
            return DedupDecision(
                action="repost", case_id=case_id_for(key, mention.reposted_id), duplicate_of=mention.reposted_id
            )
        author_key = f"{key}#{mention.author.id}"
        fingerprint = similarity.fingerprint_of_words(words)
        window = self.config.near_dup_window_s
        window_start = now - window
        recent = [e for e in self.authors.get(author_key, ()) if e[0] >= window_start]
        # Both ways (|t1 - t2| <= window): mentions arrive out of event-time order.
        near = [e for e in recent if e[0] <= now + window]
        best: list[Any] | None = None
        best_sim = 0.0
        if near:
            index, best_sim = similarity.most_similar(fingerprint, [entry[3] for entry in near])
            if index >= 0:
                best = near[index]
        if best is not None and best_sim >= self.config.near_dup_threshold:
            decision = DedupDecision(
                action="near_duplicate", case_id=best[2], duplicate_of=best[1], similarity=round(best_sim, 3)
            )
        else:
            followed = self._open_followup(scored, key, now, topic)
            if followed is not None:
                decision = DedupDecision("followup", followed, followup_kind="author")
            else:
                decision = DedupDecision("new_case", case_id_for(key, mention.id))  # action, case_id
        decision.author_recent = len(near)
        recent.append((now, mention.id, decision.case_id, tuple(fingerprint)))
        self.authors[author_key] = tuple(recent[-MAX_AUTHOR_ENTRIES:])
        return decision

    def _join_incident(
        self, scored: ScoredMention, key: str, decision: DedupDecision, now: float, words: AbstractSet[str]
    ) -> None:
        """Attach the mention to the most similar open cluster of its brand and category family;
        failing that, to an open incident of the brand's other families that shares enough of
        its words; failing that, seed a new cluster.

        ``words``: the mention's distinct content words."""
        cutoff = now - self.config.incident_window_s
        threshold = self.config.incident_threshold
        seed_cutoff = now - self.config.incident_seed_window_s
        min_authors = self.config.incident_min_authors
        clusters = [c for c in self.incidents.get(key, ()) if c["last_at"] >= cutoff]
        # similarity.containment inlined (one call per open cluster on the hot path).
        n_words = len(words)
        matching = [
            c
            for c in clusters
            if (c["author_count"] >= min_authors or c["last_at"] >= seed_cutoff)
            and (len(words & c["vocab"].keys()) / n_words if n_words else 0.0) >= threshold
        ]
        best: dict[str, Any] | None = None
        if matching:
            # A report that fits several clusters shows they are one incident: merge them into the
            # oldest open one, whose id the earlier members already carry. An older seed that
            # never opened gave its id to no case; merging into it would move every member to a
            # new incident id (in the airline replay, ~27 times per member case).
            if len(matching) > 1:
                matching.sort(key=lambda c: (c["author_count"] < min_authors, c["first_at"]))
            best = matching[0]
            for other in matching[1:]:
                merge_cluster(best, other, MAX_AUTHORS_TRACKED, MAX_MEMBER_CASES)
                clusters.remove(other)
        if best is None and key.endswith("|other"):
            # A complaint naming no category ("at the petrol station and can't pay") is a report
            # of the brand's open incident when it shares its words; a named other problem (a
            # double charge during an app outage) is its own.
            brand = key.partition("|")[0]
            elsewhere = self._open_incident_of_brand(
                brand, key, _without_brand_words(words, brand), now, lambda: shares_a_report(scored, words)
            )
            if elsewhere is not None:
                self._attach(scored, *elsewhere, decision, now, words)
                return
        if best is None and key.endswith("|service"):  # one failing thing named in another language
            best = same_failing_action(clusters, words, min_authors, self.config.incident_typical_share)
        if best is None:
            best = {
                "id": incident_id_for(key, scored.mention.id),
                "seed": [now, scored.mention.id],  # its earliest report (dedup_clusters.earliest_seed)
                "first_at": now,
                "last_at": now,
                "size": 0,
                "authors": [],
                "author_count": 0,
                "vocab": {},
                "joins": [],
                "cases": [],
                "level": 0,
            }
            clusters.append(best)
        self._attach(scored, key, clusters, best, decision, now, words)

    def _join_open_incident(
        self, scored: ScoredMention, brand: str, decision: DedupDecision, now: float, words: AbstractSet[str]
    ) -> None:
        """A mention that seeds no incident (a question naming no category) joins an open one of
        its brand when it shares enough of its words, or says others have it too ("me too")."""
        found = self._open_incident_of_brand(
            brand, None, _without_brand_words(words, brand), now, lambda: shares_a_report(scored, words)
        )
        if found is not None:
            self._attach(scored, *found, decision, now, words)

    def _brand_incident_open(self, brand: str | None, now: float) -> bool:
        at = self.open_incident_at.get(brand) if brand else None
        return at is not None and at >= now - self.config.incident_window_s

    def _open_incident_of_brand(
        self,
        brand: str,
        exclude_key: str | None,
        words: AbstractSet[str],
        now: float,
        shared_report: Callable[[], bool] | None = None,
    ) -> tuple[str, list[dict[str, Any]], dict[str, Any]] | None:
        """The brand's open incident (enough authors, in the window) sharing the most of
        ``words``, at least ``incident_affinity_threshold`` of them; probed per family key.

        ``shared_report``: whether the author says others have it too ("me too", "aquí igual"),
        asked only when nothing matched; sharing no word, they report the brand's most recently
        joined open incident."""
        if not words and shared_report is None:
            return None
        cutoff = now - self.config.incident_window_s
        min_authors = self.config.incident_min_authors
        threshold = self.config.incident_affinity_threshold
        n_words = len(words) or 1
        found: tuple[str, list[dict[str, Any]], dict[str, Any]] | None = None
        found_share = 0.0
        latest: tuple[str, list[dict[str, Any]], dict[str, Any]] | None = None
        for family in _FAMILIES:
            key = f"{brand}|{family}"
            if key == exclude_key:
                continue
            stored = self.incidents.get(key)
            if not stored:
                continue
            clusters = [c for c in stored if c["last_at"] >= cutoff]
            for cluster in clusters:
                if cluster["author_count"] < min_authors:
                    continue
                if shared_report is not None and (latest is None or cluster["last_at"] > latest[2]["last_at"]):
                    latest = (key, clusters, cluster)
                vocab = cluster["vocab"]
                shared = words & vocab.keys()
                share = len(shared) / n_words
                # And a word most of its reports use ("rede" of a network outage), not one that
                # happens to recur in a few ("minutes"), nor a product id (every network complaint
                # names "mobile-network").
                typical = cluster["size"] * self.config.incident_typical_share
                if (
                    share >= threshold
                    and share > found_share
                    and any(vocab[w] >= typical for w in shared if w[0] != "~")
                ):
                    found, found_share = (key, clusters, cluster), share
        if found is None and latest is not None and shared_report is not None and shared_report():
            return latest
        return found

    def _attach(
        self,
        scored: ScoredMention,
        key: str,
        clusters: list[dict[str, Any]],
        best: dict[str, Any],
        decision: DedupDecision,
        now: float,
        words: AbstractSet[str],
    ) -> None:
        """Count the mention into cluster ``best`` (one of ``clusters``, the open ones under ``key``)."""
        author_id = scored.mention.author.id
        new_author = author_id not in best["authors"]  # one scan of up to 64 ids, read twice below
        # The incident's case: its earliest plain report's (event time, not read order) until one
        # folds into it. Every later customer's report of the open incident folds into it; the
        # reporters before it opened keep theirs.
        if (
            decision.action == "new_case"
            and is_plain_report(scored)
            and (key.endswith("|service") or "=strike" in words)
            and not claim_case(best, decision.case_id, now, scored.mention.id)
            and best["author_count"] >= self.config.incident_min_authors
            and new_author
        ):
            decision.action = "incident_report"
            decision.case_id = best["case"]
            best["case_fixed"] = True
        if earliest_seed(best, now, scored.mention.id):  # its id is its earliest report's until it opens
            best["id"] = incident_id_for(key, scored.mention.id)
        if new_author:
            best["author_count"] += 1
            if len(best["authors"]) < MAX_AUTHORS_TRACKED:
                best["authors"].append(author_id)
        best["size"] += 1
        best["last_at"] = max(best["last_at"], now)  # a late, older report must not age the incident
        vocab: dict[str, int] = best["vocab"]
        # count + 1 per (distinct) word, new ones in the words' order: one C-level update, no loop
        vocab.update(zip(words, map(_PLUS_ONE, map(vocab.get, words, repeat(0)))))  # noqa: B905
        if len(vocab) > 2 * MAX_VOCABULARY:
            # Pruned in steps, not on every join: keep the words most reports share.
            keep = sorted(vocab.items(), key=_COUNT, reverse=True)[:MAX_VOCABULARY]
            best["vocab"] = dict(keep)
        joins_cutoff = now - 300  # growth is joins in the last 5 minutes
        joins: list[float] = best["joins"]
        # min() is a C loop: the filter (a Python loop) runs only when a join fell out; else grows in place.
        if joins and min(joins) < joins_cutoff:
            joins = best["joins"] = [t for t in joins if t >= joins_cutoff]
        joins.append(now)
        if len(joins) > 100:
            del joins[:-100]
        members: list[str] = best.setdefault("cases", [])
        if len(members) < MAX_MEMBER_CASES and decision.case_id not in members:  # a full list: no scan of 200 ids
            members.append(decision.case_id)
        # Most recently joined first (mostly it is); the least recent fall off beyond the cap. By identity:
        # list.remove would compare the clusters before it with dict equality.
        if clusters[0] is not best:
            del clusters[next(i for i, c in enumerate(clusters) if c is best)]
            clusters.insert(0, best)
        self.incidents[key] = clusters[:MAX_CLUSTERS]
        if best["author_count"] >= self.config.incident_min_authors:
            brand = scored.enrichment.brand
            if brand and self.open_incident_at.get(brand, now - 1.0) < now:
                self.open_incident_at[brand] = now
            decision.incident_id = best["id"]
            decision.incident_size = best["size"]
            decision.incident_growth_per_min = round(len(best["joins"]) / 5.0, 2)
            level = self._level(best["size"])
            if level > best.get("level", 0):
                best["level"] = level
                decision.notify_case_ids = [c for c in members if c != decision.case_id]

    def _level(self, size: int) -> int:
        """0 before the incident opens, 1 once open, then +1 per escalation level reached."""
        if size < self.config.incident_min_authors:
            return 0
        return 1 + bisect_right(ESCALATION_LEVELS, size)  # levels reached (ESCALATION_LEVELS is sorted)

    def expire(self, now: float) -> int:
        """Forget what fell out of every window, against event time (``core.dedup_expiry``)."""
        return dedup_expiry.expire(self, now)

    def open_incidents(self) -> int:
        cutoff = self.watermark - self.config.incident_window_s
        return sum(
            1
            for clusters in self.incidents.values()
            for c in clusters
            if c["last_at"] >= cutoff and c["author_count"] >= self.config.incident_min_authors
        )
