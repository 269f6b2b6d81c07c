"""The thirty-second gold consistency pass (Chinese dev files): introductions that state several actions, left by
goldcons30, give each of them to the items they introduce, up to a heading or line that starts something else; 储存 /
保存 in such an introduction gives `store` by `first_party` beside the `collect` and `use` of each item (GUIDELINES:
"An introduction that states several actions gives each of them to its items"; "We may collect, use, store and
transfer … → collect, use and store"); an item that states its own different practice keeps its own reading."""

from __future__ import annotations

from conftest import assert_gold_has
from conftest import gold_line_tuples as _tuples


def test_collect_store_and_use_introduction_gives_use_and_store_to_its_items():
    # zh-r26-shanyao-nuannuan 6 "会收集、储存和使用下列与您有关的信息" over section 一 (lines 7-24)
    assert_gold_has("zh-r26-shanyao-nuannuan", 8, "contact.phone", "collect", "use", "store")
    assert_gold_has("zh-r26-shanyao-nuannuan", 8, "device.id.mac", "collect", "use", "store")
    assert_gold_has("zh-r26-shanyao-nuannuan", 9, "identity.occupation", "collect", "use", "store")
    assert_gold_has("zh-r26-shanyao-nuannuan", 12, "personal_info", "collect", "use", "store")
    assert_gold_has("zh-r26-shanyao-nuannuan", 16, "clipboard", "collect", "use", "store")
    assert_gold_has("zh-r26-shanyao-nuannuan", 21, "location", "collect", "use", "store")
    assert_gold_has("zh-r26-shanyao-nuannuan", 23, "media.camera", "collect", "use", "store")
    assert_gold_has("zh-r26-shanyao-nuannuan", 24, "device.id.serial", "collect", "use", "store")
    # the third-party SDK paragraph after the items starts something else: no first-party tuple
    assert not {t for t in _tuples("zh-r26-shanyao-nuannuan", 25) if t[2] == "first_party"}
    # zh-r14-kfc 4 "我们可能会收集、保存和使用下列与您有关的信息" over section （一） (lines 5-30)
    assert_gold_has("zh-r14-kfc", 7, "account.credentials", "collect", "use", "store")
    assert_gold_has("zh-r14-kfc", 9, "contact.address", "collect", "use", "store")
    assert_gold_has("zh-r14-kfc", 11, "identity.id_number", "collect", "use", "store")
    assert_gold_has("zh-r14-kfc", 21, "contact.phone", "collect", "use", "store")
    assert_gold_has("zh-r14-kfc", 28, "device.id.ad_id", "collect", "use", "store")
    assert_gold_has("zh-r14-kfc", 30, "network.ip", "collect", "use", "store")


def test_items_stating_their_own_practice_keep_it():
    # zh-r14-kfc: the use of the order information and the retention of the search content stay as they are
    assert _tuples("zh-r14-kfc", 12) == {("financial.transactions", "use", "first_party")}
    assert _tuples("zh-r14-kfc", 23) == {("usage.history", "store", "first_party")}
    # section （二） has its own introduction (collect and use, no store)
    assert ("location", "store", "first_party") not in _tuples("zh-r14-kfc", 33)
    # zh-r24-xingtu 26 and 29: processing on the local client only, no collect
    assert not {t for t in _tuples("zh-r24-xingtu", 26) if t[1] == "collect"}
    assert _tuples("zh-r24-xingtu", 29) == {("media.photos", "use", "first_party")}


def test_collect_and_use_introductions_give_use_to_their_items():
    # zh-r23-buyu-daka 2 "我们需要/可能收集和使用您的下列个人信息" over the scenarios 1.1-1.5 (lines 6-23)
    assert_gold_has("zh-r23-buyu-daka", 7, "contact.phone", "collect", "use")
    assert_gold_has("zh-r23-buyu-daka", 11, "biometric.face", "collect", "use")
    assert_gold_has("zh-r23-buyu-daka", 15, "storage.files", "collect", "use")
    assert_gold_has("zh-r23-buyu-daka", 16, "device.id.mac", "collect", "use")
    assert_gold_has("zh-r23-buyu-daka", 18, "financial.transactions", "collect", "use")
    assert_gold_has("zh-r23-buyu-daka", 20, "contact.email", "collect", "use")
    # the introduction states no retention: no store added
    assert ("contact.phone", "store", "first_party") not in _tuples("zh-r23-buyu-daka", 7)
    # zh-r24-xingtu 24 "我们可能会收集并使用下列信息：" over section 1.4
    assert_gold_has("zh-r24-xingtu", 27, "media.photos", "collect", "use")
