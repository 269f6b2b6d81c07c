"""The thirty-fifth gold consistency pass (English and Chinese dev files): lines worded alike in different files made
to agree with the guidelines. Staff named as the subject of their access to named data states their `use`, while the
service's own access is `collect`; a mode without an account in which the service does not ask for data is the
not-needed denial; device-local retention periods give no `store`; ad clicks and conversions among behaviour data are
`usage` with no `usage.history`; 前述信息 resuming only the user's actions of an occasion clause gives no tuple."""

from __future__ import annotations

from conftest import assert_gold_has
from conftest import gold_line_tuples as _tuples


def test_staff_as_the_subject_of_their_access_states_their_use():
    # "Only designated staff members requiring access to the emails to respond, may view, or answer them."
    assert_gold_has("en-r54-nih-gov-privacy", 5, "communication.messages", "collect", "use")
    # "Only the NIH managers who send newsletters … have access to the subscriber lists." beside the collection and
    # "GovDelivery never allows access to the subscriber lists to anyone outside of NIH"
    assert_gold_has("en-r54-nih-gov-privacy", 106, "contact.email", "collect", "use")
    assert_gold_has("en-r54-nih-gov-privacy", 106, "contact.email", "not_share", actor="third_party")
    # as "only staff who need access to player data to do their jobs can see it"
    assert_gold_has("en-w6-kids-game", 123, "personal_info", "use")


def test_the_services_own_access_is_collect():
    # "As administrators of the forum, we have access to usage information …, such as posts published and read"
    tuples = _tuples("en-r10-rust-crates-io", 39)
    assert {("usage", "collect", "first_party"), ("usage.history", "collect", "first_party")} <= tuples
    assert not any(action == "use" for _, action, _ in tuples)
    # "We access your data only with your permission and if it is necessary to support your use of …"
    assert _tuples("en-r72-app-insights-data-collection", 58) == {("personal_info", "collect", "first_party")}
    # as "We may access your shots when reasonably necessary" and "We only access your health data when …"
    assert_gold_has("en-r37-firefox-screenshots", 6, "media.photos", "collect")
    assert_gold_has("en-r15-vytallink-health-relay", 10, "health", "collect")


def test_a_mode_without_an_account_that_asks_for_nothing_is_the_not_needed_denial():
    # "In anonymous mode we do not ask for your name, email address or phone number."
    for data_type in ("identity.name", "contact.email", "contact.phone"):
        assert_gold_has("en-w4-cycle-tracker", 14, data_type, "not_collect")
    # "if you don't create an account, we won't collect any personal data about you"
    assert_gold_has("en-r72-freecodecamp-privacy", 9, "personal_info", "not_collect")


def test_device_local_retention_periods_give_no_store():
    # "Cycle data on your phone: until you delete it or delete the app." beside the backed-up data's period
    assert _tuples("en-w4-cycle-tracker", 112) == set()
    assert_gold_has("en-w4-cycle-tracker", 113, "health", "store")
    # bitchat's "Data Retention Summary" of data kept on the devices
    for line in range(114, 120):
        assert _tuples("en-r11-bitchat-mesh", line) == set(), line
    # "Data collected via Email and Google Drive services … are stored on Google's GSuite servers": bare data
    assert _tuples("en-r18-hack-quarantine", 45) == set()


def test_ad_clicks_and_conversions_among_behaviour_data_are_usage():
    # "行为数据（包括广告点击、转化情况、网络日志）" -> usage and usage.logs, no usage.history
    tuples = _tuples("zh-r10-soul", 39)
    assert {("usage", "use", "first_party"), ("usage.logs", "use", "first_party")} <= tuples
    assert ("usage.history", "use", "first_party") not in tuples
    # as "广告曝光、浏览、点击、播放以及广告转化数据"
    assert _tuples("zh-r20-kugou-music", 86) >= {("usage", "share", "first_party")}
    assert not any(data_type == "usage.history" for data_type, _, _ in _tuples("zh-r20-kugou-music", 86))
    # clicks in a list of behaviours: usage, beside usage.history for searching, sharing and saving
    for slug, line in [("zh-r12-qingyan-camera", 25), ("zh-r24-xingtu", 40)]:
        assert {("usage", "collect", "first_party"), ("usage.history", "collect", "first_party")} <= _tuples(slug, line)


def test_a_demonstrative_resuming_the_users_actions_gives_no_tuple():
    # "当你关注或分享帐号、或进行浏览、评论、收藏、搜索、点赞或分享时，我们会收集你前述信息"
    assert _tuples("zh-r25-xigua-shipin", 41) == set()
    # "我们会收集你关注的帐号和前述信息" -> social only
    for slug, line in [("zh-r12-qingyan-camera", 32), ("zh-r24-xingtu", 36)]:
        assert _tuples(slug, line) == {("social", "collect", "first_party")}
