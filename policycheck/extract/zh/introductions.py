"""Chinese introductions stating several actions of ours over the items and scenarios after them.

"通常情况下，我们会在以下场景收集和使用您的个人信息：", "会收集、储存或以其他合法方式使用下列与您有关的信息：", "我们需要/可能
需要收集和使用的您的个人信息包括如下两种：": an introduction naming the scenarios, features, purposes or information it
lists with collecting and using (and storing) gives each of its items every action it states, beside the `collect` the
items have of their own (`_actions_of_zh_introductions`). This module reads where that reach starts
(`_multi_action_intro`) and ends (`_IntroScope`): headings as high as the introduction's section, the numbered sections
of the policy's outline, the next section number, the cookie section, the statutory exemptions, a paragraph on the
items above ("上述功能可能需要…"); and the lines that go on with it without being items: the kinds the data is sorted
into ("（一）基础必要功能", "第一种"), a line introducing the scenarios ("我们会为您提供的各项具体功能场景包括："), a
caution on what the user's posts may contain ("请注意，您公开发布的信息中可能会涉及…").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from ...records import FIRST_PARTY, Document, Sentence, Statement
from ..base import ZH_RIGHTS_INTRO, SentenceAnalysis, _leading_number, _states_exemption, _states_practice
from ..lexicon import Lexicon


# "通常情况下，我们会在以下场景收集和使用您的个人信息：", "会收集、储存或以其他合法方式使用下列与您有关的信息：",
# "我们会出于以下目的，收集和使用您以下类型的个人信息：": a Chinese introduction naming the scenarios, features or
# purposes after it ("以下附加功能", "以下场景", "以下情形", "以下目的") or the information it lists ("下列与您有关的信息")
# ("下述的各项功能", "按照如下方式") or the information it lists ("下列与您有关的个人信息", "收集并使用如下信息", "相应的下述信息")
ZH_SCENARIOS_NAMED = re.compile(r"(?:以下|下列|如下|下述)[^，。；：、]{0,6}?(?:功能|服务|场景|情形|情况|目的|方式)")
ZH_DATA_NAMED = re.compile(r"(?:下列|以下|如下|下述)(?:与您有关的)?(?:个人)?信息")
# "收集和使用", "收集、使用", "收集、储存和使用", "收集、储存或以其他合法方式使用": collecting with using (and storing)
ZH_SEVERAL_ACTIONS = re.compile(r"收集[、，,和及与并]*(?:(?P<store>储存|存储|保存)[、，,和及与或并]*)?(?:以其他合法方式)?使用")
# "这些SDK可能会…", "我们不会…": another party or a denial before the verbs of an introduction
ZH_OTHER_ACTOR_BEFORE = re.compile(r"SDK|第三方|合作方|合作伙伴|不会|不得|未经|无需|禁止", re.I)
# "4. Cookie 及同类技术", "二、…", "第三条 …": a heading numbered at the top of the policy's outline
ZH_OUTLINE_HEADING = re.compile(r"\s*(?:\d+\s*[.、．](?!\d)|[一二三四五六七八九十]+\s*[、.．]|第[一二三四五六七八九十\d]+[条章部分])")
# "我们需要/可能需要收集和使用的您的个人信息包括如下两种：", "我们收集和使用的您的个人信息类型包括两种：第一种…": an
# introduction sorting what it collects and uses into kinds (the basic and the additional features)
ZH_KINDS_NAMED = re.compile(r"包[括含](?:如下|以下|下列)?的?[两二三四几]种")
# "1、为实现向您提供我们产品及/或服务的基本功能，您须授权我们收集、使用的必要的信息。", "（一）基础必要功能": a line sorting
# the data into those kinds; "我们会为您提供的各项具体功能场景包括：", "我们会为您提供的各项基本功能包括：": a line
# introducing the scenarios. Neither states a practice of its own nor ends the reach of the introduction before it.
ZH_KINDS_LINE = re.compile(r"(?:基本|附加|核心|基础|必要|拓展|扩展)(?:业务|必要)?功能|第[一二]种")
ZH_SCENARIOS_LINE = re.compile(r"(?:功能场景|功能|场景)(?:包括|如下|有)[^。；]{0,4}[：:]\s*$")
# "请注意，您公开发布的信息中可能会涉及您或他人的个人信息…", "（4）请注意，您上传的信息中可能会涉及…": a caution on what
# the user's posts may contain, which states the collection of what is posted but none of the introduction's uses
ZH_POST_CAUTION = re.compile(r"^\W*(?:[（(]\d+[)）])?\s*请(?:您)?注意[，,：:]?\s*您(?:公开)?(?:发布|上传|分享)的(?:信息|内容)中?可能")
# "2、Cookie和同类技术的服务", "（十）Cookies的使用": the title of the cookie section
ZH_COOKIE_TITLE = re.compile(r"cookie", re.I)
# "上述功能可能需要您…开启…权限", "2、以上权限，均不会默认开启", "在相应电子银行系统使用过程中，上述功能可能需要…": a
# paragraph on the items above, after the list
ZH_SUMMARY_OPENING = re.compile(r"\s*(?:\d+(?:\.\d+)*\s*[.、．]?\s*)?(?:[^，。；：]{0,20}，)?(?:上述|以上|前述)")


@dataclass
class _IntroScope:
    """The reach of a Chinese introduction stating several actions of ours over what follows it."""

    actions: list[str]  # what it adds beside `collect` ("use", "store")
    section_depth: int  # how many headings are over it: a heading this high or higher ends it
    number: str  # its own section number ("2.2"), or ""
    # the level of the numbered headings that are its items ("（二）我们会出于以下目的，收集和使用…：" / "1、帮助您完成注册
    # 及登录" / "2、…"), 0 if the first heading after it is no item, None before that heading
    item_level: int | None = None
    item_number: str = ""  # the number of its last item read as a paragraph or list item ("1" of "1、帮助您…"), or ""
    # the level of the first heading after it when that is an unnumbered sub-heading ("（一）帮助您成为…用户"), whose
    # own numbered sub-headings ("1、信息发布及交易功能" under "（二）…") go on; 0 otherwise
    sub_level: int = 0
    kinds_level: int = 0  # the level of the headings sorting its data into kinds ("（一）基础必要功能"), or 0


def _multi_action_intro(sentences: list[Sentence], analyses: list[SentenceAnalysis], indices: list[int],
                        text: str, zh: Lexicon) -> list[str]:
    """The actions beside `collect` (`use`, `store`) that a Chinese block introducing a list or scenarios states as
    ours ("我们会在以下场景收集和使用您的个人信息：" -> ["use"]; "我们需要/可能需要收集和使用的您的个人信息包括如下两种：",
    whose verbs qualify the data it sorts into kinds, -> ["use"]), or [] for any other block (not "收集和使用的您的个人信息
    将用于…", whose verbs only qualify the data, nor "这些SDK可能会收集和使用", another party's). It need not end
    in "：" ("我们会出于本政策所述的下列目的收集和使用您的个人信息。"), and what it names may follow in a later sentence of
    the block ("您可选择授权我们收集、使用相应的个人信息，…。我们可能需要您…收集相应的下述信息：")."""
    if ZH_RIGHTS_INTRO.search(text):
        return []
    actions: set[str] = set()
    for position, index in enumerate(indices):
        sentence = sentences[index]
        verbs = ZH_SEVERAL_ACTIONS.search(sentence.text)
        # what it names is in the verbs' sentence or in the next one if that goes on with our practice ("我们可能需要
        # 收集相应的下述信息："), not the user's choice ("您可在以下情形自主选择是否提供个人信息：") nor further on
        named = any((ZH_SCENARIOS_NAMED.search(sentences[i].text) or ZH_DATA_NAMED.search(sentences[i].text))
                    and (i == index or "我们" in sentences[i].text) for i in indices[position:position + 2])
        # "我们收集和使用的您的个人信息包括如下两种：": the verbs qualify the data the kinds sort, ours
        kinds = verbs is not None and ZH_KINDS_NAMED.search(sentence.text, verbs.end()) is not None
        if (verbs is None or not (named or kinds) or sentence.text.startswith("的", verbs.end()) and not kinds
                or ZH_OTHER_ACTOR_BEFORE.search(sentence.text, 0, verbs.start())
                or any(_states_exemption(p, sentence.text) for p in zh.exemptions)
                or any(f.actor != FIRST_PARTY or f.negated for f in analyses[index].frames)):
            continue
        actions |= {"use"} | ({"store"} if verbs.group("store") else set())
    return sorted(actions)


def _actions_of_zh_introductions(statements: list[Statement], sentences: list[Sentence],
                                 analyses: list[SentenceAnalysis], document: Document, zh: Lexicon) -> list[Statement]:
    """The other actions a Chinese introduction states over its items and scenarios, beside the `collect` of ours each
    of them has ("在以下场景收集和使用您的个人信息：" / "1.2.1 …我们会收集您的真实姓名…" → `collect` and `use` of the
    name; GUIDELINES: an introduction stating several actions gives each of them to its items). The reach runs to the
    next heading as high as the introduction's section, a next section number beside the introduction's own, or (for an
    unnumbered introduction) a paragraph on the items above ("上述功能可能需要…"); such a paragraph takes nothing."""
    if not statements or not any(s.language == "zh" for s in sentences):
        return []
    by_block: dict[int, list[int]] = defaultdict(list)
    for index, sentence in enumerate(sentences):
        by_block[sentence.block_index].append(index)
    scopes: list[_IntroScope] = []
    added_at: dict[int, set[str]] = defaultdict(set)
    for block_index in sorted(by_block):
        indices = by_block[block_index]
        first = sentences[indices[0]]
        block = document.blocks[block_index]
        # "1、为实现…基本功能，您须授权我们收集、使用的必要的信息。", "我们会为您提供的各项具体功能场景包括：": a line sorting
        # the data into kinds or introducing the scenarios goes on with the reach, and is not its first item
        scenarios = ZH_SCENARIOS_LINE.search(block.text) is not None and not any(
            _states_practice(analyses[i]) for i in by_block[block_index])
        sorting = bool(scopes) and (ZH_KINDS_LINE.search(block.text) is not None and len(block.text) <= 200
                                    or scenarios)
        if sorting and scenarios:
            for scope in scopes:
                scope.item_level, scope.item_number, scope.sub_level = None, "", 0
        if scopes and (block.kind == "heading" or len(block.text) <= 40) and ZH_COOKIE_TITLE.search(block.text):
            scopes = []  # "2、Cookie和同类技术的服务": the cookie section starts something else
        if block.kind == "heading":
            if sorting and all(block.level > max(1, s.section_depth) for s in scopes):
                for scope in scopes:  # "（一）基础必要功能": its items follow, up to a heading as high not of a kind
                    scope.kinds_level = scope.kinds_level or block.level
                continue
            scopes = [s for s in scopes if not 0 < s.kinds_level >= block.level]  # "（三）来自第三方的信息"
            # "4. Cookie 及同类技术", "二、我们如何使用您的信息": a numbered section of the policy's own outline ends it too
            outline = ZH_OUTLINE_HEADING.match(block.text) is not None
            for scope in scopes:
                if scope.item_level is None:
                    heading_number = _leading_number(block.text)
                    expected = str(int(scope.item_number) + 1) if scope.item_number.isdigit() else "1"
                    scope.item_level = block.level if outline and heading_number == expected else 0
                    scope.sub_level = block.level if not outline else 0
            # its items' next number ("2、为您提供安全保障") or a numbered heading under its unnumbered sub-headings goes
            # on; "二、我们如何使用COOKIES…" and "（三）征得授权同意的例外" (the statutory exemptions) end it
            if any(_states_exemption(p, block.text) for p in zh.exemptions):
                scopes = []
            scopes = [s for s in scopes if block.level > max(1, s.section_depth)
                      and (not outline or 0 < s.item_level <= block.level and _leading_number(block.text)
                           or 0 < s.sub_level < block.level)]
            continue
        number = _leading_number(block.text)
        summary = ZH_SUMMARY_OPENING.match(block.text) is not None
        for scope in scopes:
            if scope.item_level is None and number and not sorting:
                scope.item_number = number
        kept = []
        for scope in scopes:
            if scope.number and number and not number.startswith(scope.number + ".") and not sorting:
                continue  # "2、以上权限…" after "1. …我们的以下附加功能中可能会收集和使用…"
            if summary and not number and scope is scopes[-1]:
                continue  # "上述功能可能需要您…开启…权限": the list is over
            kept.append(scope)
        scopes = kept
        if (block.text.rstrip().endswith(("：", ":")) or ZH_SCENARIOS_NAMED.search(block.text)) and any(
                _states_exemption(p, sentences[i].text) for i in indices for p in zh.exemptions):
            scopes = []  # "…我们在如下情况中处理您的个人信息无需征得您的同意：": the statutory exemptions follow
        if first.language != "zh":
            continue
        if scopes and not summary and not ZH_POST_CAUTION.match(block.text):
            for index in indices:
                added_at[sentences[index].line].update(a for scope in scopes for a in scope.actions)
        if actions := _multi_action_intro(sentences, analyses, indices, block.text, zh):
            scopes.append(_IntroScope(actions, len(first.section), number))
    if not added_at:
        return []
    have = {(s.line, s.data_type, s.action, s.actor) for s in statements}
    added: list[Statement] = []
    for statement in statements:
        if (statement.action != "collect" or statement.actor != FIRST_PARTY
                or statement.line not in added_at):
            continue
        for action in sorted(added_at[statement.line]):
            key = (statement.line, statement.data_type, action, FIRST_PARTY)
            if key not in have:
                have.add(key)
                added.append(replace(statement, action=action, source="list"))
    return added
