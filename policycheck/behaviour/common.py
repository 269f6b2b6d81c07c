"""Helpers shared by the behaviour readers: stack frames, framework packages, zip safety, one-line errors."""

from __future__ import annotations

import importlib
import io
import itertools
import re
import zipfile
import zlib
from dataclasses import dataclass
from types import ModuleType

from ..errors import InputError

# Packages of the platform and language runtime: never the "caller" of a sensitive API.
FRAMEWORK_PREFIXES = (
    "android.", "androidx.", "java.", "javax.", "dalvik.", "kotlin.", "kotlinx.", "com.android.", "libcore.",
    "sun.", "jdk.", "org.chromium.", "com.google.android.collect.",
)
# Frames of hooking tools themselves (Xposed/LSPosed/EdXposed, Frida gadgets, PrivacySentry's proxies).
TOOL_PREFIXES = (
    "de.robv.android.xposed.", "org.lsposed.", "io.github.lsposed.", "com.elderdrivers.riru.", "EdHooker_",
    "LSPHooker_", "me.weishu.epic.", "com.swift.sandhook.", "com.lody.whale.", "re.frida.", "com.yl.lib.sentry.",
    "com.yl.lib.privacy_", "com.cjs.hegui30.",
)

# "at com.x.Y.method(Y.java:12)", "com.x.Y.method(Native Method)", "com.x.Y.method() 1,234"
_FRAME = re.compile(r"^\s*(?:at\s+)?([\w$.<>\-]+?)\.([\w$<>\-]+)\s*(\(.*)?$")


@dataclass(frozen=True)
class Frame:
    cls: str
    method: str
    text: str  # normalised "pkg.Class.method(File.java:12)"


def parse_frame(text: str) -> Frame | None:
    """A Java stack frame from the common textual forms; None for lines that are not frames."""
    line = text.strip()
    if not line or line.startswith(("java.lang.Throwable", "java.lang.Exception")) and "(" not in line:
        return None
    match = _FRAME.match(line)
    if not match:
        return None
    cls, method, rest = match.group(1), match.group(2), (match.group(3) or "").strip()
    if "." not in cls and not cls.startswith(("EdHooker_", "LSPHooker_")):
        return None
    numbered = re.match(r"^\(\)\s*(-?[\d,]+)$", rest)  # PrivacySentry: "cls.method() 1,234"
    if numbered:
        location = f"(:{numbered.group(1).replace(',', '')})"
    else:
        location = rest[: rest.find(")") + 1] if ")" in rest else rest
    return Frame(cls, method, f"{cls}.{method}{location}")


def parse_stack(text: str) -> list[Frame]:
    """Frames of a stack trace given as text with one frame a line (CRLF, LF or ' <- ' separated)."""
    frames = []
    for line in re.split(r"\r\n|\r|\n|\s<-\s", text or ""):
        frame = parse_frame(line)
        if frame is not None:
            frames.append(frame)
    return frames


def is_framework(cls: str) -> bool:
    return cls.startswith(FRAMEWORK_PREFIXES)


def is_tool(cls: str) -> bool:
    return cls.startswith(TOOL_PREFIXES)


def first_caller(frames: list[Frame], skip_class: str | None = None) -> str | None:
    """The first class outside the framework, the hooking tool and the hooked API's own class."""
    for frame in frames:
        if frame.cls == skip_class or is_framework(frame.cls) or is_tool(frame.cls):
            continue
        return frame.cls
    return None


def one_line(text: object, limit: int = 200) -> str:
    """`text` on one line, shortened: error messages must fit on one line."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def fail(source: str, message: str) -> InputError:
    return InputError(one_line(f"{source}: {message}", 400))


def require(module: str, package: str, source: str, purpose: str) -> ModuleType:
    """Import `module`, or fail with a one-line message naming the missing `package`."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise fail(source, f"{purpose} needs the '{package}' package (pip install {package})") from None


# --- zip archives (APK, .xlsx) --------------------------------------------------------------------------------

@dataclass(frozen=True)
class ZipLimits:
    max_entries: int = 100_000
    max_total_uncompressed: int = 4 * 1024**3  # declared size of all entries together
    max_entry_uncompressed: int = 512 * 1024**2  # any single entry we may read
    max_ratio: float = 200.0  # uncompressed / compressed, for entries over 1 MiB
    configurable: bool = False  # the limits come from policycheck.limits: errors say which flag raises them

    @classmethod
    def in_force(cls) -> ZipLimits:
        """The APK limits configured in policycheck.limits (--max-zip-entries, --max-zip-expanded-mb)."""
        from .. import limits

        current = limits.current()
        return cls(max_entries=current.max_zip_entries, max_total_uncompressed=current.max_zip_expanded_bytes,
                   configurable=True)


def open_zip(data: bytes, source: str, limits: ZipLimits | None = None) -> zipfile.ZipFile:
    """A zip archive checked against zip bombs (sizes, ratios, overlapping entries) and path tricks."""
    limits = limits or ZipLimits.in_force()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise fail(source, f"not a readable zip archive ({one_line(exc, 80)})") from None
    if len(infos) > limits.max_entries:
        hint = "; raise it with --max-zip-entries" if limits.configurable else ""
        raise fail(source, f"refused: {len(infos)} zip entries (limit {limits.max_entries}{hint})")
    total = 0
    names: set[str] = set()
    spans = []
    for info in infos:
        name = info.filename
        if _unsafe_name(name):
            raise fail(source, f"refused: unsafe path in zip entry {name!r}")
        if name in names:
            raise fail(source, f"refused: duplicate zip entry {name!r}")
        names.add(name)
        total += info.file_size
        if info.file_size > 1024**2 and info.file_size > limits.max_ratio * max(1, info.compress_size):
            ratio = info.file_size // max(1, info.compress_size)
            raise fail(source, f"refused: zip bomb suspected ({name!r} expands {ratio}x)")
        spans.append((info.header_offset, info.header_offset + 30 + len(info.filename.encode()) + info.compress_size))
    if total > limits.max_total_uncompressed:
        hint = "; raise it with --max-zip-expanded-mb" if limits.configurable else ""
        raise fail(source, f"refused: zip expands to {total} bytes (limit {limits.max_total_uncompressed}{hint})")
    spans.sort()
    for (_start, end), (next_start, _end) in itertools.pairwise(spans):
        if next_start < end:
            raise fail(source, "refused: overlapping zip entries (zip bomb suspected)")
    return archive


def _unsafe_name(name: str) -> bool:
    if not name or "\x00" in name or "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return True
    return any(part == ".." for part in name.split("/"))


def read_entry(archive: zipfile.ZipFile, name: str, source: str, limit: int) -> bytes:
    """One entry's bytes, decompressed in bounded chunks: refuse entries larger than `limit` whatever they declare."""
    try:
        info = archive.getinfo(name)
        if info.file_size > limit:
            raise fail(source, f"refused: {name} is {info.file_size} bytes (limit {limit})")
        chunks, size = [], 0
        with archive.open(info) as handle:
            while chunk := handle.read(1 << 20):
                size += len(chunk)
                if size > limit:
                    raise fail(source, f"refused: {name} expands beyond {limit} bytes")
                chunks.append(chunk)
        return b"".join(chunks)
    except KeyError:
        raise fail(source, f"no {name} in the archive") from None
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise fail(source, f"corrupt zip entry {name} ({one_line(exc, 80)})") from None
