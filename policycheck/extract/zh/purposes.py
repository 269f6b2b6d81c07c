"""Purpose stage (`PurposeRules`, a mixin of `ChineseAnalyzer`): purpose phrases (`_purposes`, 用于/以便/为了…),
conditions (`_condition`, 当您…时/经您同意后…) and when-clauses of a permission."""

from __future__ import annotations

import re

from ...taxonomy.matcher import Match
from .clauses import _inside, _used_for_item
from .tokens import Token
from .words import (NOT_LABEL_PURPOSE, NOT_PURPOSE, OBJECT_FILLER, PARTY_IN_CLAUSE, PERMISSION_LABEL_PURPOSE,
                    PERMISSION_REQUEST_AFTER, PERSON_OPENS_PURPOSE, PURPOSE_BEFORE_PERMISSION, PURPOSE_USER_ACTS,
                    POSSESSIVE, PURPOSE_END, PURPOSE_SUBJECT, USER_ACT_WHEN, VERIFY_VERBS)


# what may stand right before a 用于 that opens a relative clause on the data after it: the start of the text or of a
# clause, or the object marker 将/把
USED_FOR_OPENING = re.compile(r"(?:^|[，,；;。：:]|将|把)\s*$")
# the short relative clause up to its 的, not the person's or a party's (您的, 我们的)
USED_FOR_RELATIVE = re.compile(r"[^，,；;。：:的]{1,12}?(?<![您你们其])的\s*")
# a predicate right after the data the relative clause describes ("…会发送给", "…发送给", "…将被上传")
DATA_PREDICATE_AFTER = re.compile(r"\s*(?:会|将|可能|也|仅|只|被|由|不|都|均|从|发送|上传|传输|提交|共享|存储|保存)")


class PurposeRules:
    """Purposes and conditions."""

    # -- purposes and conditions -------------------------------------------------------------------------
    def _user_act_before_permission(self, text: str, match: Match, verb: Token) -> bool:
        """Whether the data is named only in a when-clause of what the user does, before a permission the sentence asks
        for ("在您上传相关图片视频（包括上传头像）时，需要调用您设备的存储权限", "相册权限：仅在您更换头像或发布图片时申请"):
        data named only as what the user will do with a permission gets no tuple of its own (GUIDELINES); the
        permission itself keeps its data."""
        for when in USER_ACT_WHEN.finditer(text):
            if not (when.start() <= verb.start and match.end <= when.end()) or when.start() > match.start:
                continue
            if PARTY_IN_CLAUSE.search(when.group()) or "权限" not in text:
                return False
            return True
        for purpose in PURPOSE_BEFORE_PERMISSION.finditer(text):
            # "为了实现添加或接收附件或图片，我们将申请获取你的存储权限": the purpose the permission is asked for names what
            # the person will do with it; the permission keeps its data
            if not (purpose.start() <= verb.start and match.end <= purpose.end()) or purpose.start() > match.start:
                continue
            return (not PARTY_IN_CLAUSE.search(purpose.group())
                    and PERMISSION_REQUEST_AFTER.match(text, purpose.end()) is not None)
        return False

    def _purpose_spans(self, text: str, token_starts: set[int]) -> list[tuple[int, int]]:
        """(start, end) of each purpose phrase: from the end of its marker (用于, 以便, 为了…) to the end of its clause
        or parenthesis, or to the subject of the main clause ("为了创建账户您需要提供…"), or to the 而 that leads to the
        main predicate ("为了保护…安全免遭损害而有必要提供您的个人信息给第三方"). "可用于…" and "您用于登录的帐号" describe
        data, not a purpose."""
        spans = []
        for marker in self._purpose_markers(text, token_starts):
            if NOT_PURPOSE.search(text, 0, marker.start()):
                continue
            if marker.group().startswith("用于") and _used_for_item(text, marker.start(), marker.end()):
                continue  # "您的移动设备、网页浏览器或用于接入我们服务的其他程序所提供的配置信息": an item of the list, not a purpose
            if marker.group().startswith("用于") and self._used_for_data_subject(text, marker.start(), marker.end()):
                continue  # "用于压缩的对话内容会…发送给你选择的 API 提供商": the relative clause describes the data handled
            end = marker.end()
            while end < len(text) and text[end] not in PURPOSE_END and not (
                    text[end] == "而" and end in token_starts and end + 1 in token_starts):
                end += 1
            subject = PURPOSE_SUBJECT.search(text, marker.end(), end)
            if subject and subject.group()[:1] in ("您", "你") and not text[marker.end():subject.start()].strip():
                # "以供您上传或保存班级头像", "以便您能够查看…": the person right after the marker is the purpose's own
                # subject, not the main clause's (we after it stay the subject of a practice: "以便我们基于您的地理位置…")
                subject = PURPOSE_SUBJECT.search(text, subject.end(), end)
            spans.append((marker.end(), subject.start() if subject else end))
        return spans

    def _used_for_data_subject(self, text: str, start: int, end: int) -> bool:
        """Whether 用于 at start..end, opening its clause or right after 将/把, opens a short relative clause closed by 的
        right before the data that a predicate then follows ("用于压缩的对话内容会…发送给…", "将用于验证的手机号码发送给运营
        商"): the clause describes that data, the subject or object of the predicate, and is no purpose."""
        if not USED_FOR_OPENING.search(text, 0, start):
            return False
        of = USED_FOR_RELATIVE.match(text, end)
        if of is None:
            return False
        data = next((m for m in self.data.find(text[of.end():of.end() + 20]) if m.start == 0), None)
        return data is not None and DATA_PREDICATE_AFTER.match(text, of.end() + data.end) is not None

    def _purpose_markers(self, text: str, token_starts: set[int] | None):
        """Matches of the purpose markers (用于, 以便, 为了…) that start a word or a clause: "使用以上" holds no "用以"."""
        for pattern in self.lex.purpose_markers:
            for marker in pattern.finditer(text):
                if token_starts is None or marker.start() in token_starts or text[marker.start()] in "，,；;":
                    yield marker

    def _purpose_object(self, text: str, match: Match, verb_index: int | None, tokens: list[Token],
                        purpose_spans: list[tuple[int, int]], data_matches: list[Match]) -> bool:
        """Whether a data mention names what something is for, not data handled: it lies in a purpose phrase
        ("相册：用于文件缓存、识别二维码、人脸识别认证"), unless the phrase states a practice on it directly
        ("以便获取您的位置信息", "用于保存游戏截图")."""
        span = next(((a, b) for a, b in purpose_spans if a <= match.start < b), None)
        if span is None:
            return False
        if (verb_index is not None and span[0] <= tokens[verb_index].start < match.start
                and tokens[verb_index].word in PURPOSE_USER_ACTS
                and PERSON_OPENS_PURPOSE.match(text, span[0], tokens[verb_index].start)):
            # "以供您上传或保存班级头像", "方便您输入充值手机号", "以便您能够在本产品内查看您的使用历史记录": what the person
            # will do, named as the purpose, gets no tuple of its own (GUIDELINES: data named only in the purpose of a
            # permission, as what the user will do with it)
            return True
        term = re.sub(r"^(?:您|你)的", "", text[match.start:match.end])  # "来完善您的信息": the person's, not a description
        if "的" in term or (text[match.start - 1:match.start] == "的"
                                                   and not POSSESSIVE.search(text, 0, match.start)):
            return False  # "不会共享用于识别您个人身份的信息": the phrase describes the data it ends in
        if (verb_index is None or self.lex.verbs.get(tokens[verb_index].word) not in ("collect", "share", "store")
                or tokens[verb_index].word in VERIFY_VERBS):
            return True  # (nor does a check as a purpose: "为了验证您的身份信息，…")
        if tokens[verb_index].end > match.start:
            return True
        # the verb's object, or a list of data after it ("用于获取手机设备信息、运营商网络和本机手机号")
        between = [text[i] for i in range(tokens[verb_index].end, match.start)
                   if not any(m.start <= i < m.end for m in data_matches)]
        return len(OBJECT_FILLER.sub("", "".join(between))) > 4

    def _purposes(self, text: str, original: str | None = None, token_starts: set[int] | None = None) -> list[str]:
        """The purpose phrases of a sentence, from a marker that starts a word to the end of its clause; with no marker,
        the features a permission item's label is followed by ("相机权限：拍照识字、扫码登录电视版")."""
        original = original or text
        found: list[str] = []
        for marker in self._purpose_markers(text, token_starts):
            if marker.group().startswith("用于") and self._used_for_data_subject(text, marker.start(), marker.end()):
                continue  # "用于压缩的对话内容会…发送给…": no purpose (see `_purpose_spans`)
            start = marker.end()
            end = start
            while end < len(text) and text[end] not in "，,；;。！？!?":
                end += 1
            purpose = original[start:end].strip(" ：:（）()")
            if 2 <= len(purpose) <= 80 and purpose not in found:
                found.append(purpose)
        if not found and "权限" in text and (label := PERMISSION_LABEL_PURPOSE.match(text)) is not None:
            # "相机权限：拍照识字、扫码登录电视版": the features after a permission's label are what it is for
            purpose = original[label.start("purpose"):label.end("purpose")].strip()
            if not NOT_LABEL_PURPOSE.search(label.group("purpose")):
                found.append(purpose)
        return found

    def _condition(self, text: str, refusal_spans: list[tuple[int, int]], original: str | None = None) -> str | None:
        original = original or text
        found = []
        for pattern in self.lex.condition_markers:
            for match in pattern.finditer(text):
                if _inside(match.start(), refusal_spans):
                    continue
                span = original[match.start():match.end()].strip("，,；; ")
                if span and span not in found:
                    found.append(span)
        return "；".join(found) if found else None
