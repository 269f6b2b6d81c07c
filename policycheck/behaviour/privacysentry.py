"""PrivacySentry (allenymt/PrivacySentry) `.xls` exports.

Sheet 隐私合规: 调用时间(倒序排序) | 别名 | 函数名 | 调用堆栈, one row per proxied call. 调用时间 is 'MM-dd HH:mm:ss.SSS'
(no year, so observations get no ISO timestamp; the time stays in `source`). 函数名 is the proxy's key, e.g.
'TelephonyManager-getDeviceId' or 'getMeid', followed by '-\\n线程名: main'; 别名 describes the call, e.g.
'IMEI-getDeviceId()' (prefixed '命中缓存--' when served from PrivacySentry's cache). The stack lists frames as
'cls.method() line' joined by ' <- ', with PrivacySentry's own proxy frames removed.
The consent marker is a pseudo-call whose 函数名 is 点击隐私协议确认: calls timed before it happened before consent,
the others after; without the marker the phase is unknown.
Sheet 调用次数: 别名 | 函数名 | 调用堆栈 | 调用次数, calls aggregated per stack; read only when 隐私合规 has no rows.
"""

from __future__ import annotations

import re

from ..records import Behaviour, Observation
from .common import fail, first_caller, parse_stack
from .mappings import load_api_table
from .workbook import Sheets, header_index

CALLS, COUNTS = "隐私合规", "调用次数"
CONSENT_MARKER = "点击隐私协议确认"
_TIME = re.compile(r"^\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,3})?$")


def is_privacysentry(sheets: Sheets) -> bool:
    if CALLS in sheets or COUNTS in sheets:
        return True
    return any(rows and header_index(rows[0], "函数名") is not None and header_index(rows[0], "调用堆栈") is not None
               for rows in sheets.values())


def read_privacysentry(sheets: Sheets, source: str) -> Behaviour:
    behaviour = Behaviour(sources=[source])
    calls = sheets.get(CALLS) or next((rows for name, rows in sheets.items() if name != COUNTS and rows
                                       and header_index(rows[0], "调用时间") is not None), [])
    if len(calls) > 1:
        behaviour.observations = _calls(calls, f"{source} {CALLS}")
    elif len(sheets.get(COUNTS) or []) > 1:
        behaviour.observations = _counts(sheets[COUNTS], f"{source} {COUNTS}")
    return behaviour


def _calls(rows: list[list[str]], where: str) -> list[Observation]:
    header = rows[0]
    time_col = header_index(header, "调用时间")
    alias_col = header_index(header, "别名")
    name_col = header_index(header, "函数名")
    stack_col = header_index(header, "调用堆栈")
    if name_col is None or stack_col is None:
        raise fail(where, "missing 函数名 or 调用堆栈 column")
    marker = next((_cell(row, time_col) for row in rows[1:] if _cell(row, name_col).strip() == CONSENT_MARKER), None)
    marker_time = marker.strip() if marker and _TIME.match(marker.strip()) else None
    result = []
    for number, row in enumerate(rows[1:], 2):
        function = _cell(row, name_col)
        if not function.strip() or function.strip() == CONSENT_MARKER:
            continue
        time = _cell(row, time_col).strip()
        before = None
        if marker_time and _TIME.match(time):
            before = time < marker_time  # zero-padded 'MM-dd HH:mm:ss.SSS' compares as text
        label = f"{where} row {number}" + (f" ({time})" if time else "")
        result.append(_observation(function, _cell(row, alias_col), _cell(row, stack_col), before, 1, label))
    return result


def _counts(rows: list[list[str]], where: str) -> list[Observation]:
    header = rows[0]
    alias_col, name_col = header_index(header, "别名"), header_index(header, "函数名")
    stack_col, count_col = header_index(header, "调用堆栈"), header_index(header, "调用次数")
    if name_col is None or stack_col is None:
        raise fail(where, "missing 函数名 or 调用堆栈 column")
    result = []
    for number, row in enumerate(rows[1:], 2):
        function = _cell(row, name_col)
        if not function.strip() or function.strip() == CONSENT_MARKER:
            continue
        raw = _cell(row, count_col).strip()
        try:
            count = max(1, int(float(raw))) if raw else 1
        except (ValueError, OverflowError):  # "abc", "nan", or "1e400" (infinite)
            raise fail(f"{where} row {number}", f"调用次数 is not a number ({raw[:20]!r})") from None
        result.append(_observation(function, _cell(row, alias_col), _cell(row, stack_col), None, count,
                                   f"{where} row {number}"))
    return result


def _cell(row: list[str], index: int | None) -> str:
    return row[index] if index is not None and index < len(row) else ""


def _observation(function: str, alias: str, stack: str, before: bool | None, count: int, where: str) -> Observation:
    frames = parse_stack(stack)
    return Observation(kind="api", name=api_name(function, alias), caller=first_caller(frames),
                       stack=[f.text for f in frames], before_consent=before, count=count, source=where)


def api_name(function: str, alias: str) -> str:
    """The fully qualified API from 函数名 ('TelephonyManager-getImei-0\\n线程名: main') and 别名 ('IMEI-getImei()')."""
    key = function.split("\n", 1)[0].strip().rstrip("-").strip()
    table = load_api_table()
    parts = [p for p in key.split("-") if p]
    candidates = []
    if len(parts) >= 2 and not parts[-1].isdigit():
        candidates.append(f"{parts[-2]}.{parts[-1]}")
    elif len(parts) >= 3:
        candidates.append(f"{parts[-3]}.{parts[-2]}")
    if parts:
        candidates += [p for p in reversed(parts) if not p.isdigit()]
    candidates += re.findall(r"([A-Za-z_]\w*)\(", alias)
    for candidate in candidates:
        rule = table.find(candidate)
        if rule is not None:
            return rule.key
    return key.replace("-", ".") if key else alias.strip()
