"""The labelled harm set and its evaluation (precision/recall/F1 per language, speed).

The set has two parts, both under tests/data/harm/:
  * <lang>.jsonl: mentions written for this project in en/es/fr/de/it/pt, with kind and
    severity (null = no harm; many hard negatives such as "this deal is fire").
  * shared_refs.jsonl: labels of real tweets in the shared data, by reference only
    (source, tweet id; UMSAB rows by "<split>:<line>"): the texts are read from <data_dir> at run
    time and the rows are skipped when the shared data is absent (their licences forbid copying
    them here). Sources: airline, TWCS (random sample, SpotifyCares), UMSAB train/val in six
    languages, Sentiment140 (its test set: always held-out test). The labelling guideline is in
    tests/data/harm/README.md.

Split: a row is held-out test when xxh64 of its *family* key % 4 == 0. Every row names its
"group", shared by an English mention and its translations ("base:<i>" for the first block, where
i is the English line; a translation's line number in its own file is not its English twin's).
families.jsonl joins groups that are paraphrases of one another (the same situation reworded: other
brand, relative, amount or spelling; proposed by scripts/harm_families.py and reviewed by hand); a
family's key is its smallest group. So neither a translation nor a paraphrase of a test mention
is ever trained on, and the training cross-validation folds by family too.

    python -m mentionflow.tools.evaluate_harm --data /work/shared/data
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import xxhash

from mentionflow.core.harm import HARM_KINDS, HarmModel, detect_harm, load_model
from mentionflow.core.text import normalise

__all__ = [
    "LANGS",
    "HarmExample",
    "default_set_dir",
    "evaluate_harm",
    "harm_split",
    "load_harm_set",
    "read_shared_refs",
    "render_markdown",
]

LANGS = ("en", "es", "fr", "de", "it", "pt")
TEST_MOD = 4


@dataclass(frozen=True, slots=True)
class HarmExample:
    text: str
    lang: str
    kind: str | None
    severity: str | None
    source: str  # "own" or the shared set it came from
    group: str  # translations (and a shared tweet's id) share one
    family: str = ""  # split key: the group, or the smallest group of its paraphrase family


def default_set_dir() -> Path:
    return Path(__file__).resolve().parents[3] / "tests" / "data" / "harm"


def _read_csv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh)


# source -> (csv path, id column, author column). Rows of one author share a family: a thread
# ("they lost our car seat" ... "still no car seat") never straddles the split.
_SHARED_FILES = {
    "airline": ("airline_sentiment/Tweets.csv", "tweet_id", "name"),
    "twcs_random5000": ("twcs_customer_support/twcs_random5000.csv", "tweet_id", "author_id"),
    "twcs_spotify": ("twcs_customer_support/spotifycares_inbound_requests.csv", "tweet_id", "author_id"),
    "sentiment140": ("sentiment140_test/sentiment140_test_with_header.utf8.csv", "id", "user"),
}
# UMSAB (XLM-T) tweets by "<split>:<line>" of <folder>/<split>_text.txt; train and val only.
_UMSAB_LANGS = {"spanish": "es", "french": "fr", "german": "de", "italian": "it", "portuguese": "pt", "english": "en"}
# Test splits of the shared sets are for reporting only: their rows are always held-out test.
REPORT_ONLY_SOURCES = frozenset({"sentiment140"})


def _shared_texts(data_dir: Path, source: str) -> dict[str, tuple[str, str, str]]:
    """id -> (text, language, author key) of one shared source; empty when it is absent."""
    if source.startswith("umsab_"):
        folder = source.removeprefix("umsab_")
        lang = _UMSAB_LANGS[folder]
        out: dict[str, tuple[str, str, str]] = {}
        for split in ("train", "val"):
            path = data_dir / "umsab_multilingual_sentiment" / folder / f"{split}_text.txt"
            if path.exists():
                for i, text in enumerate(path.read_text(encoding="utf-8").split("\n")):
                    out[f"{split}:{i}"] = (text, lang, "")
        return out
    rel, id_col, author_col = _SHARED_FILES[source]
    path = data_dir / rel
    if not path.exists():
        return {}
    return {r[id_col]: (r["text"], "en", f"{source}:author:{r[author_col]}") for r in _read_csv(path)}


def load_families(set_dir: Path, extra: Sequence[Sequence[str]] = ()) -> dict[str, str]:
    """group -> family key (the smallest group of its family), from families.jsonl and `extra`
    (lists of groups to join) by union-find."""
    parent: dict[str, str] = {}

    def find(g: str) -> str:
        while parent.get(g, g) != g:
            g = parent[g]
        return g

    path = set_dir / "families.jsonl"
    lines = path.read_bytes().splitlines() if path.exists() else []
    for joined in [*(orjson.loads(line) for line in lines if line.strip()), *extra]:
        roots = sorted({find(g) for g in joined})
        for r in roots[1:]:
            parent[r] = roots[0]
    return {g: find(g) for g in {*parent, *parent.values()}}


def read_shared_refs(data_dir: Path, refs: Path) -> Iterator[tuple[dict[str, Any], tuple[str, str, str]]]:
    """Each labelled reference of ``refs`` (a JSON object a line: source, id, kind, severity) with its
    (text, language, author key) read from the shared data; references it cannot find are skipped."""
    cache: dict[str, dict[str, tuple[str, str, str]]] = {}
    for line in refs.read_bytes().splitlines():
        r = orjson.loads(line)
        src = r["source"]
        if src not in cache:
            cache[src] = _shared_texts(data_dir, src)
        found = cache[src].get(r["id"])
        if found is not None:
            yield r, found


def load_harm_set(data_dir: Path | None, set_dir: Path | None = None) -> list[HarmExample]:
    """Every labelled example; shared-data rows only when `data_dir` holds the files."""
    set_dir = set_dir or default_set_dir()
    own: list[tuple[str, str, str | None, str | None, str]] = []
    for lang in LANGS:
        path = set_dir / f"{lang}.jsonl"
        if not path.exists():
            continue
        for i, line in enumerate(path.read_bytes().splitlines()):
            if not line.strip():
                continue
            r = orjson.loads(line)
            # Every row names its group: an English item and its translations share one.
            own.append((r["text"], lang, r["kind"], r["severity"], r.get("group") or f"{lang}:{i}"))
    shared: list[tuple[str, str, str | None, str | None, str, str]] = []
    refs = set_dir / "shared_refs.jsonl"
    authors: dict[str, list[str]] = {}
    if data_dir is not None and refs.exists():
        for r, (text, lang, author) in read_shared_refs(data_dir, refs):
            src = r["source"]
            group = f"{src}:{r['id']}"
            if author:
                authors.setdefault(author, []).append(group)
            shared.append((text, lang, r["kind"], r["severity"], src, group))
    families = load_families(set_dir, [gs for gs in authors.values() if len(gs) > 1])
    rows = [HarmExample(t, lang, k, sev, "own", g, families.get(g, g)) for t, lang, k, sev, g in own]
    rows += [HarmExample(t, lang, k, sev, src, g, families.get(g, g)) for t, lang, k, sev, src, g in shared]
    return rows


def is_test(example: HarmExample) -> bool:
    if example.source in REPORT_ONLY_SOURCES:
        return True
    return xxhash.xxh64_intdigest((example.family or example.group).encode()) % TEST_MOD == 0


def harm_split(rows: Sequence[HarmExample]) -> tuple[list[HarmExample], list[HarmExample]]:
    return [r for r in rows if not is_test(r)], [r for r in rows if is_test(r)]


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def score_rows(rows: Sequence[HarmExample], model: HarmModel | None = None) -> dict[str, Any]:
    """Binary harm P/R/F1 per language and overall, kind and severity accuracy on hits."""
    per: dict[str, list[int]] = {}
    kind_ok = sev_ok = hits = 0
    misses: list[str] = []
    false_alarms: list[str] = []
    for r in rows:
        sig = detect_harm(normalise(r.text), r.lang, model)
        gold = r.kind is not None
        pred = sig.kind is not None
        c = per.setdefault(r.lang, [0, 0, 0, 0])  # tp fp fn n
        c[3] += 1
        if gold and pred:
            c[0] += 1
            hits += 1
            kind_ok += sig.kind == r.kind
            sev_ok += sig.severity == r.severity
        elif pred:
            c[1] += 1
            false_alarms.append(r.text if r.source == "own" else f"{r.source}:{r.group}")
        elif gold:
            c[2] += 1
            misses.append(r.text if r.source == "own" else f"{r.source}:{r.group}")
    out: dict[str, Any] = {"per_language": {}, "n": len(rows)}
    tot = [0, 0, 0, 0]
    for lang in sorted(per, key=lambda x: LANGS.index(x) if x in LANGS else 99):
        c = per[lang]
        out["per_language"][lang] = {**_prf(c[0], c[1], c[2]), "n": c[3], "positives": c[0] + c[2]}
        tot = [a + b for a, b in zip(tot, c, strict=True)]
    out["overall"] = {**_prf(tot[0], tot[1], tot[2]), "n": tot[3], "positives": tot[0] + tot[2]}
    out["kind_accuracy"] = kind_ok / hits if hits else 0.0
    out["severity_accuracy"] = sev_ok / hits if hits else 0.0
    out["misses"] = misses
    out["false_alarms"] = false_alarms
    return out


def measure_speed(texts: Sequence[str], repeats: int = 3) -> dict[str, float]:
    """Median us per detect_harm call on pre-normalised texts, and the share that passes the gate."""
    norms = [normalise(t) for t in texts]
    model = load_model()
    detect_harm(norms[0], "en", model)
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for n in norms:
            detect_harm(n, "en", model)
        runs.append((time.perf_counter() - t0) / len(norms) * 1e6)
    scored = sum(1 for n in norms if detect_harm(n, "en", model).score > 0.0)
    return {"us_per_mention": statistics.median(runs), "scored_share": scored / len(norms), "n": len(norms)}


def evaluate_harm(data_dir: Path | str | None, set_dir: Path | None = None) -> dict[str, Any]:
    """Held-out harm metrics (per language and overall), speed on the airline tweets, markdown."""
    data_path = Path(data_dir) if data_dir is not None else None
    rows = load_harm_set(data_path, set_dir)
    train, test = harm_split(rows)
    model = load_model()
    result: dict[str, Any] = {
        "set": {
            "total": len(rows),
            "train": len(train),
            "test": len(test),
            "own": sum(r.source == "own" for r in rows),
            "shared_refs": sum(r.source != "own" for r in rows),
            "positives": sum(r.kind is not None for r in rows),
        },
        "test": score_rows(test, model),
        "model": model.meta,
    }
    airline = data_path / "airline_sentiment" / "Tweets.csv" if data_path else None
    if airline is not None and airline.exists():
        texts = [r["text"] for r in _read_csv(airline)]
        result["speed"] = measure_speed(texts)
    result["markdown"] = render_markdown(result)
    return result


def render_markdown(res: dict[str, Any]) -> str:
    s = res["set"]
    t = res["test"]
    lines = [
        "## Harm and safety signal",
        "",
        f"Labelled harm set: {s['total']} mentions ({s['own']} written for the project in "
        f"{', '.join(LANGS)}; {s['shared_refs']} real tweets (airline, TWCS, UMSAB, Sentiment140) labelled by "
        "reference), "
        f"{s['positives']} harm. Held-out test split: {s['test']} (never trained on).",
        "",
        "| language | n | harm | precision | recall | F1 |",
        "|---|---|---|---|---|---|",
    ]
    for lang, m in [*t["per_language"].items(), ("overall", t["overall"])]:
        lines.append(
            f"| {lang} | {m['n']} | {m['positives']} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} |"
        )
    lines += [
        "",
        f"Kind correct on detected harm: {t['kind_accuracy']:.3f}; severity correct: "
        f"{t['severity_accuracy']:.3f}. Kinds: {', '.join(HARM_KINDS)}.",
    ]
    if "speed" in res:
        sp = res["speed"]
        lines.append(
            f"Speed: {sp['us_per_mention']:.2f} us/mention on {sp['n']} airline tweets "
            f"({sp['scored_share']:.1%} pass the trigger-word gate and are scored)."
        )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=None, help="shared data dir (optional)")
    ap.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    args = ap.parse_args(argv)
    res = evaluate_harm(args.data)
    sys.stdout.write(res["markdown"])
    if args.verbose:
        for m in res["test"]["misses"]:
            print("MISS", m)
        for m in res["test"]["false_alarms"]:
            print("FALSE", m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
