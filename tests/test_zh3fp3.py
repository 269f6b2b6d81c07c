"""Chinese third-party precision: the party a source phrase names (also in the parenthesis after it) is where the
data comes from, not who collects it; a run-in label over a list introduction names its topic, not the practice."""

from __future__ import annotations

from conftest import statements_of, tuples


def practices(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_example_of_the_source_in_parentheses_is_no_collector():
    # "需向…技术服务提供方（例如：支付宝小程序技术服务提供方）获取": we obtain the data from the provider Alipay exemplifies
    assert practices("我们需向小程序开发者及技术服务提供方（例如：支付宝小程序技术服务提供方）获取您的设备信息、日志信息。") == {
        ("device", "collect", "first_party"), ("usage.logs", "collect", "first_party")}


def test_other_source_in_parentheses_is_no_collector():
    assert practices("我们经过您的授权会从运营商（或通过运营商授权的服务商）获取您的手机号码。") == {
        ("contact.phone", "collect", "first_party")}


def test_party_in_parentheses_of_a_subject_still_collects():
    assert practices("支付宝（例如：支付宝SDK）会收集您的设备信息。") == {("device", "collect", "alipay")}


SDK_SECTION = """# 隐私政策

### 三、第三方SDK与个人信息收集
3.2 **收集范围**：我们可能收集的个人信息包括但不限于：
*   **设备信息**：手机型号、手机品牌、磁盘空间占用大小。
*   **网络信息**：网络类型（如Wi-Fi、4G/5G）、个人IP地址 。
"""


def test_run_in_label_over_our_list_introduction_adds_no_sdk_collection():
    # the label 收集范围 under an SDK heading: the items are what we collect, as the introduction says
    found = {t for t in tuples(SDK_SECTION, name="policy.md") if t[0] in (5, 6)}
    assert found == {(5, "device.hardware", "collect", "first_party"), (5, "storage", "collect", "first_party"),
                     (6, "device.network", "collect", "first_party"), (6, "network.ip", "collect", "first_party")}


def test_label_alone_over_an_introduction_without_subject_keeps_the_section_actor():
    text = SDK_SECTION.replace("我们可能收集的个人信息包括但不限于", "可能收集的个人信息包括")
    assert (5, "device.hardware", "collect", "third_party") in tuples(text, name="policy.md")


def shares(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text) if s.action == "share"}


def test_transfer_to_named_countries_is_processing_not_a_share():
    # GUIDELINES: a transfer abroad that names no recipient, only countries or computers there, is `use`
    assert practices("我们会将从您处收集的个人信息传输到新加坡和香港特区，并在此对信息进行存储或处理。") >= {
        ("personal_info", "use", "first_party")}
    assert shares("我们会将从您处收集的个人信息传输到新加坡和香港特区，并在此对信息进行存储或处理。") == set()
    assert practices("因此，您的資訊可能會傳輸到這些位在其他國家／地區的電腦。") == {("personal_info", "use", "first_party")}


def test_transfer_to_a_party_in_a_named_country_stays_a_share():
    assert shares("我们会将您的个人信息传输到美国的合作伙伴。") == {
        ("personal_info", "share", "first_party", "third_party")}


def test_safeguard_over_recipients_abroad_is_no_share():
    assert statements_of("我们将采取必要措施，保障境外接收方处理个人信息的活动达到中国法律规定的个人信息保护标准。") == []
    assert shares("我们会向境外接收方提供您的个人信息。") == {("personal_info", "share", "first_party", "third_party")}


def test_operator_named_in_the_scope_sentence_is_our_own_name():
    # "本隱私權公告適用對象為由 Mozilla 發佈…的 Firefox": what is sent to Mozilla reaches us
    doc = ("Firefox 隱私權公告\n本隱私權公告適用對象為由 Mozilla 發佈，最新一般釋出版本的 Firefox。\n"
           "附加元件管理員中的搜尋字串將會傳送到 Mozilla，以便為您提供建議使用的附加元件。\n")
    assert {(s.data_type, s.action, s.actor) for s in statements_of(doc) if s.line == 3} == {
        ("usage.history", "collect", "first_party")}


def test_persons_of_our_own_name_provide_to_us():
    # "Mozilla 工作、實習申請人必須提供姓名": the applicants, not Mozilla, are the subject of the provision
    doc = ("Acme 隐私政策\n本隐私政策适用于由 Acme 营运的网站。\n"
           "Acme 工作、实习申请人必须提供姓名、电话号码。\n")
    assert {(s.data_type, s.action, s.actor) for s in statements_of(doc) if s.line == 3} == {
        ("identity.name", "collect", "first_party"), ("contact.phone", "collect", "first_party")}


def test_what_the_persons_public_information_may_contain_is_collected_not_shared():
    # GUIDELINES: personal information a caution says the user's own posts may contain → collect by first_party,
    # the caution adding no share
    assert practices("请注意，您主动公开的个人信息可能包含您的个人身份信息、个人财产信息等敏感信息。") >= {
        ("identity", "collect", "first_party"), ("financial", "collect", "first_party")}
    assert not {(d, a) for d, a, _ in practices(
        "请注意，您主动公开的个人信息可能包含您的个人身份信息、个人财产信息等敏感信息。")} & {
        ("identity", "share"), ("financial", "share")}


def test_sharing_named_only_as_the_time_or_condition_of_a_safeguard_is_no_share():
    # GUIDELINES: security measures and the duties imposed on recipients give no share
    assert statements_of("请您放心，在我们将可以联系或识别您身份的个人信息与授权合作伙伴共享时，我们会最大程度保障您的信息安全。") == []
    assert statements_of("如我们或我们的关联公司与任何上述第三方分享您的个人信息，我们将努力确保该等第三方在使用您的个人信息时"
                         "遵守本《隐私政策》及我们要求其遵守的其他适当的保密和安全措施。") == []
    # a sharing the line states stays
    assert shares("我们会与合作伙伴共享您的个人信息，我们会确保其遵守本政策。") == {
        ("personal_info", "share", "first_party", "third_party")}


def test_consent_to_a_sharing_as_the_exception_of_its_denial_is_the_denial_alone():
    assert {(s.data_type, s.action) for s in statements_of(
        "除下文规定以外，除非您明确同意共享个人身份信息，否则我们不会共享任何个人身份信息。")} == {("identity", "not_share")}
    # (not a consent to another practice: the collection stays)
    assert ("location", "collect", "first_party") in practices("除非您同意我们收集您的位置信息，否则我们不会使用您的位置信息。")


def test_exception_of_a_denied_disclosure_is_disclosed():
    # GUIDELINES: a line with both forms gets both not_share and share
    assert {(s.data_type, s.action) for s in statements_of(
        "我们不会公开披露您的个人信息，但您的角色昵称、排行榜成绩等游戏内公开信息除外。")} == {
        ("personal_info", "not_share"), ("account.profile", "share"), ("usage", "share")}
    assert {(s.data_type, s.action) for s in statements_of("我们不会与第三方共享您的个人信息，但您的手机号码除外。")} == {
        ("personal_info", "not_share"), ("contact.phone", "share")}


def test_prohibition_laid_on_processors_is_a_duty_not_a_denial():
    # GUIDELINES: the duties imposed on processors and recipients give no tuple
    assert statements_of("这些服务提供商需要提供与本隐私政策中所述相同或同等的用户数据保护，除了向我们提供服务所必需之外，"
                         "禁止其留存、使用或披露您的个人信息。") == []


def test_wifi_address_is_no_postal_address():
    # the text is read folded ("wifi地址"): the network words before 地址 are matched in any case
    assert ("contact.address", "collect") not in {(d, a) for d, a, _ in practices(
        "百度地图SDK会收集GNSS信息、WiFi地址及信号强度信息。")}
    assert ("device.network", "collect", "baidu_map") in practices("百度地图SDK会收集GNSS信息、WiFi地址及信号强度信息。")


def test_views_and_plays_of_ads_are_interactions():
    # GUIDELINES: 广告点击、浏览、展示以及广告转化数据 → usage
    assert {(d, a) for d, a, _ in practices(
        "我们可能会向提供广告统计分析与优化服务的合作商提供您的设备信息、群体标签、广告曝光、浏览、点击、播放以及广告转化数据等"
        "广告相关数据。")} == {("device", "share"), ("usage", "share")}
    assert ("usage.history", "share") in {(d, a) for d, a, _ in practices("我们会向广告合作方提供您的设备信息、浏览记录。")}


def test_party_in_an_excluding_aside_is_no_subject():
    assert practices("我们可能需要使用您设备中的系统权限（不包括所接入第三方调用的权限）来收集相关个人信息。") == {
        ("personal_info", "collect", "first_party")}
    assert practices("第三方SDK（如友盟）会收集您的设备信息。") == {("device", "collect", "umeng")}
