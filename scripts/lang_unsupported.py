"""Unsupported Latin-script languages scored as a supported one (measurement, not a test).

    PYTHONPATH=src python scripts/lang_unsupported.py [--split train] [--data /work/shared/data] [--show N]

* UMSAB hindi: lines written in Latin script (romanised Hindi, often mixed with English). Reports
  the detected codes and how many `analyse` scores as a supported language (en/es/fr/de/it/pt, or
  "und" on ASCII text, which is scored as English). Part of these lines really are English (the
  set is code-mixed), so the target is not zero: `--show` prints a sample to read.
* English controls (UMSAB english, tweeteval sentiment val, airline tweets, TWCS sample): how many
  English texts are flagged unsupported (the cost side).
"""

from __future__ import annotations

import argparse
import csv
import random
from collections import Counter
from pathlib import Path

from mentionflow.core.lang import detect_language
from mentionflow.core.sentiment import analyse
from mentionflow.core.text import normalise


def latin_script(text: str) -> bool:
    """Most letters are Latin (ASCII or Latin-1/Extended accents), none Devanagari."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or any("\u0900" <= ch <= "\u097f" for ch in letters):
        return False
    latin = sum(1 for ch in letters if ch < "\u0250")
    return latin >= 0.9 * len(letters)


def scored(text: str) -> tuple[str, bool]:
    norm = normalise(text)
    guess = detect_language(norm)
    return str(guess.code), analyse(norm, guess).supported


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/data")
    ap.add_argument("--split", default="train")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--controls", type=int, default=2000, help="texts per English control set")
    args = ap.parse_args()
    data = Path(args.data)
    lines = (data / "umsab_multilingual_sentiment/hindi" / f"{args.split}_text.txt").read_text().splitlines()
    latin = [t for t in lines if latin_script(t)]
    res = [(t, *scored(t)) for t in latin]
    codes = Counter(c for _, c, _ in res)
    sup = [r for r in res if r[2]]
    print(f"hindi {args.split}: {len(lines)} lines, {len(latin)} Latin-script")
    print(f"  detected: {codes.most_common(8)}")
    print(f"  detected as en/es/fr/de/it/pt: {sum(codes[c] for c in ('en', 'es', 'fr', 'de', 'it', 'pt'))}")
    print(f"  scored as supported (incl. und+ASCII): {len(sup)} ({len(sup) / max(1, len(latin)):.3f})")
    if args.show:
        rnd = random.Random(0)
        for t, c, s in rnd.sample(res, min(args.show, len(res))):
            print(f"   {'SUP' if s else 'uns'} {c:4} {t[:110]}")
    controls: dict[str, list[str]] = {
        "umsab-en": (data / "umsab_multilingual_sentiment/english" / f"{args.split}_text.txt").read_text().splitlines(),
    }
    with open(data / "tweeteval/sentiment_val.csv", newline="") as f:
        controls["tweeteval-val"] = [r["text"] for r in csv.DictReader(f)]
    with open(data / "airline_sentiment/Tweets.csv", newline="") as f:
        controls["airline"] = [r["text"] for r in csv.DictReader(f)]
    with open(data / "twcs_customer_support/twcs_random5000.csv", newline="") as f:
        controls["twcs"] = [r["text"] for r in csv.DictReader(f) if r["inbound"] == "True"]
    for name, texts in controls.items():
        texts = texts[: args.controls]
        flagged = [(t, c) for t in texts for c, s in [scored(t)] if not s]
        fc = Counter(c for _, c in flagged)
        print(f"{name}: {len(texts)} texts, unsupported {len(flagged)} {fc.most_common(6)}")
        if args.show:
            for t, c in flagged[: args.show // 4]:
                print(f"   {c:4} {t[:110]}")


if __name__ == "__main__":
    main()
