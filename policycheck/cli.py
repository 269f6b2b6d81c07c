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

from . import __version__, limits
from .errors import PolicycheckError, UsageError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors on one line, with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _add_input_options(parser: argparse.ArgumentParser, behaviour: bool = False, policy_size: bool = True) -> None:
    """The resource limits (policycheck/limits.py, docs/limits.md); unset flags fall back to POLICYCHECK_* variables."""
    if policy_size:
        parser.add_argument("--max-input-mb", type=float, default=None, metavar="MB",
                            help="refuse policy files larger than this (default 16; $POLICYCHECK_MAX_INPUT_MB)")
    parser.add_argument("--max-sentences", type=int, default=None, metavar="N",
                        help="refuse policies with more sentences or text blocks than this (default 20000; "
                             "$POLICYCHECK_MAX_SENTENCES)")
    parser.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                        help="give up on a policy after this many seconds (default 120, 0 = no limit; "
                             "$POLICYCHECK_TIMEOUT)")
    if behaviour:
        parser.add_argument("--max-behaviour-mb", type=float, default=None, metavar="MB",
                            help="refuse behaviour files and APKs larger than this (default 256; "
                                 "$POLICYCHECK_MAX_BEHAVIOUR_MB)")
        parser.add_argument("--max-zip-entries", type=int, default=None, metavar="N",
                            help="refuse APKs with more zip entries than this (default 100000; "
                                 "$POLICYCHECK_MAX_ZIP_ENTRIES)")
        parser.add_argument("--max-zip-expanded-mb", type=float, default=None, metavar="MB",
                            help="refuse APKs that expand to more than this (default 4096; "
                                 "$POLICYCHECK_MAX_ZIP_EXPANDED_MB)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="policycheck", description="Check whether an app does what its privacy policy says.")
    parser.add_argument("--version", action="version", version=f"policycheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    extract = commands.add_parser("extract", help="list the data practices a policy declares")
    extract.add_argument("policy", metavar="POLICY", help="policy file (HTML, text or Markdown) or - for stdin")
    extract.add_argument("--lang", choices=["auto", "zh", "en"], default="auto")
    extract.add_argument("--format", choices=["json", "table"], default="table")
    _add_input_options(extract)

    check = commands.add_parser("check", help="compare a policy with an app's observed behaviour")
    check.add_argument("policy", metavar="POLICY")
    check.add_argument("--behaviour", "--behavior", action="append", default=[], metavar="FILE",
                       help="observed behaviour: canonical JSON/JSONL, camille or PrivacySentry .xls/.xlsx, "
                            "Xposed log, HAR, AndroidManifest.xml or APK (repeatable)")
    check.add_argument("--apk", action="append", default=[], metavar="APP.apk", help="an APK (permissions, SDKs)")
    check.add_argument("--category", metavar="TYPE", help="app type for the necessary-information check "
                       "(see 'policycheck taxonomy --categories')")
    check.add_argument("--lang", choices=["auto", "zh", "en"], default="auto")
    check.add_argument("--format", choices=["table", "json", "md", "html", "sarif"], default="table")
    check.add_argument("--fail-on", metavar="STATUS[,STATUS]", help="exit 1 when a finding is at or above one of "
                       "these statuses (vague < ambiguous < omitted < incorrect) or a listed rule fires")
    _add_input_options(check, behaviour=True)

    taxonomy = commands.add_parser("taxonomy", help="show the data-type taxonomy")
    taxonomy.add_argument("--lang", choices=["zh", "en"], default="en")
    taxonomy.add_argument("--format", choices=["json", "table"], default="table")
    taxonomy.add_argument("--validate", action="store_true", help="validate mappings/ and exit (2 when invalid)")
    taxonomy.add_argument("--categories", action="store_true", help="list the 39 app types of --category")
    from .batch.cli import add_batch_parser, add_report_parser
    from .lint.cli import add_lint_parser

    lint = add_lint_parser(commands)
    lint.set_defaults(max_input_mb=None)  # resolved by policycheck.limits (flag, then environment, then default)
    _add_input_options(lint, behaviour=True, policy_size=False)
    add_batch_parser(commands)
    add_report_parser(commands)

    evaluate = commands.add_parser("eval", help="precision/recall on the annotated corpora")
    evaluate.add_argument("corpus", nargs="*", metavar="CORPUS", help="corpus folders or .gold.yaml files "
                          "(default: corpora/eval)")
    evaluate.add_argument("--format", choices=["json", "table"], default="table")
    evaluate.add_argument("--split", choices=["all", "dev", "test"], default="all")
    evaluate.add_argument("--errors", action="store_true", help="list every false positive and false negative")
    evaluate.add_argument("--errors-task", default="data_type", choices=["data_type", "data_type_1st", "data_type_3rd",
                                                                         "action", "actor"],
                          help="the task whose errors --errors lists (default data_type)")
    evaluate.add_argument("--benchmarks", action="store_true", help="also score the public CA4P-483, PI-Extract and "
                          "OPP-115 sets, read from ../shared/reference (or --reference / $POLICYCHECK_REFERENCE)")
    evaluate.add_argument("--reference", metavar="DIR", help="folder holding corpora/zh-ca4p483, corpora/en-piextract "
                          "and corpora/en-opp115")
    evaluate.add_argument("--baseline", metavar="FILE", help="exit 1 if any figure is more than 2 points below "
                          "this recorded baseline (corpora/eval/figures.json)")
    evaluate.add_argument("--write-baseline", metavar="FILE", help="record the figures of this run as a baseline")
    evaluate.add_argument("--duplicates", action="store_true", help="only list identical policy lines whose gold "
                          "statements differ between files (the input of a gold consistency pass); no scoring")
    return parser


# --- commands -----------------------------------------------------------------------------------------------

def _load(args) -> Any:
    from .ingest import load_policy

    document = load_policy(args.policy)  # sizes from policycheck.limits, configured by main()
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


def _fail_on(spec: str | None) -> tuple[int | None, set[str]]:
    """(lowest failing status severity, rule ids) from --fail-on."""
    from .records import STATUS_SEVERITY

    if not spec:
        return None, set()
    threshold = None
    rules: set[str] = set()
    known_rules = {"before-consent", "beyond-necessary", "excessive-frequency", "sensitive-without-notice",
                   "third-party-undisclosed"}
    for item in (part.strip() for part in spec.split(",") if part.strip()):
        if item in STATUS_SEVERITY:
            severity = STATUS_SEVERITY[item]
            threshold = severity if threshold is None else min(threshold, severity)
        elif item in known_rules:
            rules.add(item)
        else:
            raise UsageError(f"--fail-on: unknown status or rule {item!r} "
                             f"(statuses: {', '.join(STATUS_SEVERITY)}; rules: {', '.join(sorted(known_rules))})")
    return threshold, rules


def cmd_check(args) -> int:
    from .behaviour import map_behaviour, read_behaviour
    from .compare import check
    from .extract import extract
    from .records import STATUS_SEVERITY, Behaviour
    from .report.check import check_json, check_markdown, check_sarif, check_table, dumps

    threshold, fail_rules = _fail_on(args.fail_on)
    inputs = list(args.behaviour) + list(args.apk)
    if not inputs:
        raise UsageError("check needs at least one --behaviour FILE or --apk APP.apk")
    behaviour = Behaviour()
    for path in inputs:
        part = read_behaviour(path)  # size limit: policycheck.limits (--max-behaviour-mb)
        behaviour.app = {**part.app, **behaviour.app} if behaviour.app else dict(part.app)
        behaviour.observations += part.observations
        behaviour.unmapped += part.unmapped
        behaviour.sources += part.sources or [path]
        behaviour.consent_time = behaviour.consent_time or part.consent_time
    behaviour = map_behaviour(behaviour)
    extraction = extract(_load(args))
    result = check(extraction, behaviour, args.category)
    if args.format == "json":
        print(dumps(check_json(result)))
    elif args.format == "sarif":
        print(dumps(check_sarif(result)))
    elif args.format == "md":
        print(check_markdown(result), end="")
    elif args.format == "html":
        from .report.html import check_html

        print(check_html(result, extraction), end="")
    else:
        print(check_table(result))
    failing = threshold is not None and any(STATUS_SEVERITY[f.status] >= threshold for f in result.findings)
    failing = failing or any(v.rule in fail_rules for v in result.violations)
    return EXIT_FINDINGS if failing else EXIT_OK


def cmd_taxonomy(args) -> int:
    from .taxonomy import load_taxonomy, validate_mappings

    if args.categories:
        from .compare.regulatory import categories
        from .report.text import table

        entries = list(categories().values())
        if args.format == "json":
            _print_json({"categories": entries})
        else:
            rows = [[str(c["number"]), c["id"], c["zh"] if args.lang == "zh" else c["en"],
                     ", ".join(c["necessary"]) or ("无须个人信息" if args.lang == "zh" else "none needed")]
                    for c in entries]
            print(table(["#", "id", "type", "necessary personal information"], rows, [3, 22, 34, 80]))
        return EXIT_OK

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

    from .evaluation.report import corpora_for, error_listing, evaluation_table
    from .evaluation import evaluate_extraction
    from .lint.evaluation import evaluate_lint, evaluation_table as lint_table

    paths = [Path(p) for p in args.corpus]
    for path in paths:
        if not path.exists():
            raise UsageError(f"{path}: no such corpus")
    corpora = corpora_for(paths)
    if args.duplicates:
        return _print_duplicates(corpora["extraction"], args.format)
    split = None if args.split == "all" else args.split
    extraction = evaluate_extraction(corpora["extraction"]) if corpora["extraction"] else None
    lint = evaluate_lint(corpora["lint"]) if corpora["lint"] else None
    from .evaluation.check_cases import evaluate_check

    check_result = evaluate_check(corpora["check"]) if corpora["check"] else None
    benchmarks = None
    if args.benchmarks:
        from .evaluation.benchmarks import evaluate_ca4p, evaluate_opp115, evaluate_piextract, reference_dir

        reference = reference_dir(args.reference)
        if reference is None:
            print("policycheck: public benchmarks skipped: ../shared/reference/corpora not found "
                  "(pass --reference DIR)", file=sys.stderr)
        else:
            benchmarks = {"ca4p483_test": evaluate_ca4p(reference, "test"),
                          "piextract_validation": evaluate_piextract(reference),
                          "opp115": evaluate_opp115(reference),
                          "opp115_in_context": evaluate_opp115(reference, in_context=True)}
    data = _evaluation_data(extraction, lint, check_result, benchmarks, split)
    if args.errors and extraction:
        from .evaluation.report import extraction_errors

        data["errors"] = extraction_errors(extraction, split, args.errors_task)
    failed = False
    if args.write_baseline:
        from .evaluation import baseline

        baseline.write(Path(args.write_baseline), data, " ".join(["policycheck eval", *map(str, args.corpus)]))
    if args.baseline:
        from .evaluation import baseline

        dropped = baseline.regressions(baseline.flatten(data), baseline.read(Path(args.baseline)))
        for line in dropped:
            print(f"policycheck: figure dropped: {line}", file=sys.stderr)
        failed = bool(dropped)
    if args.format == "json":
        _print_json(data)
        return EXIT_FINDINGS if failed else EXIT_OK
    sections = []
    if extraction:
        sections.append(evaluation_table(extraction, split))
        if args.errors:
            sections.append(error_listing(extraction, split, args.errors_task))
    if lint:
        sections.append(lint_table(lint))
    if check_result:
        from .evaluation.report import check_table

        sections.append(check_table(check_result))
    if benchmarks:
        from .evaluation.report import benchmark_table

        sections.append(benchmark_table(benchmarks))
    print("\n\n".join(sections))
    return EXIT_FINDINGS if failed else EXIT_OK


def _print_duplicates(paths, fmt: str) -> int:
    """`eval --duplicates`: identical lines annotated differently across the gold files under `paths`."""
    from dataclasses import asdict

    from .evaluation.corpus import find_gold
    from .evaluation.duplicates import duplicates_listing, inconsistent_duplicates

    groups = inconsistent_duplicates(find_gold(paths))
    if fmt == "json":
        _print_json({"duplicates": [asdict(group) for group in groups]})
    else:
        print(duplicates_listing(groups))
    return EXIT_OK


def _evaluation_data(extraction, lint, check_result, benchmarks, split) -> dict:
    """The `eval --format json` document (contract section 8)."""
    from .evaluation.report import evaluation_json

    data = evaluation_json(extraction, split) if extraction else {"tasks": {}}
    if lint:
        data["tasks"]["lint"] = lint["languages"]
        data["lint"] = {"complete": lint["complete"], "seconds_per_policy": lint["seconds_per_policy"]}
    if check_result:
        data["tasks"]["check"] = {
            lang: {"accuracy": block["status_accuracy"], "n": block["n"], **{
                f"violation_{k}": v for k, v in block["violations"].items() if k in ("precision", "recall", "f1")}}
            for lang, block in check_result["languages"].items()}
    if benchmarks:
        data["tasks"]["ca4p483_data_span"] = {"zh": benchmarks["ca4p483_test"]["span_overlap"]}
        if "span_exact_tagged" in benchmarks["ca4p483_test"]:  # the CA4P-483 paper's own (exact-span) metric
            data["tasks"]["ca4p483_data_span_exact"] = {"zh": benchmarks["ca4p483_test"]["span_exact_tagged"]}
        data["tasks"]["piextract_data_span"] = {"en": benchmarks["piextract_validation"]["data_phrase"]}
        data["benchmarks"] = benchmarks
    return data


def cmd_lint(args) -> int:
    from .lint.cli import cmd_lint as run

    return run(args)


def cmd_batch(args) -> int:
    from .batch.cli import cmd_batch as run

    return run(args)


def cmd_report(args) -> int:
    from .batch.cli import cmd_report as run

    return run(args)


COMMANDS = {"extract": cmd_extract, "check": cmd_check, "lint": cmd_lint, "batch": cmd_batch, "report": cmd_report,
            "taxonomy": cmd_taxonomy, "eval": cmd_eval}


LIMITED_COMMANDS = ("extract", "check", "lint")  # run under policycheck.limits (flags, environment, defaults)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not args.command:
            parser.print_help(sys.stderr)
            return EXIT_ERROR
        if args.command not in LIMITED_COMMANDS:
            return COMMANDS[args.command](args)
        policies = args.policy if isinstance(args.policy, list) else [args.policy]
        what = policies[0] if len(policies) == 1 else f"{len(policies)} policies"
        with limits.configured(**{name: getattr(args, name, None) for name in limits.SETTINGS}) as in_force:
            args.max_input_mb, args.max_sentences = in_force.max_input_mb, in_force.max_sentences
            with limits.time_limit(in_force.timeout * max(1, len(policies)), what):  # per policy file
                return COMMANDS[args.command](args)
    except PolicycheckError as exc:
        message = " ".join(str(exc).splitlines())  # one line, even for a file name with a line break in it
        print(f"policycheck: error: {message}", file=sys.stderr)
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
