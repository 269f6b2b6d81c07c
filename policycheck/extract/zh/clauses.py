"""Clause structure of a Chinese sentence: clause bounds (`_clause_start`, `_clause_end`, `_clause_words`),
parentheses (`_parentheses`), list items and verbless item lists, relative, time and condition clauses, examples."""

from __future__ import annotations

import re
from functools import lru_cache

from ..base import Mention
from .tokens import Token, _followed_by_de, _marks_relative, _words
from .words import CLAUSE_PUNCT, CONJUNCTIONS, LIST_JOINS, NEEDED_FOR, NEEDED_RELATIVE, TITLE, VERB_NEEDED_RELATIVE


def _after_unopened_bracket(head: str) -> str:
    """The words after the last closing bracket of `head` that opened before it ("（应用商店或渠道、微信等，但不包括实名认证
    信息）我们…会获取您…的账号名称": the exclusion closed with its bracket, what follows is outside it)."""
    last = max(head.rfind("）"), head.rfind(")"))
    return head[last + 1:] if last >= 0 else head


def _in_document_title(text: str, position: int) -> bool:
    """`position` is inside a document's title in 《》 ("我们制定了《第三方共享及SDK清单》向您…介绍…"): a verb there names
    the document, it states no practice."""
    return "《" in text and any(m.start() < position < m.end() for m in TITLE.finditer(text))


# the object of 将/把 running up to a bracket, and a sharing verb right after the bracket closes: "将您的订单支付相关信息（采用
# 银行卡支付的，需要提供姓名、手机号码…；采用话费支付的，需要提供手机号码）提供给支付服务的合作商"
OBJECT_BEFORE_BRACKET = re.compile(r"(?:将|把)[^，,。；;：:（(）)]{1,40}$")
SHARED_AFTER_BRACKET = re.compile(r"\s*(?:一并|分别|同时)?(?:提供|共享|分享|披露|传输|发送|转移|转交)")


def _in_shared_object_bracket(text: str, position: int) -> bool:
    """`position` is inside a bracket that details the object of 将/把 which a sharing verb after the bracket takes: the
    verbs in the bracket ("需要提供") only say which data the object holds, the sharing verb governs it all."""
    for start, end in _parentheses(text):
        if start < position < end:
            return (SHARED_AFTER_BRACKET.match(text, end) is not None
                    and OBJECT_BEFORE_BRACKET.search(text, 0, start) is not None)
    return False


# the object of 将/把 as a list of data whose items a comma divides, up to a sharing verb that takes them all: "我们可能会将
# 您的手机号码，身份证号码、地理位置信息，登录IP地址提供给负责系统搭建…的技术服务提供方" (each item is shared; the commas do
# not end the clause, else the items before them fall to a verb of an earlier clause)
SHARED_OBJECT_LIST = re.compile(r"(?:将|把)(?:您|你)的(?P<items>[^，,。；;：:（）()]{1,20}(?:[，,][^，,。；;：:（）()]{1,20}){1,6}?)"
                                r"(?=(?:一并|分别|同时)?(?:提供给|共享给|共享至|分享给|披露给|传输给|传输至|转移给|转交给|发送给))")
# what makes a comma part no mere data item: a verb, a subject, a modal or a connective
NOT_A_DATA_ITEM = re.compile(r"收集|获取|使用|用于|以便|为了|为您|以及|并且|我们|您|你|他们|会|将|可|需|应|时|如|若|并|且|后|前|是|在")


def _shared_list_commas(text: str) -> set[int]:
    """The positions of the commas that divide the items of a 将/把 object shared as a whole (`SHARED_OBJECT_LIST`)."""
    commas: set[int] = set()
    if "将" not in text and "把" not in text:
        return commas
    for found in SHARED_OBJECT_LIST.finditer(text):
        items = re.split(r"[，,]", found.group("items"))
        if any(NOT_A_DATA_ITEM.search(item) for item in items):
            continue
        commas.update(found.start("items") + i for i, char in enumerate(found.group("items")) if char in "，,")
    return commas


# a verbless list item opening with its data and examples ("设备或软件信息，例如您的移动设备、网页浏览器或您用于接入我们的服务的
# 其他程序所提供的配置信息、您的IP地址…")
VERBLESS_ITEM_OPENING = re.compile(r"^[\s\dA-Za-z.．、（）()•·●▪\-]*[^，,。；;：:]{1,20}[，,]\s*(?:例如|比如|如|包括)")


def _verbless_item_list(text: str, start: int, end: int) -> bool:
    """The relative 用于 of a listed item ("或您用于接入我们的服务的其他程序所提供的配置信息") stands in a verbless item of
    examples: the list has no verb of its own before it, and its items take the practice of their list (not the purpose
    of 用于)."""
    person = text[start - 1:start] in ("您", "你")
    return (VERBLESS_ITEM_OPENING.match(text[:start]) is not None
            and _used_for_item(text, start - 1 if person else start, end))


def _only_item_relative_verbs(text: str, tokens: list[Token], verbs: list[int]) -> bool:
    """Every verb of a verbless list item of examples stands in the relative 用于 clause of one of its items ("设备或软件信息，
    例如您的移动设备、网页浏览器或您用于接入我们的服务的其他程序所提供的配置信息、您的IP地址…"): the item has no predicate
    of its own and takes its list's practice."""
    spans = []
    for v in verbs:
        token = tokens[v]
        if token.word == "用于" and _verbless_item_list(text, token.start, token.end):
            person = text[token.start - 1:token.start] in ("您", "你")
            spans.append((token.start, _used_for_item_de(text, token.start - 1 if person else token.start, token.end)))
    return bool(spans) and all(any(a <= tokens[v].start < b for a, b in spans) for v in verbs)


def _only_relative_verbs(text: str, tokens: list[Token], verbs: list[int], clause_of: list[int], clause: int,
                         first: int) -> bool:
    """A clause of list items (its first data at `first`) with no practice of its own: a clause with a main verb, or
    a verb after its data, states a practice of its own and ends the list; relative clauses on a later item do not
    ("…，例如，您所上传或发布的信息、您对其他人上传或发布的信息作出的回应")."""
    return all(tokens[v].end <= first and _in_time_phrase(tokens, v, first)
               or _followed_by_de(tokens, v) or _nominalised(text, tokens, v)
               for v in verbs if clause_of[tokens[v].start] == clause)


def _items_of_previous_sentence(text: str, tokens: list[Token], verbs: list[int], clause_of: list[int],
                                mentions: list[Mention]) -> None:
    """A sentence opening with a bare 包括 lists examples of the data the sentence before named ("…公开分享您的相关
    信息。包括，您在服务中所上传或发布的信息…"): its items with only relative clauses take that sentence's practice."""
    if not SENTENCE_EXAMPLES.match(text):
        return
    clause = clause_of[0]
    while any(clause_of[t.start] == clause for t in tokens):
        inside = [m for m in mentions if clause_of[m.start] == clause]
        if not _only_relative_verbs(text, tokens, verbs, clause_of, clause, min((m.start for m in inside),
                                                                               default=len(text))):
            break
        for mention in inside:
            if not mention.skip:
                mention.frames = []
                mention.inherit = True
        clause += 1


# a sentence that opens with the marker of examples alone ("包括，", "包含：")
SENTENCE_EXAMPLES = re.compile(r"\s*(?:包括|包含)[，,：:]")


# a verb joined to a second one that a 的 closes ("上传或发布的信息", "上传、发布的内容")
JOINED_RELATIVE = re.compile(r"(?:或|或者|和|及|与|、)[^，,。；;：:、（）()的]{1,4}的")


def _nominalised(text: str, tokens: list[Token], index: int) -> bool:
    """A verb that only forms a noun phrase: after 所 ("您在服务中所上传或发布的信息") or joined to a second verb that a 的
    closes ("您对其他人上传或发布的信息做出的回应")."""
    return index > 0 and tokens[index - 1].word == "所" or bool(JOINED_RELATIVE.match(text, tokens[index].end))


# a name in parentheses right after a party ("我司（厦门某某科技有限公司）")
APPOSITIVE_NAME = re.compile(r"^\s*[（(][^（）()]{1,40}[）)]")


@lru_cache(maxsize=64)
def _parentheses(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each outermost parenthesis, brackets included (cached: a sentence asks once per verb)."""
    if "（" not in text and "(" not in text:
        return ()
    spans, depth, opened = [], 0, 0
    for index, char in enumerate(text):
        if char in "（(":
            if not depth:
                opened = index
            depth += 1
        elif char in "）)" and depth:
            depth -= 1
            if not depth:
                spans.append((opened, index + 1))
    return tuple(spans)


def _text_after_group(text: str, end: int, parentheses: tuple[tuple[int, int], ...]) -> str:
    """The 12 characters after a data phrase's parenthesis of examples, or after the parenthesis it stands in (else
    ""): "产品使用情况（崩溃、闪退）的统计性数据" describes the statistics both for the head and for its examples."""
    for start, stop in parentheses:
        if start <= end < stop or start == end:
            return text[stop:stop + 12]
    return ""


# contact details as the means of reaching the person: "通过…[手机号码]向您发送", "…[联系方式]，…向其中的一种或多种发送"
CONTACTED_THROUGH = re.compile(r"(?:通过|以|使用|利用)(?:您|你)[^，,。；;]{0,30}$")
CONTACTING = re.compile(r"[）)]?(?:[（(][^（）()]{0,30}[）)])?[，,]?(?:向(?:您|你)|与(?:您|你)|和(?:您|你))?[^，,。；;、]{0,6}?(?:发送|联系|通知|推送|邀请|致电|回访)"
                        r"(?!电话|方式|人|地址|邮箱)")
REFERRED_CONTACTING = re.compile(r"向其中[^，,。；;]{0,12}(?:发送|通知|推送)")
ADVERTISING = re.compile(r"广告|营销|推广|推送|cookie")  # (cookies partners place serve their own ends)
TIME_PHRASE_OPENERS = {"在", "当", "于"}
TIME_PHRASE_ENDS = {"时", "过程中", "期间", "时候", "的时候", "之时"}


def _in_time_phrase(tokens: list[Token], index: int, start: int) -> bool:
    """The verb at `index` is the act of a time phrase that ends before the data at `start` ("使用您在注册时提供的手机
    号码", "您在使用产品的过程中提供的联系方式", "根据你在使用产品过程中的浏览行为"): when it happens, not the data's
    predicate."""
    ends = [i for i in range(index + 1, len(tokens)) if tokens[i].end <= start and (
        tokens[i].word in TIME_PHRASE_ENDS or tokens[i].word == "中" and tokens[i - 1].word == "过程")]
    if not ends:
        return False
    if _marker_in_clause_before(tokens, index, TIME_PHRASE_OPENERS, window=5):
        return True
    # also with no opener, when the person's act ends in 时 right away and a relative clause on the data follows
    # ("使用您注册时提供的基本资料", "根据您注册、购物时向平台提供的姓名"; not 使用 itself, whose object holds the phrase)
    # or the phrase itself describes the data ("根据您使用产品过程中的浏览行为")
    return ends[0] - index <= 3 and not any(t.word in ("您", "你", "用户") for t in tokens[index + 1:ends[0]]) and (
        any(tokens[j].end <= start and _followed_by_de(tokens, j) for j in range(ends[0] + 1, min(len(tokens), ends[0] + 5)))
        or ends[0] + 1 < len(tokens) and tokens[ends[0] + 1].word == "的" and tokens[ends[0] + 1].end <= start)


def _marker_in_clause_before(tokens: list[Token], index: int, markers, window: int) -> bool:
    """One of `markers` is among the `window` tokens before `index`, with no clause punctuation between."""
    for back in range(index - 1, max(-1, index - window - 1), -1):
        if tokens[back].word in CLAUSE_PUNCT:
            return False
        if tokens[back].word in markers:
            return True
    return False


def _in_relative_clause(tokens: list[Token], index: int, clause_of: list[int]) -> bool:
    """A 的 follows the verb at `index` in its clause, other than a pronoun's (您的, 其的): the verb describes a noun
    ("可用于识别您个人身份的信息", "您需要备份的文件类型"; not "核验您的实名认证相关信息")."""
    clause = clause_of[tokens[index].start]
    for position in range(index + 1, len(tokens)):
        if clause_of[tokens[position].start] != clause:
            return False
        word = tokens[position].word
        if word.startswith("的") and tokens[position - 1].word not in ("您", "你", "用户", "其", "我们", "他们") or (
                _marks_relative(word) and word != "的"):  # "个人身份的信息"
            return True
    return False


def _in_needed_relative(tokens: list[Token], index: int, start: int | None = None,
                        verbs: list[int] | None = None) -> bool:
    """The verb at `index` names what data is needed for, in a 为…所需的 relative clause on it ("向其提供您的为申请授信、
    使用授信所必须的姓名", "，为金融风控所必须的设备信息"): the purpose of the data, not its predicate; the relative clause
    closes before the data at `start` when one is given. Right after another of the `verbs`, the clause needs no 为
    ("收集提供服务所需的信息", "收集提供服务必须的基础信息"): the earlier verb takes the data."""
    rest = []
    for token in tokens[index + 1:]:
        if token.word in CLAUSE_PUNCT or (start is not None and token.end > start):
            break
        rest.append(token)
    if verbs is not None and index - 1 in verbs and tokens[index - 1].end == tokens[index].start:
        return bool(VERB_NEEDED_RELATIVE.match(_words(rest)))
    opener = next((k for k in range(index - 1, max(-1, index - 7), -1) if tokens[k].word in NEEDED_FOR
                   or tokens[k].word in CLAUSE_PUNCT), None)
    if opener is None or tokens[opener].word not in NEEDED_FOR or tokens[index].start - tokens[opener].end > 10:
        return False
    return bool(NEEDED_RELATIVE.search(_words(rest)))


def _person_clause_in_object(tokens: list[Token], index: int, verbs: list[int]) -> bool:
    """The verb is one of the person's acts in a relative clause on the data that an earlier verb takes as its object:
    "同步您注册、登录、使用我们的产品与/或服务的一些个人信息" (注册, 登录 and 使用 only say which data; 同步 governs it)."""
    head = next((u for u in verbs if u + 2 <= index and tokens[u + 1].word in ("您", "你")
                 and all(k in verbs or tokens[k].word in ("、", "和", "及", "或") for k in range(u + 2, index))), None)
    de = next((k for k in range(index + 1, len(tokens)) if tokens[k].word == "的" or tokens[k].word in CLAUSE_PUNCT),
              None)
    return (head is not None and de is not None and tokens[de].word == "的"
            and len(_words(tokens[index + 1:de])) <= 20)


def _joined_to_relative(tokens: list[Token], index: int, verbs: list[int]) -> bool:
    """A verb joined by a conjunction to a later verb followed by 的 is in the same relative clause ("不会公开披露您未自主
    公开或未合法公开的个人信息": both 公开 only say which data is meant)."""
    if not (index + 1 < len(tokens) and tokens[index + 1].word in ("或", "或者", "和", "及", "以及", "、")):
        return False
    later = next((v for v in verbs if v > index + 1), None)  # the verb of the next conjunct
    # only its adverbs between ("或者其他未合法公开的"), not another subject or conjunct ("访问、修改和删除您提供的…": 提供
    # is the person's own act inside the object of 删除)
    return (later is not None and later <= index + 5 and _followed_by_de(tokens, later)
            and not any(t.word in CLAUSE_PUNCT or t.word in CONJUNCTIONS or t.word in ("您", "你", "用户", "我们")
                        for t in tokens[index + 2:later]))


# the rest of a clause up to its punctuation or an example in parentheses ("（示例：记录搜索）")
_REST_OF_CLAUSE = re.compile(r"(?:(?!（示例|\(示例)[^，,；;。！？!?])*")
CLOSE_BRACKET = re.compile(r"[）)]")
# a clause that opens with 如 / 若 / 如果 and is followed by another clause of its sentence: a condition, whose party is
# no subject of the clauses after it ("如商品/服务需要第三方配送，需要获知您的收货人信息"); not examples (如下, 如：), and
# not one on the person or on us, which `condition_markers` and the hypotheticals read
CONDITIONAL_CLAUSE = re.compile(r"(?:^|[，,；;])\s*((?:如果|假如|倘若|一旦|若|如)(?![下：:、（(])[^，,。；;：:您你我]*)[，,]")
# a request that the person provide data, which no refusal or hypothetical before it in its clause takes back
PROVIDE_REQUEST = re.compile(r"(?:需要|需|要求|请)(?:您|你)(?:先行|另行|再次)?(?:提供|填写|上传|提交)")


def _opens_bracket(span: str) -> bool:
    """Whether a span leaves a bracket of its own open ("…信息（帐号头像、昵称"); not one that has closed a bracket
    opened before it."""
    depth = 0
    for char in span:
        depth += 1 if char in "（(" else -1 if char in "）)" else 0
        if depth < 0:
            return False
    return depth > 0


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _clause_start(text: str, index: int, marks) -> int:
    """Where the clause holding `index` starts: just after the last of `marks` before it, else 0."""
    return max(text.rfind(p, 0, index) for p in marks) + 1


def _clause_end(text: str, index: int, marks) -> int:
    """Where the clause running on from `index` ends: the first of `marks` at or after it, else len(text)."""
    return next((i for i in range(index, len(text)) if text[i] in marks), len(text))


def _clause_words(tokens: list[Token], index: int, clause_of: list[int], after: bool) -> str:
    """The words of token `index`'s clause before it, or from it on (`after`)."""
    clause = clause_of[tokens[index].start]
    return _words(t for t in (tokens[index:] if after else tokens[:index]) if clause_of[t.start] == clause)


def _used_for_item(text: str, start: int, end: int) -> bool:
    """Whether 用于 at start..end, right after a list conjunction, opens a relative clause that describes a listed item
    ("您的移动设备、网页浏览器或用于接入我们服务的其他程序所提供的配置信息"): a 的 before the next item or clause end."""
    return _used_for_item_de(text, start, end) is not None


def _used_for_item_de(text: str, start: int, end: int) -> int | None:
    """The 的 closing the relative 用于 clause of a listed item (see `_used_for_item`), or None."""
    if text[start - 1:start] not in LIST_JOINS:
        return None
    stop = _clause_end(text, end, "、，,。；;")
    if "的" in text[end:stop]:
        return text.rindex("的", end, stop)
    # "或用于证明身份职业或技能、专长的其他文件": the clause's own object is a short list ("技能、专长") before its 的
    far = _clause_end(text, end, "，,。；;")
    of = text.find("的", stop, far)
    if of < 0 or text[of - 1:of] in ("您", "你", "们", "其", "他", "她", "它"):
        return None
    extra = text[stop + 1:of].split("、")
    return of if len(extra) <= 2 and all(0 < len(part) <= 6 for part in extra) else None
