"""Frame stage (`FrameRules`, a mixin of `ChineseAnalyzer`): the frames of a governing verb (`_frames`,
`_frame_for_verb`) - chained verbs, SDKs needing a grant, embedded parties, coordinated subjects and recipients."""

from __future__ import annotations

import re
from dataclasses import replace

from ...records import FIRST_PARTY, THIRD_PARTY
from ..base import Frame, unique_frames
from .clauses import ADVERTISING, _inside, _parentheses
from .context import (_after_recipient_marker, _at_request_of_others, _coordinated_after, _deletion_period,
                      _given_and_granted, _list_names_others, _party_right_before, _subject_chain_before_comma)
from .postpass import ABOUT_THE_PERSON
from .publicity import (OTHER_USERS, _facing_people_before, _for_public_later, _kept_for_period_later, _made_public,
                        _other_people_before, _other_people_see_after, _posted_publicly, _shared_with_public,
                        _shown_to_others_later, _taken_by_anyone, _visible_to_others)
from .tokens import Token, _following_word, _word_before, _words, text_after
from .words import (BARE_SENDING_VERB, BASIS_WORDS, CLAUSE_END, CLAUSE_PUNCT, COMPARED_WITH, CONJUNCTIONS,
                    CONSENTED_DISCLOSURE, CONSENT_VERBS, CROSS_BORDER, DISCLOSURE_WORDS, DISPLAY_VERBS, ENTRUSTED_VERBS,
                    GRANTED_VERBS, GRANTEE_DEMONSTRATIVE, HANDED_OVER, LEARNING_VERB, MAKERS_PUSH, MAKER_LIST_GAPS,
                    MANNER_LINK, MANNER_LINK_WORDS, NON_DATA_BASIS, OTHER_PEOPLE, OUTSIDE_BODY_SYSTEM,
                    PARTNER_RECEIVING_VERBS, PARTY_ABROAD, PASSIVE, RECEIVING_VERB, RECIPIENT_AFTER, REQUEST_GAP,
                    REQUEST_WORDS, SDK_INITIALISED, SENDING_VERBS, SENTENCE_STOPS, SENT_ABROAD, SHOWING_VERBS,
                    SUBJECT_CONJUNCTION, SUBJECT_MEANS_GAP, SUBJECT_VERB_GAP, SUBMITTING_VERBS, SYNCED_TO_OWN_DEVICE,
                    SYNCED_TO_SERVER, UNKNOWN_CHAINED_VERB, UPLOAD_VERBS, VERIFY_VERBS, VIEWING_VERBS)


# the prepositions opening the place a storing verb keeps the data in ("存储在", "储存于", "储存至")
HOST_PLACE_OPENERS = ("在", "于", "至", "到")


# a list of recipients between 与/向 and the share verb: the separators of its items, and what no such list holds
RECIPIENT_LIST_SEPARATOR = re.compile(r"、|/|或者|或|以及|和|及")
RECIPIENT_LIST_STOP = re.compile(r"[，,；;。：:（）()“”\"]|的|等|将|进行|其他方式")


# the removal that follows a verb of sending as a time ("在上传前移除…", "在发送之前会删除…"): what is removed is not sent
STRIPPED_BEFORE_SENDING = re.compile(r"^(?:之)?前\s*(?:会|将|均|都|先|也|自动)*(?:移除|剔除|去除|去掉|删除|删去|清除|过滤掉?|抹去)")


# what a list of examples holds besides the examples: separators, and the word opening it
EXAMPLE_LIST_FILLER = re.compile(r"[、，,和及与或/\s]|^(?:如|例如|比如|包括|包含)[:：]?")


def _open_example_list(text: str, a: int, b: int, named: list) -> bool:
    """Whether the examples in the parentheses text[a:b] name more than the parties `named` in them: an open list
    ("（华为、小米、OPPO、VIVO等）", "（如支付宝、银联及其他支付机构）"), separators and an opening "如 / 例如 / 包括" aside."""
    rest = text[a + 1:b - 1]
    for m in reversed(named):
        rest = rest[:m.start - a - 1] + rest[m.end - a - 1:]
    return bool(EXAMPLE_LIST_FILLER.sub("", rest))


# between the negation and the verb of a denial ("不会收集", "也不会存储"), and what joins two denials besides a
# conjunction ("不收集、更不存储")
DENIAL_MODALS = frozenset(("会", "将", "再", "可能"))
# a recipient named between two verbs of a run ("收集、存储或与第三方共享", "回传或向第三方提供"): an unnamed party only
RECIPIENT_BEFORE_SHARING = frozenset(("与", "向", "给"))
RUN_CONJUNCTIONS = frozenset(("、", "或", "或者", "和", "及", "以及", "并", "并且", "和/或"))
UNNAMED_RECIPIENT = re.compile(r"(?:任何|其他|其它)?(?:第三方|合作方|合作伙伴|关联方|关联公司|他人|其他人|任何人|外部|第三人)")
DENIAL_JOINERS = frozenset(("也", "亦", "更"))
# a negation that carries its own joiner ("不收集也不存储", segmented 也不)
JOINED_NEGATION = re.compile(r"[也亦]")


class FrameRules:
    """The frames of a governing verb."""

    # -- frames ---------------------------------------------------------------------------------------------
    def _our_inability(self, verb_index: int, tokens: list[Token], clause_of: list[int]) -> bool:
        """We state that we cannot obtain the data, now ("我们无法通过您设备自带的深度摄像头获取到您的个人信息", "我方无法获取"):
        a denial, as "不会获取" is (not the consequence of a refusal, "我们将无法获取", nor one within three words of
        the verb, which `_frames` leaves unread)."""
        clause = clause_of[tokens[verb_index].start]
        for back in range(verb_index - 1, max(-1, verb_index - 16), -1):
            if clause_of[tokens[back].start] != clause or tokens[back].word in CLAUSE_PUNCT:
                return False
            if tokens[back].word in self.lex.inability:
                subject = back - 1
                while subject >= 0 and tokens[subject].word in ("也", "均", "都", "亦", "并", "根本", "完全"):
                    subject -= 1
                return subject >= 0 and tokens[subject].word in self.lex.first_party_words
        return False

    def _frames(self, verb_index: int, tokens: list[Token], clause_of: list[int], actors, condition_spans,
                default_actor: str, purposes: list[str], condition: str | None,
                original: str = "") -> list[Frame] | None:
        chain = [verb_index]
        while (before := self._chained_verb(chain[0], tokens, -1)) is not None:
            chain.insert(0, before)
        while (after := self._chained_verb(chain[-1], tokens, 1)) is not None:
            chain.append(after)
        # "我们会收集并根据您的设备信息…进行…": 根据 after a verb introduces the basis of a later predicate, no practice
        chain = [v for i, v in enumerate(chain) if not (i and tokens[v].word in BASIS_WORDS)]
        def basis_of(v: int) -> str:  # the rest of the clause after a basis preposition
            return _words(t for t in tokens[v + 1:] if clause_of[t.start] == clause_of[tokens[v].start])
        chain = [v for v in chain if not (tokens[v].word in BASIS_WORDS and NON_DATA_BASIS.match(basis_of(v)))]
        if not chain:
            return None
        first = tokens[chain[0]]
        # inability ("将无法获取") marks a consequence of refusal, not a practice
        for back in range(chain[0] - 1, max(-1, chain[0] - 4), -1):
            if tokens[back].word in self.lex.inability:
                return None
            if tokens[back].word in CLAUSE_PUNCT:
                break
        negated = self._negated(chain[0], tokens, clause_of)
        if negated is False:
            negated = self._our_inability(chain[0], tokens, clause_of)
        if negated is None:
            return None  # a limit of scope ("不会超出必要范围收集"), not a practice statement
        if not negated and STRIPPED_BEFORE_SENDING.match(text_after(tokens, tokens[chain[-1]].end, 12)):
            # "agent 会在上传前移除节点 ID、主机 ID、主机名、…原始日志": the data named is removed before it is sent, the
            # denial of its sending (GUIDELINES: removal before sending, not_collect with no party named)
            negated = True
        if self._obligation_or_safeguard(chain[0], tokens, clause_of):
            return None  # "要求其仅为上述目的处理…", "进行加密存储": duties and safeguards, not practices
        requested = any(t.word in REQUEST_WORDS for t in tokens[max(0, chain[0] - 3):chain[0]])
        subject = self._subject(first.start, tokens, clause_of, actors, condition_spans)
        frames: list[Frame] = []
        for position in chain:
            word = tokens[position].word
            frame = self._frame_for_verb(word, position, tokens, clause_of, actors, subject, default_actor, negated,
                                         requested)
            if frame is None:
                continue
            frame.purposes = purposes
            frame.condition = condition
            frame.verb = word
            if frame.action == "share" and frame.recipient == THIRD_PARTY and original:
                frame.recipient_text = self._recipient_words(position, tokens, clause_of, actors, original)
            frames.append(frame)
            if (frame.action == "collect" and frame.actor == FIRST_PARTY and not (subject and subject[0] == "user")
                    and word.rstrip("给至到往") in SENDING_VERBS
                    and (other := self._coordinated_recipient(position, tokens, clause_of, actors)) is not None):
                # "图片不会上传到本站或任何第三方服务器": sent to us and to the other party named with us, a disclosure
                # to it beside our collection (GUIDELINES: "…with the extension developer or any third party" →
                # `not_collect` by `first_party` beside `not_share` with `third_party`)
                frames.append(replace(frame, action="share", recipient=other, actor_text=None))
            if (frame.action == "collect" and frame.actor == FIRST_PARTY and (not subject or subject[0] == "user")
                    and _posted_publicly(tokens, position)):
                # "您可…选择公开发布图文/视频内容": what the person posts publicly reaches us and is shown to everyone
                # (GUIDELINES: making data visible to other users or the public is share with third_party)
                frames.append(replace(frame, action="share", recipient=THIRD_PARTY))
            if (frame.action == "use" and frame.actor not in (FIRST_PARTY, "user")
                    and _given_and_granted(tokens, position)):
                frames.append(replace(frame, action="collect"))  # the party the person lets use the data gets it
            if frame.action == "store" and frame.actor == FIRST_PARTY and not frame.negated:
                # "將以明文形式儲存於部署在 Azure 之網站日誌中", "存储在阿里云的服务器上": storing the data on a named host
                # entrusts it to the host (GUIDELINES: data stored on a named host's servers is `store` and `share`)
                frames += [replace(frame, action="share", recipient=host)
                           for host in self._hosts_entrusted(position, tokens, clause_of, actors)]
        if (frames and frames[-1].actor == FIRST_PARTY and frames[-1].action in ("collect", "use")
                and not frames[-1].negated and _shown_to_others_later(tokens, chain[-1])):
            # "我们会收集您的…昵称、头像…，并可向您本人或其他用户或好友展示": the later display clause with no object of
            # its own shows the same data to other people (GUIDELINES: share with third_party)
            frames.append(replace(frames[-1], action="share", recipient=THIRD_PARTY))
        if (frames and frames[-1].actor == FIRST_PARTY and frames[-1].action in ("collect", "use", "store")
                and not frames[-1].negated and _for_public_later(tokens, chain[-1])):
            # "录音…可能存放在 Common Voice 数据库中，供公众…检索并使用": made available to the public (GUIDELINES:
            # publication is share with third_party)
            frames.append(replace(frames[-1], action="share", recipient=THIRD_PARTY))
        if (frames and frames[-1].action == "collect" and not frames[-1].negated
                and _kept_for_period_later(tokens, chain[-1])):
            # "您的 IP 地址会…被临时收集，存储期限为 90 天": the retention clause with no object of its own keeps the data
            # just collected (GUIDELINES: a stated retention period is `store`)
            frames.append(replace(frames[-1], action="store"))
        if not frames:
            return None
        if requested and subject and subject[0] == "user":
            frames = self._asked_by(chain[0], tokens, clause_of, actors, condition_spans, frames)
        if subject and subject[0] != "user":
            others = self._coordinated_subjects(first.start, subject[0], tokens, clause_of, actors)
            if subject[0] != FIRST_PARTY and self._through_embedded(first.start, subject[0], tokens, clause_of, actors):
                others = others + [FIRST_PARTY]  # the guidelines: we and the SDK we embed both collect
            if self._open_examples_subject(first.start, subject[0], tokens, clause_of, actors):
                others = others + [THIRD_PARTY]
            if others:
                # "我们和第三方合作伙伴可能通过Cookie收集…", "我们以及在应用程序中嵌入的应用安全SDK将…收集": each party of a
                # coordinated subject performs the practice
                frames = frames + [replace(f, actor=party, actor_text=None)
                                   for party in others for f in frames if f.actor == subject[0]]
        ours = [f for f in frames if f.actor == FIRST_PARTY and f.action == "collect" and not f.negated]
        if ours and SDK_INITIALISED.search(_words(t for t in tokens[:chain[0]]
                                                  if clause_of[first.start] - 1 <= clause_of[t.start])):
            # "我们将进行集成 SDK 的初始化工作，会收集您的 OpenUDID…": we and the SDKs we integrate both collect
            # (GUIDELINES: collecting through an SDK we embed)
            frames = frames + [replace(f, actor=THIRD_PARTY, actor_text=None) for f in ours]
        partner = self._processing_partner(chain, tokens, actors)
        if partner is not None:
            # "我们会与运营商处理您的手机号码": the party the data is processed together with uses it too, and the line
            # names no transfer to it (GUIDELINES: use by first_party and by that party, no share)
            frames = frames + [replace(f, actor=partner, actor_text=None)
                               for f in frames if f.action == "use" and f.actor == FIRST_PARTY]
        examples = self._recipient_examples(chain[0], tokens, clause_of, actors)
        if examples:
            named, kept = examples
            frames = [replace(f, recipient=party) for f in frames if f.action == "share" and f.recipient == kept[0]
                      for party in named] + [f for f in frames if kept[1] or not (f.action == "share"
                                                                                   and f.recipient == kept[0])]
        coordinated = self._coordinated_recipients(chain[0], tokens, clause_of, actors)
        if coordinated:
            head, parties = coordinated
            frames = frames + [replace(f, recipient=party) for party in parties for f in frames
                               if f.action == "share" and f.recipient == head]
        unnamed = self._unnamed_in_recipient_list(chain[0], tokens, clause_of, actors)
        if unnamed is not None and not any(f.action == "share" and f.recipient == THIRD_PARTY for f in frames):
            frames = frames + [replace(f, recipient=THIRD_PARTY) for f in frames
                               if f.action == "share" and f.recipient == unnamed]
        referred = self._recipients_referred_to(chain[-1], tokens, actors)
        if referred:
            frames = [replace(f, recipient=party) for f in frames if f.action == "share" and f.recipient == THIRD_PARTY
                      for party in referred] + [f for f in frames if not (f.action == "share"
                                                                          and f.recipient == THIRD_PARTY)]
        makers = self._maker_push_parties(first.start, subject[0], tokens, actors) if subject else []
        if makers:
            frames = [replace(f, actor=party, actor_text=None) if f.actor == subject[0] else f
                      for party in makers for f in frames]
        elif subject and subject[0] == THIRD_PARTY:
            named = (self._parties_of_agent_pronoun(first.start, tokens, clause_of, actors)
                     or self._parties_referred_to(first.start, tokens, actors))
            if named:
                frames = [replace(f, actor=party, actor_text=None) if f.actor == THIRD_PARTY else f
                          for party in named for f in frames]
            elif (len(chain) == 1 and not negated and self._processor_use(subject[1], tokens)
                  and all(m.value in (FIRST_PARTY, THIRD_PARTY) for m in actors)
                  and any(m.value == THIRD_PARTY and clause_of[m.start] == clause_of[first.start] and m.end <= first.start
                          for m in actors)):
                # "为保障使用安全…我们的合作方可能会使用必要的设备、帐号及日志信息": a processor working for us
                frames = [Frame("share", actor=FIRST_PARTY, recipient=THIRD_PARTY, purposes=f.purposes,
                                condition=f.condition, verb=f.verb, processor=True)
                          if f.action == "use" and f.actor == THIRD_PARTY else f
                          for f in frames]
        if (subject and subject[0] not in ("user", FIRST_PARTY) and not negated
                and any(t.word.startswith("不可避免") for t in tokens[max(0, chain[0] - 4):chain[0]])):
            # "商家及第三方配送公司…不可避免地会获知您的收货人信息": what the merchant or courier we hand the order to
            # cannot help learning is also our disclosure to it (not what the person discloses: "您不可避免地要向交易对方
            # 披露…" stays their collection, GUIDELINES)
            frames = frames + [Frame("share", actor=FIRST_PARTY, recipient=f.actor, purposes=f.purposes,
                                     condition=f.condition, verb=f.verb)
                               for f in frames if f.action == "collect" and f.actor not in (FIRST_PARTY, "user")]
        if subject and subject[0] not in ("user", FIRST_PARTY) and not negated:
            # "我们的合作伙伴 Sentry.io 将接收技术数据", "Twilio 会接收您的电话号码": what a partner receives is what we
            # send it (GUIDELINES: a processor or recipient receiving the data is `share` by first_party with it)
            frames = [Frame("share", actor=FIRST_PARTY, recipient=f.actor, purposes=f.purposes, condition=f.condition,
                            verb=f.verb)
                      if f.action == "collect" and f.verb in PARTNER_RECEIVING_VERBS
                      and f.actor not in (FIRST_PARTY, "user") else f
                      for f in frames]
        return unique_frames(frames)

    @staticmethod
    def _hosts_entrusted(position: int, tokens: list[Token], clause_of: list[int], actors) -> list[str]:
        """The named parties in the place the storing verb at `position` keeps the data in, which opens right after it
        with 在 / 于 / 至 / 到 ("储存于部署在 Azure 之产品数据库中", "存储在腾讯云提供的服务器中", "将储存至 Azure"); none
        for a place of the person's ("存储在您的 iCloud 账户中") or one naming only an unnamed party."""
        verb = tokens[position]
        clause = clause_of[verb.start]
        rest = [t for t in tokens[position + 1:] if clause_of[t.start] == clause and t.word not in CLAUSE_PUNCT]
        if not rest or not (verb.word[-1] in HOST_PLACE_OPENERS or rest[0].word in HOST_PLACE_OPENERS):
            return []
        if any(t.word in ("您", "你", "用户", "您的", "你的") for t in rest):
            return []
        return list(dict.fromkeys(m.value for m in actors if verb.end <= m.start < rest[-1].end
                                  and m.value not in (FIRST_PARTY, THIRD_PARTY, "user")))

    def _chained_verb(self, position: int, tokens: list[Token], step: int) -> int | None:
        """The verb coordinated with the verb at `position` on its side `step` (-1 before, 1 after) by 、/和/及/并…
        ("收集、使用并共享"; also across 和/或: "共享和/或存储"), or None. A word the lexicon does not know between two
        practice verbs of the run belongs to it and is passed over ("收集、标识和存储您访问…的信息": 收集 still joins 存储)."""
        def conjunctions_from(index: int) -> int:  # the first token after the conjunctions from `index` on
            while 0 <= index < len(tokens) and (tokens[index].word in CONJUNCTIONS or tokens[index].word == "/"):
                index += step
            return index

        linked = self._manner_linked(position, tokens, step)
        if linked is not None:
            return linked
        repeated = self._repeated_denial(position, tokens, step)
        if repeated is not None:
            return repeated
        past_recipient = self._past_recipient(position, tokens, step)
        if past_recipient is not None:
            return past_recipient
        following = conjunctions_from(position + step)
        if following == position + step or not 0 <= following < len(tokens):
            return None
        if self._is_verb(tokens[following].word):
            return following
        beyond = conjunctions_from(following + step)
        if (beyond != following + step and 0 <= beyond < len(tokens) and self._is_verb(tokens[beyond].word)
                and UNKNOWN_CHAINED_VERB.fullmatch(tokens[following].word)
                and tokens[following].word not in self.lex.negations and tokens[following].word not in self.lex.inability):
            return beyond
        return None

    def _past_recipient(self, position: int, tokens: list[Token], step: int) -> int | None:
        """The sharing verb after the one at `position` whose recipient stands between them ("收集、存储或与第三方共享您的…",
        "不会回传或向第三方提供…"), or the verb before a sharing verb so placed: the run goes on past the recipient, each
        verb taking the object of the last one, or None."""
        if step > 0:
            index = position + 1
            while index < len(tokens) and tokens[index].word in RUN_CONJUNCTIONS:
                index += 1
            if index == position + 1 or index >= len(tokens) or tokens[index].word not in RECIPIENT_BEFORE_SHARING:
                return None
            for verb in range(index + 2, min(index + 5, len(tokens))):
                if self._is_verb(tokens[verb].word):
                    named = "".join(t.word for t in tokens[index + 1:verb])
                    return verb if UNNAMED_RECIPIENT.fullmatch(named) else None
            return None
        for marker in range(position - 2, max(position - 5, 0), -1):
            if tokens[marker].word in RECIPIENT_BEFORE_SHARING:
                named = "".join(t.word for t in tokens[marker + 1:position])
                if not UNNAMED_RECIPIENT.fullmatch(named):
                    return None
                index = marker - 1
                while index >= 0 and tokens[index].word in RUN_CONJUNCTIONS:
                    index -= 1
                if index == marker - 1 or index < 0 or not self._is_verb(tokens[index].word):
                    return None
                return index
        return None

    def _negation_before(self, position: int, tokens: list[Token]) -> int | None:
        """The index of the negation right before the verb at `position`, perhaps through a modal ("不收集", "不会收集",
        "也不会存储"), or None."""
        index = position - 1
        if index >= 1 and tokens[index].word in DENIAL_MODALS:
            index -= 1
        return index if index >= 0 and tokens[index].word in self.lex.negations else None

    def _repeated_denial(self, position: int, tokens: list[Token], step: int) -> int | None:
        """The verb joined to the one at `position` on its side `step` in a run of denials that repeats its negation
        ("不收集、不存储任何个人信息", "不收集也不共享", "不会收集、也不会传输"): each denied verb takes the object the last one
        has, as in the run with one negation ("不收集、存储"), or None."""
        if step > 0:
            if self._negation_before(position, tokens) is None:
                return None
            index = position + 1
            joined = index
            while index < len(tokens) and (tokens[index].word in CONJUNCTIONS or tokens[index].word in DENIAL_JOINERS):
                index += 1
            if index == joined and not (index < len(tokens) and JOINED_NEGATION.match(tokens[index].word)):
                return None
            for verb in (index + 1, index + 2):
                if verb < len(tokens) and self._is_verb(tokens[verb].word) and \
                        self._negation_before(verb, tokens) == index:
                    return verb
            return None
        negation = self._negation_before(position, tokens)
        if negation is None:
            return None
        index = negation - 1
        while index >= 0 and (tokens[index].word in CONJUNCTIONS or tokens[index].word in DENIAL_JOINERS):
            index -= 1
        if (index == negation - 1 and not JOINED_NEGATION.match(tokens[negation].word) or index < 0
                or not self._is_verb(tokens[index].word)):
            return None
        return index if self._negation_before(index, tokens) is not None else None

    def _manner_linked(self, position: int, tokens: list[Token], step: int) -> int | None:
        """The verb joined to the one at `position` on its side `step` by "或以其他合法方式" ("收集、储存或以其他合法方式
        使用下列与您有关的信息": the run goes on past the manner phrase), or None."""
        index, words = position + step, []
        while 0 <= index < len(tokens) and len(words) < 7 and tokens[index].word in MANNER_LINK_WORDS:
            words.append(tokens[index].word)
            index += step
        if not words or not 0 <= index < len(tokens) or not self._is_verb(tokens[index].word):
            return None
        phrase = "".join(words if step > 0 else reversed(words))
        return index if MANNER_LINK.fullmatch(phrase) else None

    @staticmethod
    def _processing_partner(chain: list[int], tokens: list[Token], actors) -> str | None:
        """The party a use verb is done together with, named right before it after 与/同/跟 ("与运营商处理"), or None;
        the person (与您核验) and the actor itself are none (共同处理, joint processing, is a share of its own)."""
        start = tokens[chain[0]].start
        party = next((m for m in actors if m.end == start), None)
        if party is None or party.value in (FIRST_PARTY, "user"):
            return None
        if _word_before(tokens, party.start, set(), 1) not in ("与", "同", "跟"):
            return None
        return party.value

    @staticmethod
    def _processor_use(subject_text: str | None, tokens: list[Token]) -> bool:
        """A partner (合作方, 服务提供商…) said to use data for something other than advertising is a processor of ours,
        which the guidelines count as sharing with it ("客户服务提供商需要使用你的帐号", "为分析我们产品的使用和表现情况，我们的
        合作方可能需要使用…"); advertising partners keep their use, and SDKs, other users and carriers (whose one-click
        login check is their own service) are no processors."""
        if not subject_text or "sdk" in subject_text.lower() or subject_text in OTHER_PEOPLE:
            return False
        if subject_text.endswith("运营商"):
            return False  # "运营商将处理您的手机号码信息": the carrier's own one-click login check
        return not ADVERTISING.search(_words(tokens).lower())

    def _recipient_examples(self, verb_index: int, tokens: list[Token], clause_of: list[int],
                            actors) -> tuple[list[str], tuple[str, bool]] | None:
        """The named examples in parentheses right after the recipient of the verb ("与终端设备制造商（华为、小米、OPPO、
        VIVO等）共享", "共享给支付机构（如支付宝、银联）"): (their ids, (the recipient's id, whether it stays: the list is
        open or names others)); None when there are none (GUIDELINES: one tuple per example in sdks.yaml)."""
        text = _words(tokens)
        clause = clause_of[tokens[verb_index].start]
        for a, b in _parentheses(text):
            if clause_of[a] != clause:
                continue
            head = next((m for m in actors if m.end == a and m.value not in (FIRST_PARTY, "user")), None)
            if head is None or not (_after_recipient_marker(tokens, head.start) and b <= tokens[verb_index].start
                                    or tokens[verb_index].end <= head.start and head.start - tokens[verb_index].end <= 3):
                continue
            inside = [m for m in actors if a < m.start and m.end < b and m.value not in (FIRST_PARTY, THIRD_PARTY)]
            if not inside:
                continue
            return list(dict.fromkeys(m.value for m in inside)), (head.value, _open_example_list(text, a, b, inside))
        return None

    @staticmethod
    def _others_share_about_person(verb_index: int, tokens: list[Token], clause_of: list[int], actors) -> bool:
        """Other users are the subject of the share verb, whose object is about the person ("使用我们服务的其他用户也有可能
        分享与您有关的信息"; not "向您或该第三方其他用户公开", where they are the recipients)."""
        subject = _party_right_before(verb_index, tokens, clause_of, actors)
        if subject is None or not OTHER_USERS.fullmatch(subject.phrase):
            return False
        verb = tokens[verb_index]
        text = _words(tokens)
        clause_start = next(t.start for t in tokens if clause_of[t.start] == clause_of[verb.start])
        opening = text[clause_start:subject.start]
        return (not opening.strip() or opening.endswith("的")) and ABOUT_THE_PERSON.match(text, verb.end) is not None

    @staticmethod
    def _syncing_party(verb_index: int, tokens: list[Token], clause_of: list[int], actors) -> str | None:
        """Another party that is the subject right before a bare 同步, only modal words between ("关联公司App将同步您
        注册、登录…的一些个人信息"): it takes the data over from us; None for us or any other subject."""
        subject = _party_right_before(verb_index, tokens, clause_of, actors)
        return subject.value if subject is not None and subject.value != FIRST_PARTY else None

    def _coordinated_recipients(self, verb_index: int, tokens: list[Token], clause_of: list[int],
                                actors) -> tuple[str, list[str]] | None:
        """The named recipient of the verb and the other parties joined to it by 、/或/和 ("向Apple健康或华为运动健康同步",
        "共享给支付宝、微信支付": each is a recipient): (the first one's id, the others' ids), or None."""
        verb = tokens[verb_index]
        clause = clause_of[verb.start]
        text = _words(tokens)
        following = tokens[verb_index + 1] if verb_index + 1 < len(tokens) else None
        start = verb.end if verb.word[-1] in RECIPIENT_AFTER else (
            following.end if following is not None and following.word in RECIPIENT_AFTER else None)
        before = [m for m in actors if m.end <= verb.start and clause_of[m.start] == clause
                  and _after_recipient_marker(tokens, m.start)]
        after = [m for m in actors if start is not None and 0 <= m.start - start <= 12 and clause_of[m.start] == clause]
        head = after[0] if after else before[-1] if before else None
        if head is None or head.value in (FIRST_PARTY, THIRD_PARTY):
            return None
        others = [m.value for m in _coordinated_after(head, actors, text)
                  if m.value not in (FIRST_PARTY, head.value) and (m.end <= verb.start) == (head.end <= verb.start)]
        return (head.value, list(dict.fromkeys(others))) if others else None

    @staticmethod
    def _unnamed_in_recipient_list(verb_index: int, tokens: list[Token], clause_of: list[int], actors) -> str | None:
        """The first catalogued party of a list of recipients between 与/向/同/跟 and the share verb that also names a
        party outside the catalogue or a generic one ("与支付宝/微信公司共享", "与支付宝公司、网上银行或第三方支付平台共享",
        "向微信、支付宝、银联提供"), whose share then goes to `third_party` as well (GUIDELINES: keep the third_party
        tuple when the list names parties not in sdks.yaml; bare 微信 / 微信公司 is third_party); None otherwise."""
        verb = tokens[verb_index]
        clause = clause_of[verb.start]
        text = _words(tokens)
        marker = None
        for token in reversed(tokens[:verb_index]):
            if clause_of[token.start] != clause or token.word in CLAUSE_PUNCT:
                break
            if token.word in ("与", "向", "同", "跟"):
                marker = token
                break
        if marker is None:
            return None
        span = text[marker.end:verb.start]
        if not span or len(span) > 40 or RECIPIENT_LIST_STOP.search(span):
            return None
        inside = [m for m in actors if marker.end <= m.start and m.end <= verb.start]
        named = [m for m in inside if m.value not in (FIRST_PARTY, THIRD_PARTY, "user")]
        if not named or any(m.value in (FIRST_PARTY, "user") for m in inside):
            return None
        items, position = [], marker.end
        for piece in RECIPIENT_LIST_SEPARATOR.split(span):
            items.append((position, position + len(piece)))
            position += len(piece)
            position += len(RECIPIENT_LIST_SEPARATOR.match(text, position).group()) if position < verb.start else 0
        if len(items) < 2:
            return None
        for a, b in items:
            covering = [m for m in inside if m.start < b and a < m.end]
            if b - a > 12 or not text[a:b].strip():
                return None  # not a plain list of party names
            if not covering or any(m.value == THIRD_PARTY for m in covering):
                return named[0].value
        return None

    @staticmethod
    def _open_examples_subject(verb_start: int, value: str, tokens: list[Token], clause_of: list[int],
                               actors) -> bool:
        """The subject `value` of the verb closes the named examples in parentheses after a generic party, and that
        list is open or names others ("终端设备制造商（华为、小米、OPPO、VIVO等）可能通过SDK等技术使用你的手机型号"): the
        generic party performs the practice too (GUIDELINES: one tuple per example in sdks.yaml, and keep the
        third_party tuple when the list is open), as _recipient_examples keeps it for recipients."""
        if value in (FIRST_PARTY, THIRD_PARTY, "user"):
            return False
        clause = clause_of[verb_start]
        before = [m for m in actors if m.end <= verb_start and clause_of[m.start] == clause]
        if not before or before[-1].value != value:
            return False
        text = _words(tokens)
        for a, b in _parentheses(text):
            if not (a < before[-1].start and before[-1].end < b <= verb_start):
                continue
            if not any(m.end == a and m.value == THIRD_PARTY for m in actors):
                return False
            gap = text[b:verb_start]
            if SUBJECT_VERB_GAP.fullmatch(gap) is None and SUBJECT_MEANS_GAP.fullmatch(gap) is None:
                return False
            return _open_example_list(text, a, b, [m for m in actors if a < m.start and m.end < b])
        return False

    def _asked_by(self, verb_index: int, tokens: list[Token], clause_of: list[int], actors, condition_spans,
                  frames: list[Frame]) -> list[Frame]:
        """What the user is asked to give (需要您提供) is collected by whoever asks: another party named as the subject of
        the request ("盛付通可能需要您提供真实姓名", "我们和提供认证服务的第三方认证机构需要您提供…") rather than us."""
        request = next((i for i in range(verb_index - 1, max(-1, verb_index - 4), -1)
                        if tokens[i].word in REQUEST_WORDS), None)
        if request is None:
            return frames
        asker = self._subject(tokens[request].start, tokens, clause_of, actors, condition_spans)
        clause = clause_of[tokens[request].start]
        if not asker or asker[0] in ("user", FIRST_PARTY) or not any(
                m.value == asker[0] and clause_of[m.start] == clause and m.end <= tokens[request].start for m in actors):
            return frames  # the asker is named in the request's own clause
        parties = [asker[0]] + self._coordinated_subjects(tokens[request].start, asker[0], tokens, clause_of, actors,
                                                          requesting=True)
        asked = [f for f in frames if f.action == "collect" and f.actor == FIRST_PARTY]
        if not asked:
            return frames
        kept = [f for f in frames if f not in asked]
        return kept + [replace(f, actor=party, actor_text=None) for party in parties for f in asked]

    def _coordinated_subjects(self, verb_start: int, value: str, tokens: list[Token], clause_of: list[int],
                              actors, requesting: bool = False) -> list[str]:
        """The other parties joined by 和/与/及/或 to the subject `value` of the verb at `verb_start`, all in the verb's
        clause and right before it ("我们或我们的第三方合作伙伴可能通过Cookie…获取", "我们和提供认证服务的第三方认证机构需要
        您提供…"): empty when the subject is not part of such a chain."""
        clause = clause_of[verb_start]
        before = [m for m in actors if m.end <= verb_start and clause_of[m.start] == clause]
        text = _words(tokens)
        if not before:
            before = _subject_chain_before_comma(text, verb_start, actors, clause_of, clause)
        if len(before) < 2:
            return []
        last = before[-1]
        gap = text[last.end:verb_start]
        if (SUBJECT_VERB_GAP.fullmatch(gap) is None and not (requesting and REQUEST_GAP.fullmatch(gap))
                and not SUBJECT_MEANS_GAP.fullmatch(gap) and clause_of[last.start] == clause):
            return []  # the parties are not the last words before the verb ("我们与第三方共享")
        chain = [last.value]
        boundary = last.start
        for match in reversed(before[:-1]):
            gap = text[match.end:boundary]
            if gap == "的" or (not gap and match.value == FIRST_PARTY and text[match.start:match.end] in ("我们", "我方")):
                # "我们的合作伙伴", "我们合作伙伴": a possessive, not a party of its own
                boundary = match.start
                continue
            if SUBJECT_CONJUNCTION.fullmatch(gap) is None:
                break
            chain.append(match.value)
            boundary = match.start
        if value not in chain:
            return []
        return [v for i, v in enumerate(chain) if v != value and v not in chain[:i]]

    def _embedded_spans(self, tokens: list[Token], clause_of: list[int], actors) -> list[tuple[int, int]]:
        """The spans from 嵌入/集成/接入 to the party embedded, when we are the subject that embeds it and the party's
        practice verb follows right after it ("我们在应用程序中嵌入我们关联公司开发的应用安全SDK收集…"); computed once
        per sentence (the last sentence's spans are kept)."""
        cached = self._embedded_cache
        if cached is not None and cached[0] is tokens and cached[1] is clause_of and cached[2] is actors:
            return cached[3]
        spans = self._find_embedded_spans(tokens, clause_of, actors)
        self._embedded_cache = (tokens, clause_of, actors, spans)
        return spans

    def _find_embedded_spans(self, tokens: list[Token], clause_of: list[int], actors) -> list[tuple[int, int]]:
        spans = []
        for index, token in enumerate(tokens):
            if token.word not in self.lex.sdk_embedding_verbs:
                continue
            clause = clause_of[token.start]
            if not any(m.value == FIRST_PARTY and m.end <= token.start and clause_of[m.start] == clause for m in actors):
                continue
            parties = [m for m in actors if token.end <= m.start and m.end - token.end <= 20
                       and clause_of[m.start] == clause and m.value != FIRST_PARTY]
            verbs = [t for t in tokens[index + 1:] if t.end < (parties[-1].start if parties else 0)
                     and t.word in self.lex.verbs]  # (a word of the party's name such as 应用安全SDK's 应用 is no verb)
            if not parties or verbs or _following_word(tokens, token.end) == "的":
                continue  # "我们接入的第三方可能…收集": a relative clause on the subject, which embeds nothing
            head = next((m for m in parties if text_after(tokens, m.end)[:1] not in ("的", "开")), parties[-1])
            following = next((t for t in tokens if t.start == head.end), None)
            if following is not None and following.word in ("并", "并且"):
                # "我们会接入第三方SDK并收集…": the practice coordinated with the embedding, as right after the SDK
                following = next((t for t in tokens if t.start == following.end), None)
            if following is not None and following.word in self.lex.verbs:
                spans.append((token.end, head.end))  # "嵌入…应用安全SDK收集": the SDK collects as we embed it
        return spans

    def _through_embedded(self, verb_start: int, value: str, tokens: list[Token], clause_of: list[int],
                          actors) -> bool:
        """The subject `value` is a party we embed, named in the verb's clause right before the verb."""
        clause = clause_of[verb_start]
        spans = self._embedded_spans(tokens, clause_of, actors)
        return any(m.value == value and clause_of[m.start] == clause and _inside(m.start, spans)
                   and m.end <= verb_start and verb_start - m.end <= 4 for m in actors)

    @staticmethod
    def _parties_of_agent_pronoun(verb_start: int, tokens: list[Token], clause_of: list[int], actors) -> list[str]:
        """The named parties the agent pronoun of the verb's clause points back to ("我们会接入第三方SDK，包括移动一键登录
        SDK、电信一键登录SDK…为您实现…功能，将由其收集您的IP地址" → each SDK), in order, with third_party when they are
        named as examples of a party category before them ("第三方SDK，包括…"); empty when the clause has no 由其 /
        由他们 or the sentence names no party before it."""
        clause = clause_of[verb_start]
        agent = next((t for i, t in enumerate(tokens[1:], 1) if t.word in ("其", "他们", "它们")
                      and tokens[i - 1].word in PASSIVE and t.end <= verb_start and clause_of[t.start] == clause), None)
        if agent is None or any(agent.end <= m.start and m.end <= verb_start for m in actors):
            return []
        before = [m for m in actors if m.end <= agent.start and m.value != FIRST_PARTY]
        named = list(dict.fromkeys(m.value for m in before if m.value != THIRD_PARTY))
        if named and before[0].value == THIRD_PARTY:
            named.append(THIRD_PARTY)
        return named

    def _parties_referred_to(self, verb_start: int, tokens: list[Token], actors) -> list[str]:
        """The named parties a demonstrative subject points back to ("可能涉及的SDK包括腾讯地图SDK、高德地图SDK，此类SDK
        会收集…" → the two map SDKs), in order; empty when the subject is no demonstrative."""
        generic = [m for m in actors if m.end <= verb_start and m.value == THIRD_PARTY]
        if not generic:
            return []
        subject = generic[-1]
        text = _words(tokens)
        # the demonstrative may stand before the generic party or open it ("此类SDK" matched from its 类, "这些SDK" whole)
        window = text[max(0, subject.start - 3):min(subject.end, subject.start + 2)]
        if not any(word in window for word in self.lex.party_demonstratives):
            return []
        named: list[str] = []
        for match in actors:
            if match.end <= subject.start and match.value not in (THIRD_PARTY, FIRST_PARTY) and match.value not in named:
                named.append(match.value)
        if named and _list_names_others(text, subject.start, actors):
            named.append(THIRD_PARTY)
        return named

    def _recipients_referred_to(self, verb_index: int, tokens: list[Token], actors) -> list[str]:
        """The named parties a demonstrative recipient right after the verb points back to ("…由中国电信运营商、中国联通
        运营商提供，…将您的手机号…提供给此类服务提供商" → the operators), in order; empty when it is no demonstrative."""
        end = tokens[verb_index].end
        generic = next((m for m in actors if m.value == THIRD_PARTY and 0 <= m.start - end <= 4), None)
        if generic is None:
            return []
        text = _words(tokens)
        if not any(word in text[end:generic.start + 1] for word in self.lex.party_demonstratives):
            return []
        named: list[str] = []
        for match in actors:
            if match.end <= end and match.value not in (THIRD_PARTY, FIRST_PARTY) and match.value not in named:
                named.append(match.value)
        return named

    def _maker_push_parties(self, verb_start: int, value: str, tokens: list[Token], actors) -> list[str]:
        """The phone makers' push SDKs that the push-SDK subject `value` of the verb stands for, in order: the makers
        listed right before a maker's push SDK ("华为/OPPO/小米/魅族Push SDK需要读取…" → huawei_push, oppo_push, mipush,
        meizu_push) or, for the makers' push SDKs named as one ("如您使用小米、华为手机，我们接入的上述手机厂商Push SDK需要
        收集…"), the makers the sentence names before it, with third_party when that list is open ("如小米、华为等品牌");
        empty for any other subject."""
        before = [m for m in actors if m.end <= verb_start]
        if not before or before[-1].value != value:
            return []
        subject = before[-1]
        push_ids = set(self._maker_push.values())
        text = _words(tokens)
        if value == THIRD_PARTY and MAKERS_PUSH.fullmatch(subject.phrase):
            makers = [m for m in before[:-1] if m.value in self._maker_push or m.value in push_ids]
        elif value in push_ids:
            makers, boundary = [subject], subject.start
            for match in reversed(before[:-1]):
                if text[match.end:boundary] not in MAKER_LIST_GAPS or not (
                        match.value in self._maker_push or match.value in push_ids):
                    break
                makers.insert(0, match)
                boundary = match.start
            if len(makers) < 2:
                return []
        else:
            return []
        parties = list(dict.fromkeys(self._maker_push.get(m.value, m.value) for m in makers))
        if parties and value == THIRD_PARTY and any(text[m.end:m.end + 1] == "等" for m in makers):
            parties.append(THIRD_PARTY)
        return parties

    def _frame_for_verb(self, word: str, position: int, tokens: list[Token], clause_of: list[int], actors,
                        subject: tuple[str, str | None] | None, default_actor: str, negated: bool,
                        requested: bool = False) -> Frame | None:
        user_subject = subject is not None and subject[0] == "user"
        actor, actor_text = (subject if subject and not user_subject else (default_actor, None))
        if word in CONSENT_VERBS and CONSENTED_DISCLOSURE.match(text_after(tokens, tokens[position].end, 80)):
            # "您知晓并同意我们将您填写的收件信息共享至…", "您同意您的个人信息可以向…公开": consent to a disclosure, no
            # provision of the data; the data named after the consent is what the disclosure gives, to its recipient
            disclosure = next((k for k in range(position + 1, len(tokens))
                               if tokens[k].word.startswith(DISCLOSURE_WORDS) or tokens[k].word in SENTENCE_STOPS),
                              None)
            recipient = (self._recipient(disclosure, tokens, clause_of, actors)
                         if disclosure is not None and tokens[disclosure].word not in SENTENCE_STOPS else None)
            return Frame("share", negated=negated, actor=FIRST_PARTY,
                         recipient=recipient if recipient not in (None, FIRST_PARTY, "user") else THIRD_PARTY)
        if word == "传输" and not self._party_before_transfer(position, tokens, clause_of, actors):
            return None  # "Cookie是我们网站…传输并存储在您设备上的小文件": a bare 传输 chained with no party before it
        if position > 0 and tokens[position - 1].word in ("自行", "自主") and word not in self.lex.user_provides:
            return None  # "可以通过以下方式自行访问、查询": the user's own access to their data (自行填写 still provides it)
        if _deletion_period(tokens, position, clause_of, self.lex.deletion_verbs):
            # "相关账号信息将在15个工作日内被删除": a retention period, which the guidelines count as storage
            return None if negated or user_subject else Frame("store", negated=False, actor=actor, actor_text=actor_text)
        if _taken_by_anyone(tokens, position, clause_of):
            # "您主动公开的个人信息可被任何第三方阅读、收集和使用": data open to anyone who takes it is made public,
            # which the guidelines count as sharing with third parties
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
        if word in DISPLAY_VERBS:
            others = (_other_people_before(tokens, position, clause_of) or self._on_public_page(tokens, position, clause_of)
                      or _facing_people_before(tokens, position, clause_of)
                      or self._other_viewer(tokens, position, clause_of, actors)
                      or _other_people_see_after(tokens, position, clause_of)
                      or word == "可见" and _visible_to_others(tokens, position, clause_of)
                      # "您公开可见的个人资料", "将公开可见": visible to the public
                      or word == "可见" and position > 0 and tokens[position - 1].word == "公开"
                      # "您的精确位置不会被展示": the person's data shown (passive 被) goes to whoever sees it
                      or word in SHOWING_VERBS and position > 0 and tokens[position - 1].word == "被"
                      # "我们可能会联动展示或共享您…的以下信息": shown as it is shared, to the same other people
                      or word in SHOWING_VERBS and self._coordinated_with_share(tokens, position, clause_of))
            recipient = None if user_subject and not others else self._recipient(position, tokens, clause_of, actors)
            if others or recipient not in (None, "user", FIRST_PARTY):
                # "向其他用户展示", "其他用户可以看到…": shown to other people, which the guidelines count as sharing
                return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
            if recipient is None and not user_subject and self._published(tokens, position):
                # "当您发布内容时，我们将展示您的昵称、头像": shown with what the user publishes, to whoever reads it
                return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
        if negated and word in VIEWING_VERBS:
            # (other people denied the view keep the not_share above: "其他用户无法查看您的关注列表")
            return None  # "我们不会查看或分析您的聊天内容": a denial of viewing is a denial of use, which gets no tuple
        grantee = self._authorized_grantee(position, tokens, clause_of, actors)
        if grantee is not None:
            if grantee != FIRST_PARTY and self.lex.verbs.get(word) == "use" and _given_and_granted(tokens, position):
                # "您应当…提供并授权该服务方（即…）使用您的个人信息": the person gives the data to the party, which
                # collects (see _frames) and uses it
                return Frame("use", negated=negated, actor=grantee)
            # "您授权该共同房东访问和更新您的信息", "允许第三方应用读取您的通讯录": letting another party use the data
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=grantee)
        if (word in HANDED_OVER and actor_text and OTHER_USERS.fullmatch(actor_text)
                and self._recipient(position, tokens, clause_of, actors) is None):
            # "如果其他用户上传的通讯录中包含您的联系方式", "其他用户提供的物流地址": what other users of the service hand
            # over reaches the service, as the person's own upload does (GUIDELINES: 其他用户发布的信息中可能含有您的部分
            # 信息 → collect by first_party)
            return Frame("collect", negated=negated, actor=FIRST_PARTY)
        if word in self.lex.provide and word not in self.lex.verbs:
            recipient = self._recipient(position, tokens, clause_of, actors)
            if recipient is None and negated and not user_subject and not requested:
                recipient = self._earlier_recipient(position, tokens, clause_of, actors)
            elif (recipient is None and not user_subject and not requested and subject is not None
                  and subject[0] == FIRST_PARTY):
                # "我们不会向银联以外的任何公司…提供您的个人信息，在您单独同意后，我们仅会…提供您的个人信息": our provision
                # after a denial that names the recipients goes to them (the earlier clause's denial is its own tuple)
                recipient = self._earlier_recipient(position, tokens, clause_of, actors, denied_only=True)
            ours = any(m.value == FIRST_PARTY and m.end <= tokens[position].start
                       and clause_of[m.start] == clause_of[tokens[position].start] for m in actors)
            if recipient is None and not user_subject and _at_request_of_others(tokens, position, clause_of):
                # "应您的监护人合法要求而提供您的信息", "需要应权利人…的要求而提供您的信息": the data goes to the party
                # that asks for it, a provision by us to that party (`share`), not a request to the person
                return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
            if ((user_subject or requested and subject is None) and not ours
                    and recipient not in (None, FIRST_PARTY, "user")):
                return Frame("collect", negated=negated, actor=recipient)  # 您需要向支付机构提供银行卡号: they collect it
            # "我们需要向境外提供您的信息", "我们需向合作方提供…": our own need to give a party the data is a
            # provision by us, not a request to the person (no 您 between the need and the verb)
            need = next((k for k in range(position - 1, max(-1, position - 4), -1) if tokens[k].word in REQUEST_WORDS), None)
            own_need = (need is not None and subject is not None and subject[0] == FIRST_PARTY
                        and recipient not in (None, FIRST_PARTY, "user")
                        and not any(t.word in ("您", "你") for t in tokens[need + 1:position]))
            if requested and not own_need and (subject is None or subject[0] == FIRST_PARTY or user_subject):
                return Frame("collect", negated=negated, actor=FIRST_PARTY)  # 我们不会要求您提供… / 请您提供…
            if recipient == "user":
                return None  # 为您提供 / 向您提供: a service to the user
            if user_subject or recipient == FIRST_PARTY:
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            if recipient is not None:
                return Frame("share", negated=negated, actor=actor, actor_text=actor_text, recipient=recipient)
            if subject is None and default_actor == FIRST_PARTY:
                return Frame("collect", negated=negated, actor=FIRST_PARTY)  # "需要提供手机号码"
            return None
        if user_subject and _made_public(tokens, position):
            # "可让您与使用该服务的所有用户公开分享您的相关信息", "您在平台公开分享的文字和照片", "您主动公开的个人信息":
            # what the person makes public through the service is shown to everyone (GUIDELINES: public display is
            # share with third_party), not given to us only
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
        if user_subject:
            if word in self.lex.user_provides and position + 1 < len(tokens) and tokens[position + 1].word[:2] == "同步":
                # "您将已持有的BOSS直聘账号及相关信息授权同步到我们运营的BOSS直聘校招平台": the grant is of the
                # synchronisation, which the service carries out to the other platform (GUIDELINES: data synchronised to
                # another party, platform or app is `share`)
                recipient = self._recipient(position + 1, tokens, clause_of, actors)
                if recipient not in (None, FIRST_PARTY, "user"):
                    return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=recipient)
            if word in self.lex.user_provides or word in SUBMITTING_VERBS:
                # (the person submitting: "您需要将身份证号码提交给我们", "您提交至平台的照片", as 提交 alone)
                recipient = self._recipient(position, tokens, clause_of, actors)
                if recipient not in (None, FIRST_PARTY, "user"):
                    return Frame("collect", negated=negated, actor=recipient)  # 您向第三方分享…: they receive it
                sdk = self._sdk_needing_grant(position, tokens, actors) if recipient is None else None
                return Frame("collect", negated=negated, actor=sdk or FIRST_PARTY)
            if self.lex.verbs.get(word) == "share":
                recipient = self._recipient(position, tokens, clause_of, actors)
                if recipient not in (None, FIRST_PARTY, "user") and word[:2] == "同步":
                    # "您将…账号及相关信息同步到我们运营的…平台": the service carries out the person's synchronisation
                    return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=recipient)
                if recipient not in (None, FIRST_PARTY, "user") and _shared_with_public(tokens, position, clause_of):
                    # "您可以基于竞技世界服务与第三人（包括不特定对象）共享您的个人信息": what the person shares through the
                    # service with anyone is displayed by the service (GUIDELINES: public display is share)
                    return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
                if recipient not in (None, FIRST_PARTY, "user"):
                    # "您不可避免地要向交易对方披露自己的个人信息": the other party receives it from the person (GUIDELINES)
                    return Frame("collect", negated=negated, actor=recipient)
            return None  # the user's own action: 您可以查看/删除…
        action = (self.lex.verbs.get(word)
                  # "服务也可能向该提供商发送相关卡牌、规则或搜索上下文": our sending to a party named before the verb
                  or ("share" if word == BARE_SENDING_VERB
                      and self._party_before_sending(position, tokens, clause_of, actors) else None)
                  or ("use" if word in self.lex.cookie_verbs else None)
                  # see _learns_about_person and, for 收到, ChineseAnalyzer.analyze's verbs
                  or ("collect" if word in (LEARNING_VERB, RECEIVING_VERB) else None))
        if action is None:
            # "需要提供…"; "我们会…向你请求授权相册、摄像头、麦克风权限": what we ask the person to give or grant
            if word in self.lex.user_provides and (subject is None or requested and subject[0] == FIRST_PARTY):
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            return None
        if action == "share":
            recipient = self._recipient(position, tokens, clause_of, actors)
            if recipient == "user":
                return None
            if recipient is None and self._others_share_about_person(position, tokens, clause_of, actors):
                # "使用我们服务的其他用户也有可能分享与您有关的信息": the person's information in what other users share
                # reaches the service (GUIDELINES: 其他用户发布的信息中可能含有您的部分信息 → collect by first_party)
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            if recipient == FIRST_PARTY:  # "运营商会将您的手机号码发送给我们": we collect it
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            if recipient is None and word == "同步":
                party = self._syncing_party(position, tokens, clause_of, actors)
                if party is not None:  # "关联App将同步您…的个人信息": the party that syncs it from us receives it
                    return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=party)
                return None  # "连接穿戴设备并同步、展示运动健康数据": no party, no way it goes (see the verbs of analyze)
            if recipient is None and word[-1] in RECIPIENT_AFTER:
                place = text_after(tokens, tokens[position].end)
                synced = word[:2] == "同步"
                if synced and SYNCED_TO_OWN_DEVICE.match(place):
                    return None  # "将邮件中的日程同步到手机系统中": kept on the person's own phone, no transfer
                if SYNCED_TO_SERVER.match(place) and (synced or not SENT_ABROAD.search(place[:8])):
                    # "我们会把邮箱帐号同步到推送服务器", "会同步到百度云端", "您选定的照片将被发送至云端进行处理": sent to a
                    # server that names no party, the actor's own, which collects it (GUIDELINES: the actor's servers
                    # take it); not servers abroad ("发送至境外服务器"), unless synced
                    return Frame("collect", negated=negated, actor=actor, actor_text=actor_text)
            if recipient is None and not negated and _sent_abroad(tokens, position):
                # "将您的个人信息传输至其他区域时", "您的个人信息可能需要转移到境外": moved abroad to no one named, which the
                # guidelines count as processing by the actor (`use`), not a disclosure; a denial stays `not_share`
                return Frame("use", negated=False, actor=actor, actor_text=actor_text)
            return Frame("share", negated=negated, actor=actor, actor_text=actor_text,
                         recipient=recipient or THIRD_PARTY)
        if word in VERIFY_VERBS and COMPARED_WITH.search(
                _words(t for t in tokens[:position] if clause_of[t.start] == clause_of[tokens[position].start])):
            action = "use"
        if (action == "collect" and word in UPLOAD_VERBS
                and text_after(tokens, tokens[position].end)[:1] in RECIPIENT_AFTER):
            recipient = self._recipient(position, tokens, clause_of, actors)
            if recipient not in (None, FIRST_PARTY, "user"):
                # "我们会将您的姓名上传至第三方", "不会将聊天内容上传至无关第三方": uploaded by us to another party named
                # right after the verb, which the guidelines count as sharing with it (the person's own upload to a
                # party stays its collection, above; "向服务端上传", "上传至服务器" stay ours)
                return Frame("share", negated=negated, actor=actor, actor_text=actor_text, recipient=recipient)
            if recipient is None and OUTSIDE_BODY_SYSTEM.match(text_after(tokens, tokens[position].end)[1:]):
                # "将您的姓名、身份证号码及处方费用明细上传至医保结算系统": the system of a public body, which
                # runs it, is another party's (GUIDELINES: government departments and financial institutions)
                return Frame("share", negated=negated, actor=actor, actor_text=actor_text, recipient=THIRD_PARTY)
        return Frame(action, negated=negated, actor=actor, actor_text=actor_text)

    def _sdk_needing_grant(self, position: int, tokens: list[Token], actors) -> str | None:
        """The SDK we use that needs what the person grants right after it, with no party of its own ("我们使用了百度音视频
        直播 SDK，需要您授权以下内容的访问权限：相机…" → the SDK collects; GUIDELINES: the clause after "we use the SDK" with
        no subject of its own is the SDK's), or None."""
        person = next((k for k in range(position - 1, 0, -1) if tokens[k].word in ("您", "你")), None)
        if person is None or tokens[person - 1].word not in ("需要", "需"):
            return None
        sdks = [m for m in actors if m.end <= tokens[person].start and "sdk" in m.phrase.lower()]
        if not sdks or any(sdks[-1].end <= m.start < tokens[position].start for m in actors if m is not sdks[-1]):
            return None
        text = _words(tokens)
        if not self._we_use_sdk.search(text, 0, sdks[-1].start):
            return None
        if re.search(r"[。；;]", text[sdks[-1].end:tokens[person].start]):
            return None
        return sdks[-1].value

    def _authorized_grantee(self, position: int, tokens: list[Token], clause_of: list[int], actors) -> str | None:
        """A party other than us that 授权/允许 lets perform this verb ("授权第三方应用读取…", "授权该共同房东访问…"), or
        that we entrust (委托) with processing the data ("委托第三方代表我们处理您的个人信息")."""
        entrusted = tokens[position].word in ENTRUSTED_VERBS
        if tokens[position].word not in GRANTED_VERBS and not entrusted:
            return None
        clause = clause_of[tokens[position].start]
        depth = outside = 0  # (the grantee may be named before brackets, whose colon or URL is no clause of the verb:
        # "授权秒针系统（秒针系统隐私政策链接：https://…）处理…")
        for back in range(position - 1, max(-1, position - 48), -1):
            token = tokens[back]
            depth += token.word.count("）") + token.word.count(")") - token.word.count("（") - token.word.count("(")
            if depth > 0 or token.word in ("（", "("):
                continue
            outside += 1
            if outside > 15 or clause_of[token.start] != clause:
                return None
            if token.word in ("授权", "允许") or token.word == "委托" and entrusted:
                between = _words(tokens[back + 1:position])
                named = [m for m in actors if token.end <= m.start < tokens[position].start]
                entrusted_party = next((m for m in named if not (m.value == FIRST_PARTY
                                                                 and _following_word(tokens, m.end) == "的")), None)
                if named and named[0].value == THIRD_PARTY and (
                        named[0].start == token.end or GRANTEE_DEMONSTRATIVE.fullmatch(
                            _words(t for t in tokens if token.end <= t.start < named[0].start))):
                    # 授权第三方应用读取…, 授权该服务方（即…）使用… (a named company may be the policy's own product)
                    return THIRD_PARTY
                if ((token.word == "委托" or token.word == "授权" and tokens[position].word == "处理")
                        and entrusted_party is not None and entrusted_party.value != FIRST_PARTY
                        and entrusted_party.start - token.end <= 8
                        and not re.search(r"[，,]", between[:entrusted_party.start - token.end])
                        and not between.startswith("的")
                        and (token.word == "委托" or "的" not in between[:entrusted_party.start - token.end])):
                    # "委托实名认证服务商查询、核验…", "委托服务合作方代表我们处理…": the processor named after 委托 (not
                    # "其委托的代理商", a relative clause); so is a party we authorise to process the data ("我们会授权
                    # 秒针系统处理您用于浏览广告的设备信息"); a modifier closed by 的 may come between 委托 and the party,
                    # and our own 我们的 before it ("委托有能力的我们的关联公司…代表我们来处理用户信息")
                    return entrusted_party.value
                if between.startswith(("该", "其他", "他人", "任何")) and not named:
                    return THIRD_PARTY  # 授权该共同房东访问…
                if (named and named[0].value == THIRD_PARTY and between.startswith(("该", "其他", "任何"))
                        and not re.search(r"[，,；;。]", between[:named[0].start - token.end])):
                    return THIRD_PARTY  # the party named after a demonstrative and its modifier ("授权该共同房东访问…")
                return None
        return None



def _sent_abroad(tokens: list[Token], position: int) -> bool:
    """The share verb at `position` sends the data to a place abroad (`SENT_ABROAD`) right after it or after its
    至/到 ("传输至境外", "转移到境外", "传输至其他区域"), or across the border ("跨境传输")."""
    verb = tokens[position]
    if verb.word.startswith(CROSS_BORDER) or position and tokens[position - 1].word.endswith(CROSS_BORDER):
        # "跨境传输您的个人信息": across the border, with no one named in the rest of the clause
        rest = _words(tokens[position + 1:])
        return PARTY_ABROAD.search(rest, 0, CLAUSE_END.search(rest + "。").start()) is None
    place = text_after(tokens, verb.end, 16)  # (room for "位于其他政府管辖范围之外")
    if verb.word[-1] not in RECIPIENT_AFTER:
        if place[:1] not in RECIPIENT_AFTER:
            return False
        place = place[1:]
    return SENT_ABROAD.match(place) is not None
