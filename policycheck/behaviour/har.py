"""HAR 1.2 network captures: which personal data each request sends, and to which host.

Every request's query string, headers (less the standard ones), cookies and body (JSON, form or text, nested
JSON and URL-encoded values unpacked) is searched for personal data in two ways (mappings/network_fields.yaml):
- by field name (`imei`, `oaid`, `lat`+`lng`, `shoujihao`…);
- by value: IMEI-like 15 digits passing Luhn, MAC addresses, 16-hex Android IDs, UUID-form advertising IDs, phone
  numbers, e-mail addresses, lat/long pairs, PRC ID numbers.
Identifier values found that way (or passed in `known`) are then also looked for MD5/SHA-1/SHA-256-hashed
(hex, any case of the input), URL-encoded and base64-encoded anywhere in the capture.
A request with personal data becomes one `network` observation (host, canonical field ids in `fields`, where they
were found in `args`, `startedDateTime` as timestamp); requests without personal data are counted per host.
Latitude or longitude alone does not count: both must be sent together.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import hashlib
import io
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from ..records import Behaviour, Observation
from .common import fail
from .mappings import NetworkFields, load_network_fields

SKIPPED_HEADERS = ("host", "connection", "user-agent", "accept", "content-", "cache-control", "pragma", "origin",
                   "referer", "te", "upgrade", "if-", "sec-", "authorization", "cookie", "keep-alive", "range",
                   "x-forwarded-", "via", "priority", ":")
MAX_BODY = 1 << 20  # characters of one body that are searched
MAX_ITEMS = 20_000  # key/value pairs of one request
MAX_EVIDENCE = 20
MAX_KNOWN = 64  # identifier values per field searched for in encoded form (a real capture has one device)
_HEX_DIGEST = re.compile(r"^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$")
_FORM = re.compile(r"^[\w.%\-\[\]]+=[^&\s]*(?:&[\w.%\-\[\]]+=[^&\s]*)*$")
_PAIR_IDS = ("latitude", "longitude")


@dataclass(slots=True)
class _Item:
    where: str  # "query", "header", "cookie", "body"
    path: str  # key path inside that part
    key: str  # the last key (what field-name matching looks at)
    value: str  # "" for a container value
    container: bool = False


@dataclass
class _Request:
    number: int
    host: str
    label: str
    timestamp: str | None
    items: list[_Item] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # unstructured bodies
    found: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # field id -> evidence


def read_har(document: Any, source: str, known: dict[str, set[str]] | None = None) -> Behaviour:
    """A Behaviour from a decoded HAR document; `known` maps field ids ('imei', 'android_id'…) to values."""
    log = document.get("log") if isinstance(document, dict) else None
    entries = log.get("entries") if isinstance(log, dict) else None
    if not isinstance(entries, list):
        raise fail(source, "not a HAR file (no log.entries list)")
    fields = load_network_fields()
    requests = [_request(entry, number, source) for number, entry in enumerate(entries, 1)]
    known_values: dict[str, set[str]] = defaultdict(set)
    for field_id, values in (known or {}).items():
        known_values[field_id] |= {str(v) for v in values if str(v).strip()}
    for request in requests:
        if request.host:
            _detect(request, fields, known_values)
    if any(known_values.values()):
        forms = _KnownForms(_encoded_forms(known_values, fields))
        for request in requests:
            if request.host:
                _detect_known(request, forms)
    behaviour = Behaviour(sources=[source])
    quiet: dict[str, int] = defaultdict(int)
    for request in requests:
        if not request.host:
            continue
        found = {k: v for k, v in request.found.items() if v}
        if not all(pair in found for pair in _PAIR_IDS):
            for pair in _PAIR_IDS:
                found.pop(pair, None)
        if not found:
            quiet[request.host] += 1
            continue
        evidence = [e for field_id in sorted(found) for e in dict.fromkeys(found[field_id])][:MAX_EVIDENCE]
        behaviour.observations.append(Observation(
            kind="network", name=request.host, host=request.host, fields=sorted(found), args=evidence,
            timestamp=request.timestamp, source=f"{source} entry {request.number} ({request.label})"))
    for host, count in quiet.items():
        behaviour.observations.append(Observation(kind="network", name=host, host=host, count=count,
                                                  source=f"{source}: {count} request(s) without personal data"))
    return behaviour


# --- pulling key/value pairs out of a request -------------------------------------------------------------------

def _request(entry: Any, number: int, source: str) -> _Request:
    request = entry.get("request") if isinstance(entry, dict) else None
    url = request.get("url") if isinstance(request, dict) else None
    if not isinstance(url, str):
        raise fail(source, f"entry {number} has no request.url")
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "") if parts.scheme in ("http", "https", "ws", "wss") else ""
    except ValueError:
        host, parts = "", None
    method = request.get("method") if isinstance(request.get("method"), str) else "GET"
    started = entry.get("startedDateTime")
    result = _Request(number, host, f"{method} {parts.path if parts else ''}"[:120],
                      started if isinstance(started, str) else None)
    if not host:
        return result
    query = parts.query if parts else ""
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
    else:
        pairs = [(str(q.get("name", "")), str(q.get("value", ""))) for q in _list(request.get("queryString"))]
    for key, value in pairs:
        _add_pair(result, "query", key, key, value, 0)
    for header in _list(request.get("headers")):
        name, value = str(header.get("name", "")), str(header.get("value", ""))
        lowered = name.lower()
        if lowered == "cookie":
            for cookie in value.split(";"):
                key, _, cookie_value = cookie.strip().partition("=")
                _add_pair(result, "cookie", key, key, cookie_value, 0)
        elif not lowered.startswith(SKIPPED_HEADERS):
            key = name[2:] if lowered.startswith("x-") else name  # "X-OAID" names the field "OAID"
            _add_pair(result, "header", name, key, value, 0)
    for cookie in _list(request.get("cookies")):
        _add_pair(result, "cookie", str(cookie.get("name", "")), str(cookie.get("name", "")),
                  str(cookie.get("value", "")), 0)
    post = request.get("postData")
    if isinstance(post, dict):
        params = _list(post.get("params"))
        if params:
            for param in params:
                _add_pair(result, "body", str(param.get("name", "")), str(param.get("name", "")),
                          str(param.get("value", "")), 0)
        elif isinstance(post.get("text"), str):
            _add_body(result, _body_text(post), "body", 0)
    return result


def _list(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _body_text(post: dict[str, Any]) -> str:
    text = post["text"]
    if str(post.get("encoding", post.get("_encoding", ""))).lower() == "base64":
        try:
            raw = base64.b64decode(text, validate=False)
            if raw[:2] == b"\x1f\x8b":
                raw = gzip.GzipFile(fileobj=io.BytesIO(raw)).read(MAX_BODY)
            text = raw.decode("utf-8", errors="replace")
        except (binascii.Error, OSError, EOFError, ValueError):
            return ""
    return text[:MAX_BODY]


def _add_body(request: _Request, text: str, path: str, depth: int) -> None:
    stripped = text.strip()
    if not stripped:
        return
    if stripped[0] in "{[":
        try:
            _add_json(request, json.loads(stripped), "body", path, "", depth + 1)
            return
        except (json.JSONDecodeError, RecursionError):
            pass
    if _FORM.match(stripped):
        for key, value in parse_qsl(stripped, keep_blank_values=True):
            _add_pair(request, "body", f"{path}.{key}" if path != "body" else key, key, value, depth + 1)
        return
    request.texts.append(stripped)


def _add_json(request: _Request, value: Any, where: str, path: str, key: str, depth: int) -> None:
    if len(request.items) >= MAX_ITEMS or depth > 24:
        return
    if isinstance(value, dict):
        if key and value:
            request.items.append(_Item(where, path, key, "", container=True))
        for child_key, child in value.items():
            child_path = f"{path}.{child_key}" if path != "body" else str(child_key)
            _add_json(request, child, where, child_path, str(child_key), depth + 1)
    elif isinstance(value, list):
        if key and value:
            request.items.append(_Item(where, path, key, "", container=True))
        for child in value:
            _add_json(request, child, where, f"{path}[]", key, depth + 1)
    elif isinstance(value, bool) or value is None:
        return
    else:
        _add_pair(request, where, path, key, str(value), depth)


def _add_pair(request: _Request, where: str, path: str, key: str, value: str, depth: int) -> None:
    if len(request.items) >= MAX_ITEMS:
        return
    request.items.append(_Item(where, path, key, value))
    nested = value.strip()
    if depth >= 4 or len(nested) < 3:
        return
    if "%" in nested:
        decoded = unquote(nested)
        if decoded != nested:
            _add_pair(request, where, path, key, decoded, depth + 1)
            return
    if nested[0] in "{[":
        try:
            _add_json(request, json.loads(nested), where, path, key, depth + 1)
        except (json.JSONDecodeError, RecursionError):
            pass
    elif _FORM.match(nested):
        for child_key, child in parse_qsl(nested, keep_blank_values=True):
            _add_pair(request, where, f"{path}.{child_key}", child_key, child, depth + 1)


# --- detection --------------------------------------------------------------------------------------------------

def _detect(request: _Request, fields: NetworkFields, known: dict[str, set[str]]) -> None:
    for item in request.items:
        rule = fields.field_for_name(item.key) if item.key else None
        label = f"{item.where}:{item.path}"
        if item.container:
            if rule is not None:
                request.found[rule.id].append(label)
            continue
        value = item.value.strip()
        if not value or fields.is_placeholder(value):
            continue
        if rule is not None:
            hashed = bool(_HEX_DIGEST.match(value.lower()))
            required = fields.value_rule(rule.require_value) if rule.require_value else None
            if required is not None and not fields.value_matches(value, required) and not (hashed and rule.hashable):
                continue
            request.found[rule.id].append(label)
            if rule.hashable and not hashed:
                known[rule.id].add(value)
            continue
        if fields.is_ignored(item.key):
            continue
        value_rule = fields.match_value(value)
        if value_rule is not None:
            request.found[value_rule.field].append(f"{label} ({value_rule.id} value)")
            if fields.fields[value_rule.field].hashable:
                known[value_rule.field].add(value)
        elif len(value) > 16:
            _search_text(request, fields, known, value, label)
    for text in request.texts:
        _search_text(request, fields, known, text, "body")


def _search_text(request: _Request, fields: NetworkFields, known: dict[str, set[str]], text: str, label: str) -> None:
    """Patterns that may occur inside longer text (e-mail, MAC) searched in `text`."""
    for value_rule in fields.values:
        if not value_rule.in_text:
            continue
        for match in value_rule.regex.finditer(text):
            candidate = match.group(0)
            if not fields.is_placeholder(candidate) and fields.value_matches(candidate, value_rule):
                request.found[value_rule.field].append(f"{label} ({value_rule.id} value in text)")
                if fields.fields[value_rule.field].hashable:
                    known[value_rule.field].add(candidate)
                break


def _encoded_forms(known: dict[str, set[str]], fields: NetworkFields) -> dict[str, tuple[str, str]]:
    """Lower-case encoded form -> (field id, how it was encoded) for every known identifier value."""
    forms: dict[str, tuple[str, str]] = {}
    for field_id, values in known.items():  # fields in the order found; values sorted: the same in every process
        searched = [v for v in sorted(values) if len(v) >= 6 and not fields.is_placeholder(v)]
        # Short values give false positives. Past MAX_KNOWN values of one field the capture is synthetic or hostile
        # (60000 distinct IMEIs made an automaton of 1.3 million forms: 30 s and 1.7 GB): the values found as such
        # are still reported, only their encoded forms are not searched for.
        for value in searched[:MAX_KNOWN]:
            variants = {value, value.lower(), value.upper()}
            if re.fullmatch(r"[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2}){5}", value):
                variants |= {re.sub("[:-]", "", v) for v in list(variants)}
            for variant in sorted(variants):
                data = variant.encode("utf-8")
                for algorithm in ("md5", "sha1", "sha256"):
                    forms.setdefault(hashlib.new(algorithm, data).hexdigest(), (field_id, algorithm))
                forms.setdefault(base64.b64encode(data).decode("ascii").lower(), (field_id, "base64"))
                encoded = quote(variant, safe="")
                if encoded != variant:
                    forms.setdefault(encoded.lower(), (field_id, "url-encoded"))
            forms.setdefault(value.lower(), (field_id, "plain"))
    return forms


class _KnownForms:
    """Encoded forms of known values: exact lookup, and an Aho-Corasick automaton for search inside text."""

    MIN_SEARCHED = 12  # shorter forms only count as whole values

    def __init__(self, forms: dict[str, tuple[str, str]]) -> None:
        import ahocorasick

        self.exact = forms
        self.automaton = ahocorasick.Automaton()
        for form, hit in forms.items():
            if len(form) >= self.MIN_SEARCHED:
                self.automaton.add_word(form, hit)
        self.searchable = len(self.automaton) > 0
        if self.searchable:
            self.automaton.make_automaton()

    def search(self, text: str) -> Iterator[tuple[str, str]]:
        if self.searchable:
            yield from dict.fromkeys(hit for _end, hit in self.automaton.iter(text))


def _detect_known(request: _Request, forms: _KnownForms) -> None:
    """Known identifiers, plain or encoded, as whole values or inside longer values and bodies.

    A value already identified by its own field name ("androidid") is not identified again because the same value
    was sent elsewhere under another name: an Android ID an analytics SDK labels `$device_id` does not make the
    app's `androidid` field a generic device identifier too."""
    named = {e for labels in request.found.values() for e in labels}
    for item in request.items:
        if not item.value:
            continue
        label = f"{item.where}:{item.path}"
        if label in named:
            continue
        value = item.value.strip().lower()
        hits = [forms.exact[value]] if value in forms.exact else []
        if not hits and len(value) > 16:
            hits = list(forms.search(value))
        for field_id, how in hits:
            if not any(e.startswith(label) for e in request.found[field_id]):
                request.found[field_id].append(f"{label} ({how} of a known {field_id})")
    for text in request.texts:
        for field_id, how in forms.search(text.lower()):
            request.found[field_id].append(f"body ({how} of a known {field_id})")
