"""Batch input (contract §7): a folder of app folders, or a MANIFEST.jsonl, turned into work items.

An item is a plain dict (it crosses process and machine boundaries):

    {"index": 0, "id": "com.example.shop", "occurrence": 1, "policy": "/crawl/com.example.shop/policy.html",
     "behaviour": ["/crawl/com.example.shop/behaviour.json"], "category": "online_shopping",
     "source": "folder com.example.shop", "meta": {...}}

Items that cannot be processed at all carry "error" and "error_kind" and are recorded without a worker:
a duplicate id (the first occurrence wins, later ones are recorded as errors with "occurrence": 2, 3, ...),
a manifest line that is not a JSON object or has no id, an app folder without a policy file.

The key of an item in RESULTS (and for --resume) is (id, occurrence).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..errors import InputError

POLICY_NAMES = ("policy.html", "policy.htm", "policy.txt", "policy.md")
BEHAVIOUR_NAMES = ("behaviour.json", "behavior.json", "androidmanifest.xml")
BEHAVIOUR_SUFFIXES = (".jsonl", ".xls", ".xlsx", ".har", ".apk")
MANIFEST_KEYS = ("id", "policy", "behaviour", "behavior", "category")


def item_key(item: dict[str, Any]) -> tuple[str, int]:
    return str(item.get("id")), int(item.get("occurrence") or 1)


def discover(source: str, default_category: str | None = None, root: str | None = None) -> list[dict[str, Any]]:
    """All items of a DIR or MANIFEST.jsonl, in input order. Raises InputError when the source is unusable.

    Every input path must lie inside `root` (default: the folder, or the manifest's folder), links followed.
    """
    path = Path(source)
    if not path.exists():
        raise InputError(f"{source}: no such file or directory")
    if path.is_dir():
        items = _folder_items(path, Path(root) if root else None)
        what = ("no app folders in it (expected one sub-folder per app, each with "
                "policy.html|htm|txt|md)")
    else:
        items = _manifest_items(path, Path(root) if root else None)
        what = "no apps in it (expected one JSON object a line: {\"id\", \"policy\", \"behaviour\", \"category\"})"
    if not items:
        raise InputError(f"{source}: {what}")
    _mark_duplicates(items)
    for index, item in enumerate(items):
        item["index"] = index
        if default_category and not item.get("category"):
            item["category"] = default_category
    return items


def _folder_items(folder: Path, root: Path | None = None) -> list[dict[str, Any]]:
    root = root or folder
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except PermissionError:
        raise InputError(f"{folder}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{folder}: cannot list ({exc.strerror or exc})") from None
    items = []
    for entry in entries:
        if entry.name.startswith(".") or entry.name.startswith("__"):
            continue
        try:
            if not entry.is_dir():
                continue
        except OSError:
            continue
        items.append(_folder_item(Path(entry.path), entry.name, root))
    return items


def _folder_item(folder: Path, app_id: str, root: Path | None = None) -> dict[str, Any]:
    item: dict[str, Any] = {"id": app_id, "occurrence": 1, "policy": None, "behaviour": [], "category": None,
                            "source": f"folder {folder.name}"}
    try:
        entries = list(os.scandir(folder))
        names = sorted(entry.name for entry in entries)
        files = {entry.name for entry in entries if _is_file(entry)}
    except PermissionError:
        return {**item, "error": f"{folder}: cannot list the app folder: permission denied", "error_kind": "input"}
    except OSError as exc:
        return {**item, "error": f"{folder}: cannot list the app folder ({exc.strerror or exc})", "error_kind": "input"}
    lower = {name.lower(): name for name in names}
    for wanted in POLICY_NAMES:
        if wanted in lower:
            item["policy"] = str(folder / lower[wanted])
            break
    else:
        item["error"] = f"{folder}: no policy file (expected one of {', '.join(POLICY_NAMES)})"
        item["error_kind"] = "input"
    item["behaviour"] = [str(folder / name) for name in names if name in files and
                         (name.lower() in BEHAVIOUR_NAMES or name.lower().endswith(BEHAVIOUR_SUFFIXES))]
    inside = os.path.realpath(root if root is not None else folder)
    for path in [item["policy"], *item["behaviour"]]:
        if path and "error" not in item and os.path.exists(path) and not _within(inside, path):
            item["error"] = (f"{path}: a link to a file outside {root if root is not None else folder}; refused "
                             "(allow a wider folder with --root DIR)")
            item["error_kind"] = "input"
    return item


def _within(base: str, path: str) -> bool:
    """Whether `path`, symbolic links followed, lies inside the real directory `base`."""
    real = os.path.realpath(path)
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def _manifest_items(manifest: Path, root: Path | None = None) -> list[dict[str, Any]]:
    base = manifest.resolve().parent
    inside = root.resolve() if root else base
    try:
        raw = manifest.read_bytes()
    except PermissionError:
        raise InputError(f"{manifest}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{manifest}: cannot read ({exc.strerror or exc})") from None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{manifest}: not a UTF-8 JSON Lines manifest (and not a directory)") from None
    items: list[dict[str, Any]] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{manifest.name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            items.append({"id": where, "occurrence": 1, "source": f"manifest line {number}", "error_kind": "input",
                          "error": f"{where}: not valid JSON ({exc.msg} at column {exc.colno})"})
            continue
        if not isinstance(record, dict):
            items.append({"id": where, "occurrence": 1, "source": f"manifest line {number}", "error_kind": "input",
                          "error": f"{where}: expected a JSON object with id and policy"})
            continue
        app_id = record.get("id")
        if isinstance(app_id, (int, float)) and not isinstance(app_id, bool):
            app_id = str(app_id)
        if not isinstance(app_id, str) or not app_id.strip():
            items.append({"id": where, "occurrence": 1, "source": f"manifest line {number}", "error_kind": "input",
                          "error": f"{where}: no \"id\" (a non-empty string)"})
            continue
        item: dict[str, Any] = {"id": app_id, "occurrence": 1, "policy": None, "behaviour": [], "category": None,
                                "source": f"manifest line {number}"}
        meta = {k: v for k, v in record.items() if k not in MANIFEST_KEYS}
        if meta:
            item["meta"] = meta
        category = record.get("category")
        if category is not None and not isinstance(category, str):
            item.update(error=f"{where}: \"category\" must be a string", error_kind="input")
            items.append(item)
            continue
        item["category"] = category or None
        policy = record.get("policy")
        if not isinstance(policy, str) or not policy.strip():
            item.update(error=f"{where}: no \"policy\" path", error_kind="input")
            items.append(item)
            continue
        item["policy"] = _resolve(base, policy)
        behaviour = record.get("behaviour", record.get("behavior", []))
        if behaviour is None:
            behaviour = []
        if isinstance(behaviour, str):
            behaviour = [behaviour]
        if not isinstance(behaviour, list) or not all(isinstance(p, str) and p.strip() for p in behaviour):
            item.update(error=f"{where}: \"behaviour\" must be a list of paths", error_kind="input")
            items.append(item)
            continue
        item["behaviour"] = [_resolve(base, p) for p in behaviour]
        outside = [p for p in [policy, *behaviour] if not _within(str(inside), _resolve(base, p))]
        if outside:
            item.update(error=f"{where}: {outside[0]!r} is outside {inside} (paths in a manifest are relative to its "
                              "folder and stay inside it, or inside --root DIR)", error_kind="input")
        items.append(item)
    return items


def _resolve(base: Path, path: str) -> str:
    """`path` of a manifest line, relative to the manifest's (real) folder."""
    return str(base / path)


def _mark_duplicates(items: list[dict[str, Any]]) -> None:
    """The first item with an id is processed; later ones become error items (occurrence 2, 3, ...)."""
    first: dict[str, dict[str, Any]] = {}
    seen: dict[str, int] = {}
    for item in items:
        app_id = item["id"]
        seen[app_id] = seen.get(app_id, 0) + 1
        if seen[app_id] == 1:
            first[app_id] = item
            continue
        item["occurrence"] = seen[app_id]
        item["error"] = (f"duplicate id {app_id!r} ({item.get('source', '?')}; first at "
                         f"{first[app_id].get('source', '?')}): not processed twice")
        item["error_kind"] = "duplicate"
