"""Batch throughput over the real corpora: apps/second, workers, cache, scaling, and the tokenisation floor.

    python benchmarks/batch.py [--reference ../shared/reference] [--sizes 100,1000,10000] [--jobs 1,2]
                               [--modes no-cache,cache] [--json OUT.json]

Apps are policy-only (extraction; no behaviour): the 130 CAPP-130 Chinese policies and the 115 OPP-115 English
policies, 245 distinct texts (less any whose extraction does not finish within --probe-timeout: those are listed
and left out, since they would only measure the time limit). Larger sizes replicate them with a manifest that points many ids at the same files
(app i -> policy i mod 245), which the per-worker content-hash cache would make unrealistically fast: "no-cache"
(--no-cache: every app is extracted) is the realistic figure, "cache" (a cache big enough for all 245 texts) the
best case of a crawl where every app shares a vendor policy already seen.

For each (size, workers, mode) one `batch` run through the library (`policycheck.batch.run_batch`, local process
pool, fork) reports:
- wall apps/s (including worker start-up: loading jieba, spaCy and the mappings);
- steady apps/s (between the first and the last result, i.e. without start-up);
- mean seconds per app as measured in the worker, and peak resident memory of a worker.
Scaling is linear when seconds per app (steady) stays constant from 100 to 10,000 apps.

The floor, in a fresh process on one core: reading + decoding + block structure (ingest) of the same 245 texts,
then tokenisation only (jieba.lcut for Chinese blocks; spaCy's tokenizer, `nlp.tokenizer`, for English ones);
then full extraction in the same process, for the ratio extraction / floor; the same per language, and for English
the time spaCy's pipeline itself (tokenizer, tok2vec, tagger, parser) spends inside extraction.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "zh-capp130": ("corpora/zh-capp130/Original_policies", "*.txt"),
    "en-opp115": ("corpora/en-opp115/sanitized_policies", "*.html"),
}


def corpus_files(reference: Path) -> list[Path]:
    files: list[Path] = []
    for folder, pattern in CORPORA.values():
        files += sorted((reference / folder).glob(pattern))
    return files


def write_manifest(folder: Path, files: list[Path], size: int) -> Path:
    manifest = folder / f"manifest-{size}.jsonl"
    with manifest.open("w", encoding="utf-8") as handle:
        for i in range(size):
            handle.write(json.dumps({"id": f"app{i:05d}", "policy": str(files[i % len(files)])}) + "\n")
    return manifest


def run_one(manifest: Path, out: Path, jobs: int, mode: str, timeout: float) -> dict:
    from policycheck.batch import run_batch

    times: list[float] = []
    seconds: list[float] = []
    errors: Counter = Counter()

    def on_result(result: dict) -> None:
        times.append(time.perf_counter())
        if result.get("ok"):
            seconds.append(result["seconds"])
        else:
            errors[f"{result.get('error_kind')}: {result.get('error', '')[:160]}"] += 1

    cache_size = 0 if mode == "no-cache" else 512
    started = time.perf_counter()
    summary = run_batch(str(manifest), str(out), jobs=jobs, progress=False, on_result=on_result,
                        options={"cache_size": cache_size, "timeout": timeout}, stderr=open("/dev/null", "w"),
                        root="/")  # the manifest points at the reference corpora
    wall = time.perf_counter() - started
    n = summary.processed
    steady = (n - 1) / (times[-1] - times[0]) if n > 1 and times[-1] > times[0] else 0.0
    return {
        "apps": n, "jobs": jobs, "mode": mode, "ok": summary.stats.ok, "failed": summary.stats.failed,
        "wall_seconds": round(wall, 2), "wall_apps_per_second": round(n / wall, 2),
        "steady_apps_per_second": round(steady, 2),
        "steady_seconds_per_app": round(1 / steady, 4) if steady else None,
        "mean_item_seconds": round(sum(seconds) / len(seconds), 4) if seconds else None,
        "cache_hits": summary.cache_hits, "peak_worker_rss_mb": summary.peak_worker_rss_mb,
        "results_mb": round(out.stat().st_size / 1e6, 2),
        "top_errors": errors.most_common(3),
    }


class _Hung(BaseException):
    pass


def language_of(path: Path) -> str:
    return "zh" if "zh-capp130" in str(path) else "en"


class _TimedPipe:
    """Times spaCy's `nlp.pipe` and `nlp(text)` (tokenizer, tok2vec, tagger, parser) inside English extraction: the time
    spent producing parsed sentences, not our rules that consume them."""

    def __init__(self, analyzer) -> None:
        self.analyzer, self.nlp, self.seconds = analyzer, analyzer.nlp, 0.0
        clock = self

        class Proxy:
            def __getattr__(self, name):
                return getattr(clock.nlp, name)

            def __call__(self, text, **kwargs):
                started = time.perf_counter()
                try:
                    return clock.nlp(text, **kwargs)
                finally:
                    clock.seconds += time.perf_counter() - started

            def pipe(self, texts, **kwargs):
                iterator = clock.nlp.pipe(texts, **kwargs)
                while True:
                    started = time.perf_counter()
                    try:
                        doc = next(iterator)
                    except StopIteration:
                        clock.seconds += time.perf_counter() - started
                        return
                    clock.seconds += time.perf_counter() - started
                    yield doc

        analyzer.nlp = Proxy()

    def remove(self) -> None:
        self.analyzer.nlp = self.nlp


def floor(reference: Path, probe_timeout: float) -> dict:
    """Runs in a fresh process: ingest + tokenise vs full extraction of the same texts, one core.

    A policy whose extraction does not finish within `probe_timeout` seconds is reported in "hung" and left out of
    every figure (the batch runs leave it out too): it would only measure the time limit.
    """
    import resource
    import signal

    import jieba

    from policycheck.extract import get_extractor
    from policycheck.extract.nlp import english_pipeline
    from policycheck.ingest import load_policy

    def on_alarm(signum, frame):
        raise _Hung()

    signal.signal(signal.SIGALRM, on_alarm)
    hung: list[str] = []
    for path in corpus_files(reference):  # probe: which policies does extraction finish?
        signal.setitimer(signal.ITIMER_REAL, probe_timeout)
        try:
            get_extractor().extract(load_policy(str(path)))
        except _Hung:
            hung.append(str(path))
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    files = [path for path in corpus_files(reference) if str(path) not in hung]
    jieba.initialize()
    nlp = english_pipeline()
    extractor = get_extractor()
    extractor.zh, extractor.en  # load before timing
    t0 = time.perf_counter()
    documents = [load_policy(str(path)) for path in files]
    t_ingest = time.perf_counter() - t0
    chars = sum(len(block.text) for doc in documents for block in doc.blocks)
    t0 = time.perf_counter()
    tokens = 0
    for doc in documents:
        for block in doc.blocks:
            if block.language == "zh":
                tokens += len(jieba.lcut(block.text))
            else:
                tokens += len(nlp.tokenizer(block.text))
    t_tokenise = time.perf_counter() - t0
    by_language = {"zh": [0.0, 0.0, 0.0], "en": [0.0, 0.0, 0.0]}  # ingest, tokenise, extract seconds
    for path, doc in zip(files, documents):
        lang = language_of(path)
        t0 = time.perf_counter()
        load_policy(str(path))
        by_language[lang][0] += time.perf_counter() - t0
        t0 = time.perf_counter()
        for block in doc.blocks:
            jieba.lcut(block.text) if block.language == "zh" else nlp.tokenizer(block.text)
        by_language[lang][1] += time.perf_counter() - t0
    extractor.forget()  # the probe above analysed every sentence once: start the timed run cold
    model_clock = _TimedPipe(extractor.en)
    t0 = time.perf_counter()
    statements = 0
    for path in files:  # extraction as batch does it: read, structure, extract
        started = time.perf_counter()
        statements += len(extractor.extract(load_policy(str(path))).statements)
        by_language[language_of(path)][2] += time.perf_counter() - started
    t_extract = time.perf_counter() - t0
    model_clock.remove()
    n = len(files)
    floor_seconds = t_ingest + t_tokenise
    per_language = {
        lang: {"ingest_seconds": round(i, 2), "tokenise_seconds": round(t, 2), "extract_seconds": round(e, 2),
               "ratio_extract_to_floor": round(e / (i + t), 2) if i + t else None}
        for lang, (i, t, e) in by_language.items()}
    per_language["en"]["spacy_model_seconds"] = round(model_clock.seconds, 2)
    per_language["en"]["ratio_spacy_model_to_floor"] = round(
        model_clock.seconds / (by_language["en"][0] + by_language["en"][1]), 2)
    return {
        "per_language": per_language,
        "policies": n, "hung": hung, "chars": chars, "tokens": tokens, "statements": statements,
        "ingest_seconds_per_policy": round(t_ingest / n, 4),
        "tokenise_seconds_per_policy": round(t_tokenise / n, 4),
        "floor_seconds_per_policy": round(floor_seconds / n, 4),
        "floor_policies_per_second": round(n / floor_seconds, 2),
        "extract_seconds_per_policy": round(t_extract / n, 4),
        "extract_policies_per_second": round(n / t_extract, 2),
        "ratio_extract_to_floor": round(t_extract / floor_seconds, 2),
        "ratio_extract_to_tokenise_only": round(t_extract / t_tokenise, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "reference")
    parser.add_argument("--sizes", default="100,1000,10000", help="apps per run (comma-separated)")
    parser.add_argument("--jobs", default="1,2", help="worker counts (comma-separated)")
    parser.add_argument("--modes", default="no-cache,cache", help="no-cache and/or cache")
    parser.add_argument("--jobs-at", type=int, default=None,
                        help="compare worker counts only at this size (default: the middle size); the other sizes "
                             "run with the largest worker count")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--probe-timeout", type=float, default=10.0,
                        help="policies whose extraction takes longer than this are reported and left out")
    parser.add_argument("--json", type=Path, help="also write all figures to this file")
    parser.add_argument("--floor-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor_child:
        print(json.dumps(floor(args.reference, args.probe_timeout)))
        return 0
    if not corpus_files(args.reference):
        print(f"reference corpora not found under {args.reference}", file=sys.stderr)
        return 2
    sizes = [int(s) for s in args.sizes.split(",")]
    jobs = [int(j) for j in args.jobs.split(",")]
    modes = args.modes.split(",")
    jobs_at = args.jobs_at or sizes[len(sizes) // 2]
    figures: dict = {"runs": [], "floor": None, "load_average_at_start": os.getloadavg()}
    out = subprocess.run([sys.executable, __file__, "--reference", str(args.reference), "--floor-child",
                          "--probe-timeout", str(args.probe_timeout)], capture_output=True, text=True, check=True)
    figures["floor"] = f = json.loads(out.stdout.strip().splitlines()[-1])
    if f["hung"]:
        print(f"left out {len(f['hung'])} policies whose extraction did not finish in {args.probe_timeout:g} s: "
              + ", ".join(Path(p).name for p in f["hung"]), flush=True)
    print(f"floor (1 core, {f['policies']} policies, {f['chars']} chars): ingest {f['ingest_seconds_per_policy']} "
          f"s/policy + tokenise {f['tokenise_seconds_per_policy']} s/policy = {f['floor_policies_per_second']} "
          f"policies/s; extraction {f['extract_policies_per_second']} policies/s; "
          f"extraction/floor = {f['ratio_extract_to_floor']}x "
          f"(extraction/tokenisation only = {f['ratio_extract_to_tokenise_only']}x)", flush=True)
    for lang, row in f["per_language"].items():
        extra = (f"; spaCy's models alone {row['spacy_model_seconds']} s = {row['ratio_spacy_model_to_floor']}x"
                 if "spacy_model_seconds" in row else "")
        print(f"  {lang}: ingest {row['ingest_seconds']} s + tokenise {row['tokenise_seconds']} s, extraction "
              f"{row['extract_seconds']} s = {row['ratio_extract_to_floor']}x its floor{extra}", flush=True)
    files = [path for path in corpus_files(args.reference) if str(path) not in f["hung"]]
    with tempfile.TemporaryDirectory(prefix="policycheck-bench-") as tmp:
        folder = Path(tmp)
        for size in sizes:
            manifest = write_manifest(folder, files, size)
            for mode in modes:
                for job_count in (jobs if size == jobs_at else [max(jobs)]):
                    out = folder / f"results-{size}-{mode}-{job_count}.jsonl"
                    row = run_one(manifest, out, job_count, mode, args.timeout)
                    out.unlink()
                    figures["runs"].append(row)
                    print(f"{row['apps']:>6} apps  {row['jobs']} workers  {row['mode']:<8}  wall {row['wall_seconds']:>8.1f} s"
                          f"  {row['wall_apps_per_second']:>7.2f} apps/s  steady {row['steady_apps_per_second']:>7.2f} "
                          f"apps/s ({row['steady_seconds_per_app']} s/app)  item {row['mean_item_seconds']} s  "
                          f"cache hits {row['cache_hits']}  peak worker {row['peak_worker_rss_mb']:.0f} MB  "
                          f"failed {row['failed']}", flush=True)
                    for error, count in row["top_errors"]:
                        print(f"        {count} x {error}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
