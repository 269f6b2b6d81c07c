"""The thirteenth gold consistency pass: the same wording read alike across dev files."""

from __future__ import annotations

from conftest import gold_line_tuples as _tuples


def test_processing_the_users_payments_as_a_purpose_uses_the_transaction_records():
    # "We may use the information … to: - process payments, refunds and Resale Exchange payouts using the card or bank
    # details you have supplied" (GUIDELINES, processing payments named as a purpose), as fleet 62, rideshare 47, hipaa 71
    assert {("financial.transactions", "use", "first_party"),
            ("financial.payment", "use", "first_party")} <= _tuples("en-w16-ticketing", 38)
    for slug, line in [("en-r15-fleet-device-management", 62), ("en-w5-rideshare", 47), ("en-w7-hipaa", 71)]:
        assert ("financial.transactions", "use", "first_party") in _tuples(slug, line), (slug, line)


def test_a_caution_that_the_users_shares_may_contain_named_types_collects_them():
    # "请注意，这其中可能包含您的个人身份信息、个人财产信息等敏感信息" after the user's sharing (GUIDELINES, personal information a
    # caution says the user's own posts may contain → collect by first_party with the types named), as avalon 31
    for slug, line in [("zh-r22-avalon", 31), ("zh-r7-qqmusic", 67), ("zh-r17-tencent-map", 40),
                       ("zh-r21-qidian-reading", 69)]:
        assert {("identity", "collect", "first_party"), ("financial", "collect", "first_party")} <= _tuples(slug, line), \
            (slug, line)
    # "您主动公开的信息中可能包含他人的个人信息", as hanju-tv 32
    assert ("personal_info", "collect", "first_party") in _tuples("zh-r21-qidian-reading", 69)
    assert ("personal_info", "collect", "first_party") in _tuples("zh-r18-hanju-tv", 32)


def test_one_subject_integrating_an_sdk_and_collecting_gives_both_collections():
    # "本软件可能会集成第三方SDK并收集您的部分设备信息": 本软件 is the subject of 收集 as of 集成 (GUIDELINES, the first party
    # collecting through an SDK it embeds → both collect)
    assert {("device", "collect", "first_party"), ("device", "collect", "third_party")} <= _tuples("zh-r33-simpfun", 16)


def test_data_said_to_be_stored_by_processors_is_shared_with_them_only():
    # "PHI data is only stored and processed by the following subset of subprocessors" reads as "All payment data is
    # stored by Stripe" (GUIDELINES, en-r14-langfuse-cloud 32): share with the processors, no store by first_party
    assert _tuples("en-r57-langfuse-subprocessors", 43) == {("health", "share", "first_party")}
    assert ("financial.payment", "share", "first_party") in _tuples("en-r14-langfuse-cloud", 32)
    assert not any(action == "store" for _, action, _ in _tuples("en-r14-langfuse-cloud", 32))


def test_emails_named_as_data_are_correspondence():
    # "Cookies, emails, and website usage data" of Google "To store CodeCombat emails, … including support emails from …
    # customers", as zulip 29 "Identifying information in emails, letters, Zulip messages or support communications"
    # (GUIDELINES, correspondence → communication.messages; the e-mail address stays contact.email)
    for line in (86, 116):
        got = _tuples("en-r15-codecombat-privacy-notice", line)
        assert ("communication.messages", "share", "first_party") in got
        assert not any(data_type == "contact.email" for data_type, _, _ in got)
    assert ("communication.messages", "collect", "first_party") in _tuples("en-r5-zulip", 29)


def test_cookies_keeping_preferences_based_on_site_activity_collect_the_activity():
    # "…your preferences based on previous or current site activity": the site activity the cookies obtain → collect
    # usage in each copy of this cookie paragraph
    for slug, line in [("en-r18-foss-responders", 21), ("en-r15-codecombat-privacy-notice", 19), ("en-r28-treesnap", 47)]:
        assert {("usage.cookies", "use", "first_party"), ("usage", "collect", "first_party")} <= _tuples(slug, line), \
            (slug, line)


def test_information_about_when_you_use_the_service_is_times_of_use():
    # "information about how and when you use our Services/App" → usage and usage.logs (times of use, GUIDELINES)
    for slug, line in [("en-r14-langfuse-cloud", 37), ("en-r50-trailya-app-privacy", 38)]:
        assert {("usage", "collect", "first_party"), ("usage.logs", "collect", "first_party")} <= _tuples(slug, line), \
            (slug, line)


def test_the_personal_information_described_above_is_a_demonstrative():
    # "We use the personal information described above to:" / "… for the following purposes:" (GUIDELINES, demonstratives)
    assert _tuples("en-w14-tenant-portal", 107) == set()
    assert _tuples("en-w3-lingofox", 25) == set()


def test_information_about_the_browser_is_the_browser_type():
    # "Operating system and information about the browser used when visiting the site", "information about your
    # browser" → device.hardware, no device (GUIDELINES, the browser named as such)
    for slug, line in [("en-r54-nih-gov-privacy", 13), ("en-r51-cdc-gov-privacy", 24), ("en-r48-cms-gov-privacy", 26),
                       ("en-r50-healthcare-gov-privacy", 26), ("en-r13-arxiv-cornell", 59),
                       ("en-r45-defender-endpoint-android-privacy", 81)]:
        got = _tuples(slug, line)
        assert any(data_type == "device.hardware" for data_type, _, _ in got), (slug, line)
        assert not any(data_type == "device" for data_type, _, _ in got), (slug, line)


def test_customer_service_records_kept_to_help_solve_problems_are_stored_not_used():
    # "为便于与您联系、尽快帮助您解决问题…我们可能会保存您与我们的沟通、通信/通话记录及相关内容" → store communication.messages only
    # (GUIDELINES, responding as a purpose adds no use when the line keeps the messages)
    for slug, line in [("zh-r30-lingxi-sanguozhi", 24), ("zh-r5-taobao", 50), ("zh-r9-xianyu", 42), ("zh-r6-dewu", 59),
                       ("zh-r10-uc-browser", 51), ("zh-r19-alibaba-1688", 49)]:
        got = _tuples(slug, line)
        assert ("communication.messages", "store", "first_party") in got, (slug, line)
        assert ("communication.messages", "use", "first_party") not in got, (slug, line)
