"""Identical policy lines whose gold statements differ between files: the input of a gold consistency pass.

Templates recur across policies (one publisher's games, one platform's apps, GOV.UK notices), so the same sentence is
often annotated in several gold files; where the statements differ, at least one file breaks the guidelines or the
guidelines leave the case open. Lines are compared after list markers and spaces are stripped and Latin letters
lower-cased; short lines (headings, labels) are left out, and so are lines whose meaning depends on their context
as much as the differences do (the caller reads each group with its documents)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .corpus import GoldDocument

LIST_MARKS = re.compile(r"^[\s\-*•·●▪\d.)）(（、一二三四五六七八九十]+")
MIN_CHARACTERS = 25  # shorter lines are headings and labels, which say little on their own


@dataclass
class DuplicatePlace:
    """One file's copy of the line and the statements it has beyond those every copy shares."""

    policy: str
    line: int
    split: str
    extra: list[tuple[str, str, str, str | None]]  # (data_type, action, actor, recipient)


@dataclass
class DuplicateGroup:
    text: str
    language: str
    places: list[DuplicatePlace]


def _key(line: str) -> str:
    return re.sub(r"\s+", " ", LIST_MARKS.sub("", line)).strip().lower()


def inconsistent_duplicates(documents: list[GoldDocument]) -> list[DuplicateGroup]:
    """The groups of identical lines (in two or more places) whose gold statements are not the same everywhere."""
    places: dict[tuple[str, str], list[tuple[GoldDocument, int, frozenset]]] = defaultdict(list)
    for document in documents:
        try:
            lines = document.policy_path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            continue  # a policy kept elsewhere or unreadable has no lines to compare
        by_line: dict[int, set] = defaultdict(set)
        for s in document.statements:
            by_line[s.line].add((s.data_type, s.action, s.actor, s.recipient))
        for number, line in enumerate(lines, start=1):
            key = _key(line)
            if len(key) >= MIN_CHARACTERS:
                places[(document.language, key)].append((document, number, frozenset(by_line.get(number, ()))))
    groups = []
    for (language, key), found in places.items():
        if len(found) < 2 or len({tuples for _, _, tuples in found}) < 2:
            continue
        shared = frozenset.intersection(*(tuples for _, _, tuples in found))
        groups.append(DuplicateGroup(
            text=key, language=language,
            places=[DuplicatePlace(document.slug, number, document.split,
                                   sorted(tuples - shared, key=lambda t: tuple(str(x) for x in t)))
                    for document, number, tuples in found]))
    return sorted(groups, key=lambda g: (g.language, g.places[0].policy, g.places[0].line))


def duplicates_listing(groups: list[DuplicateGroup]) -> str:
    """The groups as text: the line, then each place with the statements only it has."""
    if not groups:
        return "no identical lines annotated differently"
    out = [f"{len(groups)} identical lines annotated differently"]
    for group in groups:
        out.append(f"\n[{group.language}] {group.text[:160]}")
        for place in group.places:
            extra = "; ".join(" ".join(x for x in t if x) for t in place.extra) or "-"
            out.append(f"  {place.policy}:{place.line} ({place.split}) only here: {extra}")
    return "\n".join(out)
