"""The `policycheck` command line.

Exit codes: 0 ran (nothing at or above --fail-on), 1 findings at or above --fail-on, 2 bad usage or unreadable
input (one line on stderr, never a traceback; set POLICYCHECK_DEBUG=1 to see one).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, Sequence

from . import __version__
from .errors import PolicycheckError, UsageError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors on one line, with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--max-input-mb", type=float, default=64.0, metavar="MB",
                        help="refuse policy files larger than this (default 64)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="policycheck", description="Check whether an app does what its privacy policy says.")
    parser.add_argument("--version", action="version", version=f"policycheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    extract = commands.add_parser("extract", help="list the data practices a policy declares")
    extract.add_argument("policy", metavar="POLICY", help="policy file (HTML, text or Markdown) or - for stdin")
    extract.add_argument("--lang", choices=["auto", "zh", "en"], default="auto")
    extract.add_argument("--format", choices=["json", "table"], default="table")
    _add_input_options(extract)

    taxonomy = commands.add_parser("taxonomy", help="show the data-type taxonomy")
    taxonomy.add_argument("--lang", choices=["zh", "en"], default="en")
    taxonomy.add_argument("--format", choices=["json", "table"], default="table")
    taxonomy.add_argument("--validate", action="store_true", help="validate mappings/ and exit (2 when invalid)")
    evaluate = commands.add_parser("eval", help="precision/recall on the annotated corpora")
    evaluate.add_argument("corpus", nargs="*", metavar="CORPUS", help="corpus folders or .gold.yaml files "
                          "(default: corpora/eval)")
    evaluate.add_argument("--format", choices=["json", "table"], default="table")
    evaluate.add_argument("--split", choices=["all", "dev", "test"], default="all")
    evaluate.add_argument("--errors", action="store_true", help="list every false positive and false negative")
    return parser


# --- commands -----------------------------------------------------------------------------------------------

def _load(args) -> Any:
    from .ingest import load_policy

    document = load_policy(args.policy, max_bytes=int(args.max_input_mb * 1024 * 1024))
    if getattr(args, "lang", "auto") in ("zh", "en"):
        document.language = args.lang
        for block in document.blocks:
            block.language = args.lang
    return document


def cmd_extract(args) -> int:
    from .extract import extract
    from .report.extraction import extraction_json, extraction_table

    extraction = extract(_load(args))
    if args.format == "json":
        _print_json(extraction_json(extraction))
    else:
        print(extraction_table(extraction))
    return EXIT_OK


def cmd_taxonomy(args) -> int:
    from .taxonomy import load_taxonomy, validate_mappings

    if args.validate:
        problems = validate_mappings()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            raise PolicycheckError(f"mappings/ has {len(problems)} problem(s)")
        print("mappings/ valid")
        return EXIT_OK
    taxonomy = load_taxonomy()
    if args.format == "json":
        _print_json({
            "root": taxonomy.root,
            "data_types": [
                {"id": t.id, "parent": taxonomy.parent(t.id), "en": t.en, "zh": t.zh, "sensitive": t.sensitive,
                 "terms": taxonomy.terms.get(args.lang, {}).get(t.id, [])}
                for t in taxonomy.types.values()
            ],
        })
        return EXIT_OK
    from .report.text import table

    rows = []
    for data_type in taxonomy.types.values():
        terms = taxonomy.terms.get(args.lang, {}).get(data_type.id, [])
        rows.append(["  " * taxonomy.depth(data_type.id) + data_type.id, taxonomy.name(data_type.id, args.lang),
                     "yes" if data_type.sensitive else "", ", ".join(map(str, terms[:6])) + (" …" if len(terms) > 6 else "")])
    print(table(["id", "name", "sensitive", "terms"], rows, [34, 30, 9, 70]))
    return EXIT_OK


def cmd_eval(args) -> int:
    from pathlib import Path

    from .evaluation.report import default_corpus, evaluation_json, evaluation_table, error_listing
    from .evaluation import evaluate_extraction

    paths = [Path(p) for p in args.corpus] or [default_corpus()]
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: no such corpus")
    split = None if args.split == "all" else args.split
    evaluation = evaluate_extraction(paths)
    if args.format == "json":
        _print_json(evaluation_json(evaluation, split))
    else:
        print(evaluation_table(evaluation, split))
        if args.errors:
            print()
            print(error_listing(evaluation, split))
    return EXIT_OK


COMMANDS = {"extract": cmd_extract, "taxonomy": cmd_taxonomy, "eval": cmd_eval}


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help(sys.stderr)
            return EXIT_ERROR
        return COMMANDS[args.command](args)
    except PolicycheckError as exc:
        print(f"policycheck: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("policycheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except MemoryError:
        print("policycheck: error: out of memory (input too large?)", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # never a traceback for users
        if os.environ.get("POLICYCHECK_DEBUG"):
            raise
        message = " ".join(str(exc).split())[:300]
        print(f"policycheck: internal error: {type(exc).__name__}: {message} (set POLICYCHECK_DEBUG=1 for details)",
              file=sys.stderr)
        return EXIT_ERROR


def entry_point() -> None:
    sys.exit(main())
