"""Regulatory checks on top of the consistency findings (rules and bases in mappings/checks.yaml).

  before-consent            an observation happened before the user agreed to the policy
  beyond-necessary          (--category) a data type outside the app type's necessary personal information,
                            with no stated purpose tied to a feature
  excessive-frequency       a data type read more often than its window allows (or than a whole trace allows,
                            when the source has no timestamps)
  sensitive-without-notice  sensitive personal information observed and no separate notice of necessity and impact
  third-party-undisclosed   an SDK collects personal information and the policy names neither the SDK nor its provider
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache

from ..errors import UsageError
from ..extract.lexicon import compile_patterns
from ..records import FIRST_PARTY, Behaviour, CheckResult, Extraction, Violation
from ..taxonomy import EntityCatalog, Taxonomy, data_matcher, load_entities, load_mapping, load_taxonomy
from .coverage import sdk_provider
from .flows import Flow


@lru_cache(maxsize=1)
def _rules() -> dict:
    return load_mapping("checks.yaml")["rules"]


@lru_cache(maxsize=1)
def categories() -> dict[str, dict]:
    """The 39 app types by id."""
    return {entry["id"]: entry for entry in load_mapping("app_categories.yaml")["categories"]}


def _violation(rule: str, flow: Flow | None, language: str, evidence: list[dict], detail: str = "") -> Violation:
    spec = _rules()[rule]
    message = spec["message"]["zh" if language == "zh" else "en"]
    return Violation(rule=rule, data_type=flow.data_type if flow else None, actor=flow.actor if flow else None,
                     basis=spec["basis"], message=message + (f" ({detail})" if detail else ""), evidence=evidence)


def regulatory_checks(result: CheckResult, flows: list[Flow], extraction: Extraction, behaviour: Behaviour,
                      category: str | None, covered: dict) -> list[Violation]:
    """The checks of mappings/checks.yaml; `covered` maps each flow's (data type, actor) to `covering(flow, …)`."""
    taxonomy = load_taxonomy()
    entities = load_entities()
    language = extraction.document.language
    findings = {(f.data_type, f.actor): f for f in result.findings}
    violations: list[Violation] = []
    for flow in flows:
        if flow.before_consent:
            before = [e for e in flow.evidence(20) if e.get("before_consent")][:5]
            violations.append(_violation("before-consent", flow, language, before))
    if category:
        violations += _beyond_necessary(category, flows, findings, covered, taxonomy, extraction, entities)
    violations += _excessive_frequency(flows, covered, taxonomy, language)
    violations += _sensitive_without_notice(flows, extraction, taxonomy, language)
    violations += _third_party_undisclosed(flows, findings, extraction, entities, language)
    return violations


def _stated_purposes(covered: tuple[list, list], flow: Flow, extraction: Extraction, roles: dict[str, list[str]],
                     entities: EntityCatalog) -> list[str]:
    """Purposes of every positive statement covering the flow (not only the finding's evidence samples); failing
    those, the policy's general purposes for the app's own flows ("We use the information described above to: …",
    `Extraction.purposes`) and the role the policy gives a third party's name for its flows (`_party_roles`).

    A purpose stated for a broader type ("device information … to detect fraud", "we use your personal data to…")
    counts for this data unless the policy denies this data specifically: then the broader statement's purpose is
    not about it, and neither are the general purposes."""
    positive, negative = covered
    denied = any(data == "exact" for _, data, _ in negative)
    purposes: list[str] = []
    for statement, data, _ in sorted(positive, key=lambda item: (item[1] != "exact", item[2] != "exact")):
        if denied and data != "exact":
            continue
        purposes += [p for p in statement.purposes if p not in purposes]
    if purposes or denied or not positive:
        return purposes
    if flow.actor == FIRST_PARTY:
        return [p.text for p in extraction.purposes]
    return [role for party in _role_holders(flow.actor, entities) for role in roles.get(party, [])]


# "Google Firebase (analytics and crash reporting)", "Zendesk (customer support)": a role in brackets right after a
# name, in lower case, no name or number of its own
ROLE_AFTER_NAME = re.compile(r"\s*\(\s*([a-z][a-z ,/&-]{2,60}?)\s*\)")


def _party_roles(extraction: Extraction, entities: EntityCatalog) -> dict[str, list[str]]:
    """The role English text gives each named party in brackets right after its name, by entity id."""
    roles: dict[str, list[str]] = {}
    for block in extraction.document.blocks:
        if block.language == "zh" or "(" not in block.text:
            continue
        for match in entities.find(block.text, "en"):
            role = ROLE_AFTER_NAME.match(block.text, match.end)
            if role is not None and role.group(1) not in roles.setdefault(match.value, []):
                roles[match.value].append(role.group(1))
    return roles


def _role_holders(actor: str, entities: EntityCatalog) -> list[str]:
    """The parties whose stated role speaks for `actor`: itself, its company, and the company's platform entries
    (category "other": "Google Firebase (analytics and crash reporting)" for Firebase Crashlytics)."""
    entity = entities.get(actor)
    if entity is None:
        return [actor]
    holders = [actor]
    if entity.company:
        holders.append(entity.company)
        holders += [other.id for other in entities.entities.values() if other.company == entity.company
                    and other.kind == "sdk" and other.category == "other" and other.id != actor]
    return holders


def _beyond_necessary(category: str, flows: list[Flow], findings: dict, covered: dict, taxonomy: Taxonomy,
                      extraction: Extraction, entities: EntityCatalog) -> list[Violation]:
    if category not in categories():
        raise UsageError(f"unknown --category {category!r} (see 'policycheck taxonomy --categories')")
    language = extraction.document.language
    necessary = categories()[category]["necessary"]
    always = _rules()["beyond-necessary"].get("always_flag", [])
    roles = _party_roles(extraction, entities)
    violations = []
    for flow in flows:
        if any(taxonomy.covers(n, flow.data_type) for n in necessary):
            continue
        finding = findings.get((flow.data_type, flow.actor))
        purposes = _stated_purposes(covered[flow.data_type, flow.actor], flow, extraction, roles, entities)
        justified = finding is not None and finding.status != "omitted" and bool(purposes)
        if justified and not any(taxonomy.covers(a, flow.data_type) for a in always):
            continue
        detail = ("no purpose stated" if not purposes else "stated purposes: " + "; ".join(purposes[:2]))
        violations.append(_violation("beyond-necessary", flow, language, flow.evidence(3), detail))
    return violations


def _threshold(table: dict, data_type: str, taxonomy: Taxonomy) -> int | None:
    for candidate in [data_type] + taxonomy.ancestors(data_type):
        if candidate in table:
            return int(table[candidate])
    return None


def _parse_time(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def _declared_continuous(flow: Flow, covered: tuple[list, list], taxonomy: Taxonomy, spec: dict, language: str) -> bool:
    """The policy says this very data is collected continuously for this actor ("导航过程中…持续收集您的实时位置"),
    for data whose purpose can need a stream (checks.yaml `continuous_types`)."""
    if not any(taxonomy.covers(t, flow.data_type) for t in spec.get("continuous_types", [])):
        return False
    patterns = compile_patterns((spec.get("continuous_patterns") or {}).get(language, []), re.I)
    positive, _ = covered
    return any(data == "exact" and actor == "exact" and any(p.search(statement.text) for p in patterns)
               for statement, data, actor in positive)


def _excessive_frequency(flows: list[Flow], covered: dict, taxonomy: Taxonomy, language: str) -> list[Violation]:
    spec = _rules()["excessive-frequency"]
    window = float(spec.get("window_seconds", 60))
    violations = []
    for flow in flows:
        reads = [o for o in flow.observations if o.kind in ("api", "network", "data")]
        if not reads or _declared_continuous(flow, covered[flow.data_type, flow.actor], taxonomy, spec, language):
            continue
        timed = sorted((t, max(1, o.count)) for o in reads if (t := _parse_time(o.timestamp)) is not None)
        limit = _threshold(spec["max_reads_per_window"], flow.data_type, taxonomy)
        flagged = False
        if timed and limit is not None:
            start = 0
            total = 0
            worst = 0
            for end in range(len(timed)):
                total += timed[end][1]
                while timed[end][0] - timed[start][0] > window:
                    total -= timed[start][1]
                    start += 1
                worst = max(worst, total)
            if worst > limit:
                violations.append(_violation("excessive-frequency", flow, language, flow.evidence(3),
                                             f"{worst} reads within {int(window)} s, limit {limit}"))
                flagged = True
        limit = _threshold(spec["max_reads_per_trace"], flow.data_type, taxonomy)
        count = sum(max(1, o.count) for o in reads)
        if not flagged and limit is not None and count > limit:
            violations.append(_violation("excessive-frequency", flow, language, flow.evidence(3),
                                         f"{count} reads in one trace, limit {limit}"))
    return violations


def _notice_patterns(language: str) -> list[re.Pattern[str]]:
    spec = _rules()["sensitive-without-notice"]["notice_patterns"]
    return compile_patterns(spec.get(language, []), re.I)


def _sensitive_without_notice(flows: list[Flow], extraction: Extraction, taxonomy: Taxonomy,
                              language: str) -> list[Violation]:
    sensitive_flows = [f for f in flows if taxonomy.is_sensitive(f.data_type)]
    if not sensitive_flows:
        return []
    patterns = _notice_patterns(language)
    matcher = data_matcher(language)
    noticed: set[str] = set()
    for block in extraction.document.blocks:
        text = block.text
        if not any(p.search(text) for p in patterns):
            continue  # a notice asks for separate consent or explains necessity and impact
        # the notice covers the sensitive data it names ("精确位置信息属于敏感个人信息，我们会单独征得同意…")
        noticed |= {m.value for m in matcher.find(text) if m.value != taxonomy.root}
    violations = []
    for flow in sensitive_flows:
        covered = any(taxonomy.covers(t, flow.data_type) or taxonomy.covers(flow.data_type, t) for t in noticed)
        if not covered:
            violations.append(_violation("sensitive-without-notice", flow, language, flow.evidence(3)))
    return violations


def _third_party_undisclosed(flows: list[Flow], findings: dict, extraction: Extraction, entities: EntityCatalog,
                             language: str) -> list[Violation]:
    named: set[str] = set()
    for block in extraction.document.blocks:
        for match in entities.find(block.text, block.language or language):
            named.add(match.value)
    violations = []
    for flow in flows:
        if flow.actor == FIRST_PARTY:
            continue
        # the SDK is named by its own names or its vendor's (both resolve to its id), or by its provider when the
        # catalogue gives it no vendor of its own (Google for Firebase); naming the vendor's parent group (阿里巴巴
        # for 友盟, whose provider is 友盟同欣) as some other processor does not disclose the SDK
        finding = findings.get((flow.data_type, flow.actor))
        if flow.actor in named or (finding is not None and finding.status == "clear"):
            continue
        provider = sdk_provider(entities, flow.actor)
        if provider is not None and provider in named:
            continue  # the SDK's own provider is named ("Google" for Firebase Analytics)
        violations.append(_violation("third-party-undisclosed", flow, language, flow.evidence(3)))
    return violations
