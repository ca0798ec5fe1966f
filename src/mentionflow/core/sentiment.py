"""Sentiment, intent, complaint severity and category for one normalised mention.

Polarity is a small linear model (`core.sentiment_model`: multinomial logistic regression, trained
by `python -m mentionflow.tools.train_sentiment`) over binary unigram + bigram + hashtag features and a
few dense features: VADER lexicon valence (with negation flipping), surface signals (caps,
"!", elongation) and customer-service cues ("on hold for 3 hours", "still waiting",
"cancelled my flight", "never again", sarcasm). Inference needs no scikit-learn: the weights
are two dicts (negative-vs-neutral and positive-vs-neutral logit deltas) summed over the
mention's feature set with C-level `map`/`sum`, so one call is a few microseconds.

Intent, severity and category are rules over the same features plus the operator-editable
keyword file `data/categories.yaml` (categories, severity cues, and intent cue lists: rant
markers, insults, praise, complaint markers, spam). The rules never change the polarity label
or score; see `decide_intent` for the order in which the evidence is read.

`extract_features()` is the single definition of the model's features; training and
inference both go through it, so they cannot drift apart.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import Final

from mentionflow.core.aimless import aimless_gripe
from mentionflow.core.banter import banter_intent
from mentionflow.core.brand_opinion import OPINION_CUE, brand_opinion
from mentionflow.core.ceased_failure import THANKS, ceased_labels
from mentionflow.core.circumstance import failure_only_as_cause, is_failure_label, outside_cause, time_given
from mentionflow.core.closing_replies import closing_reply
from mentionflow.core.complaint import (
    FIRM_CUES,
    PROTECTING_CUES,
    ComplaintModel,
    complaint_dense,
    is_firm,
    is_protected,
    load_complaint_model,
    personal_venting,
    report_shaped,
    settle_intent,
    upbeat_text,
)
from mentionflow.core.concrete_detail import concrete_detail
from mentionflow.core.failure_hashtags import failure_hashtag, outage_hashtag
from mentionflow.core.features import (
    DENSE_FEATURES,
    NEGATIVE_EVENTS,
    POSITIVE_OPENERS,
    SIGNOFF_TOKENS,
    Features,
    dense_and_cues_of,
    extract_features,
    praise_signoff,
    word_bigrams,
)
from mentionflow.core.fee_verdicts import with_fee_verdict
from mentionflow.core.fix_thanks import with_thanked_fix, without_helper_wait
from mentionflow.core.helper_wait import helper_wait_words
from mentionflow.core.intent import (
    CATEGORY_SET,
    FAILURE,
    IRONY_MARKER,
    MAJOR_FLAG,
    PRAISE,
    RESOLVED,
    Intent,
    Label,
    Severity,
    best_category,
    charged_twice,
    decide_intent,
    flag_names,
    intent_language_free,
    is_enquiry,
    tally_labels,
)
from mentionflow.core.irony_acts import free_from_swapped, praise_said_plain
from mentionflow.core.irony_cues import (
    CONGRATS_TOKENS,
    HEARTFELT_EMOJI,
    IRONY_EMOJI,
    NO_SPAN,
    ONGOING,
    SLOW_CLAP,
    SPAN,
    deadpan_tag,
    foreign_span,
    praise_of_a_failure,
    sarcasm_sign,
    sarcastic_mishap,
    scare_quoted,
    sincere_marker,
    sure_failure,
    waited_in,
)
from mentionflow.core.irony_states import outage_failure
from mentionflow.core.keywords import CATEGORIES, Category, CategoryConfig, load_categories
from mentionflow.core.lang import UNDETERMINED, LanguageGuess
from mentionflow.core.lang_en import looks_english_or_symbolic
from mentionflow.core.lookups import (
    COMPLAINT,
    LABELS,
    PHRASE,
    TRIGRAM_START,
    VALENCE,
    BigramInfo,
    TokenInfo,
    TokenLookups,
    all_negated,
)
from mentionflow.core.negated_problem import negated_event, only_problems_negated
from mentionflow.core.plain_question import plain_asked
from mentionflow.core.praise_turns import (
    contrasted,
    feigned_surprise,
    kind_after_contrast,
    loves_when,
    said_contrast,
    without_better_impossible,
)
from mentionflow.core.quoted_thanks import thanks_for_quoted
from mentionflow.core.ratings import low_star_rating
from mentionflow.core.sentiment_model import CLASSES, LinearScorer, SentimentModel, load_model
from mentionflow.core.signals import LEGAL_WORDS, POWER_OF_ATTORNEY, legal_word_cancelled
from mentionflow.core.slang import ABSENCE_GATE, FIX_NEGATORS, absence_praise, positive_hyperbole, wished_for
from mentionflow.core.slang import GATE as SLANG_GATE
from mentionflow.core.slang import LAUGHING_FACES as LAUGHS
from mentionflow.core.slang import LITERAL as SLANG_LITERAL
from mentionflow.core.slang import NOT_EMOJI_PRAISE as SLANG_NO_EMOJI_PRAISE
from mentionflow.core.spam_told import CALL_WORDS, without_told_call
from mentionflow.core.split_negation import split_failure
from mentionflow.core.text import NormalisedText, fast_constructor, tokenise
from mentionflow.core.textmodels import (
    TEXT_MODELS_FORMAT,
    TextModels,
    irony_keys,
    load_text_models,
    multilingual_keys,
)
from mentionflow.core.valence import (
    intensity,
    valence,
)
from mentionflow.core.wished_fix import only_wishes_negated, wished_fix

__all__ = [
    "CATEGORIES",
    "CLASSES",
    "DENSE_FEATURES",
    "MULTILINGUAL_LANGUAGES",
    "TEXT_MODELS_FORMAT",
    "Analyzer",
    "CategoryConfig",
    "Features",
    "SentimentModel",
    "TextAnalysis",
    "TextModels",
    "TokenLookups",
    "analyse",
    "default_analyzer",
    "extract_features",
    "irony_keys",
    "load_categories",
    "load_model",
    "load_text_models",
    "multilingual_keys",
    "sarcasm_sign",
    "valence",
]

# Languages with their own sentiment weights in the text models (English: the main model).
MULTILINGUAL_LANGUAGES: tuple[str, ...] = ("es", "fr", "de", "it", "pt")
SCORED_LANGUAGES: tuple[str, ...] = ("en", *MULTILINGUAL_LANGUAGES)


@dataclass(frozen=True, slots=True)
class TextAnalysis:
    """What the text models say about one mention (the wire record is ``schema.Analysis``)."""

    score: float  # P(positive) - P(negative), in [-1, 1]; 0.0 when unsupported
    label: Label
    confidence: float  # probability of `label` (0.0 when unsupported)
    intent: Intent
    severity: Severity | None  # complaints only
    category: Category | None  # complaints and rants; questions only when they name an outage
    supported: bool  # False: language not scored (not en/es/fr/de/it/pt); label forced to neutral
    cues: tuple[str, ...]  # short explanation tokens, e.g. ("negation", "still_waiting")
    irony: float = 0.0  # P(ironic) from the irony model; 0.0 when unsupported


_new_analysis = fast_constructor(TextAnalysis)
_UNCLEAR_LABEL: Final = ("complaint",)  # a complaint marker
_BANTER_INTENTS: Final = frozenset(("other", "question", "complaint"))

# Analyzer ------------------------------------------------------------------------------------


class Analyzer(LinearScorer):
    """Holds a model and a category config; `analyse` is thread-safe and allocation-light. The
    polarity model and its scorer are `core.sentiment_model`'s; the rules that read it are here."""

    def __init__(
        self,
        model: SentimentModel | Path | str | None = None,
        categories: CategoryConfig | Path | str | None = None,
        text_models: TextModels | Path | str | None = None,
        complaint: ComplaintModel | Path | str | bool | None = None,
    ) -> None:
        super().__init__(model)
        self.categories = categories if isinstance(categories, CategoryConfig) else load_categories(categories)
        self.text_models = text_models if isinstance(text_models, TextModels) else load_text_models(text_models)
        # The complaint model (core/complaint.py): None loads the packaged one, False disables it.
        self.complaint = (
            None
            if complaint is False
            else load_complaint_model(None if complaint is None or complaint is True else complaint)
            if not isinstance(complaint, ComplaintModel)
            else complaint
        )
        # The trainer sets this to see the features of every English mention, movable or not.
        self.score_every_complaint = False
        tm = self.text_models
        self._multilingual = dict(tm.sentiment) if tm is not None else {}
        self._valence_weight = tm.valence_weight if tm is not None else 0.0  # English
        self._valence_weight_other = tm.valence_weight_other if tm is not None else 0.0
        # Other languages: only emoji and emoticon valence is language-free ("sin", "mal" are not
        # the English words the lexicon scores).
        self._symbol_lexicon = {k: v for k, v in self.model.lexicon.items() if not k.isalpha()}
        m = self.model
        irony = tm.irony_weights if tm is not None else {}
        # The complaint weights ride in the infos too, but for a subclass's (the trainer's recorder)
        cm = self.complaint if type(self.complaint) is ComplaintModel else None
        self._complaint_folded = cm is not None
        self.lookups = TokenLookups(
            self.word_weights,
            self.bigram_weights,
            {k: w for k, w in irony.items() if isinstance(k, str)},
            {k: w for k, w in irony.items() if not isinstance(k, str)},
            m.lexicon,
            self.categories,
            cm.words if cm else None,
            cm.bigrams if cm else None,
        )

    def analyse(self, norm: NormalisedText, lang: LanguageGuess, brand_known: bool = False) -> TextAnalysis:
        """``brand_known``: the pipeline resolved the brand the mention is about (aimless.py)."""
        cats = self.categories
        lookups = self.lookups
        toks = norm.tokens
        # One lookup per token and per bigram feeds the model, irony, valence and keywords.
        infos = lookups.tokens(toks)
        by_token = dict(zip(toks, infos))  # noqa: B905 - distinct tokens in text order
        distinct = by_token.values()
        tokset = frozenset(toks)
        labels = [lab for lab in map(LABELS, distinct) if lab is not None]
        if not LEGAL_WORDS.isdisjoint(tokset) and legal_word_cancelled(norm, tokset):
            # "even a lawyer can't read it": no major problem, the unclear thing is the complaint.
            labels = [lab for t, i in by_token.items() if t not in LEGAL_WORDS and (lab := LABELS(i)) is not None]
            labels += [_UNCLEAR_LABEL] if POWER_OF_ATTORNEY.isdisjoint(tokset) else []
        n_token_labels = len(labels)
        dense, cues = dense_and_cues_of(norm, tokset, labels)
        bigrams = word_bigrams(toks)
        binfos = lookups.bigram_infos(bigrams)
        phrases = [lab for lab in map(PHRASE, binfos) if lab is not None]
        if any(map(TRIGRAM_START, binfos)):
            for tri in zip(toks, toks[1:], toks[2:]):  # noqa: B905 - shifted views
                lab = cats.trigrams.get(tri)
                if lab:
                    phrases.append(lab)
        phrase_major = False
        for lab in phrases:
            # A matched phrase is more specific than a single word: its categories count twice,
            # so "no service" (outage) outweighs the "service" (staff) it contains.
            labels.append(lab)
            cat_only = tuple(n for n in lab if n in CATEGORY_SET)
            if cat_only:
                labels.append(cat_only)
            phrase_major = phrase_major or "major" in lab

        code = lang.code
        # English is scored; "und" (too short to tell) is scored only when nothing points to
        # another language (ASCII or emoji-only), and says so in the cues. es/fr/de/it/pt have
        # their own weights; any other language is flagged, never scored as English.
        supported = code == "en"
        multi = self._multilingual.get(code) if code is not None and not supported else None
        if not supported and multi is None and (code is None or code == UNDETERMINED):
            supported = looks_english_or_symbolic(norm)
            if supported:
                cues.append("lang_undetermined")
        if not supported and multi is None:
            cues.append("unsupported_language")
            intent0 = intent_language_free(norm)
            return _new_analysis(0.0, "neutral", 0.0, intent0, None, None, False, tuple(cues), 0.0)

        hashkeys = dict.fromkeys(["#" + h.lower() for h in norm.hashtags]).keys() if norm.hashtags else None
        if multi is None:
            z, negated = self._logits_of(norm, tokset, distinct, binfos, hashkeys, dense)
            if negated:
                cues.append("negation")
            valences = list(map(VALENCE, infos))
            _, lp, ln = valence(norm, self._lexicon, valences)
            val = intensity(norm, valences, self._lexicon)
        else:  # (the same functions; other languages only have symbol valence)
            weights, bias = multi
            z = bias + sum(map(weights.get, multilingual_keys(norm), repeat(0j)))
            valences = list(map(self._symbol_lexicon.get, norm.tokens, repeat(0.0)))
            _, lp, ln = valence(norm, self._symbol_lexicon, valences)
            val = intensity(norm, valences)
        p_neg, p_neu, p_pos = self.probabilities(z)
        slang = False
        if not SLANG_GATE.isdisjoint(tokset):
            flags0 = tally_labels(labels)[2]
            # ... or a failure said in a phrase ("2 horas na linha ... top demais 👏" is sarcasm):
            # phrases, unlike single failure words, do not cross languages.
            blocked = (
                bool(flags0 & _NOT_HYPE) or any("failure" in lab for lab in labels[n_token_labels:])
            ) and not flags0 & RESOLVED
            fixed = bool(flags0 & RESOLVED) and not all_negated(toks, infos, binfos, "resolved", FIX_NEGATORS)
            praised = positive_hyperbole(norm, tokset, code, bool(flags0 & PRAISE), blocked, fixed)
            if praised or wished_for(norm, tokset, blocked, frozenset(cues)):
                # "that deal is fire 🔥", "me muero 😂", "ça tue": the negative word is praise
                # (core/slang.py); "dying to try", "me muero por probar": a wish, no praise. Its
                # weight and keyword labels ("dead" is an outage word) are not the mention's.
                cues.append("slang_praise" if praised else "desire")
                slang = True
                said = SLANG_GATE & tokset
                labels = (
                    [
                        lab
                        for tok, info in dict(zip(toks, infos)).items()  # noqa: B905
                        if tok not in said and (lab := LABELS(info)) is not None
                    ]
                    + labels[n_token_labels:]
                )
                if p_neg > p_pos:
                    p_neg, p_pos = p_pos, p_neg
                ln, val = 0.0, abs(val)
                if praised and "?" not in norm.clean:  # "killing me 😂 quick q tho": the question leads
                    labels.append(_PRAISE_LABEL)
        if not slang and not ABSENCE_GATE.isdisjoint(tokset):
            f0 = tally_labels(labels)[2]
            # "sorted in 5 mins, no fuss": the "no" is the praise (slang.py), not a complaint; a major
            # word counts against it unless a fix is named ("replaced my card overnight, no drama").
            if absence_praise(
                norm, tokset, bool(f0 & (PRAISE | RESOLVED)), bool(f0 & _NOT_ABSENCE or (f0 & 1 and not f0 & RESOLVED))
            ):
                cues[:] = [*(c for c in cues if c != "negation"), "absence_praise"]
                slang, ln, val = True, 0.0, abs(val)
                p_neg, p_pos = min(p_neg, p_pos), max(p_neg, p_pos)
                labels.append(_PRAISE_LABEL)
        if not slang and not THANKS.isdisjoint(tokset):  # "nunca mais caiu, obrigado" (ceased_failure.py)
            ceased = ceased_labels(
                toks, tokset, norm.clean.lower(), dict(zip(toks, map(LABELS, infos), strict=False)), phrases
            )
            if ceased is not None:
                cues[:] = [*(c for c in cues if c != "negation"), "failure_ceased"]
                labels, slang, ln, val = ceased, True, 0.0, abs(val)
                p_neg, p_pos = min(p_neg, p_pos), max(p_neg, p_pos)
        labels = with_fee_verdict(norm, labels, cats, cues)  # "£15 for a bag, a rip-off" (fee_verdicts.py)
        labels = without_better_impossible(labels, tokset, norm.clean.lower(), cats)  # "más rápido imposible"
        if not CALL_WORDS.isdisjoint(tokset):  # "sie schreibt mir grad, dass ...": told, no spam call (spam_told.py)
            labels = without_told_call(labels, toks, cats)
        tm = self.text_models
        irony = tm.irony_of(distinct, binfos, hashkeys, dense, lp, ln) if tm is not None else 0.0
        if "sarcasm" in cues:  # the hand-written sarcasm patterns ("#not", "thanks for nothing")
            irony = max(irony, SARCASM_IRONY)
        if not SIGNOFF_TOKENS.isdisjoint(tokset) and praise_signoff(norm.clean):
            labels.append(_PRAISE_LABEL)  # "... sorted it in 10 mins. Respect 🙌" (features.py)
        tally = tally_labels(labels)
        if norm.hashtags and outage_hashtag(norm):
            # "#nimbusdown Campanar também": the hashtag reports an outage (its category; how
            # serious, the words say). Not when spam words ride a trending tag.
            labels.append(_OUTAGE_CATEGORY if tally[3] or norm.urls else _OUTAGE_LABEL)
            tally = tally_labels(labels)
        if _FIRE in tokset and not SLANG_LITERAL.isdisjoint(tokset):
            # "dead battery after the update 🔥": beside a literal failure the flame is no praise.
            for lab in self.categories.token_labels(frozenset((_FIRE,))):
                if lab in labels:
                    labels.remove(lab)  # the flame's own label (one), not other praise words'
            tally = tally_labels(labels)
        low_stars = low_star_rating(norm.clean, tokset)
        if low_stars or (code == "de" and split_failure(tokset, norm.clean)):
            # A one- or two-star review reports a failure, whatever its words say; so does a
            # German "works" verb negated at the clause's end ("Karte ging bei Edeka nicht").
            labels.append(_FAILURE_LABEL)
            tally = tally_labels(labels)
        labels, tally = with_thanked_fix(labels, tally, toks, tokset)  # "thanks for fixing it so fast"
        # "the rider waited for me", "... until I came down": the wait and the customer's errand
        waits = [LABELS(by_token[t]) for t in helper_wait_words(norm.clean.lower(), tokset)]
        labels, tally = without_helper_wait(labels, tally, waits, norm.clean.lower(), tokset)
        flags = tally[2]
        if (
            flags & RESOLVED
            and multi is not None
            and all_negated(toks, infos, binfos, "resolved", _NEGATOR_BEFORE, _NEGATOR_AFTER)
        ):
            # "no funciona", "ne fonctionne plus", "funktioniert nicht": a fix word negated is the
            # failure, not its fix.
            flags &= ~RESOLVED
            tally = (tally[0], tally[1], flags, tally[3])
        if flags & FAILURE and multi is not None and all_negated(toks, infos, binfos, "failure", _NO_SUCH):
            labels = [lab for lab in labels if "failure" not in lab]  # "aucun retard": nothing failed
            tally = tally_labels(labels)
            flags = tally[2]
        # Surface praise in any supported language: what irony turns round. An irony marker
        # ("obrigadinha", "na toll", "thanks for nothing") is praise said the other way round.
        surface_praise = not POSITIVE_OPENERS.isdisjoint(tokset) or bool(flags & (PRAISE | IRONY_MARKER))
        if norm.emojis and flags & PRAISE and POSITIVE_OPENERS.isdisjoint(tokset):
            # Praise said by an emoji alone ("#nimbusdown en tendencia 🔥") is no praise that irony
            # could turn round: only a praise word is.
            surface_praise = _worded_praise(by_token, phrases) or bool(flags & IRONY_MARKER)
        # Thanks for a charge with its sum ("grazie per la bolletta da 200€", "obrigado por me cobrarem
        # 35€") or love of one ("adoro pagar 4 reais de taxa"), "so good I had to climb a tree": praise of a failure.
        billed = praise_of_a_failure(tokset, norm.clean.lower())
        surface_praise = surface_praise or billed or praise_said_plain(norm, tokset)  # "cheers for", "what a legend"
        surface_praise = surface_praise or not CONGRATS_TOKENS.isdisjoint(tokset)  # "congrats", "parabéns"
        # A failure named in the keyword file's language lists ("retard", "gewartet", "gelada").
        # ... or a wait the cues found ("on hold", "still waiting").
        failure_word = (
            bool(flags & FAILURE)
            or outage_failure(labels, tokset)  # "geht nicht", "sans internet": not working; not "the mast"
            or failure_hashtag(norm)
            or not _WAIT_CUES.isdisjoint(cues)
            or low_stars
            or charged_twice(toks)  # "me cobra DUAS vezes a mesma compra"
            or billed
            # A sarcasm marker beside a major problem ("Nessun hotel ... Esperienza indimenticabile 👏").
            or (
                bool(flags & IRONY_MARKER)
                and bool(flags & MAJOR_FLAG)
                and not flags & RESOLVED
                and not contrasted(tokset, code)  # "volo cancellato ma ci avete dato hotel e cena"
            )
        )
        low = norm.clean.lower() if surface_praise else ""
        # "X bestellt, Y bekommen 👏", "mi maleta se fue a Roma y yo a Lisboa 👏" (irony_cues.py)
        # ... or a free-from item swapped for a plain one ("gluten-free bread swapped for a regular baguette")
        failure_word = failure_word or (bool(low) and (sarcastic_mishap(low, tokset) or free_from_swapped(low)))
        if waited_in(toks, tokset, low or norm.clean.lower()):  # "5h d'attente", "6 hours sat on the tarmac"
            failure_word = failure_word or bool(low)
            cues.append("waited")
        # es/fr/de/it/pt: a span of hours or days ("2 horas na linha", "seit 3 Tagen") is what the
        # English long_wait cue is: weak evidence, like it, that something went wrong.
        span = foreign_span(low) if multi is not None and low else NO_SPAN
        named = ln < 0.0 or failure_word or _failure_evidence(norm, tokset, cues) or span == ONGOING
        failure = named or span == SPAN
        quoted = scare_quoted(norm)
        if quoted and thanks_for_quoted(norm.clean):
            # "cheers for the 'upgrade' to the last row": thanks for a benefit in scare quotes is
            # praise on the surface of a failure the quotes name (quoted_thanks.py)
            surface_praise = failure = True
        if (
            (failure and low and span == NO_SPAN and not (flags & IRONY_MARKER or quoted or billed))
            and IRONY_EMOJI.isdisjoint(tokset)
            and failure_only_as_cause(low, self.lookups)
        ):  # "... because the lift was broken 🥹 hero" (circumstance.py)
            labels = [lab for lab in labels if not is_failure_label(lab)]
            tally = tally_labels(labels)
            flags, failure_word, named, failure, irony = tally[2], False, False, False, irony * _UNANCHORED_IRONY
        # A contrast word that turns to something else; not one that exclaims ("ma che bravi", praise_turns.py).
        turned = said_contrast(toks, tokset, code)
        if surface_praise and (
            flags & IRONY_MARKER
            or (billed and not flags & RESOLVED)
            # A fix in scare quotes ("'on time' means 4 hours late") is no fix.
            or (
                failure
                and (not flags & RESOLVED or quoted)
                # ... or a flat "really" after the praise ("Top Service, echt.", "super, vraiment."),
                # beside more than a span ("3 giorni a Roma perfetti. Bravi, davvero." is sincere).
                and (quoted or not IRONY_EMOJI.isdisjoint(tokset) or (named and bool(low) and deadpan_tag(low)))
            )
            # A slow clap only beside a named failure: "refund landed in 4 days. Nice one 👏" is sincere;
            # so is one after a contrast ("delayed 3 hours but the crew were lovely. Bravo 👏").
            or (failure_word and not flags & RESOLVED and SLOW_CLAP in tokset and not turned)
            # Congratulations beside a failure, no contrast: "congrats, new record, 2 hours for a cold pizza".
            or (failure_word and not flags & RESOLVED and not CONGRATS_TOKENS.isdisjoint(tokset) and not turned)
            # A one-word verdict closing a report of a failure ("... Nobody at the desk can tell me
            # anything. Great."): deadpan, in any language the model reads as praise.
            or (failure and not flags & RESOLVED and _DEADPAN_LAST.search(norm.clean) is not None)
            or (failure and not flags & RESOLVED and loves_when(low))  # "love it when my card gets declined"
            # "oh quelle surprise, vol annulé pour la 3e fois ... ❤️": surprise at an expected failure
            or (failure_word and not flags & RESOLVED and feigned_surprise(low) and not contrasted(tokset, code))
        ):
            # "danke auch", "gracias por nada"; praise + a failure + 🙃/🙄/😒/🤡: as sure as the
            # sarcasm patterns. A fix named in the text ("resolved", "funciona") is gratitude.
            irony = max(irony, SARCASM_IRONY)
        sincere = bool(low) and (sincere_marker(low) or time_given(norm.clean, tokset))
        if low and not sincere and IRONY_EMOJI.isdisjoint(tokset) and not flags & IRONY_MARKER:
            # "late, but the crew looked after us so well, much appreciated": praise of a person after
            # the concession (praise_turns.py); a closing deadpan verdict ("... but the crew. Great.") is not.
            sincere = kind_after_contrast(toks, tokset, code) and _DEADPAN_LAST.search(norm.clean) is None
        if sincere:
            # "no sarcasm, absolute legends", "sin ironía ninguna": the writer rules the irony out.
            irony *= _UNANCHORED_IRONY
        if p_pos >= p_neg and (
            not failure
            # A fix named beside praise ("got every penny back within a week ... thank you") with no sign of
            # sarcasm: gratitude; so is a praise word and a heart beside a feeling ("my nervous mum ... ❤️").
            or (surface_praise and flags & RESOLVED and irony < SARCASM_IRONY and not quoted)
            or (flags & PRAISE and not (failure_word or HEARTFELT_EMOJI.isdisjoint(tokset)) and irony < SARCASM_IRONY)
        ):
            # Praise with nothing gone wrong in it: irony has nothing to turn round ("thanks Marco
            # for sorting my ticket so quickly, really appreciated" is not ironic, however "really").
            irony *= _UNANCHORED_IRONY
        ironic = (
            tm is not None
            and not slang  # the hyperbole is the praise, with no failure beside it (slang.py)
            and not sincere
            # A model that reads the praise as negative has seen the failure, not sincerity: with a
            # sure sign of sarcasm (irony marker, eye-roll, scare quotes, deadpan) it is irony.
            and (p_pos >= p_neg or failure_word or irony >= SARCASM_IRONY)
            and surface_praise
            and failure
            # A fix named in the text ("rebooked", "resuelto") makes the thanks gratitude.
            and (not flags & RESOLVED or bool(flags & IRONY_MARKER) or quoted)
            # Praise of a named failure is a complaint in every language, whatever the
            # (English-trained) irony model says; not when the text contrasts the two ("delayed,
            # but the crew were amazing"), which is sincere.
            and (
                irony >= tm.irony_threshold
                # ... nor when a heart or a moved face says it is heartfelt ("ascensore rotto ... 🥹 grazie").
                or (failure_word and not turned and HEARTFELT_EMOJI.isdisjoint(tokset))
            )
        )
        if (
            not (ironic or failure or slang or sincere or flags & RESOLVED)
            and multi is not None
            and bool(low)
            and not contrasted(tokset, code)  # "tardó, pero nada que objetar": the praise after the turn
            and HEARTFELT_EMOJI.isdisjoint(tokset)
            and "?" not in norm.clean
            and negated_event(
                tuple(tokenise(outside_cause(low))),
                _NEGATORS_OF.get(code or "", _FOREIGN_NEGATORS),
                self._praise_phrase,
                self._failure_word,
            )
        ):
            # Praise beside something denied to have happened or to work, no fix named ("Perfecto, el pedido
            # dice entregado y aquí no ha llegado nada", "Servizio eccellente, il tecnico non si è presentato"):
            # praise of nothing, sarcasm, whatever verb says what did not happen (negated_problem.py).
            ironic = True
            cues.append("negated_event")
        if ironic:
            cues.append("irony")
            if flags & IRONY_MARKER:
                cues.append("irony_marker")
        # Irony moves the intent (below), not the label: the model's label is measured as is.
        sarcasm = "sarcasm" in cues
        if sarcasm and p_pos > p_neg:
            # Sarcasm reads as praise on the surface: never report it as positive.
            p_neg, p_pos = p_pos, p_neg
        if val > 0.0 and (
            sarcasm
            or (
                ironic
                and (
                    sure_failure(tokset, cues)
                    if multi is None
                    else failure_word or _failure_evidence(norm, tokset, cues)
                )
            )
        ):
            # The surface praise is not the intensity where the irony is sure: the sarcasm
            # patterns, or praise beside a failure. In English, one that is a failure in any tweet
            # ("thanks for the 4 hour delay 🙃"): everyday words the irony evidence also counts
            # ("another", "again", "can't wait", "late night", a failure keyword like "goes
            # down") turned round more general tweets wrongly than rightly (15 of 20 rated or
            # labelled ones). Other languages' valence is emoji only: as it was.
            val = -val
        if (
            multi is not None
            and not (negators := _NEGATORS_OF.get(code or "", _FOREIGN_NEGATORS)).isdisjoint(tokset)
            and not only_wishes_negated(toks, _FOREIGN_NEGATORS)
            and not only_problems_negated(toks, negators)  # "mai un problema": a track record
            and _names_a_problem(labels)
            and not flags & RESOLVED  # "sem surpresas na fatura" is no unmet expectation
            and (flags & FAILURE or not flags & PRAISE)  # praise naming no failure is praise
        ):
            # A negated problem word ("não foi aplicado", "n'a pas été renouvelé", "sin señal"):
            # an unmet expectation. The small per-language models are weakest exactly here.
            cues.append("unmet")
            if p_pos > p_neg:
                p_neg, p_pos = p_pos, p_neg
        if p_neg >= p_neu and p_neg >= p_pos:
            label: Label = "negative"
            conf = p_neg
        elif p_pos > p_neu:
            label = "positive"
            conf = p_pos
        else:
            label = "neutral"
            conf = p_neu
        polarity = p_pos - p_neg
        # Intensity: VADER's compound (`intensity`) blended with the class margin (English weight
        # tuned by the trainer on VADER as a teacher; other languages, whose valence is emoji
        # only, keep 0.5); a text with no valence word reads milder than its class margin.
        w = self._valence_weight if multi is None else self._valence_weight_other
        score = w * val + (1.0 - w) * polarity

        emoji_praise = (
            bool(norm.emojis)
            and (multi is not None or code != "en")
            and not failure
            and self._approving_emoji(norm.tokens, laughs=label != "negative")  # "se cuelga cada vez 🤣"
            # "dead battery after the update 🔥", "krank seit der Lieferung 😂": a literal harm or
            # failure word beside the emoji (slang.py's list) is no praise.
            and SLANG_NO_EMOJI_PRAISE.isdisjoint(tokset)
        )
        intent, severity, category = decide_intent(
            norm,
            cues,
            labels,
            label,
            polarity,
            cats,
            self._lexicon,
            phrase_major,
            ironic,
            multi is not None,
            tally,
            emoji_praise,
            code=code,
            tag_failure_only=any(lab is _OUTAGE_LABEL for lab in labels)
            and not any("failure" in lab for lab in labels if lab is not _OUTAGE_LABEL),
        )
        asked = plain_asked((intent, severity, category), norm.clean, toks, label, tally, ln, cues) if multi else None
        if asked is not None:  # "on peut choisir son siège ?", "liefert ihr auch nach Potsdam?"
            label, conf, score, (intent, severity, category) = "neutral", p_neu, w * val, asked
        if intent in ("praise", "other", "question", "complaint") and wished_fix(norm):  # "would be great if it worked"
            if intent != "complaint":
                intent, severity, category = "complaint", "minor", best_category(tally[0], cats)
            cues.append("wished_fix")  # a firm complaint: the model reads the wish's praise words
        named_problem = tally[1] > 0 or bool(tally[2] & FAILURE)
        if personal_venting(intent, severity, flag_names(tally[2]), named_problem, bool(norm.handles), cues):
            # an exam, a migraine, the insects, no product in it: venting, no complaint (complaint.py)
            cues.append("personal_venting")
            intent, severity, category = ("question" if "?" in norm.clean else "other"), None, None
        elif (
            not brand_known
            and code == "en"
            and aimless_gripe(
                intent,
                severity,
                named_problem,
                not _FIRM_OR_PROTECTING.isdisjoint(cues),
                tokset,
                norm.handles,
                bool(norm.hashtags) and failure_hashtag(norm),
            )
        ):
            # sport, TV, politics, one's day, read with no brand: commentary, no complaint (aimless.py)
            cues.append("aimless")
            intent, severity, category = ("question" if "?" in norm.clean else "other"), None, None
        closing = closing_reply(intent, severity, norm.tokens, norm.clean, named_problem, cues)
        if closing is not None:  # "No I have not", "seems to be working now": a reply closing the thread
            cues.append(closing)
            intent, severity, category = "other", None, None
        if self.complaint is not None and code == "en" and intent != "spam":
            # English only (the hand labels are English), and not a text too short to tell.
            five = (p_neg, p_pos, lp, ln, irony)
            intent, severity, category = self._settle_complaint(
                norm, tokset, bigrams, (distinct, binfos), cues, tally, label, five, intent, severity, category,
                lang.reliable,
            )  # fmt: skip
        if brand_opinion(intent, norm.tokens, norm.clean, failure_word, cues, (tally[1], tally[2])):
            # "X is a scam run by ...", "X is going under": a verdict with no stake of the writer's (brand_opinion.py)
            cues.append(OPINION_CUE)
            intent, severity = "rant", None
        if intent in _BANTER_INTENTS and severity != "major":  # a love joke, a family tale, a plan (banter.py)
            intent = banter_intent(intent, label, norm, tokset, failure, cues)
        return _new_analysis(score, label, conf, intent, severity, category, True, tuple(cues), irony)

    def _praise_phrase(self, gram: tuple[str, ...]) -> bool:
        """A keyword-file praise phrase of two or three words ("nada mal", "rien à redire")."""
        cats = self.categories
        lab = cats.bigrams.get(gram) if len(gram) == 2 else cats.trigrams.get(gram) if len(gram) == 3 else None
        return lab is not None and "praise" in lab

    def _failure_word(self, tok: str) -> bool:
        """A keyword-file failure word ("caduta", "retraso")."""
        lab = LABELS(self.lookups.token(tok))
        return lab is not None and is_failure_label(lab)

    def _approving_emoji(self, tokens: tuple[str, ...], laughs: bool = True) -> bool:
        """Approving emoji (symbol valence >= ``_APPROVING``) and none that disapproves; a laughing face
        only where ``laughs`` (beside what the model reads as negative, it laughs in exasperation)."""
        found = False
        for tok, v in zip(tokens, map(self._symbol_lexicon.get, tokens, repeat(0.0)), strict=True):
            if v < 0.0:
                return False
            found = found or (v >= _APPROVING and (laughs or tok not in LAUGHS))
        return found

    def _settle_complaint(
        self,
        norm: NormalisedText,
        tokset: frozenset[str],
        bigrams: Iterable[tuple[str, str]],
        infos: tuple[Iterable[TokenInfo], Iterable[BigramInfo]],  # of the distinct tokens, of `bigrams`
        cues: list[str],
        tally: tuple[dict[str, int], int, int, int],
        label: Label,
        scores: tuple[float, float, float, float, float],
        intent: Intent,
        severity: Severity | None,
        category: Category | None,
        reliable: bool = True,
    ) -> tuple[Intent, Severity | None, Category | None]:
        """Complaint vs not where the rules are unsure: the complaint model (English only). The
        model is not even scored where `settle_intent` could not move the rules."""
        cm = self.complaint
        assert cm is not None
        named_problem = tally[1] > 0 or bool(tally[2] & FAILURE)
        enquiry = intent == "question" and ("looking_for_option" in cues or is_enquiry(norm))
        flags = flag_names(tally[2])
        addressed = bool(norm.handles)
        p_neg, p_pos, lp, ln, irony = scores
        # irony in a post with nothing negative read (settle_intent): no firmness rests on it
        upbeat = not addressed and upbeat_text(p_neg, ln, flags, cues, concrete_detail(norm.clean))
        if not self.score_every_complaint and (
            intent == "praise"
            or (enquiry and (cm.promote_enquiry > 1.0 or not _SURE_ENQUIRY.isdisjoint(cues)))
            # venting at Mondays or about one's own life, an advert: no complaint, however the model reads them
            or not _UNSCORED_CUES.isdisjoint(cues)
            # a major complaint or a rant at someone is never demoted (settle_intent); one with a
            # problem or a wait, a rant at no one, only where the model may demote it
            or (intent == "rant" and (cm.demote_rant < 0.0 or bool(norm.handles)))
            or (
                intent == "complaint"
                and (severity == "major" or is_firm(cues, named_problem, addressed, tokset, upbeat))
            )
            or (
                intent == "complaint"
                and (cm.demote_protected < 0.0 or not reliable)
                and is_protected(cues, named_problem, upbeat)
            )
        ):
            return intent, severity, category
        question = "?" in norm.clean
        dense = complaint_dense(
            p_neg, p_pos, lp, ln, irony, cues, flags, tally[1], question, norm.shouting,
            intent, severity == "major", tokset, bool(norm.urls),
        )  # fmt: skip
        if self._complaint_folded:
            p = cm.probability_of_sums(sum(map(COMPLAINT, infos[0])), sum(map(COMPLAINT, infos[1])), dense)
        else:
            p = cm.probability(dict.fromkeys(norm.tokens), bigrams, dense)
        if cm.demote < p < cm.promote:
            return intent, severity, category
        fallback = best_category(tally[0], self.categories) if intent not in ("complaint", "rant") else "other"
        settled = settle_intent(
            p, cm, intent, severity, category, label, question, fallback, cues, named_problem, enquiry, reliable,
            addressed, tokset, upbeat, report_shaped(norm.clean, len(norm.tokens), bool(norm.urls)),
        )  # fmt: skip
        return settled  # type: ignore[return-value]


# Keyword-file flags (intent.py) beside which a hyperbole is a complaint, not praise: major,
# insult; a failure phrase blocks it too (single failure words cross languages); slang.py adds its own list.
_NOT_HYPE = 1 | 4
# ... beside which the absence of a bother is no praise: insult, complaint, failure.
_NOT_ABSENCE = 4 | 8 | FAILURE
_PRAISE_LABEL = ("praise",)
_SURE_ENQUIRY = frozenset({"looking_for_option", "past_event"})  # questions the complaint model never promotes
_UNSCORED_CUES = frozenset(
    {"everyday_gripe", "personal_venting", "aimless", "promotion", "bare_answer", "fix_confirmed"}
)
_FIRM_OR_PROTECTING = FIRM_CUES | PROTECTING_CUES  # the rules' word stands
_FIRE = "\U0001f525"
_DEADPAN_LAST = re.compile(
    r"[.!?…]\s+(?:just\s+)?(?:great|lovely|brilliant|perfect|fantastic|amazing|awesome|wonderful|super|"
    r"genial|génial|parfait|toll|prima|perfekt|fantastico|perfetto|ótimo|otimo|perfeito|maravilha)"
    r"\s*[.!…]*\s*(?:[\U0001f643\U0001f644\U0001f612\U0001f44f]\s*)*$",
    re.IGNORECASE,
)

# Negators of es/fr/de/it/pt (tokens as `normalise` emits them).
_FOREIGN_NEGATORS = frozenset(
    {"no", "não", "nao", "pas", "nicht", "kein", "keine", "keinen", "non", "sin", "sem", "nunca", "jamais"}
    | {"ninguém", "ninguem", "nadie", "personne", "nessuno", "niemand", "mai", "nie", "rien", "nada", "niente"}
)
_NEGATORS_OF = {"pt": _FOREIGN_NEGATORS - {"no"}}  # Portuguese "no" is "in the" ("uma falha no Porto")


def _worded_praise(by_token: Mapping[str, TokenInfo], phrases: list[tuple[str, ...]]) -> bool:
    """A praise label on a word or a phrase, not only on an emoji ("🔥")."""
    words = [lab for tok, lab in zip(by_token, map(LABELS, by_token.values())) if lab and tok.isalnum()]  # noqa: B905
    return bool(tally_labels(words + phrases)[2] & PRAISE)


_NEGATOR_BEFORE = _FOREIGN_NEGATORS | {"ne", "n", "nichts", "nulla"}  # "nichts funktioniert": nothing works
_NEGATOR_AFTER = frozenset({"nicht", "pas", "plus", "mehr", "nie"})
# "No such thing" before an event noun; not "sin/sans/senza/ohne/sem" ("sans réseau" is the failure).
_NO_SUCH_WORDS = "aucun aucune nessun nessuna nessuno kein keine keinen keiner ningún ninguna nenhum nenhuma"
_NO_SUCH = frozenset(_NO_SUCH_WORDS.split())


def _names_a_problem(labels: list[tuple[str, ...]]) -> bool:
    return any(not CATEGORY_SET.isdisjoint(lab) or "complaint" in lab for lab in labels)


_APPROVING = 1.5  # symbol valence of an approving emoji (😍 1.8, 💚 2.5, 👍 1.9)
SARCASM_IRONY = 0.9  # P(irony) of a mention matching the sarcasm patterns
_UNANCHORED_IRONY = 0.5  # damping of irony in a positive text that names no failure
_FAILURE_CUES = frozenset({"long_wait", "on_hold", "still_waiting", "cancelled", "never_again"})
# Not "long_wait": a duration in praise is often its speed ("refund landed in 4 days. Nice one").
_WAIT_CUES = frozenset({"on_hold", "still_waiting"})


_OUTAGE_LABEL: Final = ("outage", "failure")
_OUTAGE_CATEGORY: Final = ("outage",)
_FAILURE_LABEL: Final = ("failure",)


def _failure_evidence(norm: NormalisedText, tokset: frozenset[str], cues: list[str]) -> bool:
    """Something went wrong in the text: what makes an ironic "praise" a complaint."""
    if not NEGATIVE_EVENTS.isdisjoint(tokset) or not _FAILURE_CUES.isdisjoint(cues):
        return True
    # A problem word alone ("ticket") is not a failure: thanking for a fix is not ironic.
    return not IRONY_EMOJI.isdisjoint(tokset)


_default: Analyzer | None = None
_default_lock = threading.Lock()


def default_analyzer() -> Analyzer:
    """The process-wide analyzer with the packaged (or env-configured) model and keywords."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Analyzer()
    return _default


def analyse(norm: NormalisedText, lang: LanguageGuess, brand_known: bool = False) -> TextAnalysis:
    """Analyse one normalised mention with the default analyzer."""
    return default_analyzer().analyse(norm, lang, brand_known)
