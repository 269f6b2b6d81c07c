"""Command-line parts of `policycheck batch` and `policycheck report`, for policycheck/cli.py to register:

    from .batch.cli import add_batch_parser, add_report_parser, cmd_batch, cmd_report
    add_batch_parser(commands); add_report_parser(commands)
    COMMANDS.update(batch=cmd_batch, report=cmd_report)

Both return an exit code and raise PolicycheckError subclasses (UsageError / InputError, exit 2) for bad usage or
unusable input, like the other commands.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from ..errors import UsageError

EXIT_OK, EXIT_ERROR, EXIT_INTERRUPTED = 0, 2, 130


def _number_at_least(convert: Callable[[str], float], minimum: int, what: str) -> Callable[[str], float]:
    """An argparse type: `convert` the text, refusing values below `minimum` with a one-line message."""

    def parse(text: str) -> float:
        try:
            value = convert(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not {what}: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more")
        return value

    return parse


_positive_float = _number_at_least(float, 0, "a number")
_positive_int = _number_at_least(int, 1, "a whole number")
_count = _number_at_least(int, 0, "a whole number")


def add_batch_parser(subparsers) -> argparse.ArgumentParser:
    batch = subparsers.add_parser(
        "batch", help="check many apps: a folder of app folders or a MANIFEST.jsonl -> RESULTS.jsonl",
        description="Check every app of DIR (one sub-folder per app: policy.html|htm|txt|md and optional behaviour "
                    "files) or MANIFEST.jsonl ({\"id\", \"policy\", \"behaviour\": [...], \"category\"} a line). "
                    "Writes one JSON line per app to RESULTS as each app finishes. See docs/batch.md.")
    batch.add_argument("source", metavar="DIR|MANIFEST.jsonl")
    batch.add_argument("--out", "-o", required=True, metavar="RESULTS.jsonl", help="JSON Lines results file")
    batch.add_argument("--jobs", "-j", type=_positive_int, default=None, metavar="N",
                       help="worker processes (default: all cores); with --engine dask and --scheduler local, "
                            "the local cluster's workers")
    batch.add_argument("--resume", action="store_true",
                       help="continue an interrupted run: skip apps already in RESULTS (and --db)")
    batch.add_argument("--timeout", type=_positive_float, default=120.0, metavar="SECONDS",
                       help="time limit per app (default 120; 0 = none); an app over it is recorded as an error")
    batch.add_argument("--db", metavar="FILE.sqlite", help="also write a SQLite database (apps, findings, "
                       "statements, violations)")
    batch.add_argument("--engine", choices=["local", "dask"], default="local",
                       help="local process pool (default) or a dask.distributed cluster")
    batch.add_argument("--scheduler", metavar="ADDRESS", help="dask scheduler address (tcp://HOST:8786), or "
                       "'local' for a cluster on this machine")
    batch.add_argument("--send-files", action="store_true", help="dask: send each app's files to the workers "
                       "(for workers that do not share this machine's file system)")
    batch.add_argument("--category", metavar="TYPE", help="app type for apps that give none "
                       "(see 'policycheck taxonomy --categories')")
    batch.add_argument("--lang", choices=["auto", "zh", "en"], default="auto")
    batch.add_argument("--statements", action="store_true",
                       help="include every extracted statement in RESULTS (larger lines)")
    batch.add_argument("--cache-size", type=_count, default=128, metavar="N",
                       help="policies kept per worker, keyed by content hash (default 128; 0 = no cache)")
    batch.add_argument("--no-cache", dest="cache_size", action="store_const", const=0,
                       help="do not reuse extractions of identical policy texts (nor remembered sentence analyses)")
    batch.add_argument("--no-progress", dest="progress", action="store_const", const=False, default=None,
                       help="no progress bar (it is shown only when stderr is a terminal anyway)")
    batch.add_argument("--root", metavar="DIR", help="input files must lie inside DIR (default: the DIR given, or the "
                       "manifest's folder); paths leading out of it are item errors")
    batch.add_argument("--max-input-mb", type=float, default=16.0, metavar="MB",
                       help="refuse input files larger than this (default 16)")
    batch.add_argument("--max-sentences", type=int, default=20000, metavar="N",
                       help="refuse policies with more text blocks than this (default 20000)")
    return batch


def cmd_batch(args) -> int:
    from .runner import format_summary, run_batch

    if args.engine == "dask" and not args.scheduler:
        raise UsageError("--engine dask needs --scheduler ADDRESS (tcp://HOST:8786, or 'local')")
    if args.engine != "dask" and (args.scheduler or args.send_files):
        raise UsageError("--scheduler and --send-files go with --engine dask")
    options = {
        "timeout": args.timeout,
        "lang": args.lang,
        "max_bytes": int(args.max_input_mb * 1024 * 1024),
        "max_blocks": args.max_sentences,
        "cache_size": args.cache_size,
        "statements": args.statements,
    }
    summary = run_batch(args.source, args.out, jobs=args.jobs, resume=args.resume, db=args.db, engine=args.engine,
                        scheduler=args.scheduler, options=options, category=args.category,
                        send_files=args.send_files, progress=args.progress, root=args.root)
    print(format_summary(summary, args.out, args.db), file=sys.stderr, flush=True)
    return EXIT_INTERRUPTED if summary.interrupted else EXIT_OK


def add_report_parser(subparsers) -> argparse.ArgumentParser:
    report = subparsers.add_parser(
        "report", help="aggregate batch RESULTS: counts per status, data type, SDK and rule; charts",
        description="Aggregate a batch RESULTS.jsonl: counts per status, data type, SDK (actor) and rule, and the "
                    "top omitted / incorrect data types per SDK.")
    report.add_argument("results", metavar="RESULTS.jsonl")
    report.add_argument("--format", choices=["table", "json", "html"], default="table")
    report.add_argument("--charts", metavar="DIR", help="also write PNG charts to DIR (needs matplotlib)")
    report.add_argument("--top", type=_positive_int, default=10, metavar="N",
                        help="rows per ranking (default 10)")
    return report


def cmd_report(args) -> int:
    from ..report.aggregate import run_report

    return run_report(args.results, fmt=args.format, charts=args.charts, top=args.top)
