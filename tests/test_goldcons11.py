"""The eleventh gold consistency pass: the same wording read alike across dev files."""

from __future__ import annotations

import pytest
from conftest import ROOT
from conftest import gold_line_tuples as _tuples

EVAL = ROOT / "corpora" / "eval"


def _guidelines() -> str:
    return (EVAL / "GUIDELINES.md").read_text(encoding="utf-8")


def test_data_the_vendor_provides_to_us_is_our_collect():
    # "這種資料會由我們的分析法廠商 Adjust 留存，並在您啟動 Focus 的時候提供給我們；這種資料也包括一組 Google 廣告識別碼、時間戳記、國家…"
    received = {"device.id.ad_id", "usage.logs", "location.coarse", "device.hardware"}
    tuples = _tuples("zh-r35-focus-tw", 23)
    assert {(t, "collect", "adjust") for t in received} <= tuples
    assert {(t, "collect", "first_party") for t in received} <= tuples
    # the Firefox Lite wording says only that the data is provided, to no one named: the vendor's collect alone
    assert not any(actor == "first_party" and action == "collect"
                   for _, action, actor in _tuples("zh-r-firefox-lite-tw", 33))
    assert "並在您啟動 Focus 的時候提供給我們" in _guidelines()
