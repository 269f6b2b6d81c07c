"""Chinese recall shapes: storage capacity in SDK rows, ..."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.entity) for s in statements_of(text)}


def test_the_capacity_or_space_taken_of_the_card_or_disk_is_storage():
    found = _found("BuglySDK需要获取您的网络访问权限，收集您的SIM卡信息、手机型号、Crash信息及线程堆栈，ROM/RAM/SD卡容量、网络/语言状态")
    assert ("storage", "collect", "bugly") in found
    assert ("storage.files", "collect", "bugly") not in found
    found = _found("我们会收集手机型号、设备是否root、磁盘空间占用大小、SDCard空间占用大小、内存空间占用大小。")
    assert ("storage", "collect", "first_party") in found
    # the files on the card stay files
    assert ("storage.files", "collect", "first_party") in _found("我们会读取您SD卡中的内容。")


def test_what_the_system_produces_when_it_fails_is_its_log():
    found = _found("2.3 产品开发和服务优化。 例如，当我们的系统发生故障时，我们会记录和分析系统故障时产生的信息，优化我们的服务。")
    assert ("usage.logs", "collect", "first_party") in found


def _rows(html: str) -> set[tuple[int, str, str]]:
    return {(s.line, s.data_type, s.action) for s in statements_of(html, name="policy.html")}


def test_a_bare_phone_in_a_permission_table_is_the_phone_permission():
    html = ("<p>本App在以下场景中会向您申请权限：</p>\n<table>\n<tr><th>权限名称</th><th>使用场景</th></tr>\n"
            "<tr><td>相机</td><td>扫描二维码绑定设备</td></tr>\n<tr><td>电话</td><td>来电提醒、拒接来电</td></tr>\n"
            "<tr><td>电话、短信、通讯录</td><td>手表来电和短信提醒</td></tr>\n</table>\n")
    found = _rows(html)
    assert (5, "device.id", "collect") in found and (5, "contact.phone", "collect") not in found
    assert {(6, "device.id", "collect"), (6, "communication.sms", "collect"), (6, "social.contacts", "collect")} <= found
    assert (4, "media.camera", "collect") in found
    # a data table of what the person gives keeps the phone number
    html = ("<p>我们会收集以下信息：</p>\n<table>\n<tr><th>信息</th><th>用途</th></tr>\n"
            "<tr><td>姓名、电话</td><td>配送商品</td></tr>\n</table>\n")
    assert (4, "contact.phone", "collect") in _rows(html)


def test_what_others_provide_about_the_person_while_using_the_service_is_collected():
    found = _found("• 其他方使用我们的服务时所提供有关您的共享信息。")
    assert ("personal_info", "collect", "first_party") in found
    found = _found("（1）其他方使用我们的产品或服务时所提供有关您的共享信息。")
    assert ("personal_info", "collect", "first_party") in found
    # information about the person that we provide to others stays our sharing
    assert ("personal_info", "share", "third_party") in _found("我们会向合作伙伴提供有关您的信息。")


def test_our_relative_clause_after_a_time_phrase_names_what_we_collect():
    found = _found("3、我们在向您提供服务的过程中合法获取的您的使用信息，如您在使用本产品时我们收集、汇总、记录的信息。")
    assert ("usage", "collect", "first_party") in found
    # the person's time phrase keeps its own reading: what they provided, reached through our later verb
    found = _found("我们将会向您在使用产品的过程中提供的手机号码发送营销信息。")
    assert ("contact.phone", "use", "first_party") in found or ("contact.phone", "collect", "first_party") in found
