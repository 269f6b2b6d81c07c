"""Does a learned "is this a data-practice sentence?" filter improve Chinese extraction?

    python experiments/sentence_classifier.py [--reference ../shared/reference]

Trains a logistic-regression classifier on character 1-3-gram features (hashed, numpy only) over the CAPP-130
sentence labels (Zhu et al., NeurIPS 2023 Datasets and Benchmarks; CC BY 4.0): a sentence is a practice sentence
when it is labelled 数据收集, 权限获取, 共享/委托/转让/公开, 使用 or 存储方式. Policies that the evaluation corpus
excerpts (corpora/eval/zh/zh-r*) are left out of training. The classifier then scores the sentence of every
statement the rule-based extractor produces on corpora/eval/zh, and the script prints, per threshold, the share of
right and wrong statements a filter would keep and the precision/recall that would result.

The measured result (see README) is that the filter does not pay: removing a useful share of false positives also
removes too many true positives, so the rule-based path stays the only path. The script is kept so the experiment
can be reproduced and re-run when the corpus grows.
"""

from __future__ import annotations

import argparse
import glob
import json
import math
import random
import sys
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
PRACTICE = {"数据收集", "权限获取", "共享、委托、转让、公开（披露）", "使用", "存储方式"}
DIM = 1 << 18


def features(text: str) -> np.ndarray:
    text = text[:300]
    index = {zlib.crc32(text[i:i + n].encode()) % DIM for n in (1, 2, 3) for i in range(len(text) - n + 1)}
    return np.fromiter(index, dtype=np.int64)


def excerpted_policies() -> set[str]:
    """First lines of the CAPP-130 policies the evaluation corpus excerpts."""
    first_lines = set()
    for gold in (ROOT / "corpora" / "eval" / "zh").glob("zh-r*.gold.yaml"):
        text = gold.read_text(encoding="utf-8")
        if "CAPP-130" not in text:
            continue
        policy = (gold.parent / gold.name.replace(".gold.yaml", ".txt"))
        if policy.exists():
            first_lines |= {line.strip() for line in policy.read_text(encoding="utf-8").splitlines()[:5] if line.strip()}
    return first_lines


def training_rows(reference: Path) -> list[tuple[str, int]]:
    excluded = excerpted_policies()
    rows = []
    for path in sorted(glob.glob(str(reference / "corpora/zh-capp130/Annotation/Annotation/*.jsonl"))):
        records = [json.loads(line) for line in open(path, encoding="utf-8")]
        texts = {r["text"].strip() for r in records}
        if texts & excluded:
            continue  # this policy is (partly) in the evaluation corpus
        rows += [(r["text"].strip(), int(bool(set(r["label"]) & PRACTICE))) for r in records if r["text"].strip()]
    return rows


def train(rows: list[tuple[str, int]], epochs: int = 4, rate: float = 0.1) -> tuple[np.ndarray, float]:
    random.Random(0).shuffle(rows)
    x = [features(text) for text, _ in rows]
    y = np.array([label for _, label in rows], dtype=np.float64)
    weights, bias = np.zeros(DIM), 0.0
    for epoch in range(epochs):
        for k in np.random.RandomState(epoch).permutation(len(x)):
            z = weights[x[k]].sum() + bias
            gradient = 1 / (1 + math.exp(-max(-30.0, min(30.0, z)))) - y[k]
            weights[x[k]] -= rate * gradient
            bias -= rate * gradient
    return weights, bias


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "reference")
    args = parser.parse_args()
    if not (args.reference / "corpora" / "zh-capp130").is_dir():
        print("CAPP-130 not found under --reference", file=sys.stderr)
        return 2
    rows = training_rows(args.reference)
    print(f"training sentences: {len(rows)} ({sum(label for _, label in rows)} practice)")
    weights, bias = train(rows)

    from policycheck.evaluation import evaluate_extraction

    evaluation = evaluate_extraction([ROOT / "corpora" / "eval" / "zh"])
    right, wrong, gold_total = [], [], 0
    for result in evaluation.documents:
        gold = {(g.line, g.data_type, g.polarity) for g in result.gold.statements}
        gold_total += len(gold)
        seen = set()
        for statement in result.predicted:
            key = (statement.line, statement.data_type, statement.polarity)
            if key in seen:
                continue
            seen.add(key)
            z = weights[features(statement.text)].sum() + bias
            (right if key in gold else wrong).append(1 / (1 + math.exp(-max(-30.0, min(30.0, z)))))
    right_a, wrong_a = np.array(right), np.array(wrong)
    print(f"rule-based: precision {len(right) / (len(right) + len(wrong)):.3f}, recall {len(right) / gold_total:.3f}")
    for threshold in (0.05, 0.1, 0.2, 0.3, 0.5):
        kept_right, kept_wrong = int((right_a >= threshold).sum()), int((wrong_a >= threshold).sum())
        print(f"filter at {threshold:.2f}: keeps {kept_right / len(right):.1%} of right and "
              f"{kept_wrong / len(wrong):.1%} of wrong statements -> precision "
              f"{kept_right / max(1, kept_right + kept_wrong):.3f}, recall {kept_right / gold_total:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
