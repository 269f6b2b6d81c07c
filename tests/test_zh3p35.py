"""Chinese third-party data types: a sharing act listed as the last item before the demonstrative that sums a list up
is an activity the data records, no disclosure; a rule on what must stay out of the source repository is no denial of
sharing; "该个人数据" / "這項個人資料" point back to data named before and name none."""

from __future__ import annotations

from conftest import tuples


def test_a_sharing_act_ending_the_last_item_before_a_summing_demonstrative_is_an_item():
    text = "（1）页面访问、内容使用、社交互动关注分享这些您的使用行为信息，使用时长信息；"
    assert not any(t[2] == "share" for t in tuples(text))
    assert tuples("我们会收集您的页面访问、社交互动关注分享这些使用行为信息，使用时长信息。") == {
        (1, "usage", "collect", "first_party"), (1, "usage.history", "collect", "first_party")}


def test_a_sharing_verb_after_verbs_or_a_conjunction_still_shares():
    assert (1, "contact.phone", "share", "first_party") in tuples("我们会收集您的姓名、电话并共享这些信息。")
    assert (1, "contact.phone", "share", "first_party") in tuples("我们会收集您的手机号码，并与合作方共享这些信息。")


def test_what_must_not_be_committed_to_the_repository_is_no_denial():
    assert tuples("API Key、Cookie、转录稿、脚本、metadata、生成音频和不公开列出的 Feed URL 都不应提交到 Git。") == set()
    assert tuples("所有 token、SMTP 凭据、Webhook 和 Cloudflare API 凭据都应保存在本地配置或平台 secret 中，不应提交到仓库。") == set()


def test_a_denied_submission_to_a_party_stays_a_denial():
    assert tuples("我们不会将您的 Cookie 提交给第三方。") == {(1, "usage.cookies", "not_share", "first_party")}
    assert (1, "contact.phone", "collect", "first_party") in tuples("我们会收集您的手机号码。API Key 不应提交到 Git。")


def test_the_personal_data_pointed_back_to_names_no_data():
    assert tuples("HaveIbeenpwned 会留存该个人数据，以便持续扫描是否出现新的数据泄露事件。") == set()
    assert tuples("HaveIbeenpwned 會保留這項個人資料。") == set()
    assert tuples("我们会留存您的个人数据。") == {(1, "personal_info", "store", "first_party")}
