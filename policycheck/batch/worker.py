"""The per-app function of `batch`, the same for every engine (local process pool, dask).

`init_worker(options)` loads the analysers and mappings once per worker process; `process_item(item, options)`
turns one item (see items.py) into one RESULTS line (a JSON-ready dict) and never raises: every failure becomes
`{"ok": false, "error": "<one line>", "error_kind": ...}`.

The per-item time limit is enforced here, inside the worker: SIGALRM when the item runs on the process's main
thread (the local pool), otherwise an asynchronous exception raised in the item's thread (dask runs tasks on a
thread pool). Either interrupts Python code; a call stuck inside C code is ended by the local pool killing the
worker process after a grace period.

Policies are cached per worker (LRU keyed by the SHA-256 of the file's bytes and the extraction options), so a
vendor policy shared by many apps is parsed and extracted once per worker.
"""

from __future__ import annotations

import ctypes
import dataclasses
import hashlib
import os
import signal
import sys
import threading
import time
import traceback
from collections import OrderedDict
from contextlib import contextmanager
from typing import Any, Iterator

from .. import limits
from ..errors import PolicycheckError
from ..records import STATUSES

DEFAULT_OPTIONS: dict[str, Any] = {
    "timeout": 120.0,  # seconds per item, 0 = none
    "lang": "auto",
    "max_bytes": 16 * 1024 * 1024,
    "max_blocks": 20000,
    "cache_size": 128,  # policies kept per worker; 0 disables the cache
    "statements": False,  # return the statements (for --statements and --db)
}


class ItemTimeout(BaseException):
    """The item ran past its time limit. A BaseException so that `except Exception` in library code cannot
    swallow it."""


def options_with_defaults(options: dict[str, Any] | None) -> dict[str, Any]:
    return {**DEFAULT_OPTIONS, **(options or {})}


# --- per-worker state --------------------------------------------------------------------------------------------

class _PolicyCache:
    """A small thread-safe LRU of extractions keyed by content hash."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: tuple) -> Any:
        if self.size <= 0:
            return None
        with self._lock:
            value = self._data.get(key)
            if value is None:
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: tuple, value: Any) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)


_state: dict[str, Any] = {}
_init_lock = threading.Lock()


def init_worker(options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Load the analysers (jieba, spaCy) and mappings once for this process. Idempotent.

    Returns facts about the worker (pid, version, warnings) for the driver's log.
    """
    options = options_with_defaults(options)
    with _init_lock:
        if _state.get("ready"):
            return _state["info"]
        started = time.perf_counter()
        from .. import __version__
        from ..extract import get_extractor
        from ..taxonomy import load_entities, load_taxonomy

        load_taxonomy()
        load_entities()
        extractor = get_extractor()
        warnings = []
        for language in ("zh", "en"):
            try:
                getattr(extractor, language)
            except Exception as exc:  # a missing pipeline fails the items that need it, not the run
                warnings.append(f"{language} analyser unavailable: {_one_line(exc)}")
        try:  # behaviour mappings (API, permission, network-field tables, SDK catalogue)
            import importlib

            for module, names in (("mappings", ("load_api_table", "load_permission_table", "load_network_fields")),
                                  ("mapping", ("sdk_lookup",))):
                loaded = importlib.import_module(f"{__package__.rsplit('.', 1)[0]}.behaviour.{module}")
                for name in names:
                    loader = getattr(loaded, name, None)
                    if callable(loader):
                        loader()
        except Exception as exc:
            warnings.append(f"behaviour readers unavailable: {_one_line(exc)}")
        _state["cache"] = None  # made by _cache() with the first item's options
        _state["info"] = {"pid": os.getpid(), "version": __version__, "warnings": warnings,
                          "startup_seconds": round(time.perf_counter() - started, 2)}
        _state["ready"] = True
        return _state["info"]


def _cache(options: dict[str, Any]) -> _PolicyCache:
    cache = _state.get("cache")
    if cache is None or cache.size != int(options["cache_size"]):
        cache = _state["cache"] = _PolicyCache(int(options["cache_size"]))
        from ..extract import MEMO_SIZE, get_extractor

        # --no-cache: every app is extracted from scratch, remembered template sentences included
        get_extractor().memo_size = MEMO_SIZE if cache.size else 0
    return cache


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB (0 where the platform does not say)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)  # bytes on macOS, KiB on Linux


# --- time limit --------------------------------------------------------------------------------------------------

@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ItemTimeout in the current thread when the block runs longer than `seconds` (0: no limit)."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with limits.alarm(seconds, ItemTimeout):
            yield
        return
    # Not on the main thread (dask): raise the exception asynchronously in this thread.
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(ItemTimeout))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["done"] = True
            if state["fired"]:  # clear an exception that was set but not delivered yet
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), None)
        if state["fired"]:
            raise ItemTimeout()


# --- one item ----------------------------------------------------------------------------------------------------

def empty_summary() -> dict[str, int]:
    return {status: 0 for status in STATUSES}


def error_result(item: dict[str, Any], error: str, kind: str, seconds: float = 0.0) -> dict[str, Any]:
    """The RESULTS line of an item that failed."""
    result: dict[str, Any] = {"id": item.get("id"), "ok": False, "error": _one_line(error), "error_kind": kind,
                              "findings": [], "summary": empty_summary(), "seconds": round(seconds, 3)}
    _add_item_fields(result, item)
    return result


def _add_item_fields(result: dict[str, Any], item: dict[str, Any]) -> None:
    if int(item.get("occurrence") or 1) > 1:
        result["occurrence"] = int(item["occurrence"])
    if item.get("category"):
        result["category"] = item["category"]
    if item.get("source"):
        result["source"] = item["source"]
    if item.get("meta"):
        result["meta"] = item["meta"]


def process_item(item: dict[str, Any], options: dict[str, Any] | None = None) -> dict[str, Any]:
    """One app -> one RESULTS line. Never raises (except KeyboardInterrupt / SystemExit)."""
    options = options_with_defaults(options)
    started = time.perf_counter()
    if item.get("error"):
        return error_result(item, item["error"], item.get("error_kind", "input"))
    if not _state.get("ready"):
        init_worker(options)
    timeout = float(options.get("timeout") or 0)
    pending_cache: list[tuple] = []
    try:
        with _materialised(item) as local:
            with time_limit(timeout):
                result = _check_item(local, options, pending_cache)
    except ItemTimeout:
        return error_result(item, f"timed out after {timeout:g} s (--timeout)", "timeout",
                            time.perf_counter() - started)
    except PolicycheckError as exc:
        return error_result(item, str(exc), "input", time.perf_counter() - started)
    except MemoryError:
        return error_result(item, "out of memory (input too large?)", "memory", time.perf_counter() - started)
    except RecursionError:
        return error_result(item, "input too deeply nested (recursion limit)", "input",
                            time.perf_counter() - started)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:
        failed = error_result(item, f"internal error: {type(exc).__name__}: {exc}", "internal",
                              time.perf_counter() - started)
        if os.environ.get("POLICYCHECK_DEBUG"):
            failed["traceback"] = traceback.format_exc()
        return failed
    for key, value in pending_cache:  # outside the time limit: an alarm cannot leave the cache half-updated
        _cache(options).put(key, value)
    result["seconds"] = round(time.perf_counter() - started, 3)
    return result


@contextmanager
def _materialised(item: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The item with local paths: files shipped inline (--send-files) are written to a temporary folder."""
    files = item.get("files")
    if not files:
        yield item
        return
    import tempfile

    with tempfile.TemporaryDirectory(prefix="policycheck-batch-") as tmp:
        local = dict(item)
        local["display"] = {}

        def write(index: int, original: str, data: bytes) -> str:
            folder = os.path.join(tmp, str(index))
            os.makedirs(folder, exist_ok=True)
            path = os.path.join(folder, os.path.basename(original) or "file")
            with open(path, "wb") as handle:
                handle.write(data)
            local["display"][path] = original
            return path

        if item.get("policy") and "policy" in files:
            local["policy"] = write(0, item["policy"], files["policy"])
        local["behaviour"] = [write(i + 1, path, data) for i, (path, data) in
                              enumerate(zip(item.get("behaviour") or [], files.get("behaviour") or []))]
        yield local


def _check_item(item: dict[str, Any], options: dict[str, Any], pending_cache: list[tuple]) -> dict[str, Any]:
    from ..ingest import load_policy
    from ..ingest.decode import read_input
    from ..report.extraction import statement_json

    display = item.get("display") or {}
    policy_path = item["policy"]
    shown_path = display.get(policy_path, policy_path)
    max_bytes = int(options["max_bytes"])
    max_blocks = int(options["max_blocks"])
    lang = options.get("lang") or "auto"

    data, _ = read_input(policy_path, max_bytes)
    sha256 = hashlib.sha256(data).hexdigest()
    key = (sha256, lang, max_bytes, max_blocks)
    cache = _cache(options)
    extraction = cache.get(key)
    cached = extraction is not None
    if extraction is None:
        document = load_policy(policy_path, max_bytes=max_bytes, max_blocks=max_blocks)
        if lang in ("zh", "en"):
            document.language = lang
            for block in document.blocks:
                block.language = lang
        extraction = _extract(document)
        pending_cache.append((key, extraction))
    if extraction.document.path != shown_path:
        extraction = dataclasses.replace(extraction, document=dataclasses.replace(extraction.document,
                                                                                  path=shown_path))
    document = extraction.document
    result: dict[str, Any] = {
        "id": item["id"], "ok": True,
        "language": document.language,
        "policy": {"path": shown_path, "sha256": document.sha256, "language": document.language,
                   "format": document.format, "encoding": document.encoding},
        "statement_count": len(extraction.statements),
        "policy_cached": cached,
    }
    behaviour_paths = list(item.get("behaviour") or [])
    if behaviour_paths:
        check_data = _compare(extraction, behaviour_paths, item.get("category"), max_bytes, display)
        result.update(
            app=check_data["app"],
            findings=check_data["findings"],
            summary=check_data["summary"],
            violations=check_data["violations"],
            unmapped=sum(int(u.get("count", 1)) for u in check_data["unmapped"]),
            declared_not_observed=len(check_data["declared_not_observed"]),
            behaviour=[display.get(p, p) for p in behaviour_paths],
        )
    else:
        result.update(findings=[], summary=empty_summary(), violations=[])
    if options.get("statements"):
        result["statements"] = [statement_json(s) for s in extraction.statements]
    _add_item_fields(result, item)
    return result


def _extract(document):
    from ..extract import extract

    return extract(document)


def _behaviour_api():
    try:
        from ..behaviour import map_behaviour, read_behaviour
    except ImportError as exc:
        raise PolicycheckError(f"cannot read behaviour files: policycheck.behaviour is unavailable ({exc})") from None
    return read_behaviour, map_behaviour


def _read_behaviour(path: str, max_bytes: int):
    return _behaviour_api()[0](path, max_bytes=max_bytes)


def _map_behaviour(behaviour):
    return _behaviour_api()[1](behaviour)


def _compare(extraction, paths: list[str], category: str | None, max_bytes: int,
             display: dict[str, str]) -> dict[str, Any]:
    """`check` for one app, assembled as the `check` command does."""
    from ..compare import check
    from ..records import Behaviour
    from ..report.check import check_json

    behaviour = Behaviour()
    for path in paths:
        part = _read_behaviour(path, max_bytes)
        behaviour.app = {**part.app, **behaviour.app} if behaviour.app else dict(part.app)
        behaviour.observations += part.observations
        behaviour.unmapped += part.unmapped
        behaviour.sources += part.sources or [display.get(path, path)]
        behaviour.consent_time = behaviour.consent_time or part.consent_time
    behaviour = _map_behaviour(behaviour)
    return check_json(check(extraction, behaviour, category))


def _one_line(message: Any) -> str:
    text = " ".join(str(message).split())
    return text[:500] + ("…" if len(text) > 500 else "")
