"""Chinese verbs that name their data (录音, 拍照, 截屏) as the predicate of a denial or statement, and the service's
query of the installed apps (查询已安装的应用列表)."""

from __future__ import annotations

from conftest import tuples

from policycheck.extract.lexicon import load_lexicon
from policycheck.taxonomy import load_taxonomy, validate_mappings


def test_cue_lists_name_taxonomy_ids_and_validate():
    lexicon = load_lexicon("zh")
    ids = set(load_taxonomy().types)
    assert lexicon.data_verbs["录音"] == "media.audio" and lexicon.data_verbs["截屏"] == "media.photos"
    assert lexicon.data_reads["device.apps"] == ["查询"]
    assert set(lexicon.data_verbs.values()) <= ids and set(lexicon.data_reads) <= ids
    assert validate_mappings() == []


def test_denied_recording_photo_and_screenshot():
    found = tuples("权限使用声明\n我们的承诺：\n· 不会在后台静默录音、拍照或截屏；\n")
    assert (3, "media.audio", "not_collect", "first_party") in found
    assert (3, "media.photos", "not_collect", "first_party") in found
    assert not any(t[2] == "collect" for t in found if t[0] == 3)
    found = tuples("数据流向：录音仅在本地处理，绝不会在后台静默录音。\n")
    assert (1, "media.audio", "not_collect", "first_party") in found


def test_recording_with_its_object_keeps_the_collection_clear():
    # "不会对实时语音进行录音" denies a record kept of the voice chat, not the microphone's collection stated beside it
    found = tuples("当您使用实时语音功能时，我们需要您授权麦克风权限，我们不会对实时语音进行录音。\n")
    assert (1, "media.audio", "collect", "first_party") in found
    assert (1, "media.audio", "not_collect", "first_party") not in found


def test_no_practice_without_a_lead():
    # a feature name, the person's own duty and a noun moved by 将 keep their own readings
    assert not any(t[1] == "media.photos" for t in tuples("用途：拍照或扫描二维码等功能。\n"))
    assert not any(t[1] == "media.audio" and t[2] == "not_collect" for t in tuples("您不得擅自录音。\n"))
    assert not any(t[1] == "media.photos" for t in tuples("为了将截图保存到手机，需要读写手机存储。\n"))


def test_query_of_installed_apps_is_their_collection():
    found = tuples("1. 查询所有应用\n用途：查询已安装的应用列表，用于「查看软件包名」「启动应用」等功能。\n")
    assert (2, "device.apps", "collect", "first_party") in found
    # the person's own query, or a refusal's outcome, is none
    assert not any(t[1] == "device.apps" for t in tuples("撤销后果：无法查询已安装应用，相关功能受限。\n"))
    assert not any(t[1] == "device.apps" for t in tuples("您可以在设置中查询已安装应用。\n"))


def test_foreground_app_information_is_app_data():
    assert (1, "device.apps", "collect", "first_party") in tuples("用途：获取前台应用信息，用于智能体操作。\n")
