"""The canonical behaviour format (contract §3): one JSON document, or JSON Lines of observations.

Document: `{"app": {...}, "observations": [...], "consent_time": "..."}` (a bare list of observations is accepted).
JSON Lines: one observation per line; a line with `app` and no `kind` sets the app. Lines that are camille Frida
`send()` payloads (`{"type": "notice", "action", "messages", "arg", "stacks", "time"}`) are read as camille rows.
Unknown `kind` values become `Unmapped` entries; wrong field types are malformed input.
"""

from __future__ import annotations

import json
from typing import Any

from ..records import OBSERVATION_KINDS, Behaviour, Observation, Unmapped
from .common import fail, one_line, parse_stack

_STRING_FIELDS = ("name", "caller", "host", "timestamp", "source", "sdk")
_LIST_FIELDS = ("stack", "args", "fields")


def parse_document(document: Any, source: str) -> Behaviour:
    """A Behaviour from an already decoded canonical JSON document."""
    if isinstance(document, list):
        document = {"observations": document}
    if not isinstance(document, dict):
        raise fail(source, "expected a JSON object with 'observations'")
    behaviour = Behaviour(sources=[source])
    behaviour.app = _app(document.get("app"), source)
    consent = document.get("consent_time")
    if consent is not None and not isinstance(consent, str):
        raise fail(source, "'consent_time' must be a string (ISO 8601)")
    behaviour.consent_time = consent
    items = document.get("observations")
    if not isinstance(items, list):
        raise fail(source, "'observations' must be a list")
    for number, item in enumerate(items, 1):
        _add(behaviour, item, f"{source} observation {number}")
    return behaviour


def read_json_lines(text: str, source: str) -> Behaviour:
    behaviour = Behaviour(sources=[source])
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source} line {number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise fail(where, f"invalid JSON ({exc.msg}, column {exc.colno})") from None
        except RecursionError:
            raise fail(where, "JSON nested too deeply") from None
        if isinstance(item, dict) and "kind" not in item and "app" in item:
            behaviour.app = {**behaviour.app, **_app(item["app"], where)}
            if isinstance(item.get("consent_time"), str):
                behaviour.consent_time = item["consent_time"]
            continue
        _add(behaviour, item, where)
    return behaviour


def _app(app: Any, source: str) -> dict[str, Any]:
    if app is None:
        return {}
    if not isinstance(app, dict):
        raise fail(source, "'app' must be an object")
    return {str(k): v for k, v in app.items() if v is not None}


def _add(behaviour: Behaviour, item: Any, where: str) -> None:
    if not isinstance(item, dict):
        raise fail(where, "an observation must be a JSON object")
    if "kind" not in item and {"action", "stacks"} <= set(item):
        from .camille import observation_from_payload

        behaviour.observations += observation_from_payload(item, where)
        return
    kind = item.get("kind")
    if not isinstance(kind, str) or not kind:
        raise fail(where, "missing 'kind'")
    if kind not in OBSERVATION_KINDS:
        name = item.get("name") or item.get("data_type") or item.get("host") or ""
        behaviour.unmapped.append(Unmapped(kind=kind, name=one_line(name, 120), count=_count(item, where),
                                           reason=f"unknown observation kind '{one_line(kind, 40)}'"))
        return
    behaviour.observations.append(observation_from_dict(item, where))


def observation_from_dict(item: dict[str, Any], where: str) -> Observation:
    values: dict[str, Any] = {}
    for key in _STRING_FIELDS:
        if item.get(key) is not None:
            if not isinstance(item[key], str):
                raise fail(where, f"'{key}' must be a string")
            values[key] = item[key]
    for key in _LIST_FIELDS:
        value = item.get(key)
        if value is None:
            continue
        if key == "stack" and isinstance(value, str):
            value = [frame.text for frame in parse_stack(value)]
        if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
            raise fail(where, f"'{key}' must be a list of strings")
        values[key] = [str(v) for v in value]
    before = item.get("before_consent")
    if before is not None and not isinstance(before, bool):
        raise fail(where, "'before_consent' must be true, false or null")
    observation = Observation(kind=item["kind"], before_consent=before, count=_count(item, where), **values)
    if observation.kind == "data":
        data_type = item.get("data_type", item.get("name"))
        if not isinstance(data_type, str) or not data_type:
            raise fail(where, "a 'data' observation needs 'data_type'")
        observation.name = data_type
    if observation.kind == "network" and not observation.host and observation.name:
        observation.host = observation.name
    if observation.kind == "network" and not observation.name:
        observation.name = observation.host or ""
    if not observation.source:
        observation.source = where
    return observation


def _count(item: dict[str, Any], where: str) -> int:
    count = item.get("count", 1)
    if isinstance(count, bool) or not isinstance(count, int) or count < 0:
        raise fail(where, "'count' must be a non-negative integer")
    return count
