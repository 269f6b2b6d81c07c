"""Behaviour mapping: data types, actor and SDK for every observation.

- `api`: mappings/apis.yaml (with argument conditions); `permission`: mappings/permissions.yaml;
  `network`: the field ids / names through mappings/network_fields.yaml; `data`: the taxonomy id itself;
  `sdk`: the SDK catalogue (the observation carries the SDK id, no data types: presence is not collection).
- actor: the caller, else the first stack frame (from the top, past the API's own frames and the app's own
  package) whose class belongs to a known SDK (`EntityCatalog.sdk_for_package`); for network observations the
  host's entity (`entity_for_host`); otherwise first_party.
- consent: observations with a timestamp but no consent phase are placed against `Behaviour.consent_time`.
Anything that maps to nothing (unknown API, permission, field, data type, SDK) is counted in `unmapped`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache

from ..records import FIRST_PARTY, Behaviour, Observation, Unmapped
from ..taxonomy import EntityCatalog, load_entities, load_taxonomy
from .common import parse_frame
from .mappings import load_api_table, load_network_fields, load_permission_table, normalise_api, normalise_permission


class SdkLookup:
    """`EntityCatalog.sdk_for_package` with a cache and an exact pre-filter on the first package segments."""

    def __init__(self, catalog: EntityCatalog) -> None:
        self.catalog = catalog
        prefixes = [p for entity in catalog.entities.values() for p in entity.packages]
        self._roots = {".".join(p.split(".")[:2]) for p in prefixes}
        self._cache: dict[str, str | None] = {}

    def for_class(self, class_name: str) -> str | None:
        if class_name in self._cache:
            return self._cache[class_name]
        parts = class_name.split(".", 2)
        if parts[0] in self._roots or ".".join(parts[:2]) in self._roots:
            sdk = self.catalog.sdk_for_package(class_name)
        else:
            sdk = None
        if len(self._cache) < 200_000:
            self._cache[class_name] = sdk
        return sdk


@lru_cache(maxsize=1)
def sdk_lookup() -> SdkLookup:
    return SdkLookup(load_entities())


def map_behaviour(behaviour: Behaviour, catalog: EntityCatalog | None = None) -> Behaviour:
    """A copy of `behaviour` with data_types, actor and sdk filled in and unmapped things counted.

    Call it once, on reader output (the unmapped counts of the input are kept and added to)."""
    lookup = SdkLookup(catalog) if catalog is not None else sdk_lookup()
    mapper = _Mapper(lookup, str(behaviour.app.get("id") or "") or None)
    consent = _parse_time(behaviour.consent_time)
    observations = []
    for observation in behaviour.observations:
        mapped = mapper.map(observation)
        if mapped.before_consent is None and consent is not None and mapped.timestamp:
            moment = _parse_time(mapped.timestamp)
            if moment is not None and (moment.tzinfo is None) == (consent.tzinfo is None):
                mapped.before_consent = moment < consent
        observations.append(mapped)
    unmapped: dict[tuple[str, str, str], int] = {}
    for item in list(behaviour.unmapped) + mapper.unmapped:
        key = (item.kind, item.name, item.reason)
        unmapped[key] = unmapped.get(key, 0) + item.count
    return Behaviour(app=dict(behaviour.app), observations=observations,
                     unmapped=[Unmapped(kind, name, count, reason) for (kind, name, reason), count in unmapped.items()],
                     sources=list(behaviour.sources), consent_time=behaviour.consent_time)


class _Mapper:
    def __init__(self, lookup: SdkLookup, app_id: str | None) -> None:
        self.lookup = lookup
        self.catalog = lookup.catalog
        self.app_prefix = f"{app_id}." if app_id else None
        self.app_id = app_id
        self.apis = load_api_table()
        self.permissions = load_permission_table()
        self.fields = load_network_fields()
        self.taxonomy = load_taxonomy()
        self.unmapped: list[Unmapped] = []
        self._frame_classes: dict[str, str | None] = {}

    def map(self, observation: Observation) -> Observation:
        mapped = replace(observation, data_types=list(observation.data_types), fields=list(observation.fields))
        method = getattr(self, f"_{mapped.kind}", None)
        if method is None:
            self._unmapped(mapped, f"unknown observation kind '{mapped.kind}'")
            return mapped
        method(mapped)
        return mapped

    # --- per kind ---------------------------------------------------------------------------------------------

    def _api(self, obs: Observation) -> None:
        rule = self.apis.find(obs.name)
        if rule is None:
            self._unmapped(obs, "API not in mappings/apis.yaml")
        elif rule.needs_args and not obs.args:
            self._unmapped(obs, "API needs its arguments to tell the data type, and none were recorded")
        else:
            written = obs.name.split("(", 1)[0].strip()
            # keep the written binary name ("Settings$Secure.getString"); resolve short or Soot forms to the full one
            obs.name = written if normalise_api(written) == rule.key and not written.startswith("<") else rule.key
            obs.data_types = _merge(obs.data_types, rule.data_types_for(obs.args, self.app_id))
        api_class = (rule.key if rule else normalise_api(obs.name)).rsplit(".", 1)[0]
        self._attribute(obs, skip_class=api_class)

    def _permission(self, obs: Observation) -> None:
        info = self.permissions.get(normalise_permission(obs.name))
        if info is None:
            self._unmapped(obs, "permission not in mappings/permissions.yaml")
        else:
            obs.name = info.name
            obs.data_types = _merge(obs.data_types, info.data_types)
        self._attribute(obs)

    def _network(self, obs: Observation) -> None:
        types: list[str] = list(obs.data_types)
        for name in obs.fields:
            rule = self.fields.fields.get(name) or self.fields.field_for_name(name)
            if rule is None:
                self.unmapped.append(Unmapped("network", name, max(1, obs.count),
                                              "network field not in mappings/network_fields.yaml"))
            else:
                types = _merge(types, rule.data_types)
        obs.data_types = types
        host = obs.host or obs.name
        entity = self.catalog.entity_for_host(host) if host else None
        if entity is not None:
            obs.actor = entity
            known = self.catalog.get(entity)
            obs.sdk = entity if known is not None and known.kind == "sdk" else obs.sdk
        else:
            self._attribute(obs)

    def _sdk(self, obs: Observation) -> None:
        entity = self.catalog.get(obs.name)
        sdk = obs.name if entity is not None and entity.kind == "sdk" else self.lookup.for_class(obs.name)
        if sdk is None and obs.sdk and self.catalog.get(obs.sdk) is not None:
            sdk = obs.sdk
        if sdk is None:
            self._unmapped(obs, "SDK not in mappings/sdks.yaml")
            return
        obs.sdk = sdk
        obs.actor = sdk

    def _data(self, obs: Observation) -> None:
        if obs.name not in self.taxonomy:
            self._unmapped(obs, "data type not in mappings/taxonomy.yaml")
        else:
            obs.data_types = _merge(obs.data_types, (obs.name,))
        self._attribute(obs)

    # --- helpers ----------------------------------------------------------------------------------------------

    def _attribute(self, obs: Observation, skip_class: str | None = None) -> None:
        """Actor from the caller, else the first SDK frame of the stack (looking from the top)."""
        sdk = self._sdk_of(obs.caller) if obs.caller else None
        if sdk is None:
            for frame_text in obs.stack:
                cls = self._frame_class(frame_text)
                if cls is None or (skip_class and normalise_api(cls) == skip_class):
                    continue
                sdk = self._sdk_of(cls)
                if sdk is not None:
                    break
        if sdk is not None:
            obs.actor = sdk
            entity = self.catalog.get(sdk)
            obs.sdk = sdk if entity is None or entity.kind == "sdk" else obs.sdk
        elif not obs.actor:
            obs.actor = FIRST_PARTY

    def _frame_class(self, text: str) -> str | None:
        if text not in self._frame_classes:
            frame = parse_frame(text)
            self._frame_classes[text] = frame.cls if frame else None
        return self._frame_classes[text]

    def _sdk_of(self, class_name: str) -> str | None:
        if self.app_prefix and (class_name + ".").startswith(self.app_prefix):
            return None  # the app's own code, even when its package falls under an SDK prefix
        return self.lookup.for_class(class_name)

    def _unmapped(self, obs: Observation, reason: str) -> None:
        self.unmapped.append(Unmapped(obs.kind, obs.name, max(1, obs.count), reason))


def _merge(existing: list[str] | tuple[str, ...], new: tuple[str, ...] | list[str]) -> list[str]:
    return list(dict.fromkeys([*existing, *new]))


def _parse_time(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        return dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
