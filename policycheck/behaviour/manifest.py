"""AndroidManifest.xml, as text XML or as the binary AXML found inside APKs.

Requested permissions (`uses-permission`, `uses-permission-sdk-23`) become `permission` observations, the package
and version the app, and component classes (activities, services, receivers, providers) that belong to a known
SDK become `sdk` observations. Text XML is parsed by defusedxml with DTDs, entities and external references
forbidden; binary XML by androguard's AXML parser.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from ..records import Behaviour, Observation
from .common import fail, one_line, require

ANDROID_NS = "{http://schemas.android.com/apk/res/android}"
AXML_MAGIC = b"\x03\x00\x08\x00"
PERMISSION_TAGS = ("uses-permission", "uses-permission-sdk-23", "uses-permission-sdk-m")
COMPONENT_TAGS = ("activity", "activity-alias", "service", "receiver", "provider")


def read_manifest_text(data: bytes, source: str) -> Behaviour:
    from xml.etree.ElementTree import ParseError

    defusedxml = require("defusedxml", "defusedxml", source, "reading AndroidManifest.xml")
    safe_tree = require("defusedxml.ElementTree", "defusedxml", source, "reading AndroidManifest.xml")
    try:
        root = safe_tree.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as exc:
        raise fail(source, f"refused: the XML declares a DTD or entities ({type(exc).__name__})") from None
    except (ParseError, ValueError, LookupError) as exc:  # LookupError: <?xml encoding="…"?> names no codec
        raise fail(source, f"malformed XML ({one_line(exc, 100)})") from None
    return from_root(root, source)


def read_manifest_binary(data: bytes, source: str) -> Behaviour:
    return from_root(parse_axml(data, source), source)


def parse_axml(data: bytes, source: str) -> Any:
    """The lxml root of a binary AndroidManifest.xml."""
    from .apk import quiet_androguard

    quiet_androguard()
    axml = require("androguard.core.axml", "androguard", source, "reading a binary AndroidManifest.xml")
    try:
        printer = axml.AXMLPrinter(data)
        root = printer.get_xml_obj() if printer.is_valid() else None
    except Exception as exc:  # androguard's parser raises assorted errors on broken input
        raise fail(source, f"corrupt binary XML ({type(exc).__name__}: {one_line(exc, 80)})") from None
    if root is None:
        raise fail(source, "corrupt binary XML (androguard could not decode it)")
    return root


def from_root(root: Any, source: str, detect_sdks: bool = True) -> Behaviour:
    if _local(root.tag) != "manifest":
        raise fail(source, f"not an AndroidManifest.xml (root element <{_local(root.tag)}>)")
    package = root.get("package") or ""
    behaviour = Behaviour(sources=[source])
    behaviour.app = {"platform": "android"}
    if package:
        behaviour.app["id"] = package
    version = root.get(f"{ANDROID_NS}versionName") or root.get("versionName")
    if version:
        behaviour.app["version"] = str(version)
    seen: set[str] = set()
    for element in root.iter():
        tag = _local(element.tag) if isinstance(element.tag, str) else ""
        if tag in PERMISSION_TAGS:
            name = _name(element)
            if name and name not in seen:
                seen.add(name)
                behaviour.observations.append(Observation(kind="permission", name=name,
                                                          source=f"{source} <{tag}>"))
    if detect_sdks:
        behaviour.observations += sdk_observations(component_classes(root), f"{source} components")
    return behaviour


def component_classes(root: Any) -> list[str]:
    """Fully qualified class names of the manifest's activities, services, receivers and providers."""
    package = root.get("package") or ""
    return [_qualified(_name(e), package) for e in root.iter()
            if isinstance(e.tag, str) and _local(e.tag) in COMPONENT_TAGS and _name(e)]


def sdk_observations(class_names: Iterable[str], where: str) -> list[Observation]:
    """One `sdk` observation per known SDK among `class_names` (named by its shortest package seen)."""
    from .mapping import sdk_lookup

    lookup = sdk_lookup()
    packages: dict[str, list[str]] = defaultdict(list)
    counts: dict[str, int] = defaultdict(int)
    for class_name in class_names:
        sdk = lookup.for_class(class_name)
        if sdk is not None:
            packages[sdk].append(class_name.rsplit(".", 1)[0] if "." in class_name else class_name)
            counts[sdk] += 1
    result = []
    for sdk, names in sorted(packages.items()):
        distinct = sorted(set(names), key=lambda p: (p.count("."), p))
        result.append(Observation(kind="sdk", name=distinct[0], args=distinct[:5],
                                  source=f"{where} ({counts[sdk]} class(es))"))
    return result


def _name(element: Any) -> str:
    value = element.get(f"{ANDROID_NS}name") or element.get("name") or ""
    return str(value).strip()


def _qualified(name: str, package: str) -> str:
    if name.startswith(".") and package:
        return package + name
    if "." not in name and package:
        return f"{package}.{name}"
    return name


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]
