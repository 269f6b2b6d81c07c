"""The eleventh gold consistency pass: the same wording read alike across dev files."""

from __future__ import annotations

import pytest
from conftest import ROOT
from conftest import gold_line_tuples as _tuples

EVAL = ROOT / "corpora" / "eval"


def _guidelines() -> str:
    return (EVAL / "GUIDELINES.md").read_text(encoding="utf-8")


def test_data_the_vendor_provides_to_us_is_our_collect():
    # "這種資料會由我們的分析法廠商 Adjust 留存，並在您啟動 Focus 的時候提供給我們；這種資料也包括一組 Google 廣告識別碼、時間戳記、國家…"
    received = {"device.id.ad_id", "usage.logs", "location.coarse", "device.hardware"}
    tuples = _tuples("zh-r35-focus-tw", 23)
    assert {(t, "collect", "adjust") for t in received} <= tuples
    assert {(t, "collect", "first_party") for t in received} <= tuples
    # the Firefox Lite wording says only that the data is provided, to no one named: the vendor's collect alone
    assert not any(actor == "first_party" and action == "collect"
                   for _, action, actor in _tuples("zh-r-firefox-lite-tw", 33))
    assert "並在您啟動 Focus 的時候提供給我們" in _guidelines()


@pytest.mark.parametrize(("slug", "line"), [("zh-r15-58tongcheng", 29), ("zh-r15-58tongcheng", 66),
                                            ("zh-r2-jiakaobaodian", 34), ("zh-r2-jiakaobaodian", 58),
                                            ("zh-r15-nike", 57), ("zh-w2-travel", 52)])
def test_bare_application_information_names_no_installed_apps(slug, line):
    # "设备配置、应用信息（应用名）", "运营商信息、应用信息，不提供…", "设备标识符、应用信息": the host app's own information
    tuples = _tuples(slug, line)
    assert tuples
    assert not any(data_type == "device.apps" for data_type, _, _ in tuples)


def test_running_processes_beside_application_information_stay_apps():
    # "日志信息、应用信息或正在运行的进程信息": the running processes are device.apps by their own rule
    assert ("device.apps", "share", "first_party") in _tuples("zh-r13-kaixin-xiaoxiaole", 70)
    assert "names no installed apps: no `device.apps`" in _guidelines().replace("\n    ", " ")


@pytest.mark.parametrize(("slug", "line"), [("zh-r21-qidian-reading", 54), ("zh-r21-qidian-reading", 57),
                                            ("zh-r8-zhuanzhuan", 46), ("zh-r20-quanmin-ksong", 57),
                                            ("zh-r31-lilith-wanguo", 42)])
def test_tracking_permission_is_the_advertising_identifier(slug, line):
    # "广告跟踪权限*（Tracking-仅iOS端）", "开启您的…广告跟踪权限*", "Adjust … 广告追踪权限"
    assert any(data_type == "device.id.ad_id" and action == "collect" for data_type, action, _ in _tuples(slug, line))


def test_tracking_permission_keeps_the_identifier_its_purpose_names():
    assert {("device.id.ad_id", "collect", "first_party"),
            ("device.id", "collect", "first_party")} <= _tuples("zh-r21-qidian-reading", 54)
    assert "The tracking permission of iOS (广告跟踪权限, 广告追踪权限" in _guidelines()


@pytest.mark.parametrize(("slug", "line"), [("zh-r3-camscanner", 26), ("zh-r3-camscanner", 51),
                                            ("zh-r3-camscanner", 53), ("zh-r3-camscanner", 60),
                                            ("zh-r4-netease-music", 28), ("zh-r4-netease-music", 31)])
def test_storage_permission_for_photos_is_the_photos(slug, line):
    # "调用您的相机、相册、存储、网络权限，以获取您需要上传的照片并为您保存修复后的照片"
    tuples = _tuples(slug, line)
    assert ("media.photos", "collect", "first_party") in tuples
    assert ("storage.files", "collect", "first_party") not in tuples


@pytest.mark.parametrize(("slug", "line", "photos"), [("zh-r3-camscanner", 23, True), ("zh-r8-quark", 50, False),
                                                     ("zh-r13-jianhang", 26, True)])
def test_storage_permission_for_documents_or_no_data_is_the_files(slug, line, photos):
    # "图片或文档资料" (both), "获取您上传的文档" (files), "…相册、…、存储…权限，用于推送账户变动信息" (no data named; 相册 photos)
    tuples = {(data_type, action) for data_type, action, _ in _tuples(slug, line)}
    assert ("storage.files", "collect") in tuples
    assert (("media.photos", "collect") in tuples) == photos


def test_guidelines_write_the_storage_permission_reading_down():
    assert "a storage permission\n  named with others under one purpose takes what that purpose names" in _guidelines()


@pytest.mark.parametrize(("slug", "line"), [("en-r29-oppia", 46), ("en-r17-govuk-content-publishing-guidance", 33),
                                            ("en-r18-elixir-rdmkit", 9)])
def test_the_browser_and_device_used_are_the_device_and_its_browser(slug, line):
    # "what browser or device you are using to visit the Site", "the web browser and device you're using"
    assert _tuples(slug, line) == {("device", "collect", "first_party"), ("device.hardware", "collect", "first_party")}


@pytest.mark.parametrize(("slug", "line"), [("en-r15-ecency-hive-social", 15), ("en-r15-fleet-device-management", 87)])
def test_device_and_browser_type_is_the_hardware(slug, line):
    tuples = _tuples(slug, line)
    assert ("device.hardware", "collect", "first_party") in tuples
    assert ("device", "collect", "first_party") not in tuples
    assert "The browser and the device the visitor uses, named as such" in _guidelines()


@pytest.mark.parametrize(("slug", "line"), [("zh-r34-zorvai", 35), ("zh-r34-zorvai", 36),
                                            ("zh-r20-quanmin-ksong", 35), ("zh-r20-quanmin-ksong", 43),
                                            ("zh-r4-netease-music", 16)])
def test_audio_files_on_the_storage_are_files(slug, line):
    # "音频文件读取（READ_MEDIA_AUDIO）", "读取音频文件（如录音、音乐）", "mp3、m4a等格式的音频文件", "本地音乐"
    tuples = _tuples(slug, line)
    assert ("storage.files", "collect", "first_party") in tuples
    assert ("media.audio", "collect", "first_party") not in tuples


def test_read_media_audio_maps_to_the_files_as_the_gold_reads_it():
    from policycheck.taxonomy import permission_data_types

    types = permission_data_types()
    assert list(types["READ_MEDIA_AUDIO"]) == ["storage.files"]
    assert list(types["READ_MEDIA_IMAGES"]) == ["media.photos"]
    assert "READ_MEDIA_AUDIO, the permission that reads them, are such files too" in _guidelines().replace("\n  ", " ")


def test_netease_template_lines_read_as_the_sister_files():
    # "如您在网易服务中其他用户可见的公开区域内上传或发布的信息中…公开您的信息，该等信息可能会被他人收集并加以使用"
    for slug, line in [("zh-r36-wangyi-diablo", 10), ("zh-r4-netease-music", 7), ("zh-r28-longzhiguo-wuyu", 13),
                       ("zh-r26-tuyou-doudizhu", 10)]:
        assert _tuples(slug, line) == {("content", "share", "first_party"), ("personal_info", "share", "first_party")}
    # "3、我们获取的您的信息。您在使用网易服务时，我们收集、汇总、记录的信息，例如日志信息、位置信息、设备信息": a run-in title
    for slug, line in [("zh-r36-wangyi-diablo", 12), ("zh-r4-netease-music", 9), ("zh-r29-duoyi-shenwu4", 14),
                       ("zh-r26-jj-doudizhu", 10)]:
        assert _tuples(slug, line) == {("usage.logs", "collect", "first_party"), ("location", "collect", "first_party"),
                                       ("device", "collect", "first_party")}
    # "填写或补充您的其他额外信息（例如您的昵称、头像…）": a possessive with a qualifier
    for slug, line in [("zh-r36-wangyi-diablo", 17), ("zh-r28-longzhiguo-wuyu", 20), ("zh-r26-tuyou-doudizhu", 20)]:
        assert ("personal_info", "collect", "first_party") in _tuples(slug, line)
    # "请注意，您公开发布的信息中可能包含您的个人信息或敏感个人信息，请您在发布前慎重考虑"
    for slug, line in [("zh-r36-wangyi-diablo", 24), ("zh-r28-longzhiguo-wuyu", 32), ("zh-r31-ziyi-wuxianmitu", 15)]:
        assert ("personal_info", "collect", "first_party") in _tuples(slug, line)


@pytest.mark.parametrize(("slug", "line"), [("zh-r36-wangyi-diablo", 28), ("zh-r28-jianxia-shijie3", 16),
                                            ("zh-r30-wangyi-youxi", 15), ("zh-r28-longzhiguo-wuyu", 40),
                                            ("zh-r4-netease-music", 21), ("zh-r24-mangguo-tv", 8)])
def test_information_under_the_third_party_account_is_account(slug, line):
    # "我们将根据您的授权获取该第三方帐号下的相关信息（包括：用户名、昵称、头像…）", "获取该等账号下的相关信息"
    tuples = _tuples(slug, line)
    assert ("account", "collect", "first_party") in tuples
    assert ("account.profile", "collect", "first_party") in tuples
