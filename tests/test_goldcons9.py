"""The ninth gold consistency pass: template wordings read alike across dev files."""

from __future__ import annotations

import pytest
from conftest import ROOT
from conftest import dev_gold_statements as _statements
from conftest import gold_line_tuples as _tuples

EVAL = ROOT / "corpora" / "eval"


IDENTIFIERS = {"identity.name", "contact.email", "contact.address", "contact.phone"}


@pytest.mark.parametrize(("slug", "line"), [("en-r48-cms-gov-privacy", 177), ("en-r54-nih-gov-privacy", 52),
                                            ("en-r53-weather-gov-privacy", 41)])
def test_record_system_search_keys_give_no_tuple(slug, line):
    # "a record system designed to retrieve information about you by personal identifier (name, ...)"
    assert not {t for t in _tuples(slug, line) if t[0] in IDENTIFIERS}


def test_cms_record_system_keeps_its_storage():
    assert _tuples("en-r48-cms-gov-privacy", 177) == {("personal_info", "store", "first_party")}


@pytest.mark.parametrize(("slug", "line"), [("en-r44-headless-recorder-privacy", 6), ("en-r16-maid-ai-app", 62),
                                            ("en-r17-ghwatch-github-notifications", 41)])
def test_consent_to_processing_of_your_information_is_use(slug, line):
    # the definition of "Processing" after it adds no collect / store / share
    assert _tuples(slug, line) == {("personal_info", "use", "first_party")}


def test_bare_sensitive_information_names_no_type():
    assert ("personal_info", "not_collect", "first_party") not in _tuples("en-r41-thunderbird-pro-services", 52)
    assert _tuples("en-r41-thunderbird-pro-services", 52) == {("account.credentials", "collect", "first_party"),
                                                              ("account.credentials", "store", "first_party")}
    assert _tuples("en-r29-metabrainz", 17) == {("usage.cookies", "use", "first_party")}


def test_catalogued_email_provider_takes_its_company_id():
    recipients = {s.get("recipient") for s in _statements("en-r20-firefox-monitor")
                  if s["line"] == 25 and s["action"] == "share"}
    assert recipients == {"salesforce", "amazon"}


def test_vendor_keeping_with_no_period_is_its_collect_only():
    tuples = _tuples("zh-r-firefox-lite-tw", 33)
    assert {t for t in tuples if t[1] == "store"} == set()
    assert {("device.id.ad_id", "collect", "third_party"), ("usage.logs", "collect", "third_party"),
            ("usage.history", "use", "first_party")} <= tuples


@pytest.mark.parametrize(("slug", "line"), [("en-r53-weather-gov-privacy", 47), ("en-r51-usa-gov-privacy", 34)])
def test_destruction_by_records_schedule_gives_none(slug, line):
    assert _tuples(slug, line) == set()


@pytest.mark.parametrize(("slug", "line"), [("en-r53-gitfund-privacy", 269), ("en-r53-gitfund-privacy", 273),
                                            ("en-r9-read-the-docs", 35), ("en-r40-dev-community-privacy", 11)])
def test_lines_left_as_they_were(slug, line):
    # data "we hold about you" in a request, and bare information introducing a list: no tuple
    assert _tuples(slug, line) == set()


def test_guidelines_write_the_readings_down():
    text = (EVAL / "GUIDELINES.md").read_text(encoding="utf-8")
    for phrase in ("the identifiers a record system is searched or\n  retrieved by are its keys",
                   "consenting to our Processing of your information",
                   "\"sensitive information\" / \"sensitive data\" without \"personal\"",
                   "這種資料會由我們的分析法廠商保存",
                   "records schedule or retention rules the line names",
                   "a copy of the Personal\n  Data that we hold about you"):
        assert phrase in text, phrase
