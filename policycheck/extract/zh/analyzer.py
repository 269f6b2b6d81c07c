"""Chinese statement analysis: jieba tokens for predicates, character-level matching for data and actors.

For each data phrase the analyser finds its governing predicate: the nearest action verb before it in the same
clause, else after it in the same clause, else the last verb of an earlier clause of the sentence (lists such as
"我们会收集您的设备信息，包括设备型号、IMEI" continue the earlier predicate). The predicate's subject gives the
actor (我们 / 第三方 / a named SDK; 您 + 提供/填写/上传 means the user gives data to the service), a negation
token before it (不会、无需、未…) makes a denial unless a scope word intervenes (不会超出…收集), and sentence-level
markers give purposes (为了、用于、以便…) and conditions (当您…时、经您同意后…).
"""

from __future__ import annotations

import re
from dataclasses import replace


from ...records import FIRST_PARTY, THIRD_PARTY, Sentence
from ...taxonomy import EntityCatalog, PhraseMatcher, Taxonomy, data_matcher, fold
from ...taxonomy.matcher import Match
from ..base import Frame, Mention, SentenceAnalysis, unique_frames
from ..lexicon import Lexicon, alternation, any_match
from .clauses import (CONDITIONAL_CLAUSE, _in_document_title, _in_relative_clause, _in_shared_object_bracket, _inside,
                      _items_of_previous_sentence, _only_item_relative_verbs, _only_relative_verbs, _parentheses,
                      _text_after_group, _used_for_item, _verbless_item_list)
from .context import (AS_ACCOUNT, COOKIE_MEANS_BEFORE, MEANS_BEFORE, _account_created, _account_logged_into,
                      _adjectival, _app_subject, _consent_noun, _deletion_period, _flag_item, _learnt_through_cookies,
                      _login_means, _made_account, _nominal_practice, _noun_compound, _party_noun, _recorded_under,
                      _relative_object_of_control, _stored_topic, _treated_by)
from .postpass import (EXCEPTION_END, PostPatterns, _allowed_device_use, _applied_for_from_us, _collected_by_others,
                       _collected_through_services,
                       _consented_exception,
                       _collected_by_passive_agent, _collected_for_display, _continue_examples, _continue_merger,
                       _denial_exceptions,
                       _continue_parentheses, _continue_relative_items, _cookies_as_their_use, _deleted_after_period,
                       _device_files_not_stored, _drop_comment_acts, _drop_demonstratives, _drop_example_holders,
                       _drop_linked_accounts, _drop_mode_denials, _drop_note_definitions, _drop_permission_label_uses,
                       _drop_purpose_item_activities, _drop_system_not_data, _edited_profile_fields,
                       _entrusted_storage, _forms_of_communication, _inferred_from_ip, _ip_derived_location,
                       _kept_as_logs, _kept_by_cookies, _location_sources, _means_of_non_personal, _our_queries,
                       _posts_may_contain, _provided_by_others, _published_in_public_areas, _scene_names,
                       _shared_with_us, _synced_between_apps, _used_for_display, _verified_through_party,
                       _works_recommended_to_others)
from .publicity import CONFIGURED_RECIPIENT, OTHER_USERS, _public_attribute
from .sdk import (_device_used, _permissions_used, _providers_of_described_sdks, _storage_permission,
                  names_sdk_or_feature, permission_names)
from .tokens import Token, _followed_by_de, _split_given_out, _split_our_access, build_segmenter, text_after
from .words import (ABROAD_DENIAL, ACCOUNT_AT_PARTY, ACT_AS_TIME, ACT_ENDS_WHEN_CLAUSE, ACT_PLACE_NOUNS,
                    BARE_INFORMATION, BASED_FEATURE, BASIS_WORDS, CLAUSE_END, COMPLAINT_HANDLING, CREATES_ACCOUNT,
                    DEMONSTRATIVE_OBJECT, ENTERED_BEFORE, ENTERED_NOUN_AFTER, HAS_NONE_INTRO, INTRO_WORDS, KEPT_LOCALLY,
                    DETECTING_VERBS, KEPT_LOCALLY_BEFORE, BARE_SENDING_VERB,
                    KEPT_ON_OWN_DEVICE, KEPT_PERIOD, LEAVES_NO_DEVICE, MAKERS_PUSH, MEDIA_METADATA_AFTER, NAME_COMMA,
                    MEDIA_TIME, NON_DATA_BASIS, OBJECT_MARKERS, LEAVES_NO_DEVICE_CLAUSE,
                    ON_OWN_DEVICE, ON_OWN_DEVICE_AFTER, OTHER_USER_PARTY, PASSED_ON_GAP, PERMISSION_AFTER,
                    PERMISSION_USE_VERBS, PHONE_MAKERS, POSTED_OR_VIEWED_BEFORE, PURPOSE_VERBS,
                    QUOTED_FEATURE, QUOTED_SECTION, RECEIVED_DIRECT_TYPES, RECEIVED_FROM_PERSON, RECEIVING_VERB,
                    SDK_FORM_AFTER, SDK_THEN_VERB, SERVICE_PROVIDED_BY, SHOWING_VERBS, STORED_IN_COUNTRY, TITLE,
                    LINKED_TITLE, UI_PATH, UNSAID_UPLOAD_DENIAL, UPLOAD_DENIAL, USED_FEATURE, USED_FOR_LABEL,
                    REDACTED_ITEMS_INTRO, UPLOAD_CONTRASTED, USE_PRODUCED_AFTER_USERS, USER_ACT_WHEN, denies_upload,
                    bare_share, keeps_on_own_device)
from .frames import FrameRules
from .negation import NegationRules
from .parties import RUN_IN_LABEL, PartyRules
from .predicates import PredicateRules
from .purposes import PurposeRules


class ChineseAnalyzer(PredicateRules, FrameRules, NegationRules, PartyRules, PurposeRules):
    """The Chinese analyser: one `analyze` call per sentence; its rules come from the mixins by stage."""

    def __init__(self, taxonomy: Taxonomy, entities: EntityCatalog, lexicon: Lexicon) -> None:
        self.taxonomy = taxonomy
        self.entities = entities
        self.lex = lexicon
        self.data = data_matcher("zh")
        # determiners set aside before an unnamed recipient, longest first ("其他任何" before "其他")
        self.recipient_determiners = sorted(lexicon.recipient_determiners | set(lexicon.party_demonstratives), key=len,
                                            reverse=True)
        self.tokenizer = build_segmenter(taxonomy, entities, lexicon)
        self.refusal = lexicon.refusal + lexicon.hypotheticals  # neither states a practice of ours
        self._alias_key: tuple[str, ...] = ()
        self._alias_matcher: PhraseMatcher[str] = PhraseMatcher()
        self.blockers = lexicon.negation_blockers
        self._embedded_cache: tuple | None = None
        self._posts = PostPatterns.of(lexicon)
        # our using an SDK whose name ends the text searched ("我们使用了百度音视频直播 SDK"): `_sdk_needing_grant`
        self._we_use_sdk = re.compile(alternation(lexicon.first_party_words) + r"[^，,。；;]{0,4}?"
                                      + lexicon.uses_sdk.pattern + r"[^，,。；;]{0,20}$")
        # a phone maker -> its push SDK ("xiaomi" -> "mipush"): the catalogue's one SDK of the maker of the kind "推送"
        self._maker_push = {maker: sdk for maker in PHONE_MAKERS if (sdk := entities.sdk_of_kind(maker, "推送"))}

    # -- public --------------------------------------------------------------------------------------------
    def analyze(self, sentence: Sentence, default_actor: str = FIRST_PARTY,
                aliases: list[str] | tuple[str, ...] = (), other_names: tuple[str, ...] = ()) -> SentenceAnalysis:
        """`aliases` are the policy's names for its operator; `other_names` the short names it gives other companies."""
        original = sentence.text
        if "," in original:
            original = NAME_COMMA.sub(" ", original)  # "与 Airbnb, Inc.共享": the comma of a company name ends no clause
        text = fold(original)  # same length: traditional characters and full-width forms folded
        if "、" in text:
            text = SDK_THEN_VERB.sub(" ", text)  # "UC啄木鸟SDK、获取设备标识符": the SDK, then its verb
        data_matches = self._find_data(text)
        names = self._alias_matches(text, tuple(aliases)) if data_matches else []
        if names:
            # "轻颜相机及相关服务": a data word inside the product's own name names no data
            data_matches = [m for m in data_matches
                            if not any(n.start <= m.start and m.end <= n.end and n.end - n.start > m.end - m.start
                                       for n in names)]
        permissions = permission_names(text, data_matches, self.data)
        if permissions:
            # the storage permission reads and writes the files on the device (WRITE_EXTERNAL_STORAGE)
            data_matches = sorted(data_matches + permissions, key=lambda m: m.start)
        intro = text.rstrip().endswith(("：", ":"))
        bare_information = None if data_matches or intro else BARE_INFORMATION.search(text)
        shared_thing = None if data_matches or intro or bare_information else bare_share(text)
        if (not data_matches and not intro and bare_information is None and shared_thing is None
                and not DEMONSTRATIVE_OBJECT.match(text)):
            denied = (self._analytics_tools_denied(text, self._actors(text, tuple(aliases), other_names))
                      if ANALYTICS_DENIAL_WORDS.search(text) else [])
            return SentenceAnalysis(mentions=denied, frames=[], intro=False)
        tokens = [Token(w, s, e) for w, s, e in self.tokenizer.tokenize(text, HMM=False)]
        clause_of = self._clause_ids(text)
        tokens = _split_our_access(tokens, text, clause_of)
        tokens = _split_given_out(tokens)
        # a party's word the data matcher reads as data is an item of the data list ("访问的日期和时间、电信运营商、网络请求")
        # nor is a party named as the subject's role ("我们会作为受托方，根据合作商委托收集…")
        # nor one named as the holder of an account ("Facebook 帐号", "您的微信头像、微信昵称")
        # other users' use of the service in a relative clause on the data it produced ("…及其他用户使用莉莉丝游戏产品及
        # 服务过程中产生的游戏日志信息"): like the person's own use there, neither the users nor their use is a practice
        named = self._actors(text, tuple(aliases), other_names)
        users_use = {a.end for a in named
                     if OTHER_USER_PARTY.fullmatch(a.phrase) and USE_PRODUCED_AFTER_USERS.match(text, a.end)}
        actors = [a for a in named
                  if a.end not in users_use and not any(m.start <= a.start and a.end <= m.end for m in data_matches)
                  and not text[max(0, a.start - 2):a.start] == "作为"
                  and not (ACCOUNT_AT_PARTY.match(text, a.end) and "sdk" not in a.phrase.lower())]
        refusal_spans = self._spans(self.refusal, text, to_clause_end=True)
        condition_spans = self._spans(self.lex.condition_markers, text, to_clause_end=False)
        condition_spans += [m.span(1) for m in CONDITIONAL_CLAUSE.finditer(text)]
        token_starts = {t.start for t in tokens}
        purposes = self._purposes(text, original, token_starts)
        condition = self._condition(text, refusal_spans, original)
        term_spans = [(m.start, m.end) for m in data_matches]
        term_ends = {m.end for m in data_matches}
        # a practice named as a noun ("个人信息共享符合…", "有任何请求"): no predicate, and its data no object
        nominal_practices = {i for i, t in enumerate(tokens)
                             if self._is_verb(t.word) and _nominal_practice(tokens, i, term_ends)}
        verbs = [i for i, t in enumerate(tokens)
                 if (self._is_verb(t.word) and _treated_by(tokens, i) not in self.lex.blocking_verbs
                     or _deletion_period(tokens, i, clause_of, self.lex.deletion_verbs)
                     or self._sets_cookies(i, tokens, clause_of, data_matches)
                     # "向该提供商发送…": a bare 发送 is a predicate only with a party named before it (see
                     # FrameRules._frame_for_verb)
                     or t.word == BARE_SENDING_VERB and self._party_before_sending(i, tokens, clause_of, actors)
                     or self._learns_about_person(i, tokens, text, clause_of, actors)
                     or t.word == RECEIVING_VERB and (RECEIVED_FROM_PERSON.match(text, t.end) is not None
                                                      or _receives_account_data(t.end, data_matches)
                                                      or _party_receives(text, t.start, actors)))
                 # "设置认证与保障安全性的Cookie": a verb right after a cookie verb describes the cookie
                 and not (i > 0 and self._sets_cookies(i - 1, tokens, clause_of, data_matches))
                 and not _inside(t.start, refusal_spans)
                 and not (t.start in users_use or t.start - 1 in users_use and text[t.start - 1] == "在")
                 and not _in_document_title(text, t.start)  # "《第三方信息共享清单》": a word of a title
                 and not _in_shared_object_bracket(text, t.start)  # "将…相关信息（…需要提供姓名…）提供给…"
                 and not _inside(t.start, term_spans)  # "存储权限", "读取相册": the verb is part of the data term
                 # "应用IMEI信息": 应用 right before a data term is the app the data is of, not "to apply"
                 and not (t.word == "应用" and any(a == t.end for a, _ in term_spans))
                 and not _app_subject(tokens, i)  # "应用会向…发送": the app, the subject
                 and not _adjectival(tokens, i) and not _storage_permission(tokens, i) and not _flag_item(tokens, i)
                 and not _device_used(tokens, i)
                 and not _noun_compound(tokens, i, clause_of)
                 and i not in nominal_practices
                 and not _party_noun(tokens, i, clause_of)
                 and not _consent_noun(tokens, i)  # "重新征得你同意": the consent obtained, a noun
                 # "如人脸识别功能", "指纹认证功能": a verb between a data term and 功能 names a feature, no predicate
                 and not (t.start in term_ends and i + 1 < len(tokens) and tokens[i + 1].word == "功能")
                 and not _public_attribute(tokens, i)
                 and not self._list_item_noun(tokens, i)
                 and not self._person_act_towards_us(tokens, i)
                 # "手机号在大众点评的绑定时间": the time of the person's act, a noun (not a storage period: "保存时间"),
                 # also with the place of the act between ("您的注册时间和最近登录系统时间")
                 and not (t.word in self.lex.user_provides and t.word not in self.lex.verbs
                          and (i + 1 < len(tokens) and tokens[i + 1].word in ("时间", "日期")
                               or i + 2 < len(tokens) and tokens[i + 1].word in ACT_PLACE_NOUNS
                               and tokens[i + 2].word in ("时间", "日期")))
                 # a bare 同步 goes one way only with the party it goes to or comes from ("向该等第三方支付机构同步",
                 # "第三方平台将与我们同步"), not in "同步剪映和剪映关联版本中的帐号" or "同步至云端"'s other verbs
                 and not (t.word == "同步" and self._recipient(i, tokens, clause_of, actors) is None
                          and self._syncing_party(i, tokens, clause_of, actors) is None)
                 # a bare 传输 passes data on only to a party named before it ("若我们需向境外合作方传输您的个人信息"),
                 # not in "加密传输", "向境外传输" (a place), "在穿戴设备与本App之间…传输" or "传输您的个人信息时"
                 and not (t.word == "传输" and not self._party_before_transfer(i, tokens, clause_of, actors))
                 and not self._asked_how(tokens, i)
                 # "将根据您的选择向…展示": a basis that is the person's choice or needs, no data, is no predicate of the
                 # clause when a practice verb of its own follows it, which governs the clause's data
                 and not (t.word in BASIS_WORDS and NON_DATA_BASIS.match(text[t.end:t.end + 12]) is not None
                          and any(self._is_verb(u.word) for u in tokens[i + 1:] if clause_of[u.start] == clause_of[t.start]))]
        has_verb = bool(verbs) and not _only_item_relative_verbs(text, tokens, verbs)

        def frames_for(verb_index: int) -> list[Frame] | None:
            return self._frames(verb_index, tokens, clause_of, actors, condition_spans, default_actor, purposes,
                                condition, original)

        purpose_spans = self._purpose_spans(text, token_starts)
        all_parentheses = _parentheses(text)
        parentheses = all_parentheses if any(_inside(tokens[v].start, all_parentheses) for v in verbs) else ()
        titles = [(m.start(), m.end()) for pattern in (TITLE, LINKED_TITLE, UI_PATH, QUOTED_FEATURE, QUOTED_SECTION)
                  for m in pattern.finditer(text)]
        used_features = [m.span("name") if m.group("name") else m.span("list") if m.group("list") else m.span("long")
                         for m in USED_FEATURE.finditer(text)]
        mentions: list[Mention] = []
        posted_contents = _posts_may_contain(text, self._posts)
        for match in data_matches:
            if _inside(match.start, titles):
                continue  # 《个人信息保护政策》: a document title; "“我的-收货地址”": the name of a screen
            if _inside(match.start, posted_contents) and ACT_AS_TIME.match(text, match.end):
                continue  # "如您在分享、评论时选择上传的…图片": the person's act as a time, no data (nor an example)
            mention = Mention(data_type=match.value, term=original[match.start:match.end], start=match.start,
                              end=match.end)
            mentions.append(mention)
            if (match.value == "content" and ACT_ENDS_WHEN_CLAUSE.match(text, match.end)
                    and (POSTED_OR_VIEWED_BEFORE.search(text, max(0, match.start - 2), match.start)
                         or text[match.start:match.start + 2] in ("发布", "发表"))):
                mention.skip = True  # "…进行拍摄并发布内容时，我们会…": the person's act dates the practice, no content
                continue
            if (ENTERED_BEFORE.search(text, max(0, match.start - 16), match.start)
                    and ACT_ENDS_WHEN_CLAUSE.match(text, ENTERED_NOUN_AFTER.match(text, match.end).end())
                    and any(m.start() <= match.start < m.end() for m in USER_ACT_WHEN.finditer(text))):
                mention.skip = True  # "当您填写学校信息时，我们可以为您推荐…": the entry dates the practice, no data
                continue
            if _inside(match.start, posted_contents):
                # "您公开发布的信息中可能会涉及您或他人的个人信息": what the posts may contain reaches us, a collection
                # (also inside the caution around it, which the hypotheticals otherwise leave unread)
                mention.frames = [Frame("collect", actor=default_actor, purposes=purposes, condition=condition)]
                continue
            if _inside(match.start, refusal_spans):
                mention.skip = True
                continue
            if any(0 <= tokens[i].start - match.end <= 1 for i in nominal_practices):
                mention.skip = True  # "确保个人信息共享符合相应法律规定": the data of a practice named as a noun
                continue
            if EXCEPTION_END.match(text, match.end) and not self._kept_by_exception(text, match.start):
                # "不会转让…，但因合并等原因需要转移个人信息的除外": the exception to a denial is no practice of its own
                mention.skip = True
                continue
            if REQUEST_LEAVES_OUT.search(text, 0, match.start):
                # "请求不携带 Cookie、凭据或 Referrer", "不会在这些请求中主动加入个人标识、账号": what a request to another
                # service is said not to carry is not sent to it, as what it does not contain (GUIDELINES: data sent
                # "does not include" named data → not_share with the party it would go to)
                mention.frames = [Frame("share", negated=True, actor=FIRST_PARTY, recipient=THIRD_PARTY)]
                continue
            if self._excluded(text, tokens, match, clause_of):
                if self._leaves_out_identity(text, tokens, match):
                    mention.skip = True
                    continue
                contents = ARTIFACT_CONTENTS.search(text, 0, match.start)
                if contents is not None:
                    # "备份包含论文库记录…，不含模型 API Key", "这些记录可能包含本地目标路径…，但绝不包含文件内容": what a backup,
                    # log or report is said to leave out describes it and denies no collection; what a request to another
                    # service leaves out ("请求不包含剪贴板内容、历史") is not sent to it
                    if contents.group("request"):
                        mention.frames = [Frame("share", negated=True, actor=FIRST_PARTY, recipient=THIRD_PARTY)]
                    else:
                        mention.skip = True
                    continue
                # "…可能向其他用户展示（不包含您的账号信息）": the data is left out of the practice stated before it
                # (a display to others counts: "…向其他用户展示（展示时不包含您的账号信息）" → not_share)
                earlier = [i for i in verbs if tokens[i].end <= match.start
                           and (self.lex.verbs.get(tokens[i].word) in ("collect", "share")
                                or tokens[i].word in SHOWING_VERBS
                                and any(f.action == "share" for f in frames_for(i) or []))]
                stated = frames_for(earlier[-1]) if earlier else None
                if stated and all(not f.negated for f in stated):
                    mention.frames = [replace(f, negated=True) for f in stated]
                    continue
                if (stated and all(f.negated and f.action == "share" for f in stated)
                        and EXCEPTED_AFTER_DENIAL.search(text, 0, match.start)):
                    # "我们不会公开披露您的个人信息，但您的角色昵称、排行榜成绩等游戏内公开信息除外": the exception of a denied
                    # disclosure is disclosed (GUIDELINES: a line with both forms gets both not_share and share)
                    mention.frames = [replace(f, negated=False) for f in stated]
                    continue
                made = self._data_verb_frame(text, match, default_actor, purposes, condition)
                if made is not None:
                    # "应用不包含分析统计、广告 SDK、崩溃报告服务": what the app is said not to contain is denied by it,
                    # not by a party listed before among the things it does not contain
                    mention.data_type, mention.frames = made
                    continue
                actor = self._nearest_actor(match.start, actors, tokens, clause_of, condition_spans, whole=True)
                mention.frames = [Frame("collect", negated=True, actor=actor or default_actor, purposes=purposes)]
                continue
            if self._object_of_predicate(match.start, match.end, tokens, clause_of):
                # "对您的个人信息提供足够的保护", "…提供接入服务，该类第三方将对您的个人信息承担管理职责": the object of a duty
                # or safeguard, not of a practice (nor an item of a list continuing an earlier clause's verb)
                mention.skip = True
                continue
            if any(any_match(self.lex.described_nouns, after) is not None
                   for after in (text[match.end:match.end + 24], _text_after_group(text, match.end, all_parentheses))):
                mention.skip = True  # "接触到您个人信息的工作人员", "处理您个人信息的目的已实现": the data describes a noun
                continue
            metadata = MEDIA_METADATA_AFTER.match(text, match.end) if match.value.startswith("media") else None
            if metadata and not MEDIA_TIME.search(metadata.group()):
                mention.skip = True  # "共享的照片包含的地理标记信息": the photo only owns the metadata collected
                continue
            if metadata:
                # "拍摄或上传的共享照片或录像的日期、时间或地点": the date and time the item was taken or shared are its
                # metadata, a log (GUIDELINES: usage.logs beside the place's location), the photo no data of its own
                mention.data_type = "usage.logs"
            if self._names_data_service(text, match):
                # "不使用统计分析 SDK、…追踪 SDK": a service of that kind denied is the denial of its data (before the
                # SDK-name reading); "我们使用分析工具收集设备信息": a tool of that kind used names no data of its own
                made = self._data_verb_frame(text, match, default_actor, purposes, condition)
                if made is None:
                    mention.skip = True
                else:
                    mention.data_type, mention.frames = made
                continue
            if names_sdk_or_feature(match, text):
                mention.skip = True  # "人脸识别SDK", "指纹/面容ID快捷登录": the name of an SDK or a feature, no data
                continue
            if any(start <= match.start and match.end <= end for start, end in used_features):
                mention.skip = True  # "当您使用发现通讯录好友功能时": the name of a feature the person uses
                continue
            if (mention.term in self.lex.feature_words
                    and any_match(self.lex.feature_name_ends, text[match.end:match.end + 60]) is not None):
                mention.skip = True  # "当您使用评论功能时", "使用发布、评论等服务", "录制视频功能", "拍照购物": a feature name
                continue
            if match.value.startswith("account") and (_login_means(text, match, all_parentheses)
                                                       or _account_created(text, match)
                                                       or _account_logged_into(text, match)):
                mention.skip = True  # "使用第三方帐号（例如：抖音帐号、Apple ID）授权登录": the account logged in with
                continue
            if AS_ACCOUNT.match(text, match.end) and _made_account(tokens, match, clause_of, self.lex.negations):
                # "将您设备中的手机号码作为您的注册、登录账号": the data is taken and used as the account
                mention.frames = [Frame(action, actor=default_actor, purposes=purposes, condition=condition)
                                  for action in ("collect", "use")]
                continue
            if (match.value in ("contact.phone", "contact.email") and CREATES_ACCOUNT.match(text, match.end)
                    and MEANS_BEFORE.search(text, max(0, match.start - 8), match.start)):
                # "您可以通过手机号创建百度通用账号": the number the account is created with is given to us (GUIDELINES: a
                # number the user provides as the login name is `collect` `contact.phone`)
                mention.frames = [Frame("collect", actor=default_actor, purposes=purposes, condition=condition)]
                continue
            if (SUPPLIED_TO_US_BEFORE.search(text, max(0, match.start - 12), match.start)
                    and SUPPLYING_PARTY_AFTER.match(text, match.end)):
                # "与…第三方服务供应商…（例如…为我们提供位置数据的地图服务供应商）分享": the data a partner is described as
                # supplying to us is where we get it, a collection of ours, not the data shared with it
                mention.frames = [Frame("collect", actor=FIRST_PARTY, verb="提供")]
                continue
            helps = any_match(self.lex.cookie_helps, text[match.end:match.end + 16]) if match.value == "usage.cookies" else None
            if helps and not any(tokens[v].end <= match.start and clause_of[tokens[v].start] == clause_of[match.start]
                                 for v in verbs):
                # "COOKIES或同类技术有助于我们辨认您的身份": the cookie is the subject that helps us, a use (a verb before
                # it keeps its own practice: "使用网络Beacon可以帮助网站…")
                actor = FIRST_PARTY if "us" in helps.groupdict() and helps.group("us") else default_actor
                mention.frames = [Frame("use", actor=actor, purposes=purposes, condition=condition)]
                continue
            if (match.value == "communication.messages" and COMPLAINT_HANDLING.search(mention.term)
                    and _inside(match.start, purpose_spans)):
                # "同时用于游戏运营统计分析、客服投诉处理及游戏安全分析": handling complaints named as a purpose processes
                # that correspondence (GUIDELINES), a use by the one the purpose serves
                mention.frames = [Frame("use", actor=default_actor, purposes=purposes, condition=condition)]
                continue
            made = self._data_verb_frame(text, match, default_actor, purposes, condition)
            if made is not None:
                # "绝不会在后台静默录音", "不会在后台静默录音、拍照或截屏": a verb naming the data it makes is the predicate
                mention.data_type, mention.frames = made
                continue
            verb_index = self._governing_verb(match.start, match.end, tokens, verbs, clause_of, parentheses)
            if (verb_index is not None and tokens[verb_index].word == "用于" and tokens[verb_index].end <= match.start
                    and (_used_for_item(text, tokens[verb_index].start, tokens[verb_index].end)
                         and any(v < verb_index for v in verbs)
                         or _verbless_item_list(text, tokens[verb_index].start, tokens[verb_index].end))):
                # "收集您的移动设备、网页浏览器或用于接入我们服务的其他程序所提供的配置信息、您的IP地址": 用于 opens a relative
                # clause on a listed item; the list goes on with the verb before it
                earlier = [v for v in verbs if v < verb_index]
                verb_index = earlier[-1] if earlier else None
            if (verb_index is not None and tokens[verb_index].word == "用于" and tokens[verb_index].end <= match.start
                    and self._used_for_data_subject(text, tokens[verb_index].start, tokens[verb_index].end)):
                # "用于压缩的对话内容会…发送给你选择的 API 提供商": 用于…的 describes the data, whose predicate follows it
                later = [v for v in verbs if tokens[v].start >= match.end
                         and clause_of[tokens[v].start] == clause_of[match.start]]
                verb_index = later[0] if later else verb_index
            if verb_index is not None and self._user_act_before_permission(text, match, tokens[verb_index]):
                mention.skip = True  # "在您上传头像时，需要调用您设备的存储权限": what the user does with the permission
                continue
            if (verb_index is not None and tokens[verb_index].word in PURPOSE_VERBS and verb_index - 1 in verbs
                    and tokens[verb_index].end <= match.start):
                verb_index -= 1  # "不会共享用于识别您个人身份的信息": 用于 right after a verb opens the description of its object
            if (verb_index is not None and tokens[verb_index].word in PURPOSE_VERBS and verb_index - 2 in verbs
                    and tokens[verb_index - 1].word in ("您", "你") and tokens[verb_index].end <= match.start
                    and _in_relative_clause(tokens, verb_index, clause_of)):
                verb_index -= 2  # "处理您用于浏览广告的设备信息": the person's 用于…的 after a verb describes its object
            if (verb_index is not None and tokens[verb_index].word in PURPOSE_VERBS and verb_index + 1 in verbs
                    and tokens[verb_index + 1].word in DETECTING_VERBS
                    and text[tokens[verb_index + 1].end:match.start] in ("", "您的", "你的", "用户的")):
                # "通知访问权限只在设备本地用于检测媒体播放信息": the data is the object of the detecting verb inside the
                # purpose, which reads it (not a purpose named as the object of 用于: "用于检测盗版")
                verb_index += 1
            if verb_index is not None and tokens[verb_index].word in PURPOSE_VERBS and tokens[verb_index].end <= match.start:
                # "用于在您发帖时展示您的地理位置": the data is the object of the display verb inside the purpose, which
                # shows it to others (the weak display verb gives way to 用于 only when it shows nothing to anyone)
                shown = [v for v in verbs if verb_index < v and tokens[v].end <= match.start
                         and clause_of[tokens[v].start] == clause_of[match.start] and tokens[v].word in SHOWING_VERBS
                         and self._recipient(v, tokens, clause_of, actors) != "user"  # not "用于向您展示…"
                         and any(f.action == "share" for f in frames_for(v) or [])]
                verb_index = shown[-1] if shown else verb_index
            if verb_index is not None and tokens[verb_index].word in PURPOSE_VERBS and tokens[verb_index].end <= match.start:
                label = USED_FOR_LABEL.match(text, tokens[verb_index].end)
                if label and label.end() <= match.start:
                    # "用于个性化体验的信息：您浏览的页面、设备信息": the items of information used for a purpose
                    mention.frames = [Frame("use", actor=default_actor, purposes=purposes, condition=condition,
                                            verb=tokens[verb_index].word)]
                    continue
                mention.skip = True  # "存储权限：用于信用卡账单": the object of 用于 is a purpose, not data
                continue
            if self._purpose_object(text, match, verb_index, tokens, purpose_spans, data_matches) and not (
                    # "收集您的地理位置信息，用于在您发帖时展示您的地理位置": data shown to others for the purpose is shared
                    verb_index is not None and tokens[verb_index].word in SHOWING_VERBS
                    and tokens[verb_index].end <= match.start
                    and any(f.action == "share" for f in frames_for(verb_index) or [])):
                mention.skip = True  # "相册：用于文件缓存、人脸识别认证": what a permission is used for, not data
                continue
            if verb_index is not None and self._blocked(verb_index, match.start, tokens, clause_of):
                mention.skip = True  # "保护您提供的个人信息": the data is the object of 保护
                continue
            if verb_index is not None and self._safeguarded_relative(text, match, verb_index, tokens, clause_of):
                mention.skip = True  # "保护我们获得的您的个人信息": the clause on getting it only says which data is protected
                continue
            if (verb_index is not None and _describes_party(text, match, tokens[verb_index])
                    and self.lex.verbs.get(tokens[verb_index].word) != "share"
                    and tokens[verb_index].word not in self.lex.provide
                    and not any(word in CLAUSE_END.split(text[:tokens[verb_index].start])[-1]
                                for word in self.lex.negations)):
                # "对使用简历的招聘方进行资质审核", "接收您的信息的这些实体": the verb and its data describe another party,
                # the one who acts; no practice of ours (not a party that gives or shares the data: "向我们提供您个人信息
                # 的第三方" may be where we get it; nor after a denial of dealing with such parties, "不与任何收集用户数据
                # 的第三方服务整合", which denies the collection)
                mention.skip = True
                continue
            if verb_index is not None and _relative_object_of_control(text, match, tokens, clause_of,
                                                                       self.lex.blocking_verbs):
                # "您可以自主选择删除…等您在使用本服务时提供的和产生的个人信息": the data the person provided is the
                # object of the control verb; the relative clause only says which data it is
                mention.skip = True
                continue
            if (verb_index is not None and tokens[verb_index].start >= match.end
                    and _in_relative_clause(tokens, verb_index, clause_of)
                    and self._object_of_blocking_verb(match.start, tokens, clause_of, verbs)):
                # "您可以自主选择删除观看历史、订阅等您在使用本服务时提供的…个人信息": the data is the object of the
                # control verb before it; the practice verb after it only describes what the data is
                mention.skip = True
                continue
            if (verb_index is not None and tokens[verb_index].start >= match.end
                    and any(m.start >= tokens[verb_index].end and clause_of[m.start] == clause_of[match.start]
                            for m in data_matches)
                    and self._object_of_blocking_verb(match.start, tokens, clause_of, verbs)):
                # "删除个人信息、注销账号可能需要您提供实名身份信息": the data is the object of the control verb before
                # it; the practice verb after it has an object of its own
                mention.skip = True
                continue
            if verb_index is None:
                if self._user_control(match.start, tokens, clause_of) or self._after_blocking_verb(
                        match.start, tokens, clause_of):
                    mention.skip = True
                elif (own := self._term_verb_frames(text, match, default_actor, purposes, condition)) is not None:
                    # "电话权限 | 读取手机状态", "- 读取外部存储": the verb the term opens with is its predicate
                    mention.frames = own
                else:
                    later = self._topic_verb(text, match, tokens, verbs, clause_of, data_matches, all_parentheses)
                    later_frames = frames_for(later) if later is not None else None
                    if later_frames:
                        mention.frames = later_frames
                    else:
                        mention.inherit = True
                continue
            frames = frames_for(verb_index)
            if (frames and sentence.kind == "list_item" and tokens[verb_index].word in self.lex.user_provides
                    and any(tokens[verb_index].end <= a < match.start < b for a, b in all_parentheses)
                    # (a verb right after 、 names a listed item, "、绑定状态"; 根据 only introduces the basis)
                    and all(_followed_by_de(tokens, v) or tokens[v].word in BASIS_WORDS
                            or v > 0 and tokens[v - 1].word == "、" for v in verbs)):
                # "(1) 您的头像、昵称和您根据自身需求填写的基本资料（包括简介、性别、生日…）" under "我们会与关联公司共享以下
                # 信息：": a verbless item whose only verbs are the person's providing in relative clauses gives the
                # examples in the bracket after the described data its list's practice (GUIDELINES: a relative clause
                # on the user providing data that is the object of another practice gives no collect); the data the
                # relative clause ends in ("- 您亲自填写的手机号码、姓名") keeps the collection it states
                mention.inherit = True
                continue
            if frames is None and tokens[verb_index].end <= match.start and _followed_by_de(tokens, verb_index):
                # "对于我们需要但第三方无法提供的个人信息，我们仍会要求你提供": a relative clause that states no practice
                # leaves the topic to the practice verb of a later clause
                later = self._topic_verb(text, match, tokens, verbs, clause_of, data_matches, all_parentheses)
                frames = frames_for(later) if later is not None else None
            if (frames is None and tokens[verb_index].start >= match.end and verb_index > 0
                    and tokens[verb_index - 1].word == "默认" and tokens[verb_index].word in ("开启", "打开")):
                # "位置、相机…等系统权限并不会默认开启，只有在…时，我们才会向您申请相关权限": how the permissions are set by
                # default is no practice; the request of a later clause takes them
                later = self._topic_verb(text, match, tokens, verbs, clause_of, data_matches, all_parentheses)
                frames = frames_for(later) if later is not None else None
            if frames is None and tokens[verb_index].end <= match.start:
                # "不会将您提供给乐元素或者乐元素收集的您的个人信息（如手机号码…）与第三方服务商共享": the verbs before the data
                # describe it in a relative clause on the object of 将/把; the share verb after it is the predicate
                later = self._disposal_share_verb(match, verb_index, tokens, verbs, clause_of)
                frames = frames_for(later) if later is not None else None
            if frames is not None and tokens[verb_index].end <= match.start:
                stored = _stored_topic(text, match, tokens, verbs, verb_index)
                frames = (frames_for(stored) or frames) if stored is not None else frames
            kept = self._kept_by_agent(match.start, tokens, verbs, clause_of)
            if kept is not None and kept != verb_index and frames_for(kept):
                # the keeping by another party with no period stated is that processor's own handling: its collection
                # (GUIDELINES: processors), beside what the verb of the data's own predicate says
                period = KEPT_PERIOD.search(text) is not None
                kept_frames = [replace(f, action="collect") if f.action == "store" and not period else f
                               for f in frames_for(kept) or [] if f.actor != FIRST_PARTY]
                frames = kept_frames + [f for f in frames or [] if f not in kept_frames] or None
            if frames is not None and SDK_FORM_AFTER.match(text, match.end):
                # "您的应用列表（应用名称、应用包名、安装时间，通过 SDK 形式）": we and the SDK collect the item
                # (GUIDELINES: collecting through an SDK we embed)
                frames = frames + [replace(f, actor=THIRD_PARTY, actor_text=None) for f in frames
                                   if f.actor == FIRST_PARTY and f.action == "collect" and not f.negated]
            provided = SERVICE_PROVIDED_BY.search(text, 0, match.start) if frames and any(
                f.negated and f.action == "collect" and f.actor == FIRST_PARTY for f in frames) else None
            providers = [a for a in actors if provided and provided.start("party") <= a.start
                         and a.end <= provided.end("party") and a.value != FIRST_PARTY]
            if providers:
                # "该服务由第三方（阿里云）提供，我们仅收集验证结果，不会收集您的面部信息": the data we deny collecting is
                # collected by the provider of the service (the named one where the line names it)
                denial = next(f for f in frames if f.negated and f.action == "collect" and f.actor == FIRST_PARTY)
                frames = frames + [replace(denial, negated=False, actor=a.value, actor_text=a.phrase)
                                   for a in [a for a in providers if a.value != THIRD_PARTY] or providers[:1]]
            if (frames is None and sentence.kind == "list_item" and tokens[verb_index].end <= match.start
                    and PERSON_RELATIVE_ITEM.match(text, 0, match.start)
                    and _only_relative_verbs(text, tokens, verbs, clause_of, clause_of[match.start], match.start)):
                # "+ 您在 ULogViewer 中所輸入的日誌文字篩選字詞" under "我們會蒐集下列…資料：": an item that is the person's
                # relative clause on its data states no practice of its own and takes its list's
                mention.inherit = True
                continue
            closing_de = text.rfind("的", 0, match.start)
            if (sentence.kind == "list_item" and closing_de > 0 and PERSON_RELATIVE_ITEM.match(text, 0, match.start)
                    and EARLIER_ITEMS.fullmatch(text, closing_de + 1, match.start)
                    and all(tokens[v].end <= closing_de and tokens[v].word not in PERSON_GIVES
                            for v in verbs if clause_of[tokens[v].start] == clause_of[match.start])):
                # "1. 您访问网站的 IP 地址；", "8. 您在我们网站上使用的搜索词。" under "收集的信息包括以下内容：": an item that
                # is one noun phrase, the person's relative clause closed by 的 right before its data, states no practice
                # of its own (the person's visit or use is no use by us) and takes its list's; the person's providing
                # ("您填写的手机号码") keeps the collection it states
                mention.inherit, mention.frames = True, []
                continue
            if frames is None:
                mention.skip = True
            else:
                if _recorded_under(text, tokens[verb_index], match):
                    # "通过设备对应的标识符信息来记录你的点击", "通过您的账号记录": the means of collecting is used
                    frames = [replace(f, action="use") if f.action == "collect" else f for f in frames]
                elif (match.value == "usage.cookies" and tokens[verb_index].start >= match.end
                      and COOKIE_MEANS_BEFORE.search(text, 0, match.start)):
                    # "通过cookie或同类技术收集您的信息", "通过我们使用的cookie…来进行收集": the cookies are the means
                    # of the collection, used (GUIDELINES: cookies and what they obtain)
                    frames = [replace(f, action="use") if f.action == "collect" else f for f in frames]
                elif _learnt_through_cookies(text, tokens[verb_index], match):
                    # "利用Cookie和同类技术了解您的偏好和使用习惯": what cookies let us learn they collect (GUIDELINES)
                    frames = [replace(f, action="collect") if f.action == "use" else f for f in frames]
                elif self._contacted_through(text, tokens[verb_index], match):
                    # "通过您提供的手机号码向您发送…", "对于您提供的联系方式，我们可能会向其中的一种或多种发送多类通知"
                    frames = [replace(f, action="use") if f.action == "collect" else f for f in frames]
                elif (tokens[verb_index].word in ("展示", "显示") and tokens[verb_index].end <= match.start
                      and match.value != "personal_info" and not any(f.negated for f in frames)
                      and any(t.word in ("向", "给") for t in tokens[max(0, verb_index - 3):verb_index])
                      and self._recipient(verb_index, tokens, clause_of, actors) == "user"
                      and any(self.lex.verbs.get(tokens[v].word) in ("collect", "store") for v in verbs)):
                    # "…会暂时存储在您的设备中，…我们会向您展示您的搜索历史记录": the person's own records shown back to
                    # them are no use of their own beside the sentence's collection or storage of them
                    frames = [f for f in frames if f.action != "use"]
                elif tokens[verb_index].word == "基于" and not any(f.negated for f in frames) and any(
                        m.start("name") <= match.start and match.end <= m.end("name") for m in BASED_FEATURE.finditer(text)):
                    # "基于相机授权的附加功能", "基于位置信息的个性化推荐功能": the feature reads the data it is based on
                    frames = [replace(f, action="collect") if f.action == "use" else f for f in frames]
                elif (tokens[verb_index].word in PERMISSION_USE_VERBS
                      and 0 <= match.start - tokens[verb_index].end <= 12
                      and not text[match.start:match.end].endswith(("信息", "数据", "内容", "资料"))
                      and (text[match.start:match.end].endswith("权限") or PERMISSION_AFTER.match(text, match.end))):
                    # "我们会使用您设备上的相机拍摄功能", "同意我们使用手机通讯录权限": using a permission or a device
                    # function reads its data, a collection (GUIDELINES: permissions count as their data)
                    frames = [replace(f, action="collect") if f.action == "use" and f.verb == tokens[verb_index].word
                              else f for f in frames]
                if tokens[verb_index].end <= match.start and not any(f.negated for f in frames):
                    frames = frames + self._passed_on(text, match, tokens, verbs, clause_of, data_matches, frames_for)
                mention.frames = frames
        _continue_parentheses(text, mentions)
        _continue_examples(text, mentions)
        _drop_example_holders(text, mentions)
        _drop_permission_label_uses(text, mentions)
        _drop_mode_denials(text, mentions)
        _drop_note_definitions(text, mentions)
        _drop_purpose_item_activities(text, mentions)
        _drop_demonstratives(text, mentions)
        _drop_comment_acts(text, mentions)
        _consented_exception(text, mentions)
        _denial_exceptions(text, mentions)
        _drop_linked_accounts(text, mentions)
        _drop_system_not_data(text, mentions)
        _continue_relative_items(text, tokens, verbs, clause_of, mentions)
        _items_of_previous_sentence(text, tokens, verbs, clause_of, mentions)
        _ip_derived_location(text, original, mentions)
        _inferred_from_ip(text, mentions)
        _location_sources(text, mentions)
        _works_recommended_to_others(text, mentions)
        _collected_for_display(text, mentions)
        _synced_between_apps(text, mentions)
        self._continue_across_clauses(text, mentions)
        _entrusted_storage(text, actors, mentions)
        _applied_for_from_us(text, actors, mentions)
        _verified_through_party(text, mentions)
        _collected_through_services(text, mentions)
        if not any(m.data_type == "usage" for m in mentions):
            mentions.extend(self._analytics_tools_denied(text, actors))
        _used_for_display(text, any(w in text for w in self.lex.publication_words), mentions)
        _means_of_non_personal(text, mentions)
        _collected_by_others(text, actors, mentions)
        _collected_by_passive_agent(text, actors, mentions)
        _published_in_public_areas(text, mentions)
        _cookies_as_their_use(text, mentions)
        _scene_names(text, mentions)
        _forms_of_communication(text, mentions)
        _our_queries(text, mentions, default_actor, purposes, condition)
        _kept_as_logs(text, mentions)
        _device_files_not_stored(text, mentions)
        _shared_with_us(text, mentions)
        _provided_by_others(text, mentions)
        _kept_by_cookies(text, mentions)
        _allowed_device_use(text, mentions)
        _edited_profile_fields(text, mentions, default_actor, purposes, condition)
        _deleted_after_period(text, mentions, default_actor)
        sentence_frames: list[Frame] = []
        if intro:
            last_clause = clause_of[len(text.rstrip()) - 2] if len(text.rstrip()) >= 2 else 0
            # a run-in label before the introduction names its topic, not the practice: in "3.2 收集范围：我们可能收集的个人
            # 信息包括但不限于：" the items take our collection alone, not one by the section's default actor as well
            label = RUN_IN_LABEL.match(text)
            label_end = label.end() if label is not None and label.end() < len(text.rstrip()) - 1 else 0
            for verb_index in verbs:
                if clause_of[tokens[verb_index].start] >= last_clause - 1 and tokens[verb_index].start >= label_end:
                    sentence_frames.extend(frames_for(verb_index) or [])
            for verb_index in verbs if not sentence_frames else ():
                if clause_of[tokens[verb_index].start] >= last_clause - 1:
                    sentence_frames.extend(frames_for(verb_index) or [])
            if not sentence_frames:
                for verb_index in verbs:
                    sentence_frames.extend(frames_for(verb_index) or [])
            sentence_frames = _permissions_used(text, tokens, verbs, sentence_frames)
            if not sentence_frames and HAS_NONE_INTRO.match(text):
                sentence_frames = [Frame("collect", negated=True, actor=default_actor)]  # "当前扩展没有：": denied items
        kept_on_device = False
        if intro and keeps_on_own_device(text):
            sentence_frames, kept_on_device = _device_local_intro(text, sentence_frames)
        if intro and REDACTED_ITEMS_INTRO.search(text):
            # "敏感请求值会在保存前被脱敏，包括：": the items are what is masked, kept by no one (a list without practice)
            sentence_frames, kept_on_device = [], True
        bare_verb = (bare_information.start("verb") if bare_information is not None
                     else shared_thing[0] if shared_thing is not None else None)
        bare_frames = [f for v in verbs if tokens[v].start == bare_verb for f in frames_for(v) or []]
        back = DEMONSTRATIVE_OBJECT.match(text)
        back_frames = [f for v in verbs
                       if back is not None and back.start("verbs") <= tokens[v].start < back.end("verbs")
                       for f in frames_for(v) or [] if not f.negated]
        return SentenceAnalysis(mentions=mentions, frames=unique_frames(sentence_frames), intro=intro, has_verb=has_verb,
                                kept_on_device=kept_on_device,
                                bare_frames=unique_frames(bare_frames), back_frames=unique_frames(back_frames),
                                purposes=purposes, condition=condition,
                                background_clause=bool(any_match(self.lex.background_clauses, text)))

    def _disposal_share_verb(self, match, verb_index: int, tokens: list[Token], verbs: list[int],
                             clause_of: list[int]) -> int | None:
        """The share verb after the data in its clause when 将/把 opens the clause's object before `verb_index`, whose
        relative clause (closed by 的 before the data) describes the data ("将您提供给我们或者我们收集的您的个人信息…与第三方
        服务商共享")."""
        clause = clause_of[match.start]
        if not any(t.word in OBJECT_MARKERS and t.end <= tokens[verb_index].start and clause_of[t.start] == clause
                   for t in tokens):
            return None
        if not any(t.word == "的" and tokens[verb_index].end <= t.start and t.end <= match.start for t in tokens):
            return None
        return next((v for v in verbs if tokens[v].start >= match.end and clause_of[tokens[v].start] == clause
                     and self.lex.verbs.get(tokens[v].word) == "share"), None)

    def _party_before_transfer(self, verb_index: int, tokens: list[Token], clause_of: list[int], actors) -> bool:
        """Whether a party other than us is named right after 向/与/和/同/跟 before the verb in its clause, or after
        至/到/给 after its object, as the recipient of a bare 传输 ("向境外合作方传输", "传输您的 API Key 至第三方服务器")."""
        verb = tokens[verb_index]
        clause = clause_of[verb.start]
        for token in tokens[verb_index + 1:]:
            # "不会…传输您的 API Key 至第三方服务器": the party after the object, reached by 至/到/给
            if clause_of[token.start] != clause:
                break
            if token.word in ("至", "到", "给") and any(
                    0 <= m.start - token.end <= 4 and clause_of[m.start] == clause and m.value != FIRST_PARTY
                    for m in actors):
                return True
        for token in reversed(tokens[:verb_index]):
            if clause_of[token.start] != clause:
                return False
            if token.word in ("向", "与", "和", "同", "跟"):
                return any(0 <= m.start - token.end <= 6 and m.end <= verb.start and m.value != FIRST_PARTY
                           for m in actors) and self._recipient(verb_index, tokens, clause_of, actors) not in (
                    None, "user", FIRST_PARTY)
        return False

    def _party_before_sending(self, verb_index: int, tokens: list[Token], clause_of: list[int], actors) -> bool:
        """Whether a party other than us and other users is named right after 向 before the bare 发送 at `verb_index`
        in its clause, as its recipient ("服务也可能向该提供商发送相关卡牌", "不向开发者或第三方发送安全事件数据"); not
        "向您发送通知", "向您的设备发送一个或多个 Cookie" or what the person sends other users ("向其他用户发送私信")."""
        verb = tokens[verb_index]
        clause = clause_of[verb.start]
        for token in reversed(tokens[:verb_index]):
            if clause_of[token.start] != clause:
                return False
            if token.word == "向":
                named = any(0 <= m.start - token.end <= 6 and m.end <= verb.start and m.value != FIRST_PARTY
                            and not OTHER_USERS.match(m.phrase) for m in actors)
                # "向配置的 DeepSeek Messages 端点发送 API Key": an endpoint the person configured
                configured = CONFIGURED_RECIPIENT.match(text_after(tokens, token.end, 40)) is not None
                return (named or configured) and self._recipient(verb_index, tokens, clause_of, actors) not in (
                    None, "user", FIRST_PARTY)
        return False

    def _data_verb_frame(self, text: str, match, default_actor: str, purposes,
                         condition) -> tuple[str, list[Frame]] | None:
        """The data type and collection frame of a query that reads named data (查询 of the installed apps;
        `data_reads`), or of a verb that names its data (录音, 拍照, 截屏; `data_verbs` in mappings/cues/zh.yaml) standing
        as its clause's predicate after a modal, denial or manner adverb (`data_verb_leads`); the frame is denied when
        the lead is a denial. None for the noun or a feature name."""
        clause = re.split(r"[，,。；;：:！!？?]", text[:match.start])[-1]
        person = PERSON_OR_INABILITY.search(clause)
        if person is not None and not self._users_data_in_denied_list(text[match.start:match.end], clause, person):
            return None  # "您不得擅自录音", "无法查询已安装应用": the person's own act or duty, or a refusal's outcome
        read = next((word for word in self.lex.data_reads.get(match.value, ()) if clause.endswith(word)), None)
        if read is not None:
            # "用途：查询已安装的应用列表": the service's query of the named data reads it (a person's query of their
            # own data has the person in the clause)
            negated = any(word in clause for word in self.lex.negations)
            return match.value, [Frame("collect", negated=negated, actor=default_actor, purposes=purposes,
                                       condition=None if negated else condition, verb=read)]
        data_type = self.lex.data_verbs.get(text[match.start:match.end])
        if data_type is None or match.end < len(text) and text[match.end] in "的功权":
            return None
        lead = next((p.search(clause) for p in self.lex.data_verb_leads if p.search(clause)), None)
        if lead is None:
            return None
        # a bare 无 ("无第三方分析服务") denies as 没有 does
        negated = (any(word in lead.group(0) for word in self.lex.negations)
                   or lead.group(0).lstrip("当前目前现在也并均都").startswith("无"))
        # what the service says it does not have, contain or use ("扩展当前不使用远程翻译、分析、遥测…接口", under a heading
        # on third-party services) is its own denial
        actor = FIRST_PARTY if negated and NOT_HAVING.search(lead.group(0)) else default_actor
        frames = [Frame("collect", negated=negated, actor=actor, purposes=purposes,
                        condition=None if negated else condition, verb=text[match.start:match.end])]
        if negated and THIRD_PARTY_KIND.search(lead.group(0)) and actor != THIRD_PARTY:
            # "无第三方分析服务", "App 不包含第三方分析或广告 SDK": a third party's tool of that kind denied is denied for the
            # third party too (GUIDELINES: "We do not use third-party analytics services" → first_party and third_party)
            frames.append(replace(frames[0], actor=THIRD_PARTY))
        return data_type, frames

    def _users_data_in_denied_list(self, word: str, clause: str, person) -> bool:
        """Whether the only person word of the clause before a word of `data_verbs` is 用户 naming whose data an earlier
        item of the list a denying lead opens is ("不使用用户行为统计、遥测、Cookie"): the users' data, not the person's act."""
        if word not in self.lex.data_verbs or person.group(0) != "用户":
            return False
        lead = next((p.search(clause) for p in self.lex.data_verb_leads if p.search(clause)), None)
        return (lead is not None and NOT_HAVING.search(lead.group(0)) is not None and person.start() >= lead.start()
                and not PERSON_OR_INABILITY.search(clause, person.end()))

    def _find_data(self, text: str) -> list:
        """The data terms of `text`, less a service or tool of a data-making kind with no denying lead ("以提供统计分析
        服务", "启用分析工具 Cookie", "提供广告、分析服务的合作伙伴"): no data, no item of the sentence's lists and no data
        inside a party's name (see `_names_data_service`)."""
        found = self.data.find(text)
        if not found:
            return found
        return [m for m in found if not self._names_data_service(text, m)
                or self._data_verb_frame(text, m, FIRST_PARTY, (), None) is not None]

    def _names_data_service(self, text: str, match) -> bool:
        """Whether the mention is a word of `data_verbs` naming a service, tool or SDK of that kind ("分析服务",
        "追踪工具", "崩溃上报服务"; `data_verb_services`): its data only when a denying lead makes it the predicate."""
        return (text[match.start:match.end] in self.lex.data_verbs
                and any_match(self.lex.data_verb_services, text[match.end:match.end + 16]) is not None)

    def _term_verb_frames(self, text: str, match, default_actor: str, purposes, condition) -> list[Frame] | None:
        """The collection frame of a data term that opens with the verb reading or writing its data ("读取外部存储",
        "读取手机状态"; `term_verbs` in mappings/cues/zh.yaml) when no verb of the sentence governs it: the permission
        the term names is the service's access to that data. None for other terms, for the name of the permission
        itself ("写入外部存储权限", "读取设备信息和存储权限是…", left to its list or sentence), and in a clause naming
        the person, a refusal or a denial ("您可以读取…", "无法读取…", "如您拒绝…，将不读取短信内容")."""
        term = text[match.start:match.end]
        verb = next((word for word in self.lex.term_verbs if term.startswith(word) and len(term) > len(word)), None)
        if verb is None:
            return None
        clause = re.split(r"[，,。；;：:！!？?]", text[:match.start])[-1]
        rest = re.split(r"[，,。；;：:！!？?]", text[match.end:])[0]
        if (re.search(r"您|你|用户|无法|不能|拒绝|关闭|禁止|撤回", clause) or "权限" in rest
                or any(word in clause for word in self.lex.negations)):
            return None
        return [Frame("collect", actor=default_actor, purposes=purposes, condition=condition, verb=verb)]

    def _passed_on(self, text: str, match, tokens: list[Token], verbs: list[int], clause_of: list[int], data_matches,
                   frames_for) -> list[Frame]:
        """The share frames of a verb that passes on the data list the mention ends or stands in, joined to it by 并
        ("我行会收集您的充值号码、网银客户号并提交给话费充值服务商", "我们会上传您的支付信息…、操作系统，并共享给第三方支付
        SDK"): the data collected is also given to that party. A keeping verb joined by 并 keeps it as well
        ("我们会收集您的聊天记录，并保存在我们的服务器上" → store), unless it keeps it on the person's own device."""
        for v in verbs:
            action = self.lex.verbs.get(tokens[v].word)
            if tokens[v].start < match.end or action not in ("share", "store") and tokens[v].word not in self.lex.provide:
                continue
            between = "".join(c for i, c in enumerate(text[match.end:tokens[v].start], match.end)
                              if not any(m.start <= i < m.end for m in data_matches))
            between = re.sub(r"[（(][^（）()]*[）)]", "", between)
            if not PASSED_ON_GAP.fullmatch(between):
                return []
            if action == "store":
                if "并" not in between or ON_OWN_DEVICE_AFTER.match(text, tokens[v].end):
                    return []
                return [f for f in frames_for(v) or [] if f.action == "store" and not f.negated]
            return [f for f in frames_for(v) or [] if f.action == "share" and not f.negated]
        return []

    def _continue_across_clauses(self, text: str, mentions: list[Mention]) -> None:
        """Carry practices a later clause states of data named before it: a denial of transfer abroad after storage in
        China, an upload denial, a merger. A pronoun object (将其 / 把它们) names no data, so "收集您的手机号码，并将其
        共享给短信服务商" gives no share (GUIDELINES: personal pronouns are read as demonstratives)."""
        for found in ABROAD_DENIAL.finditer(text):
            if not STORED_IN_COUNTRY.search(text, 0, found.start()):
                continue
            denial = Frame("share", negated=True, actor=FIRST_PARTY, recipient=THIRD_PARTY)
            for mention in mentions:
                if (mention.end <= found.start() and not mention.skip and mention.frames
                        and any(not f.negated for f in mention.frames) and denial not in mention.frames):
                    mention.frames = mention.frames + [denial]
        self._continue_upload_denials(text, mentions)
        self._drop_kept_on_own_device(text, mentions)
        _continue_merger(text, mentions)

    @staticmethod
    def _continue_upload_denials(text: str, mentions: list[Mention]) -> None:
        """Data named before a clause that denies uploading it ("…仅在您的穿戴设备上显示，不会上传至我们的服务器") is not
        collected by us; kept or shown only on the person's own device before it, it is not stored by us either."""
        for found in UPLOAD_DENIAL.finditer(text):
            denial = Frame("collect", negated=True, actor=FIRST_PARTY)
            local = ON_OWN_DEVICE.search(text, 0, found.start()) is not None
            for mention in mentions:
                if mention.end > found.start() or mention.skip or denial in mention.frames:
                    continue
                if not mention.frames:
                    # "您扫描和保存的文件仅在本地进行处理，不会上传至云端": data handled only on the device in the
                    # denial's sentence, with no practice of its own
                    if local and not re.search(r"[。；;]", text[mention.end:found.start()]):
                        mention.frames = [denial]
                    continue
                kept = [f for f in mention.frames if f.negated or not (local and (f.action == "store" or f.verb in SHOWING_VERBS))]
                mention.frames = kept + [denial]
        for found in UNSAID_UPLOAD_DENIAL.finditer(text):
            kept_at = [k for k in KEPT_LOCALLY.finditer(text, 0, found.start())
                       if not re.search(r"[。；;]", text[k.end():found.start()])]
            if not kept_at:
                continue
            denial = Frame("collect", negated=True, actor=FIRST_PARTY)
            for mention in mentions:
                if mention.end > kept_at[-1].start() or mention.skip or denial in mention.frames:
                    continue
                if re.search(r"[。；;]", text[mention.end:kept_at[-1].start()]):
                    continue  # data of an earlier sentence
                mention.frames = [f for f in mention.frames if f.negated or f.action != "store"] + [denial]
        for found in LEAVES_NO_DEVICE.finditer(text):
            denial = Frame("collect", negated=True, actor=FIRST_PARTY)
            for mention in mentions:  # the data named before it in its clause
                if (mention.end <= found.start() and not mention.skip and denial not in mention.frames
                        and not re.search(r"[，,。；;：:]", text[mention.end:found.start()])):
                    mention.frames = [f for f in mention.frames if f.negated] + [denial]
        for found in LEAVES_NO_DEVICE_CLAUSE.finditer(text):
            denial = Frame("collect", negated=True, actor=FIRST_PARTY)
            for mention in mentions:  # the data named before it in its sentence, whose keeping there is no store by us
                if (mention.end <= found.start() and not mention.skip and denial not in mention.frames
                        and not re.search(r"[。；;]", text[mention.end:found.start()])):
                    mention.frames = [f for f in mention.frames if f.negated or f.action != "store"] + [denial]

    @staticmethod
    def _drop_kept_on_own_device(text: str, mentions: list[Mention]) -> None:
        """"您的聊天记录仅存储在您的设备上": the keeping verb placing the data only on the person's own device states
        no retention by us, so its store frames go (the collection or use the sentence states otherwise stays)."""
        for found in KEPT_ON_OWN_DEVICE.finditer(text):
            verb = next(group for group in found.groups() if group)
            for mention in mentions:  # the data named before it ("…，接收者将您的通信内容存储至其收藏" stays)
                if mention.frames and not mention.skip and mention.end <= found.start():
                    mention.frames = [f for f in mention.frames if f.negated or f.action != "store" or f.verb != verb]
        for found in KEPT_LOCALLY_BEFORE.finditer(text):
            # "您的设备本地临时存储的聊天记录和文件": the data after it in its clause, kept there by that verb
            verb = next(group for group in found.groups() if group)
            for mention in mentions:
                if (mention.frames and not mention.skip and mention.start >= found.end()
                        and not CLAUSE_END.search(text, found.end(), mention.start)):
                    mention.frames = [f for f in mention.frames
                                      if f.negated or f.action not in ("store", "collect") or f.verb != verb]

    def _analytics_tools_denied(self, text: str, actors) -> list[Mention]:
        """A catalogued analytics tool named as not used or integrated, or as where uploads were switched off ("已按照文档
        关闭了所有到 Google Analytics 的数据上传", "我们不使用 Google Analytics"): not_collect usage by first_party and by the
        tool (GUIDELINES: a denial of using a named analytics tool denies it for both); the usage mention, else []."""
        for actor in actors:
            entity = self.entities.get(actor.value)
            if entity is None or entity.category != "analytics":
                continue
            before = text[max(0, actor.start - 24):actor.start]
            if not (ANALYTICS_NOT_USED_BEFORE.search(before) or ANALYTICS_UPLOAD_OFF_BEFORE.search(before)
                    and ANALYTICS_UPLOAD_AFTER.match(text, actor.end)):
                continue
            return [Mention(data_type="usage", term=text[actor.start:actor.end], start=actor.start, end=actor.end,
                            frames=[Frame("collect", negated=True, actor=FIRST_PARTY, verb="上传"),
                                    Frame("collect", negated=True, actor=actor.value, verb="上传")])]
        return []

    def is_intro_continuation(self, text: str) -> bool:
        """An intro without its own verb ("此类信息包括：") continues the previous sentence's predicate."""
        return bool(INTRO_WORDS.search(text))

    def _actors(self, text: str, aliases: tuple[str, ...], other_names: tuple[str, ...] = ()):
        """Actor mentions: named entities, generic parties, this document's names for the first party and the short
        names it gives other companies (third parties)."""
        found = self.entities.find(text, "zh")
        for push in MAKERS_PUSH.finditer(text):
            # the makers' push SDKs named as one, not the uncatalogued "push sdk" inside it
            found = [o for o in found if not (o.value == THIRD_PARTY and push.start() <= o.start and o.end <= push.end())]
            if not any(o.start < push.end() and push.start() < o.end for o in found):
                found = sorted(found + [Match(push.start(), push.end(), THIRD_PARTY, push.group())],
                               key=lambda m: m.start)
        if aliases:
            # (not the start of its group's name: "我们不会与阿瓦隆集团公司以外的任何公司…分享" beside the own name 阿瓦隆)
            names = [m for m in self._alias_matches(text, aliases) if not text.startswith("集团", m.end)]
            # an alias spelled as a catalogued name is the policy's own ("使用百度地图" in 百度地图's policy)
            found = [o for o in found if not any(m.start == o.start and m.end == o.end for m in names)]
            extra = [m for m in names if not any(o.start < m.end and m.start < o.end for o in found)]
            found = sorted(found + extra, key=lambda m: m.start)
        for name in other_names:
            folded = fold(name)
            for at in [m.start() for m in re.finditer(re.escape(folded), text)]:
                if not any(o.start < at + len(folded) and at < o.end for o in found):
                    found = sorted(found + [Match(at, at + len(folded), THIRD_PARTY, folded)], key=lambda m: m.start)
        return _providers_of_described_sdks(text, found)

    def _alias_matches(self, text: str, aliases: tuple[str, ...]):
        """Where this document's names for the first party occur in `text`."""
        if not aliases:
            return []
        if self._alias_key != aliases:
            self._alias_key = aliases
            self._alias_matcher = PhraseMatcher()
            for alias in aliases:
                self._alias_matcher.add(alias, FIRST_PARTY)
        return self._alias_matcher.find(text)

    def names_party(self, text: str, aliases: list[str] | tuple[str, ...] = (),
                    other_names: tuple[str, ...] | list[str] = ()) -> bool:
        """Whether the sentence names any party, us included (our names in `aliases`), the user aside."""
        return bool(self._actors(fold(text), tuple(aliases), tuple(other_names)))


# before an analytics tool: a denial of using or integrating it ("不使用", "未集成任何"), or uploads to it switched off
# ("关闭了所有到 … 的数据上传", with ANALYTICS_UPLOAD_AFTER)
ANALYTICS_NOT_USED_BEFORE = re.compile(r"(?:不|未|并未|没有|从不|不会)(?:使用|集成|接入|嵌入|启用)(?:任何)?\s*$")
ANALYTICS_UPLOAD_OFF_BEFORE = re.compile(r"(?:关闭|停用|禁用)了?(?:所有|全部)?的?(?:到|向|发往|至)\s*$")
ANALYTICS_UPLOAD_AFTER = re.compile(r"\s*的?(?:数据|信息)?(?:上传|上报|发送|传输)")
ANALYTICS_DENIAL_WORDS = re.compile(r"(?:不|未|没有)(?:使用|集成|接入|嵌入|启用)|关闭|停用|禁用")  # a cheap test first
# the person (or an inability) in the clause before a word of `data_verbs`: the person's own act or a refusal's outcome
PERSON_OR_INABILITY = re.compile(r"您|你|用户|无法|不能")
# a backup, log, report or request as the subject of the sentence's statement of its contents, up to the data that an
# exclusion leaves out of it ("JSON 备份包含论文文字…，不包含模型凭据", "这些记录可能包含…，但绝不包含文件内容", "请求不包含剪贴板内容")
ARTIFACT_CONTENTS = re.compile(
    r"(?:^|(?<=[。；;]))[^，,。；;：:的]{0,12}?(?:(?P<request>请求)|备份|诊断(?:文本|报告|记录|信息|数据)|崩溃报告|日志|记录|快照)"
    r"(?:文件)?(?:只|仅|均|也|都|可能|会|将)*(?:包含|含有|包括|不包含|不含)[^。；;]*$")
# a request as the subject of a denial that it carries data, or as where data is not put ("请求不携带 Cookie、凭据",
# "这些请求不会附带…", "不会在这些请求中主动加入个人标识"), up to the data it leaves out
REQUEST_LEAVES_OUT = re.compile(
    r"(?:(?:^|(?<=[。；;，,]))[^，,。；;：:的]{0,12}?请求(?:中)?(?:均|也|都)?(?:不会|并不会|绝不会|不|并不|绝不|从不)"
    r"(?:会)?(?:携带|附带|带有|带上)|(?:不会|并不会|绝不会|不|从不)在(?:这些|该|此|上述)?请求中(?:主动|额外)?"
    r"(?:加入|添加|附带|携带))[^。；;]*$")
# the clause of the exception after a denial ("…，但您的角色昵称、排行榜成绩等游戏内公开信息除外"), up to the data
# a denial of having, containing, using or doing something ("没有…", "不包含…", "不使用…", "不做…")
NOT_HAVING = re.compile(r"没有|不做|不进行|不开展|不包含|不含|不使用|不集成|不运营|无")
# the third party owning the kind of tool a denying lead ends on ("无第三方分析服务", "不使用任何第三方分析服务"), also an
# outside one owning the kinds listed ("网站不使用任何外部广告或分析追踪工具")
THIRD_PARTY_KIND = re.compile(r"(?:第三方|外部)(?:[^，,。；;、或和及]{1,10}?(?:、|或者|或|和|及|以及))?\s*$")
EXCEPTED_AFTER_DENIAL = re.compile(r"[，,]\s*(?:但|但是)[^，,。；;]*$")


# a list item opening on the person as the subject of a relative clause, with no clause break before its data, also
# after the item's own number ("1. 您访问网站的 IP 地址；", "3）您访问我们网站的日期和时间")
PERSON_RELATIVE_ITEM = re.compile(r"[\s*]*(?:[（(]?\d{1,2}[.、．)）]\s*)?(?:您|你)[^，,：:；;。]*$")
# the person's verbs that hand data over ("您填写的手机号码", "您上传的照片"): a relative clause with one of them keeps
# the collection it states
PERSON_GIVES = ("提供", "填写", "上传", "输入", "提交", "录入", "补充", "完善", "发布", "分享", "告知", "上报")
# the items of a list between the 的 closing a relative clause and a later item ("的浏览器、操作系统类型")
EARLIER_ITEMS = re.compile(r"\s*(?:[^、，,；;。：:的]{1,12}(?:、|和|及|与)\s*)*")


def _device_local_intro(text: str, frames: list[Frame]) -> tuple[list[Frame], bool]:
    """The frames of a list introduction keeping its items on the person's own device ("以下数据仅存储在您的本地设备上，不会
    被传输至任何外部服务器："): the keeping is no retention by us, and a denial of uploading them, to no party or to
    external servers, is their `not_collect` by us, no sharing denial (GUIDELINES: device-local data). With no such
    denial and no other practice, the items stay with the person (the second value: a list without practice)."""
    frames = [f for f in frames if f.negated or f.action != "store"]
    if (contrasted := UPLOAD_CONTRASTED.search(text)) is not None:
        # "…保存在您的设备上，而不是自动上传到…": the upload named in the contrast is no practice
        frames = [f for f in frames if f.negated or f.verb != contrasted.group("verb")]
    if denies_upload(text):
        frames = [f for f in frames if not (f.negated and f.action == "share")]
        frames.append(Frame("collect", negated=True, actor=FIRST_PARTY))
    return frames, not frames


# the modal words between a receiving party and 收到 ("接收方可能收到", "这些提供方可能会收到", "Twilio 也会收到")
RECEIVER_MODALS = re.compile(r"\s*(?:可能|会|将|也|还|均|都|亦|仅|只|同样|则|能够|能|可以|可)*\s*")


def _party_receives(text: str, start: int, actors) -> bool:
    """A party other than us and the person right before 收到 at `start`, with only modals between ("接收方可能收到 API
    Key、提示词", "这些提供方可能会收到返回歌词所需的搜索请求"): what it receives is what we send it (see
    PARTNER_RECEIVING_VERBS)."""
    return any(m.value not in (FIRST_PARTY, "user") and m.end <= start
               and RECEIVER_MODALS.fullmatch(text, m.end, start) is not None for m in actors)


def _receives_account_data(end: int, data_matches) -> bool:
    """收到 right before a term of the person's account ("我們會在您提出後收到使用者名稱和大頭照資料"): what the service
    receives, as "收到您的…"; a message, notice or e-mail the person is sent is no account term."""
    return any(m.start == end and str(m.value).startswith(RECEIVED_DIRECT_TYPES) for m in data_matches)


# another party named right after the 的 that closes a relative clause on the data ("使用简历的招聘方", "接收您的信息的这些
# 实体", "处理您个人信息的公司"): the clause says what that party does
PARTY_AFTER_RELATIVE = re.compile(r"的(?:这些|那些|该等|该|此类|此等|任何|其他|其它)?(?:招聘方|招聘者|招聘企业|用人单位|实体|公司|企业|"
                                  r"机构|组织|第三方|合作方|合作伙伴|服务商|服务提供商|服务提供者|供应商|开发者|开发商|商家|"
                                  r"接收方|受托方|受托人)")
# the words allowed between the verb and the data in such a clause: the person or us as the data's owner
RELATIVE_OWNER = re.compile(r"^\s*(?:(?:您|你|用户|我们)的?)?\s*$")


# a relative clause on a party naming the data it supplies to us ("为我们提供位置数据的地图服务供应商", "向我们提供广告数据的合作伙伴")
SUPPLIED_TO_US_BEFORE = re.compile(r"(?<![您你])(?:为|向)(?:我们|我方|我行|本公司)提供(?:您的|你的|用户的)?$")
SUPPLYING_PARTY_AFTER = re.compile(r"的[^，,。；;、：:（()）]{0,8}?(?:供应商|服务商|提供商|提供方|提供者|合作伙伴|合作方|第三方|机构)")


def _describes_party(text: str, match, verb: Token) -> bool:
    """Whether the verb before the data and the data form a relative clause on another party that acts ("对使用简历的
    招聘方进行资质审核", "只有接收您的信息的这些实体在合同上有责任…"): that party's act, not ours, and no practice of the
    sentence's own actor (GUIDELINES: a relative clause only identifies what it describes)."""
    return (verb.end <= match.start and RELATIVE_OWNER.match(text[verb.end:match.start]) is not None
            and PARTY_AFTER_RELATIVE.match(text, match.end) is not None)
