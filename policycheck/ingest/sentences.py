"""Splitting blocks into sentences, each with its input line and section path.

Chinese sentences end at 。！？ (and at ； when a sentence grows very long); English sentences end at . ! ? followed
by a capital, digit or quote, except after common abbreviations. Table rows are one sentence each. Every sentence
carries the heading path it sits under, which extraction uses as context.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..records import Block, Document, Sentence
from .language import URL

MAX_SENTENCE_CHARS = 1500

_ZH_END = re.compile(r"[。！？!?]+[”’」』）)]*|(?<=[；;])")
_EN_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9•])|(?<=[。！？])")
# "etc." is no abbreviation here: closing a list before a capital it ends the sentence ("Session data includes page
# title, URL, access date, etc. Session data is never sent to an external server"); before a lower-case word it
# ends none, the terminator needing a capital after it.
_ABBREVIATIONS = {
    "e.g.", "i.e.", "inc.", "ltd.", "co.", "corp.", "llc.", "u.s.", "u.k.", "no.", "nos.", "mr.", "ms.", "mrs.",
    "dr.", "st.", "vs.", "approx.", "cf.", "fig.", "sec.", "art.", "para.", "jr.", "sr.", "dept.", "p.o.", "a.m.", "p.m.",
}


def _zh_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    # "…?locale=en_US" inside a web address ends no sentence
    urls = [(u.start(), u.end()) for u in URL.finditer(text)] if "://" in text or "www." in text else []
    for match in re.finditer(r"[。！？!?]+[”’」』）)]*", text):
        end = match.end()
        if any(a <= match.start() < b for a, b in urls):
            continue
        yield start, end
        start = end
    if start < len(text):
        yield start, len(text)


_EN_TERMINATOR = re.compile(r"(?<![.!?。！？])[.!?。！？]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9•]|\s*$)")


# A semicolon before a pronoun subject joins two independent clauses ("… are sent to Sentry; they do not include your
# IP address"): each is a sentence of its own, so that one clause's negation or subject does not reach the other.
_EN_CLAUSE_SEMICOLON = re.compile(r";(?=\s+(?:they|we|it|this|these|those|such data|you|he|she)\s)")


def _en_spans(text: str) -> Iterator[tuple[int, int]]:
    for start, end in _en_sentence_spans(text):
        for cut in _EN_CLAUSE_SEMICOLON.finditer(text, start, end):
            yield start, cut.end()
            start = cut.end()
            while start < end and text[start] == " ":
                start += 1
        yield start, end


def _en_sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    # A match starts only at the start of a run of terminators: the same matches, but a run of 50000 dots (leader
    # dots, ASCII art) is tried once instead of from each of its dots (37 s, quadratic).
    for match in _EN_TERMINATOR.finditer(text):
        end = match.end()
        # an abbreviation opening a bracket or quote ends no sentence either ("(Art. 6(1)(f) GDPR)", "(e.g. email)")
        word = text[max(start, text.rfind(" ", start, end - 1) + 1):end].lower().lstrip("([{\"'“‘")
        if word in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.){1,3}", word):
            continue
        # nor one joined by a hyphen to the word before ("the EU-U.S. Data Privacy Framework", "non-U.S. residents")
        if re.fullmatch(r"[a-z]+-(?:[a-z]\.){2,3}", word):
            continue
        if re.fullmatch(r"\d{1,2}\.", word) and end - start <= 4:
            continue  # list numbering "1."
        yield start, end
        start = end
        while start < len(text) and text[start] == " ":
            start += 1
    if start < len(text):
        yield start, len(text)


def _bounded(text: str, spans: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Split over-long sentences at semicolons, then at commas, then hard, so no sentence exceeds the limit."""
    for start, end in spans:
        while end - start > MAX_SENTENCE_CHARS:
            window = text[start:start + MAX_SENTENCE_CHARS]
            cut = max(window.rfind("；"), window.rfind(";"))
            if cut < MAX_SENTENCE_CHARS // 3:
                cut = max(window.rfind("，"), window.rfind(","), window.rfind(" "))
            if cut < MAX_SENTENCE_CHARS // 3:
                cut = MAX_SENTENCE_CHARS - 1
            yield start, start + cut + 1
            start = start + cut + 1
        if text[start:end].strip():
            yield start, end


# A line of a Chinese paragraph that opens with a short label and a colon ("权限功能说明：…", "使用场景：…") is a
# field of a record written one field a line (a permission or an SDK described over several lines): the line break
# before it ends the sentence, as its own line would, so that what one field says is not read onto another's line.
_ZH_LINE_LABEL = re.compile(r"[^\s，。；：:、,（）()]{2,12}[：:]")


def _zh_line_cuts(block: Block, spans: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    cuts = [offset for offset, _ in block.line_marks[1:]
            if offset > 0 and block.text[offset - 1] not in "。！？!?；;" and _ZH_LINE_LABEL.match(block.text, offset)]
    if not cuts:
        yield from spans
        return
    for start, end in spans:
        for cut in cuts:
            if start < cut < end:
                yield start, cut
                start = cut
        yield start, end


def block_sentences(block: Block) -> Iterator[tuple[int, str]]:
    """(offset, text) of each sentence of a block."""
    if block.kind in ("table_row", "heading"):
        yield 0, block.text
        return
    if block.language == "zh":
        spans = _zh_spans(block.text)
        if len(block.line_marks) > 1:
            spans = _zh_line_cuts(block, spans)
    else:
        spans = _en_spans(block.text)
    for start, end in _bounded(block.text, spans):
        piece = block.text[start:end]
        stripped = piece.strip()
        if stripped:
            yield start + (len(piece) - len(piece.lstrip())), stripped


def sentences(document: Document) -> list[Sentence]:
    """All sentences of a document, in order, with lines and section paths."""
    result: list[Sentence] = []
    path: list[tuple[int, str]] = []  # (level, heading text)
    for index, block in enumerate(document.blocks):
        if block.kind == "heading":
            level = block.level or 3
            while path and path[-1][0] >= level:
                path.pop()
            section = tuple(text for _, text in path)
            path.append((level, block.text))
            result.append(Sentence(block.text, block.line, block.language, index, 0, section, "heading"))
            continue
        section = tuple(text for _, text in path)
        for offset, text in block_sentences(block):
            result.append(Sentence(text, block.line_at(offset), block.language, index, offset, section, block.kind))
    return result


def count_sentences(document: Document, stop_after: int | None = None) -> int:
    """The number of sentences `sentences(document)` gives, counted lazily: stops once over `stop_after`."""
    total = 0
    for block in document.blocks:
        if block.kind == "heading":
            total += 1
        else:
            for _ in block_sentences(block):
                total += 1
                if stop_after is not None and total > stop_after:
                    return total
        if stop_after is not None and total > stop_after:
            return total
    return total
