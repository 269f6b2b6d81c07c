"""Extraction throughput and peak memory over the real policy corpora.

    python benchmarks/extract.py [--reference ../shared/reference] [--sizes 25,50,100] [--json]

For each corpus (CAPP-130: 130 Chinese app policies; OPP-115: 115 English website policies) and each size (a
percentage of the corpus), a fresh process loads the pipeline, extracts every policy and reports policies per
second (excluding start-up), characters per second, statements found and peak resident memory. Start-up (loading
mappings, jieba and spaCy) is reported separately. Linear scaling shows as a constant policies-per-second figure
across sizes.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "zh-capp130": ("corpora/zh-capp130/Original_policies", "*.txt"),
    "en-opp115": ("corpora/en-opp115/sanitized_policies", "*.html"),
}


def _files(reference: Path, corpus: str) -> list[Path]:
    folder, pattern = CORPORA[corpus]
    return sorted((reference / folder).glob(pattern))


def run_one(reference: Path, corpus: str, percent: int) -> dict:
    """Runs in a child process: extract a share of one corpus, report timings."""
    started = time.perf_counter()
    from policycheck.extract import get_extractor
    from policycheck.ingest import load_policy

    extractor = get_extractor()
    extractor.zh if corpus.startswith("zh") else extractor.en  # load the analyser before timing
    startup = time.perf_counter() - started
    files = _files(reference, corpus)
    files = files[: max(1, len(files) * percent // 100)]
    chars = statements = 0
    begin = time.perf_counter()
    for path in files:
        document = load_policy(str(path))
        chars += sum(len(block.text) for block in document.blocks)
        statements += len(extractor.extract(document).statements)
    elapsed = time.perf_counter() - begin
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "corpus": corpus, "percent": percent, "policies": len(files), "seconds": round(elapsed, 2),
        "policies_per_second": round(len(files) / elapsed, 2), "chars_per_second": int(chars / elapsed),
        "statements": statements, "startup_seconds": round(startup, 2), "peak_rss_mb": round(peak_kib / 1024, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "reference")
    parser.add_argument("--sizes", default="25,50,100", help="percentages of each corpus")
    parser.add_argument("--corpus", choices=sorted(CORPORA), action="append")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("CORPUS", "PERCENT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.reference, args.child[0], int(args.child[1]))))
        return 0
    if not args.reference.is_dir():
        print(f"reference corpora not found at {args.reference}", file=sys.stderr)
        return 2
    rows = []
    for corpus in args.corpus or sorted(CORPORA):
        for percent in (int(p) for p in args.sizes.split(",")):
            out = subprocess.run(
                [sys.executable, __file__, "--reference", str(args.reference), "--child", corpus, str(percent)],
                capture_output=True, text=True, check=True)
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
            if not args.json:
                r = rows[-1]
                print(f"{r['corpus']:<11} {r['policies']:>4} policies  {r['policies_per_second']:>6.2f} policies/s  "
                      f"{r['chars_per_second']:>8} chars/s  {r['statements']:>6} statements  "
                      f"start-up {r['startup_seconds']:.1f} s  peak {r['peak_rss_mb']:.0f} MB", flush=True)
    if args.json:
        print(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
