"""`batch`: discover items, skip those already in RESULTS (--resume), run an engine, stream results to RESULTS
(and --db), show progress, print the summary."""

from __future__ import annotations

import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, TextIO

from ..errors import UsageError
from ..records import STATUSES
from . import worker as worker_module
from .items import discover, item_key
from .output import ResultsWriter, Stats, iter_results, scan_results


@dataclass
class BatchSummary:
    items: int = 0  # items in the input
    skipped: int = 0  # already in RESULTS (--resume)
    processed: int = 0  # written by this run
    seconds: float = 0.0  # wall time of this run's processing
    stats: Stats = field(default_factory=Stats)  # over the whole of RESULTS
    run_stats: Stats = field(default_factory=Stats)  # this run only
    workers: int = 0
    peak_worker_rss_mb: float = 0.0
    workers_replaced: int = 0
    truncated_bytes: int = 0
    cache_hits: int = 0
    interrupted: bool = False

    @property
    def apps_per_second(self) -> float:
        return self.processed / self.seconds if self.seconds > 0 else 0.0


class Progress:
    """A one-line progress bar with rate and ETA on stderr; silent when stderr is not a terminal."""

    def __init__(self, total: int, stream: TextIO, enabled: bool | None = None) -> None:
        self.total = total
        self.stream = stream
        self.enabled = stream.isatty() if enabled is None else enabled
        self.done = self.failed = 0
        self.started = time.monotonic()
        self._drawn = 0.0
        self._width = 0

    def update(self, ok: bool) -> None:
        self.done += 1
        self.failed += 0 if ok else 1
        self.draw()

    def draw(self, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._drawn < 0.1:
            return
        self._drawn = now
        elapsed = now - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        share = self.done / self.total if self.total else 1.0
        filled = int(share * 24)
        eta = _duration((self.total - self.done) / rate) if rate > 0 else "?"
        text = (f"[{'#' * filled}{'.' * (24 - filled)}] {self.done}/{self.total} {share:6.1%}  {rate:.2f} apps/s  "
                f"ETA {eta}  elapsed {_duration(elapsed)}" + (f"  {self.failed} failed" if self.failed else ""))
        self.stream.write("\r" + text + " " * max(0, self._width - len(text)))
        self._width = len(text)
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(max(0, seconds))
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


def run_batch(source: str, out: str, *, jobs: int | None = None, resume: bool = False, db: str | None = None,
              engine: str = "local", scheduler: str | None = None, options: dict[str, Any] | None = None,
              category: str | None = None, send_files: bool = False, start_method: str | None = None,
              kill_grace: float | None = None, progress: bool | None = None, stderr: TextIO | None = None,
              fsync_seconds: float = 1.0, on_result: Callable[[dict[str, Any]], None] | None = None,
              root: str | None = None) -> BatchSummary:
    """Run a batch. Raises PolicycheckError (exit 2) for unusable input or usage; per-app failures are results.

    Input files must lie inside `root` (default: the DIR, or the manifest's folder).
    `on_result` is called with each result after it is written (for progress displays and measurements).
    """
    stderr = stderr or sys.stderr
    options = worker_module.options_with_defaults(options)
    jobs = jobs or _cpu_count()
    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if engine not in ("local", "dask"):
        raise UsageError(f"unknown --engine {engine!r} (local or dask)")
    out_path = Path(out)
    if out_path.is_dir():
        raise UsageError(f"--out {out}: is a directory (give a file name such as results.jsonl)")
    if not resume and out_path.exists() and out_path.stat().st_size > 0:
        raise UsageError(f"--out {out} already exists and is not empty: add --resume to continue that run, "
                         "or choose another file")
    if category:
        from ..compare.regulatory import categories

        if category not in categories():
            raise UsageError(f"unknown --category {category!r} (see 'policycheck taxonomy --categories')")

    if root is not None and not Path(root).is_dir():
        raise UsageError(f"--root {root}: not a directory")
    items = discover(source, default_category=category, root=root)
    summary = BatchSummary(items=len(items))

    def log(message: str) -> None:
        if progress_bar is not None:
            progress_bar.close()
        print(f"policycheck batch: {message}", file=stderr, flush=True)

    progress_bar: Progress | None = None
    if not out_path.parent.exists():
        raise UsageError(f"--out {out}: folder {out_path.parent} does not exist")
    writer = ResultsWriter(out_path, fsync_seconds=fsync_seconds)
    results_db = None
    try:
        done, summary.stats, summary.truncated_bytes = scan_results(out_path) if resume else (set(), Stats(), 0)
        if summary.truncated_bytes:
            log(f"removed a partial last line ({summary.truncated_bytes} bytes) left by an interrupted run")
        if db:
            from .db import ResultsDB

            results_db = ResultsDB(Path(db), resume=resume)
            if resume:
                removed, added = results_db.sync_with(done, iter_results(out_path) if done else iter([]))
                if added:
                    log(f"--db: loaded {added} apps from {out} into {db}")
        todo = [item for item in items if item_key(item) not in done]
        summary.skipped = len(items) - len(todo)
        stale = len(done - {item_key(item) for item in items})
        if resume and summary.skipped:
            log(f"resuming: {summary.skipped} of {len(items)} apps already in {out}, {len(todo)} to go"
                + (f" ({stale} lines of {out} are not in this input)" if stale else ""))
        if not todo:
            if resume:
                log(f"nothing to do: all {len(items)} apps are in {out}")
            return summary
        include_statements = bool(options.get("statements"))
        worker_options = dict(options, statements=include_statements or bool(db))
        progress_bar = Progress(len(todo), stderr, enabled=progress)

        def emit(result: dict[str, Any]) -> None:
            statements = result.get("statements") if include_statements else result.pop("statements", None)
            if results_db is not None:
                results_db.add(result, statements)  # first the database, then RESULTS (see db.py)
            writer.write(result)
            summary.processed += 1
            summary.stats.add(result)
            summary.run_stats.add(result)
            if result.get("policy_cached"):
                summary.cache_hits += 1
            progress_bar.update(bool(result.get("ok")))
            if on_result is not None:
                on_result(result)

        runnable = [item for item in todo if not item.get("error")]
        # items that need no worker (duplicates, bad manifest lines, folders without a policy) are recorded after
        # the engine has run, so that an engine that cannot start (no scheduler) leaves RESULTS empty
        unrunnable = [item for item in todo if item.get("error")]
        started = time.monotonic()
        previous_term = _stop_on_sigterm()
        try:
            if engine == "dask":
                from .dask_engine import DaskEngine

                runner = DaskEngine(scheduler, jobs, worker_options, send_files=send_files, log=log)
            else:
                from .pool import LocalPool

                runner = LocalPool(jobs, worker_options, start_method=start_method, kill_grace=kill_grace, log=log,
                                   close_in_workers=[writer.fd])
            summary.workers = min(jobs, max(1, len(runnable)))
            try:
                runner.run(runnable, emit, tick=progress_bar.draw)
                for item in unrunnable:
                    emit(worker_module.error_result(item, item["error"], item.get("error_kind", "input")))
            except KeyboardInterrupt:  # Ctrl-C or SIGTERM: what was written stays; --resume continues
                summary.interrupted = True
            finally:
                summary.seconds = time.monotonic() - started
                summary.peak_worker_rss_mb = getattr(runner, "peak_rss_mb", 0.0)
                summary.workers_replaced = getattr(runner, "replaced", 0)
                summary.workers = getattr(runner, "workers", 0) or summary.workers
        finally:
            _restore_sigterm(previous_term)
        return summary
    finally:
        if progress_bar is not None:
            progress_bar.close()
        writer.close()
        if results_db is not None:
            results_db.close()


def _cpu_count() -> int:
    import os

    return os.cpu_count() or 1


class _Terminated(KeyboardInterrupt):
    pass


def _stop_on_sigterm():
    """SIGTERM stops the run like Ctrl-C: workers stopped, RESULTS synced and closed."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def handler(signum, frame):
        raise _Terminated()

    try:
        return signal.signal(signal.SIGTERM, handler)
    except ValueError:
        return None


def _restore_sigterm(previous) -> None:
    if previous is not None:
        signal.signal(signal.SIGTERM, previous)


# --- the summary on stderr ---------------------------------------------------------------------------------------

def format_summary(summary: BatchSummary, out: str, db: str | None = None, top: int = 15) -> str:
    from ..report.text import table

    stats = summary.stats
    lines = []
    head = (f"policycheck batch: {stats.total} apps in {out}: {stats.ok} ok, {stats.failed} failed"
            + (" (" + ", ".join(f"{n} {kind}" for kind, n in stats.error_kinds.most_common()) + ")"
               if stats.failed else ""))
    lines.append(head)
    run = (f"this run: {summary.processed} apps in {summary.seconds:.1f} s = {summary.apps_per_second:.2f} apps/s"
           + (f" on {summary.workers} worker{'s' if summary.workers != 1 else ''}" if summary.workers else "")
           + (f", peak worker memory {summary.peak_worker_rss_mb:.0f} MB" if summary.peak_worker_rss_mb else "")
           + (f", {summary.workers_replaced} workers replaced" if summary.workers_replaced else "")
           + (f", {summary.cache_hits} {'policy' if summary.cache_hits == 1 else 'policies'} from the cache"
              if summary.cache_hits else "")
           + (f"; {summary.skipped} skipped (already in RESULTS)" if summary.skipped else ""))
    lines.append(run)
    lines.append("findings: " + ", ".join(f"{stats.statuses.get(s, 0)} {s}" for s in STATUSES))
    if stats.data_types:
        ranked = sorted(stats.data_types.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
        rows = [[data_type, *(str(counts.get(s, 0)) for s in STATUSES), str(sum(counts.values()))]
                for data_type, counts in ranked[:top]]
        lines.append(table(["data type", *STATUSES, "total"], rows, [34, 7, 7, 7, 9, 9, 7]))
        if len(ranked) > top:
            lines.append(f"(+{len(ranked) - top} more data types: policycheck report {out})")
    for app_id, error in summary.run_stats.failures:
        lines.append(f"failed: {app_id}: {error}")
    if summary.run_stats.failed > len(summary.run_stats.failures):
        lines.append(f"(+{summary.run_stats.failed - len(summary.run_stats.failures)} more failures: "
                     f"see \"error\" in {out})")
    if db:
        lines.append(f"database: {db}")
    if summary.interrupted:
        lines.append(f"interrupted: continue with --resume (apps in {out} are kept)")
    return "\n".join(lines)
