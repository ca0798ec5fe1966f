"""Question marks that ask nothing, in six languages (used by `core.intent`): an emphasis word
said with a "?" ("and honestly?? best flight this year", "sinceramente? increíble", "ehrlich?
bester Service") and a "who else ...?" that rallies fans ("who else loves the new lounge?",
"¿quién más está enamorado de...?", "qui d'autre adore ... ?"). Such a "?" is the writer's tone,
not a question for an agent: the rest of the text decides (praise, or a complaint: "who else has
no signal right now?"). So does a "can we talk about how ...?" that opens an exclamation ("can we
talk about how good the crew was??", "¿podemos hablar de lo rápido que...?"): only with "how",
"what", "the fact", "the way" after it; "can we talk about my bill?" asks for a conversation. And
so does "what a ..." ("what a surprise", "what a star"), which asks nothing. A "let me" told of what
someone allowed ("the crew even let me see the cockpit", "she let me board first") asks nothing
either: only "let me know" or one that opens the request is one ("let me change my seat")."""

from __future__ import annotations

import re
from typing import Final

from mentionflow.core.keywords import word_set

# Emphasis words (not tags like "right?", "no?", "oder?", which do ask for a confirmation).
_EMPHASIS: Final = word_set(
    "honestly seriously srsly really tbh sinceramente honestamente serio sério franchement sérieux "
    "sérieusement vraiment ehrlich ernsthaft echt wirklich davvero onestamente seriamente realmente"
)
# What may stand just before a detached emphasis word: nothing, a comma or a conjunction (or the
# preposition of "en serio?", "a sério?").
_JOINS: Final = word_set("and but so y pero et mais und aber e ma mas en a")
# Openings of a "who else ...?" that rallies others.
_WHO_ELSE: Final = (
    ("who", "else"),
    ("anyone", "else"),
    ("quién", "más"),
    ("quien", "más"),
    ("quien", "mas"),
    ("alguien", "más"),
    ("qui", "dautre"),
    ("qui", "d"),
    ("wer", "noch"),
    ("wer", "außer"),
    ("chi", "altro"),
    ("chi", "altri"),
    ("chi", "come"),
    ("quem", "mais"),
    ("alguém", "mais"),
)
# "Can we (just) talk about how ...": an exclamation about what follows, in six languages.
_TALK_ABOUT: Final = re.compile(
    # "What a surprise, my order came early! Thank you ❤️", "what a star": an exclamation, no question.
    r"^what an? \w"
    r"|^(?:(?:ok|okay|so|but|now|like|um) )*(?:can|could|cant|can't) we (?:all |just |please |pls |also )*"
    r"(?:talk|discuss|appreciate) (?:about )?(?:how|what|the fact|the way|this)\b"
    r"|^(?:podemos|podríamos|podriamos) (?:hablar|comentar) (?:de|sobre|del) (?:cómo|como|lo|lo que|que)\b"
    r"|^(?:on peut|peut on|est ce quon peut|pouvons nous|peut on juste) (?:juste )?parler (?:de|du|des) "
    r"(?:comment|la façon|la manière|fait|ce)\b"
    r"|^(?:können|koennen|könnten|koennten) wir (?:mal |bitte |kurz |einfach )*(?:darüber|drüber) "
    r"(?:reden|sprechen) (?:wie|dass|was)\b"
    r"|^(?:possiamo|potremmo) (?:solo |un attimo )?parlare (?:di|del) (?:come|quanto|fatto)\b"
    r"|^(?:podemos|podíamos|podiamos) (?:só )?(?:falar|comentar) (?:de|sobre|do) (?:como|quanto|o quanto|fato)\b"
)
_ASKED: Final = re.compile(r"([^.!?¿\n]*)\?+")
_WORD: Final = re.compile(r"[^\W_]+")
_ADDRESS: Final = re.compile(r"^(?:\s*(?:[@#]\w+|<user>|<hashtag>|<url>))+")  # what a mention opens with


def _rhetorical(segment: str) -> bool:
    segment = _ADDRESS.sub("", segment)
    words = _WORD.findall(segment.lower().replace("'", "").replace("\u2019", ""))
    if not words:
        return True  # a bare "??" after an exclamation
    if words[-1] in _EMPHASIS:
        rest = segment.rstrip()[: -len(words[-1])].rstrip()
        return len(words) == 1 or rest.endswith((",", "-", "\u2014", "\u2026", ":")) or words[-2] in _JOINS
    return tuple(words[:2]) in _WHO_ELSE or exclaims_about(words)


def exclaims_about(words: list[str] | tuple[str, ...]) -> bool:
    """Whether ``words`` (lower-case, no apostrophes) open with "what a ...", "can we talk about how ..." or its
    counterpart in es/fr/de/it/pt."""
    return _TALK_ABOUT.match(" ".join(words[:9])) is not None


def only_rhetorical(clean: str) -> bool:
    """Whether every question in ``clean`` (the cleaned text) is an emphasis word or a rallying
    "who else ...?" (False when there is no "?" at all)."""
    found = False
    for match in _ASKED.finditer(clean):
        found = True
        if not _rhetorical(match.group(1)):
            return False
    return found


# Who or what is told to have let the writer do something ("the crew even let me ...", "she let me
# ..."): a story, not a request ("let me know", "pls let me change my seat").
_TOLD_LET: Final = word_set(
    "even they she he who also finally actually gladly happily literally always nicely still "
    "crew staff pilot captain agent rider driver team guy lady man woman attendant steward stewardess host "
    "hostess courier manager waiter nurse officer cabin"
)


def told_let(tokens: tuple[str, ...]) -> bool:
    """Whether every "let me" in ``tokens`` tells what someone allowed (the word before it is a
    person or an adverb of the story) rather than asks; never "let me know"."""
    found = [i for i in range(1, len(tokens) - 1) if tokens[i] == "let" and tokens[i + 1] == "me"]
    return (
        bool(found)
        and tokens[:2] != ("let", "me")
        and all(tokens[i - 1] in _TOLD_LET and tokens[i + 2 : i + 3] != ("know",) for i in found)
    )
