"""Gold slips found after arrival or in review, annotated as the guidelines say."""

from __future__ import annotations

from conftest import gold_line_tuples as _tuples


def test_possessive_generic_phrases_of_round_62_are_personal_information():
    # GUIDELINES: "your information", "your data" name personal information as a whole (personal_info)
    assert ("personal_info", "share", "first_party") in _tuples("en-r58-echo-scribe-privacy", 62)
    assert ("personal_info", "not_share", "first_party") in _tuples("en-r58-echo-scribe-privacy", 70)
    assert ("personal_info", "share", "first_party") in _tuples("en-r58-echo-scribe-privacy", 77)
    # an upload denial naming no recipient: not_collect by first_party only, no not_share (GUIDELINES: "never sent to
    # external servers")
    assert _tuples("en-r58-motmaenbash-privacy", 6) == {("personal_info", "not_collect", "first_party")}


def test_an_upload_denial_covers_the_data_processed_on_the_device_also_by_a_demonstrative():
    # "可能会要求您提供您的出生日期；这一信息仅会在您的设备上进行处理，不会发送至我们的服务器" (GUIDELINES: data kept on the device,
    # the denial repeating it by 这些信息), as zh-r4-zhihu 43
    assert {("identity.birthdate", "collect", "first_party"),
            ("identity.birthdate", "not_collect", "first_party")} <= _tuples("zh-r7-wechat", 127)


def test_attachments_kept_on_the_device_beside_the_chats_are_content():
    # "对话记录：聊天内容与附件" under "以下数据只保存在你的设备本地，不会发往开发者的服务器" (GUIDELINES: attachments are content)
    assert {("communication.messages", "not_collect", "first_party"),
            ("content", "not_collect", "first_party")} <= _tuples("zh-r38-gimi", 24)


def test_a_hometown_among_profile_fields_is_identity():
    # GUIDELINES: origin and hometown (籍贯, 家乡) are identity, where the person is from, not where the person is
    for slug, line in [("zh-r15-58tongcheng", 5), ("zh-r4-weibo", 21)]:
        assert ("identity", "collect", "first_party") in _tuples(slug, line), (slug, line)


def test_voice_information_named_with_searches_is_audio_as_well():
    # "搜索的字词（包括语音信息）" → usage.history and media.audio, alike in every file with the wording
    for slug, line in [("zh-r17-yingshi-daquan", 10), ("zh-r17-yingshi-daquan", 14), ("zh-r17-yingshi-daquan", 16),
                       ("zh-r24-mangguo-tv", 10), ("zh-r9-youku", 17)]:
        assert {("usage.history", "collect", "first_party"),
                ("media.audio", "collect", "first_party")} <= _tuples(slug, line), (slug, line)


def test_a_browser_fingerprint_is_a_device_identifier():
    # "❌ 不收集您的设备型号、操作系统版本、浏览器指纹或广告标识符", as 设备指纹信息 in zh-r8-zhuanzhuan 83
    assert ("device.id", "not_collect", "first_party") in _tuples("zh-r39-harmonia", 77)
    assert ("device.id", "share", "first_party") in _tuples("zh-r8-zhuanzhuan", 83)


def test_third_party_payment_accounts_collected_in_paying_are_payment_data():
    # "我们可能会收集您的第三方支付账号（支付宝账号、微信账号、银联账号及有关账号）" (GUIDELINES: 支付账号 → financial.payment)
    assert _tuples("zh-r2-xiaohongshu", 33) == {("financial.payment", "collect", "first_party")}


def test_posts_named_as_the_occasion_of_a_collection_are_content_in_both_copies_of_the_sentence():
    # "可在…发布…话题、对其他用户…内容进行评论。在此过程中，我们会收集您的设备信息…" (GUIDELINES: content an occasion of a collection names)
    for slug, line in [("zh-r13-kaixin-xiaoxiaole", 19), ("zh-r27-fushengweiqingge", 22)]:
        assert ("content", "collect", "first_party") in _tuples(slug, line), (slug, line)


def test_the_content_provided_uploaded_or_posted_in_a_caution_is_content_in_both_copies():
    # "您在…服务中所提供、上传或发布的内容和信息（例如…照片…），可能会泄露您的敏感信息"
    for slug, line in [("zh-r18-cctv-video", 55), ("zh-r26-jj-doudizhu", 51)]:
        assert {("content", "collect", "first_party"),
                ("media.photos", "collect", "first_party")} <= _tuples(slug, line), (slug, line)


def test_an_accounts_status_fits_no_type_in_every_file():
    # "Account status information (e.g., Active, Inactive)", "Driver account status" (GUIDELINES: fits no ID)
    assert not {t for t in _tuples("en-r18-super-productivity-sync", 28) if t[0].startswith("account")}


def test_mozillas_pointer_to_the_policy_covering_what_it_receives_describes_a_document_in_every_copy():
    # "When Mozilla receives information from you, our Mozilla Privacy Policy describes how we handle that information"
    for slug, line in [("zh-r32-common-voice", 7), ("en-r3-common-voice", 7), ("en-r20-firefox-monitor", 23),
                       ("zh-r36-firefox-monitor", 23), ("zh-r37-mozilla-websites-tw", 6)]:
        assert _tuples(slug, line) == set(), (slug, line)


def test_an_analytics_or_telemetry_service_denied_is_a_denial_of_usage_statistics_in_every_file():
    # "扩展当前没有项目自有的分析服务…", "不使用远程翻译、分析、遥测…接口", "不使用任何分析或追踪工具" (GUIDELINES: "No analytics,
    # advertising, telemetry, or tracking" → not_collect usage), as zh-r42-add2calendar 5, zh-r42-podcastclip 5,
    # zh-r41-airlyrics 11 and en-r18-super-productivity-sync 129 read it
    for slug, line in [("zh-r39-bilibili-subtitle-vocab", 9), ("zh-r39-bilibili-subtitle-vocab", 37),
                       ("zh-r34-lumi", 59), ("zh-r42-add2calendar", 5), ("zh-r42-podcastclip", 5),
                       ("zh-r41-airlyrics", 11), ("en-r18-super-productivity-sync", 129)]:
        assert ("usage", "not_collect", "first_party") in _tuples(slug, line), (slug, line)
    # "❌ 无第三方分析服务", "❌ 无崩溃报告服务": crash reporting denied is crash data (usage.logs), as zh-r43-whirl 15
    assert ("usage", "not_collect", "first_party") in _tuples("zh-r34-lumi", 89)
    assert ("usage.logs", "not_collect", "first_party") in _tuples("zh-r34-lumi", 93)


def test_a_photo_obtained_through_the_album_or_camera_is_collected_photos_and_camera_in_every_copy():
    # "并在您授权同意后，通过相册或相机获取您的照片" (Tencent's boilerplate), as zh-r32-tencent-qqxuanwu 18 and
    # zh-r36-tianya-mingyuedao 9 read it
    for slug, line in [("zh-r23-wangzhe-yingdi", 35), ("zh-r32-tencent-qqxuanwu", 18), ("zh-r36-tianya-mingyuedao", 9)]:
        assert {("media.photos", "collect", "first_party"),
                ("media.camera", "collect", "first_party")} <= _tuples(slug, line), (slug, line)
