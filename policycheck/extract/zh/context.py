"""Word-level tests on the text and tokens around a data phrase or its verb, used by the frame and party readings:
parties right before a verb, accounts created or logged into, login means, cookies, stored topics, requests of
others, deletion periods, flags and adjectives, coordinated parties and recipients."""

from __future__ import annotations

import re

from ...records import FIRST_PARTY, THIRD_PARTY
from ..base import Mention
from .clauses import (APPOSITIVE_NAME, CLOSE_BRACKET, _clause_start, _clause_words, _marker_in_clause_before,
                      _text_after_group)
from .publicity import MODIFIERS
from .sdk import LOGIN_ACCOUNT, LOGIN_MEANS_AFTER, LOGIN_MEANS_BEFORE
from .tokens import Token, _index_ending_at, _word_before, _words
from .words import (CLAUSE_PUNCT, CONJUNCTIONS, LIST_SEPARATORS, PARTY_CONJUNCTION, RECIPIENT_BEFORE, RECIPIENT_MARKERS,
                    SUBJECT_MEANS_GAP, SUBJECT_VERB_GAP)


def _described_party_before_verb(tokens: list[Token], start: int, match, verb_start: int, clause_of: list[int]) -> bool:
    """The party after a preposition at `start` is described by a longer relative clause and ends right before the verb
    ("也与使用该产品/服务的其他用户分享您的相关信息"): 与 marks it, however long its description."""
    between = _words(t for t in tokens if start <= t.start and t.end <= match.start)
    return (match.end == verb_start and clause_of[match.start] == clause_of[start] and 6 < match.start - start <= 20
            and between.endswith("的") and not any(mark in between for mark in "，,；;。"))


# what may stand between a subject and its verb ("关联App将同步", "关联公司也会实时同步", "其他用户也有可能分享")
MODAL_GAP = re.compile(r"(?:将|会|也|还|亦|都|均|有可能|可能|可以|可|能|实时|自动)*")


def _party_right_before(verb_index: int, tokens: list[Token], clause_of: list[int], actors):
    """The last party named before the verb in its clause when only modal words stand between them ("关联App将同步",
    "其他用户也有可能分享"): the verb's subject, else None."""
    verb = tokens[verb_index]
    before = [m for m in actors if m.end <= verb.start and clause_of[m.start] == clause_of[verb.start]]
    if not before or not MODAL_GAP.fullmatch(_words(tokens)[before[-1].end:verb.start]):
        return None
    return before[-1]


FIRST_PARTY_IN = re.compile(r"我们|我方|我行|本行|本公司")


# After data named in an example, what makes it the place the example is found in: "账号资料中设置的", "图片、视频中的",
# "照片包含的" before the data that is the example
HOLDER_AFTER = re.compile(r"(?:[、/或和及][^，,。；;、]{1,6}?)?(?:(?:中|里|内)(?:设置|填写|包含|含有|记录|显示)?|包含|含有)的")


def _holds_example(text: str, mention: Mention, inside: list[Mention]) -> bool:
    """Whether `mention`, in a clause of examples, only holds the data named after it (GUIDELINES: a photo's location
    tag is the location, the photo no data of its own)."""
    holder = HOLDER_AFTER.match(text, mention.end)
    return holder is not None and any(0 <= other.start - holder.end() <= 8 for other in inside if other is not mention)


# a relative clause on a party that lists what it provides ("提供广告、分析服务的"), up to the 的 before the party
LISTED_SERVICES_RELATIVE = re.compile(r"[^，,；;。的]{0,14}服务的")


def _head_actor(match, actors, tokens: list[Token]):
    """The party a noun phrase names: "我们的关联公司" and "支持我们功能的服务提供商" name the party after 的, also past
    a name in parentheses ("我司（厦门某某科技有限公司）的关联公司")."""
    chosen = match
    for later in actors:
        if later.start < chosen.end:
            continue
        between = _words(t for t in tokens if chosen.end <= t.start and t.end <= later.start)
        if between.startswith(("（", "(")) and not CLOSE_BRACKET.search(between):
            continue  # a party inside the parentheses right after the chosen one names it
        between = APPOSITIVE_NAME.sub("", between)
        if "的" not in between or len(between) > 10 or any(c in between for c in "、，,；;。"):
            # ... also past a list of the services a relative clause names ("提供给向我们提供广告、分析服务的合作伙伴"),
            # not a list of parties ("我们、合作伙伴")
            if not (LISTED_SERVICES_RELATIVE.fullmatch(between) and not between.startswith("、")):
                break
        chosen = later
    return chosen


# The data as the means of recording right after it: "通过[您的|设备对应的]X[来]记录…" (the identifier or account
# the activity is recorded under).
MEANS_BEFORE = re.compile(r"通过(?:您|你)?(?:所登录)?的?[^，,。；;、：:（）()]{0,8}$")
MEANS_GAP = re.compile(r"^(?:来|以)?$")
# between a verb that prevents or withholds a practice and that practice: its party ("阻止该SDK获取", "防止他人查看")
PREVENTED_GAP = re.compile(r"[^，,。；;：:、和及与或并]{0,8}")


def _recorded_under(text: str, verb: Token, match) -> bool:
    """The data is the means the verb 记录 records by, right before it ("通过您的账号记录…")."""
    return (verb.word == "记录" and verb.start >= match.end and MEANS_BEFORE.search(text, 0, match.start) is not None
            and MEANS_GAP.match(text[match.end:verb.start]) is not None)


MEANS_PHRASE = re.compile(r"通过[^，,。；;]{0,40}?(?:方式|途径|形式|手段)")  # "通过…SDK等方式": how, not who
COOKIE_MEANS_BEFORE = re.compile(r"(?:通过|借助|经由)[^，,。；;、]{0,8}$")  # "通过[我们使用的]cookie…收集"
# A cookie-like technology, then 了解 right before the data ("利用COOKIES或同类技术来了解您使用…", "使用Cookie或类似的跟踪技术
# 更好地了解您使用产品的频率")
LEARNT_THROUGH_COOKIES = re.compile(r"(?i)(?:cookies?|同类技术|类似技术|跟踪技术|追踪技术|beacons?|信标|像素标签)"
                                    r"[^，,。；;]{0,6}?了解[^，,。；;]*$")


def _learnt_through_cookies(text: str, verb: Token, match) -> bool:
    """The data is what the cookies the verb (利用 / 使用) employs let us learn: collected by them, not used."""
    return verb.end <= match.start and LEARNT_THROUGH_COOKIES.search(text, verb.end, match.start) is not None


# An account that is created or registered ("系统将为你创建一个抖音帐号", "为你新创建抖音帐号", "如你此前从未注册过抖音帐号"):
# having an account is a condition of use, not account data.
ACCOUNT_CREATED_BEFORE = re.compile(r"(?:(?:新|为(?:您|你))?(?:创建|新建|开通)|(?:未|从未|没有)注册过?|注册过)(?:一个|新的)?"
                                    r"[^，,。；;、：:（）()“”\s]{0,6}$")


def _account_created(text: str, match) -> bool:
    """The account is the object of creating or of having registered, not data given to the service."""
    return (LOGIN_ACCOUNT.search(text, match.start, match.end) is not None
            and not any(word in text[match.start:match.end] for word in ("密码", "口令"))  # "创建账号密码": a password
            and ACCOUNT_CREATED_BEFORE.search(text, max(0, match.start - 14), match.start) is not None)


# An account logged into at the time of a practice ("如您登录账号后开启…", "如果您未登录账号", "在您登录华为账号并…授权后",
# "当您在注册或登录账号时"): the act of logging in, not account data.
LOGGED_INTO_BEFORE = re.compile(r"(?:(?:您|你|未|已|或|并|在|成功)(?=登[录陆]$)|(?:登录|登陆)(?:到|进)?[^，,。；;、（()“”]{0,6})$")
LOGGED_INTO_AFTER = re.compile(r"(?:时|后|前|并|以后|之后|状态|的情况)")


# Data made the account ("将您设备中的手机号码作为您的注册、登录账号")
AS_ACCOUNT = re.compile(r"作为(?:[您你]的)?[^，,。；;、]{0,6}?[、和及]?[^，,。；;]{0,4}?[账帐][号户]")


def _made_account(tokens: list[Token], match, clause_of: list[int], negations) -> bool:
    """Whether 将 / 把 and no negation come before the data in its clause ("将您设备中的手机号码作为…账号")."""
    before = [t.word for t in tokens if t.end <= match.start and clause_of[t.start] == clause_of[match.start]]
    return any(word in ("将", "把") for word in before) and not any(word in negations for word in before)


def _account_logged_into(text: str, match) -> bool:
    """The account is the object of logging in, at the time of what follows."""
    term = text[match.start:match.end]
    if LOGIN_ACCOUNT.search(term) is None or "密" in term or "口令" in term:
        return False
    head = 2 if term[:2] in ("登录", "登陆") else 0  # "登录账号" as the verb and its object
    return (LOGGED_INTO_BEFORE.search(text, max(0, match.start + head - 12), match.start + head) is not None
            and LOGGED_INTO_AFTER.match(text, match.end) is not None)


def _login_means(text: str, match, parentheses: tuple[tuple[int, int], ...]) -> bool:
    """The account is what the person logs in with (used or linked, not given to the service as data)."""
    if (LOGIN_ACCOUNT.search(text, match.start, match.end) is None
            or LOGIN_MEANS_BEFORE.search(text, 0, match.start) is None):
        return False
    after = _text_after_group(text, match.end, parentheses) or text[match.end:match.end + 30]
    return LOGIN_MEANS_AFTER.match(after) is not None


# "…收集和产生的个人信息，将存储在中国境内": a relative clause naming the data, then where the data is stored
# ("收集或产生的用户个人信息", "收集和产生的个人信息均存储在"; the adverbs between as in MODAL_GAP)
RELATIVE_OF_DATA = re.compile(r"(?:(?:[和及与、]|或者?)(?:产生|生成|获取|收集|获得))?(?:到)?的(?:您的|你的|用户的|用户)?")
STORED_AFTER = re.compile(r"[，,]?\s*(?:将|会|均|都|也|亦)*(?=(?:存储|保存|储存|存放)(?:在|于|至))")


def _stored_topic(text: str, match, tokens: list[Token], verbs: list[int], verb_index: int) -> int | None:
    """The storing verb of data that a relative clause says was collected ("我们在境内运营中收集和产生的个人信息，将存储在
    中国境内", "将在境内运营过程中收集和产生的个人信息存储于中华人民共和国境内"): the relative clause only says which data
    is meant, the sentence states where it is stored."""
    if not RELATIVE_OF_DATA.fullmatch(text, tokens[verb_index].end, match.start):
        return None
    after = STORED_AFTER.match(text, match.end)
    if not after:
        return None
    return next((v for v in verbs if tokens[v].start == after.end()), None)


# "应…要求而" right before a verb of giving: a request by someone other than the person ("应您的监护人合法要求而",
# "应权利人因识别涉嫌侵权行为人的要求而"), not "应您的要求"
AT_REQUEST_OF = re.compile(r"应(?!您的?(?:合法)?(?:要求|请求))[^，,。；;]{1,30}?(?:要求|请求)而?$"
                           # ... and so is giving what the law or an authority requires ("根据法律、法规的要求、强制性的
                           # 行政执法或司法要求所必须提供您个人信息的情况下")
                           r"|(?:法律|法规|执法|司法|政府|监管|机关)[^，,。；;]{0,24}?要求所?(?:必须|必需|需要|需|须)?$")


# the rest of a control verb's object up to the data: the person's own providing or producing, as a relative clause
# ("删除观看历史、收藏、订阅等您在使用本服务时提供的和产生的个人信息", "删除您在使用本服务时提供的个人信息")
CONTROLLED_RELATIVE = re.compile(r"(?:[^，,。；;]*?等)?(?:您|你)(?:在)?[^，,。；;]{0,20}?(?:提供|产生|上传|发布|填写)的"
                                 r"(?:(?:和|及|与|或|以及)(?:提供|产生|上传|发布|填写)的)?")


def _relative_object_of_control(text: str, match, tokens: list[Token], clause_of: list[int], blocking_verbs) -> bool:
    """Whether the data is the object of a control or safeguard verb (删除, 更正…) of its clause, with only a relative
    clause on the person's own providing between them."""
    clause = clause_of[match.start]
    before = [t for t in tokens if t.end <= match.start and clause_of[t.start] == clause and t.word in blocking_verbs]
    return bool(before) and CONTROLLED_RELATIVE.fullmatch(text, before[-1].end, match.start) is not None


def _at_request_of_others(tokens: list[Token], position: int, clause_of: list[int]) -> bool:
    """Whether the verb at `position` gives data at the request of a party other than the person."""
    if position + 1 < len(tokens) and tokens[position + 1].word == "的":
        return False  # "我们会收集法律法规要求提供的基础信息": what the person is required to give, a relative clause
    clause = clause_of[tokens[position].start]
    before = _words(t for t in tokens[max(0, position - 20):position] if clause_of[t.start] == clause)
    return bool(AT_REQUEST_OF.search(before))


def _given_and_granted(tokens: list[Token], position: int) -> bool:
    """The verb at `position` follows "提供并授权" / "提供并允许" in its clause: the person gives the data and lets the
    grantee act on it ("按照步骤提示提供并授权该服务方（即…）使用您的个人信息")."""
    words = [t.word for t in tokens[max(0, position - 16):position]]
    if any(w in CLAUSE_PUNCT for w in words):
        words = words[max(i for i, w in enumerate(words) if w in CLAUSE_PUNCT) + 1:]
    return any(w in ("授权", "允许") and words[i - 2:i] == ["提供", "并"] for i, w in enumerate(words))


ABILITY_MODALS = {"可", "可以", "能", "能够", "可被"}
# how a verb after an ability modal does it ("可以直接识别您个人身份的信息")
MANNER_ADVERBS = {"直接", "间接", "单独"}
# what opens a clause whose subject is the previous clause's ("…进入个人信息界面，可以查看…")
OPENING_MODAL = re.compile(r"(?:还|也|亦|均|都|随时|同时)*(?:可以|可|能够|能)")


# nouns after 应用 that make it the app the data is of ("应用信息", "应用相关信息", "应用列表")
APP_DATA_NOUNS = {"信息", "相关", "列表", "数据", "名称", "版本", "状态", "程序", "软件", "进程", "类型", "使用"}
ITEM_VERBS = {"点击", "搜索", "浏览", "关注", "点赞", "评论", "观看", "播放", "登录", "查询"}  # acts a list item records
ITEM_OPENERS = {"、", "，", ",", "：", ":", "（", "(", "；", ";"}  # before a list item
ITEM_CLOSERS = {"、", "，", ",", "。", "；", ";", "）", ")", "等", "及", "和", "以及", ""}  # after a list item
# Characters that make a verb before them part of a noun: 申请码, 申请人, 申请表, 使用者.
NOUN_SUFFIXES = {"码", "人", "书", "表", "单", "者"}
# the feature the person shares through, named by the sharing verb and a noun ("使用分享功能", "体验精彩内容分享等功能",
# "分享历史", "分享按钮"): a noun phrase, no practice (GUIDELINES: what the person shares is annotated where a line says
# who receives it)
SHARING_FEATURE_VERBS = {"分享", "共享"}
SHARING_FEATURE_NOUNS = {"功能", "历史", "按钮", "组件", "操作", "入口"}


def _noun_compound(tokens: list[Token], index: int, clause_of: list[int]) -> bool:
    """A verb that jieba split off a noun it is part of ("兑换申请码": 申请 + 码) is no predicate; so is a storage verb
    naming a retention period ("超出保留期限后…删除", "在您的个人信息超出保留期间后") unless its clause states the length
    ("存储期限不少于6个月")."""
    if tokens[index].word == "请求" and index > 0 and _word_before_space(tokens, index).lower() in MESSAGE_REQUEST_HEADS:
        return True  # "建议请求（包括您的实时搜索查询）将直接发送至…", "DNS 请求": a message the software sends, a noun
    if index + 1 >= len(tokens):
        return False
    if tokens[index + 1].word in ("期限", "期间", "时限"):
        return not DURATION.search(_clause_words(tokens, index, clause_of, after=True))
    if tokens[index].word in SHARING_FEATURE_VERBS:
        after = index + 2 if tokens[index + 1].word == "等" and index + 2 < len(tokens) else index + 1
        if tokens[after].word in SHARING_FEATURE_NOUNS:
            return True  # "实现分享功能", "内容分享等功能", "分享历史": the sharing feature, no sharing by anyone
    return tokens[index + 1].word in NOUN_SUFFIXES


def _word_before_space(tokens: list[Token], index: int) -> str:
    """The word before token `index`, past one space ("DNS 请求")."""
    before = index - 1
    if before > 0 and not tokens[before].word.strip():
        before -= 1
    return tokens[before].word.strip()


# the kind of message a request is that the software sends ("建议请求", "DNS 请求", "HTTP 请求", "网络请求"): the word
# before 请求 that makes it a noun, no request for data by anyone
MESSAGE_REQUEST_HEADS = {"建议", "搜索建议", "dns", "http", "https", "api", "网络"}


def _party_noun(tokens: list[Token], index: int, clause_of: list[int]) -> bool:
    """A verb that jieba split off the party's suffix it forms a noun with, in the recipient phrase after 与 / 向 / 给
    ("与支付信息服务提供方共享": 提供 + 方), names the party, no predicate."""
    if index + 1 >= len(tokens) or tokens[index + 1].word not in PARTY_NOUN_SUFFIXES:
        return False
    clause = clause_of[tokens[index].start]
    for k in range(index - 1, max(-1, index - 8), -1):
        if clause_of[tokens[k].start] != clause or tokens[k].word in CLAUSE_PUNCT:
            return False
        if tokens[k].word in RECIPIENT_MARKERS:
            return True
    return False


PARTY_NOUN_SUFFIXES = {"方", "商"}

# the predicate that a practice named as a noun right after its data is the subject of: conformity with the law
# ("确保个人信息共享符合相应法律规定", "个人信息的收集和使用遵循…原则")
CONFORMITY_PREDICATES = {"符合", "遵循", "遵守", "满足"}
# the predicate of putting something to a purpose: a practice named between 将 + its data and it is a noun ("不将蓝牙扫描
# 用于定位": Bluetooth scanning is what is not put to that use; GUIDELINES: a denial of use alone stays unannotated)
PURPOSE_PUT_TO = {"用于", "用作", "用来"}
REQUEST_NOUNS = {"请求", "要求", "申请"}  # "如果您对于您的个人数据有任何请求": the person's request, a noun
# a network request the app sends, named after a demonstrative or a kind of request ("不会在这些请求中主动加入个人标识、账号",
# "请求不携带 Cookie、凭据", "附加到该请求", "外部请求会向目标服务暴露 IP 地址"): the message, a noun, no request for data
NETWORK_REQUEST_BEFORE = {"这些", "该", "此", "每个", "每次", "外部", "网络", "模型", "完整", "原始", "出站"}
NETWORK_REQUEST_AFTER = {"中", "里", "不", "没有", "还", "本身"}
# the circumstances of a practice a permission list names as a field's label ("调用目的：玩家拍摄、上传照片作为个人头像",
# "调用时机：语音对话或语音输入按下录音键时启用"): the verb before them heads the label, a noun, and governs no data of the
# field's value (the permission is annotated on its own line; a verb of the value itself stays: "调用目的：读取手机本机号码")
FIELD_LABEL_NOUNS = {"目的", "时机", "场景", "方式", "频率", "条件", "情形"}
# what may stand before a label opening a line or row
FIELD_OPENERS = {"。", "；", ";", "-", "*", "·", "•", "**", "|", ""}


def _nominal_practice(tokens: list[Token], index: int, term_ends: set[int]) -> bool:
    """A practice verb that only names the practice as a noun: right after its data (or after the data and 的) and
    followed, through at most one coordinated verb, by a predicate of conformity ("确保个人信息共享符合相应法律规定":
    the sharing is what complies, no sharing is stated); or by a predicate of putting it to a purpose after 将 + the
    data ("不将蓝牙扫描用于定位"); or a request verb after 任何 / 有 ("有任何请求": the person's request about the data,
    no request for data)."""
    word = tokens[index].word
    if word in REQUEST_NOUNS and index > 0 and tokens[index - 1].word in ("任何", "有"):
        return True
    if word == "请求" and (index > 0 and (tokens[index - 1].word in NETWORK_REQUEST_BEFORE
                                          or re.fullmatch(r"[A-Z]{2,}\s*", tokens[index - 1].word))
                         or index + 1 < len(tokens) and tokens[index + 1].word in NETWORK_REQUEST_AFTER):
        return True  # "这些请求中", "GET 请求", "请求不携带…": a network request, a noun
    if index + 1 < len(tokens) and tokens[index + 1].word in FIELD_LABEL_NOUNS and (
            index == 0 or tokens[index - 1].word.strip() in FIELD_OPENERS):
        after = index + 2
        while after < len(tokens) and tokens[after].word.strip() in ("*", "**", ""):
            after += 1  # "**调用目的**："
        if after < len(tokens) and tokens[after].word in ("：", ":"):
            return True  # "调用目的：…": the label of a field of a permission list
    if (index + 1 < len(tokens) and tokens[index + 1].word in PURPOSE_PUT_TO and index >= 2
            and tokens[index - 1].end in term_ends and tokens[index - 2].word in ("将", "把")):
        return True  # "不将蓝牙扫描用于定位": the scanning is what is put to the purpose, no scanning is stated
    before = index - 1
    if before >= 0 and tokens[before].word == "的":
        before -= 1
    while before >= 0 and tokens[before].word in ("和", "及", "与", "、", "或", "或者") and before >= 2:
        before -= 2  # "个人信息的收集和使用": the first of the coordinated verbs
    if before < 0 or tokens[before].end not in term_ends:
        return False
    after = index + 1
    if after + 1 < len(tokens) and tokens[after].word in ("和", "及", "与", "、", "或", "或者"):
        after += 2  # "收集和使用遵循"
    while after < len(tokens) and tokens[after].word in ("均", "都", "应", "应当", "必须", "将", "会"):
        after += 1
    return after < len(tokens) and tokens[after].word in CONFORMITY_PREDICATES


# A time span: "15个工作日内", "30天后", "六个月", "2年".
DURATION = re.compile(r"(?:\d+|[一二三四五六七八九十两百]+)\s*(?:个)?(?:工作日|自然日|小时|天|日|周|星期|月|年)")


def _treated_by(tokens: list[Token], index: int) -> str | None:
    """The act a 处理 names when one stands right before it ("删除或匿名化处理", "进行去标识化处理"): that word, else None."""
    if tokens[index].word != "处理":
        return None
    before = index - 1
    while before >= 0 and tokens[before].word in ("或", "或者", "和", "及", "、", "并"):
        before -= 1
    return tokens[before].word if before >= 0 else None


def _deletion_period(tokens: list[Token], index: int, clause_of: list[int], deletion_verbs: set[str]) -> bool:
    """A deletion verb whose clause states when the deletion happens ("将在15个工作日内被删除", "保存30天后删除"):
    how long the data is kept first, also after the account is closed ("注销后，我们将在15个工作日内删除您的个人信息").
    Not the deadline of a deletion the person asks for (请求, 申请, 指示); a request named as what the data is of ("DNS
    请求的系统日志会在 24 小时内…删除") asks for nothing."""
    if (_treated_by(tokens, index) or tokens[index].word) not in deletion_verbs:
        return False
    before = _clause_words(tokens, index, clause_of, after=False)
    return bool(DURATION.search(before)) and not re.search(r"(?:请求|申请|要求|指示)(?!的)|您(主动)?删除", before)


# what one obtains or seeks consent with ("征得你同意", "取得您的同意", "征求您的授权同意")
CONSENT_SOUGHT = {"征得", "取得", "获得", "征求", "得到", "获取"}


def _consent_noun(tokens: list[Token], index: int) -> bool:
    """同意 after a verb of obtaining or seeking and the person ("新的控制者将…重新征得你同意", "该等第三方应再次取得您的
    同意") is the consent obtained, a noun: the person is not its subject and gives no data by it."""
    if tokens[index].word not in ("同意", "授权同意"):
        return False
    back = index - 1
    if back >= 0 and tokens[back].word in ("的", "授权"):
        back -= 1
    if back >= 0 and tokens[back].word in ("您", "你", "用户", "您的", "你的"):
        back -= 1
    if back >= 0 and tokens[back].word == "的":
        back -= 1
    return back >= 0 and back < index - 1 and tokens[back].word in CONSENT_SOUGHT


def _flag_item(tokens: list[Token], index: int) -> bool:
    """A verb after 是否 in a list item names a yes/no flag ("、是否使用VPN标识、", "、是否首日访问、"), not a practice;
    up to two words may stand between 是否 and the verb."""
    for flag in range(index - 1, max(index - 4, 0), -1):
        if tokens[flag].word == "是否":
            return tokens[flag - 1].word in LIST_SEPARATORS | {"，", ","}
        if not re.fullmatch(r"[\u4e00-\u9fff]{1,3}", tokens[flag].word):
            return False
    return False


def _adjectival(tokens: list[Token], index: int) -> bool:
    """可 + verb (+ a short object) + 的 is an adjective ("可识别的个人身份信息": identifiable; "可以联系或识别您身份的
    个人信息"; "可以直接识别您个人身份的信息", with an adverb of manner), not a practice."""
    if not 0 < index < len(tokens) - 1:
        return False
    back = index - 1
    if tokens[back].word in MANNER_ADVERBS and back > 0:
        back -= 1  # "可以直接识别…"
    if tokens[back].word in CONJUNCTIONS and back > 0:
        back -= 1  # "可以联系或识别…"
        while back > 0 and tokens[back].word not in ABILITY_MODALS and index - back <= 3:
            back -= 1
    if tokens[back].word not in ABILITY_MODALS:
        return False
    subject = back - 1
    while subject > 0 and tokens[subject].word in ("还", "也", "均", "都", "亦"):
        subject -= 1
    if subject >= 0 and tokens[subject].word in ("您", "你", "我们", "用户"):
        return False  # "您还可以完善相关的网络身份识别信息": a person can do it, a predicate
    if subject < 0 or tokens[subject].word in CLAUSE_PUNCT:
        return False  # "…接受邀请后，可以查看共享设备的状态": a clause opening with its modal keeps the earlier subject
    if tokens[subject].word == "的" and tokens[index].word in ("识别", "辨识"):
        return True  # "您的可辨識個資": after a possessive, "identifiable" describes the data it stands before
    for position in range(index + 1, min(len(tokens), index + 4)):
        word = tokens[position].word
        if word == "的":
            # "识别您的设备信息": 的 after a pronoun marks the object's owner, not a relative clause
            return tokens[position - 1].word not in ("您", "你", "用户", "其", "我们", "他们")
        if "的" in word[1:-1] and tokens[index].word in ("识别", "辨识"):
            # "可以直接识别您 | 个人身份的信息": the 的 inside the word closes the object of "identifiable" (not in "能帮助
            # 我们确定您 | 连接的页面", where the cookie does find the pages)
            return True
        if word in CLAUSE_PUNCT or word in ("您的", "你的"):
            return False
    return False


# "与我们合作的认证服务机构需要使用…": 与 opens the relative clause saying the party works with us, not a recipient
OUR_PARTNER_BEFORE = re.compile(r"(?:与|和|同)(?:我们|我方|我行|本公司)(?:所)?(?:合作|签约)的$")


def _our_partner(tokens: list[Token], start: int) -> bool:
    """The mention at `start` is described as a party that works with us ("与我们合作的服务提供商")."""
    return OUR_PARTNER_BEFORE.search(_words(t for t in tokens if t.end <= start)[-12:]) is not None


def _after_recipient_marker(tokens: list[Token], start: int) -> bool:
    """The mention at `start` follows 向/与/给… (possibly through modifiers such as 任何、其他), also a 向 the tokenizer
    joined to the word before it ("在最小必要范围内向第三方共享": 内向, as the recipient readers take it)."""
    return _word_before(tokens, start, MODIFIERS, limit=4) in RECIPIENT_BEFORE | {"内向"}


# the end of a clause that is only a chain of subjects, before the verb of the next clause ("阿里云号码认证SDK、中国移动SDK、
# 中国联通SDK，需要收集…")
SUBJECT_CLAUSE_END = re.compile(r"\s*[，,]\s*" + SUBJECT_VERB_GAP.pattern)
# ... or the means they work through ("我们或我们的第三方合作伙伴，可能通过放置安全的 Cookie 及相关技术收集您的信息")
SUBJECT_CLAUSE_MEANS_END = re.compile(r"\s*[，,]\s*" + SUBJECT_MEANS_GAP.pattern, re.IGNORECASE)


# An item of a list of SDKs or APIs: what follows a list separator up to the next one ("、抖音直播SDK、").
SDK_LIST_ITEM = re.compile(r"[^、，,；;：:（）()]*?(?:SDK|API)", re.I)
# The open end of a list of named parties ("…、乐播投屏等", "…SDK等第三方SDK").
OPEN_LIST_END = re.compile(r"\s*等")


def _list_names_others(text: str, subject_start: int, actors) -> bool:
    """Whether the list of named SDKs before a demonstrative subject ("…包括：抖音直播SDK、快手SDK、今日头条API，此类SDK会
    收集…") also names an SDK or API of no catalogued party (抖音直播SDK) or is open ("…快手SDK等"): then the practice
    stays a third party's as well as each named one's (GUIDELINES: keep `third_party` for open lists and parties not in
    sdks.yaml)."""
    named = [m for m in actors if m.end <= subject_start and m.value not in (THIRD_PARTY, FIRST_PARTY)]
    if not named:
        return False
    last = named[-1]
    if OPEN_LIST_END.match(text, last.end):
        return True
    start = named[0].start
    while start > 0 and text[start - 1] == "、":  # items of the list before its first named one ("：抖音直播SDK、快手SDK")
        start = _clause_start(text, start - 1, "、，,；;：:")
    covered = [(m.start, m.end) for m in actors if m.value not in (THIRD_PARTY, FIRST_PARTY)]
    for piece in re.finditer(r"[^、，,；;]+", text[start:last.end]):
        begin, end = start + piece.start(), start + piece.end()
        if SDK_LIST_ITEM.fullmatch(piece.group().strip()) and not any(a < end and b > begin for a, b in covered):
            return True
    return False


def _subject_chain_before_comma(text: str, verb_start: int, actors, clause_of: list[int], clause: int) -> list:
    """The parties of the clause right before the verb's, when that clause ends with them and the verb's clause opens
    with a modal and the verb ("…时，阿里云号码认证SDK、中国移动SDK、中国联通SDK，需要收集上述网络信息"): the coordinated
    subject of the verb, set off by a comma; empty otherwise."""
    previous = [m for m in actors if m.end <= verb_start and clause_of[m.start] == clause - 1]
    if len(previous) < 2 or not (SUBJECT_CLAUSE_END.fullmatch(text, previous[-1].end, verb_start)
                                 or SUBJECT_CLAUSE_MEANS_END.fullmatch(text, previous[-1].end, verb_start)):
        return []
    return previous


def _coordinated_after(match, actors, text: str) -> list:
    """The parties joined to `match` by 、/或/和… one after another right after it ("支付宝或微信支付")."""
    chain, last = [], match
    for later in actors:
        if later.start < last.end:
            continue
        if PARTY_CONJUNCTION.fullmatch(text[last.end:later.start]) is None:
            break
        chain.append(later)
        last = later
    return chain


def _coordinated_with_recipient(match, actors, tokens: list[Token]) -> bool:
    """The party `match` closes a chain of parties joined by 、/或/和 whose first follows 向/与/给 ("向支付宝或微信支付")."""
    text = _words(tokens)
    current = match
    for earlier in reversed([m for m in actors if m.end <= match.start]):
        if PARTY_CONJUNCTION.fullmatch(text[earlier.end:current.start]) is None:
            return False
        if _after_recipient_marker(tokens, earlier.start):
            return True
        current = earlier
    return False


# quantifiers between a relative clause's 的 and the recipient it describes ("…以外的任何第三方")
DESCRIBED_QUANTIFIERS = {"任何", "其他", "其它", "所有", "一切", "任一", "相应", "对应"}  # (…的相应金融机构)


def _described_recipient(tokens: list[Token], start: int) -> bool:
    """The party at `start` ends "与/向/给 … 的" ("与提供广告、分析服务的合作伙伴"), also through a quantifier after 的
    ("与本公司以外的任何第三方", "向网易集团之外的其他公司")."""
    index = _index_ending_at(tokens, start)
    if index is not None and tokens[index].word in DESCRIBED_QUANTIFIERS and index > 0:
        index -= 1
    if index is None or tokens[index].word != "的":
        return False
    return _marker_in_clause_before(tokens, index, RECIPIENT_MARKERS, window=11)


# what follows 应用 when it is the subject of its clause, the app ("应用会向…发送", "应用可能在设备本地读取"), not the
# verb "to apply": a modal or an adverb opening the predicate, or a denial of what the app has ("应用没有账号、云同步、遥测…",
# "应用不包含分析统计…")
APP_SUBJECT_FOLLOWERS = {"会", "将", "将会", "可能", "可能会", "不会", "也会", "还会", "仅", "只", "仅会", "只会", "默认",
                         "已", "需要", "需", "不得", "没有", "不", "不包含", "不含", "并不", "从不", "绝不", "决不"}


# ... and what follows 应用 when it is a noun whatever comes before: the app starting ("应用启动时清理超过 7 天的日志"), the app
# now ("应用当前正在运行的进程名") or its files ("卸载程序只移除应用文件")
APP_NOUN_FOLLOWERS = {"启动", "启动时", "当前", "文件"}
APP_DETERMINERS = ("其他", "其它", "所选", "第三方", "各", "这些", "那些")  # before 应用的: which apps


def _app_subject(tokens: list[Token], index: int) -> bool:
    """应用 opening its clause (or after 本 / 该 / 的) before a modal is the app, the clause's subject ("在您明确同意本
    政策后，应用会向项目自建的 Aptabase 服务发送…", "为了提供模块功能，应用可能在设备本地读取或处理："), no verb of use;
    so is 应用 before its starting, its present or its files ("应用启动时", "应用当前", "应用文件"), and 应用 owning what
    follows after a word picking out apps ("其他应用的消息预览", "您所选应用的通知内容"): other apps' data, no use."""
    if tokens[index].word != "应用" or index + 1 >= len(tokens):
        return False
    if tokens[index + 1].word in APP_NOUN_FOLLOWERS:
        return True
    if tokens[index + 1].word == "的" and "".join(t.word for t in tokens[max(0, index - 2):index]).endswith(
            APP_DETERMINERS):  # (jieba may cut 其他 apart: "及其/他/应用/的")
        return True
    if tokens[index + 1].word not in APP_SUBJECT_FOLLOWERS:
        return False
    return index == 0 or tokens[index - 1].word in CLAUSE_PUNCT or tokens[index - 1].word in ("本", "该", "此", "的")
