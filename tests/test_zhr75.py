"""Chinese wording of a browser maker's notice and an app template: the location inferred from the IP address ("基于 IP
推断的位置信息") is the coarse location, neither the IP address nor a location of unknown precision; interaction data
(交互数据) is usage data, also as the second conjunct of an elided list glued to its verb ("收集技术和交互数据": 技术数据 too);
the position of an ad or a content item ("广告的位置、大小") is no location."""

from __future__ import annotations

from conftest import pairs, statements_of, tuples


def statements_of_line(text: str):
    return statements_of(text + "\n")


def test_ip_inferred_location_is_coarse():
    found = pairs("我们使用技术数据、语言偏好和基于 IP 推断的位置信息，以正确的格式提供这些内容。")
    assert found == {("device", "use"), ("location.coarse", "use")}
    found = tuples("为此，我们可能会与广告提供商共享有限的信息（例如设备类型、基于 IP 推断的位置信息以及所浏览内容的类别）。\n")
    assert (1, "location.coarse", "share", "first_party") in found
    assert not {t for t in found if t[1] in ("network.ip", "location")}
    assert pairs("我們使用根據 IP 位址推斷的位置資料。") == {("location.coarse", "use")}
    # the IP address named as such stays the IP address
    assert ("network.ip", "collect") in pairs("我们会收集您的 IP 地址和设备型号。")


def test_interaction_data_is_usage():
    assert pairs("Mozilla 会收集有关您使用该网站的技术与交互数据。") == {("device", "collect"), ("usage", "collect")}
    assert pairs("我们会收集您的交互数据。") == {("usage", "collect")}


def test_elided_conjunct_glued_to_its_verb():
    assert pairs("Mozilla 收集技术和交互数据，例如新标签页内容或广告的位置、大小、浏览量和点击量。") == {
        ("device", "collect"), ("usage", "collect")}
    assert pairs("我们收集设备和网络信息。") == {("device", "collect"), ("device.network", "collect")}


def test_request_sent_to_search_provider_is_shared():
    # a request the browser sends, named before its contents in brackets, is a noun: what it carries goes to the
    # party it is sent to
    found = tuples("在您输入时，建议请求（包括您的实时搜索查询与技术数据）将直接发送至您的搜索提供商，并按该提供商的隐私声明进行处理。\n")
    assert {(t[1], t[2], t[3]) for t in found} == {("usage.history", "share", "first_party"),
                                                  ("device", "share", "first_party")}
    assert {s.recipient for s in statements_of_line("在您输入时，建议请求（包括您的实时搜索查询）将发送至您的搜索提供商。")} == {"third_party"}
    # a request for data stays a collection
    assert pairs("我们会请求您的位置权限。") == {("location", "collect")}


def test_dns_requests_routed_to_resolvers_are_shared():
    found = tuples("对于部分用户，Firefox 会将 DNS 请求路由到已同意 Mozilla 严格的解析器隐私标准的解析器服务。\n")
    assert found == {(1, "usage.history", "share", "first_party")}


def test_ip_address_in_quotes_and_brackets_is_no_postal_address():
    assert pairs("我们会收集您的设备 Internet 协议（“IP”）地址、设备名称、操作系统版本。") == {
        ("network.ip", "collect"), ("device", "collect"), ("device.hardware", "collect")}


def test_information_used_to_identify_the_person_is_identity():
    found = tuples("该应用程序确实使用第三方服务，这些服务可能会收集用于识别您的信息。\n")
    assert found == {(1, "identity", "collect", "third_party")}


def test_public_breach_event_is_no_disclosure():
    # 公開的 before a breach event names the event as public, no act of making the account data public
    found = tuples("因此我們認為瞭解公開的資料外洩事件曾洩漏哪些帳號資訊非常重要。\n")
    assert not {t for t in found if t[2] == "share"}


def test_de_identified_and_aggregated_data_give_no_type():
    found = tuples("针对特定查询关键词（而非您的搜索查询）的去标识化点击与交互数据将通过 OHTTP 发送至 Mozilla，以隐藏您的 IP 地址及其他识别信息。\n")
    assert not found
    assert not tuples("在某些情况下，Mozilla 的合作伙伴会接收去标识化的搜索和交互数据，以便提供相关建议。\n")
    # data named without such a word stays; so does what the person hides themselves
    assert ("usage", "share") in pairs("我们会与合作伙伴共享您的交互数据。")
    assert ("identity.education", "share") in pairs("与该职位的招聘者开聊后，您隐藏的在线简历将展示给招聘者。")


def test_name_given_to_collected_data_is_no_glossary_entry():
    found = tuples("如果应用出现错误，我会（通过第三方产品）在您的手机上收集数据和信息，称为日志数据。\n")
    assert (1, "usage.logs", "collect", "first_party") in found
    # a glossary entry named by 称为 stays none
    assert not tuples("通过对个人信息的分析形成该自然人的特征模型，称为直接用户画像。\n")


def test_rights_under_their_label_state_no_practice():
    assert not tuples("- 限制处理权：您有权限制我们处理您的个人信息。\n")
    assert not tuples("- 数据可移植权：您有权以结构化、常用和机器可读的格式接收您的个人信息。\n")
    # a practice under another label stays
    assert ("contact.email", "collect") in pairs("账号注册：我们会收集您的电子邮件地址。")


def test_document_describing_itself_states_no_practice():
    assert not tuples("本隐私政策描述了理刃科技（以下简称“我们”）如何收集、使用、共享和保护您在使用本应用时提供的个人信息。\n")
    assert not tuples("此页面用于告知访问者有关我的政策，即如果有人决定使用我的服务，我将收集、使用和披露个人信息。\n")


def test_linked_notice_titles_and_quoted_setting_labels_name_no_data():
    found = pairs("Mozilla 会根据我们的 [Mozilla 网站、通信和 Cookie](https://www.mozilla.org/privacy/websites/) 声明收集有关您使用"
                  "该网站的技术与交互数据。")
    assert found == {("device", "collect"), ("usage", "collect")}
    assert not tuples("我们为您提供默认功能，如[密码管理器](https://support.mozilla.org/kb/logins)和[全面 Cookie 保护]"
                      "(https://support.mozilla.org/kb/total-cookie-protection)。\n")
    assert not tuples("请注意：取消勾选“允许 Firefox 向 Mozilla 发送技术和交互数据”选项不会影响每日使用数据上传。\n")
    # a link whose text names the data collected stays data
    assert ("contact.email", "collect") in pairs("我们会收集您的[电子邮件地址](#email)。")
