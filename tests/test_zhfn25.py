"""Chinese recall: a bold run-in label naming data over a sentence whose practice takes a generic object ("等資料",
"這些資料") gives the label's data that practice."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_label_names_the_generic_object_of_its_sentence():
    # zh-r40-firefox-tw:111
    assert ("usage", "collect", "first_party") in _found(
        "* __互動資料__：我們會收到您進入 Firefox 帳戶網站、儀表板、選單喜好設定、您透過 Firefox 帳戶使用的產品及服務、"
        "您和我們的電子郵件及簡訊的互動情形等資料。")
    # zh-r40-firefox-tw:37: only the label's head phrase (互動資料), not 技術 before it
    assert _found("* __技術與互動資料__：Firefox 會向我們傳送諸如我們所建議內容的位置、大小與置入方式等資料。") == {
        ("usage", "collect", "first_party")}
    assert _found("* __位置資料__：我們不會收集這些資料。") == {("location", "not_collect", "first_party")}


def test_label_without_a_generic_object_or_data_stays_a_title():
    # a label naming no data, and a generic noun that is no object of a practice verb, give nothing
    assert _found("* __聯絡我們__：您可以透過電子郵件等資訊聯絡我們。") == set()
    assert _found("* __位置資料__：這些資料可協助您找到附近的商店。") == set()
