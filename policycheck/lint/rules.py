"""The lint rules (mappings/lint_rules.yaml) and their detectors.

Rules are data: each names a `kind` of detector and carries its cues. The detectors:

  presence          requirements that some sentence must meet (optionally only when a trigger applies)
  sentence          one result per sentence matching the rule's cues in a collection/sharing context
  purpose           collected data types with no stated purpose or feature
  third_party_list  third parties involved but not listed by name (or, outside China, by category)
  contradiction     the same actor states and denies the same practice for the same data type
  permission        (--manifest/--apk) dangerous permissions whose data types the policy never mentions
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable

from ..errors import MappingError
from ..records import FIRST_PARTY, NEGATIVE_ACTIONS, POSITIVE_ACTIONS, THIRD_PARTY, Document, Extraction, LintResult, Sentence, Statement
from ..resources import mapping_path, mappings_dir

RULES_FILE = "lint_rules.yaml"
SCHEMA_FILE = "lint_rules.schema.json"
JURISDICTIONS = ("cn", "eu", "us")
SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}
CONTRACT_RULES = ("missing-contact", "missing-retention", "missing-user-rights", "missing-third-party-list",
                  "missing-sensitive-notice", "missing-minors", "contradiction", "undeclared-permission")
KINDS = ("presence", "sentence", "purpose", "third_party_list", "contradiction", "permission")


# --- patterns -------------------------------------------------------------------------------------------------

def compile_pattern(pattern: str) -> re.Pattern[str]:
    """'re:…' is a regular expression; anything else matches literally. Both ignore case."""
    if pattern.startswith("re:"):
        return re.compile(pattern[3:], re.I)
    return re.compile(re.escape(pattern), re.I)


def compile_cues(spec: dict[str, list[str]] | None) -> tuple[re.Pattern[str], ...]:
    """The cues of both languages: a mixed zh/en policy is matched by either."""
    if not spec:
        return ()
    return tuple(compile_pattern(p) for lang in ("zh", "en") for p in spec.get(lang, []) or [])


def first_match(patterns: tuple[re.Pattern[str], ...], text: str) -> re.Match[str] | None:
    for pattern in patterns:
        found = pattern.search(text)
        if found:
            return found
    return None


# --- rule records ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Requirement:
    id: str
    label: dict[str, str]
    patterns: tuple[re.Pattern[str], ...]
    jurisdictions: tuple[str, ...] = ()
    scope: str = ""  # "sensitive": only sentences about sensitive data count
    exclude: tuple[re.Pattern[str], ...] = ()  # sentences matching these are no evidence


@dataclass
class Rule:
    id: str
    kind: str
    severity: str
    jurisdictions: tuple[str, ...]
    title: dict[str, str]
    message: dict[str, str]
    basis: list[dict[str, Any]]
    doc: dict[str, Any]
    raw: dict[str, Any]
    heading: tuple[re.Pattern[str], ...] = ()
    requirements: list[Requirement] = field(default_factory=list)
    mode: str = "all"
    trigger_cues: tuple[re.Pattern[str], ...] = ()
    trigger_unless: tuple[re.Pattern[str], ...] = ()
    trigger_statements: dict[str, Any] | None = None
    cues: tuple[re.Pattern[str], ...] = ()
    context: tuple[re.Pattern[str], ...] = ()
    not_after: tuple[re.Pattern[str], ...] = ()
    negation: tuple[re.Pattern[str], ...] = ()
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, key: str, lang: str) -> str:
        value = self.raw.get(key) or self.message
        return value["zh" if lang == "zh" else "en"]

    def basis_text(self, lang: str, jurisdictions: tuple[str, ...] | list[str] | set[str]) -> str:
        entries = [b for b in self.basis if b["j"] in jurisdictions] or self.basis
        key = "zh" if lang == "zh" else "en"
        return ("；" if lang == "zh" else "; ").join(b[key] for b in entries)


@dataclass
class RuleSet:
    rules: dict[str, Rule]
    jurisdiction_names: dict[str, dict[str, str]]
    default_jurisdictions: dict[str, tuple[str, ...]]
    definition: tuple[re.Pattern[str], ...]


def _rule(rule_id: str, data: dict[str, Any]) -> Rule:
    trigger = data.get("trigger") or {}
    return Rule(
        id=rule_id, kind=data["kind"], severity=data["severity"], jurisdictions=tuple(data["jurisdictions"]),
        title=data["title"], message=data["message"], basis=list(data["basis"]), doc=data["doc"], raw=data,
        heading=compile_cues(data.get("heading")),
        requirements=[Requirement(r["id"], r["label"], compile_cues(r["cues"]), tuple(r.get("jurisdictions", ())),
                                  r.get("scope", ""), compile_cues(r.get("exclude"))) for r in data.get("requirements", [])],
        mode=data.get("mode", "all"),
        trigger_cues=compile_cues(trigger.get("cues")), trigger_unless=compile_cues(trigger.get("unless")),
        trigger_statements=trigger.get("statements"),
        cues=compile_cues(data.get("cues")), context=compile_cues(data.get("context")),
        not_after=compile_cues(data.get("not_after")), negation=compile_cues(data.get("negation")),
        params=data.get("params") or {},
    )


def _load_raw() -> dict[str, Any]:
    from ..taxonomy.loader import load_yaml

    return load_yaml(mapping_path(RULES_FILE))


@lru_cache(maxsize=1)
def load_rules() -> RuleSet:
    """The lint rules, compiled (cached per process). Raises MappingError when the file is malformed."""
    data = _load_raw()
    try:
        rules = {rule_id: _rule(rule_id, spec) for rule_id, spec in data["rules"].items()}
        defaults = {lang: tuple(values) for lang, values in data["default_jurisdictions"].items()}
        return RuleSet(rules=rules, jurisdiction_names=data["jurisdictions"], default_jurisdictions=defaults,
                       definition=compile_cues(data.get("definition_cues")))
    except (KeyError, TypeError, re.error) as exc:
        raise MappingError(f"mappings/{RULES_FILE}: malformed ({exc}); run validate_lint_rules() for details") from None


def validate_lint_rules() -> list[str]:
    """Every problem in mappings/lint_rules.yaml (schema, regular expressions, cross-checks); empty when valid."""
    import jsonschema

    try:
        data = _load_raw()
    except MappingError as exc:
        return [str(exc)]
    with (mappings_dir() / "schema" / SCHEMA_FILE).open(encoding="utf-8") as handle:
        schema = json.load(handle)
    problems = []
    validator = jsonschema.Draft202012Validator(schema)
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.path))):
        where = "/".join(str(p) for p in error.path) or "(top)"
        problems.append(f"{RULES_FILE}: {where}: {error.message}")
    if problems:
        return problems

    def check_patterns(where: str, value: Any) -> None:
        if isinstance(value, str):
            if value.startswith("re:"):
                try:
                    re.compile(value[3:])
                except re.error as exc:
                    problems.append(f"{RULES_FILE}: {where}: bad regular expression {value!r} ({exc})")
        elif isinstance(value, dict):
            for key, item in value.items():
                check_patterns(f"{where}/{key}", item)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                check_patterns(f"{where}/{index}", item)

    check_patterns("(top)", {k: v for k, v in data.items() if k != "rules"})
    for rule_id, rule in data["rules"].items():
        for key in ("cues", "context", "not_after", "heading", "trigger", "requirements", "params"):
            if key in rule:
                check_patterns(f"rules/{rule_id}/{key}", rule[key])
        for entry in rule["basis"]:
            if entry["j"] not in rule["jurisdictions"]:
                problems.append(f"{RULES_FILE}: rules/{rule_id}: basis for {entry['j']}, which is not one of its jurisdictions")
        for jurisdiction in rule["jurisdictions"]:
            if not any(entry["j"] == jurisdiction for entry in rule["basis"]):
                problems.append(f"{RULES_FILE}: rules/{rule_id}: no basis for jurisdiction {jurisdiction}")
        for requirement in rule.get("requirements", []):
            extra = set(requirement.get("jurisdictions", ())) - set(rule["jurisdictions"])
            if extra:
                problems.append(f"{RULES_FILE}: rules/{rule_id}/{requirement['id']}: jurisdictions {sorted(extra)} "
                                "are not the rule's")
        if rule["kind"] in ("purpose", "third_party_list", "contradiction", "permission") and not rule.get("params"):
            problems.append(f"{RULES_FILE}: rules/{rule_id}: kind {rule['kind']} needs params")
        for placeholder in re.findall(r"\{(\w+)\}", rule["message"]["zh"] + rule["message"]["en"]):
            if placeholder not in ("missing", "data_types", "match", "line", "other_lines", "action", "actor",
                                   "permission"):
                problems.append(f"{RULES_FILE}: rules/{rule_id}: unknown message placeholder {{{placeholder}}}")
    return problems


# --- context shared by the detectors --------------------------------------------------------------------------

@dataclass
class Context:
    document: Document
    extraction: Extraction
    language: str
    jurisdictions: tuple[str, ...]
    sentences: list[Sentence]
    body: list[Sentence]  # non-heading sentences that define nothing
    headings: list[Sentence]
    by_line: dict[int, list[Statement]]
    definition_lines: set[int]
    manifest: str | None = None
    apk: str | None = None
    _taxonomy: Any = None
    _entities: Any = None

    @property
    def taxonomy(self):
        if self._taxonomy is None:
            from ..taxonomy import load_taxonomy

            self._taxonomy = load_taxonomy()
        return self._taxonomy

    @property
    def entities(self):
        if self._entities is None:
            from ..taxonomy import load_entities

            self._entities = load_entities()
        return self._entities

    def lang(self) -> str:
        return "zh" if self.language == "zh" else "en"

    def type_name(self, data_type: str) -> str:
        return self.taxonomy.name(data_type, self.lang())

    def about_sensitive(self, sentence: Sentence) -> bool:
        """Whether a sentence speaks of sensitive data: the word itself or a sensitive data type by name."""
        if re.search(r"敏感|sensitive|special categor", sentence.text, re.I):
            return True
        from ..taxonomy import data_matcher

        matcher = data_matcher("zh" if sentence.language == "zh" else "en")
        return any(m.value and self.taxonomy.is_sensitive(m.value) for m in matcher.find(sentence.text))

    def heading_line(self, patterns: tuple[re.Pattern[str], ...]) -> int | None:
        for heading in self.headings:
            if first_match(patterns, heading.text):
                return heading.line
        return None


def build_context(document: Document, extraction: Extraction, jurisdictions: tuple[str, ...], ruleset: RuleSet,
                  manifest: str | None = None, apk: str | None = None) -> Context:
    from ..ingest.sentences import sentences as split_sentences

    sentences = split_sentences(document)
    headings = [s for s in sentences if s.kind == "heading"]
    body = []
    definition_lines = set()
    for sentence in sentences:
        if sentence.kind == "heading":
            continue
        if first_match(ruleset.definition, sentence.text):
            definition_lines.add(sentence.line)
            continue
        body.append(sentence)
    by_line: dict[int, list[Statement]] = {}
    for statement in extraction.statements:
        by_line.setdefault(statement.line, []).append(statement)
    return Context(document=document, extraction=extraction, language=document.language,
                   jurisdictions=jurisdictions, sentences=sentences, body=body, headings=headings, by_line=by_line,
                   definition_lines=definition_lines, manifest=manifest, apk=apk)


def _result(rule: Rule, ctx: Context, at: int, key: str = "message", related: list[int] | None = None,
            data_type: str | None = None, **values: Any) -> LintResult:
    lang = ctx.lang()
    template = rule.text(key, lang)
    message = template.format_map(_Defaults(values))
    line = at
    return LintResult(rule=rule.id, severity=rule.severity, message=message, line=max(1, int(line or 1)),
                      basis=rule.basis_text(lang, ctx.jurisdictions), related_lines=sorted(set(related or [])),
                      data_type=data_type, language=lang)


class _Defaults(dict):
    def __missing__(self, key: str) -> str:
        return ""


def _join(items: list[str], lang: str) -> str:
    return ("、" if lang == "zh" else ", ").join(items)


def _applies(jurisdictions: tuple[str, ...], ctx: Context) -> bool:
    return not jurisdictions or bool(set(jurisdictions) & set(ctx.jurisdictions))


def _statement_is_definition(statement: Statement, ctx: Context) -> bool:
    return statement.line in ctx.definition_lines


# --- presence -------------------------------------------------------------------------------------------------

def _trigger(rule: Rule, ctx: Context) -> tuple[bool, int | None, list[str]]:
    """(applies, line of the first trigger, data types that triggered)."""
    lines: list[int] = []
    data_types: list[str] = []
    if rule.trigger_statements is not None:
        spec = rule.trigger_statements
        actions = set(spec.get("actions") or POSITIVE_ACTIONS)
        for statement in ctx.extraction.statements:
            if statement.action not in actions or _statement_is_definition(statement, ctx):
                continue
            if spec.get("sensitive") and not ctx.taxonomy.is_sensitive(statement.data_type):
                continue
            lines.append(statement.line)
            if statement.data_type not in data_types:
                data_types.append(statement.data_type)
    if rule.trigger_cues:
        for sentence in ctx.body:
            if first_match(rule.trigger_cues, sentence.text) and not first_match(rule.trigger_unless, sentence.text):
                lines.append(sentence.line)
                break
    if not lines:
        return False, None, []
    return True, min(lines), data_types


def detect_presence(rule: Rule, ctx: Context) -> list[LintResult]:
    requirements = [r for r in rule.requirements if _applies(r.jurisdictions, ctx)]
    if not requirements:
        return []
    line = None
    data_types: list[str] = []
    if rule.trigger_cues or rule.trigger_statements is not None:
        applies, line, data_types = _trigger(rule, ctx)
        if not applies:
            return []
    candidates = ctx.body + [h for h in ctx.headings if h.line not in ctx.definition_lines]  # short paragraphs
    met = [any(first_match(r.patterns, s.text) and (r.scope != "sensitive" or ctx.about_sensitive(s))
               and not first_match(r.exclude, s.text) for s in candidates)
           for r in requirements]
    failing = not any(met) if rule.mode == "any" else not all(met)
    if not failing:
        return []
    lang = ctx.lang()
    missing = [r.label[lang] for r, ok in zip(requirements, met) if not ok]
    if line is None:
        line = ctx.heading_line(rule.heading) or 1
    names = [ctx.type_name(t) for t in data_types[:6]]
    return [_result(rule, ctx, line, missing=_join(missing, lang), data_types=_join(names, lang),
                    data_type=data_types[0] if len(data_types) == 1 else None)]


# --- sentence -------------------------------------------------------------------------------------------------

def _blank(text: str, patterns: tuple[re.Pattern[str], ...]) -> str:
    for pattern in patterns:
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def _clause(text: str, offset: int) -> str:
    """The clause (between commas, semicolons or full stops) around `offset`."""
    stops = "，,；;。.!?！？"
    start = max((text.rfind(c, 0, offset) for c in stops), default=-1) + 1
    ends = [i for i in (text.find(c, offset) for c in stops) if i >= 0]
    return text[start:min(ends) if ends else len(text)]


def detect_sentence(rule: Rule, ctx: Context) -> list[LintResult]:
    results = []
    seen: set[int] = set()
    for sentence in ctx.body:
        if sentence.line in seen:
            continue
        text = _blank(sentence.text, rule.not_after)
        found = None
        for candidate in (m for pattern in rule.cues for m in pattern.finditer(text)):
            clause = _clause(text, candidate.start())
            if rule.negation and first_match(rule.negation, clause):
                continue  # a catch-all inside a denial hides nothing
            found = candidate
            break
        if not found:
            continue
        statements = [s for s in ctx.by_line.get(sentence.line, []) if s.text == sentence.text]
        in_context = any(s.action in POSITIVE_ACTIONS for s in statements) or (
            bool(rule.context) and first_match(rule.context, sentence.text) is not None)
        if not in_context:
            continue
        seen.add(sentence.line)
        results.append(_result(rule, ctx, sentence.line, match=found.group(0).strip()))
    return results


# --- purpose --------------------------------------------------------------------------------------------------

def detect_purpose(rule: Rule, ctx: Context) -> list[LintResult]:
    params = rule.params
    purpose = compile_cues(params.get("purpose_cues"))
    generic = compile_cues(params.get("generic_heading_cues"))
    skip = compile_cues(params.get("skip_heading_cues"))
    controls = compile_cues(params.get("skip_sentence_cues"))
    root = ctx.taxonomy.root
    sentence_at = {}
    for sentence in ctx.sentences:
        sentence_at.setdefault((sentence.line, sentence.text), sentence)
    title = ctx.headings[0].text if ctx.headings else None

    def section_of(statement: Statement) -> tuple[str, ...]:
        sentence = sentence_at.get((statement.line, statement.text))
        return sentence.section if sentence else ()

    has_purpose: dict[str, bool] = {}
    first_line: dict[str, int] = {}
    for statement in ctx.extraction.statements:
        if statement.action not in ("collect", "use") or statement.data_type == root:
            continue
        if _statement_is_definition(statement, ctx) or first_match(controls, statement.text):
            continue
        section = [h for h in section_of(statement) if h != title]
        if any(first_match(skip, h) for h in section):
            continue
        justified = bool(statement.purposes) or bool(statement.condition) or first_match(purpose, statement.text) is not None
        if not justified and any(not first_match(generic, h) for h in section):
            justified = True  # a feature section ("（三）下单、支付及配送") states the purpose
        if not justified and statement.source in ("list", "heading_context"):
            justified = _intro_has_purpose(statement, ctx, purpose)
        data_type = statement.data_type
        has_purpose[data_type] = has_purpose.get(data_type, False) or justified
        if not justified:
            first_line.setdefault(data_type, statement.line)
    # a type is covered when it or a broader/narrower type collected in the same place has a purpose
    missing = [t for t, ok in has_purpose.items() if not ok]
    missing = [t for t in missing if not any(has_purpose.get(a) for a in ctx.taxonomy.ancestors(t) if a != root)]
    if len(missing) < int(params.get("min_data_types", 1)):
        return []
    missing.sort(key=lambda t: first_line.get(t, 0))
    lines = [first_line[t] for t in missing if t in first_line]
    names = [ctx.type_name(t) for t in missing[:8]] + (["…"] if len(missing) > 8 else [])
    return [_result(rule, ctx, lines[0] if lines else 1, related=lines[1:], data_types=_join(names, ctx.lang()))]


def _intro_has_purpose(statement: Statement, ctx: Context, purpose: tuple[re.Pattern[str], ...]) -> bool:
    """A list item takes its purpose from the sentence that introduces its list (the last one before it)."""
    previous = None
    for sentence in ctx.sentences:
        if sentence.line >= statement.line:
            break
        if sentence.kind != "list_item" and sentence.kind != "table_row":
            previous = sentence
    return previous is not None and first_match(purpose, previous.text) is not None


# --- third parties --------------------------------------------------------------------------------------------

def detect_third_party_list(rule: Rule, ctx: Context) -> list[LintResult]:
    """Third parties involved (statements with a third-party actor or recipient, or sentences about SDKs and
    sharing) but not listed: no SDK table, fewer than two sentences or rows naming a recipient, and a sentence
    that names none."""
    params = rule.params
    trigger = compile_cues(params.get("trigger_cues"))
    named_cues = compile_cues(params.get("named_cues"))
    categories = compile_cues(params.get("category_cues"))
    heading = compile_cues(params.get("heading"))
    parties = {FIRST_PARTY, THIRD_PARTY, None}
    trigger_lines: set[int] = set()
    named_lines: set[int] = set()
    table = False
    for statement in ctx.extraction.statements:
        if _statement_is_definition(statement, ctx) or statement.action in NEGATIVE_ACTIONS:
            continue
        outside = statement.actor != FIRST_PARTY or (
            statement.action == "share" and statement.recipient not in (FIRST_PARTY, None))
        if outside:
            trigger_lines.add(statement.line)
        if statement.source == "sdk_table":
            table = True
        if outside and (statement.actor not in parties or statement.recipient not in parties):
            named_lines.add(statement.line)
    for sentence in ctx.body:
        negative = any(s.action in NEGATIVE_ACTIONS for s in ctx.by_line.get(sentence.line, []))
        if not negative and first_match(trigger, sentence.text):
            trigger_lines.add(sentence.line)
    for sentence in ctx.body:
        if sentence.line in trigger_lines and first_match(named_cues, sentence.text):
            named_lines.add(sentence.line)
        elif sentence.kind in ("table_row", "list_item") and first_match(named_cues, sentence.text) and any(
                first_match(heading, h) for h in sentence.section):
            named_lines.add(sentence.line)  # a row of a table or list under a third-party heading
    if not trigger_lines:
        return []
    reference = compile_cues(params.get("reference_cues"))
    if any(first_match(reference, s.text) for s in ctx.body):
        return []  # the policy points to a separate list of its third parties
    listed = table or len(named_lines) >= 2
    generic = trigger_lines - named_lines
    if named_lines and (listed or not generic):
        return []
    names_required = bool(set(params.get("names_required", [])) & set(ctx.jurisdictions))
    if not names_required and any(first_match(categories, s.text) for s in ctx.body):
        return []
    line = ctx.heading_line(heading) or min(trigger_lines)
    return [_result(rule, ctx, line, key="message" if names_required else "message_categories")]


# --- contradiction --------------------------------------------------------------------------------------------

def _norm(text: str) -> str:
    return re.sub(r"\W", "", text.lower())


def _condition_key(condition: str | None) -> str:
    if not condition:
        return ""
    text = re.sub(r"[\s，,。.;；:：、\"“”'‘’（）()]", "", condition.lower())
    if re.search(r"同意|授权|consent|permission|allow|grant|opt", text):
        return "consent"
    return text


def detect_contradiction(rule: Rule, ctx: Context) -> list[LintResult]:
    params = rule.params
    exceptions = compile_cues(params.get("exception_cues"))
    sale = compile_cues(params.get("sale_cues"))
    classes = {name: compile_cues(spec) for name, spec in (params.get("recipient_classes") or {}).items()}
    skip_sources = set(params.get("skip_sources") or [])
    root = ctx.taxonomy.root
    taxonomy = ctx.taxonomy
    entities = ctx.entities

    def names_actor(statement: Statement) -> bool:
        lang = "zh" if statement.language == "zh" else "en"
        found = {m.value for m in entities.find(statement.text, lang)}
        return statement.actor in found or any(entities.covers(f, statement.actor) or entities.covers(statement.actor, f)
                                               for f in found if f not in (FIRST_PARTY, THIRD_PARTY))

    def recipient_classes(text: str) -> set[str]:
        return {name for name, patterns in classes.items() if first_match(patterns, text)}

    statements = [s for s in ctx.extraction.statements
                  if s.source not in skip_sources and not _statement_is_definition(s, ctx)]
    positives = [s for s in statements if s.action in ("collect", "share")]
    results = []
    grouped: dict[int, tuple[Statement, list[Statement], list[str]]] = {}
    for denial in statements:
        if denial.action not in NEGATIVE_ACTIONS:
            continue
        if params.get("skip_root", True) and denial.data_type == root:
            continue
        if first_match(exceptions, denial.text):
            continue
        if denial.term and re.search(r"(等|such as|like)[^。，；,;]{0,12}" + re.escape(denial.term), denial.text, re.I):
            continue  # the broad term only sums up an enumeration: the denial is about the listed items
        positive_action = "collect" if denial.action == "not_collect" else "share"
        denial_classes = recipient_classes(denial.text) if positive_action == "share" else set()
        denies_sale = positive_action == "share" and first_match(sale, denial.text) is not None
        condition = _condition_key(denial.condition)
        for statement in positives:
            if statement.action != positive_action or statement.line == denial.line:
                continue
            if statement.actor != denial.actor:
                continue
            if denial.actor == THIRD_PARTY and _norm(denial.actor_text or "") != _norm(statement.actor_text or "-"):
                continue  # unnamed third parties are the same actor only when named alike ("支付宝SDK" vs "腾讯Bugly")
            if denial.actor not in (FIRST_PARTY, THIRD_PARTY) and not (
                    names_actor(denial) and names_actor(statement)):
                continue  # an SDK's statements must each name the SDK (rows of a list inherit actors loosely)
            if not taxonomy.covers(denial.data_type, statement.data_type):
                continue
            if _condition_key(statement.condition) != condition:
                continue
            if positive_action == "share":
                if denial.recipient and statement.recipient and not entities.covers(denial.recipient, statement.recipient):
                    continue
                if denial_classes and not denial_classes & recipient_classes(statement.text):
                    continue
                if denies_sale and not first_match(sale, statement.text):
                    continue
            entry = grouped.setdefault(denial.line, (denial, [], []))
            if statement not in entry[1]:
                entry[1].append(statement)
            if denial.data_type not in entry[2]:
                entry[2].append(denial.data_type)
    lang = ctx.lang()
    words = (params.get("action_words") or {}).get(lang, {})
    for line, (denial, matches, data_types) in sorted(grouped.items()):
        others = sorted({s.line for s in matches})
        action = "collect" if denial.action == "not_collect" else "share"
        actor = denial.actor
        if actor == FIRST_PARTY:
            actor_text = "我们" if lang == "zh" else "the policy's operator"
        elif actor == THIRD_PARTY:
            actor_text = "第三方" if lang == "zh" else "third parties"
        else:
            entity = entities.get(actor)
            actor_text = entity.display(lang) if entity else actor
        names = _join([ctx.type_name(t) for t in data_types], lang)
        results.append(_result(rule, ctx, line, related=others, data_type=data_types[0], data_types=names, line=line,
                               action=words.get(action, action), actor=actor_text,
                               other_lines=_join([str(n) for n in others], lang)))
    return results


# --- permissions ----------------------------------------------------------------------------------------------

def _permission_table() -> Callable[[str], Any]:
    try:
        from ..behaviour.mappings import permission_info

        return permission_info
    except ImportError:  # behaviour mappings not installed: read mappings/permissions.yaml directly
        from ..taxonomy import load_mapping

        table = (load_mapping("permissions.yaml") or {}).get("permissions", {})

        @dataclass
        class _Info:
            name: str
            level: str
            data_types: tuple[str, ...]

            @property
            def dangerous(self) -> bool:
                return "dangerous" in self.level.split("|")

        def info(name: str):
            full = name if "." in name else f"android.permission.{name}"
            entry = table.get(full)
            return _Info(full, str(entry["level"]), tuple(entry.get("data_types", []))) if entry else None

        return info


def requested_permissions(manifest: str | None, apk: str | None) -> list[str]:
    """Permission names requested by an AndroidManifest.xml or an APK (read by the behaviour readers)."""
    from ..behaviour import read_behaviour  # type: ignore[attr-defined]

    names: list[str] = []
    for path in (manifest, apk):
        if not path:
            continue
        behaviour = read_behaviour(path)
        for observation in behaviour.observations:
            if observation.kind == "permission" and observation.name not in names:
                names.append(observation.name)
        for unmapped in getattr(behaviour, "unmapped", []):
            if unmapped.kind == "permission" and unmapped.name not in names:
                names.append(unmapped.name)
    return names


def detect_permission(rule: Rule, ctx: Context) -> list[LintResult]:
    if not ctx.manifest and not ctx.apk:
        return []
    params = rule.params
    levels = set(params.get("levels") or ["dangerous"])
    always = set(params.get("always") or [])
    info_for = _permission_table()
    taxonomy = ctx.taxonomy
    root = taxonomy.root
    positive: set[str] = set()
    negative: set[str] = set()
    for statement in ctx.extraction.statements:
        if statement.data_type == root:
            continue
        (negative if statement.action in NEGATIVE_ACTIONS else positive).add(statement.data_type)
    from ..taxonomy import data_matcher

    for sentence in ctx.sentences:
        if any(s.action in NEGATIVE_ACTIONS for s in ctx.by_line.get(sentence.line, [])):
            continue
        matcher = data_matcher("zh" if sentence.language == "zh" else "en")
        positive.update(m.value for m in matcher.find(sentence.text) if m.value and m.value != root)

    def related(data_type: str, declared: set[str]) -> bool:
        return any(taxonomy.covers(d, data_type) or taxonomy.covers(data_type, d) for d in declared)

    line = ctx.heading_line(compile_cues(params.get("heading"))) or 1
    results = []
    for name in requested_permissions(ctx.manifest, ctx.apk):
        info = info_for(name)
        if info is None:
            continue
        level_parts = set(str(info.level).split("|"))
        if not (level_parts & levels or info.name in always or name in always):
            continue
        data_types = [t for t in info.data_types if t in taxonomy]
        if not data_types:
            continue
        undeclared = [t for t in data_types if not related(t, positive)]
        if len(undeclared) < len(data_types):
            continue  # the policy mentions at least one of the data this permission opens
        denied = all(related(t, negative) for t in data_types)
        short = info.name.rsplit(".", 1)[-1]
        names = _join([ctx.type_name(t) for t in data_types], ctx.lang())
        results.append(_result(rule, ctx, line, key="message_denied" if denied else "message", data_type=data_types[0],
                               permission=short, data_types=names))
    return results


DETECTORS: dict[str, Callable[[Rule, Context], list[LintResult]]] = {
    "presence": detect_presence,
    "sentence": detect_sentence,
    "purpose": detect_purpose,
    "third_party_list": detect_third_party_list,
    "contradiction": detect_contradiction,
    "permission": detect_permission,
}
