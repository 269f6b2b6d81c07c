"""Tables of a document as header and body rows, for the readers that decide a whole table by its header
(cookie tables, sharing tables)."""

from __future__ import annotations

from collections.abc import Iterator

from ..records import Document


def tables(document: Document) -> Iterator[tuple[int, list[int]]]:
    """Each table as (header block index, body block indices). A table starts at a header row or at the first row of
    a run of rows; its header decides for the rows under it."""
    header: int | None = None
    body: list[int] = []
    for index, block in enumerate(document.blocks):
        starts = block.kind == "table_row" and (block.header or header is None)
        if header is not None and (block.kind != "table_row" or starts):
            yield header, body
            header, body = None, []
        if block.kind != "table_row":
            continue
        if starts:
            header = index
        else:
            body.append(index)
    if header is not None:
        yield header, body
