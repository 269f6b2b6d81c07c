"""The nineteenth gold consistency pass (GUIDELINES: personal pronouns name no data; a practice named only as a noun
that a party's policy governs is a pointer; tool denials sit on the item that names the tool; processing on the
device only is `use`)."""

from __future__ import annotations

from conftest import gold_line_tuples as _tuples


def test_a_sale_denied_of_a_pronoun_names_no_data():
    # 55 "... and we do not sell it. We do not sell or rent any personal information ..."
    found = _tuples("en-w15-online-pharmacy", 55)
    assert ("health", "not_share", "first_party") not in found
    assert ("personal_info", "not_share", "first_party") in found


def test_a_use_by_a_partner_governed_by_its_policy_is_a_pointer():
    # 108 "Any use by the Partner of your data will be in accordance with the Partner's privacy policy."
    found = _tuples("en-r7-posthog", 108)
    assert not {t for t in found if t[1] == "use" and t[2] != "first_party"}
    assert ("personal_info", "store", "third_party") in found


def test_a_tool_denial_sits_on_the_item_naming_the_tool_not_on_the_introduction():
    # 88 "FireFlag does **NOT**:", 89 "- Use Google Analytics or similar services", 93 "- Include third-party ... trackers"
    assert not _tuples("en-r27-fireflag-extension", 88)
    assert {("usage", "not_collect", actor) for actor in ("first_party", "google_analytics", "third_party")} <= _tuples(
        "en-r27-fireflag-extension", 89
    )
    assert {("usage", "not_collect", "first_party"), ("usage", "not_collect", "third_party")} <= _tuples(
        "en-r27-fireflag-extension", 93
    )


def test_files_processed_only_on_the_device_are_used_and_not_uploaded():
    # 48 "您扫描和保存的文件仅在本地进行处理，不会上传至云端"
    found = _tuples("zh-r8-quark", 48)
    assert {("storage.files", "use", "first_party"), ("storage.files", "not_collect", "first_party")} <= found
