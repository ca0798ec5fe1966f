"""One shape for "thanks [a handle, a word or two] for/por/pour/für/per/pelo ... <what is thanked>".

Three readers build on it: `fix_thanks` (thanks for a fix), `irony_acts` (thanks for a card stopped
in use, for a stop that was wanted) and `request_thanks` (thanks in advance, "merci de" +
infinitive). A handle between the thanks and the tie word ("gracias @banco por bloquear...",
"merci @sncf de corriger") is how thanks are written to a brand; the normalised clean text writes
it "<user>", and each reader once had to remember to let it through (two did not).
"""

from __future__ import annotations

from typing import Final

__all__ = ["HANDLES", "thanks_for", "thanks_for_tokens"]

# Any number of handles ("<user>" in the clean text), each with the spaces or punctuation after it.
HANDLES: Final = r"(?:<user>[\s,!]+)*"


def thanks_for(thanks: str, tie: str, words: int) -> str:
    """Pattern on the clean text: a thanks word (an alternation, ``thanks``), any handles, at
    most ``words`` more words or handles (fewest first), then ``tie`` (which says what may follow
    it). Adds no capturing group."""
    between = rf"(?:(?:\w+|<user>)[\s,!]+){{0,{words}}}?" if words else ""
    return rf"\b(?:{thanks})\b[\s,!]+{HANDLES}{between}{tie}"


def thanks_for_tokens(thanks: str, tie: str, words: int) -> str:
    """The same on tokens joined by single spaces (handles are no tokens): the words between in
    group "head" (with their leading spaces), the tie in group "gap"."""
    return rf"(?:^| ){thanks}(?P<head>(?: \S+){{0,{words}}}?) (?P<gap>{tie})"
