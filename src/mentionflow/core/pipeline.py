"""The four stages composed in process: the same functions the faust agents call.

``Pipeline`` owns the loaded data files (catalog, rules, category keywords) and the state
stores. The worker gives it faust tables; ``mentionflow process``, the benchmark and the
unit tests give it dicts. What it loads comes in a ``PipelineConfig`` (built from the
settings by ``Settings.pipeline_config``): the core reads no settings itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import orjson

from mentionflow.core.addressed import addressed
from mentionflow.core.analysis_overrides import read_mention
from mentionflow.core.cases import CaseBook
from mentionflow.core.catalog import Catalog, load_catalog
from mentionflow.core.dedup import DedupConfig, Deduper
from mentionflow.core.enrich import enrich
from mentionflow.core.feature_ideas import major_only_wished
from mentionflow.core.harm import default_model as default_harm_model
from mentionflow.core.idea_signals import ability_wish, mocked_idea
from mentionflow.core.lang import LanguageGuess
from mentionflow.core.lang import preload_model as preload_language_model
from mentionflow.core.leads import brand_name_words, calm_lead, joining_not_complaint, with_lead
from mentionflow.core.press import own_problem_not_press, press_about_others
from mentionflow.core.replies import ReplyBook, default_replies, load_replies
from mentionflow.core.route import Rules, load_rules
from mentionflow.core.sentiment import analyse, default_analyzer
from mentionflow.core.signals import (
    SIGNALS,
    SignalLexicon,
    default_signals,
    detect_signals,
    joking_threat,
    load_signals,
    moving_to_handle,
)
from mentionflow.core.text import NormalisedText, fast_constructor, normalise
from mentionflow.schema import (
    DedupDecision,
    EnrichedMention,
    RawMention,
    RoutedCase,
    ScoredMention,
    Trace,
    UniqueMention,
    parse_time,
)

_new_guess = fast_constructor(LanguageGuess)  # frozen: its __init__ pays object.__setattr__ per field


@dataclass(slots=True)
class Stores:
    """State of the stateful stages; any MutableMapping (dict or faust table) will do."""

    customers: Mapping[str, Any] = field(default_factory=dict)
    seen: MutableMapping[str, Any] = field(default_factory=dict)
    authors: MutableMapping[str, Any] = field(default_factory=dict)
    incidents: MutableMapping[str, Any] = field(default_factory=dict)
    cases: MutableMapping[str, Any] = field(default_factory=dict)
    history: MutableMapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PipelineConfig:
    """What a Pipeline loads: its data files, the SLA defaults for the rules, the dedup settings."""

    catalog_file: Path
    rules_file: Path
    sla_seconds: Mapping[str, int] | None = None  # for priorities the rules file sets no SLA for
    signals_file: Path | None = None  # None: the packaged signal lexicon
    replies_file: Path | None = None  # None: the packaged suggested replies
    dedup: DedupConfig = field(default_factory=DedupConfig)


class PipelineConfigSource(Protocol):
    """Anything that can say what a Pipeline loads (``mentionflow.settings.Settings`` does)."""

    def pipeline_config(self) -> PipelineConfig: ...


class Pipeline:
    """The four stages in process over one set of stores: enrich, score, dedup, route."""

    def __init__(
        self,
        catalog: Catalog,
        rules: Rules,
        stores: Stores | None = None,
        config: DedupConfig | None = None,
        signals: SignalLexicon | None = None,
        replies: ReplyBook | None = None,
    ) -> None:
        self.catalog = catalog
        self._brand_words = brand_name_words(catalog)  # brand id -> its name words (core.leads)
        self.rules = rules
        self.stores = stores or Stores()
        self.signals = signals or default_signals()
        self.deduper = Deduper(
            self.stores.seen, self.stores.authors, self.stores.incidents, config, self.stores.history
        )
        self.replies = replies or default_replies()
        self.casebook = CaseBook(
            self.stores.cases, rules, self.deduper.config.repeat_complainer_min, catalog, self.replies
        )

    @classmethod
    def from_config(cls, config: PipelineConfig, stores: Stores | None = None) -> Pipeline:
        catalog = load_catalog(config.catalog_file)
        sla = dict(config.sla_seconds) if config.sla_seconds is not None else None
        rules = load_rules(config.rules_file, default_sla=sla)
        signals = load_signals(config.signals_file) if config.signals_file else None
        replies = load_replies(config.replies_file) if config.replies_file else None
        return cls(catalog, rules, stores, config.dedup, signals, replies)

    @classmethod
    def from_settings(cls, settings: PipelineConfigSource, stores: Stores | None = None) -> Pipeline:
        """``from_config(settings.pipeline_config(), stores)``."""
        return cls.from_config(settings.pipeline_config(), stores)

    def preload(self, language: bool = True, text: bool = True) -> None:
        """Load what the stages otherwise load on the first mention: the language-ID model
        (enrich) and the text and harm models (sentiment), so that start-up can freeze them out
        of the cyclic collector's reach (``gc.freeze``): each full collection otherwise walks them."""
        if language:
            preload_language_model()
        if text:
            default_analyzer()
            default_harm_model()

    def load_customers(self, path: Path) -> int:
        """Fill the customer directory from a JSONL file (in process; the worker reads the
        ``customers`` topic instead). Returns how many records were loaded."""
        directory: dict[str, Any] = {}
        for line in path.read_bytes().splitlines():
            if line.strip():
                record = orjson.loads(line)
                directory[str(record["author_id"])] = record
        self.stores.customers = directory
        return len(directory)

    def set_rules(self, rules: Rules) -> None:
        self.rules = rules
        self.casebook.rules = rules

    # Each stage: one record in, one record (or None) out.

    def enrich(
        self, raw: RawMention, now: float, trace: Trace | None = None, norm: NormalisedText | None = None
    ) -> EnrichedMention:
        return enrich(raw, self.catalog, self.stores.customers, now, trace, norm)

    def score(self, enriched: EnrichedMention, norm: NormalisedText | None = None) -> ScoredMention:
        """``norm`` saves normalising again when the caller still has it (in process); a
        separate sentiment worker only has the enriched record and normalises the text."""
        e = enriched.enrichment
        norm = norm or normalise(enriched.mention.text)
        guess = _new_guess(None if e.lang == "und" else e.lang, e.lang_confidence, e.lang_reliable)
        # The text analysis, the harm signal and their overrides (core/analysis_overrides.py).
        record, harm = read_mention(norm, guess, e.lang, brand_known=e.brand is not None)
        own = self._brand_words.get(e.brand or "", frozenset())  # "moving our lines to Nimbus": a lead
        record.signals = detect_signals(norm, self.signals, own)  # elisions too: "all'AGCOM"
        if "feedback" not in record.signals and "waiting" not in record.signals and ability_wish(norm.tokens):
            # "ce serait trop bien de pouvoir partager l'addition dans l'appli": an idea (idea_signals.py)
            record.signals = [s for s in SIGNALS if s in record.signals or s == "feedback"]
        elif (
            "feedback" in record.signals
            and (rest := mocked_idea(norm, lambda p: analyse(p, guess, e.brand is not None))) is not None
        ):
            # "here's a wild feature idea: what if the rider came to my address? still charged": sarcasm,
            # the complaint the rest of the text makes (idea_signals.py)
            record.signals = [s for s in record.signals if s != "feedback"]
            if record.intent != "complaint":
                record.intent, record.severity, record.category = "complaint", rest.severity, rest.category
        if "wished_fix" in record.cues and "feedback" in record.signals:
            # "would be great if the app didn't crash": a failure said as a wish, no idea (wished_fix.py)
            record.signals = [s for s in record.signals if s != "feedback"]
        if harm.kind is not None and "press" in record.signals and not press_about_others(norm):
            record.signals = [s for s in record.signals if s != "press"]  # a journalist's own harm: safety's
        brand = e.brand
        to_brand = bool(
            brand and norm.handles and moving_to_handle(norm, lambda h: self.catalog.is_own_handle(h) == brand)
        )
        if to_brand and "churn" in record.signals:
            # "seit dem Wechsel zu @brand endlich 5G": a customer won, not one leaving.
            record.signals = [s for s in record.signals if s != "churn"]
        if harm.kind is None:
            record.signals = joking_threat(norm, record.signals, record.intent)
            record.signals = own_problem_not_press(norm, record.signals, record.intent, self.signals)
            names = self._brand_words.get(e.brand or "", frozenset())
            record.signals, lead = with_lead(
                record.signals,
                norm.tokens,
                record.intent,
                record.label,
                record.score,
                names,
                asked="?" in norm.clean,
                rivals=self.signals.rivals,
                to_brand=to_brand,
            )
            if joining_not_complaint(lead, record.signals, norm.tokens, record.intent, record.score):
                # "switching the whole office over to you, what's the pricing?": a lead (leads.py)
                record.intent = "question" if "?" in norm.clean else "other"
                record.severity, record.category = None, None
            if record.severity == "major" and calm_lead(lead, record.label, norm.tokens):
                record.severity = "minor"  # "vorremmo passare a Nimbus con tutta l'azienda": a lead
            if (
                record.severity == "major"
                and "feedback" in record.signals
                and major_only_wished(norm, lambda part: analyse(part, guess, e.brand is not None).severity)
            ):
                record.severity = "minor"  # "sarebbe bello se l'app mostrasse gli allergeni": an idea
        return ScoredMention(enriched.mention, e, record, enriched.trace)

    def dedup(self, scored: ScoredMention, now: float) -> UniqueMention:
        d = self.deduper
        # A reply under the brand's own post, a brandless mail from a customer with an open case.
        scored = addressed(scored, d.seen, d.history, self.catalog.brands, d.config)
        decision = self.deduper.decide(scored, now)
        return UniqueMention(scored.mention, scored.enrichment, scored.analysis, decision, scored.trace)

    def route(self, unique: UniqueMention, now: float) -> RoutedCase | None:
        return self.casebook.apply(unique, now)

    def incident_updates(
        self, unique: UniqueMention, partition_of: Callable[[str], int | None] | None = None
    ) -> list[UniqueMention]:
        """The updates that re-route earlier member cases when an incident escalated.

        Without ``partition_of``: one update per member case. With it (the worker: case id ->
        the partition its key lands on), one update per partition: ``dedup.case_id`` is the
        first member there (its key routes the record) and ``notify_case_ids`` the others. An
        escalation of 200 members is then a handful of records, not 200 (each record costs the
        framework ~200 us to send and consume). If a partition is unknown: one per case."""
        d = unique.dedup
        groups: list[list[str]] = [[case_id] for case_id in d.notify_case_ids]
        if partition_of is not None and len(groups) > 1:
            by_partition: dict[int, list[str]] = {}
            for case_id in d.notify_case_ids:
                partition = partition_of(case_id)
                if partition is None:
                    break
                by_partition.setdefault(partition, []).append(case_id)
            else:
                groups = list(by_partition.values())
        return [
            UniqueMention(
                mention=unique.mention,
                enrichment=unique.enrichment,
                analysis=unique.analysis,
                dedup=DedupDecision(
                    action="incident_update",
                    case_id=group[0],
                    incident_id=d.incident_id,
                    incident_size=d.incident_size,
                    incident_growth_per_min=d.incident_growth_per_min,
                    notify_case_ids=group[1:],
                ),
                trace=unique.trace,
            )
            for group in groups
        ]

    def route_update(self, update: UniqueMention, now: float) -> list[RoutedCase]:
        """The revisions of an ``incident_update``: its case and each of its ``notify_case_ids``.
        A case this worker does not know (expired, or never opened) is skipped."""
        d = update.dedup
        revisions = (self.casebook.escalate(case_id, update, now) for case_id in [d.case_id, *d.notify_case_ids])
        return [case for case in revisions if case is not None]

    def escalations(self, unique: UniqueMention, now: float) -> list[RoutedCase]:
        """In process and in the fused worker: the case revisions an incident escalation causes.
        A re-delivered record (a replay to dedup, which computes no escalation again) publishes
        again the escalations it made that are still their case's latest revision: a crash can
        lose them while the escalated cases' own records are long committed."""
        if unique.dedup.action == "replay":
            return self.casebook.republish_escalations(unique)
        revisions = [case for update in self.incident_updates(unique) for case in self.route_update(update, now)]
        self.casebook.note_escalations(unique, [case.case_id for case in revisions])
        return revisions

    def run(self, raw: RawMention, now: float) -> tuple[UniqueMention, RoutedCase | None]:
        """All four stages for one mention (the ``process`` command and the benchmark)."""
        norm = normalise(raw.text)
        unique = self.dedup(self.score(self.enrich(raw, now, norm=norm), norm), now)
        return unique, self.route(unique, now)


class ProcessClock:
    """The processing time of ``mentionflow process``: "wall" (the machine's clock, as a worker
    sees live traffic), "event" (a replay clock: the latest created_at seen so far, so a file of
    old mentions is triaged as it would have been live, and a mention older than the clock
    arrives late), or "auto": "event" unless the first mention was posted within a day of now."""

    def __init__(self, mode: str = "auto") -> None:
        if mode not in ("auto", "wall", "event"):
            raise ValueError(f"unknown clock {mode!r} (auto, wall, event)")
        self.mode = mode
        self._event = 0.0

    def now(self, raw: RawMention) -> float:
        wall = time.time()
        if self.mode == "auto":
            posted = parse_time(raw.created_at)
            self.mode = "wall" if abs(wall - posted) <= 86400 else "event"
        if self.mode == "wall":
            return wall
        self._event = max(self._event, parse_time(raw.created_at))
        return self._event
