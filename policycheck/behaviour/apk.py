"""APK files: requested permissions (androguard's AXML parser on the manifest) and embedded SDKs (dex class names).

The archive is checked before androguard sees it: entry count, declared and actual expansion (zip bombs, also
overlapping entries) and unsafe entry names (absolute, `..`, backslashes, duplicates) are refused with a clear
error. Dex files are read in bounded chunks; only their class definitions are parsed (header -> class_defs ->
type_ids -> string_ids), which is enough to match SDK package prefixes and takes milliseconds.
"""

from __future__ import annotations

import re
import struct
from functools import lru_cache

from ..errors import InputError
from ..records import Behaviour
from .common import ZipLimits, fail, one_line, open_zip, read_entry
from .manifest import component_classes, from_root, parse_axml, sdk_observations

MAX_MANIFEST = 16 * 1024**2
MAX_DEX = 256 * 1024**2
MAX_ALL_DEX = 1024**3
_DEX_NAME = re.compile(r"^classes\d*\.dex$")
_DEX_MAGIC = re.compile(rb"^dex\n\d{3}\x00")


@lru_cache(maxsize=1)
def quiet_androguard() -> None:
    """androguard logs through loguru at import and on every parse: silence it (only androguard's records)."""
    try:
        from loguru import logger
    except ImportError:  # androguard is missing too: the reader says so
        return
    logger.disable("androguard")


def read_apk(data: bytes, source: str, limits: ZipLimits | None = None) -> Behaviour:
    archive = open_zip(data, source, limits or ZipLimits.in_force())
    names = archive.namelist()
    if "AndroidManifest.xml" not in names:
        raise fail(source, "not an APK (no AndroidManifest.xml in the archive)")
    # The manifest is read here, bounded, and only its bytes go to androguard's AXML parser. androguard's APK class
    # would re-read the archive with its own zip code, which trusts the local file headers and inflates entries
    # without a bound: an APK of 1 MB whose local header disagrees with the central directory took 2 GB of memory.
    manifest = read_entry(archive, "AndroidManifest.xml", source, MAX_MANIFEST)
    try:
        root = parse_axml(manifest, source)
    except InputError as exc:
        raise fail(source, f"broken APK: AndroidManifest.xml: {str(exc).removeprefix(source + ': ')}") from None
    behaviour = from_root(root, source, detect_sdks=False)
    classes = component_classes(root)
    total = 0
    for name in sorted(n for n in names if _DEX_NAME.match(n)):
        dex = read_entry(archive, name, source, MAX_DEX)
        total += len(dex)
        if total > MAX_ALL_DEX:
            raise fail(source, f"refused: dex files expand beyond {MAX_ALL_DEX} bytes")
        classes += dex_class_names(dex, f"{source} {name}")
    behaviour.observations += sdk_observations(classes, f"{source} classes")
    behaviour.app.setdefault("platform", "android")
    return behaviour


def dex_class_names(dex: bytes, source: str) -> list[str]:
    """Java names of the classes a dex file defines ('Lcom/a/B;' -> 'com.a.B')."""
    if not _DEX_MAGIC.match(dex) or len(dex) < 0x70:
        raise fail(source, "not a dex file")
    try:
        string_ids_size, string_ids_off, type_ids_size, type_ids_off = struct.unpack_from("<4I", dex, 0x38)
        class_defs_size, class_defs_off = struct.unpack_from("<2I", dex, 0x60)
        if (string_ids_off + 4 * string_ids_size > len(dex) or type_ids_off + 4 * type_ids_size > len(dex)
                or class_defs_off + 32 * class_defs_size > len(dex)):
            raise ValueError("table beyond the end of the file")
        names = []
        for index in range(class_defs_size):
            (type_index,) = struct.unpack_from("<I", dex, class_defs_off + 32 * index)
            if type_index >= type_ids_size:
                raise ValueError("class type index out of range")
            (string_index,) = struct.unpack_from("<I", dex, type_ids_off + 4 * type_index)
            if string_index >= string_ids_size:
                raise ValueError("type string index out of range")
            (offset,) = struct.unpack_from("<I", dex, string_ids_off + 4 * string_index)
            descriptor = _mutf8_at(dex, offset)
            if descriptor.startswith("L") and descriptor.endswith(";"):
                names.append(descriptor[1:-1].replace("/", "."))
        return names
    except (struct.error, ValueError, IndexError) as exc:
        raise fail(source, f"corrupt dex file ({one_line(exc, 80)})") from None


def _mutf8_at(dex: bytes, offset: int) -> str:
    """A string_data_item: uleb128 length in UTF-16 units, then NUL-terminated MUTF-8 (class names are ASCII)."""
    position = offset
    for _ in range(5):  # skip the uleb128 length
        if position >= len(dex):
            raise ValueError("string offset beyond the end of the file")
        byte = dex[position]
        position += 1
        if byte < 0x80:
            break
    end = dex.find(b"\x00", position, position + 4096)
    if end < 0:
        raise ValueError("unterminated string")
    return dex[position:end].decode("utf-8", errors="replace")
