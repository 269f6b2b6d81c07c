"""Chinese: relative 用于 clauses with a short list, headings, display verbs and data terms."""

from __future__ import annotations

from conftest import pairs


def test_relative_used_for_clause_with_a_short_list_keeps_later_items():
    found = pairs("我们需要收集您提供的证明文件，包括学生证、职业证件或用于证明身份职业或技能、专长的其他文件及相关信息、"
                  "电子邮箱、性别。")
    assert {("contact.email", "collect"), ("identity.gender", "collect")} <= found
    # 用于 whose object is a list of purposes (no 的 closing it) still opens a purpose
    assert ("contact.email", "collect") not in pairs("我们会收集您的手机号码，或用于识别和预防洗钱、电子邮箱诈骗。")


def test_qualified_personal_information_and_named_terms():
    assert ("personal_info", "share") in pairs("我们会向合作的第三方提供您的特定必要信息。")
    found = pairs("你可以填写昵称、邮箱签名、头像，我们会收集该等信息。")
    assert ("content", "collect") in found and ("contact.email", "collect") not in found
    assert ("device.hardware", "collect") in pairs("我们会收集设备唯一标识码、SD卡容量、APP包名和版本及所属进程名。")
    found = pairs("我们会自动收集某些信息，这类信息包括 Internet 协议 (IP) 地址、浏览器类型和语言。")
    assert ("network.ip", "collect") in found and ("contact.address", "collect") not in found


def test_titles_numbered_with_a_space_or_closed_by_a_semicolon():
    from policycheck.ingest.blocks import looks_like_heading
    assert looks_like_heading("2 数据使用过程中涉及的合作方以及转移、公开个人信息", "zh")
    assert looks_like_heading("五、我们如何保存您的个人信息；", "zh")
    # a numbered sentence or item stays a sentence
    assert not looks_like_heading("5 依照本法规定在合理的范围内处理个人自行公开或者其他已经合法公开的个人信息；", "zh")
    assert not looks_like_heading("（一）我们如何保存您的个人信息；", "zh")
    assert not looks_like_heading("2 我们采取以下技术措施来保护您的个人信息：", "zh")
    assert pairs("1 我们如何收集个人信息\n2 数据使用过程中涉及的合作方以及转移、公开个人信息\n我们会收集您的手机号码。") == {
        ("contact.phone", "collect")}


def test_display_verb_after_a_long_place_phrase_takes_the_topic():
    found = pairs("你的关注列表，粉丝列表，将会在“汽水音乐”App的个人主页、及“抖音”App的个人主页-“我的汽水音乐”中公开展示。")
    assert ("social", "share") in found


def test_verb_before_suo_xu_names_what_the_data_is_needed_for():
    found = pairs("我们会收集您的认证所需信息，包括姓名、手机号码，身份证号码、电子邮箱。")
    assert {("identity.id_number", "collect"), ("contact.email", "collect")} <= found


def test_slash_joined_contact_alternatives_are_list_items():
    found = pairs("你可以填写昵称、职务/岗位、手机/固话/传真、地址或其他信息，我们会收集该等信息。")
    assert {("contact.phone", "collect"), ("contact", "collect"), ("contact.address", "collect"),
            ("identity.occupation", "collect")} <= found
    # outside a list of data, a landline or fax is the product or service
    assert pairs("我们为您提供传真服务。") == set()


def test_a_published_playlist_is_content():
    assert ("content", "share") in pairs("你公开发布的歌单将会在个人主页中公开展示。")
