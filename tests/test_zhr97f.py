"""Round (97) families (Chinese): Markdown headings written without a space after the hashes, list items that are the
person's relative clause on their data ("1. 您访问网站的 IP 地址；"), the date and time of a visit and whether a link is
clicked, the use of a website as usage, a heading of what is never uploaded ("## 永不上传"), a hash named a fingerprint,
and the gold slips corrected after arrival."""

from __future__ import annotations

from conftest import assert_gold_has, markdown_policy_tuples, tuples

from policycheck.ingest import parse_policy


def test_gold_consent_and_use_of_your_information_is_personal_info():
    assert_gold_has("zh-r55-flowci", 4, "personal_info", "use")
    assert_gold_has("zh-r55-flowci", 16, "personal_info", "use")


def test_hashes_without_a_space_open_a_chinese_heading():
    document = parse_policy("#隐私政策\n\n##用户文件\n\n##COOKIE\n\n#hashtag 不是标题\n", "policy.md")
    kinds = [(block.kind, block.text) for block in document.blocks]
    assert kinds[:3] == [("heading", "隐私政策"), ("heading", "用户文件"), ("heading", "COOKIE")]
    assert kinds[3][1].startswith("#hashtag")  # no Markdown heading: the hash stays in the text
    # a heading names no practice of its own
    assert markdown_policy_tuples("##用户文件\n\n##COOKIE") == set()


def test_item_that_is_the_persons_relative_clause_takes_its_lists_collection():
    found = markdown_policy_tuples("收集的信息包括以下内容：\n\n1. 您访问网站的 IP 地址；\n\n"
                                   "2. 您用于访问我们网站的浏览器、操作系统类型；\n\n3. 您在我们网站上使用的搜索词。")
    assert (5, "network.ip", "collect", "first_party") in found
    assert (7, "device.hardware", "collect", "first_party") in found
    assert (9, "usage.history", "collect", "first_party") in found
    # the person's visit or use is no use by us
    assert not any(t[2] == "use" for t in found)
    # the person's providing keeps the collection it states under a sharing introduction
    shared = markdown_policy_tuples("我们会与合作伙伴共享以下信息：\n\n1. 您填写的手机号码；")
    assert (5, "contact.phone", "collect", "first_party") in shared


def test_date_and_time_of_a_visit_and_clicks_on_a_link():
    assert tuples("我们会收集您访问我们网站的日期和时间。\n") == {(1, "usage.logs", "collect", "first_party")}
    assert tuples("我们会记录您是否点击我们网站上的某个文件下载链接。\n") == {(1, "usage", "collect", "first_party")}


def test_information_about_the_use_of_the_website_is_usage():
    found = tuples("我们使用服务器访问日志收集您使用本网站的信息。\n")
    assert (1, "usage", "collect", "first_party") in found


def test_heading_of_what_is_never_uploaded_denies_its_items():
    found = markdown_policy_tuples("## 永不上传\n\n- 完整文件路径、仓库 remote 或文件内容；\n\n- Provider 凭据、Cookie 或环境变量 dump；")
    assert (5, "storage.files", "not_collect", "first_party") in found
    assert (7, "account.credentials", "not_collect", "first_party") in found
    assert (7, "usage.cookies", "not_collect", "first_party") in found
    assert not any(t[2] != "not_collect" for t in found)


def test_irreversible_fingerprint_is_a_hash_not_a_finger():
    assert tuples("同步 checkpoint 与配置的社区目标和设备凭据的不可逆指纹绑定。\n") == set()
    assert tuples("我们会收集您的指纹信息。\n") == {(1, "biometric.fingerprint", "collect", "first_party")}
    assert tuples("我们会保存您的设备凭据。\n") == {(1, "account.credentials", "store", "first_party")}


def test_persons_computer_or_browser_keeping_data_is_no_retention_by_us():
    assert tuples("App 和配对电脑会保存运行所需的凭据、加密材料、本地设置和 cache。\n") == set()
    assert tuples("您的浏览器会保存您的账号凭据和设置。\n") == set()
    assert tuples("我们会保存您的账号凭据。\n") == {(1, "account.credentials", "store", "first_party")}
