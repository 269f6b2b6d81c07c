"""Security: no network at run time, no code execution from inputs, safe XML, refused archive path tricks, bounded
decompression, escaped HTML reports, and the per-file time limit.

Batch path traversal is refused too: manifest paths leaving the manifest's folder, links leaving the crawl folder.
"""

from __future__ import annotations

import ast
import io
import json
import os
import re
import subprocess
import sys
import textwrap
import time
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import hang_guard
from policycheck import limits
from policycheck.behaviour import read_behaviour, read_bytes
from policycheck.cli import main
from policycheck.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "policycheck"
DEMO = ROOT / "corpora" / "demo"
DATA = ROOT / "tests" / "data" / "behaviour"
CORPUS = ROOT / "tests" / "corpus_bad"
BEHAVIOUR_FILES = ["behaviour.json", "observations.jsonl", "capture.har", "XposedBridge.log", "camille.xls",
                   "camille.xlsx", "privacysentry.xls", "privacysentry_counts.xls", "AndroidManifest.xml",
                   "binary_manifest.axml"]


# --- no network --------------------------------------------------------------------------------------------------

NO_NETWORK_RUNNER = textwrap.dedent("""
    import json, os, socket, sys
    attempts = []

    def refuse(name, depth=1):
        def blocked(*args, **kwargs):
            caller = sys._getframe(depth)
            where = f"{os.path.basename(caller.f_code.co_filename)}:{caller.f_code.co_name}"
            attempts.append(f"{name}{args[:2]!r} from {where}")
            raise OSError(f"network access attempted: {name}")
        return blocked

    class NoSocket(socket.socket):
        def __init__(self, *args, **kwargs):
            refuse("socket.socket", depth=2)(*args)

    socket.socket = NoSocket
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "socketpair",
                 "create_server", "fromfd"):
        setattr(socket, name, refuse(f"socket.{name}"))

    from policycheck.cli import main  # imported after the patch: spaCy, jieba, androguard load under it
    codes = [main(argv) for argv in json.loads(sys.argv[1])]
    print(json.dumps({"codes": codes, "attempts": attempts}), file=sys.stderr)
""")


def test_no_network_access(tmp_path):
    """extract (zh, en), check with every behaviour format and an APK, and lint, with sockets forbidden: nothing
    tries to connect (spaCy and jieba loading included)."""
    behaviour = [arg for name in BEHAVIOUR_FILES for arg in ("--behaviour", str(DATA / name))]
    apk = ["--apk", str(DATA / "synthetic_sdk.apk")]
    zh, en = str(DEMO / "shop-zh.html"), str(DEMO / "fitness-en.md")
    commands = [
        ["extract", zh, "--format", "json"],
        ["extract", en, "--format", "json"],
        ["check", zh, *behaviour, *apk, "--format", "json"],
        ["check", en, *behaviour, *apk, "--format", "html"],
        ["check", zh, "--behaviour", str(DEMO / "shop-zh.behaviour.json"), "--format", "sarif"],
        ["lint", zh, "--manifest", str(DATA / "AndroidManifest.xml"), "--format", "json"],
        ["lint", en, "--apk", str(DATA / "synthetic_sdk.apk"), "--format", "sarif"],
    ]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POLICYCHECK_", "HTTP", "HTTPS"))}
    run = subprocess.run([sys.executable, "-c", NO_NETWORK_RUNNER, json.dumps(commands)], capture_output=True,
                         timeout=300, cwd=tmp_path, env=env)
    report = json.loads(run.stderr.decode().strip().splitlines()[-1])
    # urllib3 (imported by spaCy through requests) probes IPv6 support at import by binding a socket to ::1; it
    # never connects and copes with the refusal. Anything else is a network access.
    assert [a for a in report["attempts"] if not a.endswith("from connection.py:_has_ipv6")] == []
    assert all(code in (0, 1) for code in report["codes"]), (report, run.stderr.decode()[-2000:])


# --- no code execution from inputs -----------------------------------------------------------------------------

def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
            yield node, owner, name


def test_no_dynamic_code_or_unsafe_deserialisation_in_the_package():
    """No eval/exec/literal_eval, no pickle/marshal, no unsafe YAML, no shell: nothing an input could turn into code."""
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        where = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                for module in modules:
                    if module.split(".")[0] in ("pickle", "marshal", "shelve", "dill", "cloudpickle", "jsonpickle"):
                        problems.append(f"{where}:{node.lineno}: imports {module}")
                    if module in ("xml.dom.minidom", "xml.sax", "xml.dom.pulldom", "lxml.etree"):
                        problems.append(f"{where}:{node.lineno}: XML parser {module} (use defusedxml)")
                if isinstance(node, ast.ImportFrom) and node.module == "xml.etree.ElementTree":
                    unsafe = {a.name for a in node.names} - {"ParseError", "Element"}
                    if unsafe:
                        problems.append(f"{where}:{node.lineno}: xml.etree.ElementTree.{unsafe} (use defusedxml)")
        for node, owner, name in _calls(tree):
            keywords = {k.arg: k.value for k in node.keywords}
            if name in ("eval", "exec", "compile", "__import__") and owner in ("", "builtins"):
                problems.append(f"{where}:{node.lineno}: {name}()")
            if name in ("literal_eval", "unsafe_load", "full_load", "load_all", "system", "popen") and owner != "self":
                problems.append(f"{where}:{node.lineno}: {owner}.{name}()")
            if owner == "yaml" and name == "load":
                loader = keywords.get("Loader")
                text = ast.unparse(loader) if loader is not None else ""
                if not text or re.search(r"Unsafe|Full|^yaml\.Loader$|^Loader$", text):
                    problems.append(f"{where}:{node.lineno}: yaml.load with {text or 'no Loader'}")
            if "shell" in keywords and not (isinstance(keywords["shell"], ast.Constant) and not keywords["shell"].value):
                problems.append(f"{where}:{node.lineno}: shell=")
    assert problems == []


def test_yaml_is_loaded_safely():
    import yaml

    from policycheck.taxonomy import loader

    assert issubclass(loader._Loader, (yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)))


def test_input_is_never_evaluated(tmp_path):
    """Python and YAML that would run code, in every text field a reader parses, stay plain text."""
    marker = tmp_path / "pwned"
    payload = f"__import__('pathlib').Path({str(marker)!r}).write_text('x')"
    document = {"app": {"id": payload, "name": "!!python/object/apply:os.system ['touch " + str(marker) + "']"},
                "observations": [{"kind": "api", "name": payload, "caller": payload, "args": [payload]},
                                 {"kind": "data", "data_type": payload}]}
    behaviour = read_bytes(json.dumps(document).encode(), "b.json")
    assert behaviour.app["id"] == payload
    from policycheck.behaviour.camille import parse_args

    assert parse_args(f"参数0：{payload}") == [payload]
    assert not marker.exists()


# --- XML ---------------------------------------------------------------------------------------------------------

@pytest.fixture
def secret(tmp_path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("TOPSECRET-4711", encoding="utf-8")
    return path


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE manifest [<!ENTITY s SYSTEM "file://{secret}">]>',
    '<!DOCTYPE manifest [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>',
    '<!DOCTYPE manifest SYSTEM "http://127.0.0.1:9/evil.dtd">',
    '<!DOCTYPE manifest [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
])
def test_manifest_xml_external_entities_are_refused(tmp_path, secret, doctype, capfd, monkeypatch):
    import socket

    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: pytest.fail("network access"))
    path = tmp_path / "AndroidManifest.xml"
    path.write_text('<?xml version="1.0"?>\n' + doctype.format(secret=secret)
                    + '\n<manifest package="com.evil"><uses-permission name="&s;"/></manifest>\n', encoding="utf-8")
    with pytest.raises(InputError, match="refused: the XML declares a DTD or entities"):
        read_behaviour(str(path))
    code = main(["lint", str(DEMO / "shop-zh.html"), "--manifest", str(path), "--format", "json"])
    out, err = capfd.readouterr()
    assert code == 2 and "refused" in err and "TOPSECRET" not in out + err


def test_workbook_xml_external_entities_are_refused(secret):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "隐私合规"
    book.active.append(["调用时间(倒序排序)", "别名", "函数名", "调用堆栈"])
    book.active.append(["01-01 00:00:00.000", "IMEI", "PLACEHOLDER", "a.b.C.d() 1"])
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    hostile = io.BytesIO()
    with zipfile.ZipFile(hostile, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                end = data.find(b"?>") + 2
                data = (data[:end] + f'<!DOCTYPE x [<!ENTITY s SYSTEM "file://{secret}">]>'.encode() + data[end:]) \
                    .replace(b"PLACEHOLDER", b"&s;")
            target.writestr(info, data)
    try:
        behaviour = read_bytes(hostile.getvalue(), "trace.xlsx")
    except InputError as error:
        assert "TOPSECRET" not in str(error)
    else:
        assert "TOPSECRET" not in json.dumps([o.name for o in behaviour.observations])


# --- archives ------------------------------------------------------------------------------------------------------

def _zip(entries: list[tuple[str, bytes]], base: Path | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if base is not None:
            with zipfile.ZipFile(base) as source:
                for info in source.infolist():
                    archive.writestr(info.filename, source.read(info.filename))
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


@pytest.mark.parametrize("name", ["../../evil.so", "/etc/cron.d/evil", "lib\\..\\..\\evil.so", "C:/evil.dll",
                                  "assets/../../../evil", "assets/./../../evil"])
@pytest.mark.parametrize("base", ["synthetic_sdk.apk", "camille.xlsx"])
def test_archive_path_tricks_are_refused(tmp_path, monkeypatch, name, base):
    """Zip-slip names in APKs and .xlsx workbooks are refused, and nothing is ever extracted to disk."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / ("app.apk" if base.endswith(".apk") else "trace.xlsx")
    path.write_bytes(_zip([(name, b"\x7fELF")], DATA / base))
    with pytest.raises(InputError, match="unsafe path in zip entry"):
        read_behaviour(str(path))
    assert sorted(p.name for p in tmp_path.rglob("*")) == [path.name]


APK_BOMB = textwrap.dedent("""
    import binascii, resource, struct, sys, zlib
    from policycheck.behaviour import read_bytes

    # The central directory declares the small manifest; the local header claims the whole deflate stream, which
    # goes on to {mb} MB of zeros. zipfile (and our checks) read the central directory; androguard's APK class
    # trusted the local header and inflated everything in one call.
    manifest = open(sys.argv[1], "rb").read()
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = deflate.compress(manifest) + deflate.flush(zlib.Z_FULL_FLUSH)
    stream = head + b"".join(deflate.compress(bytes(1 << 20)) for _ in range({mb})) + deflate.flush()
    name, crc = b"AndroidManifest.xml", binascii.crc32(manifest)
    local = struct.pack("<4s5H3L2H", b"PK\\x03\\x04", 20, 0, 8, 0, 0, crc, len(stream), len(manifest), len(name), 0)
    central = struct.pack("<4s6H3L5H2L", b"PK\\x01\\x02", 20, 20, 0, 8, 0, 0, crc, len(head), len(manifest),
                          len(name), 0, 0, 0, 0, 0, 0)
    body = local + name + stream
    eocd = struct.pack("<4s4H2LH", b"PK\\x05\\x06", 0, 0, 1, 1, len(central) + len(name), len(body), 0)
    apk = body + central + name + eocd
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        behaviour = read_bytes(apk, "bomb.apk")
        outcome = behaviour.app.get("id")
    except Exception as exc:
        outcome = f"{{type(exc).__name__}}: {{exc}}"
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024
    print(outcome, grown)
""")


def test_apk_local_header_bomb_is_bounded():
    """A 300 KB APK whose local header disagrees with its central directory: was 600+ MB of memory (and 2 GB for
    a 1 MB file), now the manifest is read once, bounded, from the central directory's view."""
    run = subprocess.run([sys.executable, "-c", APK_BOMB.format(mb=300), str(DATA / "binary_manifest.axml")],
                         capture_output=True, timeout=120)
    outcome, grown = run.stdout.decode().strip().rsplit(" ", 1)
    assert int(grown) < 100, (outcome, grown)
    assert outcome == "com.example.shop", outcome  # read from the central directory's view, as Android does


def test_zip_bomb_entry_is_refused_before_reading(tmp_path):
    path = tmp_path / "app.apk"
    path.write_bytes(_zip([("assets/zeros.bin", bytes(64 * 1024 * 1024))], DATA / "synthetic_sdk.apk"))
    with hang_guard(1.0):
        with pytest.raises(InputError, match="zip bomb suspected"):
            read_behaviour(str(path))


# --- batch: path traversal -------------------------------------------------------------------------------------------

def _batch(tmp_path: Path, source: Path, *extra: str) -> dict[str, dict]:
    results = tmp_path / "results.jsonl"
    run = subprocess.run([sys.executable, "-m", "policycheck", "batch", str(source), "--out", str(results), "--jobs",
                          "1", "--no-progress", "--statements", *extra], capture_output=True, timeout=300, cwd=ROOT)
    assert run.returncode == 0, run.stderr.decode()
    return {r["id"]: r for r in map(json.loads, results.read_text(encoding="utf-8").splitlines())}


def test_batch_manifest_paths_cannot_leave_the_manifest_folder(tmp_path, secret):
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "policy.html").write_bytes((DEMO / "shop-zh.html").read_bytes())
    manifest = folder / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(line) + "\n" for line in [
        {"id": "ok", "policy": "policy.html"},
        {"id": "dotdot", "policy": f"../{secret.name}"},
        {"id": "absolute", "policy": str(secret)},
        {"id": "behaviour", "policy": "policy.html", "behaviour": [f"../{secret.name}"]},
    ]), encoding="utf-8")
    records = _batch(tmp_path, manifest)
    assert records["ok"]["ok"] is True
    for app in ("dotdot", "absolute", "behaviour"):
        assert records[app]["ok"] is False and "outside" in records[app]["error"], records[app]


def test_batch_root_allows_a_wider_folder(tmp_path):
    """--root DIR: a manifest may point at files anywhere inside DIR (a crawl stored beside the manifest)."""
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "policy.html").write_bytes((DEMO / "shop-zh.html").read_bytes())
    (tmp_path / "jobs").mkdir()
    manifest = tmp_path / "jobs" / "manifest.jsonl"
    manifest.write_text(json.dumps({"id": "up", "policy": "../store/policy.html"}) + "\n", encoding="utf-8")
    assert _batch(tmp_path, manifest)["up"]["ok"] is False
    (tmp_path / "results.jsonl").unlink()
    assert _batch(tmp_path, manifest, "--root", str(tmp_path))["up"]["ok"] is True


def test_batch_app_folders_do_not_follow_symlinks_out(tmp_path, secret):
    app = tmp_path / "crawl" / "com.example.evil"
    app.mkdir(parents=True)
    (app / "policy.txt").symlink_to(secret)
    records = _batch(tmp_path, tmp_path / "crawl")
    assert records["com.example.evil"]["ok"] is False


def test_batch_ids_never_become_paths(tmp_path):
    """Ids are data: '../../x' as an id writes nothing outside RESULTS."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "policy.html").write_bytes((DEMO / "shop-zh.html").read_bytes())
    (folder / "manifest.jsonl").write_text(json.dumps({"id": "../../escaped", "policy": "policy.html"}) + "\n",
                                           encoding="utf-8")
    before = set(tmp_path.parent.iterdir())
    records = _batch(tmp_path, folder / "manifest.jsonl")
    assert records["../../escaped"]["ok"] is True
    assert set(tmp_path.parent.iterdir()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "results.jsonl"]


# --- HTML reports escape everything ---------------------------------------------------------------------------------

class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)


HOSTILE_POLICY_TXT = ("We collect your IMEI <script>alert(1)</script> for analytics.\n"
                      "<img src=x onerror=alert(2)> We share your location with Umeng.\n"
                      "\"><svg onload=alert(3)> We collect your phone number. </textarea><a href=javascript:alert(4)>x\n")
HOSTILE_POLICY_HTML = ("<html><body><h1>Privacy &lt;script&gt;alert(1)&lt;/script&gt;</h1>"
                       "<p>We collect your IMEI &lt;img src=x onerror=alert(2)&gt; and share it with Umeng.</p>"
                       "<p>We collect your location.<script>alert(5)</script></p></body></html>")
HOSTILE_BEHAVIOUR = {
    "app": {"id": "com.x<script>alert(6)</script>", "name": "\"><script>alert(7)</script>"},
    "observations": [
        {"kind": "api", "name": "android.telephony.TelephonyManager.getDeviceId",
         "caller": "com.umeng.<script>alert(8)</script>", "before_consent": True},
        {"kind": "api", "name": "<img src=x onerror=alert(9)>", "caller": "\"'><script>alert(10)</script>"},
        {"kind": "<script>alert(11)</script>", "name": "<b onmouseover=alert(12)>x</b>"},
        {"kind": "network", "host": "a.com\"><script>alert(13)</script>", "fields": ["imei", "<script>"]},
        {"kind": "data", "data_type": "<script>alert(14)</script>"}]}


@pytest.mark.parametrize("name, policy", [("policy.txt", HOSTILE_POLICY_TXT), ("policy.html", HOSTILE_POLICY_HTML)])
def test_html_report_escapes_policy_text_and_behaviour(tmp_path, capsys, name, policy):
    policy_path = tmp_path / name
    policy_path.write_text(policy, encoding="utf-8")
    behaviour_path = tmp_path / "b.json"
    behaviour_path.write_text(json.dumps(HOSTILE_BEHAVIOUR), encoding="utf-8")
    code = main(["check", str(policy_path), "--behaviour", str(behaviour_path), "--format", "html"])
    report = capsys.readouterr().out
    assert code == 0 and report.startswith("<!DOCTYPE html>")
    parsed = _Elements()
    parsed.feed(report)
    tags = {tag for tag, _ in parsed.tags}
    assert not tags & {"script", "img", "svg", "iframe", "object", "embed", "textarea", "b"}, tags
    for tag, attrs in parsed.tags:
        for key, value in attrs:
            assert not key.startswith("on"), (tag, key, value)
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, key, value)
    assert "Content-Security-Policy" in report and "script-src" not in report.split("Content-Security-Policy")[1][:200]
    text = "".join(parsed.text)
    assert "<script>alert(1)</script>" in text  # the policy's words are shown, as text
    assert "com.x<script>alert(6)</script>" in text


# --- the time limit ------------------------------------------------------------------------------------------------

def test_time_limit_stops_a_busy_block_and_cannot_be_swallowed():
    with hang_guard(2.0):
        with pytest.raises(InputError, match=r"^policy\.html: timed out after 0\.2 s \(raise it with --timeout"):
            with limits.time_limit(0.2, "policy.html"):
                while True:
                    try:
                        sum(range(1000))
                    except Exception:  # a reader's catch-all must not swallow the time limit
                        pass


class _SlowFinaliser:
    """An object whose finaliser is still running when the alarm rings: Python can only ignore the alarm there."""

    def __del__(self):
        time.sleep(2)  # the alarm interrupts it


def test_time_limit_survives_an_alarm_ignored_in_a_finaliser(capsys):
    ran_to_the_end = False
    with pytest.raises(InputError, match=r"^policy\.html: timed out after 0\.2 s"):
        with limits.time_limit(0.2, "policy.html"):
            _SlowFinaliser()  # dropped at once; the alarm rings inside its __del__
            for _ in range(500):  # 5 s unless the alarm rings again
                time.sleep(0.01)
            ran_to_the_end = True
    assert not ran_to_the_end
    assert "Exception ignored" not in capsys.readouterr().err  # no traceback on stderr


def test_time_limit_fails_a_block_that_ends_after_an_ignored_alarm():
    with pytest.raises(InputError, match="timed out after 0.2 s"):
        with limits.time_limit(0.2, "x"):
            _SlowFinaliser()  # the block ends right after the finaliser, before the alarm can ring again


def test_time_limit_restores_the_previous_handler_and_timer():
    import signal

    previous = signal.getsignal(signal.SIGALRM)
    with limits.time_limit(5, "x"):
        pass
    assert signal.getsignal(signal.SIGALRM) is previous
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    with limits.time_limit(0, "x"):  # 0: no limit
        time.sleep(0.01)


def test_limits_from_flags_environment_and_defaults(monkeypatch):
    monkeypatch.setenv("POLICYCHECK_TIMEOUT", "7")
    monkeypatch.setenv("POLICYCHECK_MAX_SENTENCES", "99")
    with limits.configured(max_sentences=5, timeout=None) as in_force:
        assert (in_force.max_sentences, in_force.timeout, in_force.max_input_mb) == (5, 7.0, 16.0)
        assert limits.current() is in_force
    monkeypatch.setenv("POLICYCHECK_MAX_INPUT_MB", "lots")
    with pytest.raises(Exception, match="POLICYCHECK_MAX_INPUT_MB='lots' is not a number"):
        limits.from_environment()
    for bad in (-1.0, float("nan"), float("inf")):
        with pytest.raises(Exception, match="--timeout"):
            limits.configure(timeout=bad)
    limits.reset()


def test_cli_flags_reach_the_readers(tmp_path, capfd, monkeypatch):
    """--max-* flags and POLICYCHECK_* variables reach the readers; the CLI leaves no limits behind."""
    monkeypatch.setenv("POLICYCHECK_MAX_ZIP_ENTRIES", "50")
    code = main(["check", str(DEMO / "shop-zh.html"), "--apk", str(CORPUS / "many_entries.apk")])
    assert code == 2 and "62 zip entries (limit 50; raise it with --max-zip-entries)" in capfd.readouterr().err
    code = main(["lint", str(CORPUS / "many_blocks.txt"), "--max-sentences", "10"])
    assert code == 2 and "more than 10 text blocks" in capfd.readouterr().err
    monkeypatch.delenv("POLICYCHECK_MAX_ZIP_ENTRIES")
    limits.reset()
    assert limits.current() == limits.DEFAULTS
