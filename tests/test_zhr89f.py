"""Round (89) families (Chinese): a third party's analytics tool denied for the open third party as well, an analytics
system or a cloud storage service named in the denied list, a denied purpose of collection (并非以…为目的), the app
version a policy is updated with, a file manager describing itself, storage access in a permission list, the addresses
of the browser's tabs, a usage-analytics item of a denied list and the app-data folder on the person's computer."""

from __future__ import annotations

from conftest import tuples


def test_third_party_analytics_denied_for_both_parties():
    found = tuples("本应用不使用任何第三方分析、广告或跟踪服务。\n")
    assert (1, "usage", "not_collect", "first_party") in found
    assert (1, "usage", "not_collect", "third_party") in found
    # a denial of the service's own analytics names no third party
    assert (1, "usage", "not_collect", "third_party") not in tuples("应用没有分析服务。\n")


def test_analytics_system_and_cloud_storage_in_denied_list():
    assert (1, "usage", "not_collect", "first_party") in tuples("应用没有内置分析系统或账号系统。\n")
    found = tuples("本应用程序未集成任何第三方分析、追踪或云存储服务。\n")
    assert {(1, "usage", "not_collect", "first_party"), (1, "usage", "not_collect", "third_party")} <= found
    # an analytics system with no denying lead names no data
    assert tuples("我们使用数据分析系统改进服务。\n") == set()


def test_purpose_of_collection_denied():
    found = tuples("應用程式並非以蒐集兒童個人資料為目的，也不要求建立帳戶。\n")
    assert (1, "personal_info", "not_collect", "first_party") in found
    assert not any(t[2] == "collect" for t in found)


def test_app_version_a_policy_is_updated_with():
    assert not any(t[1] == "device.hardware"
                   for t in tuples("若應用程式的資料處理方式有重大變更，本政策會隨應用程式版本更新。\n"))
    assert (1, "device.hardware", "collect", "first_party") in tuples("我们会收集应用程序版本。\n")


def test_file_manager_describing_itself_reads_no_files():
    assert tuples("FN 文件管理器是一个本地文件管理应用。\n") == set()
    assert (1, "storage.files", "collect", "first_party") in tuples("本应用是一款文件管理工具，会读取您的本地文件。\n")


def test_storage_access_in_a_permission_list():
    found = tuples("本应用可能请求以下权限：\n- 存储访问：文件浏览和管理所需\n- 不需要网络权限\n")
    assert (2, "storage.files", "collect", "first_party") in found
    # the keeping verb before a verb of access is no permission
    assert not any(t[1] == "storage.files" for t in tuples("Cookie 用于以存储访问网页时的信息。\n"))
    assert (1, "network.ip", "collect", "first_party") in tuples("我們會儲存存取您帳戶的 IP 位址。\n")


def test_tab_addresses_processed_on_the_device():
    assert (1, "usage.history", "use", "first_party") in tuples("- **标签页信息**：仅在本地处理标签页的URL和标题，用于AI分类\n")
    # kept on the person's own device, no practice
    assert not any(t[1] == "usage.history" for t in tuples("网页内容和标签页 URL 都会保留在您的设备上。\n"))


def test_usage_analytics_item_of_a_denied_list():
    found = tuples("### 我们不收集的信息：\n- 个人身份信息\n- 使用分析\n", name="policy.md")
    assert (3, "usage", "not_collect", "first_party") in found


def test_app_data_folder_on_the_computer_is_device_local():
    assert tuples("- **账户信息**：用户名和配置存储在公开的应用程序数据文件夹中。\n") == set()
    found = tuples("保存设置时，API 密钥会写入当前用户应用配置目录中的 `.env` 文件，以便后续会话继续使用。\n")
    assert not any(t[1] == "account.credentials" for t in found)
    # our servers stay a keeping by us
    assert (1, "account", "store", "first_party") in tuples("我们会将您的账号信息存储在我们的服务器上。\n")
