"""English recall: sentence shapes and list structures that state a practice without the usual wording."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str, fmt: str = "markdown", name: str = "policy.md") -> set[tuple[int, str, str]]:
    return {(s.line, s.data_type, s.action) for s in statements_of(text, fmt, name)}


def test_items_under_a_how_we_use_heading_are_uses():
    # "### How We Use Your Data" over "- Display your content to authorized viewers": the heading names the practice
    # its verbless items take (GUIDELINES: a heading that names a practice introduces the lists of its section)
    text = "# Policy\n\n## How We Use Your Data\n\n### 1. To Provide Core Services\n\n- Display your content to authorized viewers\n"
    assert (7, "content", "use") in _found(text)
    text = "# Policy\n\n### What We Use AI For\n\n- **Search**: Index your public content for search\n"
    assert (5, "content", "use") in _found(text)


def test_a_use_heading_gives_no_use_to_paragraphs_or_under_a_policy_title():
    # a paragraph under the heading keeps its own reading; a policy title naming its topic is no such heading
    text = "# Policy\n\n## How we use your data\n\nOur charter explains how we deal with your personal information.\n"
    assert not _found(text)
    text = "# Privacy notice: how we use your data\n\n- think that your personal data has been misused\n"
    assert (3, "personal_info", "use") not in _found(text)
