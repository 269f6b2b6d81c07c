"""Traditional Chinese notices: 年紀 (colloquial for 年齡) is the person's age, 大頭照 (a head shot) the avatar of a profile,
and 收到 with a term of the person's account right after it ("我們會在您提出後收到使用者名稱和大頭照資料") is a receipt, a
collection, as "收到您的…" is; a message or e-mail the person is sent is no such receipt."""

from __future__ import annotations

from conftest import markdown_policy_tuples, pairs


def test_the_persons_age_written_nianji_is_age():
    assert pairs("您可以選擇提供您的腔調、年紀、性別等資料。") == {("identity.age", "collect"), ("identity.gender", "collect")}
    assert pairs("我们会收集您的年纪和性别。") == {("identity.age", "collect"), ("identity.gender", "collect")}


def test_a_head_shot_is_the_profile_avatar():
    assert pairs("我們會收集您的大頭照。") == {("account.profile", "collect")}


def test_account_terms_received_right_after_the_verb_are_collected():
    assert pairs("我們會在您提出後收到使用者名稱和大頭照資料。") == {
        ("account.credentials", "collect"), ("account.profile", "collect")}
    found = markdown_policy_tuples("* **帳戶資料.** 如果您決定建立帳戶，需到此處建立 Mozilla 帳戶。我們會在您提出後收到使用者名稱和"
                                   "大頭照資料。")
    assert (3, "account.credentials", "collect", "first_party") in found
    assert (3, "account.profile", "collect", "first_party") in found


def test_messages_the_person_receives_are_no_receipt_of_data():
    assert not pairs("如果您不希望收到電子郵件，可以隨時取消訂閱。")
    assert not pairs("您可能會收到短信通知。")
    assert not pairs("我们收到您提出的请求后会尽快处理。")


def test_the_address_and_title_of_pages_read_are_browsing_history():
    assert pairs("我們也會收集您閱覽的 Common Voice 頁面網址與標題。") == {("usage.history", "collect")}
    assert pairs("我们会收集您造访的网页网址和标题。") == {("usage.history", "collect")}
    # a full address the person visits, with no page, stays as it was
    assert pairs("我们还会收集您访问的 Common Voice 页面的 URL 和标题。") == {("usage.history", "collect")}


def test_the_persons_region_is_approximate_location_and_its_borders_are_no_location():
    assert pairs("我們也會收集您的地區以及您瀏覽器的語言設計等資訊，以便確定您可以看到合適的內容。") == {
        ("location.coarse", "collect")}
    assert not any(t.startswith("location") for t, _ in pairs("我们可能在您的地区以外的服务器上存储您的信息。"))


def test_a_bold_label_after_a_list_number_is_a_run_in_label_over_the_items_it_names():
    found = markdown_policy_tuples("我们收集以下信息：\n\n1. **账号信息**：注册时提供的邮箱、密码（加密存储）、昵称；用于登录与身份识别。")
    assert {(t, a) for _, t, a, _ in found} == {
        ("contact.email", "collect"), ("account.credentials", "collect"), ("account.profile", "collect")}
    found = markdown_policy_tuples("我们收集以下信息：\n\n4. **设备信息**：应用版本、系统版本、崩溃日志（用于问题定位）。")
    assert ("device", "collect") not in {(t, a) for _, t, a, _ in found}
    assert ("device.hardware", "collect") in {(t, a) for _, t, a, _ in found}


def test_a_numbered_item_keeps_its_number_before_the_label():
    from policycheck.ingest import parse_policy

    block = parse_policy("# A\n\n1. **账号信息**：注册时提供的邮箱。\n", "p.md").blocks[1]
    assert block.text.startswith("1. 账号信息：")
    assert block.text[:block.label_end] == "1. 账号信息："
    english = parse_policy("# A\n\n1. **Account**: your email.\n", "p.md").blocks[1]
    assert english.label_end == 0
