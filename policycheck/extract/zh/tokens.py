"""Tokens of the Chinese analyser: jieba's segmenter with its custom dictionary from the taxonomy, the actor catalogue
and the cue lists (`build_segmenter`), the `Token` of its segmentation, tokens split back apart (访问您的 after our
side, 提供给出), and the words and text before or after an offset."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import jieba

from ...taxonomy import EntityCatalog, Taxonomy
from ..lexicon import Lexicon
from ..segmenter import Tokenizer as Segmenter
from .words import BASIS_WORDS, CLAUSE_PUNCT, ENUMERATOR


# the total word frequency the segmenter weighs routes by: jieba's dictionary (about 60 million) and the words the
# mappings add (about 190 million in 2026-12), fixed so that adding a word changes no other segmentation
SEGMENTER_TOTAL = 250_000_000
FUSED_WITH_VERB = ("服务器发送",)  # jieba dictionary words that swallow a practice verb (see build_segmenter)


def build_segmenter(taxonomy: Taxonomy, entities: EntityCatalog, lexicon: Lexicon) -> Segmenter:
    """jieba's segmenter (the faster copy of `..segmenter`) with the cue words and user subjects as strong words and the
    taxonomy's Chinese terms and ignored phrases and the catalogue's party names as words, so that a data phrase, a cue
    or a party's name is never cut apart."""
    jieba.setLogLevel(logging.WARNING)
    tokenizer = Segmenter()
    tokenizer.initialize()
    for word in lexicon.all_cue_words() | lexicon.user_subjects:
        if len(word) >= 2:
            tokenizer.add_word(word, freq=200000)
    for phrases in [*taxonomy.terms.get("zh", {}).values(), taxonomy.ignore.get("zh", [])]:
        for phrase in phrases:
            phrase = str(phrase)
            if len(phrase) >= 2 and " " not in phrase:
                tokenizer.add_word(phrase, freq=50000)
    for terms in (entities.first_party_terms["zh"], entities.third_party_terms["zh"]):
        for phrase in terms:
            if len(phrase) >= 2:
                tokenizer.add_word(phrase, freq=50000)
    # jieba's dictionary joins a server and the sending verb after it ("向任何第三方服务器发送您的个人信息" cut as 服务器发送):
    # the verb stands alone, as after any other recipient
    for word in FUSED_WITH_VERB:
        tokenizer.del_word(word)
    # each added word raised the total frequency, and a route's weight is its words' frequencies over that total, so
    # the more words the mappings add, the more jieba prefers its longer dictionary words ("及时处理" over 及时 / 处理):
    # a fixed total keeps segmentation from shifting when a term, cue or party is added
    tokenizer.total = SEGMENTER_TOTAL
    return tokenizer


@dataclass
class Token:
    word: str
    start: int
    end: int


def _words(tokens) -> str:
    """The text a run of tokens spells ("".join of their words)."""
    return "".join(t.word for t in tokens)


# "访问您的" is one dictionary word so that the person's right "您可以访问您的个人信息" reads as their own control; with our
# side as the subject before it ("我们会访问您的相册") it is our access, so the word is split back into 访问 + 您的.
# Any party that can access (third parties included), unlike `extract.OUR_SIDE`, which is only the service itself; the
# app named as the program is such a party too ("应用程序只会访问您的文件目录"), but not after 在/通过/使用, where it is the
# place or means of the person's own access ("您可以在应用程序中访问您的个人信息").
_ACCESSING_PARTY = r"(我们|我方|我行|本行|本公司|本应用|(?<![在过用])(?:本?应用程序|本程序|本软件)|第三方|合作方|服务商|SDK|sdk)"
OUR_SUBJECT = re.compile(_ACCESSING_PARTY + r"[^，,。；;您]{0,8}$")
# ... and so it is in a clause of its own right after one that ends on the SDK we integrate ("作业帮APP…集成了华为终端
# 有限公司的华为Audio Engine SDK，访问您的麦克风（录音）权限": the SDK's access, GUIDELINES: the clause after "we use the SDK")
SDK_CLAUSE_BEFORE = re.compile(r"(?i)sdk\s*[，,]\s*$")
# ... and so it is when only the user's consent stands between our side and the word ("我们会在您授权同意后，访问您的设备信息",
# "我们会在获得您的明示同意后，访问您的相机")
OUR_SUBJECT_AFTER_CONSENT = re.compile(_ACCESSING_PARTY + r"[^，,。；;]{0,20}?"
                                       r"(?:在|经过?)[^，,。；;]{0,12}(?:同意|授权|许可)(?:后|之后)[，,]?\s*$")


def _split_our_access(tokens: list[Token], text: str, clause_of: list[int]) -> list[Token]:
    result = []
    for token in tokens:
        if token.word == "访问您的":
            clause = clause_of[token.start]
            start = token.start
            while start > 0 and clause_of[start - 1] == clause:
                start -= 1
            if (OUR_SUBJECT.search(text[start:token.start]) or OUR_SUBJECT_AFTER_CONSENT.search(text, 0, token.start)
                    or start == token.start and SDK_CLAUSE_BEFORE.search(text, 0, token.start)):
                result.extend([Token("访问", token.start, token.start + 2), Token("您的", token.start + 2, token.end)])
                continue
        result.append(token)
    return result


def _split_given_out(tokens: list[Token]) -> list[Token]:
    """提供 + 给出 segments as the share cue 提供给 + 出 ("您有可能会在与我们的客服人员沟通时，提供给出上述信息外的其他信息"):
    giving out information is the person's providing it, no provision to anyone."""
    result: list[Token] = []
    for i, token in enumerate(tokens):
        if (token.word == "提供给" and i + 1 < len(tokens) and tokens[i + 1].word.startswith("出")
                and tokens[i + 1].start == token.end):
            result.append(Token("提供", token.start, token.start + 2))
            result.append(Token("给", token.start + 2, token.end))
            continue
        result.append(token)
    return result


def _marks_relative(word: str) -> bool:
    """的 as a token, or inside a data term that opens with a relative clause ("上传的照片"; not 目的, 的话)."""
    return word == "的" or 0 < word.find("的") < len(word) - 1


def _after_enumerator(tokens: list[Token], index: int) -> bool:
    """The verb follows a list number that opens its clause ("3、获取您的设备信息", "…；b.收集…"); not a basis
    preposition, which opens a title ("3、基于相册（图片库/视频库）的…附加服务：")."""
    if (index < 2 or tokens[index - 1].word not in ("、", ".") or not ENUMERATOR.fullmatch(tokens[index - 2].word)
            or tokens[index].word in BASIS_WORDS):
        return False
    return index == 2 or tokens[index - 3].word in CLAUSE_PUNCT or tokens[index - 3].word in ("(", ")", "。") \
        or tokens[index - 3].word.isspace()


def _followed_by_de(tokens: list[Token], index: int) -> bool:
    """A verb followed by 的 that describes a later noun ("在境内收集的个人信息") or the data ("评论是公开发布的"); not a
    clause closed by 的 and punctuation, which names the case it happens in ("因合并…涉及个人信息转让的，我们会要求…"); also
    with the complement 到 between ("将收集到的您的个人信息用于以下目的")."""
    de = index + 2 if index + 1 < len(tokens) and tokens[index + 1].word == "到" else index + 1
    if not (de < len(tokens) and tokens[de].word == "的"):
        return False
    closes = de + 1 < len(tokens) and tokens[de + 1].word in CLAUSE_PUNCT
    # "评论是公开发布的，": 是…的 describes the data
    return not closes or any(t.word in ("是", "时") for t in tokens[max(0, index - 3):index])


def _index_ending_at(tokens: list[Token], offset: int) -> int | None:
    """The index of the token that ends at `offset`, or None."""
    return next((i for i, t in enumerate(tokens) if t.end == offset), None)


def _word_before(tokens: list[Token], start: int, skipping: set[str], limit: int | None = None) -> str | None:
    """The first word before `start` that is not one of `skipping`, looking back at most `limit` words; None when
    the walk runs out."""
    index = _index_ending_at(tokens, start)
    steps = 0
    while index is not None and index >= 0 and (limit is None or steps < limit):
        if tokens[index].word not in skipping:
            return tokens[index].word
        index -= 1
        steps += 1
    return None


def _preceding_char(tokens: list[Token], start: int) -> str:
    for token in tokens:
        if token.end == start:
            return token.word
    return ""


# after the party a recipient leaves out: "与本行以外的任何公司", "转让给除百度公司外的任何公司", also with its
# affiliates ("与本公司及其关联公司以外的任何公司")
_OTHER_THAN = re.compile(r"^(?:(?:及|和|与)其?(?:关联公司|关联方|关联企业))?(?:以外|之外|外的)")
# the rest of a relative clause whose subject is a party and whose noun is data ("取得您授权或者依法共享的信息")
PARTY_RELATIVE_ON_DATA = re.compile(r"[^，,。；;：:（()]{2,24}?的(?:个人)?(?:信息|数据|资料)")
# before 我们的 named as the means or place of the person's act ("通过我们的客服", "在我们的平台")
OUR_MEANS_BEFORE = {"通过", "经", "经由", "在", "于", "从", "借助", "利用"}
# a party followed by a relative clause on a noun ("我们为您提供的功能", "我们开发的"): not the subject of later clauses
_RELATIVE_AFTER = re.compile(r"(?:为您|为你|向您|向你)?([^\s您你其，,。；;：:的]{1,3})的")


def text_after(tokens: list[Token], offset: int, length: int = 8) -> str:
    """The text of the tokens from character `offset` on (a few tokens are enough for look-ahead: the first eight
    characters unless `length` asks for more)."""
    text = ""
    for token in tokens:
        if token.start >= offset:
            text += token.word
            if len(text) >= length:
                break
    return text[:length]


def _following_word(tokens: list[Token], end: int) -> str:
    for token in tokens:
        if token.start == end:
            return token.word
    return ""


def _surface(tokens: list[Token], match) -> str:
    return match.phrase
