"""The ``mentionflow`` command."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from pathlib import Path
from typing import Any

import orjson

from mentionflow.settings import SettingsError, load_settings, packaged_data

# ---------------------------------------------------------------- worker


def cmd_worker(args: argparse.Namespace) -> int:
    from mentionflow.worker import run_worker

    overrides: dict[str, Any] = {}
    if args.stages:
        overrides["stages"] = args.stages
    return run_worker(load_settings(**overrides), args.web_port)


def cmd_topics(args: argparse.Namespace) -> int:
    settings = load_settings()
    from mentionflow.kafka_client import create_topics

    created = asyncio.run(create_topics(settings))
    print(f"created {len(created)} topic(s): {', '.join(created) or '-'}")
    return 0


# ---------------------------------------------------------------- replay and tail


def cmd_replay(args: argparse.Namespace) -> int:
    path = Path(args.path) if args.path != "sample" else packaged_data("sample_mentions.jsonl")
    # Before anything connects or creates topics: a typo in the path must change nothing.
    with path.open("rb"):
        pass
    from mentionflow.topic_io import guess_format, replay

    fmt = args.format or guess_format(path)
    asyncio.run(replay(path, fmt, args.rate, args.limit, args.topic, not args.quiet, args.loop))
    return 0


def cmd_tail(args: argparse.Namespace) -> int:
    from mentionflow.topic_io import tail

    seen = asyncio.run(tail(args.topic, args.count, args.timeout, sys.stdout.buffer, args.from_end))
    print(f"{seen} record(s)", file=sys.stderr)
    return 0 if args.count is None or seen >= args.count else 1


# ---------------------------------------------------------------- process (no Kafka)


def cmd_process(args: argparse.Namespace) -> int:
    from mentionflow.offline import process_lines

    customers = None
    if args.customers:
        customers = Path(args.customers) if args.customers != "sample" else packaged_data("customers.jsonl")
    return process_lines(sys.stdin.buffer, sys.stdout.buffer, until=args.until, clock=args.clock, customers=customers)


# ---------------------------------------------------------------- kafka, rules, evaluate


def cmd_kafka(args: argparse.Namespace) -> int:
    from mentionflow.tools import kafka_local

    return int(kafka_local.main([args.action, *(["--secure"] if args.secure else [])]) or 0)


def cmd_acls(args: argparse.Namespace) -> int:
    from mentionflow import acls

    settings = load_settings()
    principals = {}
    for item in args.principal or []:
        role, sep, principal = item.partition("=")
        if not sep or not principal.startswith("User:"):
            raise SystemExit(f"--principal {item!r}: expected role=User:name")
        principals[role] = principal
    path = Path(args.file) if args.file else acls.default_file()
    try:
        granted = acls.load(path, settings, principals)
    except acls.AclFileError as exc:
        print(f"mentionflow: {exc}", file=sys.stderr)
        return 2
    if args.action == "print":
        sys.stdout.write(acls.render_commands(granted))
        return 0
    asyncio.run(acls.apply(settings, granted))
    print(f"applied {len(granted)} ACL(s) from {path}", file=sys.stderr)
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    from mentionflow.rules_cli import check

    return check(Path(args.file))


def cmd_evaluate(args: argparse.Namespace) -> int:
    from mentionflow.tools import evaluate

    if args.scenarios is not None:
        from mentionflow.tools import scenarios

        folder = Path(args.scenarios) if args.scenarios else scenarios.default_folder()
        if not folder.is_dir():
            raise UserError(
                f"no care scenarios at {folder} (they come with the checkout, tests/data/scenarios): "
                "pass --scenarios DIR"
            )
        return scenarios.report(folder, Path(args.out) if args.out else None)
    argv = []
    if args.data:
        argv += ["--data", args.data]
    if args.out:
        argv += ["--out", args.out]
    if args.json:
        argv += ["--json", args.json]
    return int(evaluate.main(argv) or 0)


def cmd_train(args: argparse.Namespace) -> int:
    from mentionflow.tools import train_text_models

    argv = ["--data", args.data] if args.data else []
    return int(train_text_models.train_all(argv, only=args.only) or 0)


def cmd_demo(args: argparse.Namespace) -> int:
    from mentionflow.tools.demo import run_demo

    return run_demo(keep_kafka=args.keep_kafka)


def cmd_bench(args: argparse.Namespace) -> int:
    from mentionflow.tools.bench.main import main as bench_main

    return int(bench_main(args.bench_args) or 0)


def cmd_settings(args: argparse.Namespace) -> int:
    from mentionflow.settings import settings_markdown

    if args.check:
        settings = load_settings()
        print(orjson.dumps(settings.redacted(), default=str, option=orjson.OPT_INDENT_2).decode())
    else:
        sys.stdout.write(settings_markdown())
    return 0


def build_parser() -> argparse.ArgumentParser:
    from mentionflow import __version__

    parser = argparse.ArgumentParser(
        prog="mentionflow",
        description="Kafka-native stream processing that turns brand mentions into routed customer-care cases. "
        "Settings come from MENTIONFLOW_* variables (`mentionflow settings`).",
        epilog="Exit status: 0 ok, 1 a check failed, 2 a user error (settings, files, arguments, Kafka unreachable "
        "or refusing access), 130 interrupted, 141 output pipe closed.",
    )
    parser.add_argument("--version", action="version", version=f"mentionflow {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("worker", help="run the pipeline stages (all, or --stages a,b)")
    p.add_argument("--stages", help="comma-separated: enrich,sentiment,dedup,route,metrics,lifecycle")
    p.add_argument("--web-port", type=int, help="override MENTIONFLOW_WEB_PORT for this worker")
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("topics", help="create every topic (partitions, retention, compaction)")
    p.add_argument("action", choices=["create"], help="create: make the missing topics (existing ones are kept)")
    p.set_defaults(func=cmd_topics)

    p = sub.add_parser("replay", help="publish mentions from a file to mentions.raw")
    p.add_argument("path", help="JSONL, CSV or X v2 JSONL file; 'sample' for the bundled stream")
    p.add_argument("--rate", type=float, help="mentions per second (default: as fast as possible)")
    p.add_argument(
        "--format", choices=["jsonl", "csv", "twitter"], help="input format (default: csv for *.csv, else jsonl)"
    )
    p.add_argument("--limit", type=int, help="stop after this many records")
    p.add_argument("--loop", type=int, default=1, help="replay the file this many times")
    p.add_argument("--topic", help="publish to this topic instead of mentions.raw")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_replay)

    p = sub.add_parser("tail", help="print a topic as JSONL")
    p.add_argument("topic", help="topic name, with or without MENTIONFLOW_TOPIC_PREFIX (e.g. cases.routed)")
    p.add_argument("--count", type=int, help="stop after this many records (exit 1 if fewer came)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds to read for (default 30)")
    p.add_argument("--from-end", action="store_true", help="only records published from now on")
    p.set_defaults(func=cmd_tail)

    p = sub.add_parser("process", help="JSONL mentions on stdin -> JSONL records on stdout, no Kafka")
    p.add_argument(
        "--until",
        choices=["enrich", "sentiment", "dedup", "route"],
        default="route",
        help="the last stage to run; its records are written (default route: case revisions)",
    )
    p.add_argument("--customers", help="customer directory JSONL ('sample' for the bundled one)")
    p.add_argument(
        "--clock",
        choices=["auto", "wall", "event"],
        default="auto",
        help="processing time: wall clock, event time (replay), or auto (event for mentions older than a day)",
    )
    p.set_defaults(func=cmd_process)

    p = sub.add_parser("kafka", help="the local single-node Kafka broker")
    p.add_argument(
        "action",
        choices=["start", "stop", "status"],
        help="start (needs Java 17+ and Maven, or the jars already in $MENTIONFLOW_HOME/libs), stop, or status "
        "of the broker at MENTIONFLOW_KAFKA",
    )
    p.add_argument(
        "--secure",
        action="store_true",
        help="start: also SASL_SSL (port+2) and mutual-TLS (port+3) listeners with ACLs enforced (docs/security.md)",
    )
    p.set_defaults(func=cmd_kafka)

    p = sub.add_parser("acls", help="least-privilege Kafka ACLs: print kafka-acls.sh commands, or apply them")
    p.add_argument("action", choices=["print", "apply"], help="print: kafka-acls.sh commands; apply: create them")
    p.add_argument("--file", help="ACL file (default: the packaged acls.yaml)")
    p.add_argument("--principal", action="append", help="role=User:name, overrides the file (repeatable)")
    p.set_defaults(func=cmd_acls)

    p = sub.add_parser("rules", help="routing rules")
    p.add_argument("action", choices=["check"], help="check: validate a rules file, print OK or its errors")
    p.add_argument("file", help="the rules YAML to check")
    p.set_defaults(func=cmd_rules)

    p = sub.add_parser("evaluate", help="measure sentiment/intent quality on ../shared/data")
    p.add_argument("--data", help="the labelled data sets (default $MENTIONFLOW_SHARED_DATA or ../shared/data)")
    p.add_argument("--out", help="the markdown report to write (default docs/quality.md of the checkout)")
    p.add_argument("--json", help="also write the figures as JSON to this file")
    p.add_argument(
        "--scenarios",
        nargs="?",
        const="",
        help="run the care scenarios (default tests/data/scenarios) and write their pass rates into --out "
        "(default docs/quality.md)",
    )
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("train", help="retrain the packaged text models from ../shared/data (offline, needs [dev])")
    p.add_argument("--data", help="the labelled data sets (default $MENTIONFLOW_SHARED_DATA or ../shared/data)")
    p.add_argument(
        "--only",
        choices=["sentiment", "text", "intensity", "complaint", "harm"],
        help="only the English model, only the text models, only the English intensity weight (on the packaged "
        "text models), only the complaint model, or only the harm model",
    )
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("demo", help="local Kafka + worker + sample replay + routed cases summary")
    p.add_argument("--keep-kafka", action="store_true", help="leave the broker it started running afterwards")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("settings", help="print the settings table (markdown), or --check the current values")
    p.add_argument("--check", action="store_true", help="load and print the effective settings, secrets masked")
    p.set_defaults(func=cmd_settings)

    # Every option (--quick, --json, --markdown, --only, --profile, --memory, --help) is bench's own.
    p = sub.add_parser("bench", help="throughput/latency against raw aiokafka and bare faust", add_help=False)
    p.set_defaults(func=cmd_bench, bench_args=[])
    return parser


class UserError(Exception):
    """A mistake in what the user asked for: one line on stderr, exit status 2."""


def _user_errors() -> tuple[type[BaseException], ...]:
    """Errors of the user's files and settings: each says what and where in its message."""
    from mentionflow.adapters import AdapterError
    from mentionflow.core.catalog import CatalogError
    from mentionflow.core.replies import RepliesError
    from mentionflow.core.route import RulesError
    from mentionflow.core.signals import SignalsError
    from mentionflow.kafka_client import TopologyConflict
    from mentionflow.tools.kafka_local import KafkaLocalError

    return (
        SettingsError,
        UserError,
        RulesError,
        CatalogError,
        SignalsError,
        RepliesError,
        AdapterError,
        KafkaLocalError,
        TopologyConflict,
    )


def _quiet_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the interpreter's final flush is silent."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


EXIT_USAGE = 2  # a user error: settings, files, arguments, a broker that cannot be reached or refuses us
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what `yes | head` reports


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if args.func is cmd_bench:
        args.bench_args = extra
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.func is not cmd_worker:
        # aiokafka logs each failed connection attempt; the tools say it once, in one line, below.
        # (The worker keeps its logs once it runs: faust configures them.)
        logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `mentionflow process | head`: the reader has all it wanted
        _quiet_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as exc:
        if isinstance(exc, _user_errors()):
            print(f"mentionflow: {exc}", file=sys.stderr)
            return EXIT_USAGE
        if isinstance(exc, OSError) and exc.filename is not None:
            print(f"mentionflow: {exc.filename}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
        line = _kafka_failure(exc)
        if line is None:
            raise  # a bug: the traceback is what its report needs
        print(f"mentionflow: {line}", file=sys.stderr)
        return EXIT_USAGE


def _kafka_failure(exc: Exception) -> str | None:
    """One line for a Kafka connection or authorization failure (no traceback); None otherwise."""
    if type(exc).__module__.split(".")[0] not in ("aiokafka", "mentionflow"):
        return None
    from aiokafka.errors import KafkaError

    from mentionflow.kafka_client import KafkaAccessError, explain_kafka_error

    if isinstance(exc, KafkaAccessError):
        return str(exc)
    if isinstance(exc, KafkaError):
        return explain_kafka_error(load_settings(), exc)
    return None


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
