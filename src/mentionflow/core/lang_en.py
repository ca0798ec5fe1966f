"""Everyday English words, for short and noisy English posts with too few function words.

lid.176 misreads short English chat ("sad day...bankrupt GM" -> und, "hmm...meme time" -> ru,
"ur a homie ty" -> br, "work til 6pm... lets go" -> no), and the English fast path in `lang`
needs two function words. These are the words such posts are made of instead: chat spellings
and abbreviations, and frequent verbs, nouns, adjectives and adverbs of everyday English. A post
most of whose words are in this list (or are English markers), with no word of another supported
language beside them, is English (`lang._english_by_words`).

Rules for a word to be listed: it is not a word, nor a chat spelling, of es/fr/de/it/pt or of the
unsupported languages in `lang_other`, as written in tweets (checked against the UMSAB
es/fr/de/it/pt train/val texts, where each occurs in at most a handful of code-mixed lines; left
out for that reason: "come", "train", "car", "see", "man", "hat", "long", "problem", "terrible",
"horrible", "order", "ticket", "game", "live", "stop", "cool", "okay", "may", "over", "he").
Romanised Hindi mixes these words in freely: `lang` consults the list only when no word of an
unsupported language is in the post.
"""

from __future__ import annotations

from mentionflow.core.text import NormalisedText

__all__ = ["EVERYDAY_ENGLISH", "looks_english_or_symbolic"]

_WORDS = (
    # chat spellings and abbreviations
    "u ur ty thx thnx tnx pls plz lol lmao lmfao omg idk btw tho til till lets gonna wanna gotta "
    "hmm ugh yeah yep yup nope hey hello sorry yes dm dms ppl bc cuz coz smh tbh imo fyi asap rn "
    "yall wheres "
    # the pronoun "I" (Italian writes "i" too, beside words of its own that outnumber it)
    "i "
    # time
    "day days time times today tonight tomorrow yesterday morning afternoon evening night week "
    "weekend hour hours minutes mins year years monday tuesday wednesday thursday friday saturday "
    "sunday "
    # feelings and verdicts
    "love loves loved hate hated hates sad happy good great bad best worst better nice awesome "
    "amazing done tired bored sick upset angry annoyed glad excited funny cute lovely beautiful "
    # verbs
    "sent send message call called phone back home work working go going gone went came coming "
    "know think said say tell told getting trying tried looking watching doing making taking feel "
    "feeling hope wish find found keep kept left let made make take took give gave saw seen look "
    "watch talk eat sleep buy bought pay paid wait waiting "
    # things
    "people thing things everything nothing something anything someone anyone everyone nobody "
    "money account refund delivery delayed delay cancelled canceled late lost missed bag bags "
    "luggage seat seats gate friend friends family house school job life world movie song "
    "birthday weather way guys guy girl boy baby dog one new first last win ready answer "
    # adverbs, pronouns, auxiliaries, prepositions
    "never ever always already soon ago too well right away down up off around even though maybe "
    "probably actually apparently literally definitely finally seriously totally pretty every "
    "she him her his myself yourself does did might must into through without until during"
)
EVERYDAY_ENGLISH: frozenset[str] = frozenset(_WORDS.split())


def looks_english_or_symbolic(norm: NormalisedText) -> bool:
    """No sign of another language: (nearly) all word tokens are ASCII; emoji don't count."""
    if norm.clean.isascii():
        return True
    foreign = [t for t in norm.tokens if not t.isascii() and t.isalpha()]  # emoji: not alpha
    return len(foreign) * 5 <= len(norm.tokens)  # <= 20% non-ASCII words ("café", a name)
