"""Predicate stage (`PredicateRules`, a mixin of `ChineseAnalyzer`): clause ids and spans, and which verb governs a data
phrase - the nearest action verb in its clause (`_governing_verb`), a topic verb, a disposal (将…进行), list items."""

from __future__ import annotations

import re

from ..lexicon import any_match, patterns_to_try
from .clauses import (_REST_OF_CLAUSE, CLOSE_BRACKET, CONTACTED_THROUGH, CONTACTING, PROVIDE_REQUEST,
                      REFERRED_CONTACTING, _clause_start, _clause_words, _in_needed_relative, _in_relative_clause,
                      _in_time_phrase, _inside, _joined_to_relative, _opens_bracket, _person_clause_in_object,
                      _shared_list_commas)
from .context import APP_DATA_NOUNS, ITEM_CLOSERS, ITEM_OPENERS, ITEM_VERBS
from .publicity import _facing_people_before, _taken_by_anyone
from .tokens import Token, _after_enumerator, _followed_by_de, _word_before, _words
from .words import (ADVERBIAL_VERBS, AGENT_CLAUSE, BASIS_WORDS, CLAUSE_PUNCT, CONJUNCTIONS, CONSENT_VERBS,
                    CONTENTS_CLAUSE, DEMONSTRATIVE_SUBJECT, DISPOSAL_NOT_AFTER, DUI_MODIFIERS, DUI_PARTICIPLES,
                    EXAMPLE_OPENERS, KEPT_BY_AGENT, LEARNER_GAP, LEARNER_PURPOSE, LEARNING_VERB, LEARNT_ABOUT_PERSON,
                    LEAVES_DEVICE_CLAUSE, LIGHT_VERBS, LIST_ANNOUNCERS, LIST_SEPARATORS, NEED_MODALS, OBJECT_MARKERS,
                    OPENING_CONNECTIVE, PURPOSE_VERBS, RECIPIENT_MARKERS, REQUEST_WORDS, SENDING_VERBS, SENT_TO_REST,
                    SHOWING_VERBS, TOPIC_MODALS, TOPIC_OBJECT, TOPIC_PREPOSITION, WEAK_VERBS)


# what closes a list item after its noun ('、', '等', an aside in brackets, a conjunction before the last item)
ITEM_END = frozenset(('、', '等', '（', '(', '及', '和', '以及'))
# head nouns a verb before them modifies inside a list item ('争议处理结果', '统计数据', '笔记发布页')
ITEM_HEAD_NOUNS = frozenset(('结果', '记录', '状态', '情况', '历史', '时长', '次数', '数据', '页', '页面'))
ITEM_VERB_ADVERB = re.compile(r"[不未没也并都均会将可需要]")
# demonstratives that sum up a list before its head noun ("社交互动关注分享这些您的使用行为信息")
SUMMING_DEMONSTRATIVES = frozenset(("这些", "此类", "这类", "上述"))
# the person's use of a service that describes the data after it ("使用盛付通服务的操作日志", "在使用我们的产品或服务
# 过程中产生的个人信息"): the text from after 使用 to the data
SERVICE_USE_DESCRIBES = re.compile(r"[^，,。；;：:、（(）)]{0,16}?(?:服务|产品|功能|软件|应用|App|APP|app|平台|网站|客户端)"
                                   r"(?:的)?(?:过程中|时|期间)?(?:所)?(?:产生|形成|生成)?的[^，,。；;：:]*")
# what may come right before the 使用 of such a description (a time phrase opener, the person, a list conjunction)
SERVICE_USE_BEFORE = frozenset(("在", "当", "您", "你", "用户", "以及", "及", "和", "与", "、", "或", "，", ","))


# the person's own possessive opening a later list item ("、您的浏览环境", "、你的设备型号")
ITEM_OWN_OPENING = frozenset(("您", "你", "您的", "你的"))


def _earlier_item_relative(tokens: list[Token], verb: int, start: int) -> bool:
    """Whether `verb` ends a relative clause (verb + 的) of an earlier list item than the data at `start`: a 、 lies between
    them and the data's item opens on the person's own possessive ("您先前访问的援引页面的位置、您的浏览环境"), so the
    relative clause does not reach over it (unlike "您提供的姓名、手机号码", whose relative clause heads the whole list)."""
    if not _followed_by_de(tokens, verb):
        return False
    separators = [k for k in range(verb + 1, len(tokens)) if tokens[k].end <= start and tokens[k].word == "、"]
    if not separators:
        return False
    after = separators[-1] + 1
    return after < len(tokens) and tokens[after].word in ITEM_OWN_OPENING


# what may stand between 将/把 and the person's act that opens its object ("将您在注册时填写的…")
DISPOSED_PERSON = frozenset(("您", "你", "用户", "在", "当"))


def _in_disposed_object(tokens: list[Token], verb: int, start: int) -> bool:
    """The verb at `verb` is the person's act inside the object that 将/把 puts before a later verb ("将您注册时填写的
    手机号码", "将您使用起点读书相关的信息（…）"): 将/把 and the person right before it, a 的 between it and the data at
    `start`, and no clause punctuation between (not the 将 of the future: "我们将收集您使用的…")."""
    back = verb - 1
    while back >= 0 and tokens[back].word in DISPOSED_PERSON:
        back -= 1
    if back < 0 or back == verb - 1 or tokens[back].word not in ("将", "把"):
        return False
    between = [t.word for t in tokens[verb + 1:] if t.end <= start]
    return "的" in between and not any(word in CLAUSE_PUNCT for word in between)


class PredicateRules:
    """Which verb governs a data phrase."""

    # -- structure -------------------------------------------------------------------------------------------
    @staticmethod
    def _clause_ids(text: str) -> list[int]:
        ids = []
        clause = 0
        depth = 0
        list_commas = _shared_list_commas(text)
        for position, char in enumerate(text):
            if char in "（(【[":
                depth += 1
            elif char in "）)】]" and depth:
                depth -= 1
            ids.append(clause)
            # inside a bracket only a full stop ends a clause: the items of a bracket divided by 、，； belong to the
            # clause around it ("将您的订单支付相关信息（采用银行卡支付的，需要提供姓名…；采用话费支付的，需要提供手机号码）
            # 提供给…")
            # (so do the commas dividing the items of a 将 object shared as a whole: "将您的手机号码，身份证号码…提供给…")
            if char in CLAUSE_PUNCT and (depth == 0 or char == "。") and position not in list_commas:
                clause += 1
        ids.append(clause)
        return ids

    @staticmethod
    def _spans(patterns: list[re.Pattern[str]], text: str, to_clause_end: bool) -> list[tuple[int, int]]:
        """Where each of `patterns` matches, to the end of its clause with `to_clause_end`; only the patterns whose
        required strings the text holds are tried (`patterns_to_try`)."""
        spans = []
        for pattern in patterns_to_try(patterns, text):
            for found in pattern.finditer(text):
                # an example of what is recorded ("省去重复输入搜索内容的步骤（示例：记录搜索）") is outside the span
                end = _REST_OF_CLAUSE.match(text, found.end()).end() if to_clause_end else found.end()
                while to_clause_end and _opens_bracket(text[found.start():end]):
                    # "查阅您的帐号基础信息（帐号头像、昵称，以及其他您选择填写的个人信息）": a comma inside a bracket the
                    # span opened does not end it
                    close = CLOSE_BRACKET.search(text, end)
                    if close is None:
                        break
                    end = _REST_OF_CLAUSE.match(text, close.end()).end()
                request = PROVIDE_REQUEST.search(text, found.end(), end) if to_clause_end else None
                if request is not None:
                    # "撤回个人信息授权、注销账号可能需要您提供实名身份信息进行身份核验": what the person is then asked to
                    # provide is collected; the withdrawal is only the occasion of the request
                    end = request.start()
                spans.append((found.start(), end))
        return spans

    def _passes_on(self, word: str) -> bool:
        """A verb that passes data on to someone: a share verb ("共享", "传输至") or one of providing ("提供给")."""
        return self.lex.verbs.get(word) == "share" or word in self.lex.provide

    def _is_verb(self, word: str) -> bool:
        return word in self.lex.verbs or word in self.lex.user_provides

    def _person_act_towards_us(self, tokens: list[Token], index: int) -> bool:
        """A verb of the person's with us as its object, closed by 的, describes the noun after it ("网络日志包括…以及您请求
        我行的网页记录、操作系统", the pages the person asked us for): no predicate of ours, so the items after it keep
        the list's practice. Verbs of giving ("您告知我们的信息") still state a collection."""
        if not 0 < index < len(tokens) - 2 or tokens[index].word in self.lex.user_provides:
            return False
        return (tokens[index - 1].word in ("您", "你", "用户") and tokens[index + 1].word in ("我们", "我行", "我方", "本行")
                and tokens[index + 2].word == "的")

    def _list_item_noun(self, tokens: list[Token], index: int) -> bool:
        """A verb that jieba split off a noun naming an item of a data list, not a predicate: 应用 before a noun of the
        app's data ("应用信息（应用崩溃信息…）", "其他应用相关信息"), and a verb right after another verb that opens a list
        item and ends it with the item's head noun ("、点击查看记录、", "、关注分享信息、": records of clicking and
        viewing, information on follows and shares)."""
        word = tokens[index].word
        after = tokens[index + 1].word if index + 1 < len(tokens) else ""
        if word == "应用":
            return after in APP_DATA_NOUNS
        start = index
        while start > 0 and index - start < 3 and (self._is_verb(tokens[start - 1].word)
                                                   or tokens[start - 1].word in ITEM_VERBS):
            start -= 1
        if start == index or start == 0 or tokens[start - 1].word not in ITEM_OPENERS:
            return False
        if word == "记录":
            return after in ITEM_CLOSERS
        after2 = tokens[index + 2].word if index + 2 < len(tokens) else ""
        return after in ("信息", "记录", "数据") and after2 in ITEM_CLOSERS

    def _asked_how(self, tokens: list[Token], index: int) -> bool:
        """The verb at `index` is asked about, not stated: 如何 / 怎样 before it or before the verbs it is listed with
        ("五、我们如何保存您的个人信息；", "涵盖如何收集、使用、披露…你的信息的隐私政策": a title or a topic)."""
        back = index - 1
        while back >= 0 and (tokens[back].word in CONJUNCTIONS or self._is_verb(tokens[back].word)):
            back -= 1
        return back >= 0 and tokens[back].word in ("如何", "怎样", "怎么")

    def _sets_cookies(self, index: int, tokens: list[Token], clause_of: list[int], data_matches) -> bool:
        """A `cookie_verbs` verb with a cookie-like technology after it in its clause ("设置…Cookie")."""
        verb = tokens[index]
        return verb.word in self.lex.cookie_verbs and any(
            m.value == "usage.cookies" and m.start >= verb.end and clause_of[m.start] == clause_of[verb.start]
            for m in data_matches)

    @staticmethod
    def _learns_about_person(index: int, tokens: list[Token], text: str, clause_of: list[int], actors) -> bool:
        """了解 whose subject is we or a named party, right before it in its clause, with the person's data after it:
        what we learn about the person we collect (GUIDELINES: "我们会了解您设备安装的应用信息", "我们可能会通过了解您的
        浏览记录…来判断风险"). Not the person learning ("您可以了解…", "请你了解"), nor a purpose ("帮助我们了解…", "为了解…",
        "使我们更加了解…"), nor how the person uses the service ("了解您如何使用", a purpose naming usage)."""
        verb = tokens[index]
        if verb.word != LEARNING_VERB or not LEARNT_ABOUT_PERSON.match(text, verb.end):
            return False
        return any(a.value != "user" and a.end <= verb.start and clause_of[a.start] == clause_of[verb.start]
                   and LEARNER_GAP.fullmatch(text, a.end, verb.start)
                   and not LEARNER_PURPOSE.search(text[max(0, a.start - 4):a.start] + text[a.end:verb.start])
                   for a in actors)

    def _contacted_through(self, text: str, verb: Token, match) -> bool:
        """Contact details the person gave (您提供的手机号码, the relative clause only says which ones) through which we
        reach them: "通过您提供的手机号码向您发送…", "通过您提供的联系方式，邀请您参与…", "通过你在使用产品过程中所提供的联系
        方式（例如：电话号码），向你发送…", "对于您提供的联系方式，…向其中的一种或多种发送…" (a use)."""
        word = verb.word.rstrip("给予")  # 提供给我们的手机号码
        if not match.value.startswith("contact") or verb.start >= match.start or (
                word not in self.lex.provide and word not in self.lex.user_provides
                and not re.search(r"所?提供的$", text[verb.end:match.start])):  # "你在使用产品过程中所提供的联系方式"
            return False
        clause_start = _clause_start(text, match.start, CLAUSE_PUNCT)
        return bool(CONTACTED_THROUGH.search(text, clause_start, match.start) and CONTACTING.match(text, match.end)
                    or REFERRED_CONTACTING.search(text, match.end))

    def _governing_verb(self, start: int, end: int, tokens: list[Token], verbs: list[int],
                        clause_of: list[int], parentheses: tuple[tuple[int, int], ...] = ()) -> int | None:
        clause = clause_of[start]
        # the person's use of a service that only describes the data is no predicate of it when another
        # verb governs it ("…提供真实姓名…以及使用盛付通服务的操作日志": the list goes on with 提供)
        described = [v for v in verbs if not self._service_use_describes(tokens, v, start)]
        if len(described) < len(verbs):
            found = self._governing_verb(start, end, tokens, described, clause_of, parentheses)
            if found is not None:
                return found
        taken = next((v for v in verbs if clause_of[tokens[v].start] == clause and tokens[v].start >= end
                      and _taken_by_anyone(tokens, v, clause_of)), None)
        if taken is not None:
            return taken  # "您主动公开的个人信息（…）可被任何第三方阅读": the data is what anyone may take
        adverbs = [v for v in verbs if self._adverbial(tokens, v)]
        if adverbs:
            # "您公开发布的作品…将会在个人主页中展示": 公开 only says how the data was posted; a verb after the data governs
            found = self._governing_verb(start, end, tokens, [v for v in verbs if v not in adverbs], clause_of,
                                         parentheses)
            if found is not None and tokens[found].start >= end:
                return found
        # a verb inside parentheses only governs data inside them ("唯一设备标识符（可能会多次获取），WIFI热点的MAC地址")
        verbs = [v for v in verbs if not any(a <= tokens[v].start < b and not a <= start < b for a, b in parentheses)]
        # an activity word listed among data before it ("内容播放时长、分享、下载、付费课程购买记录") is an item, not a predicate
        same_before = [v for v in verbs if clause_of[tokens[v].start] == clause and tokens[v].end <= start
                       and not self._listed_activity(tokens, v)]
        # a verb after the data that describes a later noun ("包括手机号、注册的设备"), also joined to such a verb ("及其他您选择
        # 共享和提交的信息": both only say which data is meant), or starts a later list item ("手机号、账号状态和注册时间")
        # does not govern the data
        same_after = [v for v in verbs if clause_of[tokens[v].start] == clause and tokens[v].start >= end
                      and not _followed_by_de(tokens, v) and not _joined_to_relative(tokens, v, verbs)
                      and not self._joined_to_relative_term(tokens, v)
                      and not self._list_item_verb(tokens, v)
                      and not self._listed_activity(tokens, v)
                      and not (v > 0 and tokens[v - 1].word in RECIPIENT_MARKERS)
                      and not _names_head_noun(tokens, v)]
        # "您的手机号码需要向对方进行展示": a need after the data is the modal of the verb after it, which governs
        same_after = [v for k, v in enumerate(same_after)
                      if not (tokens[v].word in NEED_MODALS and same_after[k + 1:])]
        # "您理解并同意我们在您的账号主页面展示…信息": the person's consent to an act of ours; the act governs the data
        # (not a relative clause on the data: "同意我们或…将您填写的…信息共享至…"), also when the act follows the data its
        # 将 puts before it ("您同意我们为了上述目的将您在社区发布的图文、视频等内容提供给我们的服务提供商")
        same_before = [v for v in same_before if not (
            tokens[v].word in CONSENT_VERBS and v + 1 < len(tokens) and tokens[v + 1].word in self.lex.first_party_words
            and (any(w > v and not _followed_by_de(tokens, w) for w in same_before)
                 or _consented_disposal(tokens, v, start, same_after)))]
        strong_before = [v for v in same_before if tokens[v].word not in WEAK_VERBS]
        strong_after = [v for v in same_after if tokens[v].word not in WEAK_VERBS]
        # a verb followed by 的 only describes the data ("您授权共享的昵称", "在境内收集的个人信息存储在…"):
        # prefer the nearest verb that is not such a relative clause
        # ... and so does a verb whose object is such a clause ("支付宝账号授权我们获取的信息（包括姓名…）")
        main_before = [v for v in strong_before if not _followed_by_de(tokens, v)
                       and not _in_needed_relative(tokens, v, start, verbs)
                       and not _joined_to_relative(tokens, v, verbs)
                       # "上传或发布的信息" with the data phrase opening on the relative "发布的": both verbs describe it
                       and not (self._joined_to_relative_term(tokens, v) and tokens[v + 2].start == start)
                       and not _person_clause_in_object(tokens, v, strong_before)
                       and not (v + 3 < len(tokens) and tokens[v].word in self.lex.user_provides
                                and tokens[v + 1].word in ("我们", "我方")
                                and self._is_verb(tokens[v + 2].word) and _followed_by_de(tokens, v + 2))]
        if _only_time_phrase_verbs(tokens, verbs, start):
            # "1.1.2 您在使用产品或服务时上传的信息。": a noun phrase whose only verb is the person's use of the service
            # in a time phrase names the data and states no practice (GUIDELINES: numbered item titles)
            return None
        # the act of a time phrase gives way to a main verb before it ("使用您在注册时提供的手机号码")
        timeless = [v for v in main_before if not _in_time_phrase(tokens, v, start)]
        if main_before and not timeless:
            # "我们在向您提供服务的过程中合法获取的您的使用信息": with every main verb inside a time phrase that follows our
            # own name, the relative clause after it on the data is our practice that names it
            opener = next((k for k in range(main_before[0] - 1, max(-1, main_before[0] - 6), -1)
                           if tokens[k].word == "在"), None)
            relative = [v for v in strong_before if v > main_before[-1] and _followed_by_de(tokens, v)]
            if relative and opener and tokens[opener - 1].word in self.lex.first_party_words:
                return relative[-1]
        if (main_before and strong_after and self._passes_on(tokens[strong_after[0]].word)
                and all(_in_disposed_object(tokens, v, start) for v in main_before)):
            # "将您注册时填写的手机号码共享给合作方", "将您使用起点读书相关的信息（…登录信息…）提供给您的监护人": the
            # person's act inside the object that 将/把 puts before a verb passing the data on only describes the data;
            # that verb governs it (not a keeping verb: "将您使用以上服务中提供的邮寄地址存储为常用信息" stays collected)
            timeless = main_before = []
        main_before = timeless or main_before
        if strong_before and not main_before and strong_after:
            return strong_after[0]
        if (strong_before and not main_before and same_after and not strong_after
                and not any(tokens[v].word in self.lex.user_provides for v in strong_before)):
            # "第三方SDK收集的个人信息将由其依据各自的隐私政策进行处理": the relative clause only says which data; the
            # practice is the verb after it, even a generic one such as 处理 (not after "您提供的…", which the person
            # gives us: "将您提供的身份信息向发证机关进行核验" stays a collection)
            return same_after[0]
        if strong_before and not main_before:
            # "您的获赞数、获得的喜欢数…，将会在个人主页中公开展示": verbs that only describe the listed data leave it to
            # the display verb that ends the sentence
            display = self._final_display(clause, tokens, verbs, clause_of)
            if display is not None:
                return display
        if (not main_before and not same_after and same_before
                and all(_earlier_item_relative(tokens, v, start) for v in same_before)):
            # "例如：您访问的页面地址、您先前访问的援引页面的位置、您的浏览环境": a relative clause of an earlier item of the
            # list describes that item only; the item that opens on its own 您的 continues the earlier predicate
            strong_before = same_before = []
        if main_before:
            strong_before = main_before
        disposal = next((t for t in tokens[strong_before[-1] + 1:] if t.word in ("将", "把") and t.end <= start
                         and start - t.end <= 4), None) if strong_before and strong_after else None
        if disposal is None and strong_before and strong_after and tokens[strong_after[0] - 1].word in ("进行", "加以"):
            # "使用Cookie对浏览活动进行记录": 对 puts the data before the verb after 进行, as 将/把 do
            disposal = next((t for t in tokens[strong_before[-1] + 1:] if t.word == "对" and t.end <= start
                             and start - t.end <= 4), None)
        if disposal is not None and "自己" not in _words(t for t in tokens if disposal.end <= t.start < start):
            # "未经您的同意将您的个人信息进行转让": 将/把 puts the data before the verb it is the object of (not in
            # advice to the user: "不将自己的帐号密码透露给他人")
            return strong_after[0]
        continued = self._disposal_continued(start, tokens, verbs, clause_of) if not same_after else None
        if continued is not None:
            return continued
        for candidates, pick in ((strong_before, -1), (strong_after, 0), (same_before, -1), (same_after, 0)):
            if candidates:
                return candidates[pick]
        # the activities listed in an earlier clause summed up by a demonstrative ("页面访问、内容使用、社交互动关注分享这些
        # 您的使用行为信息，使用时长信息") are items there too, no predicate the list continues
        summed = {clause_of[tokens[v].start] for v in verbs if self._last_item_before_summary(tokens, v)}
        earlier = [v for v in verbs if clause_of[tokens[v].start] < clause
                   and not (clause_of[tokens[v].start] in summed and self._listed_activity(tokens, v))]
        # "向其提供您的为申请授信所必须的姓名…，为金融风控所必须的设备信息": the purpose in a relative clause on earlier
        # data is not the predicate the list continues
        earlier = [v for v in earlier if not _in_needed_relative(tokens, v, verbs=verbs)] or earlier
        # "收集您向我们提供的认证所需信息及证明文件，包括姓名…，身份证件…": a verb right before 所需 only names what the data
        # is needed for, as in the 为…所需的 clause
        earlier = [v for v in earlier if not (v + 1 < len(tokens) and tokens[v + 1].word.startswith(("所需", "所必需",
                                                                                                     "所必须")))] or earlier
        # "收集您对我们服务的详细使用情况，作为服务日志保存，包括浏览、点击…": the items continue the main predicate, not
        # the verb of a clause saying what the data is kept as
        earlier = [v for v in earlier if not _clause_words(tokens, v, clause_of, after=False).startswith(("作为", "并作为"))
                   ] or earlier
        # "基于收集的信息，对您的偏好、习惯、位置作特征分析": a relative clause right after a basis preposition only says
        # which data the basis is; the basis (a use) continues to the later clause
        earlier = [v for v in earlier if not (v > 0 and tokens[v - 1].word in BASIS_WORDS and _followed_by_de(tokens, v))
                   ] or earlier
        # "同步您注册、登录、使用我们的产品的一些个人信息，可能包括…": the person's acts describe the data, not the examples
        earlier = [v for v in earlier if not _person_clause_in_object(tokens, v, earlier)] or earlier
        purpose = [v for v in earlier if tokens[v].word in PURPOSE_VERBS]
        if purpose and self._opens_examples(start, tokens, clause_of):
            # "提供身份信息用于身份核验，包括姓名…": the examples continue the object named before the purpose
            earlier = [v for v in earlier if v < purpose[-1]] or earlier
        announcing = [v for v in earlier if any(t.word in LIST_ANNOUNCERS for t in tokens[v + 1:v + 4])]
        if announcing:
            return announcing[-1]  # "如果您提供以下额外信息，将有助于我们为您提供…：例如昵称": the verb that announces the list
        strong_earlier = [v for v in earlier if tokens[v].word not in WEAK_VERBS]
        last = earlier[-1] if earlier else None
        if (last is not None and tokens[last].word in WEAK_VERBS and clause_of[tokens[last].start] == clause - 1
                and self._opens_examples(start, tokens, clause_of) and not _in_relative_clause(tokens, last, clause_of)):
            # "委托实名认证服务商查询、核验您的实名认证相关信息，包括您的姓名…": the examples are the object of the weak verb
            # of the clause right before them, not of a purpose clause further back ("使您顺利使用我们相关服务"); not
            # when that verb only describes the object ("分享可用于识别您个人身份的信息，例如…")
            return last
        if strong_earlier or earlier:
            return (strong_earlier or earlier)[-1]  # a list continues the earlier predicate
        return self._final_display(clause, tokens, verbs, clause_of)

    def _service_use_describes(self, tokens: list[Token], index: int, start: int) -> bool:
        """The 使用 at `index` is the person's use of a service in a description of the data at `start`, with no other
        verb between ("以及使用盛付通服务的操作日志", "您在使用我们的产品或服务过程中产生的其他个人信息"): it says which data
        is meant, not what is done with it (not "使用您使用服务时的日志", whose object holds the description)."""
        token = tokens[index]
        if token.word != "使用" or token.end > start or (index > 0 and tokens[index - 1].word not in SERVICE_USE_BEFORE):
            return False
        between = [t for t in tokens[index + 1:] if t.end <= start]
        if any(self._is_verb(t.word) for t in between):
            return False
        return SERVICE_USE_DESCRIBES.fullmatch(_words(between)) is not None

    def _kept_by_agent(self, start: int, tokens: list[Token], verbs: list[int], clause_of: list[int]) -> int | None:
        """The keeping verb of an earlier clause whose agent 由 names the party keeping the data, for data listed as
        further contents of it in a later clause ("这些数据由我们的分析供应商保存，并在您启动…时提供，并且还包含…广告ID",
        "这种资料会由我们的分析法厂商保存…；这种资料也包括一组 Google 广告识别码"): the data is also what that party keeps,
        beside what a clause in between says of it (GUIDELINES: processors)."""
        clause = clause_of[start]
        if not CONTENTS_CLAUSE.match(_words(t for t in tokens if clause_of[t.start] == clause and t.end <= start)):
            return None
        kept = [v for v in verbs if clause_of[tokens[v].start] < clause
                and self.lex.verbs.get(tokens[v].word) == "store"
                and KEPT_BY_AGENT.search(_clause_words(tokens, v, clause_of, after=False))]
        return kept[-1] if kept else None

    def _topic_verb(self, text: str, match, tokens: list[Token], verbs: list[int], clause_of: list[int], data_matches,
                    parentheses: tuple[tuple[int, int], ...]) -> int | None:
        """The practice verb of a later clause that has no data of its own, for data named as the topic before it
        ("通讯录、位置、相机…等系统权限，均不会默认开启，只有经过您单独同意后，才会在…时访问")."""
        clause = clause_of[match.start]
        # "此外，为实现…所必需的其他信息（包括但不限于你的姓名、…）将适用…协议，由其直接向你收集": the examples of a topic
        # after an opening connective, taken by an agent named with 由
        opening = text[:next(t.start for t in tokens if clause_of[t.start] == clause)]
        agent = [v for v in verbs if tokens[v].start >= match.end and clause_of[tokens[v].start] > clause
                 and AGENT_CLAUSE.match(_clause_words(tokens, v, clause_of, after=False))
                 ] if OPENING_CONNECTIVE.fullmatch(opening) else []
        if agent and not any(clause_of[m.start] == clause_of[tokens[agent[0]].start] for m in data_matches):
            return agent[0]
        if clause != clause_of[0] or "：" in text[match.end:] or ":" in text[match.end:] or _inside(match.start, parentheses):
            return None  # only the topic that opens the sentence, not a label ("麦克风权限：用于语音搜索") nor an example
        # "就您发布的内容，我们会…进行审核": a topic set out with 就 / 对于 / 针对 is also the object of a later use
        set_out = TOPIC_PREPOSITION.match(text) is not None and clause_of[tokens[-1].start] > clause
        for v in verbs:
            token = tokens[v]
            if token.start < match.end or clause_of[token.start] <= clause:
                continue
            requested = token.word in self.lex.provide and any(t.word in REQUEST_WORDS for t in tokens[max(0, v - 3):v])
            action = self.lex.verbs.get(token.word)
            # "…，我们仍会要求你提供": a request to provide the topic is its collection
            if (token.word in WEAK_VERBS or action not in ("collect", "share", "store")) \
                    and not requested and not (set_out and action == "use"):
                continue
            if any(clause_of[m.start] == clause_of[token.start] for m in data_matches):
                return None
            # "对话内容可能离开本机，发送给模型服务商": the topic's clause says it leaves the device, the next sends it on
            topic_clause = _words(t for t in tokens if clause_of[t.start] == clause)
            leaves = ((action == "share" or token.word.rstrip("给至到往") in SENDING_VERBS)
                      and clause_of[token.start] == clause + 1
                      and LEAVES_DEVICE_CLAUSE.search(topic_clause) is not None)
            if not leaves and not any(t.word in TOPIC_MODALS for t in tokens[max(0, v - 12):v]
                                      if clause_of[t.start] == clause_of[token.start]):
                return None
            # the verb has no object, or one that refers back to the topic ("收集并保存您发送的上述信息内容", "收集此信息"),
            # or a demonstrative subject refers back to it ("…订购记录、消费记录，这些信息会存储于我们的服务器中")
            rest = _words(t for t in tokens[v + 1:] if clause_of[t.start] == clause_of[token.start])
            before = _words(t for t in tokens[:v] if clause_of[t.start] == clause_of[token.start])
            if (rest.strip("。；;！!？? ") and not TOPIC_OBJECT.search(rest[:16])
                    and not DEMONSTRATIVE_SUBJECT.match(before)
                    and not (leaves and (token.word[-1] in "给至到" or rest[:1] in "给至到")
                             and SENT_TO_REST.match(rest.strip("。；;！!？? ")))):
                return None
            return v
        return None

    def _disposal_continued(self, start: int, tokens: list[Token], verbs: list[int], clause_of: list[int]) -> int | None:
        """The practice verb that opens the clause after a 将/把 object list ending at a comma ("我们会将您的手机号码、设备信息，
        提供给第三方"): the object list runs over the comma to its verb."""
        clause = clause_of[start]
        marker = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].end <= start
                       and clause_of[tokens[i].start] == clause and tokens[i].word in OBJECT_MARKERS), None)
        if (marker is None or tokens[marker + 1].word in DISPOSAL_NOT_AFTER
                or any(marker < v and clause_of[tokens[v].start] == clause and not _followed_by_de(tokens, v)
                       for v in verbs)):
            return None  # no 将/把 before the data (将会: "will"), or a verb of its own in the clause
        end = next((i for i in range(marker, len(tokens)) if clause_of[tokens[i].start] > clause), None)
        if end is None or tokens[end - 1].word not in ("，", ","):
            return None
        if any(t.word in LIGHT_VERBS for t in tokens[marker + 1:end] if t.start >= start):
            return None  # "将个人信息进行匿名化处理，…": the clause has its predicate
        verb = next((v for v in verbs if clause_of[tokens[v].start] == clause + 1), None)
        if verb is None or tokens[verb].start - tokens[end].start > 8:
            return None  # only a few words ("通过加密方式", "一并") before the verb
        between = _words(tokens[end:verb])
        if any(t.word in OBJECT_MARKERS or t.word in self.lex.first_party_words or t.word in self.lex.user_subjects
               or t.word in self.lex.negations or t.word in ("以", "以便", "从而", "进而") for t in tokens[end:verb]) \
                or "的" in between or self._find_data(between):
            return None  # a clause with a subject or an object of its own ("…，诊疗记录保存不少于15年")
        word = tokens[verb].word
        if self.lex.verbs.get(word) in ("collect", "share", "store", "use") or word in self.lex.provide:
            return verb
        return None

    def _final_display(self, clause: int, tokens: list[Token], verbs: list[int], clause_of: list[int]) -> int | None:
        """"你的粉丝列表、关注列表，你公开发布的作品…将会在个人主页中公开展示": data listed as the topic, displayed by
        the verb that ends the sentence in a later clause."""
        return next((v for v in verbs if clause_of[tokens[v].start] > clause
                     and ((tokens[v].word.startswith("公开") or self._on_public_page(tokens, v, clause_of))
                          # the modal anywhere before the verb in its clause ("将会在“汽水音乐”App的个人主页、及“抖音”App的
                          # 个人主页-“我的汽水音乐”中公开展示": the places shown on may be long)
                          and any(t.word in ("将", "会", "将会") and clause_of[t.start] == clause_of[tokens[v].start]
                                  for t in tokens[:v])
                          # "您…上传或发布的信息，…，将面向您选择发布或共享的范围内的用户进行展示"
                          or tokens[v].word in SHOWING_VERBS and _facing_people_before(tokens, v, clause_of))
                     and (v + 1 == len(tokens) or tokens[v + 1].word in ("。", "；", ";"))), None)

    def _adverbial(self, tokens: list[Token], index: int) -> bool:
        """A share verb used as the adverb of the user's verb right after it ("公开发布的作品")."""
        return (tokens[index].word in ADVERBIAL_VERBS and index + 1 < len(tokens)
                and tokens[index + 1].word.startswith(tuple(self.lex.user_provides)))

    @staticmethod
    def _opens_examples(start: int, tokens: list[Token], clause_of: list[int]) -> bool:
        """The data's clause opens with an example marker (包括、例如、比如、如、即…)."""
        first = next((t for t in tokens if clause_of[t.start] == clause_of[start]), None)
        return first is not None and first.word in EXAMPLE_OPENERS

    def _object_of_predicate(self, start: int, end: int, tokens: list[Token], clause_of: list[int]) -> bool:
        """The data follows 对 and a non-practice predicate follows the data (cue `object_predicates`): "对您的个人信息
        承担管理职责", "对您的信息进行严格保密", "对个人信息实行分类管理", also past a participle naming the data by its
        keeping or collection ("对留存的常用收货信息进行修改")."""
        if _word_before(tokens, start, DUI_MODIFIERS | DUI_PARTICIPLES) != "对":
            return False
        rest = _words(t for t in tokens if t.start >= end and clause_of[t.start] == clause_of[start])
        return any_match(self.lex.object_predicates, rest) is not None

    def _listed_activity(self, tokens: list[Token], index: int) -> bool:
        """A verb between two list items: after 、/和/及 that follows a noun, and before 、/和/及/等 or a noun
        ("播放时长、分享、下载"; not "收集、使用、共享您的…", whose neighbours are verbs); so is a verb ending an item
        after its noun, between two 、 ("地理位置、页面访问、内容使用、社交互动"). Not a verb after a list number ("3、获取…").
        A space between a Latin noun and the verb is no token of the item ("profile、provider 登录状态、配置")."""
        if _after_enumerator(tokens, index):
            return False
        if index >= 2 and not tokens[index - 1].word.strip() and tokens[index - 2].word.isascii():
            return self._listed_activity(tokens[:index - 1] + tokens[index:], index - 1)
        if (2 <= index < len(tokens) - 1 and tokens[index - 2].word == "、" and tokens[index + 1].word in ("、", "等")
                and not self._is_verb(tokens[index - 1].word) and tokens[index - 1].word not in CLAUSE_PUNCT):
            return True
        if (2 <= index < len(tokens) - 2 and tokens[index - 2].word == "、" and tokens[index + 2].word in ITEM_END
                and tokens[index + 1].word in ITEM_HEAD_NOUNS and not self._is_verb(tokens[index - 1].word)
                and tokens[index - 1].word not in CLAUSE_PUNCT and not ITEM_VERB_ADVERB.search(tokens[index - 1].word)):
            # "评价信息、争议处理结果（如适用）": the verb modifies the head noun of a list item (not a verb after its
            # adverb, "不要求、也不提供记录、…")
            return True
        if (1 <= index < len(tokens) - 2 and tokens[index - 1].word == "的" and tokens[index + 2].word in ITEM_END
                and tokens[index + 1].word in ITEM_HEAD_NOUNS):
            # "您的登录状态、服务使用数据": after 的 the verb modifies the head noun of a list item
            return True
        if self._last_item_before_summary(tokens, index):
            return True
        if index < 2 or index + 1 >= len(tokens) or tokens[index - 1].word != "、":
            return False
        before, after = tokens[index - 2].word, tokens[index + 1].word
        return (not self._is_verb(before) and before not in CLAUSE_PUNCT
                and (after in ("、", "等") or not self._is_verb(after) and after not in CLAUSE_PUNCT
                     and after not in CONJUNCTIONS and after not in ("您的", "你的", "用户的", "其", "我们", "您", "你")))

    def _last_item_before_summary(self, tokens: list[Token], index: int) -> bool:
        """A verb ending the last item of a verbless list, after the item's noun and right before the demonstrative
        that sums the list up ("页面访问、内容使用、社交互动关注分享这些您的使用行为信息": the sharing is an activity the
        data records, no disclosure); not a verb right after 、 or a conjunction ("收集、使用和共享这些信息") nor after an
        adverb or the person ("…、电话并共享这些信息")."""
        if index + 1 >= len(tokens) or tokens[index + 1].word not in SUMMING_DEMONSTRATIVES:
            return False
        start = index - 1
        while start >= 0 and tokens[start].word not in LIST_SEPARATORS and tokens[start].word not in CLAUSE_PUNCT:
            start -= 1
        item = tokens[start + 1:index]
        if start < 1 or tokens[start].word != "、" or not 1 <= len(item) <= 3:
            return False
        if any(t.word in CONJUNCTIONS or ITEM_VERB_ADVERB.search(t.word) or t.word in self.lex.user_subjects
               or t.word in self.lex.first_party_words for t in item):
            return False
        return not self._is_verb(item[0].word)

    def _joined_to_relative_term(self, tokens: list[Token], index: int) -> bool:
        """The verb at `index` is joined by a conjunction to a next token that opens with a verb and 的 ("上传或发布的信息",
        "上传或发布的 信息"): both verbs are one relative clause naming that data, no predicate of it or of data before."""
        if not (index + 3 < len(tokens) and tokens[index + 1].word in ("或", "或者", "和", "及", "、")):
            return False
        word = tokens[index + 2].word
        return (self._is_verb(word) and tokens[index + 3].word == "的"
                or "的" in word and self._is_verb(word.split("的", 1)[0]))

    def _list_item_verb(self, tokens: list[Token], index: int) -> bool:
        """A verb that begins a noun list item: after 、/和/及 that follows a noun, and itself followed by a noun
        ("账号状态和注册时间"; not "进行加密传输和存储。"), also with the user as its subject ("网络日志以及您使用财付通服务的
        操作行为记录": a relative clause on the item)."""
        if _after_enumerator(tokens, index):
            return False
        item = index - 1 if index >= 3 and tokens[index - 1].word in self.lex.user_subjects else index
        if item < 2 or index + 1 >= len(tokens) or tokens[item - 1].word not in LIST_SEPARATORS:
            return False
        before, after = tokens[item - 2].word, tokens[index + 1].word
        return (not self._is_verb(before) and before not in CLAUSE_PUNCT and not self._is_verb(after)
                and after not in CLAUSE_PUNCT and after not in CONJUNCTIONS and after not in ("。", "等"))


# the head noun a sharing verb right after 的 names ("显示您当前或曾经所处地理位置的共享信息": the shared information)
SHARED_HEAD_NOUNS = frozenset(("信息", "数据", "内容"))


def _names_head_noun(tokens: list[Token], index: int) -> bool:
    """The verb at `index` follows 的 and precedes a head noun of information, a noun compound naming the data ("…的共享
    信息"), no predicate of the data before it."""
    return (0 < index < len(tokens) - 1 and tokens[index - 1].word == "的" and tokens[index].word in ("共享", "分享")
            and tokens[index + 1].word in SHARED_HEAD_NOUNS)


def _only_time_phrase_verbs(tokens: list[Token], verbs: list[int], start: int) -> bool:
    """Every verb of the sentence is the act of a time phrase that ends before the data at `start` (its 使用, the
    person's use of the service): the sentence is a noun phrase with no predicate of its own."""
    return bool(verbs) and all(tokens[v].end <= start and tokens[v].word == "使用" and _in_time_phrase(tokens, v, start)
                               for v in verbs)


def _consented_disposal(tokens: list[Token], consent: int, start: int, verbs_after: list[int]) -> bool:
    """The consent verb at `consent` takes a 将/把 clause of ours alone whose object is the data at `start` and whose
    verb follows the data ("您同意我们为了上述目的将您在社区发布的图文…提供给…"): the consent names our act, which governs
    the data (not with others beside us: "同意我们或转转平台用户将您填写的…信息共享至…")."""
    disposal = next((k for k, t in enumerate(tokens) if t.word in ("将", "把") and tokens[consent].end <= t.start
                     and t.end <= start), None)
    return (bool(verbs_after) and disposal is not None
            and not any(t.word in ("或", "或者", "和", "及", "与", "、") for t in tokens[consent + 1:disposal]))
