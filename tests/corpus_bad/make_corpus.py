"""Regenerate the broken inputs of this folder (all synthetic; real-world-shaped: what crawls and other tools produce).

    python tests/corpus_bad/make_corpus.py

expected.yaml (written by hand) maps every file to the command that reads it and the one-line error it must give;
tests/test_corpus_bad.py runs them through `policycheck` and through `policycheck batch`.
Needs openpyxl; the .apk files start from tests/data/behaviour/synthetic_sdk.apk and binary_manifest.axml.
"""

from __future__ import annotations

import gzip
import io
import json
import struct
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "data" / "behaviour"

POLICY_EN = "# Privacy Policy\n\n" + "".join(  # long enough to outlast a short --timeout even with spaCy loaded
    f"## Section {i}\n\nWe collect your email address and phone number when you register for service {i}. "
    "We share your device identifiers with our analytics partners to measure the use of our apps.\n\n"
    for i in range(150))


def zip_of(entries: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buffer.getvalue()


def apk_with(extra: list[tuple[str, bytes]]) -> bytes:
    """The synthetic APK's entries plus `extra` (names written as given)."""
    with zipfile.ZipFile(FIXTURES / "synthetic_sdk.apk") as source:
        entries = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    return zip_of(entries + extra)


def workbook(sheets: dict[str, list[list[object]]]) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def overlapping_apk() -> bytes:
    data = bytearray(apk_with([("assets/a.txt", b"hello" * 100), ("assets/b.txt", b"world" * 100)]))
    central = data.rfind(b"PK\x01\x02")  # the last central directory record now points at the first entry's data
    data[central + 42: central + 46] = data.find(b"PK\x03\x04").to_bytes(4, "little")
    return bytes(data)


def bad_dex_apk() -> bytes:
    header = bytearray(b"dex\n035\x00" + bytes(0x68))
    struct.pack_into("<2I", header, 0x60, 1000, 0x7FFFFFF0)  # class_defs far beyond the end of the file
    with zipfile.ZipFile(FIXTURES / "synthetic_sdk.apk") as source:
        manifest = source.read("AndroidManifest.xml")
    return zip_of([("AndroidManifest.xml", manifest), ("classes.dex", bytes(header))])


def files() -> dict[str, bytes]:
    camille = (FIXTURES / "camille.xls").read_bytes()
    canonical = (FIXTURES / "behaviour.json").read_bytes()
    har = (FIXTURES / "capture.har").read_bytes()
    manifest_xml = (FIXTURES / "AndroidManifest.xml").read_bytes()
    synthetic = (FIXTURES / "synthetic_sdk.apk").read_bytes()
    scripts = "".join(f"<script>window.__STATE_{i}__ = {json.dumps({'k': 'v' * 400})};</script>\n" for i in range(100))
    return {
        # --- policies: what crawls save -------------------------------------------------------------------------
        "pdf_renamed.html": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + bytes(200),
        "docx_renamed.html": zip_of([("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w:document/>")]),
        "gzip_body.html": gzip.compress(b"<html><body><p>We collect your email address.</p></body></html>", mtime=0),
        "png_renamed.htm": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64),
        "elf_renamed.txt": b"\x7fELF\x02\x01\x01\x00" + bytes(120),
        "sqlite_renamed.html": b"SQLite format 3\x00" + bytes(100),
        "empty.html": b"",
        "blank.txt": b"  \n\n\t \r\n   \n",
        "bom_only.md": b"\xef\xbb\xbf\n",
        "captcha.html": (
            b"<!DOCTYPE html><html><head><title>Security check</title><script src=/c.js></script></head><body>"
            b"<noscript>Please enable JavaScript to continue.</noscript><div hidden>Checking your browser</div>"
            b"<iframe src=\"/captcha?id=1\"></iframe><script>document.cookie='c=1';location.reload()</script>"
            b"</body></html>\n"),
        "script_only.html": (b"<html><head></head><body><div id=app></div>\n" + scripts.encode() + b"</body></html>\n"),
        "nul_bytes.txt": b"PRIVACY POLICY\n" + bytes(range(256)) * 4,
        "control_chars.txt": b"We collect your email.\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 20,
        "bad_utf16_bom.txt": b"\xff\xfe" + "Privacy policy".encode("utf-16-le") + b"\x00\xd8",
        "bad_utf32_bom.txt": b"\xff\xfe\x00\x00" + "Privacy".encode("utf-32-le") + b"\xff\xff\xff\xff",
        "shift_jis.html": ("<html><body><p>" + "当社は、お客様の個人情報を適切に取り扱います。" * 20 + "</p></body></html>")
        .encode("shift_jis"),
        "inline_scripts.html": (b"<html><head>" + scripts.encode() + b"</head><body><p>We collect your email.</p>"
                                b"</body></html>\n"),
        "many_blocks.txt": "".join(f"Section {i}.\n\n" for i in range(300)).encode(),
        "run_on.txt": ("We collect your email address. " * 300).encode(),
        "slow_policy.md": POLICY_EN.encode(),
        # --- behaviour files: what other tools (and broken runs of them) write -----------------------------------
        "truncated.json": canonical[: len(canonical) // 2],
        "wrong_types.json": json.dumps({"observations": [{"kind": "api", "name": "a.B.c", "count": "3"}]}).encode(),
        "deep_nesting.json": b"[" * 100000 + b"]" * 100000,
        "empty.json": b"",
        "utf16_invalid.json": b"\xff\xfe" + '{"observations": []}'.encode("utf-16-le") + b"\x00\xd8",
        "bad_line.jsonl": b'{"kind": "permission", "name": "android.permission.CAMERA"}\n{"kind": "api", "name": \n',
        "deep_line.jsonl": b'{"kind": "permission", "name": "android.permission.CAMERA"}\n' + b"[" * 100000 + b"\n",
        "capture_truncated.har": har[: len(har) * 2 // 3],
        "no_url.har": json.dumps({"log": {"version": "1.2", "entries": [{"request": {"method": "GET"}}]}}).encode(),
        "entries_not_list.har": json.dumps({"log": {"version": "1.2", "entries": {"0": {}}}}).encode(),
        "oversized.har": har,
        "corrupt_camille.xls": camille[: len(camille) // 2] + bytes(512),
        "corrupt.xlsx": zip_of([("[Content_Types].xml", b"<Types"), ("xl/workbook.xml", b"\x00garbage")]),
        "sales_report.xlsx": workbook({"Sales": [["region", "units"], ["north", 12], ["south", 7]]}),
        "privacysentry_bad_count.xlsx": workbook({"调用次数": [["别名", "函数名", "调用堆栈", "调用次数"],
                                                       ["IMEI", "TelephonyManager-getDeviceId", "a.B.c() 1", "many"]]}),
        "xxe_manifest.xml": (b'<?xml version="1.0"?>\n<!DOCTYPE manifest [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
                             b'<manifest package="com.evil">&secret;</manifest>\n'),
        "billion_laughs.xml": (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
                               + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                                          for i in range(1, 10))
                               + b']>\n<manifest package="com.evil">&lol9;</manifest>\n'),
        "wrong_root.xml": b'<?xml version="1.0" encoding="utf-8"?>\n<resources><string name="a">b</string></resources>\n',
        "truncated_manifest.xml": manifest_xml[: len(manifest_xml) // 2],
        "bad_encoding.xml": b'<?xml version="1.0" encoding="u-f-8"?>\n<manifest package="com.example"/>\n',
        "corrupt.axml": b"\x03\x00\x08\x00" + b"\x00\xff" * 200,
        "zip_slip.apk": apk_with([("../../../data/local/tmp/evil.so", b"\x7fELF")]),
        "absolute_path.apk": apk_with([("/system/lib/evil.so", b"\x7fELF")]),
        "zip_bomb.apk": apk_with([("assets/zeros.bin", bytes(24 * 1024 * 1024))]),
        "overlapping.apk": overlapping_apk(),
        "many_entries.apk": apk_with([(f"res/raw/f{i}.txt", b"x") for i in range(60)]),
        "expands.apk": apk_with([(f"assets/block{i}.bin", bytes(1024 * 1024)) for i in range(3)]),
        "bad_dex.apk": bad_dex_apk(),
        "garbage_manifest.apk": zip_of([("AndroidManifest.xml", b"\x03\x00\x08\x00" + b"\x00\xff" * 200),
                                        ("classes.dex", b"dex\n035\x00")]),
        "truncated.apk": synthetic[: len(synthetic) // 2],
        "not_an_apk.apk": zip_of([("readme.txt", b"hello"), ("data/values.csv", b"a,b\n1,2\n")]),
        "unknown.bin": bytes(range(256)) * 8,
        "unknown.log": b"2024-05-01 10:00:00 app started\n2024-05-01 10:00:01 user tapped OK\n",
        "xposed_bad_bytes.log": b"[Dump Stack]0: com.a.B----B.java----1----c\n\x80\x80\xff\xfe\x80 \xff\n",
    }


def main() -> None:
    for name, data in files().items():
        (HERE / name).write_bytes(data)
    folder = HERE / "a_directory.html"
    folder.mkdir(exist_ok=True)
    (folder / "README").write_text("A folder where a policy file is expected.\n", encoding="utf-8")
    print(f"wrote {len(files())} files to {HERE}")


if __name__ == "__main__":
    main()
