"""Does a learned character tagger find CA4P-483 data spans better than our statements do?

    pip install python-crfsuite==0.9.12      # (the `experiments` extra)
    python experiments/ca4p_crf_tagger.py [--reference DIR] [--folds 2]

CA4P-483 (Zhao et al., EMNLP 2022) is read from DIR/corpora/zh-ca4p483 (default: ../shared/reference, or
$POLICYCHECK_REFERENCE) at run time; nothing of it is copied and no model is kept (the CRF is written to a temporary
file and deleted). The copy we have holds only the dev and test splits, so the tagger is trained on the dev split's
`data` spans (2,059 sentences) and scored on the test split (1,842) - about a fifth of the training data the paper's
baselines had (they trained on its train split).

A linear-chain CRF (CRFsuite, L-BFGS, fixed c1 = 0.1, c2 = 0.01, 150 iterations: not tuned on test) tags each
character B/I/E/S-data or O. Three feature sets:

- `chars`: the character and its neighbours (window of 3 each side), character bigrams and trigrams around it, and
  the character class (Han, Latin, digit, punctuation);
- `chars+lexicon`: also whether the character starts, continues or ends a Chinese term of mappings/taxonomy
  (longest match);
- `chars+lexicon+rules`: also the B/I/E/S tag our own statements give the character (policycheck's extraction run
  on the sentence) - a hybrid, where the CRF learns where CA4P-483's span boundaries differ from our phrases.

Each is scored with the metrics of `policycheck eval --benchmarks`: exact spans read from the tags (the paper's span
metric), the mean of the B/I/E-data character scores (the paper's tag metric), and span overlap; with --folds N
also by N-fold cross-validation over contiguous blocks of the dev sentences (where a choice between feature sets
would be made). The
rule-based row (policycheck's statements alone) is printed first. The measured result is in README.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from policycheck.evaluation.benchmarks import (CA4P_FILES, _bio_spans, _overlap, _predicted, _tags,  # noqa: E402
                                               _term_spans, read_ca4p, reference_dir, tag_average_score,
                                               tagged_span_score)

WINDOW = 3
FEATURE_SETS = ("chars", "chars+lexicon", "chars+lexicon+rules")


def char_class(char: str) -> str:
    if "\u4e00" <= char <= "\u9fff":
        return "han"
    if char.isdigit():
        return "digit"
    if char.isascii() and char.isalpha():
        return "latin"
    return "punct" if not char.isspace() else "space"


def lexicon_tags(text: str, terms: set[str], longest: int) -> list[str]:
    """B/I/E/S of the longest taxonomy term starting at each position, left to right, non-overlapping."""
    tags = ["O"] * len(text)
    index = 0
    while index < len(text):
        for size in range(min(longest, len(text) - index), 0, -1):
            if text[index:index + size] in terms:
                tags[index:index + size] = (["S"] if size == 1 else ["B"] + ["I"] * (size - 2) + ["E"])
                index += size
                break
        else:
            index += 1
    return tags


def features(text: str, lexicon: list[str] | None, rules: list[str] | None) -> list[list[str]]:
    padded = "\x02" * WINDOW + text + "\x03" * WINDOW
    rows = []
    for index in range(len(text)):
        centre = index + WINDOW
        row = ["bias", "class=" + char_class(text[index])]
        row += [f"c[{offset}]={padded[centre + offset]}" for offset in range(-WINDOW, WINDOW + 1)]
        row += [f"b[{offset}]={padded[centre + offset:centre + offset + 2]}" for offset in range(-2, 2)]
        row += [f"t[{offset}]={padded[centre + offset:centre + offset + 3]}" for offset in (-2, -1, 0)]
        if lexicon is not None:
            row += [f"lex={lexicon[index]}", f"lex[-1]={lexicon[index - 1] if index else '^'}",
                    f"lex[+1]={lexicon[index + 1] if index + 1 < len(text) else '$'}"]
        if rules is not None:
            row += [f"pc={rules[index]}", f"pc[-1]={rules[index - 1] if index else '^'}",
                    f"pc[+1]={rules[index + 1] if index + 1 < len(text) else '$'}",
                    f"pc={rules[index]}|c={text[index]}"]
        rows.append(row)
    return rows


def scores(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, dict]:
    found = total = right = made = 0
    for gold_tags, predicted_tags in zip(gold, predicted):
        gold_spans = [(s, e) for s, e, _ in _bio_spans(gold_tags)]
        spans = [(s, e) for s, e, _ in _bio_spans(predicted_tags)]
        found += sum(1 for g in gold_spans if any(_overlap(g, p) for p in spans))
        right += sum(1 for p in spans if any(_overlap(p, g) for g in gold_spans))
        total, made = total + len(gold_spans), made + len(spans)
    precision, recall = right / made if made else 1.0, found / total if total else 1.0
    overlap = {"precision": precision, "recall": recall,
               "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0}
    return {"exact": tagged_span_score(gold, predicted), "tags": tag_average_score(gold, predicted),
            "overlap": overlap}


def train_and_tag(train: list[tuple[list[list[str]], list[str]]], test: list[list[list[str]]]) -> list[list[str]]:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in train:
        trainer.append(xseq, yseq)
    trainer.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True})
    handle, path = tempfile.mkstemp(suffix=".crfsuite")
    os.close(handle)
    try:
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        tagged = [tagger.tag(xseq) if xseq else [] for xseq in test]
        tagger.close()
    finally:
        os.unlink(path)
    return tagged


def line(name: str, result: dict[str, dict]) -> str:
    e, t, o = result["exact"], result["tags"], result["overlap"]
    return (f"{name:<40} exact {e['precision']:.3f} / {e['recall']:.3f} / {e['f1']:.3f}   "
            f"B/I/E mean {t['precision']:.3f} / {t['recall']:.3f} / {t['f1']:.3f}   "
            f"overlap {o['precision']:.3f} / {o['recall']:.3f} / {o['f1']:.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reference", help="folder holding corpora/zh-ca4p483")
    parser.add_argument("--folds", type=int, default=0, help="also cross-validate on the dev split")
    parser.add_argument("--sets", default=",".join(FEATURE_SETS), help="feature sets to run, comma-separated")
    args = parser.parse_args()
    reference = reference_dir(args.reference)
    if reference is None:
        parser.error("no reference folder (pass --reference DIR)")
    folder = reference / "corpora" / "zh-ca4p483"
    splits = {split: read_ca4p(folder / CA4P_FILES[split]) for split in ("dev", "test")}
    gold = {split: [_tags(len(s.text), [(a, b) for a, b, _ in s.spans]) for s in sentences]
            for split, sentences in splits.items()}
    rules = {split: [_tags(len(s.text), [(a, b) for a, b, _ in _term_spans(s.text, found)])
                     for s, found in zip(sentences, _predicted(sentences, "zh"))]
             for split, sentences in splits.items()}
    from policycheck.taxonomy import load_taxonomy

    terms = {term for group in load_taxonomy().terms.get("zh", {}).values() for term in group}
    longest = max(map(len, terms))
    lexicon = {split: [lexicon_tags(s.text, terms, longest) for s in sentences] for split, sentences in splits.items()}
    print(f"CA4P-483 data spans: train = dev ({len(splits['dev'])} sentences), test ({len(splits['test'])} sentences)")
    print(line("policycheck statements", scores(gold["test"], rules["test"])))
    for name in args.sets.split(","):
        def xs(split: str) -> list[list[list[str]]]:
            return [features(s.text, lexicon[split][i] if "lexicon" in name else None,
                             rules[split][i] if "rules" in name else None)
                    for i, s in enumerate(splits[split])]

        dev_x, test_x = xs("dev"), xs("test")
        if args.folds > 1:
            predicted: list[list[str]] = [[] for _ in dev_x]
            for fold in range(args.folds):
                # contiguous blocks of the file (its sentences run in policy order), so that a policy's sentences
                # mostly stay on one side; alternating sentences would let a policy's wording score itself
                held = [i for i in range(len(dev_x)) if i * args.folds // len(dev_x) == fold]
                kept = [(dev_x[i], gold["dev"][i]) for i in range(len(dev_x)) if i * args.folds // len(dev_x) != fold]
                for i, tags in zip(held, train_and_tag(kept, [dev_x[i] for i in held])):
                    predicted[i] = tags
            print(line(f"CRF {name} (dev, {args.folds}-fold)", scores(gold["dev"], predicted)))
        tagged = train_and_tag(list(zip(dev_x, gold["dev"])), test_x)
        print(line(f"CRF {name} (test)", scores(gold["test"], tagged)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
