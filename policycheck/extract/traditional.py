"""Traditional-Chinese policies read through their simplified characters.

The Chinese stages (segmentation, cue and actor words, list and table shapes) are written for simplified text. A
document with Traditional characters is analysed as a copy whose characters are folded to simplified through
mappings/zh_t2s.yaml, one character for one, so every offset, line mark and span of the copy is that of the original;
the quoted words of the statements found (sentence, term, actor, recipient, verb, condition, stated purposes) are
then read back from the original text at the same place.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from ..records import Document, Extraction
from ..taxonomy.matcher import T2S


def simplified_copy(document: Document) -> Document | None:
    """`document` with Traditional characters folded to simplified, or None when it has none to fold."""
    changed = False
    blocks = []
    for block in document.blocks:
        text = block.text.translate(T2S)
        cells = None
        if block.cells is not None:
            cells = [replace(cell, text=cell.text.translate(T2S)) for cell in block.cells]
            changed = changed or any(c.text != o.text for c, o in zip(cells, block.cells))
        changed = changed or text != block.text
        blocks.append(replace(block, text=text, cells=cells))
    return replace(document, blocks=blocks) if changed else None


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
