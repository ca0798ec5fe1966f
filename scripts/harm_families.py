"""Propose paraphrase families for the labelled harm set (tests/data/harm/families.jsonl).

A family is a set of split groups that tell the same situation in other words (another brand,
relative, amount or spelling): "my 10 year old flying as an unaccompanied minor landed 2 hours ago
and no one can tell me where she is" and "my 11 yr old flew as unaccompanied minor and ur staff
cant tell me where she is". Translations already share a group; a family keeps paraphrases on
one side of the held-out split as well, so a test row never has a reworded twin in training.

This script proposes candidate pairs: same label (kind) and char 3-5-gram TF-IDF cosine >= 0.33
within one language, in groups not yet joined. Review them by hand and add the true ones to
families.jsonl (one JSON list of groups per line); `--write` appends every proposal unreviewed.

    PYTHONPATH=src python scripts/harm_families.py --data /work/shared/data [--write]

Needs scikit-learn (the dev extra).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import orjson
from sklearn.feature_extraction.text import TfidfVectorizer

from mentionflow.tools.evaluate_harm import LANGS, default_set_dir, load_harm_set

THRESHOLD = 0.33


def _prep(text: str) -> str:
    t = re.sub(r"@\w+", "", text.lower())
    t = re.sub(r"\bur\b", "your", t)
    t = re.sub(r"\bu\b", "you", t)
    return re.sub(r"\bn\b", "and", t)


def proposals(data: Path | None) -> list[tuple[float, str, str, str, str]]:
    rows = load_harm_set(data)
    out = []
    for lang in LANGS:
        lr = [r for r in rows if r.lang == lang]
        x = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit_transform(
            [_prep(r.text) for r in lr]
        )
        sim = (x @ x.T).toarray()
        for i in range(len(lr)):
            for j in range(i + 1, len(lr)):
                a, b = lr[i], lr[j]
                if sim[i, j] >= THRESHOLD and a.kind == b.kind and a.family != b.family:
                    out.append((float(sim[i, j]), a.group, b.group, a.text, b.text))
    return sorted(out, reverse=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--write", action="store_true", help="append every proposal to families.jsonl")
    args = ap.parse_args()
    props = proposals(args.data)
    for s, ga, gb, ta, tb in props:
        print(f"{s:.2f} [{ga}] {ta[:100]!r}\n     [{gb}] {tb[:100]!r}")
    if args.write:
        with (default_set_dir() / "families.jsonl").open("ab") as fh:
            for _, ga, gb, _, _ in props:
                fh.write(orjson.dumps([ga, gb]) + b"\n")


if __name__ == "__main__":
    main()
