"""Traditional Chinese: policies folded to simplified characters (mappings/zh_t2s.yaml) before the Chinese analysis,
character for character, so that they extract like their simplified twins while lines, spans and evidence stay the
original text; Taiwanese vocabulary (資訊, 裝置, 網路, 軟體 ...) as term synonyms."""

from __future__ import annotations

import json

from conftest import mapping_problems_after_edit, statements_of

from policycheck.ingest import parse_policy
from policycheck.ingest.language import detect
from policycheck.resources import mappings_dir
from policycheck.taxonomy.loader import load_mapping, validate_mappings
from policycheck.taxonomy.matcher import fold


def _found(text: str) -> set[tuple[int, str, str, str]]:
    return {(s.line, s.data_type, s.action, s.actor) for s in statements_of(text)}


# --- the character table -------------------------------------------------------------------------------------------

def test_the_character_table_validates_and_is_one_to_one_and_final():
    import jsonschema

    schema = json.loads((mappings_dir() / "schema" / "zh_t2s.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = load_mapping("zh_t2s.yaml")
    assert not list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    characters = data["characters"]
    assert len(characters) > 3000
    assert all(len(t) == 1 and len(s) == 1 and t != s and s not in characters for t, s in characters.items())
    assert not [p for p in validate_mappings() if "zh_t2s" in p]
    # OpenCC's first candidate; the reverse of a one-form simplified character; the policy sense of an ambiguous one
    assert (characters["資"], characters["訊"], characters["暱"], characters["瞭"], characters["藉"]) == \
        ("资", "讯", "昵", "了", "借")
    assert "覆" not in characters  # simplified text writes 覆盖 too


def _problems_with_table_entry(tmp_path, monkeypatch, entry: str) -> list[str]:
    """What validate_mappings reports for a copy of mappings/ whose zh_t2s.yaml ends with `entry`."""
    return mapping_problems_after_edit(tmp_path, monkeypatch, "zh_t2s.yaml", lambda text: text + entry)


def test_a_table_entry_that_is_not_one_character_is_reported(tmp_path, monkeypatch):
    problems = _problems_with_table_entry(tmp_path, monkeypatch, '  "個資": "个资"\n')
    assert any(p.startswith("zh_t2s.yaml") and "個資" in p and "too long" in p for p in problems)


def test_a_table_entry_folded_again_is_reported(tmp_path, monkeypatch):
    problems = _problems_with_table_entry(tmp_path, monkeypatch, '  "个": "個"\n')
    assert "zh_t2s.yaml: 个 -> 個 is not final (folding is one pass)" in problems


def test_folding_keeps_the_length_and_maps_traditional_to_simplified():
    text = "我們會蒐集您的暱稱、帳號與裝置識別碼，藉此瞭解"
    assert fold(text) == "我们会搜集您的昵称、帐号与装置识别码,借此了解"
    assert len(fold(text)) == len(text)


def test_traditional_text_is_chinese():
    assert detect("我們會收集您的個人資料與瀏覽器類型。") == "zh"
    assert parse_policy("我們會收集您的個人資料。\n\n您可以隨時刪除您的帳號。", "policy.txt").language == "zh"


# --- extraction ----------------------------------------------------------------------------------------------------

TWINS = [
    ("我们会收集您的昵称、手机号码和设备型号。", "我們會收集您的暱稱、手機號碼和設備型號。"),
    ("为了解您的使用情况，我们会借由日志收集您的IP地址。", "為瞭解您的使用情況，我們會藉由日誌收集您的IP地址。"),
]


def test_traditional_sentences_extract_like_their_simplified_twins():
    for simplified, traditional in TWINS:
        assert _found(simplified) == _found(traditional)
    assert (1, "account.profile", "collect", "first_party") in _found(TWINS[0][1])


def test_lines_spans_and_evidence_stay_the_original_characters():
    text = "隱私權聲明\n\n我們會收集您的暱稱與手機號碼。\n\n我們不會出售您的個人資料。"
    statements = statements_of(text)
    nickname = next(s for s in statements if s.data_type == "account.profile")
    assert nickname.line == 3
    assert nickname.text == "我們會收集您的暱稱與手機號碼。"
    assert nickname.term == "暱稱"
    assert nickname.start is not None and nickname.text[nickname.start:nickname.start + len(nickname.term)] == "暱稱"
    denial = next(s for s in statements if s.line == 5)
    assert (denial.data_type, denial.action, denial.text, denial.term, denial.verb) == \
        ("personal_info", "not_share", "我們不會出售您的個人資料。", "個人資料", "出售")


# --- Taiwan / Hong Kong vocabulary ---------------------------------------------------------------------------------

def test_the_word_table_validates_and_keeps_lengths():
    words = load_mapping("zh_tw_words.yaml")["words"]
    assert words["资讯"] == "信息" and words["装置"] == "设备" and words["网路"] == "网络"
    assert all(len(word) >= len(mainland) for word, mainland in words.items())
    assert not [p for p in validate_mappings() if "zh_tw_words" in p]


def test_taiwanese_words_extract_like_their_mainland_twins():
    twins = [
        ("我们会收集您的设备信息与网络信息。", "我們會收集您的裝置資訊與網路資訊。"),
        ("我们会收集您的位置信息，并通过Cookie收集您的浏览记录。", "我們會收集您的位置資訊，並透過Cookie蒐集您的瀏覽紀錄。"),
        ("我们不会向第三方披露您的身份证号码。", "我們不會向第三方揭露您的身分證號碼。"),
        ("我们会收集您安装的软件信息与广告识别码。", "我們會收集您安裝的軟體資訊與廣告辨識碼。"),
    ]
    for simplified, traditional in twins:
        mainland, taiwan = _found(simplified), _found(traditional)
        assert mainland and mainland == taiwan, (simplified, mainland, taiwan)


def test_taiwanese_words_are_quoted_as_written():
    statements = statements_of("隱私權政策\n\n我們會收集您的裝置資訊與網路資訊。")
    device = next(s for s in statements if s.data_type == "device")
    assert device.line == 3 and device.text == "我們會收集您的裝置資訊與網路資訊。" and device.term == "裝置資訊"


def test_a_search_string_is_a_search_record_and_a_cell_tower_no_phone_number():
    assert (1, "usage.history", "collect", "first_party") in _found("我們會收集您的搜尋字串。")
    found = _found("我們判斷地點時，可能會利用您的 Wi-Fi 網路、行動電話基地台或 IP 位址。")
    assert not any(t == "contact.phone" for _, t, _, _ in found)
    assert any(t == "location.coarse" for _, t, _, _ in found)


def test_a_simplified_policy_quoting_a_traditional_name_keeps_its_mainland_words():
    # a few folded characters do not make a policy Traditional: 档案 is not read as anything else here
    text = "我们会收集您的健康档案。本政策适用于「臺灣」地区以外的用户。"
    assert any(t == "health" for _, t, _, _ in _found(text))


def test_a_term_written_with_taiwanese_words_is_read_as_written():
    # 身分證字號 and 裝置資料 are terms as written; their mainland readings (身份证字号, 设备资料) are none
    assert (1, "identity.id_number", "collect", "first_party") in _found("我們會收集您的身分證字號。")
    assert (1, "device", "collect", "first_party") in _found("我們會收集您的裝置資料。")
