"""camille (zhengjim/camille) results: the `.xls`/`.xlsx` export and raw Frida `send()` payloads.

Export: sheet `App_privacy_compliance_testing`, header row, columns 隐私政策状态 | 时间点 | 行为主体 | 操作行为 |
行为描述 | 传入参数 | 调用堆栈. camille writes no API name: the API is the first frame of the stack (the hooked
method), the caller the first frame outside the framework. Its times use JavaScript's 0-based month without
zero padding (`2023-3-5 9:7:2` is 5 April). 同意隐私政策前/后 give the consent phase (anything else: unknown).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from ..records import Behaviour, Observation
from .common import Frame, fail, first_caller, parse_stack
from .workbook import Sheets, header_index

SHEET = "App_privacy_compliance_testing"
HEADERS = ("隐私政策状态", "时间点", "行为主体", "操作行为", "行为描述", "传入参数", "调用堆栈")

# camille's ContentResolver.query hook logs no argument; its message names the provider.
_QUERY_MESSAGES = {
    "获取手机通信录内容": "content://com.android.contacts",
    "获取日历内容": "content://com.android.calendar",
    "获取浏览器内容": "content://browser",
    "获取相册内容": "content://media/external/images",
}
_TIME = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{1,2}):(\d{1,2})\s*$")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_ARG = re.compile(r"^参数(\d+)[：:](.*)$")
_PERMISSION = re.compile(r"^[A-Za-z_][\w.]*\.permission\.[A-Z0-9_]+$")
_SKIP_TOP = ("dalvik.system.VMStack", "java.lang.Thread", "java.lang.Throwable", "java.lang.Exception")


def is_camille(sheets: Sheets) -> bool:
    if SHEET in sheets:
        return True
    return any(rows and "调用堆栈" in rows[0] and "隐私政策状态" in rows[0] for rows in sheets.values())


def read_camille(sheets: Sheets, source: str) -> Behaviour:
    name = SHEET if SHEET in sheets else next(n for n, rows in sheets.items() if rows and "隐私政策状态" in rows[0])
    rows = sheets[name]
    if not rows:
        raise fail(source, f"sheet {name} is empty")
    header = rows[0]
    columns = [header_index(header, title) for title in HEADERS]
    if columns[6] is None:
        raise fail(source, f"sheet {name} has no 调用堆栈 (stack) column")
    columns = [index if index is not None else default for index, default in zip(columns, range(7))]
    behaviour = Behaviour(sources=[source])
    for number, row in enumerate(rows[1:], 2):
        cells = [row[i] if i < len(row) else "" for i in columns]
        if not any(cell.strip() for cell in cells):
            continue
        status, time, _subject, action, messages, arg, stacks = cells
        behaviour.observations += observations(status, time, action, messages, arg, stacks, f"{source} row {number}")
    return behaviour


def observation_from_payload(payload: dict[str, Any], where: str) -> list[Observation]:
    """Observations from one camille Frida `send()` payload (JSON Lines capture)."""
    def text(key: str) -> str:
        value = payload.get(key)
        return value if isinstance(value, str) else ""

    return observations(text("privacy_policy_status"), text("time"), text("action"), text("messages"), text("arg"),
                        text("stacks"), where)


def observations(status: str, time: str, action: str, messages: str, arg: str, stacks: str,
                 where: str) -> list[Observation]:
    frames = parse_stack(stacks)
    top = next((i for i, f in enumerate(frames) if not f.cls.startswith(_SKIP_TOP)), None)
    api_frame: Frame | None = frames[top] if top is not None else None
    frames = frames[top:] if top is not None else []
    args = parse_args(arg)
    before = consent_phase(status)
    timestamp = parse_time(time)
    caller = first_caller(frames[1:], skip_class=api_frame.cls if api_frame else None)
    name = f"{api_frame.cls}.{api_frame.method}" if api_frame else (messages.strip() or action.strip())
    if api_frame and api_frame.method == "query" and not args and messages.strip() in _QUERY_MESSAGES:
        args = [_QUERY_MESSAGES[messages.strip()]]
    permissions = [a for a in args if _PERMISSION.match(a)]
    common = {"caller": caller, "stack": [f.text for f in frames], "before_consent": before, "timestamp": timestamp,
              "source": where}
    if api_frame and api_frame.method == "requestPermissions" and permissions:
        return [Observation(kind="permission", name=permission, **common) for permission in permissions]
    return [Observation(kind="api", name=name, args=args, **common)]


def consent_phase(status: str) -> bool | None:
    status = status.strip()
    if "同意隐私政策前" in status or status == "前":
        return True
    if "同意隐私政策后" in status or status == "后":
        return False
    return None


def parse_time(text: str) -> str | None:
    """camille's 'Y-M-D h:m:s' with a 0-based month -> ISO 8601 (device local time, no zone)."""
    text = text.strip()
    if _ISO.match(text):  # a real date cell (the sheet was re-saved): already calendar months
        return text
    match = _TIME.match(text)
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) for g in match.groups())
    try:
        return dt.datetime(year, month + 1, day, hour, minute, second).isoformat()
    except ValueError:
        return None


def parse_args(text: str) -> list[str]:
    """'参数0：<json>\\r\\n参数1：<json>' -> argument texts; JSON strings decoded, arrays flattened; '无参数' -> []."""
    text = (text or "").strip()
    if not text or text == "无参数":
        return []
    args: list[str] = []
    for line in re.split(r"\r\n|\r|\n", text):
        match = _ARG.match(line.strip())
        if not match:
            if args:  # a JSON value spread over several lines
                args[-1] += "\n" + line
            elif line.strip():
                args.append(line.strip())
            continue
        args.append(match.group(2).strip())
    result: list[str] = []
    for value in args:
        try:
            decoded = json.loads(value)
        except (json.JSONDecodeError, RecursionError):
            result.append(value)
            continue
        if isinstance(decoded, list):
            result += [item if isinstance(item, str) else json.dumps(item, ensure_ascii=False) for item in decoded]
        elif isinstance(decoded, str):
            result.append(decoded)
        elif decoded is not None:
            result.append(json.dumps(decoded, ensure_ascii=False))
    return result
