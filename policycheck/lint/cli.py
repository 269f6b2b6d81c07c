"""`policycheck lint POLICY [--format text|json|sarif] [--manifest AndroidManifest.xml|--apk APP.apk]`.

Wiring (policycheck/cli.py): `add_lint_parser(commands)` and `COMMANDS["lint"] = cmd_lint`.

Exit codes: 0 nothing at or above --fail-on (default: error); 1 results at or above it; 2 bad usage or unreadable
input (UsageError / InputError, reported by the main entry point as one line on stderr).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from ..errors import InputError, UsageError

EXIT_OK, EXIT_FINDINGS = 0, 1
FAIL_ON = ("error", "warning", "info", "never")


def add_lint_parser(subparsers: Any) -> Any:
    lint = subparsers.add_parser(
        "lint", help="check a privacy policy against what regulators look for (PIPL, GB/T 35273, GDPR, COPPA…)",
        description="Lint a privacy policy: missing notice items, contradictions, catch-all wording, and (with "
                    "--manifest/--apk) permissions the policy never mentions. Results are 'path:line: rule message'.")
    lint.add_argument("policy", nargs="*", metavar="POLICY",
                      help="policy file (HTML, text or Markdown) or - for stdin; several files may be given "
                           "(as pre-commit does)")
    lint.add_argument("--format", choices=["text", "json", "sarif"], default="text")
    source = lint.add_mutually_exclusive_group()
    source.add_argument("--manifest", metavar="AndroidManifest.xml", help="check the permissions this manifest requests")
    source.add_argument("--apk", metavar="APP.apk", help="check the permissions this APK requests")
    lint.add_argument("--explain", metavar="RULE", help="print the documentation of a rule and exit")
    lint.add_argument("--config", metavar="FILE", help="configuration file (default: the nearest .policycheck.toml "
                      "or pyproject.toml with [tool.policycheck], from the policy's folder upwards)")
    lint.add_argument("--fail-on", choices=FAIL_ON, default=None,
                      help="exit 1 when a result is at or above this severity (default: error, or the config's)")
    lint.add_argument("--jurisdiction", metavar="J[,J]", help="cn, eu, us or all (default: the config's, else from "
                      "the policy's language: zh -> cn, en -> all)")
    lint.add_argument("--lang", choices=["auto", "zh", "en"], default="auto",
                      help="policy language (auto-detected); with --explain, the language of the explanation")
    lint.add_argument("--max-input-mb", type=float, default=16.0, metavar="MB",
                      help="refuse policy files larger than this (default 16)")
    return lint


def _explain_language(requested: str) -> str:
    if requested in ("zh", "en"):
        return requested
    locale = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    return "zh" if locale.lower().startswith("zh") else "en"


def cmd_lint(args: Any) -> int:
    from . import SEVERITY_ORDER, jurisdictions_for, lint
    from .config import load_config, load_config_file, parse_jurisdiction
    from .report import lint_json, lint_sarif_many, lint_text, lint_text_summary

    if getattr(args, "explain", None):
        from .explain import explain

        sys.stdout.write(explain(args.explain, _explain_language(getattr(args, "lang", "auto"))))
        return EXIT_OK
    policies = args.policy if isinstance(args.policy, list) else ([args.policy] if args.policy else [])
    if not policies:
        raise UsageError("lint needs a POLICY file (or --explain RULE)")
    if policies.count("-") > 1 or ("-" in policies and len(policies) > 1):
        raise UsageError("lint reads stdin ('-') only as its single POLICY")
    for option in ("manifest", "apk"):
        value = getattr(args, option, None)
        if value and not Path(value).is_file():
            raise InputError(f"{value}: no such file (--{option})")
    explicit = load_config_file(args.config) if getattr(args, "config", None) else None
    override = None
    if getattr(args, "jurisdiction", None):
        try:
            override = parse_jurisdiction(args.jurisdiction, "--jurisdiction")
        except InputError as exc:
            raise UsageError(str(exc)) from None

    from ..extract import extract
    from ..ingest import load_policy

    runs = []  # (document, results, jurisdictions, config)
    for policy in policies:
        if explicit is not None:
            config = explicit
        else:
            config = load_config(Path.cwd() if policy == "-" else Path(policy).resolve().parent)
        if override:
            config.jurisdictions = override
        document = load_policy(policy, max_bytes=int(getattr(args, "max_input_mb", 64.0) * 1024 * 1024))
        if getattr(args, "lang", "auto") in ("zh", "en"):
            document.language = args.lang
            for block in document.blocks:
                block.language = args.lang
        results = lint(document, extract(document), config, manifest=getattr(args, "manifest", None),
                       apk=getattr(args, "apk", None))
        runs.append((document, results, jurisdictions_for(document, config), config))

    if args.format == "json":
        documents = [lint_json(results, document, jurisdictions) for document, results, jurisdictions, _ in runs]
        data = documents[0] if len(documents) == 1 else {"schema_version": "1", "policies": documents}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "sarif":
        sys.stdout.write(json.dumps(lint_sarif_many([(d, r, j) for d, r, j, _ in runs]), ensure_ascii=False, indent=2)
                         + "\n")
    else:
        for document, results, jurisdictions, _ in runs:
            sys.stdout.write(lint_text(results, document))
            print(f"{document.path}: " + lint_text_summary(results, jurisdictions), file=sys.stderr)
    exit_code = EXIT_OK
    for _, results, _, config in runs:
        fail_on = getattr(args, "fail_on", None) or config.fail_on or "error"
        if fail_on == "never":
            continue
        threshold = SEVERITY_ORDER[fail_on]
        if any(SEVERITY_ORDER.get(r.severity, 0) >= threshold for r in results):
            exit_code = EXIT_FINDINGS
    return exit_code
