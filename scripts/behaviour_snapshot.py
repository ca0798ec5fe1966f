"""Record what the pipeline decides, so that a refactor or a speed-up can prove it changed nothing.

Writes into OUT (one file each):

* ``process-<set>-<stage>.jsonl``: ``mentionflow process --until <stage> --clock event`` over the
  bundled sample stream and over the airline tweets (../shared/data, when present), for the
  sentiment stage (the analysis records) and the route stage (the case revisions);
* ``scenarios-<dir>.txt`` and ``.md``: ``mentionflow evaluate --scenarios`` totals and report for
  tests/data/scenarios and every tests/data/scenarios_holdout*;
* with ``--data``: ``evaluate-data.md`` / ``.json`` (``mentionflow evaluate --data``; minutes).

Everything runs with PYTHONHASHSEED=0 against the checkout at ``--root`` (its ``src`` first on
the path), so two checkouts compare with ``diff -r OUT_A OUT_B``:

    python scripts/behaviour_snapshot.py --root ../main-copy --out /tmp/snap-main
    python scripts/behaviour_snapshot.py --out /tmp/snap-mine
    diff -r /tmp/snap-main /tmp/snap-mine && echo identical
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

REPO = Path(__file__).resolve().parents[1]


def _env(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONPATH"] = str(root / "src")
    return env


def _cli(root: Path, args: list[str], stdin: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    cmd = [sys.executable, "-m", "mentionflow.cli", *args]
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as fh:
        return subprocess.run(cmd, cwd=root, env=_env(root), stdin=fh, capture_output=True, check=False)


def _airline_jsonl(data_dir: Path, target: Path) -> bool:
    csv_path = data_dir / "airline_sentiment" / "Tweets.csv"
    if not csv_path.is_file():
        return False
    from mentionflow.adapters import csv_mentions

    with csv_path.open(encoding="utf-8", newline="") as fh, target.open("wb") as out:
        for mention in csv_mentions(fh):
            out.write(orjson.dumps(mention) + b"\n")
    return True


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--root", type=Path, default=REPO, help="the checkout to run (default: this one)")
    p.add_argument("--out", type=Path, required=True, help="folder for the outputs")
    p.add_argument("--data", action="store_true", help="also run `evaluate --data` (slow)")
    shared = os.environ.get("MENTIONFLOW_SHARED_DATA") or REPO.parent / "shared" / "data"
    p.add_argument("--shared", type=Path, default=Path(shared), help="the shared data folder")
    args = p.parse_args(argv)
    root = args.root.resolve()
    out = args.out
    out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        inputs = {"sample": root / "src" / "mentionflow" / "data" / "sample_mentions.jsonl"}
        airline = Path(tmp) / "airline.jsonl"
        if _airline_jsonl(args.shared, airline):
            inputs["airline"] = airline
        for name, path in inputs.items():
            for stage in ("sentiment", "route"):
                t0 = time.perf_counter()
                res = _cli(root, ["process", "--until", stage, "--clock", "event"], stdin=path)
                (out / f"process-{name}-{stage}.jsonl").write_bytes(res.stdout)
                (out / f"process-{name}-{stage}.stderr").write_bytes(res.stderr + f"rc={res.returncode}\n".encode())
                lines = res.stdout.count(b"\n")
                print(f"process {name} {stage}: {lines} lines, {time.perf_counter() - t0:.1f}s")

        data_dir = root / "tests" / "data"
        folders = sorted(d for d in data_dir.iterdir() if d.is_dir() and d.name.startswith("scenarios"))
        for folder in folders:
            md = Path(tmp) / f"{folder.name}.md"
            res = _cli(root, ["evaluate", "--scenarios", str(folder), "--out", str(md)])
            totals = res.stdout.decode().replace(str(md), f"<{folder.name}.md>")
            (out / f"scenarios-{folder.name}.txt").write_text(totals + f"rc={res.returncode}\n", encoding="utf-8")
            if md.exists():
                (out / f"scenarios-{folder.name}.md").write_bytes(md.read_bytes())
            print(f"scenarios {folder.name}: rc={res.returncode}")

        if args.data:
            md, js = out / "evaluate-data.md", out / "evaluate-data.json"
            res = _cli(root, ["evaluate", "--data", str(args.shared), "--out", str(md), "--json", str(js)])
            (out / "evaluate-data.stdout").write_bytes(res.stdout)
            print(f"evaluate --data: rc={res.returncode}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
