"""Harm words in a mention that says all is well, in six languages (issue 14, precision).

* **A wish said with slang praise**: "wild idea: a sleep timer would be sick", "it'd be sick if
  you added lyrics", "ça serait malade", "das wäre krank": "sick" after a conditional copula
  whose subject is a thing (not "I", "he", "my son") is praise of an idea, not nausea.
* **A medicine that arrives as it should**: "my mum's medication comes on time every month, never
  fails", "los medicamentos llegan puntuales, sin problemas", "die Medikamente kommen pünktlich,
  nie ein Problem": a medication word and a "never a problem" phrase, with no sign that anything
  went wrong (late, missing, wrong, refused, lost).

* **Harm words used as figures of speech**: mould on food nobody ate ("the strawberries were mouldy
  again, refund?", "el pan venía con moho"); pain as a nuisance ("what a pain", "save yourself the
  pain", "es un dolor de cabeza", "uma dor de cabeça"); an emergency-exit seat as legroom
  ("got the emergency exit row, huge win", "asiento de salida de emergencia"); killing a feature
  ("you killed the ability to share", "mata la batería"). Each cue word must sit in its figure;
  a blocked exit, a pain in my chest, a child who ate the mouldy bread keep the alarm.

`routine_frame()` is called by `core.harm_frames.benign_frame`; the caller has passed the trigger gate.
"""

from __future__ import annotations

import unicodedata
from itertools import pairwise
from typing import Final

from mentionflow.core.elisions import with_elisions
from mentionflow.core.harm_lexicon import LEXICON, words

__all__ = ["paper_doctor_dropped", "routine_frame"]

_SICK: Final = frozenset(words("sick malade krank enfermo malato doente"))
# Conditional copulas ("would be", "it'd be", "serait", "wäre", "sería", "sarebbe", "seria").
_WOULD_BE: Final = frozenset(
    [("would", "be"), ("itd", "be"), ("thatd", "be"), ("wouldnt", "be"), ("wd", "be"), ("could", "be")]
)
_COND: Final = frozenset(words("serait wäre ware sería seria sarebbe"))
# A person as subject: "I would be sick", "il serait malade", "er wäre krank": real illness.
_PERSONS: Final = frozenset(
    words(
        "i id he she we they you u im hed shed wed theyd youd kid kids son daughter baby mum mom dad "
        "je il elle on nous ils elles tu ich er sie wir du yo él ella nosotros io lui lei noi eu ele ela nós "
        "hijo hija fils fille sohn tochter figlio figlia filho filha"
    )
)
_INTENS: Final = frozenset(
    words("so soo sooo really actually lowkey absolutely well too tellement trop echt mega muy tan molto tão muito")
)


def _sick_wish(tokens: tuple[str, ...]) -> bool:
    hits = [i for i, t in enumerate(tokens) if t in _SICK]
    if not hits:
        return False
    for i in hits:
        j = i - 1
        while j >= 0 and tokens[j] in _INTENS:
            j -= 1
        if j >= 1 and (tokens[j - 1], tokens[j]) in _WOULD_BE:
            subj = tokens[j - 2] if j >= 2 else ""
        elif j >= 0 and tokens[j] in _COND:
            subj = tokens[j - 1] if j >= 1 else ""
        else:
            return False
        if subj in _PERSONS:
            return False
    return True


# "never fails", "no problems", "nunca fallan", "jamais un souci", "nie ein Problem", "mai un problema".
_ALL_WELL: Final[frozenset[tuple[str, ...]]] = frozenset(
    [
        ("never", "fails"),
        ("never", "failed"),
        ("never", "fail"),
        ("no", "problems"),
        ("no", "issues"),
        ("zero", "problems"),
        ("zero", "issues"),
        ("nunca", "fallan"),
        ("nunca", "falla"),
        ("sin", "problemas"),
        ("ningún", "problema"),
        ("cero", "problemas"),
        ("jamais", "un", "souci"),
        ("jamais", "un", "problème"),
        ("aucun", "souci"),
        ("aucun", "problème"),
        ("sans", "souci"),
        ("nie", "ein", "problem"),
        ("kein", "problem"),
        ("keine", "probleme"),
        ("nie", "probleme"),
        ("mai", "un", "problema"),
        ("nessun", "problema"),
        ("mai", "problemi"),
        ("nunca", "falham"),
        ("nunca", "falha"),
        ("sem", "problemas"),
        ("nenhum", "problema"),
        ("zero", "problemas"),
    ]
)
# Anything gone wrong keeps the alarm: late, missing, wrong, refused, lost, ran out.
_WRONG: Final = frozenset(
    words(
        "late missing wrong refused lost ran out stolen confiscated expired damaged "
        "tarde falta faltan equivocado equivocada rechazado perdido perdida caducado robado "
        "retard manque manquant mauvais refusé perdu perdus périmé volé "
        "spät verspätet fehlt fehlen falsch falsche verweigert verloren abgelaufen gestohlen "
        "ritardo manca mancano sbagliato sbagliati rifiutato perso persi scaduto rubato "
        "atrasado atrasados falta errado errados recusado perdido perdidos vencido roubado "
        "but pero mais aber mas però"
    )
)


def _meds_all_well(tokens: tuple[str, ...]) -> bool:
    grams = [*pairwise(tokens), *zip(tokens, tokens[1:], tokens[2:], strict=False)]
    return any(g in _ALL_WELL for g in grams) and _WRONG.isdisjoint(tokens)


# The medicine and whom it is for ("my gran's tablets").
_MED_CUES: Final = frozenset(("medication", "elderly"))


_GROUP_OF: Final[dict[str, frozenset[str]]] = {}
for _g, _ws in LEXICON.items():
    for _w in _ws:
        _GROUP_OF[_w] = _GROUP_OF.get(_w, frozenset()) | {_g}

_MOULD: Final = frozenset(
    words("mould mouldy mold moldy moho bolor mofo mofado moisi moisissure schimmel schimmelig muffa ammuffito")
)
# Someone ate it (or a child is named: a child cue is then among the cues).
_ATE: Final = frozenset(
    words(
        "ate eaten eat eating swallowed comí comió comimos comido comieron mangé mangée mangés mangeait avalé "
        "gegessen aß gegessen verschluckt mangiato mangiata mangiati ingerito comi comeu comeram engoli engoliu"
    )
)
# Mould on food is a quality complaint; elsewhere (a cabin, a flat) or called a risk it stays one.
_FOOD: Final = frozenset(
    words(
        "date expiry caducidad péremption haltbarkeit mhd scadenza validade "  # "in date and covered in mould"
        "food bread strawberries strawberry fruit cheese berries raspberries grapes punnet cake loaf veg salad "
        "pan fresas fruta queso tarta uvas pain fraises fruits fromage gâteau raisins brot erdbeeren obst käse "
        "kuchen trauben pane fragole frutta formaggio torta uva pão morangos fruta queijo bolo uvas"
    )
)
_RISK: Final = frozenset(
    words(
        "safety health hazard dangerous sick ill seguridad salud peligro sécurité santé danger sicherheit "
        "gesundheit gefahr sicurezza salute pericolo segurança saúde perigo"
    )
)
_NUISANCE_BEFORE: Final = frozenset(words("total royal such what"))
_NUISANCE_NOUNS: Final = frozenset(
    words(
        "process experience wait waiting service app update checkout system queue call hold refund "
        "procedure setup login transfer"
    )
)
_IDIOM_BODY: Final = frozenset(words("neck ass arse butt backside bum"))
_HEAD: Final = frozenset(words("cabeza cabeça"))
_FEEL: Final = frozenset(words("tengo tenía tiene tenho tinha tem com con me dio deu"))
# with Italian articulated prepositions glued: "all'uscita", "dell'uscita"
_EXIT: Final = with_elisions(
    frozenset(words("exit exits salida uscita saída saida alluscita delluscita nelluscita sulluscita"))
)
_SEATS: Final = frozenset(
    words(
        "seat seats row rows legroom asiento asientos fila filas plaza posto posti sedile fila assento assentos "
        "lugar lugares"
    )
)
# A hazard at the exit keeps the alarm: "the emergency exit was blocked by carts".
_EXIT_HAZARD: Final = frozenset(
    words(
        "blocked locked jammed chained obstructed loose broken faulty damaged handle opened open stuck "
        "bloqueada bloqueado obstruida cerrada rota roto suelta manilla abrió abierta atascada "
        "bloquée bloqué obstruée fermée cassée cassé poignée ouverte coincée "
        "blockiert verstellt verschlossen kaputt locker griff offen klemmt "
        "bloccata bloccato ostruita chiusa rotta rotto maniglia aperta incastrata "
        "obstruída trancada fechada quebrada solta maçaneta aberta emperrada"
    )
)
_FEATURES: Final = frozenset(
    words(
        "ability feature features option options app battery vibe mood buzz experience shuffle playlist "
        "batería función opción ambiente batterie fonction ambiance akku funktion stimmung batteria funzione "
        "opzione atmosfera bateria função opção clima"
    )
)
_DETS: Final = frozenset(
    words("the my your our a la el mi tu le ma ta mon ton den die das meinen meine il lo mia o minha")
)


def _figure(tokens: tuple[str, ...], i: int, group: str) -> bool:
    """The cue word at `i` (of `group`) is a figure of speech."""
    t = tokens[i]
    prev = tokens[i - 1] if i else ""
    nxt = tokens[i + 1 : i + 3]
    if group == "illness":  # mould on food, with no word of a health risk
        return t in _MOULD
    if group == "pain":
        if t == "painful":
            return bool(nxt) and nxt[0] in _NUISANCE_NOUNS
        if t == "pain":
            after_in = not nxt or nxt[0] != "in" or (len(nxt) > 1 and nxt[1] == "the")
            idiom = len(tokens) > i + 3 and tokens[i + 3] in _IDIOM_BODY if nxt[:2] == ("in", "the") else True
            if prev == "a" and i >= 2 and tokens[i - 2] in _NUISANCE_BEFORE | {"is", "its", "whats"}:
                return after_in and idiom
            return (prev in _NUISANCE_BEFORE or tokens[max(0, i - 2) : i] == ("save", "the")) and after_in and idiom
        if t in ("dolor", "dor"):  # "es un dolor de cabeza", not "tengo dolor de cabeza"
            return nxt[:2] in (("de", "cabeza"), ("de", "cabeça")) and prev in ("un", "uma", "qué", "que", "menudo")
        return False
    if group == "emergency":
        around = tokens[max(0, i - 2) : i + 2]
        return not _EXIT.isdisjoint(around)
    if group in ("kill", "danger"):
        rest = tokens[i + 1 : i + 3]
        if t not in ("kill", "killed", "killing", "kills", "matan", "tue", "tuent", "uccidono"):
            return False
        return bool(rest) and (rest[0] in _FEATURES or (rest[0] in _DETS and len(rest) > 1 and rest[1] in _FEATURES))
    return False


_FIGURE_GROUPS: Final = frozenset(("illness", "pain", "emergency", "kill", "danger"))


def _only_figures(tokens: tuple[str, ...], cues: tuple[str, ...]) -> bool:
    if not cues or not _FIGURE_GROUPS.issuperset(cues):
        return False
    if "illness" in cues and (not _ATE.isdisjoint(tokens) or _FOOD.isdisjoint(tokens) or not _RISK.isdisjoint(tokens)):
        return False
    if "emergency" in cues and (_SEATS.isdisjoint(tokens) or not _EXIT_HAZARD.isdisjoint(tokens)):
        return False
    found = False
    for i, t in enumerate(tokens):
        groups = _GROUP_OF.get(t, frozenset()) & frozenset(cues)
        if not groups:
            continue
        if not any(_figure(tokens, i, g) for g in groups):
            return False
        found = True
    return found


def routine_frame(tokens: tuple[str, ...], cues: tuple[str, ...]) -> str | None:
    """ "praise" when the only harm words are slang praise of an idea or a medicine that arrives
    without a problem, "figure" when they are figures of speech; else None."""
    if _only_figures(tokens, cues):
        return "figure"
    if cues == ("illness",) and _sick_wish(tokens):
        return "praise"
    if "medication" in cues and _MED_CUES.issuperset(cues) and _meds_all_well(tokens):
        return "praise"
    return None


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# A doctor named only as the author of a paper: "do I need a doctor's letter?", "il faut un certificat
# du médecin ?", "preciso de declaração do médico?", "brauche ich ein ärztliches Attest?". It asks
# about a document, not medical care, so the policy and how-to frames read it like the rest.
_MEDICAL: Final = frozenset(_plain(w) for w in LEXICON["medical_care"])
_PAPERS: Final = frozenset(
    words(
        "letter note certificate cert form certificado justificante informe carta nota certificat attestation "
        "lettre formulaire attest bescheinigung brief formular certificato lettera dichiarazione modulo "
        "declaração declaracao atestado relatório relatorio"
    )
)
_PAPER_WINDOW = 3


def paper_doctor_dropped(tokens: tuple[str, ...], cues: tuple[str, ...]) -> tuple[str, ...]:
    """`cues` without "medical_care" when every medical word sits next to a paper word."""
    if "medical_care" not in cues or len(cues) < 2 or _PAPERS.isdisjoint(tokens):
        return cues
    for i, t in enumerate(tokens):
        if _plain(t) in _MEDICAL and _PAPERS.isdisjoint(tokens[max(0, i - _PAPER_WINDOW) : i + _PAPER_WINDOW + 1]):
            return cues
    return tuple(c for c in cues if c != "medical_care")
