"""Rule documentation: `policycheck lint --explain RULE` and the pages under docs/rules/ (generated from
mappings/lint_rules.yaml, so the documentation and the rules cannot drift; tests/test_lint_docs checks the pages).

    python -m policycheck.lint.explain docs/rules     # regenerate the pages
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import UsageError
from .rules import load_rules

LABELS = {
    "en": {"severity": "Severity", "jurisdictions": "Jurisdictions", "kind": "Detector", "what": "What it checks",
           "why": "Why (legal basis)", "basis": "Legal basis", "fix": "How to fix", "examples": "Examples",
           "bad": "Fires on", "good": "Does not fire on", "unverified": "not verified against the official text",
           "config": "Configuration", "lang_zh": "Chinese", "lang_en": "English"},
    "zh": {"severity": "严重程度", "jurisdictions": "适用法域", "kind": "检测方式", "what": "检查内容",
           "why": "依据", "basis": "法律依据", "fix": "如何修改", "examples": "示例", "bad": "会报告",
           "good": "不会报告", "unverified": "未经与官方文本核对", "config": "配置", "lang_zh": "中文",
           "lang_en": "英文"},
}
SEVERITY_ZH = {"error": "错误（error）", "warning": "警告（warning）", "info": "提示（info）"}


def _rule(rule_id: str):
    rules = load_rules().rules
    if rule_id not in rules:
        raise UsageError(f"unknown lint rule {rule_id!r} (rules: {', '.join(rules)})")
    return rules[rule_id]


def rule_markdown(rule_id: str, lang: str = "en", level: int = 1) -> str:
    """The documentation of one rule in one language, as Markdown."""
    rule = _rule(rule_id)
    lang = "zh" if lang == "zh" else "en"
    labels = LABELS[lang]
    names = load_rules().jurisdiction_names
    hashes = "#" * level
    severity = SEVERITY_ZH[rule.severity] if lang == "zh" else rule.severity
    lines = [f"{hashes} {rule.id}: {rule.title[lang]}", ""]
    lines.append(f"- {labels['severity']}: {severity}")
    lines.append(f"- {labels['jurisdictions']}: " + ("、" if lang == "zh" else ", ").join(
        f"{j} ({names[j][lang]})" for j in rule.jurisdictions))
    lines += ["", f"{hashes}# {labels['what']}", "", rule.doc["what"][lang], "",
              f"{hashes}# {labels['why']}", "", rule.doc["why"][lang], ""]
    for entry in rule.basis:
        note = "" if entry.get("verified", True) else f" ({labels['unverified']})"
        lines.append(f"- [{entry['j']}] {entry[lang]}{note}")
    lines += ["", f"{hashes}# {labels['fix']}", "", rule.doc["fix"][lang], "", f"{hashes}# {labels['examples']}", ""]
    for example_lang in ("zh", "en"):
        example = rule.doc["examples"][example_lang]
        lines.append(f"{labels['lang_' + example_lang]}:")
        lines.append("")
        lines.append(f"- {labels['bad']}: {example['bad']}")
        lines.append(f"- {labels['good']}: {example['good']}")
        lines.append("")
    if lang == "zh":
        lines.append(f"{hashes}# {labels['config']}")
        lines += ["", f"在 `.policycheck.toml` 中写 `disable = [\"{rule.id}\"]` 关闭本规则，"
                  f"或在 `[severity]` 中调整严重程度。", ""]
    else:
        lines.append(f"{hashes}# {labels['config']}")
        lines += ["", f"Turn it off with `disable = [\"{rule.id}\"]` in `.policycheck.toml` (or `[tool.policycheck]` "
                  "in `pyproject.toml`); change its severity under `[severity]`.", ""]
    return "\n".join(lines).rstrip() + "\n"


def rule_page(rule_id: str) -> str:
    """The docs/rules/<id>.md page: English, then Chinese."""
    header = ("<!-- generated from mappings/lint_rules.yaml by `python -m policycheck.lint.explain docs/rules`; "
              "edit the YAML, not this page -->\n\n")
    return header + rule_markdown(rule_id, "en") + "\n---\n\n" + rule_markdown(rule_id, "zh", level=2)


def index_page() -> str:
    rules = load_rules().rules
    lines = ["<!-- generated from mappings/lint_rules.yaml; edit the YAML, not this page -->", "",
             "# policycheck lint rules", "",
             "`policycheck lint POLICY` checks a privacy policy against what regulators look for. "
             "`policycheck lint --explain RULE [--lang zh]` prints a rule's page.", "",
             "| rule | severity | jurisdictions | what it checks | 中文 |", "|---|---|---|---|---|"]
    for rule in rules.values():
        lines.append(f"| [{rule.id}]({rule.id}.md) | {rule.severity} | {', '.join(rule.jurisdictions)} | "
                     f"{rule.title['en']} | {rule.title['zh']} |")
    lines += ["", "Jurisdictions: `cn` applies to Chinese policies by default, all three to English ones; set "
              "`jurisdiction` in `.policycheck.toml` or `[tool.policycheck]` to change it.", ""]
    return "\n".join(lines)


def explain(rule_id: str, lang: str = "en") -> str:
    return rule_markdown(rule_id, lang)


def write_docs(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for rule_id in load_rules().rules:
        path = folder / f"{rule_id}.md"
        path.write_text(rule_page(rule_id), encoding="utf-8")
        written.append(path)
    index = folder / "README.md"
    index.write_text(index_page(), encoding="utf-8")
    written.append(index)
    return written


if __name__ == "__main__":  # pragma: no cover
    for written_path in write_docs(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/rules")):
        print(written_path)
