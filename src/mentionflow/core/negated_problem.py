""" "Never a problem": a negated problem noun is the absence of problems, not an unmet expectation.

The sentiment analyser reads a negator beside a problem word in es/fr/de/it/pt as an unmet
expectation ("sin señal", "n'a pas été renouvelé"), which turns praise round into a complaint.
When what is negated is the problem itself ("mai un problema", "nunca un problema", "jamais de
souci", "nie ein Problem", "nunca tive problemas", "non ho mai avuto problemi") the text says the
service never failed: a fan's track record. Only when every negator is of this kind; "mai avuto
problemi fino a ieri, ora niente rete" still negates the network.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, Protocol

from mentionflow.core.only_one import only_one_spared
from mentionflow.core.text import NormalisedText, normalise

# Problem nouns (a failure in general, not a named service thing such as signal or refund).
_PROBLEMS: Final = frozenset(
    {"problema", "problemas", "problemi", "problème", "problèmes", "probleme", "problemes", "problem"}
    | {"souci", "soucis", "ärger", "intoppo", "intoppi", "disservizio", "disservizi", "queja", "quejas"}
    | {"falla", "fallas", "fallo", "fallos", "falha", "falhas", "panne", "pannes", "störung", "störungen"}
    | {"ausfall", "ausfälle", "inconveniente", "inconvenientes", "reclamação", "reclamações", "lamentela"}
)
# Words that may stand between the negator and the noun: articles, "a single", "had"/"have".
_BETWEEN: Final = frozenset(
    {"un", "una", "uno", "um", "uma", "une", "ein", "eine", "einen", "einziges", "einzige", "einzigen"}
    | {"de", "d", "di", "del", "solo", "sola", "seul", "seule", "só", "nem", "ni", "nemmeno", "neanche"}
    | {"avuto", "tenido", "tive", "tido", "eu", "gehabt", "ho", "he", "hai", "ha", "hemos", "abbiamo"}
    | {"avons", "ai", "hatte", "hatten", "habe", "haben", "tengo", "tenho", "noch", "encore", "ancora"}
    | {"todavía", "ainda", "mai", "nunca", "jamais", "nie", "non", "no", "não", "pas", "mehr", "un", "hubo"}
    | {"houve", "ci", "cè", "stato", "stata", "sido", "été", "gab", "es", "y", "il", "le", "la", "o", "a"}
)
_GAP: Final = 4
_PROBLEM_INTENTS: Final = frozenset(("complaint", "rant", "question"))


def only_problems_negated(toks: tuple[str, ...], negators: frozenset[str]) -> bool:
    """Every negator in ``toks`` negates a problem noun ("mai un problema"), with only articles,
    auxiliaries or other negators between (at most four words); at least one negator. Also "the
    only app that doesn't make me want to ..." (only_one.py): the nuisance is what is negated."""
    if only_one_spared(" ".join(toks)):
        return True
    found = False
    last = len(toks)
    for i, tok in enumerate(toks):
        if tok not in negators:
            continue
        for j in range(i + 1, min(i + 1 + _GAP, last)):
            word = toks[j]
            if word in _PROBLEMS:
                break
            if word not in _BETWEEN and word not in negators:
                return False
        else:
            return False
        found = True
    return found


# --- "No problem in years": a complaint that is only a negated problem noun ---------------------
# "seit Jahren kein Problem", "todo llegó sin ningún problema", "jamais eu de problème", "mai avuto
# un problema", "nunca tive problema", "never had an issue with them": the small models (and the
# English one) read the problem word as negative, so the text came out a complaint. Without the
# negated span the rest names no problem: praise where the writer thanks, recommends or tells a
# track record (years, always), else a neutral remark ("sin ningún problema" as a reply). Not when
# the text turns ("... until today", "bis gestern", "pero ahora"), which sets up the failure it tells.
_NO: Final = frozenset(
    {"no", "not", "never", "zero", "without", "nothing", "nunca", "jamás", "jamas", "sin", "ningún", "ninguna"}
    | {"ningun"}
    | {"jamais", "aucun", "aucune", "sans", "pas", "kein", "keine", "keinen", "keinerlei", "nie", "niemals"}
    | {"ohne", "mai", "nessun", "nessuna", "nessuno", "senza", "non", "nenhum", "nenhuma", "sem", "não", "nao"}
)
# A negator after the noun: "sin problema alguno", "sem problema nenhum", "problemi zero".
_NO_AFTER: Final = frozenset({"alguno", "alguna", "nenhum", "nenhuma", "zero", "null", "aucun", "whatsoever"})
# "nothing missing", "nothing damaged", "no delays": the order or trip that went right; only after
# those negators ("can't take a walk without missing a change" is no track record).
_STATE_PROBLEMS: Final = frozenset(
    {"missing", "wrong", "broken", "damaged", "spilled", "forgotten", "delay", "delays", "fuss"}
)
_STATE_NEGATORS: Final = frozenset({"no", "not", "never", "zero", "nothing"})
_EN_PROBLEMS: Final = frozenset(
    {"problems", "issue", "issues", "trouble", "hiccup", "hiccups", "glitch", "glitches", "complaints", "hassle"}
    | _STATE_PROBLEMS
)
_EN_BETWEEN: Final = frozenset({"a", "any", "single", "one", "had", "have", "ever", "real", "major", "an", "been"})
_TURN_WORDS: Final = frozenset(
    {"until", "till", "til", "but", "except", "hasta", "pero", "excepto", "jusqu", "jusquà", "mais", "sauf", "bis"}
    | {"aber", "außer", "ausser", "finché", "fino", "ma", "tranne", "até", "ate", "mas", "exceto", "now", "ahora"}
    | {"maintenant", "jetzt", "ora", "agora", "today", "hoy", "aujourdhui", "heute", "oggi", "hoje", "yesterday"}
    | {"ayer", "hier", "gestern", "ieri", "ontem"}
)
# "seit", "depuis", "desde", "da" date a track record ("seit Jahren kein Problem") as often as a
# failure ("depuis hier"): a turn only beside a recent day (above), never beside years.
_SINCE: Final = frozenset({"since", "desde", "depuis", "seit", "da"})
_RECENT: Final = frozenset({"now", "ahora", "maintenant", "jetzt", "ora", "agora", "today", "hoy", "aujourdhui"})
_TRACK: Final = frozenset(
    {"years", "year", "años", "año", "ans", "années", "jahren", "jahre", "jahr", "anni", "anno", "anos"}
    | {"ano", "months", "meses", "mois", "monaten", "mesi", "always", "siempre", "toujours", "immer", "sempre"}
    | {"thanks", "thank", "gracias", "merci", "danke", "grazie", "obrigado", "obrigada", "recommend"}
    | {"recomiendo", "recommande", "empfehle", "consiglio", "recomendo", "perfect", "perfecto", "parfait"}
    | {"perfekt", "perfetto", "perfeito", "great", "genial", "super", "top", "ótimo", "otimo", "bravo", "bravi"}
)
_OWN_PROBLEMS: Final = _PROBLEMS | _EN_PROBLEMS


def _negated_spans(toks: tuple[str, ...]) -> list[tuple[int, int]] | None:
    """(start, end) of each negated problem noun; None when a problem noun stands un-negated."""
    spans: list[tuple[int, int]] = []
    for k, tok in enumerate(toks):
        if tok not in _OWN_PROBLEMS:
            continue
        start = None
        for i in range(k - 1, max(-1, k - 2 - _GAP), -1):  # "nunca he tenido ni un problema": five back
            if toks[i] in _NO:
                start = i
                if i == 0 or toks[i - 1] not in _NO:
                    break
            elif toks[i] not in _BETWEEN and toks[i] not in _EN_BETWEEN:
                break
        end = k + 1
        if end < len(toks) and toks[end] in _NO_AFTER:
            end += 1
            start = k if start is None else start
        if start is None or (tok in _STATE_PROBLEMS and toks[start] not in _STATE_NEGATORS):
            return None
        spans.append((start, end))
    return spans


class _Reading(Protocol):
    @property
    def intent(self) -> str: ...
    @property
    def cues(self) -> tuple[str, ...]: ...


def problem_free(norm: NormalisedText, read: Callable[[NormalisedText], _Reading]) -> str | None:
    """ "praise" or "other" for a complaint whose only problem is a negated problem noun (see
    above): ``read`` (the analysis: intent and cues) reads the text without those spans as no
    problem, or as mere venting that names none ("in cinque anni" read negative). None when the
    rule does not apply. Used by `core.pipeline`."""
    toks = norm.tokens
    if _OWN_PROBLEMS.isdisjoint(toks) or _NO.isdisjoint(toks):
        return None
    if not _TURN_WORDS.isdisjoint(toks) or (not _SINCE.isdisjoint(toks) and not _RECENT.isdisjoint(toks)):
        return None
    spans = _negated_spans(toks)
    if not spans:
        return None
    cut = {j for start, end in spans for j in range(start, end)}
    rest = [t for j, t in enumerate(toks) if j not in cut]
    if not _NO.isdisjoint(rest):
        return None  # another thing negated ("no problem with the app, no signal though"): unmet still
    if rest:
        again = read(normalise(" ".join(rest)))
        if again.intent in _PROBLEM_INTENTS and not (again.intent == "complaint" and "venting" in again.cues):
            return None
    # Praise when the writer thanks, recommends or tells a track record, or the rest reads as praise
    # ("25 min delivery, nothing missing, rider was an angel 😇").
    return "praise" if not _TRACK.isdisjoint(toks) or (rest and again.intent == "praise") else "other"


# "Without" is no negated event ("sin coste", "sans frais", "ohne Kosten", "senza costi", "sem custos"
# are praise); the negators that deny that something happened or works are.
_WITHOUT: Final = frozenset({"sin", "sans", "ohne", "senza", "sem"})


# A "now" after the negator: the denied state is history ("il router che non si accendeva, ora va
# benissimo", "a internet que não ligava, agora está ótima").
_NOW: Final = frozenset(
    {"now", "ahora", "ya", "maintenant", "désormais", "jetzt", "nun", "ora", "adesso", "agora", "já"}
)


# Verbs of belief after a negator: amazement ("non ci credo", "no me lo puedo creer", "j'en reviens
# pas", "kann es nicht glauben", "não acredito", "can't believe"), no failure.
_DISBELIEF: Final = frozenset(
    {"credo", "creo", "creer", "crois", "croire", "reviens", "glauben", "glaube", "fassen", "acredito", "acreditar"}
    | {"manches", "believe"}
)


# Infinitive endings of es/fr/it/pt ("fare", "hacer", "faire", "fazer"): German and English put
# the negator before other forms, and their infinitives are left to the praise-phrase check.
_INFINITIVE: Final = ("are", "ere", "ire", "ar", "er", "ir", "re")


# Verbs of letting down, failing, regret or switching: denied, they are praise ("nunca decepciona",
# "ne déçoit jamais", "enttäuscht nie", "non mi sono pentito", "não me arrependo", "je ne changerais
# pour rien au monde", "la linea non è mai caduta").
_LET_DOWN: Final = (
    "decepcion", "déç", "decev", "décev", "enttäusch", "delu", "falh", "fall", "fail", "pent", "arrepen",
    "regret", "bereu", "cadut", "caíd", "caiu", "coup", "chang", "cambi", "wechsel", "troc", "lament",
    "reclam", "plain", "beschwer", "meck", "queix", "quej",
)  # fmt: skip


def negated_event(
    toks: tuple[str, ...],
    negators: frozenset[str],
    praise_phrase: Callable[[tuple[str, ...]], bool],
    failure_word: Callable[[str], bool],
) -> bool:
    """Something denied to have happened or to work ("aquí no ha llegado nada", "il tecnico non si è
    presentato", "hat nicht mal angerufen", "o técnico nem apareceu"): a negator other than "without",
    with no "now" after it (`_NOW`),
    not one that negates a problem noun ("mai un problema", `only_problems_negated`) nor one inside a
    praise phrase (``praise_phrase`` of a bigram or trigram around it: "nada mal", "rien à redire",
    "niente da dire", "nichts auszusetzen"), nor one of a failure word (``failure_word``: "non è mai
    caduta"). Read only beside praise, in es/fr/de/it/pt."""
    deny = negators - _WITHOUT
    if deny.isdisjoint(toks) or only_problems_negated(toks, negators):
        return False
    denied = False
    for i, tok in enumerate(toks):
        if tok not in deny or not _NOW.isdisjoint(toks[i + 1 :]):
            continue
        after = toks[i + 1 : i + 4]
        if not _DISBELIEF.isdisjoint(toks[max(0, i - 2) : i + 5]) or not _WITHOUT.isdisjoint(after):
            continue  # "no me lo puedo creer", "j'en reviens pas", "mai più senza": amazement, loyalty
        if after and after[0].endswith(_INFINITIVE):
            continue  # "di cosa non fare", "para no perder": a norm or a purpose, no event denied
        # a praise phrase around it ("nada mal", "no se puede pedir más", "pas mal du tout"): the writer's
        # negations are praise, so the others are too ("não tenho do que reclamar, nunca me deixou na mão")
        if any(praise_phrase(toks[a : a + n]) for a in range(max(0, i - 2), i + 3) for n in (2, 3)):
            return False
        near = toks[max(0, i - 3) : i + 5]  # French and German negators may follow the verb
        if any(map(failure_word, near)) or any(t.startswith(_LET_DOWN) for t in near):
            continue  # "non è mai caduta", "nunca decepciona", "no me arrepiento": a track record, loyalty
        denied = True
    return denied
