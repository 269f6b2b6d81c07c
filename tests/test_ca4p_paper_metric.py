"""CA4P-483 scored the way its paper scores its baselines: exact spans read back from a tag sequence, and the mean of
the per-tag (B/I/E) character scores; on small files written here."""

from __future__ import annotations

from pathlib import Path

from policycheck.evaluation.benchmarks import _tags, evaluate_ca4p, tag_average_score, tagged_span_score


def test_phrases_become_the_tags_a_character_tagger_would_output():
    assert _tags(6, [(1, 4)]) == ["O", "B-data", "I-data", "E-data", "O", "O"]
    assert _tags(3, [(2, 3)]) == ["O", "O", "S-data"]
    # overlapping phrases cannot both be tagged: the longer one is kept
    assert _tags(6, [(2, 4), (1, 5)]) == ["O", "B-data", "I-data", "I-data", "E-data", "O"]


def test_a_span_counts_only_when_both_of_its_ends_match():
    gold = [_tags(8, [(0, 3), (4, 8)])]
    assert tagged_span_score(gold, [_tags(8, [(0, 3), (4, 7)])]) == {
        "precision": 0.5, "recall": 0.5, "f1": 0.5, "n": 2, "tp": 1, "fp": 1, "fn": 1}


def test_tag_scores_are_averaged_over_b_i_e_and_leave_single_characters_out():
    gold = [["B-data", "I-data", "E-data", "O", "S-data"]]
    predicted = [["B-data", "I-data", "I-data", "O", "O"]]
    result = tag_average_score(gold, predicted)
    assert result["tags"]["B-data"]["f1"] == 1.0
    assert result["tags"]["I-data"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "n": 1}
    assert result["tags"]["E-data"]["f1"] == 0.0 and result["tags"]["S-data"]["n"] == 1
    assert result["f1"] == round((1.0 + 2 / 3 + 0.0) / 3, 4) and result["n"] == 3


def _reference(tmp_path: Path) -> Path:
    folder = tmp_path / "corpora" / "zh-ca4p483" / "train_dev_test"
    folder.mkdir(parents=True)
    text = "我们会收集您的手机号码。"
    start = text.index("手机号码")
    tags = ["O"] * len(text)
    tags[start:start + 4] = ["B-data", "I-data", "I-data", "I-data"]
    (folder / "test.char.bios").write_text("".join(f"{c}\t{t}\n" for c, t in zip(text, tags)) + "\n",
                                           encoding="utf-8")
    return tmp_path


def test_the_adapter_reports_the_papers_metrics_next_to_the_overlap_figure(tmp_path):
    result = evaluate_ca4p(_reference(tmp_path), "test")
    assert result["span_overlap"]["recall"] == 1.0
    assert result["span_exact_tagged"]["tp"] == 1 and result["span_exact_tagged"]["fp"] == 0
    assert result["tag_bie_average"]["f1"] == 1.0


def test_eval_json_keeps_the_overlap_task_and_adds_the_exact_one(tmp_path):
    from policycheck.cli import _evaluation_data

    benchmarks = {"ca4p483_test": evaluate_ca4p(_reference(tmp_path), "test"),
                  "piextract_validation": {"data_phrase": {"precision": 1.0, "recall": 1.0, "f1": 1.0, "n": 0}}}
    tasks = _evaluation_data(None, None, None, benchmarks, None)["tasks"]
    assert tasks["ca4p483_data_span"]["zh"] == benchmarks["ca4p483_test"]["span_overlap"]
    assert tasks["ca4p483_data_span_exact"]["zh"]["f1"] == 1.0


def _experiment():
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "experiments" / "ca4p_crf_tagger.py"
    spec = importlib.util.spec_from_file_location("ca4p_crf_tagger", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_tagger_experiment_marks_taxonomy_terms_and_our_tags_as_features():
    experiment = _experiment()
    assert experiment.lexicon_tags("收集手机号码和IP", {"手机号码", "手机", "IP"}, 4) == \
        ["O", "O", "B", "I", "I", "E", "O", "B", "E"]
    rows = experiment.features("手机号", ["B", "I", "E"], ["B-data", "E-data", "O"])
    assert "c[0]=手" in rows[0] and "c[-1]=\x02" in rows[0] and "class=han" in rows[0]
    assert "lex=I" in rows[1] and "pc=E-data" in rows[1] and "pc[+1]=O" in rows[1]
    assert not any(feature.startswith(("lex", "pc")) for feature in experiment.features("手机", None, None)[0])


def test_the_tagger_experiment_learns_spans_from_tags(tmp_path):
    import pytest

    pytest.importorskip("pycrfsuite")
    experiment = _experiment()
    texts = ["收集您的手机号码", "我们收集手机号码", "收集您的邮箱地址", "我们收集邮箱地址"] * 5
    train = []
    for text in texts:
        start = len(text) - 4
        train.append((experiment.features(text, None, None), _tags(len(text), [(start, len(text))])))
    (tagged,) = experiment.train_and_tag(train, [experiment.features("他们收集手机号码", None, None)])
    assert tagged == _tags(8, [(4, 8)])
