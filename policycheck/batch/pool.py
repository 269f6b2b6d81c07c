"""The local engine: a pool of worker processes, one item at a time per worker.

Each worker has its own pipe, so the driver always knows which item a worker holds. That is what lets it
- replace a worker that dies (segfault, out-of-memory kill, os._exit) and record exactly its item as an error;
- kill a worker whose item overran the time limit without the in-worker alarm stopping it (a call stuck in C code),
  after `timeout + grace` seconds, and record that item as a timeout.
Workers load the analysers once (`worker.init_worker`) before taking items; start-up does not count against the
time limit. Workers ignore SIGINT (the driver stops them) and exit when the driver's end of the pipe closes, so a
killed driver leaves no workers behind once their current item is done.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from multiprocessing.connection import wait
from typing import Any, Callable

from ..errors import PolicycheckError
from . import worker as worker_module

Emit = Callable[[dict[str, Any]], None]


def default_start_method() -> str:
    """fork on Linux (no re-import of __main__, fastest start); spawn elsewhere."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _die_with_parent(parent_pid: int) -> None:
    """Linux: the kernel kills this worker when the driver dies (even by SIGKILL), so no orphan keeps working."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent_pid:  # the driver died before prctl took effect
        os._exit(1)


def _worker_main(conn, options: dict[str, Any], close_fds: list[int], parent_pid: int = 0) -> None:
    if parent_pid:
        _die_with_parent(parent_pid)
    # A forked worker inherits the driver's descriptors: RESULTS (whose lock must die with the driver) and the
    # driver's ends of the other workers' pipes (which must close when the driver dies).
    for fd in close_fds:
        try:
            os.close(fd)
        except OSError:
            pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        info = worker_module.init_worker(options)
    except BaseException as exc:  # reported to the driver, which stops the run
        try:
            conn.send(("init_error", f"{type(exc).__name__}: {exc}"))
        finally:
            return
    conn.send(("ready", info))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if message is None:
            return
        seq, item = message
        result = worker_module.process_item(item, options)
        try:
            conn.send(("result", seq, result, worker_module.peak_rss_mb()))
        except (BrokenPipeError, EOFError, OSError):
            return


class _Slot:
    def __init__(self, process, conn) -> None:
        self.process = process
        self.conn = conn
        self.ready = False
        self.item: dict[str, Any] | None = None
        self.seq = -1
        self.started = 0.0
        self.startup_began = time.monotonic()


class LocalPool:
    """Runs `worker.process_item` over items on `jobs` processes, calling `emit` in this thread per result."""

    MAX_STARTUP_FAILURES = 3
    STARTUP_LIMIT = 300.0  # seconds for a worker to load jieba, spaCy and the mappings

    def __init__(self, jobs: int, options: dict[str, Any], start_method: str | None = None,
                 kill_grace: float | None = None, log: Callable[[str], None] | None = None,
                 close_in_workers: list[int] | None = None) -> None:
        self.jobs = max(1, int(jobs))
        self.options = worker_module.options_with_defaults(options)
        self.context = multiprocessing.get_context(start_method or default_start_method())
        timeout = float(self.options.get("timeout") or 0)
        self.kill_grace = kill_grace if kill_grace is not None else max(5.0, 0.25 * timeout)
        self.log = log or (lambda message: None)
        self.close_in_workers = list(close_in_workers or [])
        self.slots: list[_Slot] = []
        self.peak_rss_mb = 0.0
        self.startup_seconds: list[float] = []
        self.replaced = 0
        self._startup_failures = 0
        self._seq = 0
        self._warned: set[str] = set()

    # -- worker management --------------------------------------------------------------------------------------
    def _start(self) -> _Slot:
        parent, child = self.context.Pipe(duplex=True)
        close_fds = self.close_in_workers + [slot.conn.fileno() for slot in self.slots] + [parent.fileno()]
        if self.context.get_start_method() != "fork":
            close_fds = []  # spawned and forkserver workers inherit nothing
        process = self.context.Process(target=_worker_main, args=(child, self.options, close_fds, os.getpid()),
                                       daemon=True, name="policycheck-batch-worker")
        process.start()
        child.close()
        slot = _Slot(process, parent)
        self.slots.append(slot)
        return slot

    def _retire(self, slot: _Slot, kill: bool = False) -> None:
        if kill and slot.process.is_alive():
            slot.process.kill()
        slot.process.join(timeout=5)
        try:
            slot.conn.close()
        except OSError:
            pass
        if slot in self.slots:
            self.slots.remove(slot)

    def _assign(self, slot: _Slot, pending: deque) -> None:
        if not pending:
            return
        item = pending.popleft()
        self._seq += 1
        slot.item, slot.seq, slot.started = item, self._seq, time.monotonic()
        try:
            slot.conn.send((slot.seq, item))
        except (BrokenPipeError, OSError):
            pass  # the worker died: its sentinel reports it and the item is recorded then

    # -- the run ------------------------------------------------------------------------------------------------
    def run(self, items: list[dict[str, Any]], emit: Emit, tick: Callable[[], None] | None = None) -> None:
        pending: deque = deque(items)
        if not pending:
            return
        timeout = float(self.options.get("timeout") or 0)
        try:
            for _ in range(min(self.jobs, len(pending))):
                self._start()
            while pending or any(slot.item is not None for slot in self.slots):
                if not self.slots:  # every worker died and none was replaced yet
                    for _ in range(min(self.jobs, len(pending))):
                        self._start()
                conns = {slot.conn: slot for slot in self.slots}
                sentinels = {slot.process.sentinel: slot for slot in self.slots}
                ready = wait(list(conns) + list(sentinels), timeout=0.25)
                for handle in ready:
                    slot = conns.get(handle)
                    if slot is not None and slot in self.slots:
                        self._receive(slot, pending, emit)
                for handle in ready:
                    slot = sentinels.get(handle)
                    if slot is not None and slot in self.slots:
                        self._receive(slot, pending, emit)  # drain a result sent just before exiting
                        if slot in self.slots:
                            self._died(slot, pending, emit)
                now = time.monotonic()
                for slot in list(self.slots):  # a worker that never finishes loading the analysers
                    if not slot.ready and now - slot.startup_began > self.STARTUP_LIMIT:
                        self._retire(slot, kill=True)
                        self._startup_failures += 1
                        if self._startup_failures >= self.MAX_STARTUP_FAILURES:
                            raise PolicycheckError(f"batch workers did not start within {self.STARTUP_LIMIT:g} s")
                        if pending:
                            self._start()
                if timeout > 0:
                    for slot in list(self.slots):
                        if slot.item is not None and now - slot.started > timeout + self.kill_grace:
                            item = slot.item
                            slot.item = None
                            self._retire(slot, kill=True)
                            self.replaced += 1
                            emit(worker_module.error_result(
                                item, f"timed out after {timeout:g} s (--timeout); the worker did not stop "
                                      f"and was killed after {timeout + self.kill_grace:g} s", "timeout",
                                now - slot.started))
                            if pending:
                                self._start()
                if tick is not None:
                    tick()
        finally:
            self.close()

    def _receive(self, slot: _Slot, pending: deque, emit: Emit) -> None:
        while slot in self.slots:
            try:
                if not slot.conn.poll():
                    return
                message = slot.conn.recv()
            except (EOFError, OSError):
                return
            kind = message[0]
            if kind == "ready":
                slot.ready = True
                info = message[1]
                self.startup_seconds.append(info.get("startup_seconds", 0.0))
                for warning in info.get("warnings", []):
                    if warning not in self._warned:
                        self._warned.add(warning)
                        self.log(f"warning: {warning}")
                self._startup_failures = 0
                self._assign(slot, pending)
            elif kind == "init_error":
                self._retire(slot, kill=True)
                raise PolicycheckError(f"a batch worker could not start: {message[1]}")
            elif kind == "result":
                _, seq, result, rss = message
                self.peak_rss_mb = max(self.peak_rss_mb, float(rss))
                if seq == slot.seq and slot.item is not None:
                    slot.item = None
                    emit(result)
                self._assign(slot, pending)

    def _died(self, slot: _Slot, pending: deque, emit: Emit) -> None:
        slot.process.join(timeout=5)
        code = slot.process.exitcode
        item = slot.item
        self._retire(slot)
        self.replaced += 1
        how = (f"killed by signal {signal.Signals(-code).name}" if code is not None and code < 0
               else f"exit code {code}")
        if item is not None:
            emit(worker_module.error_result(item, f"the worker process died ({how}) while checking this app",
                                            "worker_died", time.monotonic() - slot.started))
        elif not slot.ready:
            self._startup_failures += 1
            if self._startup_failures >= self.MAX_STARTUP_FAILURES:
                raise PolicycheckError(f"batch workers keep dying while starting ({how})")
        if pending or any(s.item is not None for s in self.slots):
            if len(self.slots) < self.jobs and pending:
                self._start()

    def close(self) -> None:
        for slot in list(self.slots):
            try:
                slot.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
        deadline = time.monotonic() + 2.0
        for slot in list(self.slots):
            slot.process.join(timeout=max(0.0, deadline - time.monotonic()))
            self._retire(slot, kill=True)


def cpu_count() -> int:
    return os.cpu_count() or 1
