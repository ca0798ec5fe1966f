"""Feature ideas that the phrase file misses, and "ideas" that are complaints (used by
`core.pipeline` on the ``feedback`` signal).

* **A wish to be able to do something in the product** ("ce serait trop bien de pouvoir partager
  l'addition dans l'appli", "sería muy útil poder dividir la cuenta en la app", "wäre echt super,
  in der App die Rechnung teilen zu können", "sarebbe davvero comodo poter pagare in due dall'app",
  "seria mesmo bom poder dividir a conta na app", "it would be really handy to be able to split
  the bill in the app", "j'aimerais pouvoir", "me gustaría poder", "mi piacerebbe poter",
  "gostaria de poder"): a feature request, whatever intensifier sits between the conditional and
  its judgement (the phrase file names "ce serait bien", not "ce serait trop bien"). Only beside
  a feature of the product (app, option, button, screen: `feature_ideas.FEATURE_WORDS`), never
  beside one's own money or an answer ("ce serait bien de pouvoir joindre quelqu'un"), nor in a
  text that is still waiting.
* **A mocked idea** ("here's a wild feature idea: what if the rider delivered to the address I
  typed", "idée révolutionnaire : et si le livreur sonnait ?", "verrückte Idee: wie wäre es, wenn
  der Techniker mal kommt", "idea pazza: consegnare all'indirizzo giusto", "ideia maluca: e se o
  estafeta trouxesse a comida quente?"): the idea called wild, crazy, revolutionary or genius in
  a complaint is sarcasm about what the product already owes, not feedback. Only when the mention
  is a complaint: "crazy idea but hear me out: a dark mode 🙏" stays an idea.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Final

from mentionflow.core.feature_ideas import FEATURE_WORDS
from mentionflow.core.keywords import word_set
from mentionflow.core.sentiment import TextAnalysis
from mentionflow.core.signals import WISH_BE
from mentionflow.core.text import NormalisedText, normalise
from mentionflow.core.wished_fix import EN_BE, EN_WOULD

__all__ = ["ability_wish", "mocked_idea"]

# Other heads of a wish to be able to: "I'd like to / love to", "j'aimerais", "me gustaría",
# "mi piacerebbe", "gostaria de", "ich hätte gern" (what follows is the ability).
_LIKE_HEADS: Final = word_set(
    "love like aimerais jaimerais aimerait aimerions adorerais jadorerais gustaría gustaria encantaría encantaria "
    "piacerebbe piacerebbero gostaria gostava adoraria hätte hätten"
)
_ABILITY: Final = word_set("able pouvoir poder poter")
_GAP: Final = 5  # the judgement and its intensifiers ("trop bien de", "really handy to be")
_CLAUSE: Final = 16  # words read for the feature (German puts "zu können" last)
# The speaker's own feeling makes it a request ("I'd be grateful to be able to get my refund").
_NOT_JUDGED: Final = word_set(
    "grateful thankful happy glad agradecido agradecida reconnaissant reconnaissante dankbar grato grata felice "
    "feliz contento contenta heureux heureuse froh"
)
# One's own case: money back, an answer, a person to reach.
_OWN_CASE: Final = word_set(
    "refund refunded money charge charged compensation reply answer respond someone somebody anyone person "
    "reembolso dinero cobro respuesta contestar responder alguien persona "
    "rembourser remboursement argent réponse répondre joindre quelquun personne "
    "erstattung geld antwort antworten jemanden jemand erreichen "
    "rimborso soldi risposta rispondere qualcuno persona "
    "dinheiro estorno resposta responder alguém alguem pessoa"
)


def ability_wish(tokens: tuple[str, ...]) -> bool:
    """A judged wish ("would be really handy", "ce serait trop bien") or a liking ("j'aimerais",
    "me gustaría") followed closely by being able to ("to be able to", "de pouvoir", "poder",
    "poter", German "zu können" at the clause's end), with a feature of the product named."""
    if _ABILITY.isdisjoint(tokens) and "können" not in tokens:
        return False
    last = len(tokens)
    for i, tok in enumerate(tokens):
        if tok in EN_WOULD:
            if i + 1 >= last or (tokens[i + 1] not in EN_BE and tokens[i + 1] not in _LIKE_HEADS):
                continue
            j = i + 2
        elif tok in WISH_BE or tok in _LIKE_HEADS:
            j = i + 1
        else:
            continue
        gap = tokens[j : j + _GAP]
        clause = tokens[j : j + _CLAUSE]
        able = not _ABILITY.isdisjoint(gap) or any(a == "zu" and b == "können" for a, b in pairwise(clause))
        if able and _NOT_JUDGED.isdisjoint(gap) and _names_a_feature(clause):
            return _OWN_CASE.isdisjoint(clause)
    return False


# French and Italian articles glued to the word ("nell'app", "dall'applicazione", "sull'icona").
_ELIDED: Final = ("nell", "dall", "sull", "dell", "all", "l", "d")


def _names_a_feature(words: tuple[str, ...]) -> bool:
    return any(
        w in FEATURE_WORDS or any(w.startswith(e) and w[len(e) :] in FEATURE_WORDS for e in _ELIDED) for w in words
    )


# --- A mocked idea ------------------------------------------------------------------------------
_IDEA_NOUNS: Final = r"(?:(?:feature|product|app)\s+)?(?:idea|suggestion|concept|thought|proposal)"
_EN_MOCK: Final = (
    r"wild|crazy|radical|revolutionary|novel|bold|groundbreaking|ground-breaking|genius|mad|wacky|outlandish"
    r"|mind-blowing|mindblowing|out there|galaxy brain"
)
_ES_MOCK: Final = r"loca|revolucionaria|radical|rompedora|atrevida|alocada|genial|brillante|innovadora|novedosa"
_FR_MOCK: Final = r"folle|révolutionnaire|radicale|de génie|géniale|lumineuse|audacieuse|farfelue|novatrice"
_DE_MOCK: Final = r"(?:verrückt|revolutionär|radikal|kühn|genial|bahnbrechend|wild|irr|abgefahren)(?:e|er|en|es)?"
_IT_MOCK: Final = r"pazza|folle|rivoluzionaria|radicale|geniale|audace|bizzarra|innovativa"
_PT_MOCK: Final = r"maluca|louca|doida|revolucionária|revolucionaria|radical|genial|ousada|inovadora"
MOCKED_IDEA_RE: Final = re.compile(
    rf"\b(?:{_EN_MOCK})\s+{_IDEA_NOUNS}\b"
    rf"|\bidea\s+(?:{_ES_MOCK}|{_IT_MOCK})\b|\b(?:loca|genial|brillante|pazza|folle|geniale)\s+idea\b"
    rf"|\bidée\s+(?:{_FR_MOCK})(?!\w)|\b(?:folle|géniale|lumineuse)\s+idée(?!\w)"
    rf"|\b(?:{_DE_MOCK})\s+(?:idee|vorschlag|gedanke|konzept)\b"
    rf"|\bideia\s+(?:{_PT_MOCK})(?!\w)|\b(?:louca|genial)\s+ideia\b"
    r"|\b(?:concepto|concetto|conceito)\s+(?:revolucionario|rivoluzionario|revolucionário)\b"
    r"|\bconcept\s+révolutionnaire\b"
)
_SENTENCE: Final = re.compile(r"[.!?;\n]+")
_IDEA_TOKENS: Final = word_set(
    "idea ideas suggestion concept thought proposal idée idee vorschlag gedanke konzept ideia concepto concetto "
    "conceito"
)


def mocked_idea(norm: NormalisedText, analyse_part: Callable[[NormalisedText], TextAnalysis]) -> TextAnalysis | None:
    """An idea called wild, crazy, revolutionary or genius ("here's a wild feature idea: ...") in a
    text whose other sentences complain ("food's gone, still charged"): the analysis of those
    sentences (``analyse_part`` them, joined), a complaint. None when there is no such idea, nothing
    besides it, or nothing complained of: then it stays an idea."""
    if _IDEA_TOKENS.isdisjoint(norm.tokens):
        return None
    parts = [p for p in _SENTENCE.split(norm.clean) if p.strip()]
    mocked = [MOCKED_IDEA_RE.search(p.lower()) is not None for p in parts]
    if not any(mocked) or all(mocked):
        return None
    rest = analyse_part(normalise(". ".join(p for p, m in zip(parts, mocked, strict=True) if not m)))
    return rest if rest.intent == "complaint" else None
