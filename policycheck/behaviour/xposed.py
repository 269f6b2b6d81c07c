"""Hegui3.0-style Xposed logs (`XposedBridge.log`, LSPosed/EdXposed module logs, logcat with tag Xposed).

Each hooked call logs a report line, then (after the call) its stack between two markers:

    <pkg>调用getDeviceId()获取了imei
    Dump Stack: ---------------start----------------
    [Dump Stack]0: <class>----<file>----<line>----<method>
    ...
    Dump Stack: ---------------over----------------

Lines may carry the logging framework's prefix (time, pid, tag); a leading 'YYYY-MM-DD[T ]hh:mm:ss' becomes the
timestamp. The stack starts inside the hooking module; the API is the first frame whose method is the reported
one, the caller the first frame below it outside the framework. `Settings.Secure.getstring获取了android_id`
reports the key read, which becomes the call's argument. Xposed logs carry no consent phase.
"""

from __future__ import annotations

import re

from ..records import Behaviour, Observation
from .common import Frame, first_caller, is_tool
from .mappings import load_api_table

_REPORT = re.compile(r"(?:^|[\s:\]])(?P<pkg>[A-Za-z][\w]*(?:\.[\w]+)+)?调用(?P<call>[A-Za-z_$][\w.$]*)"
                     r"(?:\((?P<signature>[^)]*)\))?获取了(?P<what>.*)$")
_FRAME = re.compile(r"\[Dump Stack\]\s*(?P<index>\d+)\s*[:：]\s*(?P<cls>[^\s]+?)----(?P<file>.*?)----(?P<line>-?\d+)"
                    r"----(?P<method>[\w$<>]+)")
_START = re.compile(r"Dump Stack\s*[:：]\s*-*\s*start", re.IGNORECASE)
_OVER = re.compile(r"Dump Stack.*\bover\b", re.IGNORECASE)
_TIMESTAMP = re.compile(r"^\W{0,3}(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)")
_SIGNS = ("Dump Stack", "获取了")


def looks_like_xposed(text: str) -> bool:
    head = text[:200_000]
    return "[Dump Stack]" in head or any(_REPORT.search(line) for line in head.splitlines()[:2000] if "获取了" in line)


class _Report:
    def __init__(self, match: re.Match[str], timestamp: str | None, where: str) -> None:
        self.package = match.group("pkg")
        self.call = match.group("call")
        self.what = match.group("what").strip()
        self.timestamp = timestamp
        self.where = where
        self.frames: list[Frame] = []


def read_xposed(text: str, source: str) -> Behaviour:
    behaviour = Behaviour(sources=[source])
    pending: _Report | None = None
    in_stack = False
    packages: set[str] = set()

    def flush() -> None:
        nonlocal pending
        if pending is not None:
            behaviour.observations.append(_observation(pending))
            if pending.package:
                packages.add(pending.package)
            pending = None

    for number, line in enumerate(text.splitlines(), 1):
        if not any(sign in line for sign in _SIGNS):
            continue
        if _START.search(line):
            in_stack = True
            continue
        frame = _FRAME.search(line)
        if frame:
            if pending is not None:
                cls, method = frame.group("cls"), frame.group("method")
                location = f"({frame.group('file')}:{frame.group('line')})"
                pending.frames.append(Frame(cls, method, f"{cls}.{method}{location}"))
            continue
        if in_stack and _OVER.search(line):
            in_stack = False
            flush()  # one report, one stack
            continue
        report = _REPORT.search(line)
        if report:
            flush()
            stamp = _TIMESTAMP.match(line)
            timestamp = f"{stamp.group(1)}T{stamp.group(2)}" if stamp else None
            pending = _Report(report, timestamp, f"{source} line {number}")
    flush()
    if len(packages) == 1:
        behaviour.app = {"id": packages.pop(), "platform": "android"}
    return behaviour


def _observation(report: _Report) -> Observation:
    method = report.call.rsplit(".", 1)[-1]
    hint = report.call.rsplit(".", 1)[0] if "." in report.call else ""
    frames = [f for f in report.frames if not is_tool(f.cls)]
    top = next((i for i, f in enumerate(frames) if f.method.lower() == method.lower()), None)
    table = load_api_table()
    if top is not None:
        name = f"{frames[top].cls}.{frames[top].method}"
        frames = frames[top:]
    else:
        rule = table.find(f"{hint.rsplit('.', 1)[-1]}.{method}" if hint else method) or table.find(method)
        name = rule.key if rule else report.call
        frames = [f for f in frames if not f.cls.startswith(("dalvik.system.VMStack", "java.lang.Thread"))]
    api_class = name.rsplit(".", 1)[0]
    args = [report.what] if method.lower() == "getstring" and report.what else []
    return Observation(kind="api", name=name, caller=first_caller(frames, skip_class=frames[0].cls if top is not None
                                                                   else api_class),
                       stack=[f.text for f in frames], args=args, timestamp=report.timestamp, source=report.where)
