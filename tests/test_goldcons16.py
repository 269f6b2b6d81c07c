"""The sixteenth gold consistency pass: gold slips reported while tuning (Chinese), read again against the guidelines."""

from __future__ import annotations

from conftest import dev_gold_statements, gold_line_tuples as _tuples


def test_payment_progress_collected_from_the_payment_providers():
    # "您同意我们可自上述支付信息服务提供方收集与支付进度相关信息", as the same sentence in zh-r5-taobao 43
    assert ("financial.transactions", "collect", "first_party") in _tuples("zh-r30-lingxi-sanguozhi", 18)
    assert ("financial.transactions", "collect", "first_party") in _tuples("zh-r5-taobao", 43)


def test_wifi_as_a_technique_of_locating_is_used():
    assert _tuples("zh-r8-china-mobile", 14) == {
        ("location", "collect", "first_party"), ("location.precise", "collect", "first_party"),
        ("location.coarse", "collect", "first_party"), ("device.network", "use", "first_party"),
        # goldcons26: the items under "收集、存储和使用下列与您有关的信息" (line 3) take use and store beside collect
        ("location", "use", "first_party"), ("location.precise", "use", "first_party"),
        ("location.coarse", "use", "first_party"), ("location", "store", "first_party"),
        ("location.precise", "store", "first_party"), ("location.coarse", "store", "first_party")}


def test_an_invoice_organisation_name_is_occupation():
    assert ("identity.occupation", "collect", "first_party") in _tuples("zh-r29-menghuan-xinzhuxian", 28)


def test_a_profile_region_is_coarse_location():
    for slug, line in [("zh-r25-qq", 9), ("zh-r25-qq-liulanqi", 7)]:
        tuples = _tuples(slug, line)
        assert ("location.coarse", "collect", "first_party") in tuples, slug
        assert ("location", "collect", "first_party") not in tuples, slug


def test_the_avatar_named_as_a_permissions_purpose_gives_no_profile():
    assert ("account.profile", "collect", "first_party") not in _tuples("zh-r3-ximalaya", 57)
    assert ("media.photos", "collect", "first_party") in _tuples("zh-r3-ximalaya", 57)


def test_the_registration_date_is_a_log_timestamp():
    for slug, line in [("zh-r3-ximalaya", 13), ("zh-r4-zhihu", 13)]:
        assert ("usage.logs", "collect", "first_party") in _tuples(slug, line), slug
    assert ("usage.logs", "share", "first_party") in _tuples("zh-r19-alibaba-1688", 79)


def test_subtitles_an_extension_reads_are_content():
    # the subtitles of the video the user watches are page text the tool reads (GUIDELINES, text of the pages open)
    slug = "zh-r39-bilibili-subtitle-vocab"
    assert _tuples(slug, 7) == {("content", "collect", "first_party")}
    assert _tuples(slug, 15) == {("content", "use", "first_party")}
    assert _tuples(slug, 33) == {("content", "collect", "first_party")}
    assert _tuples(slug, 34) == {("content", "collect", "first_party"), ("content", "not_share", "first_party")}
    assert {s["recipient"] for s in dev_gold_statements(slug) if s["line"] == 34 and s["action"] == "not_share"} == {
        "third_party"}
    assert ("content", "collect", "first_party") in _tuples("zh-r43-bilimuzhi", 27)
    assert ("content", "share", "first_party") in _tuples("zh-r42-podcastclip", 13)


def test_a_transfer_abroad_naming_only_countries_and_the_service_itself_is_use():
    assert _tuples("en-w4-payroll", 76) == {("personal_info", "use", "first_party")}


def test_anonymous_event_fields_stay_unannotated_beside_the_user_id():
    for line in (38, 39, 40, 42):
        assert _tuples("en-r18-scrape-similar-extension", line) == set(), line
    assert _tuples("en-r18-scrape-similar-extension", 41) == {("account.credentials", "collect", "posthog")}
