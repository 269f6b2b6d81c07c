"""Observed flows: observations grouped by (data type, actor)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import FIRST_PARTY, Behaviour, Observation
from ..taxonomy import Taxonomy

EVIDENCE_SAMPLES = 5


@dataclass
class Flow:
    data_type: str
    actor: str
    observations: list[Observation] = field(default_factory=list)

    @property
    def before_consent(self) -> bool:
        return any(o.before_consent for o in self.observations)

    @property
    def count(self) -> int:
        return sum(max(1, o.count) for o in self.observations)

    def evidence(self, limit: int = EVIDENCE_SAMPLES) -> list[dict]:
        """Representative observations: distinct (kind, name, caller), before-consent ones first."""
        seen = set()
        result = []
        for observation in sorted(self.observations, key=lambda o: (not o.before_consent, o.source)):
            key = (observation.kind, observation.name, observation.caller, observation.host)
            if key in seen:
                continue
            seen.add(key)
            item = {"kind": observation.kind, "name": observation.name}
            if observation.caller:
                item["caller"] = observation.caller
            if observation.host:
                item["host"] = observation.host
            if observation.fields:
                item["fields"] = list(observation.fields)
            if observation.args:
                item["args"] = list(observation.args)[:3]
            if observation.before_consent is not None:
                item["before_consent"] = observation.before_consent
            if observation.count > 1:
                item["count"] = observation.count
            if observation.timestamp:
                item["timestamp"] = observation.timestamp
            if observation.source:
                item["source"] = observation.source
            result.append(item)
            if len(result) >= limit:
                break
        return result


def flows_of(behaviour: Behaviour, taxonomy: Taxonomy) -> list[Flow]:
    """One flow per (data type, actor) observed, in a stable order."""
    flows: dict[tuple[str, str], Flow] = {}
    for observation in behaviour.observations:
        actor = observation.actor or FIRST_PARTY
        for data_type in observation.data_types:
            if data_type not in taxonomy:
                continue
            key = (data_type, actor)
            if key not in flows:
                flows[key] = Flow(data_type, actor)
            flows[key].observations.append(observation)
    return [flows[key] for key in sorted(flows, key=lambda k: (k[1] != FIRST_PARTY, k[1], k[0]))]
