"""Chinese extraction: which action a clause gives its data."""

from __future__ import annotations

from conftest import pairs, tuples


def test_files_written_to_the_device_are_collected_not_stored():
    found = pairs("在您开启读取、修改、写入SD权限或存储权限后，我们会下载游戏资源并储存在SD卡上或者手机存储空间上。")
    assert ("storage.files", "collect") in found
    assert ("storage.files", "store") not in found


def test_what_others_share_of_the_person_is_our_collection():
    assert tuples("2、第三方共享的您的信息。") == {(1, "personal_info", "collect", "first_party")}
    assert pairs("其他用户可能通过社交网络分享与您有关的信息；") == {("personal_info", "collect")}
    # our own sharing stays a share
    assert pairs("我们会与第三方共享您的信息。") == {("personal_info", "share")}


def test_giving_out_information_is_no_provision_to_others():
    found = pairs("您有可能会在与我们的客服人员沟通时，提供给出上述信息外的其他信息，如当您要求我们变更配送地址、联系人或联系电话。")
    assert ("contact.phone", "collect") in found
    assert not any(action == "share" for _, action in found)


def test_data_a_cookie_keeps_is_its_use_not_our_storage():
    found = pairs("1. 记住您的身份。例如cookies和web beacon有助于我们辨认您作为我们的注册用户的身份，或保存您向我们提供的有关您的其他信息。")
    assert ("personal_info", "use") in found
    assert ("personal_info", "store") not in found
    # our own keeping of what cookies gather stays a store
    assert not any(action == "use" and data_type != "usage.cookies"
                   for data_type, action in pairs("我们通过Cookie收集您的信息，并将该等信息储存为日志信息。"))


def test_a_permission_allowing_use_of_a_device_function_collects():
    assert pairs("相机权限	允许使用相机	用于产品的拍照或者视频录制的功能。") == {("media.camera", "collect")}
    assert ("biometric.fingerprint", "collect") in pairs("允许使用指纹	指纹登录、指纹支付	用于指纹识别登录和指纹识别支付等功能。")


def test_the_device_the_person_uses_is_no_use_of_its_data():
    assert pairs("系统后台保存客户交易时所使用设备的网络信息，包括IP、端口等信息。") == {
        ("device.network", "store"), ("network.ip", "store")}


def test_files_kept_on_our_servers_stay_stored():
    assert ("storage.files", "store") in pairs("我们会将您的照片和文件存储在我们的服务器上。")


def test_items_a_kept_log_includes_are_stored_too():
    found = pairs("我们会自动收集您对我们服务的详细使用情况，作为服务日志保存，包括浏览、点击查看、搜索查询、收藏记录。")
    assert ("usage", "store") in found
    assert ("usage.history", "store") in found or ("usage.search", "store") in found
    # items of a log not said to be kept are only collected
    found = pairs("我们会自动收集您对我们服务的详细使用情况，包括浏览、点击查看、搜索查询、收藏记录。")
    assert not any(action == "store" for _, action in found)
