"""Chinese precision: anonymous statistics under a heading that says so, 应用 as the app, a practice put to a purpose
after 将, image paths, the Mac platform, the use information is put to, identity cards of a country or region,
aggregate usage information, identifiable data, a party's practice under its own privacy policy and described
safeguards state no practice of their own."""

from __future__ import annotations

from conftest import pairs, statements_of


def tuples_md(text: str) -> set[tuple]:
    """(line, data_type, action, actor) of a Markdown policy."""
    return {(s.line, s.data_type, s.action, s.actor) for s in statements_of(text, name="policy.md")}


ANONYMOUS_SECTION = """# 隐私政策

## 2. 我们处理的信息

### 2.1 匿名兼容性统计

在您明确同意本政策后，应用会向项目自建的统计服务发送环境快照，包含：

- 完整系统版本；
- 事件时间、调试版本标记、系统区域/语言、应用版本和设备型号。

### 2.2 设备信息

在您明确同意本政策后，我们会收集以下信息：

- 完整系统版本；
- 事件时间、调试版本标记、系统区域/语言、应用版本和设备型号。
"""


def test_items_under_an_anonymous_statistics_heading_state_no_practice():
    # GUIDELINES: anonymous usage statistics give none; the qualifier in the section's heading covers the list
    # (HyperIsland's "匿名兼容性统计" fields); the same list under a heading that names no such statistics keeps its
    # collection
    assert tuples_md(ANONYMOUS_SECTION) == {(16, "device.hardware", "collect", "first_party"),
                                            (17, "device.hardware", "collect", "first_party")}


def test_the_app_as_subject_is_no_verb_of_use():
    # "应用会向…发送": 应用 is the app, the clause's subject, and states no `use`
    assert pairs("应用会向服务器发送您的设备型号和系统版本。") == set()
    assert pairs("应用会收集您的设备型号和系统版本。") == {("device.hardware", "collect")}
    # 应用 as a verb stays a use
    assert pairs("我们会将您的个人信息应用于产品改进。") == {("personal_info", "use")}


def test_a_practice_named_between_jiang_and_yongyu_is_no_practice():
    # GUIDELINES: a denial of use alone stays unannotated; the scanning is what is not put to that use
    assert pairs("蓝牙权限：读取用户主动配置功能所需的蓝牙设备信息，不将蓝牙扫描用于定位；") == {("device.network", "collect")}
    assert pairs("我们不将蓝牙扫描用于定位。") == set()


def test_an_image_path_is_no_photo():
    assert pairs("我们会在设备本地读取用户设置、模块配置、图片路径。") == set()
    assert pairs("我们会在设备本地读取您的图片。") == {("media.photos", "collect")}


def test_mac_among_platforms_is_the_computer():
    assert pairs("Pocket 曾開發多種應用程式，以便搭配多種裝置及平台使用，包含但不限於 Windows、Mac、iPhone、iPad。") == set()
    assert pairs("我们会收集您的设备型号、Android ID、MAC。") == {
        ("device.hardware", "collect"), ("device.id.android_id", "collect"), ("device.id.mac", "collect")}


def test_the_use_information_is_put_to_is_no_usage_data():
    assert pairs("我們深知您十分擔憂隱私權問題。我們希望讓您瞭解我們收集的資訊類型，以及安裝 Pocket 應用程式、進入 Pocket 網站或"
                 "使用任何 Pocket 技術後這類資訊的使用情形。") == set()
    assert pairs("我们会收集您对产品的使用情况。") == {("usage", "collect")}


def test_the_country_of_an_identity_card_is_no_location():
    assert pairs("我們都絕對不會透過電子郵件要求您提供使用者名稱、密碼、信用卡資訊或國家／地區的身分證字號。") == {
        ("account.credentials", "not_collect"), ("financial.payment", "not_collect"),
        ("identity.id_number", "not_collect")}
    assert pairs("我们会收集您的姓名、国家、地区。") == {("identity.name", "collect"), ("location.coarse", "collect")}


def test_aggregate_non_personal_data_and_usage_information_shared_state_none():
    assert pairs("我們也會與第三方分享彙總的非個人資料及相關使用資訊。") == set()
    assert pairs("例如，我们可能会根据汇总的匿名用户数据的分析结果，与内容提供商共享文章列表。") == set()
    assert pairs("我們會與第三方分享您的使用資訊。") == {("usage", "share")}


def test_a_party_keeping_to_its_own_privacy_policy_states_no_practice():
    assert pairs("上述第三方提供商在使用个人信息的过程中将受到各方隐私政策的约束。") == set()
    assert pairs("上述第三方處理商使用個人資料時將遵守廠商各自的隱私權政策。") == set()
    assert pairs("我们会与第三方处理商共享您的个人信息。") == {("personal_info", "share")}


def test_identifiable_data_and_described_safeguards_state_no_practice():
    assert pairs("您的可辨識個資會同時受到線上及離線安全方法保護，包括防火牆、密碼實體限制保存您的個資地點之存取方式。") == set()
    assert pairs("我们会保存您的个人信息。") == {("personal_info", "store")}


def test_data_said_to_be_unrelated_is_no_object():
    assert pairs("安装标识在首次同意并上报时随机生成并保存在本地，与应用版本无关。") == set()
    assert pairs("安装标识保存在本地，与应用版本有关。") == {("device.hardware", "store")}
    # the data a denial names as unrelated stays under the denial's own reading
    assert pairs("我们不会收集与提供服务无关的个人信息。") == set()


def shown(text: str) -> set[tuple]:
    """(data_type, action, actor, recipient) of a one-sentence policy."""
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}


def test_data_shown_in_a_ranking_or_to_winners_is_shared_with_others():
    # GUIDELINES: making data visible to other users is `share` with `third_party`
    assert shown("c.当你授权游戏、小程序或其他功能或服务后，你和相互关注的好友的头像、昵称将会在排名及相关功能或服务中展示。") == {
        ("account.profile", "share", "first_party", "third_party")}
    assert shown("6.3.2 基于有奖活动中的披露：如在公布中奖活动名单时，我们会脱敏展示中奖者手机号或登录名；") == {
        ("contact.phone", "share", "first_party", "third_party"),
        ("account.credentials", "share", "first_party", "third_party")}
    # shown to the person, no audience: a use
    assert shown("我们会向您展示您的头像。") == {("account.profile", "use", "first_party", None)}


def test_a_guardians_right_to_refuse_states_no_practice():
    assert pairs("二、监护人收到上述通知后，可以明确拒绝按照《多益隐私政策》收集、存储、使用、转移、披露儿童个人信息，并要求我们删除。") == set()
    # a practice stated in the next clause stays
    assert pairs("监护人可以拒绝我们收集儿童的个人信息，我们会收集儿童的昵称。") == {("account.profile", "collect")}


def test_a_transfer_abroad_promised_only_if_needed_is_no_sharing():
    # GUIDELINES: a transfer abroad promised only for the case that one becomes needed gives no `share`
    assert shown("我们在中华人民共和国境内收集和产生的个人信息均存储在中华人民共和国境内。目前我们不存在向境外提供您的个人信息的场景。"
                 "如果我们因业务需求等特殊情况下，确需向中华人民共和国境外提供您的个人信息的，我们会向您告知出境的目的并事先取得您的单独同意。") == {
        ("personal_info", "store", "first_party", None),
        ("personal_info", "not_share", "first_party", "third_party")}
    assert shown("5.1您的个人信息将全部被存储于中华人民共和国境内。如需跨境存储或向境外提供您的个人信息的，我们会单独向您告知。") == {
        ("personal_info", "store", "first_party", None)}
    # a transfer abroad stated as such stays a sharing
    assert ("personal_info", "share", "first_party", "third_party") in shown("我们会将您的个人信息传输至境外的合作方。")


def test_a_retention_until_the_purposes_are_achieved_states_no_other_practice():
    assert pairs("2.若我们适用的法律对我们保存您的个人信息的期限有明确规定的，我们将遵守该等规定。法律没有明确规定的，我们将保存您的个人信息，"
                 "直至：（1）我们收集、使用、分享您个人信息的目的全部实现。") == {("personal_info", "store")}
