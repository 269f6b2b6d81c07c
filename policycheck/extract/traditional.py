"""Traditional-Chinese policies read through their simplified characters.

The Chinese stages (segmentation, cue and actor words, list and table shapes) are written for simplified text. A
document with Traditional characters is analysed as a copy whose characters are folded to simplified through
mappings/zh_t2s.yaml, one character for one, so every offset, line mark and span of the copy is that of the original;
the quoted words of the statements found (sentence, term, actor, recipient, verb, condition, stated purposes) are
then read back from the original text at the same place.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache

from ..records import Document, Extraction
from ..taxonomy.loader import load_mapping
from ..taxonomy.matcher import T2S, fold


# a policy is written in Traditional characters when at least this share of its Chinese characters is folded (about a
# third in Traditional text; a simplified policy quoting a Traditional name or two stays far below)
TRADITIONAL_SHARE = 0.1


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, dict[str, str]] | None:
    """Taiwan / Hong Kong words and the mainland words they are read as (mappings/zh_tw_words.yaml); a shorter
    mainland word is followed by spaces up to the length of the Taiwan word ("使用者" is read as "用户 ", "许可权" as
    "权限 "), so the copy keeps every offset."""
    words = {str(k): str(v).ljust(len(str(k))) for k, v in
             ((load_mapping("zh_tw_words.yaml") or {}).get("words") or {}).items() if len(str(k)) >= len(str(v))}
    if not words:
        return None
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    # a data term written with these words ("裝置資料", "身分證字號") is read as written when its mainland reading is no
    # term: it is matched whole and left as it is
    terms = {fold(term) for term in _strings((load_mapping("terms/zh.yaml") or {}).get("terms"))}
    kept = {term: term for term in terms if pattern.search(term)
            and pattern.sub(lambda m: words[m.group(0)], term) not in terms}
    table = {**words, **_written_with_longer_words(terms, words), **kept}
    return re.compile("|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))), table


def _written_with_longer_words(terms: set[str], words: dict[str, str]) -> dict[str, str]:
    """Each data term as Taiwan / Hong Kong text writes it with a word longer than its mainland one ("使用者资讯" for
    用户信息), read as the term followed by the spaces it is short of ("用户信息  "): read word by word, the spaces after
    the shorter word would split the term ("用户 信息")."""
    inverse: dict[str, list[str]] = {}
    for taiwan, mainland in words.items():
        inverse.setdefault(mainland.strip(), []).append(taiwan)
    # the mainland words some Taiwan / Hong Kong word is longer than
    longer = {mainland for mainland, taiwans in inverse.items() if any(len(t) > len(mainland) for t in taiwans)}
    table: dict[str, str] = {}
    # two terms may be written the same way ("相簿许可权" for 相册权限 and for the kept Taiwan term 相簿权限): the term
    # with no Taiwan / Hong Kong word of its own reads it, whatever the order of the set
    for term in sorted(terms, key=lambda term: (any(taiwan in term for taiwan in words), term)):
        if not any(mainland in term for mainland in longer):
            continue
        variants = {term}
        for mainland, taiwans in sorted(inverse.items(), key=lambda item: -len(item[0])):
            if mainland in term:
                variants |= {variant.replace(mainland, taiwan) for variant in variants if mainland in variant
                             for taiwan in taiwans}
        for variant in variants:
            if len(variant) > len(term) and variant not in terms:
                table.setdefault(variant, term.ljust(len(variant)))
    return table


def _strings(data) -> list[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for value in data.values() for s in _strings(value)]
    if isinstance(data, list):
        return [s for value in data for s in _strings(value)]
    return []


def _chinese(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch >= "\U00020000")


def simplified_copy(document: Document) -> Document | None:
    """`document` with Traditional characters folded to simplified, or None when it has none to fold; in a policy
    written in Traditional characters, Taiwan / Hong Kong words are also read as their mainland words."""
    pieces = [block.text for block in document.blocks] + [c.text for b in document.blocks for c in b.cells or []]
    if all(text.translate(T2S) == text for text in pieces):
        return None  # nothing to fold (most policies), found at C speed before counting character by character
    folded = sum(1 for text in pieces for ch in text if ord(ch) in T2S)
    words = _words() if folded >= TRADITIONAL_SHARE * max(sum(_chinese(text) for text in pieces), 1) else None

    def simplified(text: str) -> str:
        text = text.translate(T2S)
        if words is not None:
            text = words[0].sub(lambda m: words[1][m.group(0)], text)
        return text

    blocks = []
    for block in document.blocks:
        cells = None if block.cells is None else [replace(cell, text=simplified(cell.text)) for cell in block.cells]
        blocks.append(replace(block, text=simplified(block.text), cells=cells))
    return replace(document, blocks=blocks)


class _Original:
    """Finds the original of a string of the folded copy: the same offsets in the original text."""

    def __init__(self, document: Document, folded: Document):
        originals, copies, self.starts, self.lines = [], [], [], []
        offset = 0
        for block, copy in zip(document.blocks, folded.blocks):
            pieces = [(block.text, copy.text)] + [(o.text, c.text) for o, c in zip(block.cells or [], copy.cells or [])]
            for original, text in pieces:
                self.starts.append(offset)
                self.lines.append(block.line)
                originals.append(original)
                copies.append(text)
                offset += len(text) + 1
        self.original, self.copy = "\n".join(originals), "\n".join(copies)
        # pieces in line order for the search hint (blocks are in document order, lines do not decrease)
        self.order = sorted(range(len(self.lines)), key=lambda i: (self.lines[i], i))
        self.sorted_lines = [self.lines[i] for i in self.order]

    def at(self, text: str | None, line: int | None = None, within: tuple[str, str] | None = None) -> str | None:
        if not text or text.isascii() or text.translate(T2S) != text:
            return text  # nothing folded in it (an English word, a taxonomy id) or not from the copy
        if within is not None and within[1]:
            index = within[1].find(text)
            if index >= 0:
                return within[0][index:index + len(text)]
        index = -1
        if line is not None:
            position = bisect_right(self.sorted_lines, line) - 1
            if position >= 0:
                index = self.copy.find(text, self.starts[self.order[position]])
        if index < 0:
            index = self.copy.find(text)
        return self.original[index:index + len(text)] if index >= 0 else text


def restore_original(extraction: Extraction, document: Document, folded: Document) -> Extraction:
    """`extraction` of the folded copy with the original document and the original characters of its quotes."""
    original = _Original(document, folded)
    for statement in extraction.statements:
        folded_text = statement.text
        statement.text = original.at(folded_text, statement.line)
        pair = (statement.text, folded_text)
        if statement.term and statement.start is not None \
                and folded_text[statement.start:statement.start + len(statement.term)] == statement.term:
            statement.term = statement.text[statement.start:statement.start + len(statement.term)]
        else:
            statement.term = original.at(statement.term, statement.line, pair)
        statement.actor_text = original.at(statement.actor_text, statement.line, pair)
        statement.recipient_text = original.at(statement.recipient_text, statement.line, pair)
        statement.condition = original.at(statement.condition, statement.line, pair)
        statement.verb = original.at(statement.verb, statement.line, pair)
    for purpose in extraction.purposes:
        purpose.text = original.at(purpose.text, purpose.line)
    extraction.document = document
    return extraction
