"""RESULTS: a JSON Lines file that survives being killed at any moment.

- Each line is serialised in full and handed to the kernel with one `write` on a file opened with O_APPEND, so a
  process killed with SIGKILL leaves whole lines (the kernel keeps what was written) and at worst, if the write
  itself was cut, one partial line at the end.
- The file is fsync'ed at most every `fsync_seconds` (and at the end), which bounds what an operating-system crash
  or power loss can lose; a killed process loses nothing that was written.
- On --resume the trailing partial line (bytes after the last newline, or a last line that is not valid JSON) is
  truncated away, every complete line's key (id, occurrence) is read, and those items are skipped.
- An exclusive lock (flock) keeps two runs from appending to the same file.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterator

from ..errors import InputError, UsageError
from ..records import STATUSES

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]


def dumps_line(result: dict[str, Any]) -> bytes:
    """One RESULTS line: compact JSON, UTF-8, no raw line separators, newline-terminated."""
    text = json.dumps(result, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return (text + "\n").encode("utf-8")


def result_key(result: dict[str, Any]) -> tuple[str, int]:
    return str(result.get("id")), int(result.get("occurrence") or 1)


class Stats:
    """Running counts over RESULTS lines: items ok/failed, findings per status and data type."""

    def __init__(self) -> None:
        self.ok = 0
        self.failed = 0
        self.error_kinds: Counter[str] = Counter()
        self.statuses: Counter[str] = Counter()
        self.data_types: dict[str, Counter[str]] = {}
        self.failures: list[tuple[str, str]] = []  # first few (id, error)

    def add(self, result: dict[str, Any]) -> None:
        if result.get("ok"):
            self.ok += 1
        else:
            self.failed += 1
            self.error_kinds[str(result.get("error_kind") or "error")] += 1
            if len(self.failures) < 5:
                self.failures.append((str(result.get("id")), str(result.get("error") or "")))
        for finding in result.get("findings") or ():
            status = finding.get("status", "?")
            self.statuses[status] += 1
            self.data_types.setdefault(str(finding.get("data_type")), Counter())[status] += 1

    @property
    def total(self) -> int:
        return self.ok + self.failed


def scan_results(path: Path, truncate: bool = True) -> tuple[set[tuple[str, int]], Stats, int]:
    """Keys and stats of an existing RESULTS file; a trailing partial line is truncated away (when `truncate`).

    Returns (keys, stats, bytes truncated). Raises InputError for a file that is not batch RESULTS.
    """
    keys: set[tuple[str, int]] = set()
    stats = Stats()
    if not path.exists():
        return keys, stats, 0
    size = path.stat().st_size
    good_end = 0  # offset just after the last complete, valid line
    bad_line: int | None = None
    with path.open("rb") as handle:
        number = 0
        offset = 0
        for raw in handle:
            number += 1
            end = offset + len(raw)
            complete = raw.endswith(b"\n")
            record = None
            if complete:
                try:
                    record = json.loads(raw)
                except ValueError:
                    record = None
            if record is None:
                if not complete:
                    break  # partial last line: truncated below
                if bad_line is None:
                    bad_line = number
                offset = end
                continue
            if bad_line is not None:
                raise InputError(f"{path}: line {bad_line} is not valid JSON (damaged, or not written by "
                                 "policycheck batch); remove that line to resume")
            if not isinstance(record, dict) or "id" not in record:
                raise InputError(f"{path}: line {number} has no \"id\": not a policycheck batch RESULTS file")
            keys.add(result_key(record))
            stats.add(record)
            offset = good_end = end
    # an invalid *last* line is a torn write as well: drop it with the partial tail
    if good_end < size and truncate:
        with path.open("r+b") as handle:
            handle.truncate(good_end)
            handle.flush()
            os.fsync(handle.fileno())
    return keys, stats, size - good_end


def iter_results(path: Path) -> Iterator[dict[str, Any]]:
    """Complete, valid lines of a RESULTS file (damaged lines and a partial tail are skipped)."""
    with path.open("rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            try:
                record = json.loads(raw)
            except ValueError:
                continue
            if isinstance(record, dict):
                yield record


class ResultsWriter:
    """Appends whole lines with one write each; fsyncs periodically and on close."""

    def __init__(self, path: Path, fsync_seconds: float = 1.0) -> None:
        self.path = path
        self.fsync_seconds = fsync_seconds
        created = not path.exists()
        try:
            self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        if fcntl is not None:
            try:
                fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(self.fd)
                raise UsageError(f"{path} is being written by another 'policycheck batch' run") from None
        if created:
            _fsync_dir(path.parent)
        self._last_sync = time.monotonic()
        self._dirty = False
        self.lines = 0

    def write(self, result: dict[str, Any]) -> None:
        data = dumps_line(result)
        view = memoryview(data)
        try:
            while view:  # a regular file takes the whole line in one write; loop only for the pathological case
                written = os.write(self.fd, view)
                view = view[written:]
        except OSError as exc:  # disk full, quota, I/O error: the run stops; --resume continues it
            raise InputError(f"{self.path}: cannot write ({exc.strerror or exc})") from None
        self.lines += 1
        self._dirty = True
        if time.monotonic() - self._last_sync >= self.fsync_seconds:
            self.sync()

    def sync(self) -> None:
        if self._dirty:
            os.fsync(self.fd)
            self._dirty = False
        self._last_sync = time.monotonic()

    def close(self) -> None:
        if self.fd < 0:
            return
        try:
            self.sync()
        finally:
            os.close(self.fd)  # releases the lock
            self.fd = -1


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def summary_counts(stats: Stats) -> dict[str, int]:
    return {status: stats.statuses.get(status, 0) for status in STATUSES}
