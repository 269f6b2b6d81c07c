"""HAR captures: personal data by field name and by value, encoded and hashed identifiers, timestamps."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
from pathlib import Path

import pytest

from policycheck.behaviour import map_behaviour, read_behaviour
from policycheck.behaviour.har import read_har
from policycheck.errors import InputError

DATA = Path(__file__).resolve().parent / "data" / "behaviour"
IMEI = "490154203237518"


@pytest.fixture(scope="module")
def capture():
    return read_behaviour(str(DATA / "capture.har"))


def entry(capture, number: int):
    return next(o for o in capture.observations if o.source.startswith(f"capture.har entry {number} "))


def har(*requests: dict) -> dict:
    entries = [{"startedDateTime": "2024-01-01T00:00:00Z", "request": {"method": "POST", "headers": [], **r}}
               for r in requests]
    return {"log": {"version": "1.2", "entries": entries}}


def test_fields_by_name_and_by_value(capture):
    umeng = entry(capture, 1)
    assert umeng.host == umeng.name == "ulogs.umeng.com"
    assert umeng.fields == ["device_model", "imei", "mac", "oaid"]  # 'mc' holds a MAC: found by its value
    assert "body:header.mc (mac value)" in umeng.args
    assert umeng.timestamp == "2024-05-20T10:15:04.000+08:00"


def test_hashed_and_url_encoded_identifiers(capture):
    feed = entry(capture, 2)
    assert feed.fields == ["android_id", "imei", "latitude", "longitude"]
    assert "query:sign (md5 of a known imei)" in feed.args  # MD5 of the IMEI sent in entry 1
    assert "query:d.androidid" in feed.args  # URL-encoded JSON inside a query parameter
    tracker = entry(capture, 3)
    assert tracker.fields == ["android_id", "mac"]
    assert "header:X-Device-Token (sha256 of a known android_id)" in tracker.args
    assert "body:h (sha1 of a known mac)" in tracker.args  # upper case, colons removed, then SHA-1
    raw = entry(capture, 4)
    assert raw.fields == ["mac"] and raw.args == ["body (url-encoded of a known mac)"]


def test_pairs_placeholders_and_required_values(capture):
    lead = entry(capture, 6)
    assert lead.fields == ["email", "oaid", "phone"]  # X-OAID header; phone and e-mail by value
    assert not any("latitude" in f for f in lead.fields)  # latitude alone does not count
    assert "body:phone" not in lead.args  # 'phone': 'Pixel 7' is not a phone number


def test_requests_without_personal_data_are_counted_per_host(capture):
    quiet = [o for o in capture.observations if not o.fields]
    assert [(o.host, o.count) for o in quiet] == [("cdn.example-shop.com", 2)]
    result = map_behaviour(capture)
    assert result.unmapped == []
    assert {t for o in result.observations for t in o.data_types} >= {
        "device.id.imei", "device.id.ad_id", "device.id.mac", "device.id.android_id", "location.precise",
        "contact.phone", "contact.email"}


def test_known_values_are_matched_hashed_in_any_case():
    digest = hashlib.sha256(IMEI.encode()).hexdigest().upper()
    document = har({"url": f"https://t.example/p?x={digest}"})
    assert read_har(document, "t.har").observations[0].fields == []
    found = read_har(document, "t.har", known={"imei": {IMEI}}).observations[0]
    assert found.fields == ["imei"] and "sha256" in found.args[0]


def test_json_base64_gzip_and_nested_bodies():
    body = base64.b64encode(gzip.compress(json.dumps({"dev": {"imei": IMEI}}).encode())).decode()
    document = har({"url": "https://a.example/z", "postData": {"mimeType": "application/octet-stream",
                                                               "text": body, "encoding": "base64"}},
                   {"url": "https://b.example/z", "postData": {"mimeType": "application/json", "text": json.dumps(
                       {"data": json.dumps({"android_id": "3f2a9c0d41b7e865", "geo": {"lat": 1.5, "lon": 2.5}})})}},
                   {"url": "https://c.example/z?id=11010519491231002X&idfa=00000000-0000-0000-0000-000000000000"})
    first, second, third = read_har(document, "t.har").observations
    assert first.fields == ["imei"]
    assert second.fields == ["android_id", "latitude", "location", "longitude"]
    assert third.fields == [] and third.count == 1  # 'id' is ignored; a zeroed IDFA is a placeholder


def test_value_patterns_need_checksums():
    document = har({"url": "https://a.example/z?n=490154203237519&card=110105194912310021&d=13812345678"})
    assert read_har(document, "t.har").observations[0].fields == ["phone"]  # bad Luhn, bad ID check digit


@pytest.mark.parametrize("text, expected", [
    ('{"log": {"entries": [{"request": {"url": "https://a.example/"', "invalid or truncated JSON"),
    ('{"log": {"version": "1.2"}}', "no log.entries"),
    ('{"log": {"entries": [{"response": {}}]}}', "entry 1 has no request.url"),
])
def test_malformed_har_is_one_line_input_error(tmp_path, text, expected):
    path = tmp_path / "broken.har"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_behaviour(str(path))
    assert expected in str(caught.value) and "\n" not in str(caught.value)


def test_truncated_fixture(tmp_path):
    text = (DATA / "capture.har").read_text(encoding="utf-8")
    path = tmp_path / "cut.har"
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(InputError, match="truncated JSON"):
        read_behaviour(str(path))


def test_a_field_identified_by_its_name_is_not_reidentified_by_a_known_value():
    """An Android ID sent as `$device_id` to one host and as `androidid` to another is the Android ID in the second
    request, not also a generic device identifier (corpora/check/zh-map-tujing had an extra device.id flow)."""
    value = "9c2f41a7d03b6e58"
    document = har({"url": "https://sa.example/sa", "postData": {"mimeType": "application/json",
                                                                 "text": json.dumps({"$device_id": value})}},
                   {"url": "https://api.example/register", "postData": {"mimeType": "application/json",
                                                                        "text": json.dumps({"androidid": value})}},
                   {"url": "https://other.example/x", "postData": {"mimeType": "application/json",
                                                                   "text": json.dumps({"blob": value})}})
    first, second, third = read_har(document, "t.har").observations
    assert first.fields == ["device_id"]
    assert second.fields == ["android_id"]
    assert "device_id" in third.fields  # a value under an unknown name is still found as the known identifier
