"""Public benchmarks, read from ../shared/reference/corpora at evaluation time (their licences forbid copying them).

CA4P-483 (Zhao et al., EMNLP 2022): character-level BIOS tags over Chinese policy sentences. Its `data` spans are
data phrases in any practice context. We score the data phrases of our extracted statements against them, by
character (precision/recall of characters inside data spans) and by span overlap (a gold span is found when one
of our phrases overlaps it; one of our phrases is right when it overlaps a gold span). Exact-span scores are
reported too, and the two metrics of the CA4P-483 paper's baselines: exact spans read back from a BIES tag sequence,
and the mean of the per-character B/I/E-data tag scores. CA4P-483 tags each item of an enumeration as its own span,
while our statements keep one phrase per data type and sentence, so only the first item of a type is scored.

PI-Extract (Bui et al., PETS 2021): English sentences whose data phrases are tagged COLLECT (first party collects
or uses), SHARE (a third party receives), NOT_COLLECT, NOT_SHARE. Our statements map onto these labels by
polarity and by who ends up with the data; scoring is by span overlap per label and overall.
"""

from __future__ import annotations

from bisect import bisect_right

import re

from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..extract import get_extractor
from ..ingest import parse_policy
from ..records import FIRST_PARTY, Statement
from .metrics import Score

CA4P_FILES = {"dev": "train_dev_test/dev.char.bios", "test": "train_dev_test/test.char.bios"}
PIEXTRACT_LABELS = {"CollectUse_true": "COLLECT", "CollectUse_false": "NOT_COLLECT", "Share_true": "SHARE",
                    "Share_false": "NOT_SHARE"}


@dataclass
class Sentence:
    text: str
    spans: list[tuple[int, int, str]]  # (start, end, label) in characters


def _bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans = []
    start = label = None
    for index, tag in enumerate(tags + ["O"]):
        prefix, _, name = tag.partition("-")
        if label is not None and (prefix in ("O", "B", "S") or name != label):
            spans.append((start, index, label))
            start = label = None
        if prefix in ("B", "S") or (prefix in ("I", "E") and label is None and name):
            start, label = index, name
        if prefix in ("S", "E") and label is not None:
            spans.append((start, index + 1, label))
            start = label = None
    return spans


def read_ca4p(path: Path) -> list[Sentence]:
    sentences = []
    chars: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if chars:
                sentences.append(Sentence("".join(chars), [s for s in _bio_spans(tags) if s[2] == "data"]))
            chars, tags = [], []
            continue
        parts = line.split("\t") if "\t" in line else line.split(" ")
        chars.append(parts[0] if parts[0] else " ")
        tags.append(parts[-1].strip() if len(parts) > 1 else "O")
    return sentences


def read_piextract(folder: Path, split: str = "validation") -> list[Sentence]:
    """The four label files carry the same tokens; merge their tags into one list of labelled spans."""
    merged: list[Sentence] = []
    for directory, label in PIEXTRACT_LABELS.items():
        path = folder / directory / f"{split}.conll03"
        tokens: list[str] = []
        tags: list[str] = []
        index = 0
        for line in path.read_text(encoding="utf-8").splitlines() + [""]:
            if line.startswith("-DOCSTART-"):
                continue
            if not line.strip():
                if tokens:
                    text, offsets = _join(tokens)
                    spans = [(offsets[s][0], offsets[e - 1][1], label) for s, e, _ in _bio_spans(tags)]
                    if index == len(merged):
                        merged.append(Sentence(text, []))
                    merged[index].spans += spans
                    index += 1
                tokens, tags = [], []
                continue
            parts = line.split(" ")
            tokens.append(parts[0])
            tags.append(parts[-1])
    return merged


def _join(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    text = ""
    offsets = []
    for token in tokens:
        # "e - mail" was one word before tokenisation: hyphens join their neighbours again
        if text and not (token in ",.;:!?)%'-" or token.startswith("'") or text.endswith(("(", "-"))):
            text += " "
        offsets.append((len(text), len(text) + len(token)))
        text += token
    return text, offsets


def _statements_of(text: str, lang: str, fmt: str) -> list[Statement]:
    """Our statements for a benchmark text, read as `fmt` in language `lang` (the corpora give the language)."""
    if not text.strip():
        return []
    try:
        document = parse_policy(text, "benchmark." + ("html" if fmt == "html" else "txt"), fmt=fmt)
    except InputError:  # only spaces or markup
        return []
    for block in document.blocks:
        block.language = lang
    document.language = lang
    return get_extractor().extract(document).statements


def _predicted(sentences: list[Sentence], lang: str, fmt: str = "text") -> list[list[Statement]]:
    return [_statements_of(sentence.text, lang, fmt) for sentence in sentences]


def _term_spans(text: str, statements: list[Statement]) -> list[tuple[int, int, Statement]]:
    spans = []
    for statement in statements:
        start = statement.start if statement.start is not None else text.find(statement.term)
        if start is None or start < 0 or not statement.term:
            continue
        spans.append((start, start + len(statement.term), statement))
    return spans


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def evaluate_ca4p(reference: Path, split: str = "test") -> dict[str, dict]:
    sentences = read_ca4p(reference / "corpora" / "zh-ca4p483" / CA4P_FILES[split])
    predictions = _predicted(sentences, "zh")
    chars, overlap, exact = Score(), Score(), Score()
    found_gold = predicted_total = predicted_right = 0
    gold_total = 0
    for sentence, statements in zip(sentences, predictions):
        predicted = {(s, e) for s, e, _ in _term_spans(sentence.text, statements)}
        gold = {(s, e) for s, e, _ in sentence.spans}
        exact.add(predicted, gold, keep_errors=False)
        chars.add({i for s, e in predicted for i in range(s, e)}, {i for s, e in gold for i in range(s, e)},
                  keep_errors=False)
        gold_total += len(gold)
        found_gold += sum(1 for g in gold if any(_overlap(g, p) for p in predicted))
        predicted_total += len(predicted)
        predicted_right += sum(1 for p in predicted if any(_overlap(p, g) for g in gold))
    overlap.true_positives = found_gold
    overlap.false_negatives = gold_total - found_gold
    overlap.false_positives = predicted_total - predicted_right
    precision = predicted_right / predicted_total if predicted_total else 1.0
    recall = found_gold / gold_total if gold_total else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    tagged = [_tags(len(sentence.text), [(s, e) for s, e, _ in _term_spans(sentence.text, statements)])
              for sentence, statements in zip(sentences, predictions)]
    gold_tags = [_tags(len(sentence.text), [(s, e) for s, e, _ in sentence.spans]) for sentence in sentences]
    return {
        "sentences": len(sentences),
        "char": chars.as_dict(),
        "span_overlap": {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                         "n": gold_total},
        "span_exact": exact.as_dict(),
        "span_exact_tagged": tagged_span_score(gold_tags, tagged),
        "tag_bie_average": tag_average_score(gold_tags, tagged),
    }


def _tags(length: int, spans: list[tuple[int, int]]) -> list[str]:
    """The BIES tag sequence a character tagger would output for these data phrases. A tagger cannot mark
    overlapping phrases, so where ours overlap the longer one (then the earlier one) is kept."""
    tags = ["O"] * length
    for start, end in sorted(set(spans), key=lambda span: (span[0] - span[1], span[0])):
        if start < 0 or end > length or start >= end or any(tag != "O" for tag in tags[start:end]):
            continue
        if end - start == 1:
            tags[start] = "S-data"
        else:
            tags[start:end] = ["B-data"] + ["I-data"] * (end - start - 2) + ["E-data"]
    return tags


def tagged_span_score(gold: list[list[str]], predicted: list[list[str]]) -> dict:
    """Entity-level scoring as the CA4P-483 span baselines are scored (conlleval, fastNLP SpanFPreRecMetric): each
    sentence's tags are read back into phrases, and a phrase counts only when its start and end both match."""
    score = Score()
    for gold_tags, predicted_tags in zip(gold, predicted):
        score.add({(s, e) for s, e, _ in _bio_spans(predicted_tags)}, {(s, e) for s, e, _ in _bio_spans(gold_tags)},
                  keep_errors=False)
    return score.as_dict()


def tag_average_score(gold: list[list[str]], predicted: list[list[str]]) -> dict:
    """Character-level scoring as the CA4P-483 HMM, CRF, BiLSTM and BiLSTM-CRF baselines are scored: precision,
    recall and F1 of each of the B-, I- and E-data tags on its own, then their unweighted mean. Those baselines read
    B/M/E files without single-character tags, so S-data (a handful of one-character phrases) is listed but left out
    of the mean."""
    counts: dict[str, list[int]] = {}  # tag -> [right, predicted, gold]
    for gold_tags, predicted_tags in zip(gold, predicted):
        for gold_tag, predicted_tag in zip(gold_tags, predicted_tags):
            for tag in {gold_tag, predicted_tag} - {"O"}:
                right, predicted_count, gold_count = counts.setdefault(tag, [0, 0, 0])
                counts[tag] = [right + (gold_tag == predicted_tag), predicted_count + (predicted_tag == tag),
                               gold_count + (gold_tag == tag)]
    per_tag = {}
    for tag, (right, predicted_count, gold_count) in sorted(counts.items()):
        if not gold_count:
            continue
        precision = right / predicted_count if predicted_count else 0.0
        recall = right / gold_count
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_tag[tag] = (precision, recall, f1, gold_count)
    averaged = [values for tag, values in per_tag.items() if not tag.startswith("S-")]
    mean = [sum(values[i] for values in averaged) / len(averaged) if averaged else 0.0 for i in range(3)]
    return {"precision": round(mean[0], 4), "recall": round(mean[1], 4), "f1": round(mean[2], 4),
            "n": sum(values[3] for values in averaged),
            "tags": {tag: {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "n": n}
                     for tag, (p, r, f, n) in per_tag.items()}}


# A gold phrase that is only a generic word: PI-Extract tags it, our guidelines do not (corpora/eval/GUIDELINES.md).
GENERIC_PHRASE = re.compile(r"^(?:(?:the|this|that|these|those|such|any|all|some|certain|other|your|our|its|their|"
                            r"more|additional|same|similar)\s+)*(?:information|data|info)$", re.I)


def _piextract_label(statement: Statement) -> str:
    third = statement.entity != FIRST_PARTY
    if statement.polarity == "-":
        return "NOT_SHARE" if third else "NOT_COLLECT"
    return "SHARE" if third else "COLLECT"


def evaluate_piextract(reference: Path, split: str = "validation") -> dict[str, dict]:
    sentences = read_piextract(reference / "corpora" / "en-piextract" / "dataset", split)
    predictions = _predicted(sentences, "en")
    per_label: dict[str, list[int]] = {label: [0, 0, 0, 0] for label in PIEXTRACT_LABELS.values()}
    any_label = [0, 0, 0, 0]  # found gold, gold, right predicted, predicted
    mapped = [0, 0, 0, 0]  # the same, without gold spans that are only a generic word ("the information")
    for sentence, statements in zip(sentences, predictions):
        predicted = [(s, e, _piextract_label(st)) for s, e, st in _term_spans(sentence.text, statements)]
        specific = [g for g in sentence.spans if not GENERIC_PHRASE.match(sentence.text[g[0]:g[1]])]
        for label, counts in list(per_label.items()) + [("*", any_label), ("mapped", mapped)]:
            if label == "mapped":
                gold = specific
            else:
                gold = [g for g in sentence.spans if label in ("*", g[2])]
            mine = [p for p in predicted if label in ("*", "mapped", p[2])]
            if label == "mapped":  # a phrase found where only a generic word is tagged is neither right nor wrong
                generic = [g for g in sentence.spans if g not in specific]
                mine = [p for p in mine if any(_overlap(p[:2], g[:2]) for g in gold)
                        or not any(_overlap(p[:2], g[:2]) for g in generic)]
            counts[0] += sum(1 for g in gold if any(_overlap(g[:2], p[:2]) and (label != "*" or True) for p in mine))
            counts[1] += len(gold)
            counts[2] += sum(1 for p in mine if any(_overlap(p[:2], g[:2]) for g in gold))
            counts[3] += len(mine)

    def scores(counts: list[int]) -> dict:
        recall = counts[0] / counts[1] if counts[1] else 1.0
        precision = counts[2] / counts[3] if counts[3] else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "n": counts[1]}

    result = {label.lower(): scores(counts) for label, counts in per_label.items()}
    result["data_phrase"] = scores(any_label)
    result["data_phrase_mapped"] = scores(mapped)
    result["sentences"] = len(sentences)
    return result


# OPP-115 (Wilson et al., ACL 2016) personal-information types, and the first of our data types (longest prefix
# first) that falls under each. Types with no OPP-115 counterpart (biometrics, media, messages…) map to nothing.
OPP115_TYPES = {
    "personal_info": "Generic personal information", "identity.name": "Contact", "identity.id_number":
    "Personal identifier", "identity.criminal_record": None, "identity": "Demographic", "contact": "Contact",
    "account": "User profile", "content": "User profile", "financial": "Financial", "health": "Health",
    "location": "Location", "device.id": "IP address and device IDs", "network.ip": "IP address and device IDs",
    "device": "Computer information", "social.contacts": None, "social": "Social media data",
    "usage.cookies": "Cookies and tracking elements", "usage": "User online activities",
}
OPP115_PRACTICES = {"First Party Collection/Use": "first", "Third Party Sharing/Collection": "third"}


def opp115_type(data_type: str) -> str | None:
    """The OPP-115 personal-information type of one of our data types, or None."""
    for prefix in sorted(OPP115_TYPES, key=len, reverse=True):
        if data_type == prefix or data_type.startswith(prefix + "."):
            return OPP115_TYPES[prefix]
    return None


def read_opp115(folder: Path) -> list[tuple[str, list[str], dict[tuple, int]]]:
    """(policy, segments, gold) per policy. Gold maps each (segment, practice, polarity, type) that an annotator
    labelled to the number of annotators who did (OPP-115 has three per policy)."""
    import csv
    import json

    policies = []
    for labels in sorted((folder / "consolidation" / "threshold-0.75-overlap-similarity").glob("*.csv")):
        html = folder / "sanitized_policies" / (labels.stem + ".html")
        if not html.is_file():
            continue
        segments = html.read_text(encoding="utf-8").split("|||")
        votes: dict[tuple, set[str]] = {}
        with labels.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                practice = OPP115_PRACTICES.get(row[5])
                if practice is None:
                    continue
                attributes = json.loads(row[6])
                kind = attributes.get("Personal Information Type", {}).get("value", "")
                kind = "User profile" if kind == "User Profile" else kind
                if kind not in OPP115_TYPES.values():
                    continue  # Unspecified, Other, Survey data
                polarity = "-" if attributes.get("Does/Does Not", {}).get("value") == "Does Not" else "+"
                votes.setdefault((int(row[4]), practice, polarity, kind), set()).add(row[1])
        policies.append((labels.stem, segments, {key: len(names) for key, names in votes.items()}))
    return policies


def _opp115_practice(statement: Statement) -> str:
    return "third" if statement.action in ("share", "not_share") or statement.entity != FIRST_PARTY else "first"


def _predicted_in_context(texts: list[str]) -> list[list[Statement]]:
    """Our statements per segment when the whole policy is extracted at once, so that a segment can take its
    practice from the list introduction or heading in the segment before it. Each segment is wrapped in its own
    block and statements are mapped back to segments by their line."""
    starts, lines, parts = [], 1, []
    for text in texts:
        starts.append(lines)
        part = f"<div>{text}</div>\n"
        parts.append(part)
        lines += part.count("\n")
    result: list[list[Statement]] = [[] for _ in texts]
    for statement in _statements_of("".join(parts), "en", "html"):
        result[bisect_right(starts, statement.line) - 1].append(statement)
    return result


def evaluate_opp115(reference: Path, in_context: bool = False) -> dict[str, dict]:
    """Segment-level scores on OPP-115: a gold (segment, polarity, type) is found when one of our statements in
    that segment has the polarity and a data type under that type; per practice, the actor must match too. Gold is
    read twice: what any annotator labelled, and what at least two of the three agreed on. Segments are extracted
    one by one, or with `in_context` each policy as a whole (its segments in order)."""
    policies = read_opp115(reference / "corpora" / "en-opp115")
    if in_context:
        predictions = iter([found for _, texts, _ in policies for found in _predicted_in_context(texts)])
    else:
        predictions = iter([_statements_of(text, "en", "html") for _, texts, _ in policies for text in texts])
    scores = {name: Score() for name in ("any", "majority", "any_first_party", "any_third_party")}
    for _, texts, votes in policies:
        predicted = set()
        for index in range(len(texts)):
            for statement in next(predictions):
                kind = opp115_type(statement.data_type)
                if kind is not None:
                    predicted.add((index, _opp115_practice(statement), statement.polarity, kind))
        anyone = set(votes)
        majority = {key for key, count in votes.items() if count >= 2}
        scores["any"].add({(i, p, k) for i, _, p, k in predicted}, {(i, p, k) for i, _, p, k in anyone}, False)
        scores["majority"].add({(i, p, k) for i, _, p, k in predicted}, {(i, p, k) for i, _, p, k in majority}, False)
        for practice in ("first", "third"):
            scores[f"any_{practice}_party"].add({x for x in predicted if x[1] == practice},
                                                {g for g in anyone if g[1] == practice}, False)
    result: dict = {name: score.as_dict() for name, score in scores.items()}
    result["policies"], result["segments"] = len(policies), sum(len(texts) for _, texts, _ in policies)
    return result


def reference_dir(explicit: str | None = None) -> Path | None:
    """../shared/reference next to the checkout (or $POLICYCHECK_REFERENCE), when present."""
    import os

    from ..resources import PACKAGE_DIR

    candidates = [Path(explicit)] if explicit else []
    if os.environ.get("POLICYCHECK_REFERENCE"):
        candidates.append(Path(os.environ["POLICYCHECK_REFERENCE"]))
    candidates += [PACKAGE_DIR.parent.parent / "shared" / "reference", Path.cwd().parent / "shared" / "reference"]
    for candidate in candidates:
        if (candidate / "corpora").is_dir():
            return candidate
    return None
