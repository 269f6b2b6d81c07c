"""`python -m policycheck.batch batch ...` / `python -m policycheck.batch report ...`: the batch commands on their
own, with the same options, exit codes and one-line errors as `policycheck batch` / `policycheck report`."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

from ..errors import PolicycheckError, UsageError
from .cli import add_batch_parser, add_report_parser, cmd_batch, cmd_report


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m policycheck.batch", description="policycheck batch and report")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    add_batch_parser(commands)
    add_report_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help(sys.stderr)
            return 2
        return {"batch": cmd_batch, "report": cmd_report}[args.command](args)
    except PolicycheckError as exc:
        print(f"policycheck: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("policycheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if os.environ.get("POLICYCHECK_DEBUG"):
            raise
        message = " ".join(str(exc).split())[:300]
        print(f"policycheck: internal error: {type(exc).__name__}: {message} (set POLICYCHECK_DEBUG=1 for details)",
              file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
