"""The dask engine: the same per-app function (`worker.process_item`) on a dask.distributed cluster.

The driver (the `policycheck batch` process) connects a Client to the scheduler, registers a worker plugin that
loads the analysers once per worker process, submits items (a bounded window: a few per worker thread, refilled
as results arrive, so a 10-million-app crawl does not sit in the scheduler's memory), and writes each result to
RESULTS as it completes (as_completed) with the same durability and resume logic as the local engine.

Dask handles the machines: a worker that dies is restarted by its nanny and its task is retried elsewhere; a task
that kills workers repeatedly (distributed.scheduler.allowed-failures, default 3) fails with KilledWorker and is
recorded as that app's error. The per-item time limit runs inside the task (see worker.time_limit).

`--scheduler local` starts a LocalCluster on this machine (one single-threaded worker process per --jobs).
"""

from __future__ import annotations

import os
from typing import Any, Callable

from ..errors import InputError, UsageError
from . import worker as worker_module

Emit = Callable[[dict[str, Any]], None]

try:
    from distributed.diagnostics.plugin import WorkerPlugin as _WorkerPluginBase
except ImportError:  # dask is optional: the error is raised when the engine is used
    _WorkerPluginBase = object  # type: ignore[assignment,misc]


class BatchWorkerPlugin(_WorkerPluginBase):  # type: ignore[misc,valid-type]
    """Loads the analysers and mappings once per dask worker process."""

    name = "policycheck-batch"

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options

    def setup(self, worker=None) -> None:
        worker_module.init_worker(self.options)


def _worker_facts() -> dict[str, Any]:
    from .. import __version__

    return {"version": __version__, "pid": os.getpid()}


def _read(path: str, max_bytes: int) -> bytes:
    from ..ingest.decode import read_input

    return read_input(path, max_bytes)[0]


def with_files(item: dict[str, Any], max_bytes: int) -> dict[str, Any]:
    """The item with its files' bytes inline (--send-files), for workers that do not share our file system.

    A file that cannot be read makes the item an error item here, with the same message a worker would give.
    """
    if item.get("error") or not item.get("policy"):
        return item
    from ..errors import PolicycheckError

    try:
        files = {"policy": _read(item["policy"], max_bytes),
                 "behaviour": [_read(path, max_bytes) for path in item.get("behaviour") or []]}
    except PolicycheckError as exc:
        return {**item, "error": str(exc), "error_kind": "input"}
    return {**item, "files": files}


class DaskEngine:
    def __init__(self, scheduler: str | None, jobs: int, options: dict[str, Any], send_files: bool = False,
                 log: Callable[[str], None] | None = None) -> None:
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise UsageError("--engine dask needs dask.distributed: pip install 'dask[distributed]'") from None
        self.scheduler = scheduler
        self.jobs = max(1, int(jobs))
        self.options = worker_module.options_with_defaults(options)
        self.send_files = send_files
        self.log = log or (lambda message: None)
        self.peak_rss_mb = 0.0  # not measured on dask workers
        self.replaced = 0
        self.workers = 0

    def _connect(self):
        from distributed import Client, LocalCluster

        cluster = None
        if not self.scheduler or self.scheduler == "local":
            cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                                   dashboard_address=":0", silence_logs=40)
            address = cluster.scheduler_address
        else:
            address = self.scheduler
        try:
            client = Client(address)  # connect timeout: dask config distributed.comm.timeouts.connect
        except (OSError, TimeoutError) as exc:
            if cluster is not None:
                cluster.close()
            raise InputError(f"cannot reach the dask scheduler at {address} ({' '.join(str(exc).split())})") from None
        return cluster, client

    def run(self, items: list[dict[str, Any]], emit: Emit, tick: Callable[[], None] | None = None) -> None:
        if not items:
            return
        from distributed import as_completed

        cluster, client = self._connect()
        try:
            self._prepare(client)
            threads = sum(client.nthreads().values()) or self.jobs
            window = max(4, 2 * threads)
            futures: dict[Any, dict[str, Any]] = {}
            queue = iter(items)

            def next_items(count: int) -> list[dict[str, Any]]:
                chunk = []
                for item in queue:
                    chunk.append(with_files(item, int(self.options["max_bytes"])) if self.send_files else item)
                    if len(chunk) >= count:
                        break
                return chunk

            first = next_items(window)
            submitted = client.map(worker_module.process_item, first, options=self.options, pure=False,
                                   key=[f"policycheck-batch-{item['index']}-{os.getpid()}" for item in first])
            for future, item in zip(submitted, first):
                futures[future] = item
            completed = as_completed(submitted, with_results=False)
            for future in completed:
                item = futures.pop(future)
                try:
                    result = future.result()
                except Exception as exc:  # KilledWorker, CancelledError, communication failures
                    name = type(exc).__name__
                    kind = "worker_died" if name == "KilledWorker" else "internal"
                    message = " ".join(str(exc).split())[:300]
                    result = worker_module.error_result(item, f"dask: {name}: {message}", kind)
                future.release()
                emit(result)
                for item in next_items(1):
                    new = client.submit(worker_module.process_item, item, options=self.options, pure=False,
                                        key=f"policycheck-batch-{item['index']}-{os.getpid()}")
                    futures[new] = item
                    completed.add(new)
                if tick is not None:
                    tick()
        finally:
            try:
                client.close()
            finally:
                if cluster is not None:
                    cluster.close()

    def _prepare(self, client) -> None:
        """Load the analysers on every worker; check that workers run the same policycheck."""
        from .. import __version__

        try:
            client.wait_for_workers(1, timeout=60)
        except Exception:
            raise InputError("the dask cluster has no workers (start some with 'dask worker ADDRESS')") from None
        try:
            facts = client.run(_worker_facts)
        except Exception as exc:
            raise InputError("dask workers cannot run policycheck: install it on every worker "
                             f"(see docs/batch.md) ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})") from None
        self.workers = len(facts)
        versions = {fact["version"] for fact in facts.values()}
        if versions != {__version__}:
            self.log(f"warning: dask workers run policycheck {', '.join(sorted(versions))}, "
                     f"this driver {__version__}")
        try:
            client.register_plugin(BatchWorkerPlugin(self.options), name="policycheck-batch")
        except Exception as exc:
            raise InputError(f"dask workers could not load policycheck's analysers "
                             f"({type(exc).__name__}: {' '.join(str(exc).split())[:200]})") from None
