"""Passes over a sentence's mentions after the main reading (`ChineseAnalyzer.analyze` calls them in turn): each adds,
copies (`_add_beside`) or drops frames for one pattern - logs kept, cookies, display to others, storage and
deletion after a period, parentheses and examples continued, demonstratives, mode denials, mergers."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...records import FIRST_PARTY, THIRD_PARTY
from ..base import Frame, Mention, unique_frames
from ..lexicon import Lexicon, alternation
from .clauses import _clause_end, _clause_start, _only_relative_verbs
from .context import COOKIE_MEANS_BEFORE, DURATION, FIRST_PARTY_IN, _holds_example
from .tokens import Token
from .words import (DATA_COMBINING, ENTRUSTED_STORAGE, IP_BASIS_BEFORE, IP_INFERENCE_BEFORE, IP_PLACE_AFTER,
                    LOCATION_MEANS, LOCATION_SOURCES, MERGER_EVENT, MERGER_TRANSFER, PERMISSION_USE_VERBS)


@dataclass(frozen=True)
class PostPatterns:
    """The regexes of `_posts_may_contain`, built once from the cue lists of what posts may contain
    (mappings/cues/zh.yaml: `posting_verbs`, `post_nouns`, …)."""
    may_contain: re.Pattern[str]  # "您公开发布的信息中可能会涉及", "其他用户发布的照片或分享的视频中可能包含"
    contents_end: re.Pattern[str]  # "。", "，请您务必取得他人的合法授权": where what they may contain ends
    we_as_party: re.Pattern[str]  # "我们与第三方共享的信息…": us as a party, not our service ("使用我们服务时")

    @classmethod
    def of(cls, lex: Lexicon) -> PostPatterns:
        posted = alternation(lex.post_nouns | lex.post_media_nouns)
        media = alternation(lex.post_media_nouns)
        return cls(
            may_contain=re.compile(
                rf"(?:{alternation(lex.posting_verbs)}[^。；;：:，,]{{0,16}}?的(?:公开)?{posted}|(?:您|你)的{media})"
                rf"[^。；;：:，,可]{{0,30}}?[，,]?\s*(?:亦|也|还)?(?:可能|或)会?{alternation(lex.post_containment_verbs)}"
                r"(?:到)?(?!的)"),
            contents_end=re.compile(rf"[。；;：:]|[，,]\s*{alternation(lex.post_contents_end_openers)}(?!在|选择|的)"),
            we_as_party=re.compile(rf"{alternation(lex.first_party_words)}(?!的?{alternation(lex.own_service_nouns)})"))


KEPT_AS_LOGS = re.compile(r"[，,]\s*(?:并|并且)?\s*作为(?:有关的?|相关的?)?[^，,。；;]{0,10}?日志(?:信息)?(?:和[^，,。；;]{0,8}?日志)?(?:进行)?"
                          r"(?:保存|存储|储存)")


def _kept_as_logs(text: str, mentions: list[Mention]) -> None:
    """The data collected right before ", 作为有关网络日志保存" is kept as well ("我们可能会自动收集您对我们服务的详细使用情况，
    作为有关网络日志保存"): the storage verb of the clause after it has the same object."""
    for kept in KEPT_AS_LOGS.finditer(text):
        head = next((m for m in reversed(mentions) if m.end <= kept.start() and not m.skip), None)
        if head is None or not head.frames or text[head.end:kept.start()].strip() not in ("", "等", "等信息"):
            continue
        _also_kept(head)
        _log_collected_too(head, kept.start(), kept.end(), mentions)
        _kept_log_items(text, kept.end(), mentions)


def _log_collected_too(head: Mention, start: int, end: int, mentions: list[Mention]) -> None:
    """The log the collected data is kept as ("…，作为网络日志和交易流水日志进行保存") is collected as well as kept: it takes
    the head's collection beside its storage, and so do the items a later sentence says it includes ("网络日志包括…")."""
    collected = [f for f in head.frames if f.action == "collect" and not f.negated]
    for mention in mentions:
        if start <= mention.start < end and not mention.skip and mention.frames:
            mention.frames = unique_frames(mention.frames + [f for f in collected if f not in mention.frames])


def _also_kept(mention: Mention) -> None:
    """Give `mention`'s collection a `store` beside it (the log it goes into is kept), unless it is stored already."""
    _add_beside(mention, ("collect",), "store", verb="保存")


def _add_beside(mention: Mention, sources: tuple[str, ...], action: str, ours_only: bool = False, **changes) -> None:
    """Give `mention` a frame of `action` copied from its first un-negated frame of one of the `sources` actions (of the
    first party only, if `ours_only`) with `changes`, unless it has a frame of `action` already."""
    source = next((f for f in mention.frames if f.action in sources and not f.negated
                   and (not ours_only or f.actor == FIRST_PARTY)), None)
    if source is not None and not any(f.action == action for f in mention.frames):
        mention.frames = mention.frames + [replace(source, action=action, **changes)]


LOG_ITEMS_INTRO = re.compile(r"\s*[，,]\s*(?:包括|包含|例如|比如|如)[：:]?")


def _kept_log_items(text: str, start: int, mentions: list[Mention]) -> None:
    """The items the kept log is said to include ("…作为服务日志保存，包括浏览、点击查看、搜索查询…") are kept too: each
    collected item up to the sentence's end also takes the storage (GUIDELINES: items listed in a log said to be kept)."""
    intro = LOG_ITEMS_INTRO.match(text, start)
    if intro is None:
        return
    end = _clause_end(text, intro.end(), "。；;")
    for mention in mentions:
        if not mention.skip and intro.end() <= mention.start < end:
            _also_kept(mention)


def _device_files_not_stored(text: str, mentions: list[Mention]) -> None:
    """The files on the person's storage (storage.files: the storage permission and what it reaches) are read or written
    on the device, never kept by us: "我们会下载游戏资源并储存在SD卡上", "目的是为了保存图片、文件或缓存信息到你的设备",
    "截图保存" give the permission's collection, not a `store` (GUIDELINES: storage permissions count as the files). Files
    kept on our servers ("我们会将您的照片和文件存储在我们的服务器上") stay stored."""
    if re.search(r"服务器|服务端|后台|云端|云存储|云服务", text):
        return
    for mention in mentions:
        if mention.data_type != "storage.files" or not any(f.action == "store" for f in mention.frames):
            continue
        frames = []
        for frame in mention.frames:
            if frame.action == "store":
                frame = replace(frame, action="collect")
            if frame not in frames:
                frames.append(frame)
        mention.frames = frames


SHARED_ABOUT_PERSON = re.compile(r"(?:第三方|其他方|其他用户|他人)(?:合法|可能|会|也)*(?:通过[^，,。；;]{0,12}?)?(?P<verb>共享|分享)"
                                 r"(?=(?:的|与)(?:(?:您|你)有关的|(?:您|你)的?))")


def _shared_with_us(text: str, mentions: list[Mention]) -> None:
    """What others share of the person ("第三方共享的您的信息", "其他方分享的您的信息", "其他用户可能通过社交网络分享与您有关的
    信息") is data we receive from them, a collection of ours, not a share by them."""
    for shared in SHARED_ABOUT_PERSON.finditer(text):
        for mention in mentions:
            if mention.skip or not shared.end() <= mention.start <= shared.end() + 3:
                continue
            if mention.frames and all(f.action == "share" and not f.negated for f in mention.frames):
                mention.frames = [replace(mention.frames[0], action="collect", actor=FIRST_PARTY, actor_text=None,
                                          recipient=None, recipient_text=None, verb="共享")]


# what other parties provide about the person while they use our service ("其他方使用我们的服务时所提供有关您的共享信息",
# "第三方使用紫龙服务时所提供有关您的共享信息")
PROVIDED_BY_OTHERS = re.compile(r"(?:第三方|其他方|其他用户|他人)(?:在)?使用[^，,。；;]{1,20}?时所?提供的?(?=(?:有关|关于)(?:您|你)的)")


def _provided_by_others(text: str, mentions: list[Mention]) -> None:
    """Information other parties provide about the person while using the service reaches the service, a collection of
    ours (as what others share of the person: `_shared_with_us`), not a practice the relative clause leaves unread."""
    for provided in PROVIDED_BY_OTHERS.finditer(text):
        for mention in mentions:
            if mention.start != provided.end() or any(f.negated for f in mention.frames):
                continue
            mention.skip = mention.inherit = False
            mention.frames = [Frame("collect", actor=FIRST_PARTY, verb="提供")]


COOKIE_KEEPS = re.compile(r"(?i)(?:cookies?|web ?beacons?|网络 ?beacon|同类技术|类似技术)(?P<gap>[^。；;]{0,24}?)"
                          r"(?P<verb>存储|保存|储存|存放)")
PROVIDED_TO_US = re.compile(r"(?:您|你)向(?:我们|我方|我行)(?:提供|提交)(?:的)?")
OUR_KEEPING = re.compile(r"我们|我方|我行|本公司|将|把|并|(?<!可)以|收集|获取|采集|标识|记录")


def _kept_by_cookies(text: str, mentions: list[Mention]) -> None:
    """Data a cookie keeps ("Cookie可以在您进行注册、登录时，通过存储账号信息", "cookies有助于我们辨认您…，或保存您向我们
    提供的有关您的其他信息", "Cookie可以存放票据信息") stays in the person's browser: the cookie's use of it, no `store` by us
    (GUIDELINES: cookies are device-local and give no `store`)."""
    for kept in COOKIE_KEEPS.finditer(text):
        if OUR_KEEPING.search(re.split(r"[，,]", kept.group("gap"))[-1]):
            continue
        for mention in mentions:
            if mention.skip or mention.data_type == "usage.cookies":
                continue
            gap = text[kept.end():mention.start]
            if mention.start < kept.end() or len(gap) > 20 or re.search(r"[，,。；;]", gap):
                continue
            # "保存您向我们提供有关您的喜好或其他信息": what the person gave us, a relative clause without 的, is the data
            # the cookie keeps, not a collection of its own
            provided = PROVIDED_TO_US.fullmatch(gap) is not None
            mention.frames = unique_frames([replace(f, action="use") if not f.negated and (
                f.action == "store" or provided and f.action == "collect") else f for f in mention.frames])


ALLOWED_USE = re.compile(r"允许(?:我们|应用|本应用|App|APP)?(?:使用|利用)(?:您的|你的)?(?:设备的?|手机的?)?")


def _allowed_device_use(text: str, mentions: list[Mention]) -> None:
    """A permission described as what it allows ("相机权限	允许使用相机", "允许使用指纹	指纹登录、指纹支付") reads the device
    function's data, a collection, as using a permission does (GUIDELINES: permissions count as their data)."""
    for allowed in ALLOWED_USE.finditer(text):
        for mention in mentions:
            if (mention.skip or mention.start != allowed.end()
                    or text[mention.start:mention.end].endswith(("信息", "数据", "内容", "资料"))):
                continue
            mention.frames = unique_frames([replace(f, action="collect") if f.action == "use" and not f.negated
                                            and f.verb in PERMISSION_USE_VERBS else f for f in mention.frames])


OUR_QUERY = re.compile(r"(?:我们|我行|我方)[^，,。；;您你向从]{0,6}?查询(?:您|你)的(?:相关)?")


def _our_queries(text: str, mentions: list[Mention], actor: str, purposes: list[str], condition: str | None) -> None:
    """Data we look up of the person's own ("当您需要…售后服务时，我们将会查询您的订单信息", "我行将会查询您的订单信息"): we
    use what we hold (查询 is no verb of the lexicon, where the person's own 查询 is a right of access)."""
    if "查询" not in text:
        return
    for query in OUR_QUERY.finditer(text):
        for mention in mentions:
            # (over a request the when-clause reads: "当您需要售后服务时，我们将会查询您的订单信息")
            if mention.start == query.end() and not any(f.negated for f in mention.frames):
                mention.frames = [Frame("use", actor=actor, purposes=purposes, condition=condition)]
                mention.skip = mention.inherit = False


def _posts_may_contain(text: str, patterns: PostPatterns) -> list[tuple[int, int]]:
    """Spans of the data that posts or uploads by the person or other users are said to possibly contain
    ("您公开发布的信息中可能会涉及|您或他人的个人信息，如您在评价时选择上传包含个人信息的图片|。"), not of what we share
    ("我们共享的信息可能涉及…": our own practice states its verb). The service receives that data, a collection
    (GUIDELINES: the person's information in what other users publish, and in their own posts)."""
    spans = []
    for match in patterns.may_contain.finditer(text):
        clause_start = _clause_start(text, match.start(), "，,。；;：:")
        if patterns.we_as_party.search(text, clause_start, match.start()):
            continue
        end = patterns.contents_end.search(text, match.end())
        spans.append((match.end(), end.start() if end else len(text)))
    return spans


# Our denial of collecting what the sentence just named, pointed back to ("此时，酷狗不会收集您的这些信息", "咪咕视频不进行
# 收集和存储", "知乎不会收集和存储您的该类信息").
OWN_COLLECTION_DENIED = re.compile(
    r"(?:不会|不|并不|绝不会?|无需|不再)(?:会|主动|自行|直接)?(?:进行)?(?:收集|获取|采集)(?:[和及或与、/](?:存储|保存|使用))?"
    r"(?:(?:您的|你的)?(?:这些|上述|该类|此类|前述|该等|以上)(?:个人)?信息|(?=[，,。；;]|$))")


REFUSAL_BEFORE = re.compile(r"(?:如|若|如果|假如|倘若)[^。；;]{0,30}(?:不同意|拒绝|不授权|不提供|未同意|撤回|关闭)")


# "如您在…其他用户可见的公开区域内上传或发布的信息…中公开您的信息，该等信息可能会被他人收集并加以使用": a caution that
# what the person publishes in public areas is open to others
PUBLIC_AREA_CAUTION = re.compile(
    r"公开区域内?[^。；;]{0,60}?(?:上传|发布|公布|公开)(?P<published>[^。；;]{0,80}?)(?:可能|将)?会?被(?:他人|其他人|其他用户|第三方)"
    r"[^。；;，,]{0,6}?(?:收集|获取|使用|利用)")
PUBLISHED_TYPES = ("content", "personal_info")


def _published_in_public_areas(text: str, mentions: list[Mention]) -> None:
    """What the person uploads, publishes or makes public in areas other users see, in a caution that others may then
    collect it, is shown to them: `share` with `third_party` (GUIDELINES: the visibility to other users is the display;
    the demonstrative "该等信息" adds no collection by them). Only the published posts (`content`) and the person's own
    information (`personal_info`) named before the caution's end."""
    caution = PUBLIC_AREA_CAUTION.search(text)
    if caution is None:
        return
    for mention in mentions:
        if (mention.data_type in PUBLISHED_TYPES and caution.start() <= mention.start
                and mention.end <= caution.start("published") + len(caution.group("published"))):
            mention.frames = [Frame("share", negated=False, actor=FIRST_PARTY, recipient=THIRD_PARTY)]
            mention.skip, mention.inherit = False, False


def _collected_by_others(text: str, actors, mentions: list[Mention]) -> None:
    """Data the person gives in another party's service, where the sentence then says we do not collect it ("…开通免流量
    服务时，您可能需要…提供姓名、身份证件号码…，此时，酷狗不会收集您的这些信息"; "…需要收集您的姓名…，该信息为办理业务时
    业务方收集，咪咕视频不进行收集和存储"), is collected by that party, not by us: a named party before the denial, else
    third_party (GUIDELINES: a third party collecting directly)."""
    denial = OWN_COLLECTION_DENIED.search(text)
    if denial is None or REFUSAL_BEFORE.search(text, 0, denial.start()):
        return  # "如你不同意同步…，我们…不会获取该等信息": the effect of a refusal, not another party's collection
    clause_start = _clause_start(text, denial.start(), "，,。；;")
    in_clause = [a for a in actors if clause_start <= a.start and a.end <= denial.start()]
    if in_clause and in_clause[-1].value != FIRST_PARTY:
        return  # "该第三方不会收集…": another party's denial
    if not in_clause and len(text[clause_start:denial.start()].strip()) > 8:
        return  # the service names itself in a few words ("此时，酷狗不会收集…"), not in a clause of its own
    others = [a for a in actors if a.end <= clause_start and a.value not in (FIRST_PARTY, "user")]
    named = [a.value for a in others if a.value != THIRD_PARTY]
    party = named[-1] if named else THIRD_PARTY
    for mention in mentions:
        if mention.end > clause_start:
            continue
        mention.frames = [replace(f, actor=party, actor_text=None)
                          if f.action == "collect" and not f.negated and f.actor == FIRST_PARTY else f
                          for f in mention.frames]


# "…填写你的联系方式、地址等信息时，这些信息可能被广告主直接收集并处理": data named before, taken by another party named as the
# agent of a passive whose subject points back to it
COLLECTED_BY_AGENT = re.compile(r"[，,]\s*(?:这些|上述|该等|前述|此类|以上)(?:个人)?(?:信息|数据|内容)(?:可能|将|会|均|都|也|亦)*被"
                                r"(?P<party>[^，,。；;]{1,20}?)(?:直接|自行)?(?:收集|获取|采集)")


def _collected_by_passive_agent(text: str, actors, mentions: list[Mention]) -> None:
    """Data the person fills in or gives, pointed back to by a demonstrative subject that another party (the agent of a
    passive) collects ("你在广告主…所提供广告展示页中主动填写你的联系方式、地址等信息时，这些信息可能被广告主直接收集并处理"):
    collected by that party, not by us (GUIDELINES: a third party collecting directly). Mentions with no frame or only our
    collection (the person's giving) before the passive take the party's collection."""
    found = COLLECTED_BY_AGENT.search(text)
    if found is None:
        return
    parties = [a.value for a in actors if found.start("party") <= a.start and a.end <= found.end("party")
               and a.value not in (FIRST_PARTY, "user")]
    if not parties:
        return
    for mention in mentions:
        if mention.end > found.start() or any(f.negated or f.action != "collect" or f.actor != FIRST_PARTY
                                              for f in mention.frames):
            continue
        mention.frames = [Frame("collect", negated=False, actor=parties[0], verb="收集")]
        mention.skip, mention.inherit = False, False


def _entrusted_storage(text: str, actors, mentions: list[Mention]) -> None:
    """"我们委托阿里云计算有限公司提供云服务器和数据存储服务，您的账号信息…将存储于阿里云的服务器中": data stored with
    a processor we engage (委托) to store it is kept by us and passed to that processor: store by us, share with it."""
    entrusted = ENTRUSTED_STORAGE.search(text)
    if not entrusted:
        return
    processors = [a for a in actors if a.value not in (FIRST_PARTY, "user")
                  and entrusted.start("party") <= a.start < entrusted.end("party")]
    if not processors:
        return
    processor = processors[0].value
    for mention in mentions:
        stores = [f for f in mention.frames if f.action == "store" and not f.negated]
        if mention.start < entrusted.end() or not stores or any(f.action == "share" for f in mention.frames):
            continue
        mention.frames = [replace(f, actor=FIRST_PARTY, actor_text=None) if f in stores else f
                          for f in mention.frames] + [replace(stores[0], action="share", actor=FIRST_PARTY,
                                                              actor_text=None, recipient=processor)]


# an application made to us to obtain or see data ("权利人…而向闲鱼申请获取您的姓名", "用户均有权向平台申请获取或查看
# 上述信息"): 向, then our name, then the verb of applying and of obtaining
APPLIED_TO_US = re.compile(r"向\s*(?P<party>[^，,。；;\s]{1,12}?)\s*(?:提出)?申请(?:获取|调取|查看|查询|获得)")


def _applied_for_from_us(text: str, actors, mentions: list[Mention]) -> None:
    """Data applied for to us (to our name, or to a name that is neither the person nor another party's) is no
    collection of ours: the applicant obtains it from us, and what we then do with it (disclose it) the sentence states
    apart. Our collection of data named after the application, in its clause, is dropped."""
    for applied in APPLIED_TO_US.finditer(text):
        if applied.group("party").startswith(("您", "你")) or any(
                a.value != FIRST_PARTY and applied.start("party") <= a.start < applied.end("party") for a in actors):
            continue  # "我们会向您申请获取相机权限", "需要向云闪付APP申请获取您的信息": we apply to the person or a party
        opening = _clause_start(text, applied.start(), "，,。；;")
        if FIRST_PARTY_IN.search(text, opening, applied.start()) or any(
                a.value == FIRST_PARTY and opening <= a.start and a.end <= applied.start()
                and not text.startswith("用户", a.end) for a in actors):
            continue  # "我们会向征信机构申请获取您的信用报告": we are the applicant
        end = _clause_end(text, applied.end(), "，,。；;")
        for mention in mentions:
            if applied.end() <= mention.start < end:
                mention.frames = [f for f in mention.frames
                                  if f.negated or f.action != "collect" or f.actor != FIRST_PARTY]
                if not mention.frames:
                    mention.dismiss()


# a check made through an authentication institution or a verification party: "授权我们通过国家权威可信身份认证机构进行信息
# 核验", "通过第三方身份验证机构对您的身份信息进行验证"
VERIFIED_THROUGH = re.compile(r"(?:通过|经由|借助)(?:[^，,。；;]{0,16}?(?:第三方|权威|可信|有权))[^，,。；;]{0,12}?"
                              r"(?:认证|验证|核验)(?:服务)?(?:机构|平台|系统|服务商)"
                              r"(?:对[^，,。；;]{1,12}?)?(?:进行)?(?:信息)?(?:核验|验证|核实|校验|认证)")


def _verified_through_party(text: str, mentions: list[Mention]) -> None:
    """"您需要主动提供相关真实身份信息（姓名、证件号码…）并授权我们通过国家权威可信身份认证机构进行信息核验": the identity
    information checked through an authentication institution goes to it, share identity with third_party (as the gold
    reads "向有关身份认证机构…提供…身份信息"); the items glossing it keep their collection only."""
    check = VERIFIED_THROUGH.search(text)
    if not check:
        return
    for mention in mentions:
        if (mention.data_type != "identity" or mention.start >= check.end() or not mention.term.endswith("身份信息")
                or re.search(r"[。；;]", re.sub(r"（[^（）]*）|\([^()]*\)", "", text[mention.end:check.start()]))):
            continue
        _add_beside(mention, ("collect", "use"), "share", actor=FIRST_PARTY, actor_text=None, recipient=THIRD_PARTY)


# our collection with third-party services as its means: "我会在您的手机上通过第三方服务收集日志数据", "我会（通过第三方产品）在
# 您的手机上收集数据和信息，称为日志数据"
COLLECTED_THROUGH_SERVICES = re.compile(r"(?:我们|我方|我)[^，,。；;]{0,12}?[（(]?\s*通过\s*(?:第三方|外部)的?\s*(?:服务|产品|工具|平台)"
                                        r"(?:提供商|提供方)?\s*[）)]?[^，,。；;]{0,12}?(?:收集|采集|获取)")
# third-party services named by the data they may collect, in a relative clause on them: "该应用程序使用可能收集用于识别您身份
# 信息的第三方服务"
SERVICES_THAT_COLLECT = re.compile(r"使用(?:了)?(?P<relative>(?:可能|会|将|能够?)*(?:收集|采集|获取)[^，,。；;]{1,40}?)的(?:第三方|外部)"
                                   r"(?:服务|产品|工具|代码|库|SDK)", re.IGNORECASE)


def _collected_through_services(text: str, mentions: list[Mention]) -> None:
    """Data we say we collect through third-party services is collected by them too ("我会…通过第三方服务收集日志数据":
    `collect` by first_party and third_party, GUIDELINES: collecting through an embedded SDK or tool, both collect), up to
    the end of the sentence; data a relative clause says third-party services we use may collect ("使用可能收集用于识别
    您身份信息的第三方服务") is theirs alone."""
    through = COLLECTED_THROUGH_SERVICES.search(text)
    if through is not None:
        end = _clause_end(text, through.start(), "。")
        for mention in mentions:
            if not through.start() <= mention.start < end or any(
                    f.action == "collect" and f.actor == THIRD_PARTY for f in mention.frames):
                continue
            ours = next((f for f in mention.frames if f.action == "collect" and not f.negated and f.actor == FIRST_PARTY),
                        None)
            if ours is not None:
                mention.frames = mention.frames + [replace(ours, actor=THIRD_PARTY, actor_text=None)]
    for relative in SERVICES_THAT_COLLECT.finditer(text):
        for mention in mentions:
            if relative.start("relative") <= mention.start < relative.end("relative"):
                mention.frames = [replace(f, actor=THIRD_PARTY, actor_text=None)
                                  if f.action == "collect" and f.actor == FIRST_PARTY and not f.negated else f
                                  for f in mention.frames]


# "并使用您的昵称、头像和发布内容以作展示": the data named is used for display
USED_FOR_DISPLAY = re.compile(r"使用(?P<object>[^，,。；;]{1,40}?)(?:以作|以|用于|用作|进行)(?:公开)?(?:展示|显示)")


def _used_for_display(text: str, published: bool, mentions: list[Mention]) -> None:
    """"您…发布信息…时，我们将收集…，并使用您的昵称、头像和发布内容以作展示": in a sentence about what the person
    publishes, data used for display is shown to the people who read it (GUIDELINES: public display is share with
    third_party), beside its use."""
    if not published:
        return
    for found in USED_FOR_DISPLAY.finditer(text):
        for mention in mentions:
            if found.start("object") <= mention.start < found.end("object"):
                _add_beside(mention, ("use",), "share", ours_only=True, recipient=THIRD_PARTY)


# after the means of a collection: what it collects is non-personal ("通过COOKIES或同类技术收集的非个人身份信息")
NON_PERSONAL_COLLECTED = re.compile(r"[^，,。；;]{0,8}?(?:收集|获取|采集)的(?:非个人|匿名|去标识化|汇总|统计)")


def _means_of_non_personal(text: str, mentions: list[Mention]) -> None:
    """"可能将通过COOKIES或同类技术收集的非个人身份信息汇总提供给广告商": what goes to the advertisers is the non-personal
    information the cookies collected (GUIDELINES: aggregate or de-identified data is not annotated), not the cookies;
    their use stays."""
    for mention in mentions:
        if any(f.action == "share" for f in mention.frames) and NON_PERSONAL_COLLECTED.match(text, mention.end):
            mention.frames = [f for f in mention.frames if f.action != "share"]


def _ip_derived_location(text: str, original: str, mentions: list[Mention]) -> None:
    """The place an IP address belongs to ("展示您的IP地址归属省份", "IP地址所对应的归属地域信息将会展示在…") is a coarse
    location with the practice of the sentence, and deriving it uses the IP address (GUIDELINES: location derived from
    the IP address)."""
    for mention in list(mentions):
        after = IP_PLACE_AFTER.match(text, mention.end) if mention.data_type == "network.ip" else None
        practices = [f for f in mention.frames if not f.negated]
        if (mention.data_type == "network.ip" and after is None and practices and not mention.skip
                and IP_BASIS_BEFORE.search(text, 0, mention.start)
                and any(m.data_type == "location.coarse" and mention.end <= m.start <= mention.end + 10 for m in mentions)):
            # "（基于IP地址对应的）国家/地区信息": the region read is based on the IP address, which is used for it
            mention.frames = [replace(practices[0], action="use", negated=False, verb="")]
            continue
        if after is None or mention.skip or not practices:
            continue
        if not any(m.data_type == "location.coarse" and mention.end <= m.start < after.end() + 8 for m in mentions):
            mentions.append(Mention(data_type="location.coarse", term=original[mention.end:after.end()],
                                    start=mention.end, end=after.end(), frames=list(mention.frames)))
        deriving = practices[0].actor
        mention.frames = [Frame("use", actor=deriving, actor_text=practices[0].actor_text,
                                purposes=practices[0].purposes, condition=practices[0].condition)]


def _inferred_from_ip(text: str, mentions: list[Mention]) -> None:
    """A location the sentence works out from the IP address right before it ("我们利用 IP 地址估算您的所在位置", "使用
    IP 地址来大致判断您的地理位置") is coarse, and the inference obtains it: `collect` `location.coarse` (GUIDELINES: a
    location derived from the IP address; the IP address keeps its `use`)."""
    for mention in mentions:
        if mention.data_type != "location" or mention.skip:
            continue
        if not IP_INFERENCE_BEFORE.search(text, max(0, mention.start - 40), mention.start):
            continue
        mention.data_type = "location.coarse"
        mention.frames = [replace(f, action="collect") if f.action == "use" and not f.negated else f
                          for f in mention.frames]


# the person's works recommended to other users ("在“附近”栏推荐您的作品", "向其他用户推荐您的作品", "把您（或您的作品）推荐给
#相应用户", "将您或您的内容推荐给您可能认识的人"); not a bare feature name in brackets ("短视频（推荐您的作品）")
WORKS_RECOMMENDED = re.compile(r"(?<![不未])(?:(?:向其他用户|在[^，,。；;（）()]{1,12}?(?:栏|页面|频道|页))推荐(?P<works>(?:您|你)的(?:作品|内容))"
                               r"|(?:将|把)(?:您|你)[（(]?或(?P<listed>(?:您|你)的(?:作品|内容))[）)]?推荐给)")


def _works_recommended_to_others(text: str, mentions: list[Mention]) -> None:
    """The person's works or posts recommended to other users are shown to them: `share` `content` with `third_party`
    (GUIDELINES: making data visible to other users)."""
    for found in WORKS_RECOMMENDED.finditer(text):
        group = "works" if found.group("works") else "listed"
        start, end = found.span(group)
        share = Frame("share", negated=False, actor=FIRST_PARTY, recipient=THIRD_PARTY, verb="推荐")
        for mention in mentions:
            if mention.data_type == "content" and start <= mention.start < end:
                mention.frames, mention.skip, mention.inherit = [share], False, False


# a purpose of showing to other people with no object of its own ("我们将会收集您主动填写的个人资料用于向其他用户展示")
DISPLAY_PURPOSE = re.compile(r"(?:用于|以便|以|来)(?:在[^，,。；;]{0,12}?)?(?:向|给)(?:其他用户|其他人|他人|其他玩家|好友|其他访客|公众)"
                             r"(?:进行)?(?:展示|显示)(?=[，,。；;]|$)")


def _collected_for_display(text: str, mentions: list[Mention]) -> None:
    """Data collected in a clause whose purpose is to show it to other people, the display verb having no object of its
    own ("我们将会收集你主动填写的个人资料用于向其他用户展示"), is also shared with them (GUIDELINES: making data visible to
    other users)."""
    for found in DISPLAY_PURPOSE.finditer(text):
        clause_start = _clause_start(text, found.start(), "，,。；;")
        for mention in mentions:
            if clause_start <= mention.start and mention.end <= found.start():
                _add_beside(mention, ("collect",), "share", ours_only=True, recipient=THIRD_PARTY,
                            verb=found.group(0)[-2:])


# syncing data between several apps or platforms ("可能会在多个参与活动的移动应用程序（简称“活动平台”）之间同步你参与活动的帐号…")
SYNCED_BETWEEN_APPS = re.compile(r"在[^，,。；;]{0,30}?(?:应用程序|应用|App|APP|app|产品|平台)[^，,。；;]{0,16}?之间(?:进行)?同步")


def _synced_between_apps(text: str, mentions: list[Mention]) -> None:
    """Data synced between several apps ("在多个参与活动的移动应用程序（简称“活动平台”）之间同步你参与活动的帐号（含标识符）")
    goes to the other apps' operators: `share` with `third_party`, for the data the clause names after the verb."""
    for found in SYNCED_BETWEEN_APPS.finditer(text):
        stop = _clause_end(text, found.end(), "，,。；;")
        for mention in mentions:
            if found.end() <= mention.start < stop and not any(f.negated for f in mention.frames):
                # (the apps' 应用 is no verb of use: the sync is the clause's only practice)
                mention.frames = [Frame("share", actor=FIRST_PARTY, recipient=THIRD_PARTY, verb="同步")]
                mention.skip, mention.inherit = False, False


def _location_sources(text: str, mentions: list[Mention]) -> None:
    """The signals a location is worked out from ("通过IP地址、GPS、WiFi或基站等途径获取您的地理位置信息", "从您的IP地址、
    设备或互联网服务中获取位置数据", "获取您的位置信息，这些技术包括IP地址、GPS…WLAN接入点、蓝牙和基站、传感器信息") are
    used for it, not collected by the line (GUIDELINES: a location derived from data is `use` of the source; the
    location itself keeps its collection)."""
    spans = [m.span("means") for pattern in LOCATION_MEANS for m in pattern.finditer(text)]
    for mention in mentions:
        if mention.data_type in LOCATION_SOURCES and any(a <= mention.start and mention.end <= b for a, b in spans):
            mention.derivation_source = True


# Data types that name a person's information as a whole or their identity: data said to leave them out is described,
# not denied.
IDENTIFYING_TYPES = {"personal_info", "identity"}
LEAVES_OUT = ("不包含", "不含", "不包括")  # the exclusions that describe what data contains
EXCEPTION_END = re.compile(r"\s*的\s*除外")
# A parenthesis closed before a data phrase: an exclusion inside it leaves out only what it names.
CLOSED_PARENTHESES = re.compile(r"[（(][^（()）]*[）)]")
EXCLUDED_IN_PARENTHESES = re.compile(r"不包括|不包含|不含|除了?|不涉及")
# A sensitivity label after a data phrase: "验证码匹配结果（个人敏感信息）", "身份证号码【属于敏感个人信息】".
# So does one joined by 之: "您的手机号码之个人敏感信息".
SENSITIVITY_LABEL = re.compile(r"[（(【](?:属于|均为|为|系)?(?:个人敏感|敏感个人|敏感)信息[）)】]"
                               r"|(?<=[\u4e00-\u9fff])之(?:个人敏感|敏感个人|敏感)信息")


def _sensitivity_labels(text: str, mentions: list[Mention]) -> set[int]:
    """The indexes of the mentions that are sensitivity labels ("（个人敏感信息）", "之个人敏感信息")."""
    labels = [found.span() for found in SENSITIVITY_LABEL.finditer(text)]
    return {index for index, mention in enumerate(mentions)
            if any(start < mention.start and mention.end <= end for start, end in labels)} if labels else set()


def _continue_parentheses(text: str, mentions: list[Mention]) -> None:
    """Data named in parentheses right after another data phrase are its examples: "个人身份信息（例如姓名）"; the
    ways of positioning after a precise location are that location ("精确位置信息（包括网络/GPS定位…）"); a
    sensitivity label there ("（个人敏感信息）") classifies the phrase and names no data of its own."""
    labelled = _sensitivity_labels(text, mentions)
    for index in labelled:
        mentions[index].skip, mentions[index].inherit, mentions[index].frames = True, False, []
    for index, mention in enumerate(mentions):
        if index in labelled:
            continue
        opening = max(text.rfind("（", 0, mention.start), text.rfind("(", 0, mention.start))
        if opening < 0 or max(text.find("）", opening), text.find(")", opening)) < mention.start:
            continue
        head = next((m for m in reversed(mentions[:index]) if m.end <= opening and opening - m.end <= 1), None)
        if head is None or head.skip or not head.frames:
            continue
        if EXCLUDED_IN_PARENTHESES.search(text[opening:mention.start]) or text.startswith("除外", mention.end):
            continue  # "设备信息（不包括IMEI）": left out, not an example
        if (mention.data_type == "location" and head.data_type.startswith("location.")
                and "简称" not in text[opening:mention.start]):
            # the ways of positioning that spell out a precise or coarse location are that location, not location
            # beside it: "精确位置信息（包括网络/GPS定位与wifi定位信息）" (an alias, "（以下简称“地理位置信息”）", names
            # the location as a whole and keeps it)
            mention.skip, mention.inherit, mention.frames = True, False, []
            continue
        mention.frames = [f.with_context() for f in head.frames]
        mention.skip = mention.inherit = False


# (not 如 opening a condition: "，如您不授权该权限则只能通过服务密码或短信随机码进行APP登录")
EXAMPLES = re.compile(r"[，,](?:例如|比如|譬如|诸如|如(?!果|(?:您|你)(?:不|未|拒绝|需|希望|想|要|同意|授权|撤回|对|已|发现|无法))|包括)")


def _continue_examples(text: str, mentions: list[Mention]) -> None:
    """A clause of examples after a data phrase continues its practice: "…分享可用于识别您个人身份的信息，例如您的
    姓名或电子邮件地址"."""
    labelled = [mentions[index] for index in _sensitivity_labels(text, mentions)]
    for marker in EXAMPLES.finditer(text):
        end = _clause_end(text, marker.end(), "，,。；;")
        inside = [m for m in mentions if marker.end() <= m.start < end and not any(m is label for label in labelled)]
        head = next((m for m in reversed(mentions) if m.end <= marker.start() and marker.start() - m.end <= 1), None)
        if not inside or head is None or head.skip or not head.frames:
            continue
        for mention in inside:
            if not mention.frames:  # skipped too: its "governing" verb was the one inside the head's description
                mention.frames = [f.with_context() for f in head.frames]
                mention.skip = mention.inherit = False


def _drop_example_holders(text: str, mentions: list[Mention]) -> None:
    """In a clause of examples, data that only holds the example named after it is no example of its own ("例如您在
    账号资料中设置的地区信息或您上传的图片、视频中的地理标记信息", "例如您或其他人共享的照片包含的地理标记信息")."""
    for marker in EXAMPLES.finditer(text):
        end = _clause_end(text, marker.end(), "，,。；;")
        inside = [m for m in mentions if marker.end() <= m.start < end]
        for mention in inside:
            if "上传" in text[max(marker.end(), mention.start - 4):mention.end]:
                continue  # "您上传的图片、视频中的地理标记信息": what the user uploads reaches us, a collection of its own
            if _holds_example(text, mention, inside):
                mention.dismiss()


# A mode of the service with fewer functions the person chooses, opening the sentence or the clause ("在“基本功能模式”下，",
# "在基本功能模式下，我们不会收集…"; not a youth mode the policy sets out for minors)
CHOSEN_MODE = re.compile(r"(?:^|(?<=[。；;，,]))\s*(?:在|于)[“\"「]?(?:基本功能|基础功能|基本|仅浏览|游客|访客)(?:服务)?模式[”\"」]?(?:下|中)")


def _drop_mode_denials(text: str, mentions: list[Mention]) -> None:
    """What the service leaves out in a mode the person chooses is the effect of their choice, no denial (GUIDELINES:
    "在基本功能模式下，我们不会收集设备MAC地址、设备标识信息…" gives none; a collection in the mode keeps its own)."""
    mode = CHOSEN_MODE.search(text)
    if mode is None:
        return
    for mention in mentions:
        if mention.start > mode.end() and mention.frames and all(f.negated for f in mention.frames):
            mention.dismiss()


# The phone's operating system named as what holds permissions, as a place data is kept, as the owner of a feature or as
# the subject of a verb ("相关操作系统权限", "存储在您的手机操作系统本地", "作業系統地理位置功能", "安卓操作系统还会获取…", "这是安卓操作系统的行为"),
# as the user account a program runs as ("以同一操作系统用户运行的工具"), as what handles something on the device ("通知由本机
# 操作系统处理") or as the owner of its notifications ("操作系统的通知历史")
SYSTEM_NOT_DATA_AFTER = re.compile(r"(?:的)?(?:权限|本地|地理位置功能|定位功能|(?:还|也|亦)?会|的?行为|用户(?!信息|数据|设置|名)"
                                   r"|(?:自行)?处理(?!器)|通知)")


def _drop_system_not_data(text: str, mentions: list[Mention]) -> None:
    """An operating system that holds permissions, keeps data, owns a feature or acts names no device data (its version
    or type named as data keeps its tuple: "操作系统版本", "操作系统类型")."""
    for mention in mentions:
        if (text[mention.start:mention.end].endswith(("操作系统", "作业系统"))
                and SYSTEM_NOT_DATA_AFTER.match(text, mention.end)):
            mention.dismiss()


# An account or number named only as what other data is linked to ("核实与您使用的微信帐号关联的微信支付账户", "您的支付宝账号
# 所关联的您的地区、性别", "您的APP账号（手机号）关联的数字钱包编号"): it qualifies the data after 的 (an aside in brackets may
# stand between); "将您的设备信息…与您的百度帐户相关联", with no 的, links the data to the account and keeps it
LINKED_TO_AFTER = re.compile(r"\s*(?:[（(][^（）()]{1,12}[）)]|[）)])?\s*(?:所|相)?关联的")
LINKED_TO_TYPES = ("account", "financial.payment", "contact.phone", "contact.email")


def _drop_linked_accounts(text: str, mentions: list[Mention]) -> None:
    """An account, payment account, phone number or e-mail address that only qualifies other data as what it is linked
    to names no data of its own (the data after 关联的 carries the practice)."""
    for mention in mentions:
        if mention.data_type.startswith(LINKED_TO_TYPES) and LINKED_TO_AFTER.match(text, mention.end):
            mention.dismiss()


# 评论 right before a noun it takes or modifies is the act of commenting on something ("评论其他用户发布的作品", "写笔记
# （评论笔记）") or part of a compound ("评论达人", "评论图片/视频保存"), or the place something appears ("在评论中提及其他
# 用户"): no comment of the person's is named (a comment as data ends its phrase: "发表评论时", "评论等信息", "发布/评论的信息");
# nor is one where it names, with what follows, a page or an input box ("在您的个人空间页…、评论及其他信息发布页面，展示您的IP
# 地址归属", "您在搜索框、网址栏、文章评论等内容输入框/编辑框场景进行粘贴操作")
COMMENT_TAKES_OBJECT = re.compile(r"(?![等的和及与或以并时后前、])[\u4e00-\u9fff]"
                                  r"|(?:及其他|及其它|等)[^，,。；;、]{0,8}?(?:页面|输入框|编辑框)")


def _drop_comment_acts(text: str, mentions: list[Mention]) -> None:
    """Drop 评论 read as content where the word is a verb with its object, a modifier of a noun, a place or part of
    the name of a page or an input box."""
    for mention in mentions:
        if text[mention.start:mention.end] == "评论" and COMMENT_TAKES_OBJECT.match(text, mention.end):
            mention.dismiss()


# The person's consent to a sharing named as the exception of a denial after it ("除非您明确同意共享个人身份信息，否则我们不会
# 共享任何个人身份信息"): the clause up to the comma, when the next clause denies
UNLESS_CONSENTED = re.compile(r"除非(?:您|你)[^，,。；;]{0,6}同意[^，,。；;]*?(?:共享|分享|提供|披露|转让)[^，,。；;]*"
                              r"(?=[，,]\s*(?:否则)?\s*(?:我们|我方|我行)?[^，,。；;]{0,6}"
                              r"(?:不会|绝不|不得|不))")


def _consented_exception(text: str, mentions: list[Mention]) -> None:
    """What the person may consent to share in the exception of a denial is no practice of its own: the line is the
    denial alone, as "未经您的同意，我们不会共享…" (GUIDELINES: a denial with the person's consent as its exception)."""
    for found in UNLESS_CONSENTED.finditer(text):
        for mention in mentions:
            if found.start() <= mention.start < found.end() and any(not f.negated for f in mention.frames):
                mention.dismiss()


# The exception closing a denial ("我们不会公开披露您的个人信息，但您的角色昵称、排行榜成绩等游戏内公开信息除外"): its items
DENIAL_EXCEPTION = re.compile(r"[，,]\s*(?:但|但是)[^，,。；;]*?除外")


def _denial_exceptions(text: str, mentions: list[Mention]) -> None:
    """The data a 但…除外 clause excepts from a denied disclosure before it is disclosed (GUIDELINES: a line with both
    forms gets both `not_share` and `share`): its items take the disclosure without the negation."""
    for found in DENIAL_EXCEPTION.finditer(text):
        for mention in mentions:
            if (found.start() <= mention.start < found.end() and mention.frames
                    and all(f.negated and f.action == "share" for f in mention.frames)):
                mention.frames = [replace(f, negated=False) for f in mention.frames]


# A demonstrative before a type noun ("上述设备信息", "您的前述身份信息", "前述音频信息", "该等位置信息"), unless it heads the
# details that follow ("前述设备信息包括：…")
DEMONSTRATIVE_BEFORE = re.compile(r"(?:上述|前述|以上|该等|这些|此类|这类)(?:的)?(?:您的|你的|用户的)?\s*$")
DEMONSTRATIVE_DETAILS_AFTER = re.compile(r"\s*(?:包括|包含|是指|主要包括|[：:])")
# (between the items the demonstrative governs: a conjunction, also one closing a list with 等, "这些cookies和web beacon等同类技术")
DEMONSTRATIVE_LIST_JOIN = re.compile(r"\s*(?:(?:、|和|及|与|以及|或)+\s*(?:[^，,。；;：:、]{1,16}?\s*等)?|等)\s*")


def _drop_demonstratives(text: str, mentions: list[Mention]) -> None:
    """Data named only by a demonstrative resumes data named before and gets no tuple from that phrase (GUIDELINES:
    上述 / 前述 / 以上 / 该等 before a type noun make a demonstrative: "我们仍然会收集上述设备信息、服务日志信息数据");
    a phrase of the line that names the data itself keeps its practice."""
    resumed_end = None  # where the last demonstrative phrase, with the list items it governs, ends
    for mention in sorted(mentions, key=lambda m: m.start):
        if (DEMONSTRATIVE_BEFORE.search(text, max(0, mention.start - 8), mention.start)
                and not DEMONSTRATIVE_DETAILS_AFTER.match(text, mention.end)) or (
                resumed_end is not None and DEMONSTRATIVE_LIST_JOIN.fullmatch(text, resumed_end, mention.start)):
            # ("上述设备信息、服务日志信息数据": the demonstrative governs the whole list)
            mention.dismiss()
            resumed_end = mention.end
        elif resumed_end is not None and mention.start >= resumed_end:
            resumed_end = None


# A footnote defining a term ("备注：设备信息包括IMEI、MAC、Serial、SIM卡、设备型号…", "注：个人信息是指…")
NOTE_DEFINITION = re.compile(r"^\s*(?:备注|注|注释)\s*[：:]\s*[^，,。；;：:]{1,20}?(?:包括|包含|是指|指)")


def _drop_note_definitions(text: str, mentions: list[Mention]) -> None:
    """A footnote that defines a term names what the term covers, no practice, and is no item of the list introduced
    before it (GUIDELINES: definitions); data a verb of the note takes keeps its practice."""
    if NOTE_DEFINITION.match(text) is None:
        return
    for mention in mentions:
        if mention.inherit and not mention.frames:
            mention.dismiss()


# a retention period the deletion follows: a length ("15个工作日内") or the necessity of the data ("超出必要的期限后",
# "超出必要的存储期限后"; GUIDELINES: a retention stated by the purpose is such a period), not "在合理期限内"
NECESSARY_PERIOD = re.compile(r"(?:超出|超过)(?:必要|所需|实现目的所必需)的?(?:存储|保存|保留)?(?:期限|期间|时限)")
# "对你的个人信息进行删除或匿名化处理": the data deleted, after 对
DELETED_OBJECT = re.compile(r"对(?P<object>[^，,。；;对]{1,24}?)(?:进行|予以|作)(?:删除|匿名化|去标识化|销毁)")


def _deleted_after_period(text: str, mentions: list[Mention], actor: str) -> None:
    """Data deleted or anonymised after a stated period ("超出必要的期限后，我们将对你的个人信息进行删除或匿名化处理",
    "我们将在15个工作日内对你的个人信息进行删除") is kept until then (GUIDELINES: a stated retention period is `store`,
    even phrased as deletion); the shutdown of the service, a reasonable period or a right of the person is none."""
    if re.search(r"停止运营|终止服务|终止运营|合理期限|您可以|你可以", text):
        return
    for deleted in DELETED_OBJECT.finditer(text):
        clause = text[_clause_start(text, deleted.start(), "，,。；;"):deleted.start()]
        if not (NECESSARY_PERIOD.search(text, 0, deleted.start()) or DURATION.search(clause)):
            continue
        for mention in mentions:
            if deleted.start("object") <= mention.start < deleted.end("object") and not any(
                    f.action == "store" for f in mention.frames):
                mention.frames = mention.frames + [Frame("store", actor=actor, verb="删除")]
                mention.skip = mention.inherit = False


# the person setting or editing profile fields ("您可以编辑您的昵称、头像、性别", "注册后，您可以设置头像、昵称"), up to the
# first field
EDITS_FIELDS = re.compile(r"(?:您|你)(?:还|也)?(?:可以|可|能够)?(?:自行|自主|随时)?(?P<verb>编辑|设置|修改)(?:您|你)?的?(?:个人)?$")
PROFILE_FIELD_TYPES = ("account.profile", "identity.gender", "identity.birthdate", "identity.age", "location.coarse",
                       "identity.occupation", "identity.education")


def _edited_profile_fields(text: str, mentions: list[Mention], actor: str, purposes: list[str],
                           condition: str | None) -> None:
    """Profile fields the person is said to be able to edit or set, with no practice of their own, are theirs to provide
    (GUIDELINES: filling in or editing profile fields is `collect`, not a control): "当您编辑您的个人主页时，您可以编辑
    您的昵称、头像、性别、生日和所在地信息". The field list runs from the verb to the end of its clause; a clause that
    also names deletion or correction (a right) is left alone."""
    for index, mention in enumerate(mentions):
        if mention.skip or mention.frames or mention.data_type not in PROFILE_FIELD_TYPES:
            continue
        clause_start = _clause_start(text, mention.start, "，,。；;：:")
        first = next((m for m in mentions[:index + 1] if m.start >= clause_start), mention)
        edit = EDITS_FIELDS.search(text, clause_start, first.start)
        clause_end = min([i for i in (text.find(p, mention.end) for p in "，,。；;") if i >= 0] or [len(text)])
        if edit is None or re.search(r"删除|更正|注销|访问|查阅|撤回", text[clause_start:clause_end]):
            continue
        mention.frames = [Frame("collect", actor=actor, purposes=purposes, condition=condition, verb=edit.group("verb"))]
        mention.inherit = False


# A list item naming a purpose and the activities it covers: "（3）用于支付相关服务，包括订单支付、交易行为核验、支付信息汇总统计；"
PURPOSE_ITEM = re.compile(r"^\s*(?:[（(]?[\d一二三四五六七八九十]{1,3}[)）.、．]\s*)?(?:用于|用来)[^，,。；;：:]{1,30}[，,]\s*"
                          r"(?:包括|包含|例如|比如|如)[:：]?")
# an activity named by data and the act on it, ending a list item ("广告数据监测/统计；", "订单支付、")
# (also with the open end of the list: "支付信息汇总统计等；")
ACTIVITY_AFTER_DATA = re.compile(r"[\u4e00-\u9fff]{2,4}(?:/[\u4e00-\u9fff]{2,4})?(?=等?(?:[、；;，,。）)]|$))")


def _drop_purpose_item_activities(text: str, mentions: list[Mention]) -> None:
    """The items of a purpose's examples name activities, no data handled ("用于广告相关服务，包括广告展示、广告数据
    监测/统计", "用于支付相关服务，包括订单支付、交易行为核验、收入结算"): data that opens such an activity gets no tuple.
    A purpose item that names an act on data instead ("用于在您同意的情况下获取设备位置权限、搜集设备信息") keeps it."""
    item = PURPOSE_ITEM.match(text)
    if item is None:
        return
    for mention in mentions:
        if mention.start >= item.end() and ACTIVITY_AFTER_DATA.match(text, mention.end):
            mention.dismiss()


# A permission item opening with its label ("访问相机：", "开启麦克风和语音识别：", "访问本地存储：") whose rest says what the
# person can do with it ("您可以使用摄像头扫码进行扫一扫、直接拍摄并上传图片进行晒图或分享", "通过开启本地存储权限，实现下载…")
PERMISSION_LABEL = re.compile(r"^\s*(?:[（(]?[\d一二三四五六七八九十]{1,3}[)）.、．]\s*)?(?:访问|开启|允许访问|允许)"
                              r"[^：:，,。；;]{1,14}[：:]\s*(?=您|你|通过|实现)")


def _drop_permission_label_uses(text: str, mentions: list[Mention]) -> None:
    """In a permission item with its label, the data named in what the person can do with the permission gets no tuple
    of its own (GUIDELINES: data named only in the purpose of a permission, as what the user will do with it); the
    label's permission counts, and so does the permission named again ("通过开启本地存储权限"). A rest in which we act on
    data ("访问电话：通过您的电话状态权限我们记录您的IMEI") keeps its practices."""
    label = PERMISSION_LABEL.match(text)
    if label is None or FIRST_PARTY_IN.search(text, label.end()):
        return
    # the label names the permission as data ("访问相机："), or the rest names it again ("访问本地存储：您可以通过开启本地存储
    # 权限实现…", the label's 本地存储 being no data term)
    if not any(m.end <= label.end() or m.start >= label.end() and m.term.endswith("权限") for m in mentions):
        return
    for mention in mentions:
        if mention.start >= label.end() and not mention.term.endswith("权限"):
            mention.dismiss()


# what is about the person, right after the verb ("与您有关的信息", "关于您的信息")
ABOUT_THE_PERSON = re.compile(r"(?:与|和|跟)(?:您|你)有关的|关于(?:您|你)的|(?:您|你)的")


def _continue_relative_items(text: str, tokens: list[Token], verbs: list[int], clause_of: list[int],
                             mentions: list[Mention]) -> None:
    """The items of a list of examples, clauses that are only a noun, maybe with a relative clause or a time phrase,
    continue the practice of the data the list names, not the relative verb of an item before them: "我们还可能使用您的
    其他信息，包括您与客服联系时您提供的相关信息，您参与问卷调查时向我们发送的问卷答复信息" → use (GUIDELINES: a relative
    clause on the user providing data that is the object of another practice gives no collect)."""
    for marker in EXAMPLES.finditer(text):
        head = next((m for m in reversed(mentions) if m.end <= marker.start() and marker.start() - m.end <= 1), None)
        if head is None or head.skip or not head.frames:
            continue
        clause = clause_of[marker.end()]
        while any(clause_of[t.start] == clause for t in tokens):
            inside = [m for m in mentions if clause_of[m.start] == clause and m.start >= marker.end()]
            first = min((m.start for m in inside), default=len(text))
            if not _only_relative_verbs(text, tokens, verbs, clause_of, clause, first):
                break
            for mention in inside:
                if not mention.skip:
                    mention.frames = [f.with_context() for f in head.frames]
                    mention.inherit = False
            clause += 1


# what a cookie holds, named as data ("Cookie信息", "cookie 标识符", "Cookie数据")
COOKIE_DATA_AFTER = re.compile(r"\s*(?:信息|数据|标识符?|ID|id|值|内容|记录)")
COOKIE_LIST_GAP = re.compile(r"\s*(?:[、，,/]|和|及|与|或|以及|或者)\s*(?:(?:您|你)的)?\s*")
COOKIE_READING_VERBS = {"收集", "采集", "获取", "读取", "获得", "搜集", "记录", "上传", "上报", "接收"}
# the person handing over their cookies by a verb right before them ("要求用户手动复制或上传 Cookie", "请您提交 Cookie"):
# the cookies are data the person gives, collected by whoever receives them
COOKIE_HANDED_BEFORE = re.compile(r"(?:用户|您|你)[^，,。；;：:]{0,12}?(?:上传|提交|粘贴|导入|提供)\s*$")


def _cookies_as_their_use(text: str, mentions: list[Mention]) -> None:
    """Storing, placing or reading cookies is their use: "我们会在您的计算机或移动设备上存储名为Cookie的小数据文件",
    "通过访问Cookie辨认注册用户", "我们可能通过放置安全的Cookie及相关技术收集您的信息" → use usage.cookies, the cookie
    being kept in the person's browser or device, neither retained nor collected by us (GUIDELINES: setting, placing,
    storing or using cookies is `use` of `usage.cookies`, what they obtain is `collect` of its own type; their lifetime
    gives no `store`). Cookies named as data a collecting verb takes, what a cookie holds ("cookie 标识符、cookie 信息")
    or an item among other data collected ("我们会收集您的设备信息、Cookie、IP地址"), keep that `collect` (GUIDELINES:
    cookies named as data the actor collects or reads)."""
    for index, mention in enumerate(mentions):
        if mention.data_type != "usage.cookies":
            continue
        as_data = COOKIE_DATA_AFTER.match(text, mention.end) is not None or mention.term.endswith(("信息", "数据")) or any(
            other.data_type != "usage.cookies" and not other.skip and (
                other.end <= mention.start and COOKIE_LIST_GAP.fullmatch(text[other.end:mention.start])
                or mention.end <= other.start and COOKIE_LIST_GAP.fullmatch(text[mention.end:other.start]))
            for other in mentions[max(0, index - 1):index + 2] if other is not mention)
        as_data = as_data and not COOKIE_MEANS_BEFORE.search(text, 0, mention.start) or bool(
            COOKIE_HANDED_BEFORE.search(text, 0, mention.start))
        mention.frames = unique_frames([
            replace(f, action="use") if f.action in ("store", "collect") and not f.negated
            and not (as_data and f.action == "collect" and f.verb in COOKIE_READING_VERBS
                     and f.verb not in re.split(r"[，,。；;：:]", text[mention.end:])[0]) else f
            for f in mention.frames])


# "在扫一扫、头像设置、刷脸认证场景中使用": the scenes or features a permission is used in, named by the data they handle
SCENE_PHRASE = re.compile(r"在(?P<names>[^，,。；;：:在您你]{2,40}?)(?:等)?(?:相关)?(?:场景|业务场景|使用场景)(?:中|下|里)")


def _scene_names(text: str, mentions: list[Mention]) -> None:
    """Data words inside a phrase naming the scenes something is used in ("在扫一扫、头像设置、刷脸认证场景中使用") name
    features, not data the verb after the phrase handles (GUIDELINES: data named only in the name of a feature)."""
    for scene in SCENE_PHRASE.finditer(text):
        names = scene.group("names")
        for mention in mentions:
            if scene.start("names") <= mention.start < scene.end("names") and not any(
                    f.verb and f.verb in names for f in mention.frames):
                mention.dismiss()


# the forms a correspondence takes ("您与我们的沟通信息（包括文字/图片/音视频/通话记录形式）", "以文字/图片/音视频/通话记录
# 形式存在的沟通信息")
COMMUNICATION_FORMS = re.compile(
    r"(?:沟通|通信|交流|联系)(?:信息|内容|记录)\s*[（(](?:包括|包含|含|如)?(?P<inner>[^（）()]{1,40}?)(?:等)?(?:形式|方式)[）)]"
    r"|以(?P<before>[^，,。；;（）()]{1,40}?)(?:等)?(?:形式|方式)(?:存在|记录|保存)?的[^，,。；;]{0,6}?(?:沟通|通信|交流)(?:信息|内容|记录)"
    # the means of an interaction with other people ("当您在游戏中通过文字、图片、语音和视频方式与其他玩家进行互动，我们可能会收集
    # 并保存您发送的上述信息内容"): what is sent is named by the demonstrative after it
    r"|通过(?P<means>[^，,。；;（）()]{1,40}?)(?:等|及其他)?(?:形式|方式)(?:与|和|同)[^，,。；;]{0,12}?(?:互动|交流|沟通|聊天)")


def _forms_of_communication(text: str, mentions: list[Mention]) -> None:
    """The forms a correspondence with the service takes (文字, 图片, 音视频, 通话记录) name no data of their own: the
    correspondence is `communication.messages` only (GUIDELINES: "沟通信息（包括文字/图片/音视频/通话记录形式）")."""
    for found in COMMUNICATION_FORMS.finditer(text):
        group = next(name for name in ("inner", "before", "means") if found.group(name) is not None)
        start, end = found.start(group), found.end(group)
        for mention in mentions:
            if start <= mention.start < end and not mention.data_type.startswith("communication.messages"):
                mention.dismiss()


def _continue_merger(text: str, mentions: list[Mention]) -> None:
    """A merger clause that names personal information states its transfer (GUIDELINES: `share` `personal_info` with
    third_party), also when the sentence's verbs say only that it stays protected ("如果发生合并、收购、资产转让等交易，
    …要求新的控制者继续保护你的个人信息") or deny it but for the merger ("不会将您的个人信息转让给第三方，除非因合并…需要"):
    the first personal information named gets the share unless the sentence already shares data. Combining data
    (DATA_COMBINING: "与其他信息合并分析") is no merger."""
    combining = [m.span() for m in DATA_COMBINING.finditer(text)]
    event = next((e for e in MERGER_EVENT.finditer(text)
                  if not any(start <= e.start() < end for start, end in combining)), None)
    if event is None or not MERGER_TRANSFER.search(text):
        return
    if any(f.action == "share" and not f.negated for m in mentions if not m.skip for f in m.frames):
        return
    named = next((m for m in mentions if m.data_type == "personal_info"), None)
    if named is not None:
        named.skip = named.inherit = False
        named.frames = named.frames + [Frame("share", actor=FIRST_PARTY, recipient=THIRD_PARTY, verb=event.group())]
