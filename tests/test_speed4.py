"""`patterns_to_try` keeps, in their order, the patterns whose required strings a text holds (found for a whole list
in one scan; the data matcher's description regexes are chosen so too), and the Chinese segmenter remembers each
block's words without changing any."""

import copy
import re

import jieba

from policycheck.extract import lexicon
from policycheck.extract.lexicon import any_match, load_lexicon, patterns_to_try
from policycheck.extract.segmenter import Tokenizer
from policycheck.taxonomy import data_matcher, literal_finder, literals_present


def _may_match_each(patterns, text):
    """The test of each pattern on its own, as `any_match` made it pattern by pattern."""
    return [p for p in patterns if lexicon._may_match(p, text)]


def test_patterns_kept_in_order_by_their_strings():
    patterns = [re.compile(r"出售|售卖"), re.compile(r"\bsell\b", re.I), re.compile(r"\d{3}"), re.compile("拒绝提供"),
                re.compile("拒绝")]
    assert patterns_to_try(patterns, "we keep it") == [patterns[2]]  # no required string: always tried
    assert patterns_to_try(patterns, "We SELL it") == [patterns[1], patterns[2]]
    # a string found inside a longer one at the same place ("拒绝" in "拒绝提供") counts too
    assert patterns_to_try(patterns, "如您拒绝提供") == [patterns[2], patterns[3], patterns[4]]
    assert patterns_to_try(patterns, "售卖或拒绝") == [patterns[0], patterns[2], patterns[4]]
    assert patterns_to_try(patterns, "") == patterns
    assert patterns_to_try(iter(patterns), "拒绝") == [patterns[2], patterns[4]]


def test_case_variants_keep_every_case_ignoring_pattern():
    patterns = [re.compile(r"kelvin", re.I), re.compile("kelvin")]
    assert patterns_to_try(patterns, "\u212aelvin") == [patterns[0]]
    assert any_match(patterns, "\u212aelvin").re is patterns[0]


def test_a_list_built_for_each_call_is_indexed_once():
    first, second = [re.compile("alpha")], [re.compile("beta", re.I)]
    patterns_to_try(first + second, "BETA")
    built = len(lexicon._INDEXES_BY_ITEMS)
    assert patterns_to_try(first + second, "BETA") == second
    assert len(lexicon._INDEXES_BY_ITEMS) == built


def test_cue_lists_keep_what_each_pattern_test_keeps():
    texts = ["We do not sell your personal information.", "Please do not send us sensitive data.",
             "我们不会向第三方出售您的个人信息。", "如您不同意，请停止使用。", "如您拒绝提供，将无法使用。", "SELL",
             "Cookie glossary", "İstanbul cookies"]
    for language in ("en", "zh"):
        lex = load_lexicon(language)
        for value in vars(lex).values():
            if isinstance(value, list) and value and all(isinstance(p, re.Pattern) for p in value):
                for text in texts:
                    assert patterns_to_try(value, text) == _may_match_each(value, text)


def test_remembered_blocks_segment_as_jieba():
    text = "我们会收集您的个人信息，我们会收集您的设备信息（IMEI、MAC地址）abc 123。我们会收集您的个人信息"
    ours = Tokenizer()
    ours.initialize()
    theirs = jieba.Tokenizer()
    theirs.initialize()
    expected = list(theirs.tokenize(text, HMM=False))
    assert list(ours.tokenize(text, HMM=False)) == expected
    assert "我们会收集您的个人信息" in ours._blocks
    assert list(ours.tokenize(text, HMM=False)) == expected  # now from the remembered blocks


def test_remembered_blocks_forgotten_when_a_word_is_added():
    ours = Tokenizer()
    ours.initialize()
    assert [w for w, _, _ in ours.tokenize("收集设备标识码", HMM=False)] != ["收集", "设备标识码"]
    ours.add_word("设备标识码", freq=10_000_000)
    assert [w for w, _, _ in ours.tokenize("收集设备标识码", HMM=False)] == ["收集", "设备标识码"]


def test_one_scan_finds_every_needed_string():
    finder = literal_finder({"拒绝": 1, "拒绝提供": 2, "sell": 4, "提供": 8})
    assert literals_present(finder, "如您拒绝提供") == 1 | 2 | 8
    assert literals_present(finder, "we sell") == 4
    assert literals_present(finder, "无") == 0
    assert literal_finder({}) is None


def test_data_pattern_types_tried_as_each_type_alone():
    """The data matcher's description regexes (`patterns`) find what trying every type's regexes finds."""
    texts = ["Calls to our support line are recorded.", "We record your calls and messages.",
             "我们会记录您的通话内容。", "İstanbul calls are recorded", ""]
    for language in ("en", "zh"):
        matcher = data_matcher(language)
        found = [matcher.find(text) for text in texts]
        every = copy.copy(matcher)
        every._patterns_always, every._patterns_finder = (1 << len(matcher._patterns)) - 1, None
        assert [every.find(text) for text in texts] == found
