"""`any_match` skips a whole pattern list at once when the text holds none of the strings its patterns require, and
finds what trying each pattern in turn finds."""

import re

from policycheck.extract.lexicon import _literal_filter, any_match, load_lexicon


def _first(patterns, text):
    return next((m for m in (p.search(text) for p in patterns) if m), None)


def _same(a, b):
    return (a is None and b is None) or (a is not None and b is not None and a.re is b.re and a.span() == b.span())


def test_list_filter_built_when_every_pattern_requires_a_string():
    patterns = [re.compile(r"\bsell\b", re.I), re.compile(r"出售|售卖")]
    folded, exact = _literal_filter(patterns)
    assert folded is not None and folded.search("we sell it") and not folded.search("we keep it")
    assert exact is not None and exact.search("我们不会出售") and not exact.search("我们不会共享")
    assert any_match(patterns, "We do not keep it") is None
    assert any_match(patterns, "We do not SELL it").re is patterns[0]
    assert any_match(patterns, "我们不会出售").re is patterns[1]
    # a pattern without required strings turns the list filter off; the patterns are still tried in order
    mixed = patterns + [re.compile(r"\d{3}")]
    assert _literal_filter(mixed) == (False, False)
    assert any_match(mixed, "we keep it 365 days").re is mixed[2]


def test_list_filter_follows_a_list_changed_after_first_use():
    patterns = [re.compile("alpha")]
    assert any_match(patterns, "beta") is None
    patterns.append(re.compile("beta"))
    assert any_match(patterns, "beta").re is patterns[1]


def test_case_variants_and_empty_text_fall_back_to_each_pattern():
    patterns = [re.compile(r"kelvin", re.I)]
    assert any_match(patterns, "\u212aelvin") is not None  # the Kelvin sign matches k case-insensitively
    assert any_match([re.compile(r"^$")], "") is not None
    assert any_match([], "text") is None


def test_cue_lists_give_what_each_pattern_gives():
    texts = ["We do not sell your personal information.", "Please do not send us sensitive data.",
             "我们不会向第三方出售您的个人信息。", "如您不同意，请停止使用。", "", "SELL", "Cookie glossary"]
    for language in ("en", "zh"):
        lexicon = load_lexicon(language)
        for value in vars(lexicon).values():
            if isinstance(value, list) and value and all(isinstance(p, re.Pattern) for p in value):
                for text in texts:
                    assert _same(any_match(value, text), _first(value, text))
