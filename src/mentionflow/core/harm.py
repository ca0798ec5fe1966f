"""Harm and safety signal for one normalised mention, in en, es, fr, de, it and pt.

Two layers, so that neither one keyword list nor the sentiment label decides:

* **Concept lexicons** (`LEXICON`): multilingual word lists per concept (allergy, injury, fire
  and smoke, hospital, child, elderly, medical device, breach, fraud, self-harm, ...). The union
  of their *trigger* words is a frozenset; a mention whose tokens miss it entirely is no-harm
  after one C-level `isdisjoint` (the common path: well under a microsecond of work).
* **A small linear model** (`data/harm_model.json`, trained by `python -m
  mentionflow.tools.train_harm`): multinomial logistic regression over the concept-group indicators
  (and pairs of them) and word unigrams/bigrams: a harm-vs-none head whose probability is the
  score, a kind head and a severity head. Inference is plain dict lookups. The model is what tells "my son had an
  allergic reaction" from "allergic to Mondays".

`extract_features()` is the single definition of the model's features for training and
inference. `lang` only switches on the German compound check (Erdnussallergie,
Lebensmittelvergiftung): compounds hide the concept inside one long token.
"""

from __future__ import annotations

import math
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise, repeat
from pathlib import Path
from typing import Any, TypeVar, cast

import orjson

from mentionflow.core.elisions import elided
from mentionflow.core.harm_asides import ASIDE_IDIOMS, ASIDE_WORDS, aside_positions
from mentionflow.core.harm_child_met import child_not_met
from mentionflow.core.harm_company import context_sense
from mentionflow.core.harm_cue_phrases import CUE_PHRASES
from mentionflow.core.harm_despair import NO_POINT_ANCHORS, no_point_going_on
from mentionflow.core.harm_everyday import EVERYDAY_WORDS, everyday_positions
from mentionflow.core.harm_exposure import medicine_exposed
from mentionflow.core.harm_fed_up import FED_UP_ANCHORS, aimed_at_service
from mentionflow.core.harm_figures import FIGURE_WORDS, figure_positions, fraud_verdict
from mentionflow.core.harm_frames import DATA_AFTER_GOODS, DIE_OF, SINCE_BEFORE, benign_frame, unaddressed_chatter
from mentionflow.core.harm_handover import severe_loss
from mentionflow.core.harm_idioms import DISABLED_CONTEXT, IDIOMS, OTHERS_DATA_WORDS, PHRASE_CONTEXT, praise_kill
from mentionflow.core.harm_lexicon import (
    AUTH_NEGATIONS,
    AUTH_WORDS,
    IMPERSONATION,
    LEXICON,
    OTHER_PERSON_PAIRS,
    PHISHING_CARRIERS,
    SELF_HARM_PAIR_NOT_AFTER,
)
from mentionflow.core.harm_lexicon import COMMON_WORDS as _COMMON_WORDS
from mentionflow.core.harm_lexicon import CONTEXT_LEXICON as _CONTEXT_LEXICON
from mentionflow.core.harm_lexicon import DE_STEMS as _DE_STEMS
from mentionflow.core.harm_lexicon import PHRASE_GROUPS as _PHRASE_GROUPS
from mentionflow.core.harm_lexicon import SELF_HARM_PAIRS as _SELF_HARM_PAIRS
from mentionflow.core.harm_lexicon import SELF_HARM_TRIPLES as _SELF_HARM_TRIPLES
from mentionflow.core.harm_lexicon import STRANGER_DATA_WORDS as _STRANGER_DATA_WORDS
from mentionflow.core.harm_lexicon import STRANGER_PAIRS as _STRANGER_PAIRS
from mentionflow.core.harm_lexicon import words as _words
from mentionflow.core.harm_meds import DRUG_NAMES, named_drug_swapped
from mentionflow.core.harm_persons import (
    fraud_without_evidence,
    is_inconvenience,
    only_idioms,
    person_threshold,
    something_happened,
)
from mentionflow.core.harm_questions import asked
from mentionflow.core.harm_risks import AGE_TOKENS, risk_statement, written_ages
from mentionflow.core.harm_senses import (
    ALLERGIC,
    ENCLOSURES,
    ESSENTIALS_WORDS,
    GOODS,
    HIT_TARGETS,
    KILLABLE,
    MISSING_PAIRS,
    MONEY_MOVED,
    MONTHS,
    MONTHS_OF,
    NEAR_MISS,
    NOT_ALLERGENS,
    NOT_NEAR,
    OLD_AFTER_MONTHS,
    SANCTIONS,
    SOFTWARE,
    VIOLENT_THREAT,
    drop_signed_title,
    essentials_out,
    handed_to,
)
from mentionflow.core.harm_severity import (
    CALL_FOR_HELP_ANCHORS,
    CONDITIONAL,
    CRITICAL_MEDS,
    DOSES,
    GAS_CONTEXT,
    PERSON_ONLY_THRESHOLD,
    WARM_EMOJI,
    WARM_WORDS,
    WEAPONS,
    failed_emergency_call,
    food_poisoning,
    grave_now,
    lost,
    pen_only_carried,
    weapon_drawn,
)
from mentionflow.core.harm_sick_child import child_unwell
from mentionflow.core.harm_statements import ANCHORS as _STATEMENT_ANCHORS
from mentionflow.core.harm_statements import sim_swap, statement_kind
from mentionflow.core.harm_swaps import allergen_swapped, reaction_seen
from mentionflow.core.harm_threats import threat_signal
from mentionflow.core.text import NormalisedText

__all__ = [
    "HARM_KINDS",
    "LEXICON",
    "NO_HARM",
    "HarmModel",
    "HarmSignal",
    "concept_groups",
    "detect_harm",
    "extract_features",
    "is_inconvenience",
    "load_model",
    "model_from_dict",
]

HARM_KINDS = ("health", "physical_safety", "vulnerable_person", "data_exposure", "fraud", "self_harm")
SEVERITIES = ("severe", "elevated")
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "harm_model.json"
FORMAT = "mentionflow-harm/1"


@dataclass(frozen=True, slots=True)
class HarmSignal:
    kind: str | None  # None = no harm; else one of HARM_KINDS
    severity: str | None  # "severe" | "elevated" (None when kind is None)
    score: float  # 0..1, the model's probability that the mention reports harm or risk
    cues: tuple[str, ...]  # concept groups that fired, e.g. ("allergy", "child")
    # The only cue is a fraud word said as a verdict on a price ("these charges are a scam"):
    # no harm, and a billing grumble rather than a major problem (core/harm_figures.py).
    price_verdict: bool = False


NO_HARM = HarmSignal(None, None, 0.0, ())


def _anchor(words: tuple[str, ...]) -> str:
    """The word of a phrase that stands for it in the gate: not a common one, then the longest."""
    return min(words, key=lambda w: (w in _COMMON_WORDS, -len(w)))


# The rarer word of each pair: the pair loop runs only when one of them is present.
_SELF_HARM_ANCHORS = frozenset(_words("myself end die alive viviendo suicider vivre umbringen umzubringen leben"))
_SELF_HARM_ANCHORS |= frozenset(_words("matar viver desaparecer disparaître sparire sumir verschwinden"))
_DIE_WORDS = frozenset(_words("die morir muero mourir meurs sterben morire morrer"))
_ELISIONS = ("l", "d", "qu", "j", "dell", "all", "nell", "sull", "un")


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


_Phrase = TypeVar("_Phrase", tuple[str, str], tuple[str, str, str])


def _plain(phrase: _Phrase) -> _Phrase:
    return cast(_Phrase, tuple(map(_strip_accents, phrase)))


# People type without accents ("ya no quiero seguir aqui", "non ce la faccio piu"): every phrase
# table also holds its accent-free spelling, and the anchors are taken again over both.
_SELF_HARM_PAIRS = _SELF_HARM_PAIRS | frozenset(map(_plain, _SELF_HARM_PAIRS))
_SELF_HARM_TRIPLES = _SELF_HARM_TRIPLES | frozenset(map(_plain, _SELF_HARM_TRIPLES))
_PHRASE_GROUPS.update({_plain(k): v for k, v in list(_PHRASE_GROUPS.items())})
_PHRASE_GROUPS.update({cast(tuple[str, str], e): g for k, g in list(_PHRASE_GROUPS.items()) for e in elided({k})})
_SELF_HARM_PAIRS = _SELF_HARM_PAIRS | frozenset(cast(set[tuple[str, str]], elided(_SELF_HARM_PAIRS)))
_PHRASE_ANCHORS = frozenset(map(_anchor, _PHRASE_GROUPS))
_TRIPLE_ANCHORS = frozenset(map(_anchor, _SELF_HARM_TRIPLES))
_SELF_HARM_ANCHORS = _SELF_HARM_ANCHORS | frozenset(map(_strip_accents, _SELF_HARM_ANCHORS))
_PHRASE_CONTEXT = {**{_plain(k): v for k, v in PHRASE_CONTEXT.items()}, **PHRASE_CONTEXT}


# Accent-free spellings that are everyday words: "cliqué" is Portuguese "clique" (click!), "âgé" English
# "age" ("this day and age"), "vidé" French "vide" (empty), "piraté" English "pirate" ("pirate day").
_NO_PLAIN = frozenset(("clique", "age", "vide", "pirate"))


def _expand(words: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for w in words:
        for v in {w, _strip_accents(w)} - (_NO_PLAIN - {w}):
            out.add(v)
            if len(v) >= 5 and v[0] in "aeiouhàâäéèêëîïôöùûüáíóú":
                out.update(p + v for p in _ELISIONS)
    return out


def _word_to_groups(lexicon: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    acc: dict[str, list[str]] = {}
    for group, words in lexicon.items():
        for w in _expand(words):
            if group not in acc.setdefault(w, []):
                acc[w].append(group)
    return {w: tuple(gs) for w, gs in acc.items()}


_TRIGGER_GROUPS = _word_to_groups(LEXICON)
_CONTEXT_GROUPS = _word_to_groups(_CONTEXT_LEXICON)
TRIGGERS = frozenset(_TRIGGER_GROUPS)


# Trigger words that are common function words in another language ("son" = "they are" in
# Spanish, "his" in French; "dose" is a drink in Portuguese): dropped for that language.
_NOT_TRIGGERS_IN: dict[str, frozenset[str]] = {
    "es": frozenset(("son", "dose")),
    "fr": frozenset(("son", "pendant")),
    # Italian "autista" is a driver (the es/pt word for autistic), "l'autista" the driver.
    "it": frozenset(("son", "autista", "lautista", "dellautista", "allautista", "unautista")),
    "pt": frozenset(("dose",)),
}


# Trigger words of one language that are everyday words in the others: German "Kind" (child)
# and "Brand" (fire) are English "kind of", "so kind" and "a brand new phone"; Spanish "maní"
# (peanut) is Italian "mani" (hands); French "pain" is bread. Unlike the words above they stay
# tokens (so "kind" still counts as thanks and the model's word features are unchanged); they only
# never trigger outside their language. An unknown language (None) keeps them all.
_TRIGGER_ONLY_IN: dict[str, frozenset[str]] = {
    "kind": frozenset(("de",)),
    "brand": frozenset(("de",)),
    "mani": frozenset(("es",)),
    "kinder": frozenset(("de",)),  # English "be kinder"
    "opa": frozenset(("de",)),  # Portuguese and Spanish "opa!" (oops, hey) is no grandfather
    "golpe": frozenset(("pt",)),  # Portuguese scam; Spanish "de golpe" (all at once), a blow
    "bitten": frozenset(("en",)),  # German "wir bitten um" (we ask for)
    "dor": frozenset(("pt",)),  # Portuguese pain; French "d'or" (gold) once its apostrophe is gone
}
_NOT_TRIGGER_WORDS_IN: dict[str, frozenset[str]] = {"fr": frozenset(("pain",))}
_FOREIGN_TRIGGERS: dict[str, frozenset[str]] = {
    lang: frozenset(w for w, langs in _TRIGGER_ONLY_IN.items() if lang not in langs)
    | _NOT_TRIGGER_WORDS_IN.get(lang, frozenset())
    for lang in ("en", "es", "fr", "de", "it", "pt")
}


def harm_tokens(norm: NormalisedText, lang: str | None = None) -> tuple[str, ...]:
    # Hashtags carry words too ("#scam", "#foodpoisoning"); tokens exclude them.
    tokens = norm.tokens + tuple(h.lower() for h in norm.hashtags) if norm.hashtags else norm.tokens
    stop = _NOT_TRIGGERS_IN.get(lang or "")
    if stop is not None and not stop.isdisjoint(tokens):
        tokens = tuple(t for t in tokens if t not in stop)
    if "dr" in tokens:
        tokens = drop_signed_title(tokens)
    tokens = written_ages(tokens, norm.clean)  # "my granddaughter (8)", "my gran is 88": core/harm_risks.py
    if not FIGURE_WORDS.isdisjoint(tokens):  # "nobody was hurt", "la ropa de mi hijo": core/harm_figures.py
        figures = figure_positions(tokens, norm.clean.lower())
        tokens = tuple(t for i, t in enumerate(tokens) if i not in figures) if figures else tokens
    if not DRUG_NAMES.isdisjoint(tokens):  # "el paracetamol de otra persona": core/harm_meds.py
        tokens = named_drug_swapped(tokens)
    return tokens


_IDIOMS = dict(IDIOMS) | ASIDE_IDIOMS  # and harm words said in passing: core/harm_asides.py
_IDIOMS.update({_plain(k): v for k, v in list(_IDIOMS.items())})
# "the app crashed", "your site keeps crashing": a crash within three words of SOFTWARE.
_CRASH_WORDS = frozenset(_words("crash crashed crashing crashes"))
# "hit play", "clicked on the song", "the app would freeze", "block my screen": a click, a
# keypress or a frozen screen within three words (either side) of a device, app or media word
# is using software, not a collision or a fraud. "link" is no such word: clicking a link is how phishing is told.
_INTERFACE_TRIGGERS = frozenset(_words("hit clicked click freeze freezes block"))
_INTERFACE = frozenset(
    _words(
        "app apps system browser software wifi screen laptop phone iphone ipad android ios windows desktop "
        "computer computers pc mac tablet device "
        "button icon tab key play shuffle pause skip search refresh reload upgrade song songs track "
        "tracks playlist playlists music album video videos audio player spotify error "
        "save connect limit dm send enter submit login status website site"  # "hit save", "hit the limit"
    )
)
# "kills my battery", "killed the uninstaller", "kill the app": KILLABLE software, nobody hurt.
_KILL_WORDS = frozenset(_words("kill kills killed killing"))
# "it never crashed", "it hasn't crashed at all": a crash that did not happen.
_NEGATIONS = frozenset(_words("never not hasnt havent didnt doesnt dont wont isnt nt no"))
# Trigger words with an everyday sense that report harm only next to what they act on: "I don't
# recognise these payments" (not "doesn't recognise my password"), "a fake account / site /
# text" (not "the voucher was fake"), "freeze / block my card" (not "the app would freeze",
# "block certain artists"), a SIM swap, a smell of gas (not gas prices, "puits de gaz"):
# word -> (context words, how many tokens before, how many after). Without one of the context
# words in that window the word is neutralised like an idiom.
_PAYMENT_WORDS = frozenset(
    _words(
        "payment payments transaction transactions charge charges charged purchase purchases withdrawal "
        "withdrawals debit debits transfer transfers direct card account login logins device devices "
        "pagamenti pagamento addebito addebiti transazione transazioni movimenti"
    )
)
_BLOCKABLE = frozenset(_words("it card cards account accounts payment payments transactions debit number sim"))
_POSSESSIVES = frozenset(_words("my our his her their your ur mine"))
_NEEDS_NEAR: dict[str, tuple[frozenset[str], int, int]] = {
    **{w: (_PAYMENT_WORDS, 4, 4) for w in _words("recognise recognize recognised recognized riconosco")},
    "fake": (IMPERSONATION, 0, 3),
    **{w: (_BLOCKABLE, 0, 3) for w in _words("freeze block")},
    "swap": (frozenset(("sim",)), 2, 2),  # "SIM swap", "swap my SIM"
    # "clicked the link in the text", "got an SMS '...', clicked" is phishing; "clicked on an artist" is an
    # app. "not authorised" is fraud; "re-authorised Spotify", "authorize a waiver" are not. "un
    # faux conseiller", "SMS falso" impersonate; "c'est faux", "è falso" only say it is wrong.
    **{
        w: (PHISHING_CARRIERS, 12, 4)
        for w in _words(
            "clicked click cliqué geklickt cliccato clicado carreguei cliquei clicou clicó pinché cliccata cliccando"
        )
    },
    **{w: (AUTH_NEGATIONS, 3, 0) for w in AUTH_WORDS},
    **{w: (IMPERSONATION, 3, 3) for w in _words("faux fausse falso falsa falsos")},
    # English "son" follows a possessive ("my son", "our autistic son", "my 6 year old son");
    # French "son IBAN", "son compte" (his, her) and Spanish "son" (they are) never do.
    **{w: (_POSSESSIVES, 4, 0) for w in ("son", "sons")},  # "my son's foot" too; French "les sons" never
    "disabled": (DISABLED_CONTEXT, 2, 2),
    # "trapped in the lift", "trapped on the plane with no air": shut in somewhere; "trapped in
    # Houston since 7am", "kids trapped at home" are a stranded trip or a snow day.
    "trapped": (ENCLOSURES, 2, 4),
    **{w: (GAS_CONTEXT, 30, 30) for w in _words("gas gaz gás")},
}
# Self-harm words with everyday senses count only after a first-person subject or a wish
# ("I feel worthless", "can't cope", "want to disappear", "don't want to be alive").
_WEAK_SELF_HARM = frozenset(_words("alive cope disappear worthless burden hopeless"))
_FIRST_PERSON = frozenset(_words("i im ive id myself feel feeling felt want wanna cant"))
# "just hit 4 hours", "hit one hour": a wait reaching a length of time.
_DURATION = frozenset(_words("hour hours hr hrs hrs minutes mins min one two three four five six"))
_IDIOM_WORDS = (
    frozenset(pair[i] for pair, i in _IDIOMS.items())
    | ALLERGIC
    | {"throwing"}
    | _CRASH_WORDS
    | _INTERFACE_TRIGGERS
    | _KILL_WORDS
    | frozenset(_NEEDS_NEAR)
    | frozenset(NOT_NEAR)
    | _WEAK_SELF_HARM
    | {"hit"}
    | EVERYDAY_WORDS
    | ASIDE_WORDS
)


def _idiom_positions(toks: tuple[str, ...]) -> set[int]:
    """Positions of trigger words used in a figure of speech."""
    if _IDIOM_WORDS.isdisjoint(toks):
        return set()
    get = _IDIOMS.get
    found = {i + side for i, pair in enumerate(pairwise(toks)) if (side := get(pair, -1)) >= 0}
    for i, t in enumerate(toks[:-2]):
        if t in ALLERGIC and not NOT_ALLERGENS.isdisjoint(toks[i + 1 : i + 4]):
            found.add(i)  # "allergic to Mondays", "alérgico a las colas", "allergisch gegen Montage"
    if not _CRASH_WORDS.isdisjoint(toks):
        found.update(
            i
            for i, t in enumerate(toks)
            if t in _CRASH_WORDS
            and (
                not SOFTWARE.isdisjoint(toks[max(0, i - 3) : i])
                or not _INTERFACE.isdisjoint(toks[max(0, i - 3) : i + 6])  # "crashed when I opened the app"
                or not _NEGATIONS.isdisjoint(toks[max(0, i - 3) : i])
            )
        )
    if not _KILL_WORDS.isdisjoint(toks):
        found.update(
            i
            for i, t in enumerate(toks)
            if t in _KILL_WORDS and (not KILLABLE.isdisjoint(toks[max(0, i - 3) : i + 4]) or praise_kill(toks, i))
        )
    if not frozenset(_NEEDS_NEAR).isdisjoint(toks):
        for i, t in enumerate(toks):
            need = _NEEDS_NEAR.get(t)
            if need is not None and need[0].isdisjoint(toks[max(0, i - need[1]) : i + need[2] + 1]):
                found.add(i)
    if not frozenset(NOT_NEAR).isdisjoint(toks):
        for i, t in enumerate(toks):
            unless = NOT_NEAR.get(t)
            if (
                unless is not None
                and not unless[0].isdisjoint(toks[max(0, i - unless[1]) : i + unless[2] + 1])
                and (unless[0] is not SANCTIONS or VIOLENT_THREAT.isdisjoint(toks))
            ):
                found.add(i)
    if not _WEAK_SELF_HARM.isdisjoint(toks):
        # "your worthless app", "get me home alive", "#hopeless": said of a service, not of oneself.
        found.update(
            i for i, t in enumerate(toks) if t in _WEAK_SELF_HARM and _FIRST_PERSON.isdisjoint(toks[max(0, i - 4) : i])
        )
    if "hit" in toks and NEAR_MISS.isdisjoint(toks):
        # "a car hit my son", "a suitcase hit my wife", "hit by a bus", "I am safe": a blow lands on
        # someone or something; "hit JFK an hour early", "U2's hit", "got hit with a late fee",
        # "hit altitude", "hit his 20th homer" are arrivals, songs, charges and scores.
        # One blow in the text ("we hit turbulence ... she hit her head") keeps every "hit".
        loose = [i for i, t in enumerate(toks) if t == "hit" and HIT_TARGETS.isdisjoint(toks[max(0, i - 3) : i + 4])]
        if len(loose) == toks.count("hit"):
            found.update(loose)
    if not EVERYDAY_WORDS.isdisjoint(toks):  # "the button is disabled", "touched by the gesture"
        found |= everyday_positions(toks)
    if not ASIDE_WORDS.isdisjoint(toks):  # "delayed by a sick pilot", "stolen base": core/harm_asides.py
        found |= aside_positions(toks)
    if "throwing" in toks:
        # "throwing the bags around", "throwing shade": only "throwing up" is being sick.
        found.update(i for i, t in enumerate(toks) if t == "throwing" and toks[i + 1 : i + 2] != ("up",))
    if not _INTERFACE_TRIGGERS.isdisjoint(toks):
        for i, t in enumerate(toks):
            if t not in _INTERFACE_TRIGGERS:
                continue
            near_device = not _INTERFACE.isdisjoint(toks[max(0, i - 3) : i + 4])
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if near_device or (t == "hit" and (nxt.isdigit() or nxt in _DURATION)):
                found.add(i)
    return found


def concept_groups(tokens: Iterable[str], lang: str | None = None) -> list[str]:
    """Sorted concept groups (trigger and context) that the tokens touch."""
    found: set[str] = set()
    trig = _TRIGGER_GROUPS
    ctx = _CONTEXT_GROUPS
    tokens = tuple(tokens)
    idioms = _idiom_positions(tokens)
    if idioms:
        found.add("idiom")
    foreign = _FOREIGN_TRIGGERS.get(lang or "")
    if foreign is not None and foreign.isdisjoint(tokens):
        foreign = None
    for i, t in enumerate(tokens):
        gs = None if i in idioms or (foreign is not None and t in foreign) else trig.get(t)
        if gs:
            found.update(gs)
        gs = ctx.get(t)
        # German "Kind" is a child, not "so kind"; "own" is alone on "on her own", not in "bring my own";
        # "alone with two kids" is in company (core/harm_company.py)
        if gs and context_sense(tokens, i, lang):
            found.update(gs)
        if lang == "de" and len(t) > 9:
            for group, stems in _DE_STEMS.items():
                if any(s in t for s in stems):
                    found.add(group)
    if _states_self_harm(tokens):
        found.update(("self_harm", "self_harm_statement"))
    if "nobody" in found and any(p in MISSING_PAIRS for p in pairwise(tokens)):
        found.add("missing")
    found.update(_phrase_groups(tokens))
    found.update(_age_groups(tokens))
    if not ESSENTIALS_WORDS.isdisjoint(tokens) and essentials_out(tokens):
        found.add("essentials_out")
    return sorted(found)


_OTHERS_DATA = OTHERS_DATA_WORDS | _STRANGER_DATA_WORDS


def _in_context(toks: tuple[str, ...], i: int, pair: tuple[str, str]) -> bool:
    """Whether the phrase at i has the context PHRASE_CONTEXT asks of it ("if I was gone")."""
    need = _PHRASE_CONTEXT.get(pair)
    if need is None:
        return True
    before, after = need
    prev = toks[i - 1] if i else ""
    return (before is None or prev in before) and (after is None or not after.isdisjoint(toks[i + 2 : i + 6]))


def _phrase_groups(tokens: tuple[str, ...] | list[str] | Iterable[str]) -> list[str]:
    toks = tuple(tokens)
    if _PHRASE_ANCHORS.isdisjoint(toks):
        return []
    get = _PHRASE_GROUPS.get
    found = [(p, g) for i, p in enumerate(pairwise(toks)) if (g := get(p)) and _in_context(toks, i, p)]
    if not FED_UP_ANCHORS.isdisjoint(toks):  # "j'en peux plus de votre service": core/harm_fed_up.py
        found = [(p, g) for p, g in found if p not in aimed_at_service(toks)]
    if any(p in _WEAK_FRAUD_PHRASES for p, _ in found) and _FRAUD_OBJECTS.isdisjoint(toks) and not _names_amount(toks):
        # "the bags never made the plane", "responding to everyone else and not me".
        found = [(p, g) for p, g in found if p not in _WEAK_FRAUD_PHRASES]
    if any(p in OTHER_PERSON_PAIRS for p, _ in found) and not GOODS.isdisjoint(toks):
        # "what arrived was someone else's order": a wrong delivery, not their data on show.
        goods_after = {
            p
            for p, q, r in zip(pairwise(toks), toks[2:], (*toks[3:], ""), strict=False)
            if q in GOODS and r not in DATA_AFTER_GOODS
        }
        found = [(p, g) for p, g in found if p not in goods_after and not handed_to(toks, p)]
    if any(p in OTHER_PERSON_PAIRS for p, _ in found) and _OTHERS_DATA.isdisjoint(toks):
        # "other users have the same problem": someone else is named, none of their data.
        found = [(p, g) for p, g in found if p not in OTHER_PERSON_PAIRS]
    if any(p in _STRANGER_PAIRS for p, _ in found) and _STRANGER_DATA_WORDS.isdisjoint(toks):
        # "I spoke to a certain Marco": a stranger is named, but none of their data is seen.
        found = [(p, g) for p, g in found if p not in _STRANGER_PAIRS]
    return [g for _, g in found]


# "payments I never made", "it was not me": fraud only when money or an account is disowned.
_WEAK_FRAUD_PHRASES = frozenset(
    (ph, _plain(ph))[k]
    for ph in (
        ("didnt", "make"),
        ("never", "made"),
        ("not", "me"),
        ("never", "added"),
        # "a shop I don't know", "I don't remember buying": every fraud pair of CUE_PHRASES.
        *(p for p, g in CUE_PHRASES.items() if g == "fraud"),
    )
    for k in (0, 1)
)
_FRAUD_OBJECTS = (
    _PAYMENT_WORDS
    | MONEY_MOVED
    | frozenset(_words("money cash quid pounds dollars euros £ $ € changes purchase bought order orders loan sim"))
)


def _names_amount(toks: tuple[str, ...]) -> bool:
    """An amount of money written as one token: '3k', '399€', '1.200€', '£40'."""
    return any(t[:1].isdigit() and t[-1:] in _AMOUNT_ENDS for t in toks)


_AMOUNT_ENDS = frozenset("k€£$")


# "87 year old", "de 87 años", "87-jährige": a number of years before one of these words is an
# age; a very old or very young person is a vulnerable one. Evidence only, never a gate: being
# stranded with an 80-year-old parent is a complaint, not a safety case, without a harm word.
_AGE_WORDS = frozenset(_words("años ans anni anos jährige jähriger jährigen jähriges jahre jahren"))
_YEAR_WORDS = frozenset(("year", "years", "yr", "yrs"))
# English ages end in "old" ("85 year old"), the rarer word of the three.
_SAID_AGE = frozenset(("hes", "shes", "aged"))
_UNITS = frozenset(_words("minutes mins min hours hrs hr days weeks months years percent pounds quid euros k mb gb"))
_AGE_GATE = _AGE_WORDS | {"old"} | _SAID_AGE | frozenset(_words("meses mois mesi monate")) | AGE_TOKENS
_OLD_AGE = 75
_YOUNG_AGE = 12

_SINCE = SINCE_BEFORE  # "seit 8 Jahren", "depois de 8 anos"


_TENURE = frozenset(
    _words(
        "customer customers client clients cliente clienta clientes kunde kundin kunden member members socio "
        "membre you vosotros ustedes vous euch voi vocês voces bank banco banque "
        # "2 años de mal servicio", "3 ans de contrat", "5 Jahre Vertrag": years of a service
        "servicio service servizio serviço contrato contrat vertrag contratto "
        # "12 anni di fedeltà", "10 years of loyalty", "20 Jahre Treue": years of a custom
        "loyalty fidelidad lealtad fidélité fidelite treue kundentreue fedeltà fedelta fidelidade"
    )
)


def _compact_age(tok: str) -> int | None:
    """'79yo', '7yo', '6yr': an age written as one token."""
    for suffix in ("yo", "yr", "yrs"):
        if tok.endswith(suffix) and tok[: -len(suffix)].isdigit() and len(tok) - len(suffix) <= 3:
            return int(tok[: -len(suffix)])
    return None


def _age_groups(toks: tuple[str, ...]) -> list[str]:
    out = []
    for t in toks:
        if t[:1].isdigit() and (age := _compact_age(t)) is not None:
            if age >= _OLD_AGE:
                out.append("elderly")
            elif age <= _YOUNG_AGE:
                out.append("child")
    if _AGE_GATE.isdisjoint(toks):
        return out
    for i, (a, b) in enumerate(pairwise(toks)):
        if b in MONTHS and a.isdigit() and len(a) <= 2:
            after = toks[i + 2 : i + 3]
            if (after and after[0] in OLD_AFTER_MONTHS) or (i > 0 and toks[i - 1] in MONTHS_OF):
                out.append("child")
                continue
        is_age = b in _AGE_WORDS or (b in _YEAR_WORDS and toks[i + 2 : i + 3] in (("old",), ("olds",)))
        if a in _SAID_AGE and b.isdigit() and _UNITS.isdisjoint(toks[i + 2 : i + 3]):
            a, is_age = b, True  # "he's 79", "aged 84" (not "he's 20 minutes late")
        # "8 años con vosotros", "12 ans client", "12 anos de cliente": years as a customer (or of
        # a service or contract: "2 años de mal servicio"), or gone by ("depois de 8 anos").
        tenure = not _TENURE.isdisjoint(toks[i + 2 : i + 5]) or toks[max(0, i - 2) : i] in _SINCE
        if is_age and a.isdigit() and len(a) <= 3 and not tenure and toks[i - 1 : i] not in _SINCE:
            age = int(a)
            if age >= _OLD_AGE:
                out.append("elderly")
            elif age <= _YOUNG_AGE:
                out.append("child")
    return out


def mentions_a_and_e(clean: str) -> bool:
    # "A&E" (the UK emergency department) tokenises to "a", "e": read it from the text.
    return "A&E" in clean or "a&e" in clean


# "in the end it was the laptop", "l'espoir de vivre mieux": the pair follows a noun's article.
_PAIR_NOT_AFTER = {p: {tuple(w.split()) for w in ws} for p, ws in SELF_HARM_PAIR_NOT_AFTER.items()}


def _states_self_harm(tokens: tuple[str, ...] | list[str] | Iterable[str]) -> bool:
    toks = tuple(tokens)
    if no_point_going_on(toks):  # "no point going on", "keinen Sinn mehr weiterzumachen"
        return True
    if any(p in DIE_OF for p in pairwise(toks)):
        toks = tuple(t for t in toks if t not in _DIE_WORDS)
    if not _SELF_HARM_ANCHORS.isdisjoint(toks) and any(
        p in _SELF_HARM_PAIRS
        and toks[i - 1 : i] not in (no := _PAIR_NOT_AFTER.get(p, ()))
        and (i < 2 or toks[i - 2 : i] not in no)  # "what a time to be alive"
        for i, p in enumerate(pairwise(toks))
    ):
        return True
    if not _TRIPLE_ANCHORS.isdisjoint(toks):
        return any(t in _SELF_HARM_TRIPLES for t in zip(toks, toks[1:], toks[2:], strict=False))
    return False


def has_trigger(tokens: tuple[str, ...], lang: str | None) -> bool:
    if lang != "de" and _GATE_WORDS.isdisjoint(tokens):
        return False  # the common path: one C-level set test
    foreign = _FOREIGN_TRIGGERS.get(lang or "")
    if foreign is not None and not foreign.isdisjoint(tokens):
        tokens = tuple(t for t in tokens if t not in foreign)
    if not TRIGGERS.isdisjoint(tokens):
        return True
    if _states_self_harm(tokens) or _phrase_groups(tokens):
        return True
    if not _AGE_GATE.isdisjoint(tokens) and _age_groups(tokens):
        return True  # "mi padre (84 años) ... solo dentro del avión": a very old or young person
    if lang == "de":
        return any(len(t) > 9 and any(s in t for ss in _DE_STEMS.values() for s in ss) for t in tokens)
    return False


# Function words carry no harm and only count how wordy a text is (reports of harm written for
# this set ran longer than its hard negatives): no unigram features of their own.
_STOPWORDS = frozenset(
    _words(
        "the a an and or but on in at to of for with from by is are was were be been it its this that "
        "my our your we i me you he she they them his her their so just as up if then than there here "
        "have has had do did does will would about all any some very too also get got into over when what "
        "el la los las un una y o de del en con por para al que es son fue mi mis tu su sus nos se lo le "
        "te ya muy más pero esta está estas este estos "
        "como le les une et ou des du dans avec pour par au aux qui est sont mon ma mes "
        "ton ta sa ses nous vous on ce il elle je ne pas très mais comme der die das den dem des ein eine "
        "einen einem und oder im mit für von zu zum zur auf an am ist sind war mein meine meinen ich du er "
        "sie es wir ihr so auch noch schon aber wie bei nach il lo gli della dei da alla che è sono mio mia "
        "miei si ci mi ti più ma os as um uma do da dos das em no na com ao são meu minha meus mas "
    )
)
_TRIGGER_ONLY = frozenset(LEXICON)
_PERSON_GROUPS = frozenset(("child", "elderly", "disability", "pregnancy", "carer"))
# Every word that can open the gate: triggers and the anchors of the phrase checks.
# (and the age words: "84 años" is an elderly person without a harm word)
_GATE_WORDS = (
    TRIGGERS | _SELF_HARM_ANCHORS | _TRIPLE_ANCHORS | _PHRASE_ANCHORS | _AGE_GATE | NO_POINT_ANCHORS | DRUG_NAMES
)


def extract_features(
    tokens: tuple[str, ...], lang: str | None, question: bool = False
) -> tuple[list[str], tuple[str, ...]]:
    """(model features, trigger cue groups) of a mention's harm tokens.

    Features: "g:<group>" per concept group, "gg:<a>+<b>" per pair of groups, "ncues:<n>" (how
    many trigger groups fired, capped at 3), "len:short|mid|long" (a report of harm is rarely
    six words), "w:<token>" and "b:<tok> <tok>"; `question` adds the group "qmark" (a "?" in the text: a
    question about a policy is rarely a report of harm). Training and inference both call this."""
    groups = concept_groups(tokens, lang)
    n_cues = sum(1 for g in groups if g in _TRIGGER_ONLY or g == "others_data")
    triggers = [g for g in groups if g in _TRIGGER_ONLY or g == "others_data"]
    if triggers and all(g in _PERSON_GROUPS for g in triggers):
        # Only who is there (kids, a grandmother, a wheelchair user), nothing that happened to
        # them: "two kids, no hotel" is an inconvenience unless the rest of the text says more.
        groups.append("person_only")
    if question:
        groups.append("qmark")
    n_words = len(tokens)
    length = "short" if n_words <= 6 else "mid" if n_words <= 14 else "long"
    feats = ["bias", f"ncues:{min(n_cues, 3)}", "len:" + length]
    feats.extend("g:" + g for g in groups)
    feats.extend(f"gg:{a}+{b}" for i, a in enumerate(groups) for b in groups[i + 1 :])
    stop = _STOPWORDS
    feats.extend("w:" + t for t in tokens if t not in stop)
    feats.extend(f"b:{a} {b}" for a, b in pairwise(tokens) if a not in stop or b not in stop)
    cues = tuple(g for g in groups if g in _TRIGGER_ONLY or g == "others_data")
    return feats, cues


@dataclass(frozen=True, slots=True)
class HarmModel:
    """Three linear heads as feature -> weight dicts, so scoring is C-level `map` sums:
    harm vs none (its probability is the score, cut at `threshold`), one dict per kind, and
    severe vs elevated."""

    kinds: tuple[str, ...]
    harm_weights: dict[str, float]
    kind_weights: tuple[dict[str, float], ...]
    severity_weights: dict[str, float]
    threshold: float
    meta: dict[str, Any]

    def harm_probability(self, fs: set[str]) -> float:
        z = sum(map(self.harm_weights.get, fs, repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))

    def kind_and_severe(self, fs: set[str]) -> tuple[str, float]:
        """(most likely kind, probability that the harm is severe)."""
        zeros = repeat(0.0)
        logits = [sum(map(d.get, fs, zeros)) for d in self.kind_weights]
        best = max(range(len(logits)), key=logits.__getitem__)
        z = sum(map(self.severity_weights.get, fs, zeros))
        return self.kinds[best], 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


def load_model(path: Path | None = None) -> HarmModel:
    raw = orjson.loads((path or MODEL_PATH).read_bytes())
    if raw.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} model: {path or MODEL_PATH}")
    return model_from_dict(raw)


def model_from_dict(raw: dict[str, Any]) -> HarmModel:
    """A model from its JSON form (what `load_model` reads; the trainer's cross-validation too)."""
    kinds = tuple(raw["kinds"])
    return HarmModel(
        kinds=kinds,
        harm_weights=dict(raw["harm_weights"]),
        kind_weights=tuple({f: w[i] for f, w in raw["kind_weights"].items() if w[i]} for i in range(len(kinds))),
        severity_weights=dict(raw["severity_weights"]),
        threshold=float(raw["threshold"]),
        meta=raw.get("meta", {}),
    )


# Evidence that harm happened or is happening now (the brief's "severe"): hospital/A&E, an
# injury, a device down, a first-person self-harm statement. A vulnerable person alone and stranded is in danger now.
_SEVERE_GROUPS = frozenset(
    {"g:medical_care", "g:injury", "gg:medical_device+outage", "g:self_harm_statement", "gg:fire_smoke+now"}
)

_ALLERGY_GROUPS = frozenset(("g:allergen", "g:allergy"))
# An adrenaline pen used or anaphylaxis: the allergic reaction happened and was grave.
_ANAPHYLAXIS = frozenset(("w:epipen", "w:epipens", "w:anaphylaxis", "w:anaphylactic", "w:anaphylaxie", "w:anafilaxia"))

# Cue groups whose words double as praise slang ("sick", "malade", "krank"), and the emoji that
# mark a text as hype rather than a report of being unwell.
_SLANG_CUES = frozenset(("illness", "child", "elderly"))  # "crew were sick 🔥🔥 my toddler screamed ..."
_HYPE_EMOJI = frozenset(_words("🔥 💯 🤩 😍 🙌 👌 😎 🤙 🚀 🥳 🐐"))

# Freezing or blocking a card is a routine how-to ("how do I freeze my card?") or the customer's
# own precaution ("lost my wallet, can you block my card", "soll ich die Karte sperren lassen?"):
# alone it raises no fraud alarm. It does with any other sign of fraud: another fraud word, a
# stranger or someone else, or money that moved ("3 cargos ... bloqueadla", "altro prelievo").
_PRECAUTION_PREFIXES = ("freez", "froze", "block", "bloqu", "blocc", "sperr")
_NOT_A_PRECAUTION = frozenset(("g:other_person", "g:stranger"))


def _only_a_precaution(tokens: tuple[str, ...], fs: set[str]) -> bool:
    """The fraud cue is only a card freeze or block, with no other sign of fraud."""
    fraud = [t for t in tokens if "fraud" in _TRIGGER_GROUPS.get(t, ())]
    return (
        bool(fraud)
        and all(t.startswith(_PRECAUTION_PREFIXES) for t in fraud)
        and MONEY_MOVED.isdisjoint(tokens)
        and _NOT_A_PRECAUTION.isdisjoint(fs)
    )


_model: HarmModel | None = None
_model_lock = threading.Lock()


def default_model() -> HarmModel:
    global _model
    if _model is None:
        with _model_lock:
            if _model is None:
                _model = load_model()
    return _model


def detect_harm(
    norm: NormalisedText,
    lang: str | None,
    model: HarmModel | None = None,
    brand_known: bool = False,
    sarcastic: bool = False,
) -> HarmSignal:
    """Harm signal of one mention; independent of the sentiment label. `brand_known`: the
    pipeline resolved the brand the mention is about (a platform mention, a named handle, alias
    or hashtag); without it a text that addresses no @handle and links its harm words to no
    service is read as news or chatter (core/harm_frames.py, `unaddressed_chatter`). `sarcastic`:
    the text analysis found sarcasm, so its thanks and warm emoji are not meant and the harm is
    judged as said literally ("great job 👏 my wheelchair stayed in Palma")."""
    tokens = norm.tokens
    clean = norm.clean
    if not CALL_FOR_HELP_ANCHORS.isdisjoint(tokens) and failed_emergency_call(tokens):
        # "couldn't call 999 IF I needed to" is a risk, not a life at risk now.
        severity = "elevated" if not CONDITIONAL.isdisjoint(tokens) else "severe"
        return HarmSignal("physical_safety", severity, 1.0, ("emergency_call",))
    if not WEAPONS.isdisjoint(tokens) and weapon_drawn(tokens):
        return HarmSignal("physical_safety", "severe", 1.0, ("weapon",))
    if child_not_met(tokens):  # a child off a flight not at the gate: core/harm_child_met.py
        return HarmSignal("vulnerable_person", "severe", 1.0, ("child_not_met",))
    if (threat := threat_signal(tokens, brand_known or bool(norm.handles))) is not None:
        return HarmSignal(*threat)  # a bomb threat, a literal near miss: core/harm_threats.py
    a_and_e = "&" in clean and mentions_a_and_e(clean)
    stated = None if _STATEMENT_ANCHORS.isdisjoint(tokens) else statement_kind(tokens, clean)
    risk = None if stated is not None else risk_statement(tokens, clean, lang, brand_known, norm.handles)
    stated = risk[0] if risk is not None else stated
    if stated is None and not (norm.hashtags or a_and_e) and lang != "de" and _GATE_WORDS.isdisjoint(tokens):
        return NO_HARM  # the common path, inlined: two C-level set tests
    tokens = harm_tokens(norm, lang)
    if a_and_e:
        tokens = (*tokens, "hospital")
    elif stated is None and not has_trigger(tokens, lang):
        return NO_HARM
    m = model or default_model()
    feats, cues = extract_features(tokens, lang, question := asked(tokens, clean))
    fs = set(feats)
    if sarcastic:
        fs.discard("g:thanks")
    if stated is not None and "g:self_harm_statement" not in fs:
        # Money gone without the customer, a code handed to an impostor, a scammed elderly
        # parent, a card number in public (core/harm_statements.py): never left to the model.
        p_severe = m.kind_and_severe(fs)[1] if stated == "fraud" else 0.75 * bool(_SEVERE_GROUPS & fs)
        if (stated == "fraud" and (sim_swap(tokens, clean) or severe_loss(tokens))) or (risk is not None and risk[1]):
            p_severe = 1.0  # codes and resets being taken, or the money gone (core/harm_handover.py)
        sev = "severe" if p_severe >= 0.5 else "elevated"
        return HarmSignal(
            stated, sev, round(max(m.harm_probability(fs), m.threshold), 4), cues if stated in cues else (*cues, stated)
        )
    if cues == ("fraud",) and (verdict := fraud_verdict(tokens, cues, clean)) is not None:
        return HarmSignal(None, None, 0.0, cues, verdict == "price")  # "15 € a month, a scam", "your scam"
    # An unaccompanied child nobody can find, a gas leak, a child locked in a car: never an
    # inconvenience nor a benign frame (the model still weighs it: "my son locked his toy car in the suitcase").
    grave = grave_now(tokens, fs)
    swapped = allergen_swapped(tokens, clean) or reaction_seen(tokens, fs)  # a swap, or "sesame ... lips a bit puffy"
    warm = not sarcastic and (not WARM_EMOJI.isdisjoint(norm.emojis) or not _HYPE_EMOJI.isdisjoint(norm.emojis))
    if not (grave or swapped) and (
        is_inconvenience(fs, tokens)
        or (cues and benign_frame(tokens, cues, fs, question, warm, lang))
        or (not brand_known and unaddressed_chatter(tokens, norm.handles, fs, clean, lang))
    ):
        return HarmSignal(None, None, 0.0, cues)  # see is_inconvenience and core/harm_frames.py
    if cues == ("fraud",) and _only_a_precaution(tokens, fs):
        return HarmSignal(None, None, 0.0, cues)  # "how do I freeze my card?": no alarm
    if "illness" in cues and _SLANG_CUES.issuperset(cues) and not _HYPE_EMOJI.isdisjoint(norm.emojis):
        # "that set was sick 🔥", "malade ce son 🤩": hype, not illness.
        return HarmSignal(None, None, 0.0, cues)
    harm_p = m.harm_probability(fs)
    if "g:self_harm_statement" in fs:
        # "kill myself", "end it all": never left to the model (a miss costs far more than a false alarm).
        return HarmSignal("self_harm", "severe", round(max(harm_p, m.threshold), 4), cues)
    # Insulin or an adrenaline pen in a lost bag: a health risk however calmly it is told
    # ("nada grave eh ... dentro va mi insulina"), severe when the doses are running out.
    # Or left in the snow (core/harm_exposure.py), or a baby "burning up" (core/harm_sick_child.py).
    critical_med = (not CRITICAL_MEDS.isdisjoint(tokens) and lost(tokens)) or food_poisoning(tokens)
    critical_med = critical_med or medicine_exposed(tokens) or child_unwell(tokens, fs) or swapped
    # An infant stranded with no formula or nappies left: a vulnerable person without what they need.
    stranded_infant = "g:essentials_out" in fs and "g:child" in fs and "g:disruption" in fs
    # Only who was there (a son, a grandmother of 90) and nothing that happened to them: the
    # model's low threshold is for harm words; a person alone needs it to be likely.
    warm = "g:thanks" in fs or not (sarcastic or (WARM_EMOJI.isdisjoint(norm.emojis) and WARM_WORDS.isdisjoint(tokens)))
    threshold = person_threshold(tokens, fs, warm, m.threshold, PERSON_ONLY_THRESHOLD)  # core/harm_persons.py
    # An allergen and a trip to A&E (or an adrenaline pen used): the reaction happened, however
    # sarcastic the thanks round it ("thanks for the bonus peanut garnish ... a trip to A&E").
    pen_used = not _ANAPHYLAXIS.isdisjoint(fs) and not pen_only_carried(tokens)  # not "can I bring my EpiPen?"
    reaction = not _ALLERGY_GROUPS.isdisjoint(fs) and ("g:medical_care" in fs or pen_used)
    if (harm_p < threshold or only_idioms(cues, fs)) and not (critical_med or reaction or stranded_infant):
        return HarmSignal(None, None, round(harm_p, 4), cues)
    kind, p_severe = m.kind_and_severe(fs)
    if kind == "fraud" and fraud_without_evidence(tokens, fs):  # "mia nonna ha 90 anni" is no scam
        if not something_happened(tokens, fs):
            return HarmSignal(None, None, round(harm_p, 4), cues)
        kind = "vulnerable_person"  # "cut off the heating to my 87 year old neighbour, she lives by herself"
    if stranded_infant:
        harm_p = max(harm_p, m.threshold)
        kind = "vulnerable_person"
    if reaction:
        harm_p = max(harm_p, m.threshold)
        if kind not in ("health", "vulnerable_person"):
            kind = "health"
    if critical_med:
        harm_p = max(harm_p, m.threshold)
        if kind not in ("health", "vulnerable_person"):
            kind = "health"
        if not DOSES.isdisjoint(tokens):
            p_severe = max(p_severe, 0.75)
    if _SEVERE_GROUPS & fs or (kind == "vulnerable_person" and "g:alone" in fs) or pen_used or grave:
        p_severe = max(p_severe, 0.75)  # harm happened or is happening: see _SEVERE_GROUPS
    # Self-harm is always severe: a person at risk now.
    severity = "severe" if kind == "self_harm" or p_severe >= 0.5 else "elevated"
    return HarmSignal(kind, severity, round(harm_p, 4), cues)
