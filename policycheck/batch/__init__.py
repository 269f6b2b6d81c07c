"""`policycheck batch`: check many apps at once (contract §7), on all cores or on a dask cluster.

    items.py        DIR / MANIFEST.jsonl -> work items (duplicates and bad lines become error items)
    worker.py       the per-app function (init once per worker, LRU of policies by content hash, time limit)
    pool.py         local engine: worker processes, dead or stuck workers replaced
    dask_engine.py  dask.distributed engine (Client.map / as_completed)
    output.py       durable RESULTS (one write per line, periodic fsync, resume truncates a partial line)
    db.py           --db SQLite tables
    runner.py       run_batch(): ties it together, progress bar and summary
    cli.py          argparse parts for policycheck/cli.py
"""

from .runner import BatchSummary, run_batch

__all__ = ["run_batch", "BatchSummary"]
