"""Triage signals: press, legal, regulator, data requests, churn, feedback, purchase intent,
waiting, thanks and resolution, from the operator-editable phrase file ``data/signals.yaml``.

Phrases are matched as whole words over the normalised tokens (the same tokenisation as the
models: lower case, apostrophes dropped), in any supported language. A mention whose tokens
start no phrase costs one C-level set test.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from mentionflow.core.churn_compared import rival_compared
from mentionflow.core.churn_move import CARRY_NAMED, carried_to_named, carried_to_rival
from mentionflow.core.churn_negation import negated_churn
from mentionflow.core.churn_open import OPENING, opened_at_rival
from mentionflow.core.datafiles import Lazy, read_yaml
from mentionflow.core.keywords import fold_accents
from mentionflow.core.slang import has_laugh
from mentionflow.core.text import USER_TOKEN, NormalisedText, normalise

DEFAULT_SIGNALS_PATH: Final = Path(__file__).resolve().parent.parent / "data" / "signals.yaml"
SIGNALS: Final = (
    "press",
    "legal",
    "regulator",
    "data_request",
    "churn",
    "feedback",
    "purchase",
    "waiting",
    "thanks",
    "resolved",
    "spam",
    "new_topic",
    "self_service_failed",
)
MAX_PHRASE_WORDS: Final = 4
# A phrase may name a placeholder ("me voy a {competitor}"), one phrase per value of the file's
# `placeholders` list: a value may add up to two words.
_PLACEHOLDER_RE: Final = re.compile(r"\{([a-z_]+)\}")


class SignalsError(ValueError):
    """The signals file is invalid; the message names the signal."""


@dataclass(frozen=True, slots=True)
class SignalLexicon:
    # one-word phrases: word -> signals (and the "unless" ones apart)
    words: Mapping[str, frozenset[str]]
    unless_words: Mapping[str, frozenset[str]]
    # longer phrases by their first two words -> ((phrase tokens, signal, is_unless), ...): a text
    # repeating a phrase's first word (20,000 chars of "a:") costs one dict probe per repeat, not
    # one slice per phrase that starts with it (~100 ms; mentionflow bench --only adversarial)
    index: Mapping[tuple[str, str], tuple[tuple[tuple[str, ...], str, bool], ...]]
    starts: frozenset[str]  # every word that begins a phrase
    firsts: frozenset[str]  # every word that begins a phrase of two words or more
    rivals: frozenset[str] = frozenset()  # one-word competitor names (churn_move.py)

    def detect(self, tokens: tuple[str, ...], named: frozenset[str] = frozenset()) -> list[str]:
        """The signals raised by ``tokens``, in SIGNALS order. ``named``: the words the writer
        capitalised, the brand's own names left out: a holding carried to one of them, or an
        account opened with one, is a move to a rival the list does not hold."""
        hits = self.starts.intersection(tokens)  # C-level: most mentions stop here
        wish = not _WISH_BE.isdisjoint(tokens) and conditional_wish(tokens)
        joining = not _JOIN_YOU.isdisjoint(tokens) and moving_to_you(tokens)
        carried = carried_to_rival(tokens, self.rivals) if self.rivals else None
        if carried is None:
            # "moving our 4 lines to Smarty", "opening a Monzo account tonight" (churn_move.py, churn_open.py)
            carried = carried_to_named(tokens, named - self.rivals) or opened_at_rival(tokens, self.rivals, named)
        if not hits and not joining and carried is None:
            return ["feedback"] if wish else []
        found: set[str] = {"feedback"} if wish else set()
        cancelled: set[str] = set()
        if joining:  # "moving our phones to you": a lead, and no churn
            found.add("purchase")
            cancelled.add("churn")
        for tok in hits:
            found |= self.words.get(tok, _NONE)
            cancelled |= self.unless_words.get(tok, _NONE)
        index = self.index
        if not hits.isdisjoint(self.firsts):
            last = len(tokens) - 1
            for i, tok in enumerate(tokens):
                if tok in hits and i < last:
                    for phrase, signal, unless in index.get((tok, tokens[i + 1]), ()):
                        if tokens[i : i + len(phrase)] == phrase:
                            (cancelled if unless else found).add(signal)
        if carried is not None:
            found.add("churn")  # "moving the lot to Starling" (churn_move.py)
        found -= cancelled
        if "resolved" in found and not _NEGATORS.isdisjoint(tokens) and self._fix_denied(tokens):
            found.discard("resolved")  # "mi maleta no ha llegado", "ainda não chegou": no fix at all
        if "churn" in found:  # the spans only matter to a churn found (a scan of every token)
            spans = self._spans(tokens) + ([carried] if carried is not None else [])
            if negated_churn(tokens, spans):
                found.discard("churn")  # "não vou mudar de operadora": loyalty (churn_negation.py)
            elif rival_compared(tokens, spans):
                found.discard("churn")  # "compared to the competition": a yardstick (churn_compared.py)
        return [s for s in SIGNALS if s in found] if found else []

    def _spans(self, tokens: tuple[str, ...], kind: str = "churn") -> list[tuple[int, int]]:
        """(start, length) of each phrase (or word) of signal ``kind`` in ``tokens``."""
        spans: list[tuple[int, int]] = []
        for i, tok in enumerate(tokens):
            if kind in self.words.get(tok, _NONE):
                spans.append((i, 1))
            if i + 1 < len(tokens):
                for phrase, signal, unless in self.index.get((tok, tokens[i + 1]), ()):
                    if signal == kind and not unless and tokens[i : i + len(phrase)] == phrase:
                        spans.append((i, len(phrase)))
        return spans

    def _fix_denied(self, tokens: tuple[str, ...]) -> bool:
        """Every fix phrase follows a negator, at most a clitic or an auxiliary between ("no ha llegado",
        "tampoco ha llegado", "não chegou", "non mi è arrivato", "still not sorted")."""
        spans = self._spans(tokens, "resolved")
        for start, _ in spans:
            before = tokens[max(0, start - 2) : start]
            if not before or not (
                before[-1] in _NEGATORS or (len(before) == 2 and before[0] in _NEGATORS and before[1] in _BETWEEN_NEG)
            ):
                return False
        return bool(spans)


_NONE: frozenset[str] = frozenset()
# A fix denied: "no", "não", "tampoco", "non", "nicht" before it.
_NEGATORS: Final = frozenset(
    {"no", "not", "never", "não", "nao", "non", "tampoco", "nunca", "jamais", "pas", "nicht", "nie", "mai", "nem"}
    # "nada resolvido", "nothing sorted", "rien de réglé", "nichts gelöst", "niente risolto"
    | {"nada", "nothing", "rien", "nichts", "niente", "nulla"}
)
_BETWEEN_NEG: Final = frozenset(
    {"me", "mi", "te", "ti", "se", "si", "le", "lo", "la", "nos", "ci", "ha", "han", "he", "è", "ist", "sind", "has"}
    | {"have", "been", "yet", "still", "ainda", "aún", "aun", "todavía", "todavia", "ancora", "noch", "encore", "de"}
)

# A wish said as a condition, in every language: a conditional "be", up to three words (an
# adverb, an adjective: "echt nice", "muito bom"), then "if" / "that" ("it'd be great if",
# "sería genial que", "ce serait top si", "wär echt nice wenn", "sarebbe bellissimo se", "era
# ótimo se"). The phrase list in signals.yaml names the common ones; this is the family.
_WISH_BE: Final = frozenset(
    {"would", "d", "itd", "thatd", "sería", "seria", "estaría", "estaria", "serait", "wäre", "wär", "wärs", "wäres"}
    | {"sarebbe", "sarebbero", "era", "ficava", "seriam", "serían", "seraient", "wären"}
)
WISH_BE: Final = _WISH_BE  # (core/wished_fix.py)
_WISH_IF: Final = frozenset(("if", "si", "que", "wenn", "falls", "se", "dass", "qu", "sil", "che"))
# "would be", "d be": English needs its "be"; the others are the verb.
_WISH_EN_BE: Final = frozenset(("be", "b"))  # "would b awesome if": texting spelling
_WISH_EN: Final = frozenset(("would", "d", "itd", "thatd"))
_WISH_GAP: Final = 4
_WISH_THAT: Final = frozenset(("que", "che", "qu", "dass"))
_WISH_PAST: Final = frozenset(("era", "ficava"))
_COMPARATIVES: Final = frozenset(
    {"better", "worse", "more", "less", "mejor", "peor", "más", "mas", "menos", "mieux", "pire", "plus", "moins"}
    | {"besser", "mehr", "weniger", "meglio", "peggio", "più", "meno", "melhor", "pior", "mais"}
)
# "I'd be grateful if you refunded me": the speaker's own feeling makes it a request, not a wish.
_WISH_NOT: Final = frozenset(
    {"grateful", "thankful", "happy", "glad", "agradecido", "agradecida", "reconnaissant", "reconnaissante"}
    | {"dankbar", "grato", "grata", "felice", "feliz", "contento", "contenta", "heureux", "heureuse", "froh"}
)


def conditional_wish(tokens: tuple[str, ...]) -> bool:
    """A conditional wish ("would be great if", "wär echt nice wenn"): a conditional "be", a short
    gap (at least one word: the judgement), then "if"/"that"."""
    return wish_clause(tokens) >= 0


def wish_clause(tokens: tuple[str, ...]) -> int:
    """The index of the "if"/"that" of the first conditional wish in ``tokens`` (what is wished
    follows it), or -1."""
    last = len(tokens)
    for i, tok in enumerate(tokens):
        if tok not in _WISH_BE:
            continue
        j = i + 1
        if tok in _WISH_EN:
            if j >= last or tokens[j] not in _WISH_EN_BE:
                continue
            j += 1
        for k in range(j + 1, min(j + 1 + _WISH_GAP, last)):
            if tokens[k] in _WISH_IF:
                # "era" is also "was": with "se" only. "que"/"che" after a comparative is "than"
                # ("era melhor que o anterior", "serait plus rapide que").
                than = tokens[k] in _WISH_THAT and (tok in _WISH_PAST or not _COMPARATIVES.isdisjoint(tokens[j:k]))
                if not than and _WISH_NOT.isdisjoint(tokens[j:k]):
                    return k
                break
    return -1


# A move towards the brand, in every language: a verb of moving or switching, a few words (what
# moves: "our phones", "mi nómina", "toute la famille"), then "to you" ("thinking of moving our
# phones to you", "quiero pasar mi nómina a vosotros", "je pense basculer mes comptes chez vous",
# "überlege mit der Firma zu euch zu wechseln"). Not "send"/"bring"/"transfer": those carry a
# thing or money to the brand ("bring the phone to you for repair"), no customer.
_MOVE_VERBS: Final = frozenset(
    {"move", "moving", "switch", "switching", "port", "porting"}
    | {"pasar", "pasarme", "pasarnos", "cambiar", "cambiarme", "cambiarnos", "mover", "portar"}
    | {"passer", "basculer", "changer", "migrer", "wechseln", "wechsle", "wechsel", "umziehen", "portieren"}
    | {"passare", "spostare", "cambiare", "migrare", "mudar", "passar", "migrar"}
)
# (first word of the "to you", "you") pairs; German "zu euch wechseln" puts the verb last.
_JOIN_PAIRS: Final = frozenset(
    {("to", "you"), ("a", "vosotros"), ("con", "vosotros"), ("a", "ustedes"), ("con", "ustedes")}
    | {("chez", "vous"), ("zu", "euch"), ("zu", "ihnen"), ("da", "voi"), ("a", "voi"), ("con", "voi")}
    | {("para", "vocês"), ("pra", "vocês"), ("para", "voces"), ("pra", "voces"), ("para", "vós")}
)
_JOIN_YOU: Final = frozenset(you for _, you in _JOIN_PAIRS)
_JOIN_GAP: Final = 4


def moving_to_you(tokens: tuple[str, ...]) -> bool:
    """A move towards the addressee: a moving verb and "to you" at most ``_JOIN_GAP`` words
    apart, in either order ("moving our lines to you", "zu euch zu wechseln")."""
    last = len(tokens) - 1
    for i, tok in enumerate(tokens):
        if tok in _JOIN_YOU and i > 0 and (tokens[i - 1], tok) in _JOIN_PAIRS:
            # "moving our family over to you": "over" belongs to the "to you".
            at = i - 2 if i > 1 and tokens[i - 2] == "over" else i - 1
            lo, hi = max(0, at - 1 - _JOIN_GAP), min(last, i + 1 + _JOIN_GAP)
            if not _MOVE_VERBS.isdisjoint(tokens[lo:at]) or not _MOVE_VERBS.isdisjoint(tokens[i + 1 : hi + 1]):
                return True
    return False


# A move already made ("since I switched to", "seit ich gewechselt bin zu", "depuis que je suis
# passé chez"), beside the verbs of ``_MOVE_VERBS``; "wechsel" is also the noun ("seit dem Wechsel zu").
_MOVED: Final = _MOVE_VERBS | frozenset(
    {"switched", "moved", "ported", "migrated", "joined", "changed", "came", "coming", "come", "over"}
    | {"cambié", "cambie", "cambiado", "pasé", "pase", "pasado", "portado", "pasarse", "cambiarse"}
    | {"passé", "passée", "passés", "changé", "migré", "basculé", "gewechselt", "umgezogen", "portiert"}
    | {"passato", "passata", "passati", "cambiato", "cambiata", "spostato", "mudei", "passei", "mudou"}
    | {"mudámos", "mudamos", "passámos", "passamos", "migrei", "paso", "passe", "passo", "cambio", "mudo"}
)
# What comes before the brand's handle in a move towards it: "to @brand", "zu @brand", "chez @brand";
# "left Orange for @brand", "changer d'opérateur pour @brand": the one chosen instead.
_TOWARDS: Final = frozenset(
    {"to", "a", "al", "con", "chez", "vers", "zu", "da", "para", "pra", "pro", "for", "pour", "por", "per", "für"}
)
_MOVE_GAP: Final = 5


def moving_to_handle(norm: NormalisedText, is_target: Callable[[str], bool]) -> bool:
    """Whether the text moves towards a handle ``is_target`` takes (lower case, without "@"): a verb of
    moving or switching, then "to" and the handle ("seit dem Wechsel zu @brand", "me he pasado
    a @brand", "just switched over to @brand"). The handle is the brand it addresses: a move to
    it is a customer won, never one leaving. ``tokens`` drop handles, so the words before each
    handle are read from ``clean``."""
    parts = norm.clean.split(USER_TOKEN)
    for k, handle in enumerate(norm.handles[: len(parts) - 1]):
        if not is_target(handle.lower()):
            continue
        before = normalise(parts[k][-80:]).tokens[-(_MOVE_GAP + 1) :]
        if before and before[-1] in _TOWARDS and not _MOVED.isdisjoint(before[:-1]):
            return True
    return False


def _tokens(phrase: str) -> tuple[str, ...]:
    return normalise(phrase).tokens


def parse_signals(data: Any, source: str = "<signals>") -> SignalLexicon:
    if not isinstance(data, Mapping) or not isinstance(data.get("signals"), Mapping):
        raise SignalsError(f"{source}: expected a mapping with a 'signals' mapping")
    placeholders = _placeholders(data.get("placeholders"), source)
    entries: dict[tuple[str, str], list[tuple[tuple[str, ...], str, bool]]] = {}
    words: dict[str, set[str]] = {}
    unless_words: dict[str, set[str]] = {}
    for name, spec in data["signals"].items():
        if name not in SIGNALS:
            raise SignalsError(f"{source}: unknown signal {name!r} (known: {', '.join(SIGNALS)})")
        if not isinstance(spec, Mapping):
            raise SignalsError(f"{source}: signal {name!r} must be a mapping with 'phrases'")
        for key, unless in (("phrases", False), ("unless", True)):
            phrases = spec.get(key) or []
            if not isinstance(phrases, list):
                raise SignalsError(f"{source}: {name}.{key} must be a list")
            for phrase in phrases:
                template = _PLACEHOLDER_RE.search(str(phrase))
                if template is None:
                    expanded, most = [str(phrase)], MAX_PHRASE_WORDS
                else:
                    values = placeholders.get(template.group(1))
                    if values is None:
                        raise SignalsError(f"{source}: {name}: phrase {phrase!r} names no list of 'placeholders'")
                    expanded = [str(phrase).replace(template.group(0), v) for v in values]
                    most = MAX_PHRASE_WORDS + 2
                for one in expanded:
                    toks = _tokens(one)
                    if not toks or len(toks) > most:
                        raise SignalsError(f"{source}: {name}: phrase {one!r} must have 1-{most} words")
                    folded = tuple(map(fold_accents, toks))
                    # People drop accents ("Banco de Espana", "mise en demeure" typed on a phone).
                    for variant in (toks, folded) if folded != toks else (toks,):
                        if len(variant) == 1:
                            (unless_words if unless else words).setdefault(variant[0], set()).add(str(name))
                        else:
                            entries.setdefault((variant[0], variant[1]), []).append((variant, str(name), unless))
    index = {k: tuple(sorted(set(v), key=lambda e: -len(e[0]))) for k, v in entries.items()}
    firsts = frozenset(first for first, _ in index)
    return SignalLexicon(
        {k: frozenset(v) for k, v in words.items()},
        {k: frozenset(v) for k, v in unless_words.items()},
        index,
        firsts | frozenset(words) | frozenset(unless_words),
        firsts,
        frozenset(toks[0] for toks in map(_tokens, placeholders.get("competitor", ())) if len(toks) == 1),
    )


def _placeholders(data: Any, source: str) -> dict[str, list[str]]:
    if data is None:
        return {}
    if not isinstance(data, Mapping) or not all(isinstance(v, list) and v for v in data.values()):
        raise SignalsError(f"{source}: placeholders must map a name to a non-empty list of words")
    return {str(k): [str(v) for v in vs] for k, vs in data.items()}


def load_signals(path: Path | None = None) -> SignalLexicon:
    target = path or DEFAULT_SIGNALS_PATH
    return parse_signals(read_yaml(target, SignalsError, "signals"), str(target))


_default = Lazy(load_signals)


def default_signals() -> SignalLexicon:
    return _default.get()


# French and Italian elisions: tokens drop apostrophes ("all'AGCOM" -> "allagcom"), which hides
# the word from the phrase file; the signals also look at the text with the article split off.
_ELIDED: Final = (
    "l", "d", "j", "qu", "s", "c", "n", "m", "t", "all", "dall", "dell", "nell", "sull", "un", "quest", "quell",
)  # fmt: skip


def _elision_re(articles: Iterable[str]) -> re.Pattern[str]:
    """An apostrophe after one of ``articles`` (a whole word, any case) and before a word.
    The pattern starts at the apostrophe, so sre scans for it at C speed and tries the
    articles (one fixed-width look-behind per length) only there: a ``\\b(l|d|...)'`` pattern
    tried all 17 articles at every position (~30 us a tweet)."""
    by_length: dict[int, list[str]] = {}
    for article in articles:
        by_length.setdefault(len(article), []).append(article)
    behind = "|".join(f"(?<=\\b(?:{'|'.join(words)})['\u2019])" for _, words in sorted(by_length.items()))
    return re.compile(f"(?i)['\u2019](?:{behind})(?=\\w)")


_ELISION_RE: Final = _elision_re(_ELIDED)


def detect_signals(
    norm: NormalisedText, lexicon: SignalLexicon | None = None, own: frozenset[str] = frozenset()
) -> list[str]:
    """The signals of ``norm``. ``own``: the first words of the brand's own names (a holding
    carried to the brand is a lead, not a rival's gain)."""
    lexicon = lexicon or default_signals()
    clean = norm.clean
    # The capitalised names, read only beside a verb of moving or opening; in capitals, all is a name.
    moving = not (_NAME_VERBS.isdisjoint(norm.tokens) or norm.shouting)
    named = named_words(clean) - own if moving else frozenset()
    found = lexicon.detect(norm.tokens, named)
    if ("'" in clean or "\u2019" in clean) and (_ELISION_RE.search(clean) or _POSSESSIVE_RE.search(clean)):
        # "l'app" -> "l app"; "the CAA's team" -> "the CAA team" (the name, not "caas")
        split = lexicon.detect(normalise(_POSSESSIVE_RE.sub("", _ELISION_RE.sub(" ", clean))).tokens, named)
        if split:
            either = set(found) | set(split)
            found = [s for s in SIGNALS if s in either]
    if norm.handles and "regulator" not in found and _tagged_regulator(norm.handles, lexicon):
        found = [s for s in SIGNALS if s in found or s == "regulator"]
    return found


_HANDLE_PARTS: Final = re.compile(r"[_.\-]+")
# An English possessive on a name ("the CAA's complaints team", "Ofcom's"): the name is what is
# said; dropping the apostrophe alone makes another word ("caas").
_POSSESSIVE_RE: Final = re.compile(r"(?<=\w)['\u2019]s\b")
# A word the writer capitalised ("Digi", "Smarty", "N26"): a name. (At a sentence's start a
# capital says nothing, but the moves that read these want the name after a preposition.)
_NAMED_RE: Final = re.compile(r"(?<![\w@#])[^\W\d_][\w&]*")


_NAME_VERBS: Final = CARRY_NAMED | OPENING


def named_words(clean: str) -> frozenset[str]:
    """The capitalised words of ``clean``, lower case (as the tokens spell them)."""
    return frozenset(w.lower() for w in _NAMED_RE.findall(clean) if w[0].isupper())


def _tagged_regulator(handles: tuple[str, ...], lexicon: SignalLexicon) -> bool:
    """A consumer body or regulator tagged by its handle ("queja en @Profeco", "@procon_sp",
    "cc @Ofcom"): named as surely as in words. Only the regulator signal is read from handles;
    a handle's other words ("@leaving_nimbus_club") are a name, not what the writer says."""
    for h in handles:
        parts = tuple(p for p in _HANDLE_PARTS.split(h.lower()) if p)
        # Only a phrase word raises "regulator" in detect: a handle with none skips its other readings.
        if not lexicon.starts.isdisjoint(parts) and "regulator" in lexicon.detect(parts):
            return True
    return False


# Laughing emoji: a lawsuit "threatened" with one over nothing that failed is a joke ("gonna
# have to sue you for making those biscuits so addictive 😂").
_LAUGHING: Final = frozenset(("😂", "🤣", "😆", "😹", "😜", "😝", "🤪"))
# Intents that name no problem: what a joking threat reads as.
_NO_PROBLEM: Final = frozenset(("praise", "other"))


def joking_threat(norm: NormalisedText, signals: list[str], intent: str) -> list[str]:
    """``signals`` without "legal" when the lawyer or lawsuit is a joke: said laughing (an emoji,
    "lol", "jaja", "mdr", "kkk") in a mention that names no problem (praise or other). A regulator
    or a data request is never a joke; a complaint said laughing keeps its lawyer."""
    if "legal" not in signals or intent not in _NO_PROBLEM:
        return signals
    tokset = frozenset(norm.tokens)
    if _LAUGHING.isdisjoint(tokset) and not has_laugh(tokset):
        return signals
    return [s for s in signals if s != "legal"]


def has_any(signals: Iterable[str], wanted: Iterable[str]) -> bool:
    return not set(wanted).isdisjoint(signals)


# The legal words that the keyword file also counts as a major problem ("lawyer"): a lawyer named
# only as the measure of how unclear something is ("my son's a lawyer and even he can't follow
# your letter", "ni un abogado lo entiende") or a power of attorney is neither a threat nor major.
LEGAL_WORDS: Final = frozenset(
    [
        "lawyer",
        "lawyers",
        "solicitor",
        "solicitors",
        "attorney",
        "attorneys",
        "abogado",
        "abogada",
        "abogados",
        "avocat",
        "avocate",
        "avocats",
        "anwalt",
        "anwältin",
        "rechtsanwalt",
        "rechtsanwältin",
        "avvocato",
        "avvocata",
        "avvocati",
        "advogado",
        "advogada",
        "advogados",
    ]
)


# ... the words of a power of attorney, which is no complaint either.
POWER_OF_ATTORNEY: Final = frozenset(("power", "poder", "procuration", "vorsorgevollmacht", "procura", "procuração"))


def legal_word_cancelled(norm: NormalisedText, tokset: frozenset[str]) -> bool:
    """A legal word in ``tokset`` that the signals file's "unless" phrases take back (see above)."""
    return not LEGAL_WORDS.isdisjoint(tokset) and "legal" not in detect_signals(norm)
