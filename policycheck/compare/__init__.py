"""Compare: the policy's statements against the app's observed flows (PoliCheck's flow-to-policy consistency).

A flow is (data type, actor): a data type observed reaching the app itself (`first_party`) or a named SDK. For each
flow the statements that cover it decide its status:

  clear      a positive statement names the data type (or a more specific one) for the actor — the SDK by name or
             its provider, for third-party flows
  vague      only broader terms cover it: a parent data type, or "third parties" for a named SDK
  incorrect  a negative statement covers it (not_collect / not_share) and no positive one does
  ambiguous  both positive and negative statements cover it
  omitted    nothing covers it

A first-party statement never covers an SDK's collection. Sharing with a recipient covers that recipient's flows.
"""

from __future__ import annotations

from ..records import Behaviour, CheckResult, Extraction
from ..taxonomy import load_entities, load_taxonomy
from .coverage import covering, declared_not_observed, find_status
from .flows import flows_of
from .regulatory import regulatory_checks

__all__ = ["check"]


def check(extraction: Extraction, behaviour: Behaviour, category: str | None = None) -> CheckResult:
    taxonomy = load_taxonomy()
    entities = load_entities()
    flows = flows_of(behaviour, taxonomy)
    statements = extraction.statements
    # the statements covering each flow, found once: the status and the regulatory checks both read them
    covered = {(flow.data_type, flow.actor): covering(flow, statements, taxonomy, entities) for flow in flows}
    findings = [find_status(flow, statements, taxonomy, covered[flow.data_type, flow.actor]) for flow in flows]
    document = extraction.document
    result = CheckResult(
        app=dict(behaviour.app),
        policy={"path": document.path, "language": document.language, "sha256": document.sha256},
        findings=findings,
        declared_not_observed=declared_not_observed(statements, flows, taxonomy, entities),
        unmapped=list(behaviour.unmapped),
        category=category,
    )
    result.violations = regulatory_checks(result, flows, extraction, behaviour, category, covered)
    return result
