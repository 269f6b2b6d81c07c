"""Reading bytes and turning them into text: binary detection, size limit, encoding detection.

Encodings are detected from the bytes, never from the file name: BOMs first (UTF-8, UTF-16, UTF-32), then strict
UTF-8, then GB18030 and Big5 scored by how many of the decoded characters are common Chinese characters, then
Windows-1252 for legacy Western files. Anything else is refused as undecodable.
"""

from __future__ import annotations

import codecs
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

DEFAULT_MAX_BYTES = 16 * 1024 * 1024  # real policies are well under 1 MB; crawled pages with inline assets rarely exceed this

# Magic numbers of formats that are not policies (first bytes of the file).
_SIGNATURES: list[tuple[bytes, str]] = [
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (APK, DOCX, XLSX or similar)"),
    (b"\x7fELF", "an ELF executable"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office document (DOC/XLS)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"dex\n", "an Android DEX file"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an XZ archive"),
    (b"MZ", "a Windows executable"),
    (b"\x00asm", "a WebAssembly module"),
    (b"SQLite format 3", "an SQLite database"),
]

# Frequent characters of Chinese policies, in simplified and traditional forms. A correct decoding of Chinese
# bytes gives mostly these; a wrong one (GBK bytes read as Big5 or the reverse) gives rare characters.
_COMMON_ZH = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
    "方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好"
    "应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向"
    "道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特"
    "件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队"
    "南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风"
    "切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许"
    "您们务个这为说会对发过动还没进现应开关长见问门间听让样种们个这来时为说国会后对发么经过动还没进实现应开关"
    "们個這來時為說國會後對發麼經過動還沒進實現應開關長見問門間聽讓樣種資訊設備權限服務隱私政策與將協議帳號"
    "收集使用提供共享存储保护第三方同意授权功能相关息据储护识别码标号手机址位置账户密码联系请您的我们本政策"
    "儲護識別碼標號機址帳戶碼聯繫請於個人資料蒐集處理條款網站用戶"
)


@dataclass
class Decoded:
    text: str
    encoding: str
    sha256: str


def read_input(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, str]:
    """Read a policy file (or stdin for '-'); returns (bytes, display name). Raises InputError."""
    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
    else:
        file_path = Path(path)
        if not file_path.exists():
            raise InputError(f"{path}: no such file")
        if file_path.is_dir():
            raise InputError(f"{path}: is a directory, not a policy file")
        try:
            size = file_path.stat().st_size
            if size > max_bytes:
                raise InputError(
                    f"{path}: {_mb(size)} is over the input limit of {_mb(max_bytes)} (raise it with --max-input-mb)"
                )
            with file_path.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
        name = path
    if len(data) > max_bytes:
        raise InputError(f"{name}: over the input limit of {_mb(max_bytes)} (raise it with --max-input-mb)")
    return data, name


def _mb(size: int) -> str:
    """'16 MB', '0.01 MB', '1.5 MB': a limit of 10 KB must not read '0 MB'."""
    return f"{size / 1048576:.3g} MB"


def sniff_binary(data: bytes) -> str | None:
    """A description of a known binary format, or None."""
    head = data[:16]
    for signature, description in _SIGNATURES:
        if head.startswith(signature):
            return description
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_zero = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\n\r\f\v\x1b") + sample.count("\x7f")
    return controls / len(sample)


def _chinese_score(text: str) -> float:
    """Share of CJK characters that are common ones (1.0 for real Chinese text, low for mojibake)."""
    cjk = [ch for ch in text[:50000] if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"]
    if not cjk:
        return 0.0
    return sum(1 for ch in cjk if ch in _COMMON_ZH) / len(cjk)


def decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    """Decode policy bytes; returns (text, encoding name). Raises InputError for binary or undecodable input."""
    described = sniff_binary(data)
    if described:
        raise InputError(f"{name}: this is {described}, not a privacy policy (HTML, text or Markdown)")
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding.replace("-sig", "")), encoding
            except UnicodeDecodeError:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    wide = _utf16_without_bom(data)
    if wide:
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: binary data (NUL bytes), not a text, HTML or Markdown policy")
    try:
        text = data.decode("utf-8")
        return _refuse_binary(text, name), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[float, str, str] | None = None
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _chinese_score(text)
        if best is None or score > best[0]:
            best = (score, text, encoding)
    if best is not None and best[0] >= 0.3:
        return _refuse_binary(best[1], name), best[2]
    # Mostly-UTF-8 text with a few corrupt bytes: keep it, marking the damage.
    lenient = data.decode("utf-8", errors="replace")
    multibyte = sum(1 for ch in lenient[:100000] if ord(ch) > 0x7F and ch != "\ufffd")
    damaged = lenient.count("\ufffd")
    if multibyte and damaged <= max(2, multibyte // 200):
        return _refuse_binary(lenient, name), "utf-8 (with invalid bytes replaced)"
    non_ascii = sum(1 for byte in data[:100000] if byte > 0x7F)
    if non_ascii <= max(8, len(data[:100000]) // 50):
        try:
            return _refuse_binary(data.decode("cp1252"), name), "cp1252"
        except UnicodeDecodeError:
            return _refuse_binary(data.decode("latin-1"), name), "latin-1"
    raise InputError(f"{name}: undecodable bytes (not UTF-8, GB18030/GBK, Big5 or Windows-1252 text)")


def _refuse_binary(text: str, name: str) -> str:
    if _control_ratio(text) > 0.01:
        raise InputError(f"{name}: binary data (control characters), not a text, HTML or Markdown policy")
    return text
