"""Observed behaviour: read any supported source into a `Behaviour`, then map it to data types and actors.

    behaviour = map_behaviour(read_behaviour("trace.xls"))

`read_behaviour` sniffs the file's content (never its extension) and hands it to one reader:

| content                                   | reader            |
|-------------------------------------------|-------------------|
| zip with AndroidManifest.xml              | apk.py            |
| zip with xl/workbook.xml, or OLE2 (.xls)  | camille.py or privacysentry.py (by sheets and headers) |
| binary AXML                               | manifest.py       |
| XML with a <manifest> root                | manifest.py       |
| JSON with log.entries                     | har.py            |
| other JSON, JSON Lines                    | json_reader.py    |
| text with Xposed report / Dump Stack lines | xposed.py        |

Every malformed input raises `policycheck.errors.InputError` with a one-line message.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable

from .. import limits
from ..errors import InputError, MappingError
from ..records import Behaviour, Unmapped
from .common import fail, one_line
from .manifest import AXML_MAGIC
from .mapping import map_behaviour
from .mappings import validate_behaviour_mappings
from .workbook import OLE2_MAGIC

__all__ = ["DEFAULT_MAX_BYTES", "map_behaviour", "merge_behaviours", "read_behaviour", "sniff",
           "validate_behaviour_mappings"]

DEFAULT_MAX_BYTES = limits.DEFAULTS.max_behaviour_bytes  # in force: limits.current() (--max-behaviour-mb)

ZIP_MAGIC = b"PK\x03\x04"


def read_behaviour(path: str, max_bytes: int | None = None) -> Behaviour:
    """The observations in one behaviour file of any supported format (not yet mapped: see `map_behaviour`).

    `max_bytes` defaults to the limit in force (policycheck.limits: --max-behaviour-mb, POLICYCHECK_MAX_BEHAVIOUR_MB).
    """
    hint = " (raise it with --max-behaviour-mb)" if max_bytes is None else ""  # callers passing a size name their own
    if max_bytes is None:
        max_bytes = limits.current().max_behaviour_bytes
    source = os.path.basename(path) or path
    try:
        size = os.path.getsize(path)
        if not os.path.isfile(path):
            raise InputError(f"{path}: not a file")
        if size > max_bytes:
            raise InputError(f"{path}: {size} bytes is over the limit of {max_bytes} bytes{hint}")
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({one_line(exc.strerror or exc, 100)})") from None
    if len(data) > max_bytes:
        raise InputError(f"{path}: over the limit of {max_bytes} bytes{hint}")
    try:
        behaviour = read_bytes(data, source)
    except (InputError, MappingError):
        raise
    except MemoryError:
        raise InputError(f"{source}: too large to read in memory") from None
    except Exception as exc:  # a reader bug or an input no check foresaw: still one line, never a traceback
        raise fail(source, f"could not be read ({type(exc).__name__}: {one_line(exc, 120)})") from None
    behaviour.sources = [path]
    return behaviour


def read_bytes(data: bytes, source: str) -> Behaviour:
    """Dispatch `data` (named `source` in messages and observation sources) to its reader."""
    kind = sniff(data, source)
    if kind == "apk":
        from .apk import read_apk

        return read_apk(data, source)
    if kind == "workbook":
        return _read_workbook(data, source)
    if kind == "axml":
        from .manifest import read_manifest_binary

        return read_manifest_binary(data, source)
    if kind == "xml":
        from .manifest import read_manifest_text

        return read_manifest_text(data, source)
    text = _decode(data, source)
    if kind == "json":
        return _read_json(text, source)
    from .xposed import read_xposed

    return read_xposed(text, source)


def sniff(data: bytes, source: str = "input") -> str:
    """'apk' | 'workbook' | 'axml' | 'xml' | 'json' | 'xposed', from the content alone."""
    if not data.strip():
        raise fail(source, "empty file")
    if data.startswith(ZIP_MAGIC):
        head = data[:1 << 16] + data[-(1 << 16):]  # local header names and the central directory
        if b"AndroidManifest.xml" in head or b"classes.dex" in head:
            return "apk"
        if b"xl/workbook.xml" in head or b"[Content_Types].xml" in head:
            return "workbook"
        from .common import open_zip

        names = open_zip(data, source).namelist()
        if "AndroidManifest.xml" in names:
            return "apk"
        if "xl/workbook.xml" in names:
            return "workbook"
        raise fail(source, "zip archive that is neither an APK nor an .xlsx workbook")
    if data.startswith(OLE2_MAGIC):
        return "workbook"
    if data.startswith(AXML_MAGIC):
        return "axml"
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" in data[:4096]:
        raise fail(source, "binary data of an unknown kind")
    text = _decode(data[:1 << 16], source, partial=True).lstrip("\ufeff \t\r\n")
    if text.startswith("<"):
        return "xml"
    from .xposed import looks_like_xposed

    if text.startswith("{"):
        return "json"
    if text.startswith("[") and not looks_like_xposed(text):  # LSPosed lines also start with '['
        return "json"
    if looks_like_xposed(_decode(data, source)):
        return "xposed"
    raise fail(source, "unrecognised behaviour format (expected JSON/JSON Lines, HAR, camille or PrivacySentry "
                       "workbook, Xposed log, AndroidManifest.xml or APK)")


def merge_behaviours(parts: Iterable[Behaviour]) -> Behaviour:
    """One Behaviour from several sources: app fields (first wins), observations, unmapped counts, consent time."""
    merged = Behaviour()
    unmapped: dict[tuple[str, str, str], int] = {}
    for part in parts:
        merged.app = {**part.app, **merged.app}
        merged.observations += part.observations
        merged.sources += part.sources
        merged.consent_time = merged.consent_time or part.consent_time
        for item in part.unmapped:
            key = (item.kind, item.name, item.reason)
            unmapped[key] = unmapped.get(key, 0) + item.count
    merged.unmapped = [Unmapped(kind, name, count, reason) for (kind, name, reason), count in unmapped.items()]
    return merged


def _decode(data: bytes, source: str, partial: bool = False) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace" if partial else "strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16", errors="replace" if partial else "strict")
        except UnicodeDecodeError:
            raise fail(source, "invalid UTF-16 text") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if partial and exc.start >= len(data) - 4:
            return data[:exc.start].decode("utf-8")  # a character cut by the sniffing window
        if b"\x00" in data[:4096]:
            raise fail(source, "binary data of an unknown kind") from None
        try:
            return data.decode("gb18030")  # Chinese Windows tools and logs
        except UnicodeDecodeError:
            raise fail(source, "text is neither UTF-8 nor GB18030") from None


def _read_json(text: str, source: str) -> Behaviour:
    from .json_reader import parse_document, read_json_lines

    try:
        document = json.loads(text)
    except json.JSONDecodeError as whole:
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) > 1:
            try:
                first = json.loads(lines[0])
            except json.JSONDecodeError:
                first = None
            if isinstance(first, dict):
                return read_json_lines(text, source)
        where = f"line {whole.lineno} column {whole.colno}"
        raise fail(source, f"invalid or truncated JSON ({where}: {whole.msg})") from None
    except RecursionError:
        raise fail(source, "JSON nested too deeply") from None
    if isinstance(document, dict) and isinstance(document.get("log"), dict):
        from .har import read_har

        return read_har(document, source)
    if isinstance(document, dict) and "observations" not in document and ("kind" in document or "stacks" in document):
        return read_json_lines(text.replace("\n", " "), source)  # JSON Lines with a single observation
    return parse_document(document, source)


def _read_workbook(data: bytes, source: str) -> Behaviour:
    from .camille import is_camille, read_camille
    from .privacysentry import is_privacysentry, read_privacysentry
    from .workbook import read_workbook

    sheets = read_workbook(data, source)
    if is_camille(sheets):
        return read_camille(sheets, source)
    if is_privacysentry(sheets):
        return read_privacysentry(sheets, source)
    raise fail(source, f"workbook is neither a camille nor a PrivacySentry export (sheets: "
                       f"{', '.join(list(sheets)[:5]) or 'none'})")
