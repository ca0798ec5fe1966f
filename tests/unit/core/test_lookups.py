"""The shared token table (core/lookups.py) must give what the separate tables give."""

from __future__ import annotations

from itertools import pairwise, repeat
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from mentionflow.core.lookups import TokenLookups
from mentionflow.core.sentiment import default_analyzer
from mentionflow.core.text import normalise
from mentionflow.core.valence import valence

_WORDS = [
    "not",
    "good",
    "refunds",
    "on",
    "hold",
    "great",
    "delay",
    "no",
    "service",
    "very",
    "bad",
    "😀",
    "é",
    "!",
    "xyz",
]
_TEXT = st.lists(st.sampled_from(_WORDS), max_size=20).map(" ".join)


def _tables() -> tuple[TokenLookups, Any, Any, Any, Any]:
    an = default_analyzer()
    tm = an.text_models
    assert tm is not None
    words = an._get_word.__self__  # type: ignore[attr-defined]
    pairs = an._get_bigram.__self__  # type: ignore[attr-defined]
    irony = {k: w for k, w in tm.irony_weights.items() if isinstance(k, str)}
    return an.lookups, words, pairs, irony, an.model.lexicon


def test_token_info_is_each_table_lookup() -> None:
    lookups, words, _, irony, lexicon = _tables()
    cats = default_analyzer().categories
    complaint = default_analyzer().complaint
    assert complaint is not None
    for tok in ["good", "not", "refunds", "refund", "zzzunknown", "delay", "😀", "service"]:
        weight, irony_w, val, labels, complaint_w = lookups.token(tok)
        assert weight == words.get(tok, 0j)
        assert irony_w == irony.get(tok, 0.0)
        assert val == lexicon.get(tok, 0.0)
        assert labels == cats.labels_of(tok)
        assert complaint_w == complaint.words.get(tok, 0.0)
        assert (labels or ()) == (tuple(cats.token_labels({tok})[0]) if cats.token_labels({tok}) else ())


def test_prefix_entries_reach_unseen_words() -> None:
    # "refund*" in categories.yaml: a word never seen before still gets the prefix's labels.
    lookups = default_analyzer().lookups
    labels = lookups.token("refundzzqx")[3]
    assert labels is not None and "billing" in labels


def test_table_is_bounded(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mentionflow.core import lookups as mod

    monkeypatch.setattr(mod, "MEMO_MAX", 5)
    an = default_analyzer()
    table = TokenLookups({}, {}, {}, {}, an.model.lexicon, an.categories)
    for i in range(20):
        table.token(f"w{i}")
    assert len(table._table) <= 5


@given(_TEXT)
@settings(max_examples=200, deadline=None)
def test_sums_over_the_table_are_the_separate_sums(text: str) -> None:
    lookups, words, pairs, irony, lexicon = _tables()
    norm = normalise(text)
    toks = norm.tokens
    infos = lookups.tokens(toks)
    distinct = dict(zip(toks, infos, strict=True)).values()
    bigrams = dict.fromkeys(pairwise(toks)).keys()
    binfos = lookups.bigram_infos(bigrams)
    # The same additions in the same order: equal to the last bit.
    expected = sum(map(pairs.get, bigrams, repeat(0j)), sum(map(words.get, dict.fromkeys(toks), repeat(0j))))
    assert sum((b[0] for b in binfos), sum(i[0] for i in distinct)) == expected
    expected_irony = sum(irony.get(t, 0.0) for t in dict.fromkeys(toks))
    assert sum(i[1] for i in distinct) == expected_irony
    assert valence(norm, lexicon, [i[2] for i in infos]) == valence(norm, lexicon)
    # The complaint model's probability from the folded weights: the same bits as its own lookups.
    cm = default_analyzer().complaint
    assert cm is not None
    dense = [0.5] * len(cm.dense)
    folded = cm.probability_of_sums(sum(i[4] for i in distinct), sum(b[4] for b in binfos), dense)
    assert folded == cm.probability(dict.fromkeys(toks), bigrams, dense)
