"""Chinese first-party data types: a term read as a wider, narrower or other type than the one its context gives."""

from __future__ import annotations

from conftest import tuples

WE = "first_party"


def test_a_sentence_classifying_the_fields_adds_no_account():
    found = tuples("3、名片功能。您可以修改或补充您的头像、昵称、性别、生日、地址，这些信息均属于您的账号信息。您不提供上述信息不会影响您使用。")
    assert (1, "account.profile", "collect", WE) in found and (1, "identity.gender", "collect", WE) in found
    assert not any(t == "account" for _, t, *_ in found)
    # account information collected as such stays
    assert (1, "account", "collect", WE) in tuples("我们会收集您的账号信息。")


def test_audio_files_on_the_storage_are_files():
    found = tuples("1.30 当您使用上传设备本地音频文件时，我们会扫描设备系统中的mp3、m4a等格式的音频文件，并提供给用户选择以转化为K歌站内作品进行发布。")
    assert found == {(1, "storage.files", "collect", WE)}
    assert tuples("用途：读取音频文件（如录音、音乐），用于 AI 分析或播放。") == {(1, "storage.files", "collect", WE)}
    # audio the person posts, or recorded by the microphone, stays audio
    assert (1, "media.audio", "store", WE) in tuples("您发布的文字、照片、视频、音频会存储在我们的服务器中。")
    assert (1, "media.audio", "collect", WE) in tuples("当您使用语音功能时，我们会收集您的录音和音频文件。")


def test_basic_information_of_a_browser_or_of_crashes_is_no_identity():
    found = tuples("* __技術資料__：Firefox Lite 向我們傳送您的 Firefox Lite 版本與語言的相關資料；裝置作業系統與硬體組態；"
                   "當機與錯誤的相關記憶與基本資訊；自動化流程（像是更新）與啟用的結果。")
    assert (1, "device.hardware", "collect", WE) in found
    assert not any(t == "identity" for _, t, *_ in found)
    found = tuples("__技术数据。__ Mozilla 会通过 MDN Plus 收到有关您正在使用的 Web 浏览器及其运行的操作系统的基本信息。")
    assert (1, "device.hardware", "collect", WE) in found
    assert not any(t == "identity" for _, t, *_ in found)
    # the person's basic information stays identity
    assert (1, "identity", "collect", WE) in tuples("我们会收集您的基本信息。")


def test_the_number_of_a_transfer_to_a_phone_number_is_no_own_number():
    found = tuples("（3）当您使用手机银行向手机号转账（移动、电信及联通手机号、广电及虚拟运营商手机号）、汇款短信通知涉及通讯录的功能时，"
                   "我行仅获取您从通讯录中选择的联系人信息。")
    assert (1, "social.contacts", "collect", WE) in found
    assert not any(t == "contact.phone" for _, t, *_ in found)


def test_reading_time_and_progress_are_usage():
    assert tuples("4. 您的阅读时长将展示在您的个人主页上。") == {(1, "usage", "share", WE)}
    found = tuples("我们会将您书架中的书籍列表、阅读进度同步保存至我们的服务器。")
    # the place reached in a book is progress, no record of what was read (GUIDELINES: 阅读进度 -> usage)
    assert (1, "usage", "store", WE) in found or (1, "usage", "collect", WE) in found
    assert not any(data_type == "usage.history" for _, data_type, _, _ in found)


def test_the_usage_of_apps_a_permission_reads_is_app_usage_history():
    found = tuples("3. 如使用【流量统计】服务，需要访问您的查看软件使用情况的权限，以便获取您的软件列表信息。")
    assert found == {(1, "device.apps", "collect", WE), (1, "usage.history", "collect", WE)}
    # the app usage an analytics SDK collects stays usage
    found = tuples("友盟统计SDK收集设备信息（Android ID、OAID）、IP地址、应用使用情况。")
    assert (1, "usage", "collect", "umeng") in found and not any(t == "usage.history" for _, t, *_ in found)


def test_the_device_state_a_sensor_reading_judges_is_sensor_data():
    found = tuples("创新互动：当您使用创新活动、广告等交互功能（如摇动、扭动屏幕），我们调用您的陀螺仪、重力、加速度传感器，以判断您的设备状态，"
                   "根据您的设备状态确认您是否参与前述互动。")
    assert (1, "device.sensors", "collect", WE) in found
    assert not any(t == "device" for _, t, *_ in found)
    # the device state collected as device data stays device
    assert (1, "device", "collect", WE) in tuples("我们会收集您的设备状态。")


def test_what_a_purpose_protects_is_no_data():
    found = tuples("在您使用我们服务过程中，为识别帐号异常状态、了解产品适配性、维护基础功能的正常运行、保护您个人的虚拟财产以及配合政府有关部门的审查，"
                   "我们可能会收集您使用我们服务的操作行为。")
    assert (1, "usage", "collect", WE) in found
    assert not any(t == "financial" for _, t, *_ in found)
    # virtual property collected as such stays
    assert (1, "financial", "collect", WE) in tuples("我们会收集您的虚拟财产信息。")
