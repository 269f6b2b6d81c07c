"""Does a line classifier trained on earlier annotation rounds add data types the rules miss on later, unseen rounds?

    python experiments/line_type_rounds.py [--language en|zh] [--method lr|knn] [--test]

Generalisation is measured by holding out whole annotation rounds, not single lines or policies: the latest dev rounds
(English en-r48-* to en-r52-*, Chinese zh-r29-* to zh-r32-*) are never trained on. Settings (method, gate, threshold)
are chosen on validation rounds just before them (English en-r40-* to en-r47-*, Chinese zh-r25-* to zh-r28-*) with a
model trained on every other dev policy; the chosen setting is then retrained on all dev policies outside the held-out
rounds and scored on those rounds. `--test` also scores the held-out test split, trained on all dev policies (measure it
once, to confirm a choice; never to make one).

Each non-empty line of a policy is one example; its labels are the (data type, polarity, first/third party) items the
gold annotates on it. Two learners (scikit-learn):

- lr: one-vs-rest logistic regression over TF-IDF word unigrams and bigrams (English) or character 1-3-grams (Chinese),
  plus the words of the heading above the line (English) and the data types and families the rules found on the line;
- knn: the training lines nearest in TF-IDF cosine; a label is proposed when at least half (or 80%) of the neighbours
  at or above a similarity carry it.

A proposal is added to the rules' statements only where the rules did not already state that item, and only through a
gate: any (every missing item), newtype (data type and polarity not found on the line by the rules), samefam (as
newtype, and the rules found another type of the same family there), foundfam (as newtype, and the rules found some
type there), noline (the rules found nothing on the line). Scores are data-type precision / recall on (line, data type,
polarity) items, overall and for first and third party, as `policycheck eval` computes them. The measured result is in
docs/evaluation.md ("Learned components, measured").
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policycheck.evaluation import evaluate_extraction  # noqa: E402
from policycheck.records import FIRST_PARTY  # noqa: E402

HELD = {"en": {f"r{n}" for n in range(48, 53)}, "zh": {f"r{n}" for n in range(29, 33)}}
VALIDATION = {"en": {f"r{n}" for n in range(40, 48)}, "zh": {f"r{n}" for n in range(25, 29)}}
GATES = ("any", "newtype", "samefam", "foundfam", "noline")
LR_THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.7)
KNN_SETTINGS = tuple((s, v) for s in (0.5, 0.6, 0.7, 0.8, 0.9) for v in (0.5, 0.8))
MARKUP = re.compile(r"<[^>]+>|\]\([^)]*\)|[*_`#|\[\]>]+")
HEADING = re.compile(r"\s*(#{1,6}\s|<h[1-6])")
ROUND = re.compile(r"(?:en|zh)-(r\d*|w\d*)-")


def clean(text: str) -> str:
    return MARKUP.sub(" ", text).lower()


def party(entity: str) -> str:
    return "1st" if entity == FIRST_PARTY else "3rd"


def policy_lines(paths: list[Path]) -> list[dict]:
    """One row per non-empty line: text, heading, round, split, gold and rule items (type, polarity, party)."""
    rows = []
    for result in evaluate_extraction(paths).documents:
        gold: dict[int, set] = {}
        found: dict[int, set] = {}
        for g in result.gold.statements:
            gold.setdefault(g.line, set()).add((g.data_type, g.polarity, party(g.entity)))
        for s in result.predicted:
            found.setdefault(s.line, set()).add((s.data_type, s.polarity, party(s.entity)))
        match = ROUND.match(result.gold.slug)
        common = {"slug": result.gold.slug, "lang": result.gold.language, "split": result.gold.split,
                  "round": match.group(1) if match else "w"}
        lines = result.gold.policy_path.read_text(encoding="utf-8").splitlines()
        heading = ""
        for number, text in enumerate(lines, 1):
            if not text.strip():
                continue
            if HEADING.match(text):
                heading = text
            rows.append({**common, "line": number, "text": text, "heading": heading,
                         "gold": gold.get(number, set()), "found": found.get(number, set())})
    return rows


def context(row: dict, lang: str) -> str:
    """The rules' types and families on the line, and (English) the heading's words, as tokens."""
    words = ["dt_" + t + ("P" if p == "+" else "N") for t, p, _ in sorted(row["found"])]
    words += ["fam_" + t.split(".")[0] for t, _, _ in row["found"]]
    if lang == "en":
        words += ["h_" + w for w in re.findall(r"\w+", clean(row["heading"]))]
    return " ".join(words)


def text_vectoriser(lang: str):
    from sklearn.feature_extraction.text import TfidfVectorizer

    if lang == "en":
        return TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"[a-z][a-z'-]*")
    return TfidfVectorizer(analyzer="char", ngram_range=(1, 3), min_df=2, sublinear_tf=True)


def lr_scores(train: list[dict], score: list[dict], lang: str) -> tuple[list[tuple], np.ndarray]:
    """Labels seen on at least five training lines, and their probabilities on the `score` lines."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    words, ctx = text_vectoriser(lang), TfidfVectorizer(token_pattern=r"\S+", lowercase=False)
    x_train = hstack([words.fit_transform([clean(r["text"]) for r in train]),
                      ctx.fit_transform([context(r, lang) for r in train])]).tocsr()
    x_score = hstack([words.transform([clean(r["text"]) for r in score]),
                      ctx.transform([context(r, lang) for r in score])]).tocsr()
    counts = Counter(item for r in train for item in r["gold"])
    labels = sorted(item for item, n in counts.items() if n >= 5)
    columns = []
    for label in labels:
        model = LogisticRegression(C=4.0, solver="liblinear", max_iter=200, tol=1e-3)
        model.fit(x_train, np.array([label in r["gold"] for r in train]))
        columns.append(model.predict_proba(x_score)[:, 1])
    return labels, np.column_stack(columns)


def neighbours(train: list[dict], score: list[dict], lang: str, k: int = 10) -> list[list[tuple[float, int]]]:
    """The k training lines nearest each `score` line (cosine, index)."""
    vectoriser = text_vectoriser(lang)
    x_train = vectoriser.fit_transform([clean(r["text"]) for r in train])
    similarity = (vectoriser.transform([clean(r["text"]) for r in score]) @ x_train.T).tocsr()
    out = []
    for i in range(similarity.shape[0]):
        row = similarity.getrow(i)
        order = np.argsort(-row.data)[:k]
        out.append(list(zip(row.data[order], row.indices[order])))
    return out


def admitted(row: dict, item: tuple, gate: str) -> bool:
    """Whether a proposed item passes the gate on this line (never an item the rules already state)."""
    if item in row["found"]:
        return False
    data_type, pol, _ = item
    pairs = {(t, p) for t, p, _ in row["found"]}
    families = {t.split(".")[0] for t, _, _ in row["found"]}
    if gate == "any":
        return True
    if gate == "noline":
        return not row["found"]
    if (data_type, pol) in pairs:
        return False
    if gate == "samefam":
        return data_type.split(".")[0] in families
    if gate == "foundfam":
        return bool(families)
    return True  # newtype


def lr_proposals(rows, labels, probabilities, threshold, gate) -> list[set]:
    return [{item for item, p in zip(labels, ps) if p >= threshold and admitted(row, item, gate)}
            for row, ps in zip(rows, probabilities)]


def knn_proposals(rows, train, nearest, similarity, vote, gate) -> list[set]:
    out = []
    for row, near in zip(rows, nearest):
        close = [j for s, j in near if s >= similarity]
        counts = Counter(item for j in close for item in train[j]["gold"])
        out.append({item for item, n in counts.items() if n / len(close) >= vote and admitted(row, item, gate)})
    return out


def counts(rows: list[dict], extra: list[set] | None = None) -> dict[str, tuple[int, int, int]]:
    """(tp, fp, fn) of (line, data type, polarity) items: overall, first party, third party."""
    out = {}
    for name in ("all", "1st", "3rd"):
        tp = fp = fn = 0
        for i, row in enumerate(rows):
            predicted = row["found"] | (extra[i] if extra else set())
            gold = {(t, p) for t, p, e in row["gold"] if name in ("all", e)}
            found = {(t, p) for t, p, e in predicted if name in ("all", e)}
            tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
        out[name] = (tp, fp, fn)
    return out


def precision(c) -> float:
    return c[0] / max(c[0] + c[1], 1)


def recall(c) -> float:
    return c[0] / max(c[0] + c[2], 1)


def line(name: str, base: dict, now: dict) -> str:
    parts = []
    for key in ("all", "1st", "3rd"):
        b, n = base[key], now[key]
        parts.append(f"{key} P {precision(n):.3f} ({precision(n) - precision(b):+.4f}) "
                     f"R {recall(n):.3f} ({recall(n) - recall(b):+.4f}) tp {n[0]} fp {n[1]} fn {n[2]}")
    return f"  {name:24} " + "  ".join(parts)


def settings(method: str, train: list[dict], score: list[dict], lang: str):
    """(name, proposals) for every gate and threshold of one learner trained on `train`, scored on `score`."""
    if method == "lr":
        labels, probabilities = lr_scores(train, score, lang)
        for gate in GATES:
            for threshold in LR_THRESHOLDS:
                yield f"lr {gate} {threshold}", lr_proposals(score, labels, probabilities, threshold, gate)
    else:
        nearest = neighbours(train, score, lang)
        for gate in GATES:
            for similarity, vote in KNN_SETTINGS:
                yield f"knn {gate} {similarity}/{vote}", knn_proposals(score, train, nearest, similarity, vote, gate)


def qualifies(base: dict, now: dict) -> bool:
    """At least +0.01 recall at no more than 0.005 precision lost, overall and in neither party worse than that."""
    return (recall(now["all"]) - recall(base["all"]) >= 0.01
            and all(precision(now[k]) - precision(base[k]) >= -0.005 for k in ("all", "1st", "3rd")))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("en", "zh"), action="append", help="default: both")
    parser.add_argument("--method", choices=("lr", "knn"), action="append", help="default: both")
    parser.add_argument("--test", action="store_true", help="also score the held-out test split (once)")
    args = parser.parse_args()
    for lang in args.language or ("en", "zh"):
        rows = policy_lines(sorted((ROOT / "corpora" / "eval" / lang).glob("*.gold.yaml")))
        dev = [r for r in rows if r["split"] == "dev"]
        outside = [r for r in dev if r["round"] not in HELD[lang]]
        groups = {"validation": ([r for r in outside if r["round"] not in VALIDATION[lang]],
                                 [r for r in outside if r["round"] in VALIDATION[lang]]),
                  "held-out rounds": (outside, [r for r in dev if r["round"] in HELD[lang]])}
        if args.test:
            groups["test split"] = (dev, [r for r in rows if r["split"] == "test"])
        for method in args.method or ("lr", "knn"):
            chosen = None
            for group, (train, score) in groups.items():
                base = counts(score)
                print(f"{lang} {method} {group}: {len({r['slug'] for r in score})} policies, "
                      f"trained on {len({r['slug'] for r in train})}")
                print(line("rules", base, base))
                for name, extra in settings(method, train, score, lang):
                    now = counts(score, extra)
                    if group == "validation" and qualifies(base, now) and (
                            chosen is None or recall(now["all"]) > chosen[1]):
                        chosen = (name, recall(now["all"]))
                    if now != base:
                        print(line(name, base, now))
                if group == "validation":
                    print(f"  chosen on validation rounds: {chosen[0] if chosen else 'none qualifies'}")


if __name__ == "__main__":
    main()
