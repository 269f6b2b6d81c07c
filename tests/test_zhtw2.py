"""Traditional Chinese, Taiwan vocabulary: settings, interface, media and device words read as their mainland words
(設定/设置, 點選/点击, 檢視/查看, 執行/运行, 藍芽/蓝牙, 線上/在线, 儲存/存储 ...), and Taiwan words longer than their
mainland words (使用者/用户, 許可權/权限) read as the mainland word followed by spaces, so offsets are kept."""

from __future__ import annotations

from conftest import statements_of

from policycheck.extract.traditional import _words
from policycheck.taxonomy.loader import load_mapping, validate_mappings


def _found(text: str) -> set[tuple[int, str, str, str, str | None]]:
    return {(s.line, s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}


def test_taiwanese_interface_and_device_words_extract_like_their_mainland_twins():
    twins = [
        ("当您在设置中开启蓝牙时，我们会收集附近设备的蓝牙信息。", "當您在設定中開啟藍芽時，我們會收集附近裝置的藍芽資訊。"),
        ("我们会收集您点击和查看的内容记录。", "我們會收集您點選和檢視的內容記錄。"),
        ("我们会收集您在线浏览的链接。", "我們會收集您線上瀏覽的連結。"),
        ("我们会收集传感器信息。", "我們會收集感測器資訊。"),
        ("我们会申请存储权限用于缓存图片。", "我們會申請儲存許可權用於快取圖片。"),
    ]
    for simplified, traditional in twins:
        mainland, taiwan = _found(simplified), _found(traditional)
        assert mainland and mainland == taiwan, (simplified, mainland, taiwan)


def test_a_permission_written_with_xukequan_is_read_as_a_permission():
    simplified = "我们会申请您设备的相册存储权限，以便您上传文件。"
    traditional = "我們會申請您裝置的相簿儲存許可權，以便您上傳檔案。"
    taiwan = _found(traditional)
    assert (1, "storage.files", "collect", "first_party", None) in taiwan
    assert taiwan == _found(simplified)


def test_a_longer_taiwanese_word_is_read_padded_to_its_length():
    words = _words()[1]
    assert words["使用者"] == "用户 " and words["许可权"] == "权限 " and words["识别符号"] == "标识符 "
    assert all(len(word) == len(reading) for word, reading in words.items())
    # the statement quotes the original words at the same place
    statement = next(s for s in statements_of("隱私權政策\n\n我們會申請您的儲存許可權，用於儲存使用者上傳的檔案。")
                     if s.data_type == "storage.files")
    assert statement.line == 3 and statement.text == "我們會申請您的儲存許可權，用於儲存使用者上傳的檔案。"
    assert statement.text[statement.start:statement.start + len(statement.term)] == statement.term


def test_the_word_table_accepts_shorter_mainland_words_only():
    words = load_mapping("zh_tw_words.yaml")["words"]
    assert words["使用者"] == "用户" and words["设定"] == "设置" and words["点选"] == "点击"
    assert all(len(word) >= len(mainland) for word, mainland in words.items())
    assert not [p for p in validate_mappings() if "zh_tw_words" in p]


def test_a_simplified_policy_keeps_its_words():
    # the table applies to policies written in Traditional characters only
    assert (1, "device.apps", "collect", "first_party", None) in _found("我们会收集您设备上正在运行和执行的应用列表。")


def test_a_variant_two_terms_share_is_read_as_the_mainland_term_in_any_order():
    # "相簿许可权" is how Taiwan text writes both 相册权限 and the kept term 相簿权限: the term with no Taiwan word of its
    # own reads it, whatever order the set of terms iterates in (it varied with the hash seed)
    from policycheck.extract.traditional import _written_with_longer_words

    words = {"相簿": "相册", "许可权": "权限 "}
    forward = _written_with_longer_words({"相册权限", "相簿权限"}, words)
    for terms in (["相簿权限", "相册权限"], ["相册权限", "相簿权限"]):
        table = _written_with_longer_words(dict.fromkeys(terms).keys(), words)
        assert table == forward
    assert forward["相簿许可权"] == "相册权限 "
