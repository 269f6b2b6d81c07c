"""Spreadsheets of the hook tools: legacy `.xls` (BIFF, read with xlrd) and `.xlsx` (read with openpyxl).

Both come back as {sheet name: rows}, each row a list of cell texts; dates typed by a person in Excel come back
as ISO 8601 strings.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from .common import ZipLimits, fail, one_line, open_zip, require

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_ROWS = 2_000_000
MAX_XLSX_EXPANDED = 1024**3

Sheets = dict[str, list[list[str]]]


def read_workbook(data: bytes, source: str) -> Sheets:
    if data.startswith(OLE2_MAGIC):
        return _read_xls(data, source)
    return _read_xlsx(data, source)


def _read_xls(data: bytes, source: str) -> Sheets:
    xlrd = require("xlrd", "xlrd", source, "reading .xls workbooks")
    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=io.StringIO())
        sheets: Sheets = {}
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            rows = []
            for row in range(min(sheet.nrows, MAX_ROWS)):
                rows.append([_xls_cell(sheet.cell(row, col), book.datemode) for col in range(sheet.ncols)])
            sheets[sheet.name] = rows
            book.unload_sheet(index)
        return sheets
    except Exception as exc:  # xlrd raises many types (XLRDError, CompDocError, struct.error, IndexError…)
        raise fail(source, f"corrupt or unreadable .xls workbook ({type(exc).__name__}: {one_line(exc, 80)})") from None


def _xls_cell(cell: Any, datemode: int) -> str:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, datemode).isoformat()
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return str(cell.value)
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        value = cell.value
        return str(int(value)) if float(value).is_integer() else str(value)
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    return str(cell.value)


def _read_xlsx(data: bytes, source: str) -> Sheets:
    # refuse zip bombs and path tricks before openpyxl sees the bytes; a workbook never needs gigabytes
    archive = open_zip(data, source, ZipLimits(max_entries=10_000, max_total_uncompressed=MAX_XLSX_EXPANDED))
    if "xl/workbook.xml" not in archive.namelist():
        raise fail(source, "zip archive is not an .xlsx workbook")
    openpyxl = require("openpyxl", "openpyxl", source, "reading .xlsx workbooks")
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheets: Sheets = {}
        for sheet in book.worksheets:
            rows = []
            for row in sheet.iter_rows(values_only=True):
                rows.append([_xlsx_cell(value) for value in row])
                if len(rows) >= MAX_ROWS:
                    break
            sheets[sheet.title] = rows
        book.close()
        return sheets
    except Exception as exc:  # openpyxl raises KeyError, ValueError, XML errors… on broken files
        reason = f"{type(exc).__name__}: {one_line(exc, 80)}"
        raise fail(source, f"corrupt or unreadable .xlsx workbook ({reason})") from None


def _xlsx_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def header_index(header: list[str], *names: str) -> int | None:
    """The column whose header starts with one of `names` (headers carry suffixes such as '(倒序排序)')."""
    for index, cell in enumerate(header):
        text = cell.strip()
        if any(text.startswith(name) for name in names):
            return index
    return None
