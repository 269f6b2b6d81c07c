"""Resource limits: every limit in one place, with its default, its environment variable and its flag.

Inputs come from crawls and from other tools: truncated pages, megabytes of inline script, HAR files of gigabytes,
crafted APKs and zip bombs. Each limit turns "too big" or "too slow" into one clear line (exit code 2) instead of
a crash, an out-of-memory kill or a hang. docs/limits.md documents them for users.

Precedence: a command-line flag, else the environment variable, else the default below. The command line sets
them with `configured(...)` around a command; library code asks `current()`.

| limit                  | default  | environment variable               | flag                                   |
|------------------------|----------|------------------------------------|----------------------------------------|
| max_input_mb           | 16       | POLICYCHECK_MAX_INPUT_MB           | --max-input-mb (extract, check, lint)  |
| max_behaviour_mb       | 256      | POLICYCHECK_MAX_BEHAVIOUR_MB       | --max-behaviour-mb (check)             |
| max_sentences          | 20000    | POLICYCHECK_MAX_SENTENCES          | --max-sentences (extract, check, lint) |
| timeout                | 120      | POLICYCHECK_TIMEOUT                | --timeout (extract, check, lint)       |
| max_zip_entries        | 100000   | POLICYCHECK_MAX_ZIP_ENTRIES        | --max-zip-entries (check, lint)        |
| max_zip_expanded_mb    | 4096     | POLICYCHECK_MAX_ZIP_EXPANDED_MB    | --max-zip-expanded-mb (check, lint)    |
"""

from __future__ import annotations

import dataclasses
import os
import signal
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator

from .errors import InputError, UsageError

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_input_mb: float = 16.0  # a policy file (HTML, text, Markdown); real ones are well under 1 MB
    max_behaviour_mb: float = 256.0  # a behaviour file (JSON, HAR, workbook, log, manifest, APK)
    max_sentences: int = 20000  # sentences (and text blocks) of a policy; the longest real ones have a few thousand
    timeout: float = 120.0  # seconds for one policy (extract, check, lint); 0 = no limit
    max_zip_entries: int = 100_000  # entries of an APK (.xlsx workbooks: 10000)
    max_zip_expanded_mb: float = 4096.0  # declared uncompressed size of all entries of an APK together

    @property
    def max_input_bytes(self) -> int:
        return int(self.max_input_mb * MB)

    @property
    def max_behaviour_bytes(self) -> int:
        return int(self.max_behaviour_mb * MB)

    @property
    def max_zip_expanded_bytes(self) -> int:
        return int(self.max_zip_expanded_mb * MB)


DEFAULTS = Limits()

# field -> (environment variable, flag, type)
SETTINGS: dict[str, tuple[str, str, type]] = {
    "max_input_mb": ("POLICYCHECK_MAX_INPUT_MB", "--max-input-mb", float),
    "max_behaviour_mb": ("POLICYCHECK_MAX_BEHAVIOUR_MB", "--max-behaviour-mb", float),
    "max_sentences": ("POLICYCHECK_MAX_SENTENCES", "--max-sentences", int),
    "timeout": ("POLICYCHECK_TIMEOUT", "--timeout", float),
    "max_zip_entries": ("POLICYCHECK_MAX_ZIP_ENTRIES", "--max-zip-entries", int),
    "max_zip_expanded_mb": ("POLICYCHECK_MAX_ZIP_EXPANDED_MB", "--max-zip-expanded-mb", float),
}

_current: Limits | None = None


def _check(name: str, value: float, where: str) -> float:
    if value != value or value < 0 or (name != "timeout" and value == 0):  # NaN, negative, or a zero size
        raise UsageError(f"{where}: must be {'0 or more' if name == 'timeout' else 'more than 0'} (got {value:g})")
    if value == float("inf"):
        raise UsageError(f"{where}: must be a finite number")
    return value


def from_environment(environ: dict[str, str] | None = None) -> Limits:
    """The defaults, overridden by the POLICYCHECK_* environment variables that are set."""
    environ = os.environ if environ is None else environ
    values = {}
    for name, (variable, _flag, kind) in SETTINGS.items():
        raw = environ.get(variable, "").strip()
        if not raw:
            continue
        try:
            value = kind(raw)
        except ValueError:
            raise UsageError(f"environment variable {variable}={raw!r} is not a number") from None
        values[name] = _check(name, value, variable)
    return dataclasses.replace(DEFAULTS, **values)


def current() -> Limits:
    """The limits in force: those given to `configure`, else the environment's, else the defaults."""
    global _current
    if _current is None:
        _current = from_environment()
    return _current


def configure(**overrides: float | int | None) -> Limits:
    """Set the limits of this process: the environment's, with `overrides` (flag values; None = not given)."""
    global _current
    values = {}
    for name, value in overrides.items():
        if name not in SETTINGS:
            raise TypeError(f"unknown limit {name!r}")
        if value is not None:
            values[name] = _check(name, value, SETTINGS[name][1])
    _current = dataclasses.replace(from_environment(), **values)
    return _current


@contextmanager
def configured(**overrides: float | int | None) -> Iterator[Limits]:
    """`configure(**overrides)` for the duration of the block, then the limits in force before it."""
    global _current
    previous = _current
    try:
        yield configure(**overrides)
    finally:
        _current = previous


def reset() -> None:
    """Forget `configure`: the next `current()` reads the environment again (tests)."""
    global _current
    _current = None


# --- the time limit ---------------------------------------------------------------------------------------------

class _Alarm(BaseException):
    """Raised by SIGALRM inside the guarded block. A BaseException, so that `except Exception` in a reader cannot
    swallow it; `time_limit` turns it into an InputError at its boundary."""


REFIRE_S = 0.1  # a swallowed alarm rings again this often until the block ends


@contextmanager
def alarm(seconds: float, timed_out: Callable[[], BaseException]) -> Iterator[None]:
    """Raise `timed_out()` when the block runs longer than `seconds`, by SIGALRM (main thread of a POSIX process).

    An alarm that lands inside a weakref callback or `__del__` cannot stop the block: Python prints it as
    "Exception ignored" and goes on. So the alarm rings again every REFIRE_S until the block ends, such an ignored
    alarm is not printed, and a block that ends after its alarm rang fails all the same (as does any exception
    that escapes it by then).
    """
    state = {"rang": False, "done": False}

    def on_alarm(signum, frame):  # noqa: ARG001
        state["rang"] = True
        if not state["done"]:
            raise _Alarm()

    def quiet(unraisable) -> None:
        if not isinstance(unraisable.exc_value, _Alarm):
            previous_hook(unraisable)

    previous_hook = sys.unraisablehook
    previous = signal.signal(signal.SIGALRM, on_alarm)
    sys.unraisablehook = quiet
    try:
        try:
            signal.setitimer(signal.ITIMER_REAL, seconds, min(seconds, REFIRE_S))
            yield
        finally:
            while True:  # an alarm may still ring here, until `done` is set
                try:
                    state["done"] = True
                    signal.setitimer(signal.ITIMER_REAL, 0)
                    signal.signal(signal.SIGALRM, previous)
                    sys.unraisablehook = previous_hook
                    break
                except _Alarm:
                    continue
    except BaseException:
        if not state["rang"]:
            raise
    if state["rang"]:
        raise timed_out() from None


@contextmanager
def time_limit(seconds: float | None, what: str = "") -> Iterator[None]:
    """Stop the block with InputError('<what>: timed out after N s …') when it runs longer than `seconds`.

    0 or None: no limit. Uses SIGALRM (see `alarm`), so it only works on the main thread of a POSIX process;
    elsewhere (worker threads, Windows) the block runs unbounded. A call stuck inside C code without returning to
    the interpreter is interrupted only when it returns (batch runs kill such a worker from outside).
    """
    if (not seconds or seconds <= 0 or not hasattr(signal, "setitimer")
            or threading.current_thread() is not threading.main_thread()):
        yield
        return
    prefix = f"{what}: " if what else ""
    with alarm(seconds, lambda: InputError(
            f"{prefix}timed out after {seconds:g} s (raise it with --timeout, 0 for no limit)")):
        yield
