"""Chinese wording of round 85 (open-source developer tools): a heading of what is not collected denies its items; the
person's browser keeping a list's items is device-local; data removed before it is uploaded is not collected; an
account system, a logging configuration and a log turned off name no data; 设备 ID, 主机 ID and 消息正文 are terms."""

from __future__ import annotations

from conftest import pairs, tuples


def test_a_heading_of_what_is_not_collected_denies_its_items():
    text = "# 隐私政策\n### 收集的信息\n- 电子邮件地址\n### 不收集的信息\n- 位置信息或设备信息\n"
    found = tuples(text, name="policy.md")
    assert {(5, "location", "not_collect", "first_party"), (5, "device", "not_collect", "first_party")} <= found
    assert not {t for t in found if t[0] == 5 and t[2] == "collect"}
    assert (3, "contact.email", "collect", "first_party") in found


def test_the_persons_browser_keeping_a_lists_items_is_device_local():
    text = "# 隐私说明\n## 浏览器本地\n当前浏览器会保存：\n- 设备名称和稳定设备 ID\n- 本地消息记录、文件名和传输状态\n"
    assert not {t for t in tuples(text, name="policy.md") if t[0] in (4, 5)}
    # the server processing the same items keeps their use
    text = "# 隐私说明\n应用服务器在建链期间会处理：\n- 设备名称、设备 ID 和公钥\n"
    assert {(3, "device", "use", "first_party"), (3, "device.id", "use", "first_party")} <= tuples(text, name="policy.md")


def test_data_removed_before_upload_is_not_collected():
    found = pairs("启用面板时，agent 会在上传前移除节点 ID、主机 ID、主机名、路径、命令行、原始日志和通用内部网络字段。")
    assert {("device.id", "not_collect"), ("usage.logs", "not_collect")} <= found
    assert not {p for p in found if p[1] == "collect"}
    assert ("usage.logs", "collect") in pairs("我们会上传您的日志。")


def test_a_server_that_does_not_receive_message_bodies():
    text = "# 隐私说明\n应用服务器不会接收或保存：\n- 消息正文\n- 文件内容\n"
    found = tuples(text, name="policy.md")
    assert {(3, "communication.messages", "not_collect", "first_party"),
            (4, "storage.files", "not_collect", "first_party")} <= found


def test_an_account_system_is_no_account_data():
    text = "# 隐私与权限\n## 数据流\n当前实现没有云 API、遥测、账号系统或云端回退。\n"
    found = tuples(text, name="policy.md")
    assert (3, "usage", "not_collect", "first_party") in found
    assert not {t for t in found if t[1].startswith("account")}


def test_a_logging_configuration_or_a_log_turned_off_is_no_log_data():
    assert not {p for p in pairs("日志配置会隐藏请求 URL，不记录连接码、令牌、SDP、ICE、消息和文件。") if p[0] == "usage.logs"}
    assert not {p for p in pairs("常规服务访问日志已关闭，但错误消息仍可能包含本地细节。") if p[0] == "usage.logs"}
    assert ("usage.logs", "collect") in pairs("我们会收集您的访问日志。")
    assert not {p for p in pairs("运维人员仍应限制日志访问，并检查入口代理是否额外记录了完整查询参数。") if p[0] == "usage.logs"}


def test_a_password_as_a_measure_and_a_key_variable_are_no_credentials():
    assert not pairs("`.local/token` 创建时仅允许文件所有者读写，扩展用它完成 WebSocket 认证，请像密码一样保护。")
    assert not pairs("先选择 provider，再使用准确变量；Sigil 不会让所有 provider 共用一个 API key 环境变量。")
    assert ("account.credentials", "collect") in pairs("我们会收集您的密码。")
    assert ("account.credentials", "collect") in pairs("我们会收集您填写的 API key。")


def test_an_asn_shown_is_network_data_and_a_video_site_is_no_video():
    found = pairs("公开面板页面可以展示已确认的外部攻击源 IP、国家、ASN 和组织，用于公开黑名单和攻击来源透明度。")
    assert {("device.network", "share"), ("network.ip", "share"), ("location.coarse", "share")} <= found
    text = "# 隐私与权限\n## 数据流\n操作系统、浏览器、视频网站和其他软件有各自的行为。\n"
    assert not {t for t in tuples(text, name="policy.md") if t[1] == "media.photos"}


def test_a_short_lived_credential_is_no_account_credential():
    text = "# 隐私说明\n应用服务器在建链期间会处理：\n- 来源 IP\n- 短时随机凭据的哈希\n"
    found = tuples(text, name="policy.md")
    assert (3, "network.ip", "use", "first_party") in found
    assert not {t for t in found if t[1] == "account.credentials"}
    assert ("account.credentials", "collect") in pairs("我们会收集您的登录凭据。")
