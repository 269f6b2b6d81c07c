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
