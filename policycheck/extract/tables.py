"""Tables of a document as header and body rows, for the readers that decide a whole table by its header
(cookie tables, sharing tables)."""

from __future__ import annotations

import re
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


# the label of a column naming who receives a row's data ("接收方", "数据接收方", "信息接收者")
RECIPIENT_COLUMN = re.compile(r"^\W*(?:数据|信息)?(?:接收方|接收者|接收主体)\W*$")
# the service's own words for itself in such a cell
OWN_WORDS = {"我们", "我方", "本公司", "本应用", "本平台", "本产品"}


def own_recipient_rows(document: Document, own_names: tuple[str, ...] | list[str] = ()) -> set[int]:
    """The body rows of a table whose recipient column ("传感器类型 | 中文名 | 应用场景 | 接收方") names the service
    itself ("| TYPE_STEP_COUNTER | 计步传感器 | … | Keep |" in the policy of the Keep app): the row's data goes to no
    other party, whatever sharing heading the table stands under. The service is named by its own words (我们,
    本应用), a name the policy uses for itself, or the name the policy gives its app ("Keep App", "Keep客户端")."""
    found: set[int] = set()
    text = None
    own = {name.lower() for name in own_names}
    for header, body in tables(document):
        cells = document.blocks[header].cells or []
        column = next((i for i, cell in enumerate(cells) if RECIPIENT_COLUMN.match(cell.text)), None)
        if column is None:
            continue
        for row in body:
            row_cells = document.blocks[row].cells or []
            name = row_cells[column].text.strip() if column < len(row_cells) else ""
            if not name:
                continue
            if text is None:
                text = "\n".join(block.text for block in document.blocks)
            if (name in OWN_WORDS or name.lower() in own
                    or re.search(re.escape(name) + r"\s*(?:App|APP|app|客户端|应用程序)", text) is not None):
                found.add(row)
    return found
