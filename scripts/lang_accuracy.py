"""Language-detection accuracy by length bucket (measurement, not a test).

    PYTHONPATH=src python scripts/lang_accuracy.py [--data /work/shared/data]

* UMSAB test texts (language known from the file): en/es/fr/de/it/pt must be detected as
  themselves; arabic/hindi must never be claimed as one of the six.
* The same texts cut to their first 3, 5 and 8 words (short posts).
* tests/data/lang_short_care.tsv: short care-style posts written for the project.

Two decisions are measured: `detect_language` (what `analyse` gets from the evaluation) and the
enrich decision (`Enrichment.lang`: the guess, or "und" when not confident enough).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from mentionflow.core.enrich import _confident_enough
from mentionflow.core.lang import detect_language
from mentionflow.core.text import normalise

OURS = ("en", "es", "fr", "de", "it", "pt")
DIRS = {
    "en": "english",
    "es": "spanish",
    "fr": "french",
    "de": "german",
    "it": "italian",
    "pt": "portuguese",
    "ar": "arabic",
    "hi": "hindi",
}
BUCKETS = ((0, 20), (20, 40), (40, 80), (80, 10_000))


def enrich_lang(norm):  # type: ignore[no-untyped-def]
    g = detect_language(norm)
    code = g.code or "und"
    return code if g.reliable or _confident_enough(g.confidence, norm) else "und"


def bucket(n: int) -> str:
    for lo, hi in BUCKETS:
        if lo <= n < hi:
            return f"{lo}-{hi - 1}" if hi < 10_000 else f"{lo}+"
    return "?"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--show", default="", help="print misdetections of this language")
    ap.add_argument("--split", default="test", help="UMSAB split (tune on train, report on test)")
    args = ap.parse_args()
    root = args.data / "umsab_multilingual_sentiment"
    sets: dict[str, list[tuple[str, str]]] = defaultdict(list)  # set name -> (gold, text)
    for lang, d in DIRS.items():
        texts = (root / d / f"{args.split}_text.txt").read_text(encoding="utf-8").split("\n")
        texts = [t for t in texts if t.strip()]
        for t in texts:
            sets["full"].append((lang, t))
            words = t.split()
            for n in (3, 5, 8):
                if len(words) > n:
                    sets[f"first{n}"].append((lang, " ".join(words[:n])))
    care = Path(__file__).resolve().parents[1] / "tests" / "data" / "lang_short_care.tsv"
    for line in care.read_text(encoding="utf-8").splitlines():
        lang, text = line.split("\t", 1)
        sets["care"].append((lang, text))

    t0 = time.perf_counter()
    ncalls = 0
    for name, rows in sets.items():
        for decision in ("detect", "enrich"):
            acc: dict[str, Counter[str]] = defaultdict(Counter)
            byb: dict[str, Counter[str]] = defaultdict(Counter)
            wrong: Counter[str] = Counter()
            for gold, text in rows:
                norm = normalise(text)
                pred = (detect_language(norm).code or "und") if decision == "detect" else enrich_lang(norm)
                ncalls += 1
                letters = sum(1 for ch in text if ch.isalpha())
                ours = gold in OURS
                if ours:
                    ok = pred == gold
                    tag = "ok" if ok else ("und" if pred == "und" else "wrong_ours" if pred in OURS else "wrong_other")
                    acc[gold][tag] += 1
                    byb[bucket(letters)][tag] += 1
                    if not ok and pred != "und":
                        wrong[f"{gold}->{pred}"] += 1
                    if args.show == gold and not ok and decision == "enrich" and name in ("first5", "care"):
                        print(f"  [{name}] {gold}->{pred}: {text}")
                else:
                    acc[gold]["claimed_en" if pred == "en" else "claimed" if pred in OURS else "ok"] += 1
                    if args.show == gold and pred in OURS and decision == "enrich" and name in ("first5", "care"):
                        print(f"  [{name}] {gold}->{pred}: {text}")
            print(f"== {name} / {decision} (n={len(rows)})")
            for g in [*DIRS, *sorted(set(acc) - set(DIRS))]:
                c = acc[g]
                tot = sum(c.values())
                if not tot:
                    continue
                if g in OURS:
                    print(
                        f"  {g}: acc {c['ok'] / tot:.3f}  und {c['und'] / tot:.3f}  "
                        f"other-of-ours {c['wrong_ours'] / tot:.3f}  unsupported {c['wrong_other'] / tot:.3f}  n={tot}"
                    )
                else:
                    share, share_en = c["claimed"] / tot, c["claimed_en"] / tot
                    print(f"  {g}: claimed as es/fr/de/it/pt {share:.3f}  as en {share_en:.3f}  n={tot}")
            if name != "care":
                print(
                    "  by letters (six languages): "
                    + "  ".join(
                        f"{b}: {c['ok'] / max(1, sum(c.values())):.3f} (n={sum(c.values())})"
                        for b, c in sorted(byb.items(), key=lambda kv: int(kv[0].split("-")[0].rstrip("+")))
                    )
                )
            print("  top confusions:", ", ".join(f"{k} {v}" for k, v in wrong.most_common(10)))
    print(f"{ncalls} calls in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
