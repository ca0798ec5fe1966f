"""One table for every per-token lookup of the text path (`TokenLookups`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from itertools import repeat
from operator import itemgetter

from mentionflow.core.keywords import MEMO_MAX, CategoryConfig

# Per token: (sentiment weight with the lexicon folded in, irony weight, lexicon valence,
# keyword-file labels or None, complaint-model weight). Per bigram: (sentiment weight, irony
# weight, keyword-phrase labels or None, whether a keyword trigram starts with it,
# complaint-model weight).
TokenInfo = tuple[complex, float, float, tuple[str, ...] | None, float]
BigramInfo = tuple[complex, float, tuple[str, ...] | None, bool, float]
_ZERO_TOKEN: TokenInfo = (0j, 0.0, 0.0, None, 0.0)
_ZERO_BIGRAM: BigramInfo = (0j, 0.0, None, False, 0.0)
WEIGHT, _IRONY, VALENCE, LABELS = (itemgetter(i) for i in range(4))
PHRASE, TRIGRAM_START = itemgetter(2), itemgetter(3)
COMPLAINT = itemgetter(4)  # the complaint weight, of a token's info and of a bigram's


class TokenLookups:
    """Every per-token lookup of the text path in one table, so that a mention's tokens are
    looked up once (one dict probe each, in a table that stays warm) instead of once per
    model, lexicon and keyword list.

    A component's miss is stored as the default its own lookup used (0j, 0.0, 0.0, None), so
    sums over these tuples add the same values in the same order as sums over the separate
    dicts: the same bits. Token entries are made on first sight (keyword prefixes such as
    "refund*" match open-ended vocabularies) and the table starts over past `MEMO_MAX`;
    bigram entries are the union of the bigram tables, built once."""

    def __init__(
        self,
        words: Mapping[str, complex],
        bigrams: Mapping[tuple[str, str], complex],
        irony_words: Mapping[str, float],
        irony_bigrams: Mapping[tuple[str, str], float],
        lexicon: Mapping[str, float],
        cats: CategoryConfig,
        complaint_words: Mapping[str, float] | None = None,
        complaint_bigrams: Mapping[tuple[str, str], float] | None = None,
    ) -> None:
        self._words, self._irony_words, self._lexicon, self._cats = words, irony_words, lexicon, cats
        self._complaint_words = complaint_words or {}
        cb = complaint_bigrams or {}
        self._table: dict[str, TokenInfo] = {}
        starts = cats.trigram_starts
        keys = {*bigrams, *irony_bigrams, *cats.bigrams, *starts, *cb}
        self.bigrams: dict[tuple[str, str], BigramInfo] = {
            k: (bigrams.get(k, 0j), irony_bigrams.get(k, 0.0), cats.bigrams.get(k), k in starts, cb.get(k, 0.0))
            for k in keys
        }

    def token(self, tok: str) -> TokenInfo:
        info = self._table.get(tok)
        return info if info is not None else self._learn(tok)

    def tokens(self, toks: Iterable[str]) -> list[TokenInfo]:
        """The infos of `toks`, in their order."""
        try:
            return list(map(self._table.__getitem__, toks))
        except KeyError:  # a token not seen yet (rare after warm-up)
            return list(map(self.token, toks))

    def bigram_infos(self, bigrams: Iterable[tuple[str, str]]) -> list[BigramInfo]:
        return list(map(self.bigrams.get, bigrams, repeat(_ZERO_BIGRAM)))

    def _learn(self, tok: str) -> TokenInfo:
        labels = self._cats.labels_of(tok)
        cw = self._complaint_words
        if labels is None and all(tok not in t for t in (self._words, self._irony_words, self._lexicon, cw)):
            info = _ZERO_TOKEN  # one shared tuple for the many tokens no table knows
        else:
            weights = (self._words.get(tok, 0j), self._irony_words.get(tok, 0.0), self._lexicon.get(tok, 0.0))
            info = (*weights, labels, cw.get(tok, 0.0))
        if len(self._table) >= MEMO_MAX:  # unbounded vocabularies: start over
            self._table.clear()
        self._table[tok] = info
        return info


def all_negated(
    toks: tuple[str, ...],
    infos: list[TokenInfo],
    binfos: Iterable[BigramInfo],
    flag: str,
    before: AbstractSet[str],
    after: AbstractSet[str] = frozenset(),
) -> bool:
    """Every `flag` word of the mention is one word with a negator next to it (`before` or
    `after` it): a fix negated ("no funciona", "ne marche plus", "funktioniert nicht"), or a
    failure event with a no-such-thing word before it ("aucun retard", "keine Verspätung"). A
    word said in a phrase never is."""
    if any(lab is not None and flag in lab for lab in map(PHRASE, binfos)):
        return False
    found = False
    last = len(toks) - 1
    for i, info in enumerate(infos):
        lab = LABELS(info)
        if lab is not None and flag in lab:
            if (i == 0 or toks[i - 1] not in before) and (i == last or toks[i + 1] not in after):
                return False
            found = True
    return found
