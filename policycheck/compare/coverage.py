"""Which statements cover a flow, and the flow's status."""

from __future__ import annotations

import re

from ..records import FIRST_PARTY, THIRD_PARTY, Finding, Statement
from ..extract.lexicon import MERGER_EVENTS, is_sale
from ..taxonomy import EntityCatalog, Taxonomy
from .flows import Flow

POLICY_SAMPLES = 5


def _data_relation(statement_type: str, flow_type: str, taxonomy: Taxonomy) -> str | None:
    """'exact' when the statement names the flow's type or a more specific one, 'broader' for an ancestor."""
    if statement_type == flow_type or taxonomy.covers(flow_type, statement_type):
        return "exact"
    if taxonomy.covers(statement_type, flow_type):
        return "broader"
    return None


def sdk_provider(entities: EntityCatalog, sdk: str) -> str | None:
    """The company that provides `sdk`, when the catalogue's company is its provider.

    An SDK with a vendor of its own (友盟 by 友盟同欣) has that vendor as provider — its names resolve to the SDK
    itself — and its catalogue company is only its group (阿里巴巴); otherwise the company is the provider (Google
    for Firebase Analytics)."""
    entity = entities.get(sdk)
    if entity is None or not entity.company or entity.vendor_en or entity.vendor_zh:
        return None
    return entity.company


def _suite_of(entities: EntityCatalog, suite: str, sdk: str) -> bool:
    """Whether catalogue entry `suite` is the product family of `sdk` (firebase -> firebase_analytics): the ids
    share the prefix and the company."""
    if not sdk.startswith(suite + "_"):
        return False
    outer, inner = entities.get(suite), entities.get(sdk)
    return outer is not None and inner is not None and bool(outer.company) and outer.company == inner.company


def _actor_relation(statement: Statement, flow_actor: str, entities: EntityCatalog) -> str | None:
    """'exact' when the statement is about the flow's actor (or the SDK's provider), 'broader' for third parties."""
    if flow_actor == FIRST_PARTY:
        if statement.actor != FIRST_PARTY or statement.action == "not_share":
            return None
        return "exact"
    entity = statement.recipient if statement.action in ("share", "not_share") else statement.actor
    if entity in (None, FIRST_PARTY):
        return None
    if entity == flow_actor:
        return "exact"
    if entity == sdk_provider(entities, flow_actor):
        return "exact"  # the policy names the SDK's provider
    if _suite_of(entities, entity, flow_actor):
        return "exact"  # "Firebase" names the suite that Firebase Analytics belongs to
    if entity == THIRD_PARTY:
        return "broader"
    return None


def _evidence(statement: Statement) -> dict:
    item = {"text": statement.text, "line": statement.line, "action": statement.action,
            "data_type": statement.data_type, "actor": statement.actor}
    if statement.recipient and statement.action in ("share", "not_share"):
        item["recipient"] = statement.recipient
    if statement.condition:
        item["condition"] = statement.condition
    if statement.purposes:
        item["purposes"] = list(statement.purposes)
    return item


def covering(flow: Flow, statements: list[Statement], taxonomy: Taxonomy, entities: EntityCatalog):
    """(positive, negative) lists of (statement, data relation, actor relation) covering the flow.

    A denial of sale ("we never sell your personal information") covers nothing: it does not deny that an SDK
    or partner receives the data. Nor does a denial about what the operator knows or about children ("we do not
    knowingly collect personal information from children under 13"): it says nothing of the app's other users."""
    positive, negative = [], []
    third_party_flow = flow.actor != FIRST_PARTY
    for statement in statements:
        if statement.polarity == "-" and (is_sale(statement.verb) or SCOPE_MARKERS.search(statement.text.lower())):
            continue
        if third_party_flow and _not_about_recipients(statement):
            continue
        data = _data_relation(statement.data_type, flow.data_type, taxonomy)
        if data is None:
            continue
        actor = _actor_relation(statement, flow.actor, entities)
        if actor is None:
            continue
        (negative if statement.polarity == "-" else positive).append((statement, data, actor))
    return positive, negative


# Transfers (转让: merger, acquisition, bankruptcy — PIPL Art. 22) and public disclosure (公开披露, PIPL Art. 25) are
# other acts than providing data to a processor or letting an SDK collect it (Art. 21, 23): neither a denial nor a
# statement of them says anything about an SDK's collection.
# The merger clause's own share ("不会将您的个人信息转让给第三方，除非因合并…需要" → share personal_info, its verb the
# corporate event, `MERGER_EVENTS`) is such a transfer too.
# (English "transfer" and 转移 are left out: "we transfer your data to our processors" is ordinary sharing.)
TRANSFER_VERBS = re.compile(rf"^(转让|公开披露|公开|公布|{MERGER_EVENTS}|publish|publicly disclose|make public)$", re.I)


def _not_about_recipients(statement: Statement) -> bool:
    """A statement that does not speak to an SDK's (or third party's) collection, though it names third parties.

    - a transfer or public disclosure, by either polarity (TRANSFER_VERBS);
    - what third parties in general do with data ("第三方SDK收集的个人信息将由其依据各自的隐私政策进行处理",
      "the partners' processing is governed by their own policies"): a statement that unnamed third parties *use*
      personal information discloses no flow to them; statements about a named SDK or provider still count."""
    if TRANSFER_VERBS.match((statement.verb or "").strip()):
        return True
    return statement.action == "use" and statement.actor == THIRD_PARTY


def _exact(item) -> bool:
    return item[1] == "exact" and item[2] == "exact"


EXCEPTION_MARKERS = ("除外", "除非", "以外", "但以下", "except", "unless", "other than")
# the split form "除本指引已说明的情形外" / "除以下情形外"
EXCEPTION_PATTERN = re.compile(r"除[^，,。；;]{1,40}外")
# a denial that the data leaves the device ("不会上传您的整个通讯录", "this list never leaves your device") limits
# a stated practice of reading it; it does not deny the reading
LOCAL_ONLY_VERBS = re.compile(r"^(上传|upload|leave|leaves)$", re.I)
# a denial about what the operator knows or about children ("we do not knowingly collect personal information from
# children under 13") does not deny collection from the app's users
# (or a denial for users below an age: "if the age you enter is below the applicable age, we will not collect…")
SCOPE_MARKERS = re.compile(r"\bknowingly\b|\b(from|about|of) (children|kids|minors)\b"
                           r"|\bage\b[^.;]{0,60}\b(is )?(below|under|less than)\b|\b(below|under) the (applicable |minimum )?age\b")


def _qualified(statement: Statement) -> bool:
    """A denial with exceptions ("不会共享…，但以下情况除外", "except as described below"), or one limited to a purpose
    in a table of sharing reasons ("For joint marketing with other financial companies | No")."""
    if statement.polarity == "-" and statement.source == "table" and statement.purposes:
        return True
    text = (statement.condition or "") + " " + statement.text
    return statement.polarity == "-" and (any(marker in text for marker in EXCEPTION_MARKERS)
                                          or bool(EXCEPTION_PATTERN.search(text)))


def _local_only(statement: Statement) -> bool:
    return statement.polarity == "-" and bool(LOCAL_ONLY_VERBS.match((statement.verb or "").strip()))


def _specificity(item, taxonomy: Taxonomy) -> tuple[int, int, int]:
    statement, data, actor = item
    return (int(data == "exact"), int(actor == "exact"), taxonomy.depth(statement.data_type))


def find_status(flow: Flow, statements: list[Statement], taxonomy: Taxonomy, covered: tuple[list, list]) -> Finding:
    """The flow's status and evidence; `covered` is `covering(flow, statements, …)`."""
    positive, negative = covered
    if negative and flow.actor != FIRST_PARTY and any(s.actor == flow.actor or s.recipient == flow.actor
                                                      for s in statements if s.polarity == "+"):
        # "除以下情形外，我们不会与任何公司共享…" followed by an SDK list: the SDKs the policy names are among the
        # exceptions, so a general sharing denial with exceptions does not apply to them
        negative = [item for item in negative if not (_qualified(item[0]) and item[2] != "exact")]
    if positive and negative:
        # a denial with exceptions yields to any statement that the practice happens; a denial only of uploading
        # the data yields to a statement of reading that very data (it limits that practice)
        stated = any(item[1] == "exact" for item in positive)
        negative = [item for item in negative
                    if not (_qualified(item[0]) or (stated and _local_only(item[0])))]
    if positive and negative:
        # the more specific side wins: "we collect personal information" does not contradict "we do not read your
        # contacts"; "we do not share personal information" does not contradict an SDK table naming the SDK
        best_positive = max(_specificity(item, taxonomy) for item in positive)
        best_negative = max(_specificity(item, taxonomy) for item in negative)
        if best_negative > best_positive:
            positive = []
        elif best_positive > best_negative:
            negative = []
    clear = [item for item in positive if _exact(item)]
    if positive and negative:
        status = "ambiguous"
        chosen = (clear or positive)[:POLICY_SAMPLES - 2] + negative[:2]
        explanation = "the policy both states and denies this practice"
    elif clear:
        status, chosen = "clear", clear
        explanation = "a statement names this data type for this actor"
    elif positive:
        status = "vague"
        best = min(positive, key=lambda item: (item[1] != "exact") + (item[2] != "exact"))
        chosen = [best] + [item for item in positive if item is not best]
        explanation = "only broader terms cover it"
    elif negative:
        status, chosen = "incorrect", negative
        explanation = "the policy says this is not done"
    else:
        status, chosen = "omitted", []
        explanation = "no statement covers it"
    vagueness = None
    if status == "vague":
        _, data, actor = chosen[0]
        vagueness = "+".join(part for part, rel in (("data", data), ("actor", actor)) if rel != "exact") or None
        explanation = {
            "data": f"only a broader data type ({chosen[0][0].data_type}) is declared for this actor",
            "actor": "the data type is declared only for third parties in general, not for this SDK or its provider",
            "data+actor": f"only a broader data type ({chosen[0][0].data_type}) for third parties in general",
        }.get(vagueness or "", explanation)
    seen_lines = set()
    policy_evidence = []
    for statement, _, _ in chosen:
        key = (statement.line, statement.action, statement.data_type)
        if key in seen_lines:
            continue
        seen_lines.add(key)
        policy_evidence.append(_evidence(statement))
        if len(policy_evidence) >= POLICY_SAMPLES:
            break
    return Finding(
        data_type=flow.data_type, actor=flow.actor, status=status, before_consent=flow.before_consent,
        policy_evidence=policy_evidence, behaviour_evidence=flow.evidence(), observations=flow.count,
        vagueness=vagueness, explanation=explanation,
    )


def declared_not_observed(statements: list[Statement], flows: list[Flow], taxonomy: Taxonomy,
                          entities: EntityCatalog) -> list[dict]:
    """Positive statements no observation corresponds to (informational: the policy may describe other builds)."""
    grouped: dict[tuple[str, str], list[int]] = {}
    for statement in statements:
        if statement.polarity == "-" or statement.data_type == taxonomy.root:
            continue
        entity = statement.entity
        matched = False
        for flow in flows:
            if not taxonomy.covers(statement.data_type, flow.data_type):
                continue
            if entity == FIRST_PARTY and flow.actor == FIRST_PARTY:
                matched = True
            elif entity != FIRST_PARTY and flow.actor != FIRST_PARTY and (
                    entity in (THIRD_PARTY, flow.actor) or entities.covers(entity, flow.actor)):
                matched = True
            if matched:
                break
        if not matched:
            grouped.setdefault((statement.data_type, entity), []).append(statement.line)
    return [{"data_type": data_type, "actor": actor, "lines": sorted(set(lines))}
            for (data_type, actor), lines in sorted(grouped.items())]
