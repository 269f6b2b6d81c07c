"""Negation stage (`NegationRules`, a mixin of `ChineseAnalyzer`): whether a verb is denied (`_negated`), blocked by a
verb of obligation, safeguard or user control, or excluded (不包括…, …除外)."""

from __future__ import annotations

import re

from ..lexicon import any_match
from .clauses import _after_unopened_bracket, _inside, _parentheses
from .context import PREVENTED_GAP
from .postpass import CLOSED_PARENTHESES, IDENTIFYING_TYPES, LEAVES_OUT
from .tokens import Token, _followed_by_de, _words
from .words import (CLAUSE_PUNCT, CONFORMITY_WORDS, CONJUNCTIONS, DUTY_WORDS, NEGATION_WINDOW, OBLIGATION_WORDS,
                    OBLIGED, PASSIVE, SAFEGUARD_WORDS, UNABLE_PEOPLE)


# negations that can name a state ("未绑定…的用户", "…未完成实名认证")
STATE_NEGATIONS = {"未", "没有", "从未", "尚未"}
# the people a negated verb describes, right after its object ("未绑定银行卡的用户")
DESCRIBED_PEOPLE = re.compile(r"[^，,。；;：:、]{0,12}?的(?:用户|客户|会员|持卡人)(?![\u4e00-\u9fff]?(?:信息|数据|资料|名|账号|帐号))")
# the need that 没有 says is lacking in a when-clause, closing its object ("当我们没有这些需要使用到您的个人信息的正当业务需求时"): the lack
# of a need, the verb before it only describing that need
LACKED_NEED = re.compile(r"[^，,。；;：:]{1,40}?的(?:正当|合理|合法)?(?:业务|商业)?(?:需求|需要|必要|理由)时")
# a condition whose subject is a thing or another party, up to the negation ("如果财付通反馈相应的支付账户", "如你使用的手机号";
# not "如您", "若我们")
THING_CONDITION = re.compile(r"(?:^|[，,；;])\s*(?:如果|若|假如|倘若|如)(?:(?:您|你)[^，,。；;]{0,8}的)?(?![您你我])[^，,。；;]{1,20}$")
# the keeping verb right before the data of an exception ("…而保留您的个人信息的除外", "需要保存您的…的除外")
KEPT_IN_EXCEPTION = re.compile(r"(?:保留|保存|存储|留存|储存)(?:您|你|用户)?的?$")


def _opens_and_ends_clause(tokens: list[Token], first: int, last: int, clause_of: list[int]) -> bool:
    """Whether tokens `first` and `last` are the first and last words of their clause (marks aside): 无 opening a noun
    phrase that a practice verb ends ("无 `UIDevice` 相关采集", "无任何数据收集"), where the verb is a noun denied."""
    clause = clause_of[tokens[first].start]
    return not any(clause_of[t.start] == clause and re.search(r"\w", t.word)
                   for t in tokens[:first] + tokens[last + 1:])


class NegationRules:
    """Denials, blocking verbs and exclusions."""

    def _negated(self, verb_index: int, tokens: list[Token], clause_of: list[int]) -> bool | None:
        """True for a denial, False for none, None for a negated limit of scope."""
        clause = clause_of[tokens[verb_index].start]
        depth = 0  # inside parentheses (examples), which neither negate nor block
        counted = 0
        for back in range(verb_index - 1, -1, -1):
            token = tokens[back]
            if token.word in ("）", ")"):
                depth += 1
                continue
            if token.word in ("（", "("):
                depth = max(0, depth - 1)
                continue
            if depth:
                continue
            counted += 1
            if counted > NEGATION_WINDOW:
                return False
            if clause_of[token.start] != clause:
                return False
            if token.word == "无" and _opens_and_ends_clause(tokens, back, verb_index, clause_of):
                return True  # "无 `UIDevice` 相关采集": no collection of that kind, a nominal denial
            if token.word in self.lex.negations:
                between = _words(tokens[back + 1:verb_index])
                if UNABLE_PEOPLE.match(between):
                    continue  # "方便不会操作手机输入法的用户快捷的输入": what the people served cannot do
                if any_match(self.blockers, between):
                    return None
                if token.word in STATE_NEGATIONS and self._describes_state(tokens, back, verb_index, clause):
                    return None  # "未绑定银行卡的用户", "如果…支付账户未完成实名认证": a state named, no denial
                return True
            if token.word in ("但", "但是", "而是", "只", "仅", "只会", "仅会", "才"):
                return False
        return False

    @staticmethod
    def _describes_state(tokens: list[Token], negation: int, verb_index: int, clause: int) -> bool:
        """Whether 未 / 没有 before a verb names a state of a person or a thing rather than denying a practice: the
        negated verb describes the people it ends in ("未绑定银行卡的用户在绑卡升级时，我行需要收集您的银行卡号"), or it is the
        predicate of a condition whose subject is a thing or another party ("如果财付通反馈相应的支付账户未完成实名认证",
        "如你使用的手机号未注册过抖音帐号") (GUIDELINES: a denial is the actor's own; a condition states no practice)."""
        if tokens[negation].word == "没有" and LACKED_NEED.match(_words(tokens[negation + 1:negation + 30])):
            return True  # "当我们没有需要使用到您的个人信息的正当业务需求时": a need lacking, no denial of the use
        after = _words([t for t in tokens[verb_index + 1:verb_index + 12] if t.start >= tokens[verb_index].end])
        clause_end = re.search(r"[，,。；;：:]", after)
        if DESCRIBED_PEOPLE.match(after[:clause_end.start()] if clause_end else after):
            return True
        first = negation
        while first > 0 and tokens[first - 1].word not in CLAUSE_PUNCT:
            first -= 1
        return THING_CONDITION.search(_words(tokens[first:negation])) is not None

    def _blocked(self, verb_index: int, start: int, tokens: list[Token], clause_of: list[int]) -> bool:
        """A non-practice verb (保护、删除…) between the practice verb and the data, in the same clause, or before data
        that a passive practice follows."""
        verb = tokens[verb_index]
        clause = clause_of[start]
        text = _words(tokens)
        # a gloss in parentheses ("下载（导出）、分享") neither blocks nor is blocked from the data outside it
        glosses = [(a, b) for a, b in _parentheses(text) if not a <= start < b]
        tokens = [t for t in tokens if not _inside(t.start, glosses)] if glosses else tokens
        if any(t.word in self.lex.preventing_verbs and t.end <= verb.start and verb.start - t.end <= 8
               and clause_of[t.start] == clause_of[verb.start] == clause
               and PREVENTED_GAP.fullmatch(text, t.end, verb.start) for t in tokens):
            # "来阻止该SDK获取您的个人信息": the practice is what the person's act prevents, not one that takes place
            return True
        if verb.end > start:
            # "防止您的个人信息被非法获取": the data is what is protected from the (passive) practice after it
            return (any(t.word in PASSIVE and start < t.start < verb.start for t in tokens)
                    and any(t.word in self.lex.blocking_verbs and t.end <= start and clause_of[t.start] == clause
                            for t in tokens))
        return any(t.word in self.lex.blocking_verbs and verb.end <= t.start and t.end <= start
                   and clause_of[t.start] == clause
                   # "您可以填写或修改您的昵称、头像": what the user fills in or changes is still provided
                   and not (verb.word in self.lex.entry_verbs and text[verb.end:t.start] in CONJUNCTIONS) for t in tokens)

    def _safeguarded_relative(self, text: str, match, verb_index: int, tokens: list[Token], clause_of: list[int]) -> bool:
        """The practice verb is a relative clause right before the data ("我们获得的您的个人信息", "已收集的个人信息") and
        the clause's own predicate is a safeguard or deletion on it, before ("尽一切合理努力保护我们获得的您的个人信息") or
        after it with 进行 / 予以 ("对收集的您的个人信息进行匿名化处理", "对已收集的个人信息我们会进行删除或匿名化处理"):
        the relative clause only identifies the data (GUIDELINES: security measures), not "除非共享的个人信息是去标识化
        处理后的信息", where the data is described, nor "保护您提供的个人信息" (`_blocked`)."""
        verb = tokens[verb_index]
        if verb.end > match.start or not _followed_by_de(tokens, verb_index) or len(
                text[verb.end + 1:match.start]) > 3 or clause_of[verb.start] != clause_of[match.start]:
            return False
        clause = clause_of[match.start]
        if any(t.word in self.lex.blocking_verbs and t.end <= verb.start and clause_of[t.start] == clause for t in tokens):
            return True
        after = re.match(r"[^，,。；;]{0,8}?(?:进行|予以|加以)(?:[^，,。；;]{0,3}?)(\w{2,4})", text[match.end:])
        return bool(after) and any(after.group(1).startswith(word) for word in self.lex.blocking_verbs)

    def _after_blocking_verb(self, start: int, tokens: list[Token], clause_of: list[int]) -> bool:
        """A non-practice verb (保护、删除…) before verbless data in its clause: "我们非常重视保护您的个人信息" names the
        data as what is protected, not as an item of the section's or list's practice."""
        clause = clause_of[start]
        return any(t.word in self.lex.blocking_verbs and t.end <= start and clause_of[t.start] == clause for t in tokens)

    def _object_of_blocking_verb(self, start: int, tokens: list[Token], clause_of: list[int], verbs: list[int]) -> bool:
        """A non-practice verb (删除、修改…) is the last verb before the data in its clause, outside any bracket the data
        is in ("删除观看历史、看单…": its object; not "删除皆不可能实现（包括您的个人信息已经在备份中存储）")."""
        clause = clause_of[start]
        before = [i for i, t in enumerate(tokens) if t.end <= start and clause_of[t.start] == clause
                  and (i in verbs or t.word in self.lex.blocking_verbs)]
        if not before or tokens[before[-1]].word not in self.lex.blocking_verbs:
            return False
        between = _words(t for t in tokens[before[-1] + 1:] if t.end <= start)
        return not any(bracket in between for bracket in "（(")

    def _obliged_party_phrase(self, after: list[str]) -> bool:
        """The words after a duty word open with a demonstrative and a third party's noun, jieba's tokens of it joined
        ("这些 服务 提供商", "该等 第三方"): the parties a duty is laid on."""
        if not after or after[0] not in self.lex.party_demonstratives:
            return False
        terms = self.entities.third_party_terms["zh"]
        joined = ""
        for word in after[1:4]:
            joined += word
            if joined in terms:
                return True
        return False

    def _obligation_or_safeguard(self, verb_index: int, tokens: list[Token], clause_of: list[int]) -> bool:
        clause = clause_of[tokens[verb_index].start]
        before = [t.word for t in tokens[:verb_index] if clause_of[t.start] == clause]
        for index, word in enumerate(before):
            # the parties abroad a duty is laid on ("保障境外接收方处理个人信息的活动达到…标准")
            party = index + 2 if before[index + 1:index + 2] in (["境外"], ["海外"]) else index + 1
            if word in OBLIGATION_WORDS and party < len(before) and (
                    before[party] in OBLIGED or before[party] in self.entities.third_party_terms["zh"]):
                return True
            if word in OBLIGATION_WORDS and self._obliged_party_phrase(before[index + 1:]):
                return True  # "我们要求这些服务提供商只能出于…目的使用您的信息": a duty of the parties taken up
            if word in ("允许", "授权") and index > 0 and before[index - 1] in ("仅", "只", "仅会", "只会"):
                return True  # "我们仅允许有必要知晓这些信息的员工、合作伙伴访问个人信息": an access restriction
            if word in DUTY_WORDS and any(w in CONFORMITY_WORDS for w in before[index + 1:]):
                return True  # "要求新的…公司、组织继续按照本政策处理…": the rules another party must follow
        # "我们仅会在必要范围内处理您的个人信息", "仅会在您主动拍摄或选择的照片范围内进行相关处理": a bare 处理 limited to a
        # scope is a restriction of scope (GUIDELINES), not a practice; specific verbs keep theirs ("仅在…范围内收集以下信息")
        if tokens[verb_index].word == "处理" and "范围" in before and any(
                w.startswith(("仅", "只")) for w in before[:before.index("范围")]):
            return True
        # "进行加密存储", "进行加密传输和存储" (jieba: 加密传输): storage under a safeguard; not storage in a place
        # ("加密存储于我们的服务器", "加密存储在您的Cookie文件中") nor storage done safely ("我们将安全地存储您的个人信息",
        # "通过安全的方式存储您的信息"), which state where or that the data is kept
        if tokens[verb_index].word not in ("存储", "保存", "储存"):
            return False
        if verb_index + 1 < len(tokens) and tokens[verb_index + 1].word in ("于", "在", "至", "到"):
            return False
        return any(w.startswith(tuple(SAFEGUARD_WORDS)) and not w.startswith("安全") for w in before[-4:])

    def _user_control(self, position: int, tokens: list[Token], clause_of: list[int]) -> bool:
        """The clause is about the user's own control of data ("您可以删除…")."""
        clause = clause_of[position]
        return any(t.word in self.lex.user_controls for t in tokens if clause_of[t.start] == clause)

    def _leaves_out_identity(self, text: str, tokens: list[Token], match) -> bool:
        """Data said to contain no personal or identifying information ("传感器数据…并不包含你的个人隐私信息",
        "统计数据不包含任何能够识别您个人身份的信息"): that describes the data, it denies no practice. Not a practice
        left out of a permission ("但并不包括…出售、共享或以其它方式披露的个人信息")."""
        if match.value not in IDENTIFYING_TYPES:
            return False
        head = text[:match.start]
        found = max((head.rfind(word) + len(word) for word in LEAVES_OUT if word in head), default=-1)
        if found < 0 or any(c in CLAUSE_PUNCT for c in head[found:]):
            return False
        return not any(self.lex.verbs.get(t.word) == "share" for t in tokens if found <= t.start and t.end <= match.start)

    def _kept_by_exception(self, text: str, start: int) -> bool:
        """The data at `start` closes an exception to a deletion that keeps it ("我们会对您的个人信息进行删除或者匿名化
        处理，但…为履行我们的合规义务而保留您的个人信息的除外"): that states the retention the law requires (GUIDELINES),
        unlike the exception to a denial ("不会转让…，但…需要转移个人信息的除外")."""
        sentence = text[:start]
        sentence = sentence[max(sentence.rfind(mark) for mark in "。；;") + 1:]
        kept = KEPT_IN_EXCEPTION.search(sentence)
        return kept is not None and any(verb in sentence[:kept.start()] for verb in self.lex.deletion_verbs)

    def _excluded(self, text: str, tokens: list[Token], match, clause_of: list[int]) -> bool:
        clause = clause_of[match.start]
        before = text[:match.start]
        clause_start = max((i + 1 for i, c in enumerate(before) if c in CLAUSE_PUNCT), default=0)
        head = CLOSED_PARENTHESES.sub("", before[clause_start:])  # "（但不包括此类通信的内容）、…使用情况": closed off
        head = _after_unopened_bracket(head)
        if any(word in head for word in self.lex.exclusions if word != "除外"):
            return True
        tail = text[match.end:match.end + 12]  # "（IMEI除外）": the data right before 除外 is excluded
        return bool(re.match(r"\s*(等|之类)?(信息|数据)?\s*除外", tail)) and clause_of[min(len(text), match.end)] == clause
