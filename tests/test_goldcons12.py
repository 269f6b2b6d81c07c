"""The twelfth gold consistency pass: the same wording read alike across dev files."""

from __future__ import annotations

from conftest import gold_line_tuples as _tuples
from conftest import pairs, tuples


def test_a_possible_future_transfer_abroad_after_none_at_present_is_no_practice():
    # zh-r4-weibo 98-99: "目前，我们不会将您的个人信息…传输至境外。" / "如果今后的业务发生变更，我们可能需要将您的个人信息传输至
    # 其他国家或地区。" — no recipient and only a possibility (GUIDELINES, transfers abroad), as xuexitong 90 and ximalaya 128
    assert ("personal_info", "not_share", "first_party") in _tuples("zh-r4-weibo", 98)
    assert _tuples("zh-r4-weibo", 99) == set()
    assert tuples("如果今后的业务发生变更，我们可能需要将您的个人信息传输至其他国家或地区。这些国家或地区可能设有不同的数据保护法。\n") == set()
    assert pairs("如果需要将您的个人信息转移到境外，我们将另行获得您的授权同意。") == set()
    # a transfer that happens stays the actor's processing
    assert pairs("我们可能会将您的个人信息传输至其他国家或地区的服务器。") == {("personal_info", "use")}


def test_a_blanket_denial_of_collecting_any_data_names_bare_data():
    # "SmartScribe itself does not collect any data.", "The Firefox Better Web Add-on does not collect any data.",
    # "We do not collect any data from elementary OS.": bare data, no tuple (GUIDELINES: bare data gives none)
    for slug, line in [("en-r57-smartscribe-privacy", 9), ("en-r35-mozilla-better-web-privacy", 22),
                       ("en-r53-elementary-privacy", 9)]:
        assert not any(action == "not_collect" and data_type == "personal_info"
                       for data_type, action, _ in _tuples(slug, line)), (slug, line)
    # with the person named ("about you") the denial is of personal information
    assert ("personal_info", "not_collect", "first_party") in _tuples("en-r30-ricochlime-game", 7)


def test_wechat_and_qq_numbers_among_contact_methods_are_account_identifiers():
    # "保存您的联系方式（您使用的或主动提供的手机号码、微信号、QQ号或其他联系方式）": the QQ and WeChat numbers identify the
    # user's accounts on those services (account.credentials), beside contact and contact.phone, in every file
    for slug, line in [("zh-r21-xinyue-club", 20), ("zh-r32-tencent-qqxuanwu", 21)]:
        tuples = _tuples(slug, line)
        assert {("contact", "store", "first_party"), ("contact.phone", "store", "first_party"),
                ("account.credentials", "store", "first_party")} <= tuples, (slug, line)
