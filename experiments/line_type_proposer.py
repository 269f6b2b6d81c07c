"""Does a supervised line classifier recover data types the rules miss?

    python experiments/line_type_proposer.py [--folds 5]

Extracts every policy of corpora/eval with the rule-based extractor. A one-vs-rest logistic-regression classifier
(scikit-learn, hashed features) learns from the dev split which data types a line names in a practice: features are
the line's words and word pairs (English) or character bigrams and trigrams (Chinese), the words of the heading
above it, and the data types the rules found on the line. For each line it proposes the types it scores at or above a
threshold that the rules did not find there (as practices that happen, polarity +), and the script prints what
adding those proposals would do to data-type precision / recall / F1:

- on the dev split by cross-validation over policies (folds of whole policies, so no policy scores itself), which is
  where a threshold would be chosen;
- on the held-out test split, trained on all dev policies, for the thresholds printed.

Proposals only add items, so they can raise recall and lower precision; the component pays only if F1 rises and
precision stays at the bar. The measured result is in docs/evaluation.md.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policycheck.evaluation import evaluate_extraction  # noqa: E402

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
MARKUP = re.compile(r"<[^>]+>|[*_`#|]+")
HEADING = re.compile(r"\s*(#{1,6}\s|<h[1-6])")


def tokens(text: str, lang: str, prefix: str = "") -> list[str]:
    """Words and word pairs (en) or character bigrams and trigrams (zh) of one line, without markup."""
    text = MARKUP.sub(" ", text).lower()
    if lang == "zh":
        text = re.sub(r"\s+", "", text)
        return [prefix + text[i:i + n] for n in (2, 3) for i in range(len(text) - n + 1)]
    words = re.findall(r"[a-z][a-z'-]*", text)
    return [prefix + w for w in words] + [prefix + a + "_" + b for a, b in zip(words, words[1:])]


def policy_lines(paths: list[Path]) -> list[dict]:
    """One row per non-empty line: text features, gold types (+), types the rules found (+/-), and split."""
    rows = []
    for number, result in enumerate(evaluate_extraction(paths).documents):
        lang, split = result.gold.language, result.gold.split
        gold = {(g.line, g.data_type) for g in result.gold.statements if g.polarity == "+"}
        gold_all = {(g.line, g.data_type, g.polarity) for g in result.gold.statements}
        found = {(s.line, s.data_type, s.polarity) for s in result.predicted}
        heading = ""
        for line_number, text in enumerate(result.gold.policy_path.read_text(encoding="utf-8").splitlines(), 1):
            if not text.strip():
                continue
            if HEADING.match(text):
                heading = text
            found_here = sorted({t for (n, t, _) in found if n == line_number})
            rows.append({
                "document": number, "lang": lang, "split": split, "line": line_number,
                "features": " ".join(tokens(text, lang) + tokens(heading, lang, "h:") + ["dt:" + t for t in found_here]),
                "gold": {t for (n, t) in gold if n == line_number},
                "found_positive": {t for (n, t, p) in found if n == line_number and p == "+"},
                "gold_items": {(t, p) for (n, t, p) in gold_all if n == line_number},
                "found_items": {(t, p) for (n, t, p) in found if n == line_number},
            })
    return rows


def fit_predict(train: list[dict], score: list[dict]) -> tuple[list[str], np.ndarray]:
    """Train on `train` rows, return the type labels and the probability matrix for `score` rows."""
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.preprocessing import MultiLabelBinarizer

    vectoriser = HashingVectorizer(n_features=2 ** 18, token_pattern=r"\S+", lowercase=False, alternate_sign=False,
                                   norm="l2")
    binariser = MultiLabelBinarizer()
    labels = binariser.fit_transform([sorted(r["gold"]) for r in train])
    keep = labels.sum(axis=0) >= 3  # types seen on at least three training lines
    model = OneVsRestClassifier(LogisticRegression(C=4.0, max_iter=400), n_jobs=1)
    model.fit(vectoriser.transform([r["features"] for r in train]), labels[:, keep])
    probabilities = model.predict_proba(vectoriser.transform([r["features"] for r in score]))
    return [t for t, k in zip(binariser.classes_, keep) if k], probabilities


def scores_with_proposals(rows: list[dict], types: list[str], probabilities: np.ndarray) -> dict[float, tuple]:
    """(tp, fp, fn) of the data-type task for the rules alone (threshold 1.01) and with proposals per threshold."""
    out = {}
    for threshold in (1.01,) + THRESHOLDS:
        tp = fp = fn = 0
        for row, p in zip(rows, probabilities):
            proposed = {(t, "+") for t, q in zip(types, p) if q >= threshold and t not in row["found_positive"]}
            predicted = row["found_items"] | proposed
            tp += len(predicted & row["gold_items"])
            fp += len(predicted - row["gold_items"])
            fn += len(row["gold_items"] - predicted)
        out[threshold] = (tp, fp, fn)
    return out


def report(label: str, counts: dict[float, tuple]) -> None:
    for threshold, (tp, fp, fn) in counts.items():
        name = "rules" if threshold > 1 else f"≥{threshold:.2f}"
        print(f"{label:12} {name:6}  P {tp / max(tp + fp, 1):.3f}  R {tp / max(tp + fn, 1):.3f}  "
              f"F1 {2 * tp / max(2 * tp + fp + fn, 1):.3f}  tp {tp} fp {fp} fn {fn}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds over dev policies")
    parser.add_argument("--language", choices=("en", "zh"), action="append", help="default: both")
    args = parser.parse_args()
    rows = policy_lines(sorted((ROOT / "corpora" / "eval").glob("*/*.gold.yaml")))
    for lang in args.language or ("en", "zh"):
        dev = [r for r in rows if r["lang"] == lang and r["split"] == "dev"]
        test = [r for r in rows if r["lang"] == lang and r["split"] == "test"]
        documents = sorted({r["document"] for r in dev})
        totals: dict[float, list[int]] = {}
        for fold in range(args.folds):
            held = set(documents[fold::args.folds])
            types, probabilities = fit_predict([r for r in dev if r["document"] not in held],
                                               fold_rows := [r for r in dev if r["document"] in held])
            for threshold, counts in scores_with_proposals(fold_rows, types, probabilities).items():
                totals[threshold] = [a + b for a, b in zip(totals.get(threshold, [0, 0, 0]), counts)]
        report(f"{lang} dev-cv", {t: tuple(c) for t, c in totals.items()})
        types, probabilities = fit_predict(dev, test)
        report(f"{lang} test", scores_with_proposals(test, types, probabilities))


if __name__ == "__main__":
    main()
