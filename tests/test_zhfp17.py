"""Chinese first-party false positives (zhfp17). The person's consent to a disclosure or display named after it
("您知晓并同意我们…将您填写的收件信息…共享至…", "您同意您的个人信息可以向…公开", "在您没有主动或同意交换的情况下，不会展示
给其他用户") is no provision (`collect`) of the data, nor a denial of one: the data named after the consent takes the
disclosure's `share` (or its denial). A title line made of information and its practices as nouns states no practice;
a Chinese line under a numbered Markdown title is a block of its own; the country the person is in, named as a border
("您所在国家/地区以外的服务器"), is no location."""

from __future__ import annotations

from conftest import pairs


def test_consent_to_a_disclosure_is_no_collection_but_the_disclosure():
    assert pairs("为保障您交易的商品能够及时送达，您知晓并同意我们或平台用户将您填写的收件信息（包括收件人姓名、联系电话、"
                 "收件地址）共享至前述物流服务提供方。") == {
        ("identity.name", "share"), ("contact.phone", "share"), ("contact.address", "share")}
    assert pairs("在您使用我们的服务的时候，您同意您的个人信息可以向班级里的老师、其他家长以及班级中的学生公开。") == {
        ("personal_info", "share")}


def test_consent_to_a_display_denied_is_the_denied_display():
    assert pairs("您的个人信息（包括手机号码、微信号）在您没有主动或同意交换的情况下，不会展示给其他用户。") == {
        ("personal_info", "not_share"), ("contact.phone", "not_share"), ("account.credentials", "not_share")}


def test_the_disclosure_consented_keeps_its_share():
    assert pairs("您同意我们将您的手机号码提供给快递公司。") == {("contact.phone", "share")}
    assert pairs("经您同意后，我们会向合作方共享您的手机号码。") == {("contact.phone", "share")}


def test_consent_to_a_processing_or_collection_keeps_its_reading():
    assert ("personal_info", "collect") in pairs("您同意您的敏感个人信息按本《隐私政策》所述的目的和方式来处理。")
    assert ("financial.transactions", "collect") in pairs(
        "您同意我们可自您选择的支付方式所对应的支付机构处收集与支付账号、支付进度相关的信息。")


def test_a_title_of_information_and_its_practices_as_nouns_states_no_practice():
    # GUIDELINES: headings give no tuple themselves; a title line not set as a heading is read as one
    assert not pairs("个人信息存储和超期处理方式：")
    assert not pairs("5. 信息存储与国际传输")
    assert not pairs("3. 信息共享与披露")
    # a sentence stating the practice keeps it, also after a run-in title
    assert pairs("我们会将您的个人信息存储在中国境内。") == {("personal_info", "store")}
    assert pairs("信息存储地点：我们会将您的个人信息存储于境内。") == {("personal_info", "store")}


def test_a_chinese_line_under_a_numbered_title_is_a_block_of_its_own():
    # one paragraph per line (GUIDELINES: Lines): the sentence keeps its own line, not the title's
    from conftest import tuples

    found = tuples("# 隐私政策\n\n5. 信息存储与国际传输\n我们可能在您所在国家/地区以外的服务器上处理和存储您的信息。\n"
                   "6. 您的权利与选择\n", name="policy.md")
    assert found == {(4, "personal_info", "use", "first_party"), (4, "personal_info", "store", "first_party")}


def test_the_country_the_person_is_in_named_as_a_border_is_no_location():
    assert pairs("我们可能在您所在国家/地区以外的服务器上处理和存储您的信息。") == {
        ("personal_info", "use"), ("personal_info", "store")}
    assert pairs("我们会收集您的所在国家。") == {("location.coarse", "collect")}
