"""Round (95) families (Chinese): data kept only in the browser or on the device, local-only denials ("无法远程访问",
"没有统计分析", "不传输", "从不接触…数据"), 位置 naming a storage place, an exported file's exclusions, and the gold slips
corrected after arrival."""

from __future__ import annotations

from conftest import assert_gold_has, gold_line_tuples


def test_gold_anonymous_device_identifier_is_the_oaid():
    # 匿名设备标识符 alone is the Chinese name of the OAID in the MSA identifier set: an advertising ID
    assert_gold_has("zh-r54-uniappx-sdk-guide", 6, "device.id.ad_id", "collect", actor="dcloud")
    assert ("device.id", "collect", "dcloud") not in gold_line_tuples("zh-r54-uniappx-sdk-guide", 6)


def test_gold_browser_fingerprint_is_a_device_id():
    assert_gold_has("zh-r54-dovecot-io", 7, "device.id", "not_collect")
    assert ("device", "not_collect", "first_party") not in gold_line_tuples("zh-r54-dovecot-io", 7)
