"""Chinese wording of round 83 (desktop apps, one policy in Traditional characters): 蒐集 is collecting; an item that is
the person's relative clause on its data takes its list's practice; a log that a storage verb puts other data in, or
that a log viewer filters, is no log data; data kept on the person's own computer is no retention by us; a table under
an introduction keeping its rows on the device "而不是自动上传" denies their upload; an app "没有分析或遥测功能" denies usage
data; filter words are queries; a user-data directory, remote images, an avatar service, a `/mac` download path, a fixed
User-Agent and TLS connection data name none of the person's data."""

from __future__ import annotations

from conftest import pairs, tuples


def test_traditional_collecting_word_states_collection():
    found = tuples("# ULogViewer 隱私權政策\n我們 **不會** 蒐集下列的個人資訊：\n+ 姓名。\n+ 電話。\n", name="policy.md")
    assert {(3, "identity.name", "not_collect", "first_party"), (4, "contact.phone", "not_collect", "first_party")} <= found


def test_an_item_of_the_persons_relative_clause_takes_its_lists_practice():
    text = "# 好用 隐私政策\n我们会收集下列信息：\n- 您在好用中所输入的搜索词。\n"
    assert (3, "usage.history", "collect", "first_party") in tuples(text, name="policy.md")
    # a numbered item with a clause of its own before the data keeps its own reading
    text = "# 好用 隐私政策\n我们会收集下列信息：\n- 为了改进服务，您在好用中所输入的搜索词。\n"
    assert (3, "usage.history", "collect", "first_party") not in tuples(text, name="policy.md")
    # the names and paths of the files the person opens or saves are no files
    text = "# 好用 隐私政策\n我们会收集下列信息：\n- 您在好用中开启或存储的文件名称及路径。\n"
    assert not {t for t in tuples(text, name="policy.md") if t[1] == "storage.files"}


def test_a_log_that_other_data_is_kept_in_is_no_log_data():
    found = pairs("IP 地址将以明文形式存储于部署在 Azure 之网站日志中。")
    assert ("network.ip", "store") in found
    assert not {p for p in found if p[0] == "usage.logs"}
    assert ("usage.logs", "store") in pairs("我们会存储您的日志。")


def test_a_log_viewers_filter_words_are_queries_not_logs():
    found = pairs("我们会收集您输入的日志文字筛选字词。")
    assert ("usage.history", "collect") in found
    assert not {p for p in found if p[0] == "usage.logs"}


def test_data_kept_on_the_persons_computer_is_no_store():
    assert not {p for p in pairs("用户名及密码将以密文形式存储至位于您电脑中的应用目录内的文件。") if p[1] == "store"}
    # kept there and on a host as well: the host's keeping stays
    found = pairs("电子邮箱地址将以密文形式存储于您电脑中的应用目录内，也将以明文形式存储于部署在 Azure 之产品数据库中。")
    assert ("contact.email", "store") in found


def test_a_table_kept_on_the_device_rather_than_uploaded_is_not_collected():
    text = ("# P\n\n以下信息默认由应用保存在您的设备上，而不是自动上传到 Acme Corporation：\n\n| 本地信息 | 用途和保留方式 |\n"
            "| --- | --- |\n| 模型和服务凭据 | 可来自继承的环境。 |\n")
    found = tuples(text, name="policy.md")
    assert (7, "account.credentials", "not_collect", "first_party") in found
    assert (7, "account.credentials", "collect", "first_party") not in found


def test_no_analytics_or_telemetry_feature_denies_usage():
    assert ("usage", "not_collect") in pairs("除了可选的更新检查外，该应用程序没有分析或遥测功能。")
    assert not pairs("我们提供数据分析或遥测功能。")


def test_folders_remote_images_avatar_services_and_fixed_strings_are_no_data():
    assert not {p for p in pairs("我们会读取保存在用户数据目录的文件中的设置。") if p[0] == "personal_info"}
    assert not {p for p in pairs("应用会限制导航、远程图片和目录请求。") if p[0] == "media.photos"}
    assert not {p for p in pairs("它可能访问 GitHub 头像服务和图片代理。") if p[0].startswith(("account", "media"))}
    assert ("network.ip", "collect") in pairs("我们收集 IP 地址以及 `/mac` 路径所表示的平台。")
    assert not {p for p in pairs("我们收集 IP 地址以及 `/mac` 路径所表示的平台。") if p[0] == "device.id.mac"}
    assert ("device.id.mac", "collect") in pairs("我们收集设备信息（IMEI/MAC/AndroidID）。")
    assert not {p for p in pairs("这些来源会收到固定的 Market User-Agent。") if p[0] == "device.hardware"}
    assert not {p for p in pairs("官方服务会接收 IP 地址、TLS/连接信息。") if p[0] == "device.network"}
