"""Public-benchmark adapters (CA4P-483 BIOS characters, PI-Extract CoNLL files), on small files written here."""

from __future__ import annotations

from pathlib import Path

from policycheck.evaluation.benchmarks import (GENERIC_PHRASE, PIEXTRACT_LABELS, _bio_spans, evaluate_piextract,
                                               read_ca4p, read_piextract)


def _conll(tokens: list[tuple[str, str]]) -> str:
    return "-DOCSTART- -X- O O\n\n" + "".join(f"{word} _ _ {tag}\n" for word, tag in tokens) + "\n"


SENTENCE = [("We", "O"), ("collect", "O"), ("your", "B-COLLECT"), ("e", "I-COLLECT"), ("-", "I-COLLECT"),
            ("mail", "I-COLLECT"), ("address", "I-COLLECT"), ("and", "O"), ("other", "B-COLLECT"),
            ("information", "I-COLLECT"), (".", "O")]


def _piextract(tmp_path: Path) -> Path:
    dataset = tmp_path / "corpora" / "en-piextract" / "dataset"
    for directory in PIEXTRACT_LABELS:
        (dataset / directory).mkdir(parents=True)
        tags = SENTENCE if directory == "CollectUse_true" else [(word, "O") for word, _ in SENTENCE]
        (dataset / directory / "validation.conll03").write_text(_conll(tags), encoding="utf-8")
    return tmp_path


def test_bio_spans_close_on_a_new_begin_and_on_end_tags():
    assert _bio_spans(["B-X", "I-X", "B-X", "O", "S-Y", "B-Z", "E-Z"]) == [(0, 2, "X"), (2, 3, "X"), (4, 5, "Y"),
                                                                          (5, 7, "Z")]


def test_piextract_sentences_are_rejoined_with_hyphenated_words_whole(tmp_path):
    sentences = read_piextract(_piextract(tmp_path) / "corpora" / "en-piextract" / "dataset", "validation")
    assert sentences[0].text == "We collect your e-mail address and other information."
    assert [sentences[0].text[a:b] for a, b, _ in sentences[0].spans] == ["your e-mail address", "other information"]


def test_generic_gold_phrases_are_left_out_of_the_mapped_figure(tmp_path):
    assert GENERIC_PHRASE.match("other information") and GENERIC_PHRASE.match("the data")
    assert not GENERIC_PHRASE.match("personal information") and not GENERIC_PHRASE.match("usage data")
    result = evaluate_piextract(_piextract(tmp_path))
    assert result["data_phrase"]["n"] == 2 and result["data_phrase"]["recall"] == 0.5
    assert result["data_phrase_mapped"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "n": 1}
    assert result["collect"]["recall"] == 0.5


def test_ca4p_characters_and_tags_become_sentences_with_spans(tmp_path):
    path = tmp_path / "dev.char.bios"
    rows = [("我", "O"), ("们", "O"), ("收", "O"), ("集", "O"), ("手", "B-data"), ("机", "I-data"), ("号", "E-data")]
    path.write_text("".join(f"{c} {t}\n" for c, t in rows) + "\n", encoding="utf-8")
    sentences = read_ca4p(path)
    assert sentences[0].text == "我们收集手机号"
    assert sentences[0].spans == [(4, 7, "data")]


def _opp115_policy(tmp_path: Path, text: str, rows: list[str]) -> Path:
    """A reference folder holding one OPP-115 policy (segments joined by "|||") and its annotation rows."""
    folder = tmp_path / "corpora" / "en-opp115"
    (folder / "sanitized_policies").mkdir(parents=True)
    (folder / "consolidation" / "threshold-0.75-overlap-similarity").mkdir(parents=True)
    (folder / "sanitized_policies" / "1_example.com.html").write_text(text, encoding="utf-8")
    (folder / "consolidation" / "threshold-0.75-overlap-similarity" / "1_example.com.csv").write_text(
        "".join(rows), encoding="utf-8")
    return tmp_path


def _opp115_row(annotator: str, segment: int, category: str, kind: str, does: str = "Does") -> str:
    import json

    attributes = json.dumps({"Personal Information Type": {"value": kind}, "Does/Does Not": {"value": does}})
    return ",".join([f"{annotator}{segment}", annotator, "1", "1", str(segment), category,
                     '"' + attributes.replace('"', '""') + '"', "Not specified", "http://example.com"]) + "\n"


def _opp115(tmp_path: Path) -> Path:
    """One OPP-115 policy of two segments; three annotators, who agree on the contact data of segment 0 only."""
    first, third = "First Party Collection/Use", "Third Party Sharing/Collection"
    rows = [_opp115_row("a", 0, first, "Contact"), _opp115_row("b", 0, first, "Contact"),
            _opp115_row("c", 0, first, "Unspecified"), _opp115_row("a", 1, third, "Location"),
            _opp115_row("b", 1, third, "Health")]
    return _opp115_policy(tmp_path, "We collect your email address and phone number.|||We share your location with "
                                    "advertisers.", rows)


def test_opp115_segments_are_scored_by_information_type(tmp_path):
    from policycheck.evaluation.benchmarks import evaluate_opp115, opp115_type, read_opp115

    assert opp115_type("contact.email") == "Contact" and opp115_type("identity.name") == "Contact"
    assert opp115_type("device.id.imei") == "IP address and device IDs" and opp115_type("device.hardware") == \
        "Computer information"
    assert opp115_type("biometric.face") is None
    (_, segments, votes), = read_opp115(_opp115(tmp_path) / "corpora" / "en-opp115")
    assert len(segments) == 2
    assert votes == {(0, "first", "+", "Contact"): 2, (1, "third", "+", "Location"): 1,
                     (1, "third", "+", "Health"): 1}  # "Unspecified" is no type
    result = evaluate_opp115(_opp115(tmp_path / "again"))
    assert result["majority"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "n": 1, "tp": 1, "fp": 1, "fn": 0}
    assert result["any"]["tp"] == 2 and result["any"]["fn"] == 1  # the health label has no statement
    assert result["any_third_party"]["tp"] == 1


def test_opp115_in_context_extracts_each_policy_whole(tmp_path):
    """A list item segment takes its practice from the introduction in the segment before it only in context."""
    from policycheck.evaluation.benchmarks import evaluate_opp115

    first = "First Party Collection/Use"
    reference = _opp115_policy(tmp_path, "<p>When you register, we collect the following information:</p>|||"
                                         "<ul><li>Your email address</li></ul>",
                               [_opp115_row("a", 1, first, "Contact"), _opp115_row("b", 1, first, "Contact")])
    assert evaluate_opp115(reference)["majority"]["tp"] == 0
    assert evaluate_opp115(reference, in_context=True)["majority"]["tp"] == 1
