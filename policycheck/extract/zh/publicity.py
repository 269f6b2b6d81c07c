"""Other people and the public: data posted or made public, taken by anyone, shown or visible to other users
(read by `PartyRules` and `FrameRules` to tell publication from our own use)."""

from __future__ import annotations

import re

from .tokens import Token, _followed_by_de, _words
from .words import CLAUSE_PUNCT, DISPLAY_VERBS, OTHER_PEOPLE, SHOWING_VERBS


def _other_users_before_verb(tokens: list[Token], start: int, verb_start: int, clause_of: list[int]) -> bool:
    """The phrase between a preposition at `start` and the verb names the service's other users, however described
    ("与使用该服务的所有用户公开/分享"): the people the data goes to."""
    between = _words(t for t in tokens if start <= t.start and t.end <= verb_start)
    return (0 < len(between) <= 24 and clause_of[start] == clause_of[verb_start]
            and not any(mark in between for mark in "，,；;。")
            and re.search("(?:" + OTHER_USERS.pattern + ")$", between) is not None)


MODIFIERS = {"任何", "其他", "所有", "该", "相关", "合作", "我们的", "这些", "上述", "前述", "特定", "境外", "外部", "的", "一切",
             "我们", "您", "该等", "此等", "等", "无关"}


def _other_people_before(tokens: list[Token], position: int, clause_of: list[int]) -> bool:
    """Other people (其他用户, 好友, 公众…) right before the verb in its clause, through modals (可能、能够、可以)."""
    clause = clause_of[tokens[position].start]
    for back in range(position - 1, max(-1, position - 6), -1):
        word = tokens[back].word
        if clause_of[tokens[back].start] != clause:
            return False
        if any(word.endswith(p) for p in OTHER_PEOPLE):
            return True
        if word in ("用户", "会员", "人", "玩家") and any(t.word == "其他" for t in tokens[max(0, back - 4):back]):
            return True  # 其他爱彼迎用户
        if word not in ("可能", "能够", "可以", "可", "能", "会", "将", "也", "都", "均"):
            return False
    return False


# the people something is shown to after 面向 ("将面向您选择发布或共享的范围内的用户进行展示", "面向所有用户展示")
FACING_PEOPLE = re.compile(r"面向[^，,。；;]{0,30}?(?:用户|会员|玩家|公众|好友|粉丝|他人|其他人|所有人)(?:进行|予以|加以)?$")


def _facing_people_before(tokens: list[Token], position: int, clause_of: list[int]) -> bool:
    """The display verb at `position` is addressed to people after 面向 in its clause ("将面向…范围内的用户进行展示")."""
    clause = clause_of[tokens[position].start]
    return FACING_PEOPLE.search(_words(t for t in tokens[:position] if clause_of[t.start] == clause)) is not None


# the other users something is shared with ("与您的好友、家人及其他用户", "与使用该服务的所有用户")
OTHER_USERS = re.compile("|".join(OTHER_PEOPLE) + r"|(?:所有|全部|其他|其它)[^，,。；;、]{0,12}(?:用户|会员|玩家)")
# the people a person has, who receive data as others do: "提供给您的监护人", "提供给你的父母"
USERS_PEOPLE = re.compile(r"的?(?:法定)?(?:监护人|父母|家长|紧急联系人)")
# ... and the services the person uses or chooses: "向您的搜索服务提供商传送搜索字串", "传送到您的搜索服务网站", "您预设的搜索引擎",
# "发往你配置的大模型服务", "您配置的云存储", "发送给你选择的 API 提供商"
USERS_PROVIDER = re.compile(r"(?:的|预设的|默认的|选用的)[^，,。；;、您你]{0,8}?(?:服务提供商|提供商|服务商|供应商|服务网站|搜索引擎)"
                            r"|(?:配置|选择|选用|指定|预设|设置)的[^，,。；;、您你]{0,8}?(?:服务|云存储|提供商|服务商|供应商|端点)")
# an endpoint or service the person configured or chose, named after 向 with or without the person ("向配置的 DeepSeek
# Messages 端点发送 API Key", "向你配置的 HTTPS 端点发送"), or after a sending verb ("发送给配置的模型 provider", "发送给你选定的
# 后端"): another party's server, the recipient of what is sent
CONFIGURED_RECIPIENT = re.compile(r"(?:您|你)?(?:所)?(?:配置|选择|选定|选用|指定|设置)的[^，,。；;、]{0,24}?"
                                  r"(?:端点|提供商|服务商|供应商|服务|后端|(?i:provider|endpoint)s?\b)")


def _posted_publicly(tokens: list[Token], position: int) -> bool:
    """The person's verb posts the data publicly, with the data as its object ("选择公开发布图文/视频内容"); not the
    relative 公开发布的 ("您公开发布的信息中可能会涉及…"), which only says which data a later predicate takes."""
    word = tokens[position].word
    before = tokens[position - 1].word if position > 0 else ""
    return ((word in ("公开发布", "公开发表") or word in ("发布", "发表") and before == "公开")
            and not _followed_by_de(tokens, position))


# the service's social features named before the person's 分享 ("通过社交网络分享", "使用…社交网络功能时，您将可能分享")
SOCIAL_NETWORK_BEFORE = re.compile(r"(?:通过|使用|在)[^。；;]{0,20}?社交网络")


def _made_public(tokens: list[Token], position: int) -> bool:
    """The person's verb makes the data public: 公开分享 / 公开共享, the relative 公开的, the passive 被公开 ("可让您…与
    所有用户公开分享您的相关信息", "您在平台公开分享的文字", "您主动公开的个人信息", "您的直播内容将被公开"); not a caution
    ("请您谨慎公开您的个人信息") nor 公开发布 (the person's own publication)."""
    word = tokens[position].word
    before = tokens[position - 1].word if position > 0 else ""
    after = tokens[position + 1].word if position + 1 < len(tokens) else ""
    if word in ("公开分享", "公开共享") or word in ("分享", "共享") and before == "公开":
        return True
    if (word in ("分享", "共享") and before in ("/", "／") and position > 1 and tokens[position - 2].word == "公开"
            or word == "公开" and after in ("/", "／") and position + 2 < len(tokens)
            and tokens[position + 2].word in ("分享", "共享")):
        return True  # "与使用该服务的所有用户公开/分享您的相关信息": the two verbs written as one, 公开分享
    if word in ("分享", "共享") and SOCIAL_NETWORK_BEFORE.search(_words(tokens[max(0, position - 16):position])):
        # "当您使用我们的服务中的社交网络功能时，您将可能分享一些个人信息", "您可能通过社交网络分享的个人信息": what the
        # person shares through the social features is shown to the other people there (GUIDELINES: public display)
        return True
    return word == "公开" and (after in ("分享", "共享") or before == "被" or _followed_by_de(tokens, position))


# verbs whose subject sees the data (其他用户可以看到 / 作者可以查看): the viewer
VIEWING_SUBJECT_VERBS = {"看到", "查看", "看见"}
# what stands between a viewer and the viewing verb ("作者可以在作家后台看到", "他人才能看到", "关注人将可在特定页面…查看到")
VIEWER_MODALS = r"(?:可能|能够|可以|将会|仍然|仍|也|都|均|才|只|仅|还|将|会|可|能|就|亦|同样|随时|即可|则|依然)*"
VIEWER_TAIL = re.compile(VIEWER_MODALS + r"(?:(?:在|于|从|通过)[^在于]{1,40}?)?" + VIEWER_MODALS + "$")
# what opens a clause that keeps the subject of the clause before ("…仅不能和您互动，但仍可以查看您的公开信息")
OPENING_CONJUNCTIONS = r"(?:但是|但|而且|而|并且|并|且|同时|此时)"
CONJUNCTION_OPENING = re.compile(r"^" + OPENING_CONJUNCTIONS)
CARRIED_OPENING = re.compile(OPENING_CONJUNCTIONS + r"?" + VIEWER_MODALS)
# a noun naming people, by its last character (作者, 他们, 他人, 家庭成员, 书友, 用户, 对方, 老师, 卖家, 访客, 公众, 粉丝)
PERSON_NOUN = re.compile(r"[\u4e00-\u9fff]{0,6}[者人们员友户方师长家主客众丝属东生]")
# a service a request goes to, named by a demonstrative ("这些公共接口会看到当时的出口 IP", "这些来源会看到 IP 地址"): it
# sees what it is sent, another party as a person viewer is
SERVICE_VIEWER = re.compile(r"(?:这些|该|此类|上述|相应的?|对应的?)[^，,。；;的]{0,8}?(?:来源|接口|站点|网站|主机|端点)")
# a service or its operator named by a Latin name ("STUN 服务会看到请求来源 IP", "TURN 运营者可以看到两端 IP"): another party
# the requests go to, which sees what it is sent
NAMED_SERVICE_VIEWER = re.compile(r"[A-Za-z][A-Za-z0-9._-]{1,30}\s?(?:服务|服务商|服务方|提供商|运营者|运营商|中继)")
# a clause opening with a condition or a preposition names no viewer first ("在您…时", "当…", "如…", "通过…")
NO_SUBJECT_OPENINGS = ("在", "当", "如", "若", "如果", "对于", "为", "通过", "除", "经")


# the unnamed people a passive verb names as its agent when data is open to anyone ("可被任何第三方阅读、收集和使用")
ANYONE_AGENT = re.compile(r"被(?:任何|其他|所有)?(?:第三方|他人|人|其他人|其他用户|用户|公众|任何人)$")


def _taken_by_anyone(tokens: list[Token], position: int, clause_of: list[int]) -> bool:
    """A verb of a chain (阅读、收集和使用) whose passive agent, right before the chain, is anyone at all or other people
    unnamed ("可被任何第三方阅读、收集和使用", "可能会被他人收集并加以使用"): the data is open to them."""
    clause = clause_of[tokens[position].start]
    index = position - 1
    while index >= 0 and clause_of[tokens[index].start] == clause:
        word = tokens[index].word
        if word in ("、", "和", "及", "或", "并", "并且", "以及", "加以"):
            index -= 1
            continue
        if word in ("阅读", "收集", "使用", "利用", "获取", "查看", "看到", "下载", "转载", "复制"):
            index -= 1
            continue
        break
    opening = "".join(t.word for t in tokens[max(0, index - 3):index + 1] if clause_of[t.start] == clause)
    return ANYONE_AGENT.search(opening) is not None


def _shown_to_others_later(tokens: list[Token], position: int) -> bool:
    """A clause later in the sentence of the verb at `position` shows the data to other people, with no subject or
    object of its own ("我们会收集您的…昵称、头像…，并可向您本人或其他用户或好友展示。")."""
    rest = _words(tokens[position + 1:])
    end = re.search(r"[。；;！!？?]", rest)
    sentence = rest[:end.end()] if end else rest
    return bool(re.fullmatch(r"[^。；;！!？?]*?[，,]\s*(?:并且|并|同时)?(?:可|可以|会|将|将会|可能)?(?:(?:向|给|对)"
                             r"[^，,。；;]{0,16}?(?:其他用户|其他人|他人|好友|公众|所有用户|其他玩家)"
                             r"[^，,。；;]{0,8}?(?:展示|公开|显示)|(?:公开)?(?:展示|显示)给[^，,。；;]{0,16}?(?:用户|玩家|好友|"
                             r"他人|其他人|公众))[。；;！!？?]?", sentence))


# a later clause that opens the data to the public to use ("…可能存放在 Common Voice 数据库中，供公众…检索并使用")
FOR_PUBLIC_LATER = re.compile(r"[^。；;！!？?]*?[，,]\s*(?:并且|并|以|可|均)*供(?:社会)?(?:公众|他人|其他人|其他用户|任何人|所有人|所有用户)")


def _for_public_later(tokens: list[Token], position: int) -> bool:
    """A clause later in the sentence of the verb at `position` makes the data available to the public ("…存放在…数据库中，
    供公众根据…许可协议检索并使用")."""
    return FOR_PUBLIC_LATER.match(_words(tokens[position + 1:])) is not None


# a clause with no subject or object of its own that states how long the data of the clause before is kept ("您的 IP 地址会
# 作为服务器日志的一部分被临时收集，存储期限为 90 天", "…，保存 90 天", "…，保留至您注销账号")
RETAINED_LATER = re.compile(
    r"[^。；;！!？?，,]*?[，,]\s*(?:并且|并|且|会|将|将会|可能|均|都|仅|只)*(?:被)?(?:临时|暂时)?(?:存储|保存|保留|留存|储存)"
    r"(?:(?:期限|期|时间|时长|周期)(?:为|是|最长为|最长|最多为|不超过|不少于|至少)?|最长|最多|至少|不超过|不少于)?\s*"
    r"(?:[\d一二三四五六七八九十百]+\s*(?:个)?(?:天|日|周|星期|个月|月|年|小时)|(?:至|到|直到|直至)[^，,。；;]{1,30}?)"
    r"[^，,。；;！!？?]{0,6}(?:[，,。；;！!？?]|$)")


def _kept_for_period_later(tokens: list[Token], position: int) -> bool:
    """The clause right after the clause of the verb at `position` states a retention period of its data, with no
    subject or object of its own ("您的 IP 地址会…被临时收集，存储期限为 90 天")."""
    return RETAINED_LATER.match(_words(tokens[position + 1:])) is not None


def _viewer_head(tokens: list[Token], position: int, clause_of: list[int]) -> tuple[str, str] | None:
    """The subject phrase of the viewing verb at `position` and its head noun (after the last 的): the words its clause
    opens with before modals and a place ("作者可以在作家后台看到" → 作者), or, when the clause opens with its modals
    ("…，可以查看", "但仍可以查看"), the noun after the last 的 of the clause before ("被邀请的家庭成员接受邀请后" →
    家庭成员). None for a clause that opens with a condition or a preposition ("在您…时", "当…", "如…")."""
    clause = clause_of[tokens[position].start]
    opening = _words(t for t in tokens[:position] if clause_of[t.start] == clause).strip()
    phrase = VIEWER_TAIL.sub("", CONJUNCTION_OPENING.sub("", opening, count=1), count=1)
    if phrase:
        if phrase.startswith(NO_SUBJECT_OPENINGS):
            return None
        return phrase, phrase.rsplit("的", 1)[-1]
    if clause == 0 or CARRIED_OPENING.fullmatch(opening) is None:
        return None
    before = [t for t in tokens[:position] if clause_of[t.start] == clause - 1]
    marks = [i for i, t in enumerate(before) if t.word == "的"]
    if not marks or marks[-1] + 1 >= len(before) or _words(before).startswith(NO_SUBJECT_OPENINGS):
        return None
    return _words(before[:marks[-1] + 2]), before[marks[-1] + 1].word


def _visible_to_others(tokens: list[Token], position: int, clause_of: list[int]) -> bool:
    """可见 after 对 / 仅 and a group of people it is visible to, other than the person ("将对团内成员可见", "将会对其可见",
    "仅您投递的招聘方可见", and everyone: "您选择公开发布的信息原则上将对所有用户可见" → `share` `content` (GUIDELINES);
    not "仅自己可见", "仅您本人可见")."""
    clause = clause_of[tokens[position].start]
    group = [t.word for t in tokens[max(0, position - 4):position] if clause_of[t.start] == clause
             and t.word not in ("均", "都", "也", "将", "会", "将会", "才", "可")]
    marked = any(t.word in ("对", "仅", "只", "只对", "仅对") and clause_of[t.start] == clause
                 for t in tokens[max(0, position - 8):position])
    return marked and bool(group) and group[-1] not in ("对", "仅", "只", "自己", "本人", "您", "你", "您本人", "你本人")


def _other_people_see_after(tokens: list[Token], position: int, clause_of: list[int]) -> bool:
    """A showing verb followed by a clause in which other people see ("…将展示在该作品的“粉丝榜”中，其他用户均可看到")."""
    if tokens[position].word not in SHOWING_VERBS:
        return False
    clause = clause_of[tokens[position].start]
    return any(clause_of[t.start] == clause + 1 and t.word in DISPLAY_VERBS and _other_people_before(tokens, i, clause_of)
               for i, t in enumerate(tokens[position + 1:], position + 1))


def _public_attribute(tokens: list[Token], index: int) -> bool:
    """公开 after 的 and before the noun it qualifies ("你主动设置的公开帐号信息", "注册的公开信息") is the adjective
    "public", no act of making the data public (not "信息的公开披露", "可见的公开区域")."""
    if (tokens[index].word == "公开" and index + 2 < len(tokens) and tokens[index + 1].word == "的"
            and PUBLIC_EVENT.match("".join(t.word for t in tokens[index + 2:index + 8]))):
        return True  # "瞭解公開的資料外洩事件曾洩漏哪些帳號資訊": a public event (a breach), no act of ours
    return (tokens[index].word == "公开" and 0 < index < len(tokens) - 1 and tokens[index - 1].word == "的"
            and tokens[index + 1].word not in CLAUSE_PUNCT and tokens[index + 1].word not in PUBLIC_NOT_ATTRIBUTE)


# an event or report made public, right after 公开的 ("公开的数据泄露事件", "公開的資料外洩事件", "公开的新闻报道")
PUBLIC_EVENT = re.compile(r"[^，,。；;：:]{0,8}?(?:事件|报道|報導)")


PUBLIC_NOT_ATTRIBUTE = {"披露", "区域", "展示", "发布", "分享", "的", "简介", "主页", "页面"}  # a public profile is shown


def _shared_with_public(tokens: list[Token], position: int, clause_of: list[int]) -> bool:
    """Whether the recipient before the share verb at `position` is glossed as anyone ("与第三人（包括不特定对象）共享")."""
    clause = clause_of[tokens[position].start]
    before = _words(t for t in tokens[:position] if clause_of[t.start] == clause)
    return PUBLIC_RECIPIENT.search(before) is not None


PUBLIC_RECIPIENT = re.compile(r"[（(](?:包括|含|包含)?(?:不特定对象|公众|所有人)[）)]$")
