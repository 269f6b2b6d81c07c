"""Does a learned filter over extracted statements improve held-out extraction?

    python experiments/statement_filter.py [--text-features]

Extracts every policy of corpora/eval with the rule-based extractor and labels each predicted (line, data type,
polarity) item right or wrong against the gold annotations. A logistic-regression classifier (hashed features,
numpy only) is trained on the items of the dev split and scores the items of the held-out test split; the script
prints, per language and threshold, the precision, recall and F1 that dropping the items scored below the threshold
would give, with the numbers of right and wrong items dropped.

Features: language with data type, polarity, top-level type, action, source (sentence, list, table…), actor kind,
term, verb, whether a purpose or condition was found, line length and whether the line is a list item or table row;
with --text-features also the line's words (English) or character bigrams (Chinese).

The measured result (see README) is that the filter does not pay: it drops about as many right items as wrong ones.
"""

from __future__ import annotations

import argparse
import re
import sys
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policycheck.evaluation import evaluate_extraction, polarity  # noqa: E402

DIMENSIONS = 2 ** 18
LIST_LINE = re.compile(r"\s*(<li>|[-*•]|\d+[.、)]|（\d+）|<tr>|\|)")


def items(paths: list[Path]) -> tuple[list[dict], dict[tuple[str, str], int]]:
    """Predicted items with their statements and label, and the gold items no prediction found per (split, lang)."""
    rows: list[dict] = []
    missed: dict[tuple[str, str], int] = {}
    for result in evaluate_extraction(paths).documents:
        lines = result.gold.policy_path.read_text(encoding="utf-8").splitlines()
        lang = result.gold.slug[:2]
        gold = {(g.line, g.data_type, polarity(g.action)) for g in result.gold.statements}
        grouped: dict[tuple, list] = {}
        for statement in result.predicted:
            grouped.setdefault((statement.line, statement.data_type, polarity(statement.action)), []).append(statement)
        for key, statements in grouped.items():
            rows.append({"split": result.gold.split, "lang": lang, "key": key, "label": key in gold,
                         "statements": statements, "line": lines[key[0] - 1]})
        split_lang = (result.gold.split, lang)
        missed[split_lang] = missed.get(split_lang, 0) + len(gold - set(grouped))
    return rows, missed


def features(row: dict, text_features: bool) -> list[int]:
    lang, (_, data_type, pol) = row["lang"], row["key"]
    names = [f"{lang}|dt={data_type}", f"{lang}|pol={pol}", f"{lang}|top={data_type.split('.')[0]}",
             f"{lang}|n={min(len(row['statements']), 3)}", f"{lang}|len={min(len(row['line']) // 60, 6)}",
             f"{lang}|list={bool(LIST_LINE.match(row['line']))}"]
    for s in row["statements"]:
        actor = "first" if s.actor == "first_party" else "third" if s.actor == "third_party" else "named"
        names += [f"{lang}|act={s.action}", f"{lang}|src={s.source}", f"{lang}|actor={actor}",
                  f"{lang}|term={(s.term or '').lower()}", f"{lang}|verb={s.verb}", f"{lang}|dt_act={data_type}|{s.action}",
                  f"{lang}|purpose={bool(s.purposes)}", f"{lang}|condition={bool(s.condition)}"]
    if text_features:
        text = re.sub(r"<[^>]+>", "", row["line"])
        if lang == "zh":
            names += [f"zh|bigram={text[i:i + 2]}" for i in range(len(text) - 1)]
        else:
            names += [f"en|word={w}" for w in re.findall(r"[a-z]+", text.lower())]
    return sorted({zlib.crc32(name.encode()) % DIMENSIONS for name in names})


def train(vectors: list[list[int]], labels: np.ndarray, indices: list[int], epochs: int = 30, rate: float = 0.3,
          l2: float = 1.0) -> tuple[np.ndarray, float]:
    weights, bias = np.zeros(DIMENSIONS), 0.0
    for epoch in range(epochs):
        for i in np.random.RandomState(epoch).permutation(indices):
            z = bias + weights[vectors[i]].sum()
            gradient = 1 / (1 + np.exp(-z)) - labels[i]
            weights[vectors[i]] -= rate * (gradient + l2 * weights[vectors[i]] / len(indices))
            bias -= rate * gradient
    return weights, bias


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text-features", action="store_true", help="add the line's words / character bigrams")
    args = parser.parse_args()
    rows, missed = items(sorted((ROOT / "corpora" / "eval").glob("*/*.gold.yaml")))
    vectors = [features(row, args.text_features) for row in rows]
    labels = np.array([row["label"] for row in rows], dtype=float)
    dev = [i for i, row in enumerate(rows) if row["split"] == "dev"]
    weights, bias = train(vectors, labels, dev)
    print("lang  threshold  precision  recall  f1     right dropped  wrong dropped")
    for lang in ("zh", "en"):
        test = [i for i, row in enumerate(rows) if row["split"] == "test" and row["lang"] == lang]
        scores = {i: 1 / (1 + np.exp(-(bias + weights[vectors[i]].sum()))) for i in test}
        right_total = sum(labels[i] for i in test)
        for threshold in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5):
            kept = [i for i in test if scores[i] >= threshold]
            tp = sum(labels[i] for i in kept)
            fp = len(kept) - tp
            fn = missed[("test", lang)] + right_total - tp
            print(f"{lang:4}  {threshold:9.1f}  {tp / (tp + fp):9.3f}  {tp / (tp + fn):6.3f}  "
                  f"{2 * tp / (2 * tp + fp + fn):.3f}  {int(right_total - tp):13d}  {int(len(test) - right_total - fp):13d}")


if __name__ == "__main__":
    main()
