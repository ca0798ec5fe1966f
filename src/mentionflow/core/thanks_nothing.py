""" "Thanks for nothing" in every supported language and in its everyday shapes (used by
`core.features` for the sarcasm cue).

The idiom is sarcasm wherever it is said: it thanks for nothing done, so it is never praise,
even when the text names no failure word ("Danke @brand für nix. Techniker kam nie."). The fixed
phrase in features.py holds the bare form; people put the brand, a name or an intensifier between
the thanks and the "for" ("thanks @brand for nothing", "thanks a lot for absolutely nothing",
"gracias @marca por nada de nada", "merci encore pour rien du tout", "danke auch für gar nix",
"grazie tante per un bel niente", "obrigadinho por coisa nenhuma"), and say "nothing" in slang
("nix", "zilch", "que dalle", "porra nenhuma"), Swiss German included ("merci för nüt").

Not when "nothing" starts a comparison or an exception ("thanks for nothing short of amazing",
"thanks for nothing but kindness", "merci pour rien de moins qu'un miracle", "danke für nichts
als Ärger" is a complaint but said plainly, not as the idiom), nor the reply to thanks ("Gracias!
De nada", "merci, de rien", "grazie, di niente": "you're welcome", and no "for" word of the
idiom's own but "di" glued to the thanks).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["NOTHING_TOKENS", "thanks_for_nothing"]

_THANKS: Final = (
    r"thanks|thank you|thank u|thankyou|thx|ty|cheers|ta|gracias|grasias|merci|danke|dankeschön|dank|grazie"
    r"|obrigad[oa]|obrigadinh[oa]|obrigadão|brigad[oa]|valeu"
)
# The idiom's "for" ("di" only glued to "grazie": "grazie di niente"; never es/pt/fr "de", the
# "you're welcome" of "de nada", "de rien").
_FOR: Final = r"for|por|pour|für|fuer|fürs|för|per|pelo|pela"  # "för": Swiss German ("merci för nüt")
# Between the thanks and the "for": the brand's handle, intensifiers ("a lot", "again", "auch",
# "tante") and at most two other words (a name: "thanks Nimbus Mobile for nothing"), a comma
# after them; no stop or exclamation (a reply follows those), no negation ("gracias, no lo
# cambio por nada", "grazie, non mi piace per niente": "for anything", "at all") and no second
# "for" ("thanks for fixing it for nothing": for free).
_FILLERS: Final = (
    r"<user>|a lot|so much|very much|a bunch|again|once again|guys|mate|folks|all|really|"
    r"muchas|mil|de nuevo|otra vez|chicos|"
    r"beaucoup|bien|encore|"
    r"auch|vielmals|nochmal|schön|"
    r"mille|tante|tanto|di nuovo|ancora|"
    r"muito|mesmo|de novo|pessoal"
)
_NEGATORS: Final = r"no|not|never|non|ne|n['\u2019]|pas|nicht|nie|kein\w*|mai|nunca|jamais|não|nao|\w+n['\u2019]t"
_WORD: Final = rf"(?!(?:{_NEGATORS}|{_FOR}|di|de)(?![\w'\u2019]))[^\s.!?,;:]+"
_BETWEEN: Final = rf"(?:[\s,]+(?:{_FILLERS})(?!\w)){{0,3}}(?:[\s,]+{_WORD}){{0,2}}(?:[\s,]+(?:{_FILLERS})(?!\w)){{0,3}}"
_INTENSIFIERS: Final = (
    r"absolutely|literally|exactly|precisely|"
    r"absolutamente|literalmente|rigurosamente|"
    r"absolument|strictement|"
    r"gar|rein gar|überhaupt|absolut|"
    r"assolutamente|proprio|un bel|"
    r"rigorosamente"
)
_NOTHING: Final = (
    r"nothing|nothin|zilch|f all|fuck all|sod all|bugger all|"
    r"nada(?: de nada)?|"
    r"rien(?: du tout)?|que dalle|"
    r"nichts|nix|nüt|nüüt|"
    r"niente|nulla|"
    r"coisa nenhuma|porra nenhuma|nadinha"
)
# What makes "nothing" a comparison, an exception or "for the world", not the idiom ("thanks for
# nothing short of amazing", "nothing but kindness", "pour rien au monde").
_NOT_IDIOM: Final = (
    r"but|short|less|more|else|than|except|apart|other|compared|like|in the world|"
    r"menos|más|mas|salvo|excepto|que|en el mundo|del mundo|"
    r"de moins|de plus|d['\u2019]autre|sauf|au monde|"
    r"als|außer|ausser|anderes|weniger|mehr|auf der welt|"
    r"meno|altro|più|se non|tranne|di meno|di più|al mondo|"
    r"mais|além|senão|no mundo"
)
THANKS_NOTHING_RE: Final = re.compile(
    rf"(?<!\w)(?:{_THANKS})(?:{_BETWEEN}[\s,]+(?:{_FOR})|\s+di)\s+(?:(?:{_INTENSIFIERS})\s+)?(?:{_NOTHING})"
    rf"(?![\w'\u2019])(?!\s*(?:,\s*)?(?:{_NOT_IDIOM})(?!\w))"
)
# Tokens that can end the idiom: the gate before the pattern.
NOTHING_TOKENS: Final = frozenset(
    {"nothing", "nothin", "zilch", "f", "fuck", "sod", "bugger", "nada", "rien", "dalle", "nichts", "nix", "niente"}
    | {"nüt", "nüüt"}
    | {"nulla"}
    | {"nenhuma", "nadinha"}
)


_NOTHING_RE: Final = re.compile(rf"(?<!\w)(?:{_NOTHING})(?!\w)")
_BEFORE: Final = 120  # characters read before a "nothing": the thanks, fillers and "for" fit in far less
_AFTER: Final = 40
_MOST: Final = 4  # "nothing"s read: a hostile text repeating it costs no more than four windows


def thanks_for_nothing(low: str) -> bool:
    """The text thanks for nothing ("thanks @brand for absolutely nothing", "danke für nix"; ``low``:
    lower-cased clean text). Read only round each "nothing", so a long text costs a few windows."""
    for k, m in enumerate(_NOTHING_RE.finditer(low)):
        if k == _MOST:
            break
        if THANKS_NOTHING_RE.search(low, max(0, m.start() - _BEFORE), m.end() + _AFTER) is not None:
            return True
    return False
