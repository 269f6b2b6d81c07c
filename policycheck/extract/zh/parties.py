"""Party stage (`PartyRules`, a mixin of `ChineseAnalyzer`): the subject of a verb (`_subject`), its recipient
(`_recipient`, `_party_phrase`), sources, owners and viewers of the data."""

from __future__ import annotations

import re

from ...records import FIRST_PARTY, THIRD_PARTY
from ...taxonomy.entities import in_host_name
from ..lexicon import any_match
from .clauses import _inside, _parentheses
from .context import (MEANS_PHRASE, OPENING_MODAL, _after_recipient_marker, _coordinated_with_recipient,
                      _described_party_before_verb, _described_recipient, _head_actor, _our_partner)
from .publicity import (CONFIGURED_RECIPIENT, NAMED_SERVICE_VIEWER, OTHER_USERS, PERSON_NOUN, SERVICE_VIEWER,
                        USERS_PEOPLE, USERS_PROVIDER, VIEWING_SUBJECT_VERBS, _other_users_before_verb, _viewer_head)
from .tokens import (_OTHER_THAN, _RELATIVE_AFTER, OUR_MEANS_BEFORE, PARTY_RELATIVE_ON_DATA, Token,
                     _followed_by_de, _following_word, _index_ending_at, _marks_relative, _preceding_char, _surface,
                     _word_before, _words, text_after)
from .words import (ABOUT_THE_PERSON_AFTER, AGENT_PRONOUNS, CLAUSE_PUNCT, OBJECT_MARKERS, OBTAINED_THROUGH,
                    OUR_DESCRIBED_PARTY_AFTER, OUR_PARTNER_AFTER, OWN_DEVELOPER, PARTY_SUFFIXES, PASSIVE,
                    PROVIDED_THING_AFTER, RECIPIENT_AFTER, RECIPIENT_AGENT_MARKERS, RECIPIENT_BEFORE, RECIPIENT_MARKERS,
                    RECIPIENT_PHRASE_BREAKS, SENDING_VERBS, SHOWING_VERBS, SOURCE_MARKERS, USER_AS_STANDARD,
                    USER_MODALS)


# between our own destination and another party joined to it after a sending verb ("本站或任何第三方", "我们的服务器及其他",
# "开发者或插件引入的第三方服务")
COORDINATED_DESTINATION = re.compile(r"(?:的)?(?:服务器|服务端|云端|网站|平台)?\s*(?:或者|或|和|及|以及|与|、|/)\s*"
                                     r"(?:其他|其它|任何|任何其他|其他任何)?(?:[^，,。；;、]{1,8}的)?")


class PartyRules:
    """Subjects, recipients and viewers."""

    def _subject(self, verb_start: int, tokens: list[Token], clause_of: list[int], actors,
                 condition_spans) -> tuple[str, str | None] | None:
        """The nearest actor before the verb: ('user', None), (actor id, text) or None."""
        clause = clause_of[verb_start]
        best: tuple[int, tuple[str, str | None]] | None = None
        verb = next((t.word for t in tokens if t.start == verb_start), "")
        shares = self.lex.verbs.get(verb) == "share"
        obtains = self.lex.verbs.get(verb) == "collect"
        # a party inside parentheses that modify a noun is not the subject
        # ("根据服务提供方（包括…电信运营商等）的要求提供您的实名信息")
        sentence_text = _words(tokens)
        spans = _parentheses(sentence_text)  # cached
        parentheses = [(a, b) for a, b in spans if not a <= verb_start < b
                       and any(t.start == b and t.word.startswith("的") for t in tokens)] if spans else []
        # ... nor is one in a parenthesis that leaves something out ("使用您设备中的系统权限（不包括所接入第三方调用的权限）来
        # 收集") or that closes a clause of time ("使用其他用户响应功能（…、其他客户投诉和需求）时")
        parentheses += [(a, b) for a, b in spans if b <= verb_start and (
            EXCLUDING_ASIDE.match(sentence_text, a + 1)
            or any(t.start == b and t.word.startswith("时") for t in tokens))]
        # ... nor are the examples of a recipient ("与终端设备制造商（华为、小米、OPPO、VIVO等）共享")
        parentheses += [(a, b) for a, b in spans if b <= verb_start and any(
            m.end == a and _after_recipient_marker(tokens, m.start) for m in actors)]
        # ... nor is the tool of a means phrase ("通过在应用程序中嵌入的支付宝软件工具开发包（SDK）等方式与支付宝公司共享")
        parentheses += [(m.start(), m.end()) for m in MEANS_PHRASE.finditer(sentence_text) if m.end() <= verb_start]
        condition_of_verb = not any(a < verb_start < b and sentence_text[a] == "除" for a, b in condition_spans)
        for match in actors:
            if match.end > verb_start or any(a <= match.start < b and not (a <= verb_start < b and condition_of_verb
                                                                  and match.value != FIRST_PARTY)
                                             for a, b in condition_spans):
                # a party in a condition is no subject of the verbs after it, but is of the condition's own verb
                # ("当您购物且第三方获取您的联系方式时"; not in an exception: "除…的关联公司外的任何第三方分享")
                continue
            if clause_of[match.start] != clause and clause_of[match.start] < clause - 2 and not (
                    "sdk" in match.phrase.lower() and not any(
                        m.end <= verb_start and m.start > match.start for m in actors)):
                # (the SDK a sentence is about stays the subject of its later clauses with no party of their own:
                # "网易七鱼SDK采集您的网络信息…，用于…，从而…；当开启传感器信息权限后，会收集距离传感器信息")
                continue
            if ((_after_recipient_marker(tokens, match.start) and (shares or not _our_partner(tokens, match.start)))
                    or PERSONS_PROVIDER_BEFORE.search(sentence_text, max(0, match.start - 16), match.start)
                    or _inside(match.start, parentheses) or _coordinated_with_recipient(match, actors, tokens)):
                continue  # "向（任何）第三方提供", "向支付宝或微信支付提供": a recipient, not the subject
            if in_host_name(sentence_text, match.start, match.end):
                continue  # "gemini.google.com | 在 Gemini 读取对话": a label of a host name names a place, not the subject
            if PARTY_OF_PERSONS.fullmatch(sentence_text, match.end, verb_start):
                continue  # "Mozilla 工作、實習申請人必須提供姓名": the party only says whose applicants provide the data
            if _party_in_label(sentence_text, match, verb_start):
                continue  # "房东和体验达人服务：所需信息包括您的姓名": a party naming the topic of a run-in label
            if _party_as_standard(sentence_text, match.start, match.end):
                continue  # "按照保险公司对具体理赔的要求填写信息": the party whose requirements are followed, not the subject
            if self._in_source_phrase(tokens, match.start, clause_of, obtains and "sdk" not in match.phrase.lower()):
                continue  # "我们会从第三方获取…", "自…支付机构处收集": the party the data comes from, not the subject
            if clause_of[match.start] != clause and _inside(match.start, self._embedded_spans(tokens, clause_of, actors)):
                # "我们在应用程序中嵌入…应用安全SDK收集…，并可能使用或整合…": the SDK we embed collects only in its own clause
                continue
            if (shares or verb in self.lex.provide) and _described_recipient(tokens, match.start):
                # "与提供广告服务的合作伙伴共享", "向本公司之外的任何第三方提供": the party is the recipient, described by
                # a relative clause
                continue
            relative = _RELATIVE_AFTER.match(text_after(tokens, match.end)) if clause_of[match.start] != clause else None
            if relative and not any(relative[1].startswith(v) for v in self.lex.verbs):
                # "您可通过我们为您提供的功能，选择公开发布…": the party of a relative clause in an earlier clause is not
                # the subject of a later one, unless the clause says it handles the data ("此类SDK收集的信息包括：…")
                continue
            if (match.value == FIRST_PARTY and clause_of[match.start] == clause
                    and self._our_relative_before(match, verb_start, tokens)):
                # "您通过…或参加我们举办的活动时所提交的信息": we are the subject of a relative clause on a noun before
                # the verb, not of the verb
                continue
            if clause_of[match.start] != clause and self._party_of_relative_in_object(match, tokens, clause_of):
                # "我们可能会使用或整合…以及合作伙伴取得您授权或者依法共享的信息，根据…判断": the party only says which
                # data the earlier clause's verb takes, and is no subject of a later clause
                continue
            if clause_of[match.start] != clause and text_after(tokens, match.end).startswith("的"):
                continue  # "…记录并保存您登录和使用本服务的信息，将收集…": a possessor in an earlier clause is no subject
            value = match.value
            text = None if value == FIRST_PARTY else _surface(tokens, match)
            if best is None or match.end > best[0]:
                best = (match.end, (value, text))
        # a clause that opens with a modal and its verb ("…进入个人信息界面，可以查看个人头像") keeps the subject of the
        # clause before it
        opening = _words(t for t in tokens if clause_of[t.start] == clause and t.end <= verb_start)
        carried = bool(opening) and OPENING_MODAL.fullmatch(opening) is not None
        for token in tokens:
            if token.end > verb_start or token.word not in self.lex.user_subjects:
                continue
            if _inside(token.start, condition_spans) and not (
                    self.lex.verbs.get(verb) == "use"
                    and not any(t.word in self.lex.negations for t in tokens if token.end <= t.start < verb_start)
                    and any(a <= token.start and verb_start < b for a, b in condition_spans)):
                # "当您注册时，我们会收集…": the user of a condition is no subject of the verbs after it, but is of a use
                # verb inside it ("当您使用手机号码注册时", "在您首次使用…时": the person's own use), unless it is negated
                # ("如您不希望在使用…时匹配到…": what the person does not want)
                continue
            if not (clause_of[token.start] == clause or carried and clause - 2 <= clause_of[token.start] < clause):
                continue
            preceding = _preceding_char(tokens, token.start)
            if preceding in RECIPIENT_BEFORE | {"为"}:
                continue  # "向您提供" / "为您": the user is the beneficiary
            if preceding in OBJECT_MARKERS | {"的"} and self._owns_data(tokens, token):
                # "将您个人信息共享给…", "将我们收集的您某些信息共享给…": after 将/把 or a relative clause's 的 the user
                # right before a data term owns it (not "将您提供的信息…", where the user is the relative's subject)
                continue
            if _word_before(tokens, token.start, set(), 1) in USER_AS_STANDARD:
                continue  # "按您授权情况披露": the user sets the standard, the verb's subject is unsaid
            if _following_word(tokens, token.end) in ("的",):
                continue  # "您的": possessive, not a subject
            entered = preceding in OBJECT_MARKERS and (_following_word(tokens, token.end) == "在" or any(
                t.word in self.lex.entry_verbs and token.end <= t.start and t.end <= verb_start for t in tokens))
            # "你在小组云空间上传、发布的所有内容会回传至我们的服务器": the person's place and entry verb closed by 的 make a
            # relative clause on the subject, which is the data (not "您在我们的App中可以删除…", a possessive 的)
            between = [k for k, t in enumerate(tokens) if token.end <= t.start and t.end <= verb_start]
            entered = entered or _following_word(tokens, token.end) == "在" and any(
                tokens[k].word in self.lex.entry_verbs for k in between) and any(
                _followed_by_de(tokens, k)
                and (self._is_verb(tokens[k].word) or tokens[k].word in self.lex.user_provides) for k in between)
            if ((_following_word(tokens, token.end) not in USER_MODALS or entered)
                    and any(_marks_relative(t.word) and token.end <= t.start and t.end <= verb_start
                            # (not a 的 describing the party after 向: "您要向交易对方或潜在的交易对方披露…")
                            and not any(r.word == "向" and token.end <= r.start < t.start <= r.end + 10
                                        and not any(self._is_verb(v.word) for v in tokens if r.end <= v.start < t.start)
                                        for r in tokens)
                            for t in tokens)):
                # "将您填写的姓名发送给…": the user is the subject of a relative clause on the object (also when the
                # clause is part of a data term, "将您上传的照片共享给…", and after 将 also with a place before the
                # person's entry verb: "将您在“收货地址”功能中填写的地址信息提供给…")
                continue
            if best is None or token.end > best[0]:
                best = (token.end, ("user", None))
        for index, token in enumerate(tokens):
            # "您知悉由其直接收集…": the agent after 由/被 is the subject, even as a bare pronoun
            if (token.word in PASSIVE and token.end <= verb_start and clause_of[token.start] == clause
                    and (best is None or best[0] <= token.start) and index + 1 < len(tokens)
                    and tokens[index + 1].word in AGENT_PRONOUNS and tokens[index + 1].end <= verb_start):
                best = (tokens[index + 1].end, (THIRD_PARTY, None))
        taken_up = (_pronoun_subject(tokens, clause_of, clause, verb_start, actors)
                    or (None if best else self._demonstrative_subject(tokens, clause_of, clause, verb_start, actors)))
        if taken_up is not None and (best is None or best[0] <= taken_up[0]):
            best = taken_up
        if best is None and UNDER_ITS_OWN_POLICY.search(
                _words(t for t in tokens if clause_of[t.start] == clause and t.end <= verb_start)):
            # "相关公众号或小程序可能按照其自己的隐私政策（而非本隐私政策）收集…": who acts under its own policy is another party
            return (THIRD_PARTY, None)
        if best is None:
            named_before = _named_thing_subject(tokens, clause_of, clause, verb_start, actors, sentence_text)
            if named_before is not None:
                return named_before
        if best is None:
            # "Convert.com 及 ShareProgress，这些服务会在您的设备内置放 cookie": the services a demonstrative takes up,
            # named before it by names no catalogue holds (nor the policy's own names), are another party
            opening = _words(t for t in tokens if clause_of[t.start] == clause and t.end <= verb_start)
            names = LATIN_SERVICE_NAMES.fullmatch(_words(t for t in tokens if clause_of[t.start] < clause))
            if names and DEMONSTRATIVE_SERVICES.match(opening):
                return (THIRD_PARTY, names.group("last"))
        if best is not None and best[1][0] == THIRD_PARTY:
            # "托管服务商（Cloudflare）的访问日志": the name in brackets right after a generic party names that party
            named = next((m for m in actors if m.start == best[0] + 1 and sentence_text[best[0]:m.start] in ("（", "(")
                          and sentence_text[m.end:m.end + 1] in ("）", ")") and m.value not in (FIRST_PARTY, THIRD_PARTY)
                          and m.end <= verb_start), None)
            if named is not None:
                return (named.value, _surface(tokens, named))
        return best[1] if best else None

    def _demonstrative_subject(self, tokens: list[Token], clause_of: list[int], clause: int, verb_start: int,
                               actors) -> tuple[int, tuple[str, str | None]] | None:
        """A clause that opens with a demonstrative and a short noun phrase before its verb ("…登录关联方或第三方的应用或
        服务时，…，上述应用或服务将会使用你的昵称", "当您…使用该授权合作伙伴提供的相关服务，该等服务插件将收集…") takes up the
        nearest other party named before it in the sentence as its subject; not us, nor a phrase with a verb or data."""
        opening = [t for t in tokens if clause_of[t.start] == clause and t.end <= verb_start]
        if len(opening) < 2 or len(opening) > 8 or not _words(opening).startswith(tuple(DEMONSTRATIVE_SUBJECTS)):
            return None
        if any(self._is_verb(t.word) and t.word != "应用" or t.word in self.lex.user_subjects  # (上述应用: the app)
               for t in opening[1:]) or self._find_data(
                _words(opening)):
            return None
        before = [m for m in actors if m.end <= opening[0].start]
        if not before:
            return None
        party = max(before, key=lambda m: m.end)
        if party.value == FIRST_PARTY or _after_recipient_marker(tokens, party.start):
            return None  # (not a recipient: "我们会与合作方共享…，上述服务…")
        return (opening[0].end, (party.value, _surface(tokens, party)))

    def _our_relative_before(self, match, verb_start: int, tokens: list[Token]) -> bool:
        """Whether 我们 right before a short relative clause that closes before the verb with a verb of no practice
        ("我们举办的活动", "我们运营的平台") is only that clause's subject."""
        after = text_after(tokens, match.end)
        if match.phrase not in ("我们", "我方", "我行", "本行", "本公司"):
            return False  # (the service's own name after 在 is where the data is: "您在百度地图的检索历史")
        if after.startswith("的"):
            # "您通过我们的客服…提交的信息": our staff named after a preposition, the means of the person's act
            return _word_before(tokens, match.start, set(), 1) in OUR_MEANS_BEFORE
        relative = _RELATIVE_AFTER.match(after)
        if relative is None or match.end + relative.end() > verb_start:
            return False
        word = relative[1]
        return not any(word.startswith(v) for v in self.lex.verbs) and word not in self.lex.user_provides

    def _party_of_relative_in_object(self, match, tokens: list[Token], clause_of: list[int]) -> bool:
        """The party is the subject of a relative clause on data (…的信息 / …的数据) inside the object of a practice
        verb before it in its clause ("使用或整合您的个人信息以及我们的关联方、合作伙伴取得您授权或者依法共享的信息"); not a
        party that opens its clause ("此类SDK收集的信息包括：…")."""
        clause = clause_of[match.start]
        if not any(self._is_verb(t.word) for t in tokens if t.end <= match.start and clause_of[t.start] == clause):
            return False
        rest = _words(t for t in tokens if t.start >= match.end and clause_of[t.start] == clause)
        return PARTY_RELATIVE_ON_DATA.match(rest) is not None

    def _in_source_phrase(self, tokens: list[Token], start: int, clause_of: list[int], obtained: bool = False) -> bool:
        """The party at `start` stands in a 从/自 phrase that names where the data comes from ("从第三方获取",
        "从关联公司、合作伙伴处接收", "自您选择的…支付机构处收集"), or, for a verb of obtaining (`obtained`), in a 通过/向
        phrase ("通过微信开放平台获取"): such a marker before it in its clause, with no practice verb between but one
        of a relative clause on the party that the user is the subject of ("通过您基于交易所选择的交易对象、支付机构
        收集"; in "向我们提供服务的合作伙伴收集" the marker is part of the relative clause)."""
        markers = SOURCE_MARKERS | OBTAINED_THROUGH if obtained else SOURCE_MARKERS
        opening = next((a for a, b in _parentheses(_words(tokens)) if a < start < b), None)
        if opening is not None and self._in_source_phrase(tokens, opening, clause_of, obtained):
            # "需向小程序开发者及技术服务提供方（例如：支付宝小程序技术服务提供方）获取", "从…运营商（或通过运营商授权的
            # 服务商）获取": a party in the parenthesis after the source is an example of it or another source
            return True
        index = _index_ending_at(tokens, start)
        clause = clause_of[start]
        relative = crossed = False
        while index is not None and index >= 0 and clause_of[tokens[index].start] == clause:
            word = tokens[index].word
            if word in markers:
                if word == "向" and crossed and self._serves_person(tokens, index + 1):
                    return False  # "向您提供借贷服务的金融机构需要收集": 向 serves the person in the relative clause
                return not crossed or tokens[index + 1].word in self.lex.user_subjects
            relative = relative or word == "的"
            acts = ((word in self.lex.verbs or word in self.lex.provide or word in self.lex.user_provides)
                    and tokens[index + 1].word not in PARTY_SUFFIXES)  # "技术服务提供方": a noun
            if word in CLAUSE_PUNCT or acts and not relative:
                return False  # "需要向我们提供或授权我行收集": 我行 is the subject of 收集
            crossed = crossed or acts
            index -= 1
        return False

    def _serves_person(self, tokens: list[Token], index: int) -> bool:
        """The words from `index` are the person and a verb of providing ("您提供…服务的"): a relative clause in which the
        party serves the person, not a 向 phrase naming where the data comes from."""
        return (index + 1 < len(tokens) and tokens[index].word in self.lex.user_subjects
                and tokens[index + 1].word in self.lex.provide)

    def _owns_data(self, tokens: list[Token], token: Token) -> bool:
        """A data term starts at the user pronoun `token` or right after it ("您某些信息", "您/个人信息")."""
        after = text_after(tokens, token.start)
        return any(m.start in (0, len(token.word)) for m in self._find_data(after))

    def _published(self, tokens: list[Token], position: int) -> bool:
        """The sentence is about what the user publishes (`publication_words`: 发布, 发帖, 个人主页…) and no one
        is named before the display verb (为您展示 shows the user something)."""
        if tokens[position].word not in SHOWING_VERBS or (
                position > 0 and tokens[position - 1].word in self.lex.user_subjects | {"为您", "为你", "向您", "向你"}):
            return False
        # also inside a longer token: the user dictionary joins "发布内容", "发布的信息"
        return any(word in t.word for t in tokens for word in self.lex.publication_words)

    def _other_viewer(self, tokens: list[Token], position: int, clause_of: list[int], actors) -> bool:
        """The subject of a viewing verb (看到 / 查看 / 看见) is a person other than us and the user, named or not
        ("作者可以在作家后台看到您的昵称", "他们将看到您的会员等级", "被邀请的家庭成员接受邀请后，可以查看…摄像机画面"):
        the service shows them the data, which the guidelines count as sharing. Not "您可以查看", "我们的工作人员查看",
        a thing of ours or the user's that "sees" (`not_viewers`: 系统, 设备), nor a named party (see _subject)."""
        if tokens[position].word not in VIEWING_SUBJECT_VERBS:
            return False
        head = _viewer_head(tokens, position, clause_of)
        if head is None:
            return False
        phrase, noun = head
        named_service = SERVICE_VIEWER.fullmatch(phrase) or NAMED_SERVICE_VIEWER.fullmatch(phrase)
        if not (PERSON_NOUN.fullmatch(noun) or named_service) or self._find_data(noun):
            return False
        if noun in self.lex.first_party_words | {"本人", "自己"} or noun in self.lex.user_subjects and not re.search(
                r"[您你其他]", phrase[:-len(noun)]):
            return False  # (but "被您加入黑名单的用户": other users, whom the person acts on)
        if any(word in noun for word in self.lex.not_viewers) or any(w in phrase for w in self.lex.first_party_words):
            return False
        if any(a.phrase in phrase and not OTHER_USERS.fullmatch(a.phrase) for a in actors):
            return False  # a named party as the viewer is left to _subject (not other users: "以便您或您的好友或其他用户能够…查看")
        return True

    def _coordinated_with_share(self, tokens: list[Token], position: int, clause_of: list[int]) -> bool:
        """The display verb at `position` is joined by 或 / 和 / 、 to a share verb right after it in its clause ("联动展示或
        共享您…的以下信息"): one disclosure to other people, not a separate use of ours."""
        if position + 2 >= len(tokens) or tokens[position + 1].word not in ("或", "或者", "和", "及", "与", "、", "/"):
            return False
        after = tokens[position + 2]
        return (clause_of[after.start] == clause_of[tokens[position].start] and after.word not in SHOWING_VERBS
                and self.lex.verbs.get(after.word) == "share")

    def _on_public_page(self, tokens: list[Token], position: int, clause_of: list[int]) -> bool:
        """A page other people visit (`public_pages`) named in the clause of a display verb that shows data ("将会在
        个人主页中展示"; not a viewer's 查看)."""
        clause = clause_of[tokens[position].start]
        words = _words(t for t in tokens if clause_of[t.start] == clause)  # (jieba splits "账号主页面" as 主 / 页面)
        return (tokens[position].word in SHOWING_VERBS and any(page in words for page in self.lex.public_pages)
                and not (position > 0 and tokens[position - 1].word in ("向您", "向你", "为您", "为你", "您", "你")))

    def _coordinated_recipient(self, verb_index: int, tokens: list[Token], clause_of: list[int], actors) -> str | None:
        """The other party joined by 或 / 和 / 及 to our own place or servers right after a sending verb ("不会上传到本站或
        任何第三方服务器", "上传至我们或第三方的服务器"): the data would go to both, our collection and a disclosure to
        that party (GUIDELINES: "never shared with the extension developer or any third party" → `not_collect` by
        `first_party` beside `not_share` with `third_party`); None when the first destination is not ours."""
        verb = tokens[verb_index]
        following = tokens[verb_index + 1] if verb_index + 1 < len(tokens) else None
        if verb.word[-1] in RECIPIENT_AFTER:
            start = verb.end
        elif following is not None and following.word in RECIPIENT_AFTER:
            start = following.end
        else:
            return None
        clause = clause_of[verb.start]
        text = _words(tokens)
        window = [m for m in actors if m.start >= start and m.start - start <= 12 and clause_of[m.start] == clause]
        developer = OWN_DEVELOPER.match(text, start)
        if developer is not None:
            ours_end = developer.end()  # "发送给开发者或插件引入的第三方服务": the developer is us (see _recipient)
        elif window and _head_actor(window[0], actors, tokens).value == FIRST_PARTY:
            ours_end = window[0].end
        else:
            return None
        for later in window:
            if (later.start >= ours_end and later.value != FIRST_PARTY
                    and COORDINATED_DESTINATION.fullmatch(text, ours_end, later.start)):
                return _head_actor(later, actors, tokens).value
        return None

    def _recipient(self, verb_index: int, tokens: list[Token], clause_of: list[int], actors) -> str | None:
        verb = tokens[verb_index]
        clause = clause_of[verb.start]
        # after the verb: 提供给X / 共享至X
        following = tokens[verb_index + 1] if verb_index + 1 < len(tokens) else None
        if verb.word[-1] in RECIPIENT_AFTER or (following and following.word in RECIPIENT_AFTER):
            start = verb.end if verb.word[-1] in RECIPIENT_AFTER else following.end
            if verb.word.rstrip("给至到往") in SENDING_VERBS and OWN_DEVELOPER.match(text_after(tokens, start, 12)):
                return FIRST_PARTY  # "发送给开发者": to the service's own maker (see OWN_DEVELOPER)
            window = [m for m in actors if m.start >= start and m.start - start <= 12 and clause_of[m.start] == clause]
            if window:
                if _OTHER_THAN.match(text_after(tokens, window[0].end)):
                    return THIRD_PARTY  # 转让给除百度公司外的任何公司: everyone but the one named, as before the verb
                if _party_in_recipient_relative(tokens, start, window[0], clause_of):
                    return THIRD_PARTY  # "路由到已同意 Mozilla 隐私标准的解析器服务": the service described, unnamed
                head = _head_actor(window[0], actors, tokens)
                if head.value == FIRST_PARTY and OUR_PARTNER_AFTER.match(text_after(tokens, head.end)):
                    return THIRD_PARTY  # "提供给我们合作的物流公司": a party we work with, described by 我们
                if head.value == FIRST_PARTY and (described := OUR_DESCRIBED_PARTY_AFTER.match(
                        text_after(tokens, head.end, 20))) is not None:
                    # "发送至我们基于共有或共同控制关系的关联企业": 我们 opens the relative clause on the party it leads to
                    party = next((m for m in actors if m.start == head.end + described.end()
                                  and clause_of[m.start] == clause and m.value != FIRST_PARTY), None)
                    if party is not None:
                        return _head_actor(party, actors, tokens).value
                return head.value
            if CONFIGURED_RECIPIENT.match(text_after(tokens, start, 40)):
                return THIRD_PARTY  # "发送给配置的模型 provider", "发送给你选定的后端": a service the person configured
            for token in tokens[verb_index + 1: verb_index + 4]:
                if token.word in self.lex.user_subjects:
                    after = text_after(tokens, token.end)
                    # (the provider may come after a longer name: "发送给你选择的 API 提供商")
                    if USERS_PEOPLE.match(after) or USERS_PROVIDER.match(text_after(tokens, token.end, 16)):
                        return THIRD_PARTY  # "提供给您的监护人", "传送到您的搜索服务网站": someone the person has
                    return "user"
        elif (verb.word in self.lex.provide and following is not None
              and self._disposal_before(verb_index, tokens, clause_of)
              and (party := next((m for m in actors if m.start == verb.end), None)) is not None
              and not PROVIDED_THING_AFTER.match(text_after(tokens, party.end))):
            # "将您的姓名、联系方式…提供服务提供商以便其联系您": the object before the verb (将), the party right after it
            # is the recipient, 给 left out
            return _head_actor(party, actors, tokens).value
        else:
            # after the verb's object: 提供您的个人信息给第三方 / 转让您的个人信息给任何其他第三方
            to = next((k for k in range(verb_index + 1, len(tokens)) if tokens[k].word == "给"
                       or clause_of[tokens[k].start] != clause or self._is_verb(tokens[k].word)), None)
            if to is not None and tokens[to].word == "给" and tokens[to].start - verb.end <= 24:
                party = next((m for m in actors if 0 <= m.start - tokens[to].end <= 6 and clause_of[m.start] == clause),
                             None)
                if party is not None:
                    return _head_actor(party, actors, tokens).value
        # before the verb: 向X提供 / 与X共享
        for token in reversed(tokens[:verb_index]):
            if clause_of[token.start] != clause:
                break
            if token.word == "内向":
                # jieba joined 向 to the word before it ("在最小必要范围内向合作商提供…", "在境内向…提供"): the preposition
                token = Token("向", token.end - 1, token.end)
            if token.word in RECIPIENT_BEFORE:
                nxt = _following_word(tokens, token.end)
                if token.word == "对" and _word_before(tokens, token.start, set(), 1) in ("向", "给", "与"):
                    continue  # "向对我们进行尽职调查或审计的机构共享": 对 opens a relative clause on the recipient
                if token.word in ("向", "给", "与") and nxt == "对":
                    # ... whose head, after the relative clause's last 的, is the recipient: a party, never us
                    last_de = max((t.end for t in tokens[:verb_index] if t.word == "的" and t.start > token.end),
                                  default=None)
                    if last_de is not None:
                        head = next((m for m in actors if last_de <= m.start < verb.start), None)
                        return head.value if head is not None and head.value != FIRST_PARTY else THIRD_PARTY
                if token.word == "对" and nxt in self.lex.user_subjects and text_after(
                        tokens, token.end + len(nxt)).startswith("的"):
                    continue  # "对您的个人信息进行公开": 对 marks the object, not a recipient
                if nxt in self.lex.user_subjects:
                    after = text_after(tokens, token.end + len(nxt))
                    if token.word != "向" and token.word != "给" and ABOUT_THE_PERSON_AFTER.match(after):
                        continue  # "将与您投诉、起诉相关的…信息提供给该机构": data about the person, no recipient
                    if after.startswith(("指定", "授权的", "选择的", "所选择的", "选定的", "认识的")):
                        # 向您指定的他人提供 / 与您选择的相应金融机构共享: others the user names or chooses
                        return THIRD_PARTY
                    if OTHER_USERS.match(after.lstrip("的")):
                        return THIRD_PARTY  # 与您的好友、家人及其他用户分享: the person's friends are other people
                    if USERS_PROVIDER.match(text_after(tokens, token.end + len(nxt), 16)):
                        return THIRD_PARTY  # 向您的搜索服务提供商传送: a service the person uses is another party
                    if _OTHERS_BESIDE_USER.match(after):
                        return THIRD_PARTY  # "向您或该第三方其他用户公开": others besides the person
                    return "user"
                for match in actors:
                    if match.end > verb.start:
                        continue  # "向其他方转让我们已经获取的…": a party after the verb is none of 向's
                    if match.start == token.end or (0 <= match.start - token.end <= 6 and clause_of[match.start] == clause) \
                            or _described_party_before_verb(tokens, token.end, match, verb.start, clause_of):
                        if _OTHER_THAN.match(text_after(tokens, match.end)):
                            return THIRD_PARTY  # 与本行以外的任何公司: everyone but the one named
                        head = _head_actor(match, actors, tokens)
                        if head.value == FIRST_PARTY and OUR_PARTNER_AFTER.match(text_after(tokens, head.end)):
                            return THIRD_PARTY  # "与我们运营的看准网共享": a party described by 我们, as after the verb
                        return head.value
                if _other_users_before_verb(tokens, token.end, verb.start, clause_of):
                    return THIRD_PARTY  # "也与使用该服务的所有用户公开/分享您的相关信息": other users, unnamed
                if nxt and not any(token.end <= m.start < token.end + 4 for m in actors):
                    # "通过…嵌入的微信软件工具开发包（SDK）等方式与微信共享": a bare maker whose SDK the sentence names
                    # as the means is that SDK (GUIDELINES: bare 微信 is no party name, the WeChat SDK named is)
                    named = self.entities.sdks_of_maker_at(text_after(tokens, token.end)) & {m.value for m in actors}
                    if len(named) == 1:
                        return named.pop()
                if token.word in ("向", "给") and nxt and nxt not in CLAUSE_PUNCT:
                    return THIRD_PARTY  # 向任何人提供 / 向他人提供: an unnamed recipient
            elif len(token.word) > 1 and token.word[0] in ("向", "给") and token.word[1:] not in self.lex.user_subjects:
                # jieba joined the preposition to its object ("向银联"): the object is the recipient
                for match in actors:
                    if match.start == token.start + 1:
                        return THIRD_PARTY if _OTHER_THAN.match(text_after(tokens, match.end)) else match.value
                return THIRD_PARTY
        return None

    def _disposal_before(self, verb_index: int, tokens: list[Token], clause_of: list[int]) -> bool:
        """Whether 将/把 puts the object before the verb, in its clause or the one before ("将您的姓名，联系方式…提供"), with
        no other practice verb between."""
        clause = clause_of[tokens[verb_index].start]
        for token in reversed(tokens[:verb_index]):
            if clause_of[token.start] < clause - 1 or token.word in ("。", "；", ";"):
                return False
            if token.word in OBJECT_MARKERS:
                return True
            if token.word in self.lex.verbs or token.word in self.lex.provide:
                return False
        return False

    def _earlier_recipient(self, verb_index: int, tokens: list[Token], clause_of: list[int], actors,
                           denied_only: bool = False) -> str | None:
        """The other party that an earlier clause's 提供/共享 names, which a later denial of 提供 with no recipient leaves
        unsaid ("仅会向这些委托方提供推广的覆盖面和有效性的信息，而不会提供您的个人身份信息"); with `denied_only`, only an
        earlier denial's ("我们不会向银联以外的任何公司…提供您的个人信息，在您单独同意后，我们仅会…提供您的个人信息")."""
        clause = clause_of[tokens[verb_index].start]
        for index in range(verb_index - 1, -1, -1):
            word = tokens[index].word
            if clause_of[tokens[index].start] == clause or clause_of[tokens[index].start] < clause - 2:
                continue
            if denied_only and not self._negated(index, tokens, clause_of):
                continue
            if word in self.lex.provide or self.lex.verbs.get(word) == "share":
                recipient = self._recipient(index, tokens, clause_of, actors)
                if recipient not in (None, "user", FIRST_PARTY):
                    return recipient
        return None

    def _recipient_words(self, verb_index: int, tokens: list[Token], clause_of: list[int], actors,
                         original: str) -> str | None:
        """The words naming who a share verb gives the data to, as written, for a `third_party` recipient: the phrase
        after 给/至 ("提供给北京某某科技有限公司") or between 向/与/同/跟/委托 and the verb ("与某某支付共享", "向广告合作伙伴
        提供"), up to the last catalogued party word or name ending (`party_name_ends`) it can end on; None for the
        person, data, a pronoun or place ("向境外提供"), and for a bare 第三方 (`unnamed_recipients`)."""
        for start, limit in self._recipient_phrase_bounds(verb_index, tokens, clause_of):
            words = self._party_phrase(start, limit, tokens, actors, original)
            if words is not None:
                return words
        return None

    def _recipient_phrase_bounds(self, verb_index: int, tokens: list[Token], clause_of: list[int]):
        """Where the recipient phrase of the verb may lie, (start, limit) in text offsets, most likely first: after
        提供给 / 共享至, after the 给 that follows the verb's object, between a preposition (or 委托, 授权) and the verb."""
        verb = tokens[verb_index]
        clause = clause_of[verb.start]
        clause_end = max(t.end for t in tokens if clause_of[t.start] == clause)
        following = tokens[verb_index + 1] if verb_index + 1 < len(tokens) else None
        if verb.word[-1] in RECIPIENT_AFTER:
            yield verb.end, clause_end
        elif following is not None and following.word in RECIPIENT_AFTER:
            yield following.end, clause_end
        else:
            to = next((k for k in range(verb_index + 1, len(tokens)) if tokens[k].word == "给"
                       or clause_of[tokens[k].start] != clause or self._is_verb(tokens[k].word)), None)
            if to is not None and tokens[to].word == "给" and tokens[to].start - verb.end <= 24:
                yield tokens[to].end, clause_end
        for token in reversed(tokens[:verb_index]):
            if clause_of[token.start] != clause:
                return
            if token.word in ("委托", "授权") and _following_word(tokens, token.end) == "的":
                continue  # "向您授权的第三方转让": the grant describes the recipient after 向
            if token.word in RECIPIENT_MARKERS | {"跟", "委托", "授权"}:
                yield token.end, verb.start
                return
            if len(token.word) > 1 and token.word[0] in ("向", "给"):
                yield token.start + 1, verb.start  # jieba joined the preposition to its object ("向银联")
                return
            if len(token.word) > 1 and token.word[-1] == "向":
                yield token.end, verb.start  # … to the word before it ("在…范围内向第三方共享": 内向)
                return

    def _party_phrase(self, start: int, limit: int, tokens: list[Token], actors, original: str) -> str | None:
        """The longest phrase from `start` (not past `limit`) that ends on a party: a catalogued third-party word or a
        name's ending, with no verb, purpose word or clause break in it outside a relative clause ("开展联名会员服务的
        合作商") and no data, the person or an unnamed party alone."""
        text = _words(tokens)
        inside = [t for t in tokens if start <= t.start and t.end <= limit]
        ends = {m.end for m in actors if m.value == THIRD_PARTY and start <= m.start and m.end <= limit}
        ends |= {t.end for t in inside if any_match(self.lex.party_name_ends, text[start:t.end])}
        for end in sorted(ends, reverse=True):
            if end - start > 40 or text[end:limit].startswith("的"):
                continue  # (a party that owns what follows: "发送给该医院的挂号系统")
            words = [t for t in inside if t.end <= end]
            if not words or words[0].word == "的" or (words[0].word in self.lex.user_subjects
                                                     and not any(t.word == "的" for t in words)):
                continue  # "向您提供": the person
            if any(t.word in CLAUSE_PUNCT or t.word in RECIPIENT_AGENT_MARKERS
                   or (t.word in RECIPIENT_PHRASE_BREAKS or self._is_verb(t.word))
                   and not any(later.word == "的" for later in words[k + 1:])
                   and not (k + 1 < len(words) and words[k + 1].word in PARTY_SUFFIXES)  # "提供方"
                   for k, t in enumerate(words)):
                continue  # "提供给某某公司用于…": the phrase ends before the purpose or another verb
            phrase = text[start:end]
            if len(re.findall(r"[（(]", phrase)) != len(re.findall(r"[）)]", phrase)):
                continue  # inside a parenthesis opened in the phrase
            if any(not any(m.start <= start + d.start and start + d.end <= m.end for m in actors)
                   for d in self._find_data(phrase)):
                continue  # data named with the party (not a party's own word: "终端设备制造商")
            if self._unnamed_recipient(phrase):
                return None  # "任何第三方", "任何公司、组织": no one in particular
            return original[start:end].strip()
        return None

    def _unnamed_recipient(self, phrase: str) -> bool:
        """Whether a recipient phrase names no one in particular: each of its coordinated parts is a word of
        `unnamed_recipients` once its determiners are set aside ("任何第三方", "其他任何公司、组织")."""
        for part in re.split(r"[、/]|或者|以及|和|及|或|与", phrase):
            while part not in self.lex.unnamed_recipients and (
                    determiner := next((d for d in self.recipient_determiners if part.startswith(d)), None)):
                part = part[len(determiner):]
            if part and part not in self.lex.unnamed_recipients:
                return False
        return True

    def _nearest_actor(self, position: int, actors, tokens, clause_of, condition_spans, whole: bool) -> str | None:
        subject = self._subject(position, tokens, clause_of, actors, condition_spans)
        if subject and subject[0] != "user":
            return subject[0]
        return None


# a party named as the one whose requirements or rules are followed ("按照保险公司对具体理赔的要求", "根据学校的规定",
# "为满足商户尽职调查要求"): the standard of the act, not its subject
STANDARD_BEFORE_PARTY = re.compile(r"(?:按照|依照|遵照|依据|根据|遵循|为满足|满足)[^，,。；;：:]{0,10}$")
STANDARD_AFTER_PARTY = re.compile(r"(?:[（(][^（）()]{0,30}[）)])?(?:对[^，,。；;]{1,12})?的?(?:相关)?(?:[^，,。；;的]{1,6})?"
                                  r"(?:要求|规定|指示|指令|约定|规则)")


# the recipient marker and the person before a service the person uses ("向您的搜索服务提供商传送"): the party is the
# recipient, not the subject
# after the person as a recipient: others named beside the person ("向您或该第三方其他用户公开您的相关信息")
_OTHERS_BESIDE_USER = re.compile(r"(?:或者?|及|和|以及|、)[^，,。；;您你]{0,8}(?:其他用户|其他人|他人|第三方)")
EXCLUDING_ASIDE = re.compile(r"\s*(?:不包括|不包含|不含|除)")
# the people of a party who are the subject after it ("Mozilla 工作、實習申請人必須提供…", "支付宝用户需要…")
PARTY_OF_PERSONS = re.compile(r"\s*[\u4e00-\u9fff、]{0,16}?(?:申请人|求职者|应聘者|候选人|参与者|捐赠者|捐款人|贡献者|用户|客户"
                              r"|会员|访客)(?:必须|需要|需|须|应当?|可以|可能|会|将)?\s*")
PERSONS_PROVIDER_BEFORE = re.compile(r"(?:向|给|到|至)(?:您|你)(?:的|预设的|默认的|选用的)[^，,。；;、您你]{0,8}$")


def _party_as_standard(text: str, start: int, end: int) -> bool:
    """The party at text[start:end] stands in a phrase of the standard an act follows: after 按照 / 根据 / 为满足 and
    before the requirements, rules or instructions it sets."""
    return (STANDARD_BEFORE_PARTY.search(text, max(0, start - 12), start) is not None
            and STANDARD_AFTER_PARTY.match(text, end) is not None)


# the verb of a relative clause on the recipient, before the party it names ("路由到已同意 Mozilla 严格的解析器隐私标准的
# 解析器服务", "发送至符合我们安全要求的服务商")
RELATIVE_VERB_BEFORE_PARTY = re.compile(r"\s*(?:已经?|经)?(?:同意|遵守|遵循|符合|认可|采用|通过|获得|得到|满足)\s*$")


def _party_in_recipient_relative(tokens: list[Token], start: int, party, clause_of: list[int]) -> bool:
    """The party after 给/至/到 stands in a relative clause on the recipient, after its verb and before the 的 that ends
    it: the recipient is the thing described, not the party."""
    before = _words(t for t in tokens if start <= t.start and t.end <= party.start)
    if not RELATIVE_VERB_BEFORE_PARTY.fullmatch(before):
        return False
    clause = clause_of[party.start]
    return any(t.word.startswith("的") for t in tokens if t.start >= party.end and clause_of[t.start] == clause)


# a run-in label opening the sentence ("房东和体验达人服务：", "（3）卖家信息：")
RUN_IN_LABEL = re.compile(r"\s*(?:[（(]?[0-9一二三四五六七八九十]{1,2}[)）.、．]\s*)?[^，,。；;：:（）()]{1,16}[：:]")


# ... also a longer one naming a permission and the sites it covers ("x.com 与 twitter.com 主机权限：识别支持的页面…")
PERMISSION_LABEL = re.compile(r"\s*[^，,。；;：:（）()]{1,40}?权限[：:]")


def _party_in_label(text: str, match, verb_start: int) -> bool:
    """The party stands in a run-in label that opens the sentence and the verb comes after it: the label names the
    topic of what follows ("房东和体验达人服务：所需信息包括…"), or the sites a permission covers ("x.com 与 twitter.com
    主机权限：…读取页面内容": where the extension works, not who reads), not its subject (an SDK named by the label stays
    the subject of its record)."""
    label = RUN_IN_LABEL.match(text) or PERMISSION_LABEL.match(text)
    return (label is not None and match.end <= label.end() <= verb_start and "sdk" not in match.phrase.lower())


# the subject acting under its own privacy policy, not this one ("按照其自己的隐私政策收集")
# ... also by a bare 按 and its own policy or rules ("相应服务按其政策处理备份", "由 CDN 按其自身策略记录")
UNDER_ITS_OWN_POLICY = re.compile(r"(?:按照|根据|依照|依据|遵照|遵循|按)其(?:自己|自身|各自)?的?"
                                  r"(?:隐私政策|隐私权政策|隐私条款|个人信息保护政策|政策|策略)")
# two or more Latin-script service names alone before a demonstrative that takes them up ("Convert.com 和 ShareProgress，")
LATIN_SERVICE_NAMES = re.compile(r"\s*(?:[A-Za-z][A-Za-z0-9.-]{1,30}\s*(?:、|和|及|与|以及)\s*)+(?P<last>[A-Za-z][A-Za-z0-9.-]{1,30})"
                                 r"\s*[，,]\s*")
DEMONSTRATIVE_SERVICES = re.compile(r"\s*(?:这些|此类|该等)(?:服务|工具|服务商|服务提供商)")
# the demonstratives that open a clause whose subject is a thing named before ("上述应用或服务将会使用…", "该等服务插件将收集")
DEMONSTRATIVE_SUBJECTS = {"上述", "该等", "此类", "这些", "前述", "此等", "该类"}
# what may follow a bare 其 that opens a clause as its subject: a modal or adverb ("其将直接处理", "其会另行征得")
PRONOUN_SUBJECT_NEXT = {"将", "会", "可能", "应", "应当", "需", "需要", "须", "必须", "也", "亦", "仍", "还", "直接", "另行",
                        "可", "可以", "能", "能够", "只", "仅", "有权", "同样", "则"}


def _pronoun_subject(tokens: list[Token], clause_of: list[int], clause: int, verb_start: int,
                     actors) -> tuple[int, tuple[str, str | None]] | None:
    """A bare 其 that opens the verb's clause before a modal or adverb takes up the nearest party named before it in the
    sentence ("如您主动为特定第三方合作伙伴留下您的联系方式…以供其与您取得联系，其将直接处理您的个人信息"): that party is
    the subject, unless it is us."""
    for index, token in enumerate(tokens):
        if token.end > verb_start or token.word != "其" or clause_of[token.start] != clause:
            continue
        if index and clause_of[tokens[index - 1].start] == clause:
            continue  # not at the opening of its clause ("以供其与您取得联系", "其的")
        if index + 1 >= len(tokens) or tokens[index + 1].word not in PRONOUN_SUBJECT_NEXT:
            continue
        before = [m for m in actors if m.end <= token.start]
        if not before:
            return None
        party = max(before, key=lambda m: m.end)
        if party.value == FIRST_PARTY:
            return None
        return (token.end, (party.value, _surface(tokens, party)))
    return None


# a Latin-script name opening its clause as the subject of a modal ("chromium将读取", "YouTube 可能会在您的设备上保存")
# (also after 则: "如果您在 Pocket 播放 YouTube 影片，则 YouTube 可能会在装置中置入 Cookie")
LATIN_SUBJECT = re.compile(r"\s*(?:则|那么|就)?\s*(?P<name>[A-Za-z][A-Za-z0-9.+-]{1,30})\s*(?:可能|将|会|便|也|还|亦|则|同样|可以|可)")
# a name of that kind that names no party of its own: the kinds of software and data a policy writes in Latin letters
NOT_PARTY_LATIN = {"app", "apps", "sdk", "api", "cookie", "cookies", "web", "h5", "ios", "android", "pc", "id", "ip", "wifi",
                   "wi-fi", "gps", "url"}
# what joins a party to the thing it makes, named after it ("谷歌公司（Google Inc.）的chromium")
MAKER_OF = re.compile(r"\s*(?:[（(][^（）()]{0,40}[)）])?\s*的\s*$")


def _named_thing_subject(tokens: list[Token], clause_of: list[int], clause: int, verb_start: int, actors,
                         text: str) -> tuple[str, str | None] | None:
    """A clause with no party of its own that opens on a Latin-script name before a modal, the name written already
    earlier in the sentence, has that thing as its subject: another party, or the party named as its maker there
    ("作业帮APP集成谷歌公司（Google Inc.）的chromium…；在…后台模式时，chromium将读取Wi-Fi信息" -> google; "如果在 Pocket
    上播放 YouTube 视频，YouTube 可能会在您的设备上保存 Cookie"); the policy's own names are actors and never get here."""
    opening = [t for t in tokens if clause_of[t.start] == clause and t.end <= verb_start]
    if not opening:
        return None
    match = LATIN_SUBJECT.match(text, opening[0].start, verb_start)
    if match is None or match.group("name").lower() in NOT_PARTY_LATIN:
        return None
    name, at = match.group("name"), match.start("name")
    if any(m.start < at + len(name) and at < m.end for m in actors):
        return None
    earlier = [m.start() for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", text[:at])]
    if not earlier:
        return None
    for start in earlier:
        makers = [m for m in actors if m.end <= start and MAKER_OF.fullmatch(text, m.end, start)]
        if makers:
            maker = max(makers, key=lambda m: m.end)
            if maker.value == FIRST_PARTY:
                return None
            return (maker.value, _surface(tokens, maker))
    return (THIRD_PARTY, name)
