"""`policycheck lint`: does a privacy policy contain what regulators check? (contract §6)

    results = lint(document, extract(document), load_config(Path(policy).parent))

Rules, cues, legal bases and documentation live in mappings/lint_rules.yaml; the detectors in rules.py.
"""

from __future__ import annotations

from ..records import Document, Extraction, LintResult
from .config import LintConfig, load_config, load_config_file
from .rules import SEVERITY_ORDER, DETECTORS, build_context, load_rules, validate_lint_rules

__all__ = ["lint", "LintConfig", "load_config", "load_config_file", "validate_lint_rules", "jurisdictions_for",
           "active_rules", "SEVERITY_ORDER"]


def jurisdictions_for(document: Document, config: LintConfig | None = None) -> tuple[str, ...]:
    """The jurisdictions in force: the configuration's, else from the policy's language (zh -> cn, en -> all)."""
    if config is not None and config.jurisdictions:
        return tuple(config.jurisdictions)
    defaults = load_rules().default_jurisdictions
    return defaults.get(document.language, defaults["en"])


def active_rules(jurisdictions: tuple[str, ...], config: LintConfig | None = None) -> list[str]:
    """Ids of the rules that run: those of a jurisdiction in force or enabled, less the disabled ones."""
    config = config or LintConfig()
    ids = []
    for rule in load_rules().rules.values():
        if rule.id in config.disable:
            continue
        if rule.id in config.enable or set(rule.jurisdictions) & set(jurisdictions):
            ids.append(rule.id)
    return ids


def lint(document: Document, extraction: Extraction, config: LintConfig | None = None, manifest: str | None = None,
         apk: str | None = None) -> list[LintResult]:
    """Lint results for one policy, ordered by line then rule.

    `manifest` / `apk`: an AndroidManifest.xml or APK whose requested permissions `undeclared-permission` checks.
    """
    config = config or LintConfig()
    ruleset = load_rules()
    jurisdictions = jurisdictions_for(document, config)
    context = build_context(document, extraction, jurisdictions, ruleset, manifest=manifest, apk=apk)
    results: list[LintResult] = []
    for rule_id in active_rules(jurisdictions, config):
        rule = ruleset.rules[rule_id]
        if rule.id in config.enable and not set(rule.jurisdictions) & set(jurisdictions):
            # enabled outside its jurisdictions: cite its own bases
            context.jurisdictions = tuple(rule.jurisdictions)
            found = DETECTORS[rule.kind](rule, context)
            context.jurisdictions = jurisdictions
        else:
            found = DETECTORS[rule.kind](rule, context)
        for result in found:
            if rule.id in config.severity:
                result.severity = config.severity[rule.id]
        results.extend(found)
    results.sort(key=lambda r: (r.line, r.rule))
    return results
