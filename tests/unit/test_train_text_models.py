"""`train_multilingual(refit=False)`: the tables fitted on UMSAB train only, so that a trainer
change can be judged on val through the whole pipeline (`scripts/umsab_quick.py --train-only`);
the default refits on train + val, as shipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentionflow.tools.train_text_models import UMSAB_DIRS, train_multilingual

pytest.importorskip("sklearn")

_ROWS = {
    "es": [("odio esto", 0), ("hoy llueve", 1), ("me encanta", 2)],
    "fr": [("je déteste", 0), ("il pleut", 1), ("j'adore", 2)],
    "de": [("hasse das", 0), ("es regnet", 1), ("ich liebe es", 2)],
    "it": [("che schifo", 0), ("piove oggi", 1), ("adoro", 2)],
    "pt": [("odeio isso", 0), ("chove hoje", 1), ("amei", 2)],
}
# val: other words than train, so that a refit on train + val knows them and a train-only fit not.
_VAL = {
    "es": [("qué asco", 0), ("mañana veremos", 1), ("qué maravilla", 2)],
    "fr": [("quelle horreur", 0), ("on verra demain", 1), ("quelle merveille", 2)],
    "de": [("wie furchtbar", 0), ("mal sehen morgen", 1), ("wunderbar", 2)],
    "it": [("che orrore", 0), ("vedremo domani", 1), ("meraviglioso", 2)],
    "pt": [("que horror", 0), ("veremos amanhã", 1), ("maravilhoso", 2)],
}


def _write(root: Path) -> Path:
    for lang in _ROWS:
        d = root / "umsab_multilingual_sentiment" / UMSAB_DIRS[lang]
        d.mkdir(parents=True)
        for split, rows in (("train", _ROWS[lang]), ("val", _VAL[lang])):
            (d / f"{split}_text.txt").write_text("\n".join(t for t, _ in rows) + "\n", encoding="utf-8")
            (d / f"{split}_labels.txt").write_text("\n".join(str(y) for _, y in rows) + "\n", encoding="utf-8")
    return root


def test_train_only_fit_never_sees_val(tmp_path: Path) -> None:
    data = _write(tmp_path)
    refit, _ = train_multilingual(data, lambda _m: None)
    train_only, meta = train_multilingual(data, lambda _m: None, refit=False)
    val_words = {"es": "asco", "fr": "horreur", "de": "furchtbar", "it": "orrore", "pt": "horror"}
    for lang, word in val_words.items():
        assert word not in train_only[lang]["sparse"]
        assert word in refit[lang]["sparse"]
        assert set(train_only[lang]["sparse"]) < set(refit[lang]["sparse"])
    assert meta["C"] in (0.3, 1.0, 3.0)
