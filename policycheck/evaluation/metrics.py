"""Precision, recall and F1 over sets of items, with the errors kept for inspection."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Hashable


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    errors: list[tuple[str, Hashable]] = field(default_factory=list)  # ("FP"|"FN", item)

    def add(self, predicted: set, gold: set, keep_errors: bool = True) -> None:
        self.true_positives += len(predicted & gold)
        self.false_positives += len(predicted - gold)
        self.false_negatives += len(gold - predicted)
        if keep_errors:
            self.errors += [("FP", item) for item in sorted(predicted - gold, key=str)]
            self.errors += [("FN", item) for item in sorted(gold - predicted, key=str)]

    def merge(self, other: "Score") -> None:
        self.true_positives += other.true_positives
        self.false_positives += other.false_positives
        self.false_negatives += other.false_negatives
        self.errors += other.errors

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def n(self) -> int:
        """Number of gold items."""
        return self.true_positives + self.false_negatives

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "n": self.n, "tp": self.true_positives, "fp": self.false_positives, "fn": self.false_negatives}
