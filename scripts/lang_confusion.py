"""Confusion matrices of `detect_language` on short posts and UMSAB (measurement, not a test).

    PYTHONPATH=src python scripts/lang_confusion.py [--split train,val] [--time]

* tests/data/lang_short_informal.tsv: short informal care posts written for the project
  (accent-free Portuguese, chat abbreviations, Spanish with q/xq/tb to keep Spanish honest).
* tests/data/lang_ca_es_short.tsv: short Spanish care posts that are valid Catalan strings too,
  real Catalan (must stay unsupported), Portuguese and Galician controls.
* UMSAB texts of the six supported languages, the given splits (tune on train/val; report
  test only at the end).
* --time: mean µs per call over 10k UMSAB train tweets (all eight languages, cycled).
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from mentionflow.core.lang import detect_language, preload_model
from mentionflow.core.text import normalise

OURS = ("en", "es", "fr", "de", "it", "pt")
DIRS = {"en": "english", "es": "spanish", "fr": "french", "de": "german", "it": "italian", "pt": "portuguese"}
# Unsupported controls: any of the six detected for these is a wrong claim.
CONTROLS = {"hi": "hindi", "ar": "arabic"}
# Unsupported neighbours in tests/data/lang_ca_es_short.tsv (Catalan, Galician): same reading.
NEIGHBOURS = ("ca", "gl")
COLS = (*OURS, "und", "other")


def matrix(name: str, rows: list[tuple[str, str]], show: str) -> None:
    conf: dict[str, Counter[str]] = {g: Counter() for g in (*OURS, *CONTROLS, *NEIGHBOURS)}
    for gold, text in rows:
        pred = detect_language(normalise(text)).code or "und"
        col = pred if pred in COLS else "other"
        conf[gold][col] += 1
        if show and gold == show and pred != gold:
            print(f"  {gold}->{pred}: {text}")
    print(f"== {name} (rows gold, cols detected)")
    print("      " + "".join(f"{c:>6}" for c in COLS) + "   acc")
    for g in (*OURS, *CONTROLS, *NEIGHBOURS):
        tot = sum(conf[g].values())
        if tot:
            print(
                f"  {g:>3} " + "".join(f"{conf[g][c]:>6}" for c in COLS) + f"  {conf[g][g] / tot:.3f} n={tot}"
                if g in OURS
                else f"  {g:>3} "
                + "".join(f"{conf[g][c]:>6}" for c in COLS)
                + f"  claimed {sum(conf[g][c] for c in OURS) / tot:.3f} n={tot}"
            )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--split", default="train,val")
    ap.add_argument("--show", default="")
    ap.add_argument("--time", action="store_true")
    args = ap.parse_args()
    preload_model()
    mine = Path(__file__).resolve().parents[1] / "tests" / "data" / "lang_short_informal.tsv"
    rows = [tuple(line.split("\t", 1)) for line in mine.read_text(encoding="utf-8").splitlines() if line]
    matrix("lang_short_informal.tsv", rows, args.show)  # type: ignore[arg-type]
    near = mine.with_name("lang_ca_es_short.tsv")
    rows = [tuple(line.split("\t", 1)) for line in near.read_text(encoding="utf-8").splitlines() if line]
    matrix("lang_ca_es_short.tsv (short Spanish vs Catalan/Galician)", rows, args.show)  # type: ignore[arg-type]
    root = args.data / "umsab_multilingual_sentiment"
    for split in args.split.split(","):
        urows = []
        for lang, d in {**DIRS, **CONTROLS}.items():
            for t in (root / d / f"{split}_text.txt").read_text(encoding="utf-8").splitlines():
                if t.strip():
                    urows.append((lang, t))
        matrix(f"UMSAB {split}", urows, args.show)
    if args.time:
        texts: list[str] = []
        for d in (*DIRS.values(), "arabic", "hindi"):
            texts += [t for t in (root / d / "train_text.txt").read_text(encoding="utf-8").splitlines() if t.strip()]
        texts = (texts * (10_000 // len(texts) + 1))[:10_000]
        norms = [normalise(t) for t in texts]
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            for n in norms:
                detect_language(n)
            best = min(best, time.perf_counter() - t0)
        print(f"detect_language: {best / len(norms) * 1e6:.1f} us/call over {len(norms)} tweets (best of 3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
