"""The thirtieth gold consistency pass (Chinese dev files): an introduction that states several actions gives each
of them to its items whatever its punctuation ("我们会按照如下方式收集和使用…"); a display to other users is `share` with
`third_party` and adds no first-party `collect` of its own; a pronoun (其) taking up data named earlier names no data
for the share it is the object of; information qualified only by whom it is about, when that is someone other than the
user, gives no tuple (GUIDELINES: "An introduction that states several actions", "Making data visible to other
users", "pronoun", "whom it is about when that is someone other than the user")."""

from __future__ import annotations

from conftest import assert_gold_has
from conftest import gold_line_tuples as _tuples


def test_introduction_collecting_and_using_as_follows_gives_use_to_its_items():
    # zh-r30-yizu-jueqi 4 "我们会按照如下方式收集和使用您…的信息" over items 1-11, as the held-out zh-r-tencent-meeting 2
    assert_gold_has("zh-r30-yizu-jueqi", 5, "contact.phone", "collect", "use")
    assert_gold_has("zh-r30-yizu-jueqi", 7, "device.id.imei", "collect", "use")
    assert_gold_has("zh-r30-yizu-jueqi", 8, "usage.logs", "collect", "use")
    assert_gold_has("zh-r30-yizu-jueqi", 13, "location", "collect", "use")
    assert_gold_has("zh-r30-yizu-jueqi", 16, "financial.payment", "collect", "use")
    assert_gold_has("zh-r-tencent-meeting", 4, "contact.phone", "collect", "use", split="test")
    # the SDK entry under its own sub-introduction takes no first-party use
    assert not {t for t in _tuples("zh-r30-yizu-jueqi", 22) if t[2] == "first_party"}
