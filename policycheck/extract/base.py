"""What the per-language analysers return: data mentions and the frames (verb, actor, negation…) governing them;
and the small helpers that the extractor's passes (policycheck/extract/__init__.py) share with the Chinese pass
modules (zh/introductions, zh/device_local, zh/sdk_purpose_items): the statement a frame or an upload denial
makes, whether a sentence states a practice or a legal exemption, a block's section number, a rights
introduction."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..records import FIRST_PARTY, THIRD_PARTY, Sentence, Statement
from .lexicon import is_sale


@dataclass
class Frame:
    """One practice predicate: who does what (possibly negated) to the data it governs, and why and when."""

    action: str  # collect | use | share | store
    negated: bool = False
    actor: str = FIRST_PARTY
    actor_text: str | None = None
    recipient: str | None = None
    recipient_text: str | None = None  # the words that named an uncatalogued recipient ("Acme Payments Ltd", "advertisers")
    purposes: list[str] = field(default_factory=list)
    condition: str | None = None
    source: str = "sentence"
    verb: str = ""  # the predicate word (收集, share…), kept as evidence
    pronoun_subject: bool = False  # "they collect…" with no antecedent in the sentence: the paragraph may name it
    pronoun_recipient: bool = False  # "they are provided your email address", no antecedent: the paragraph may name it
    # "These services collect…": the role ("actor" / "recipient") a subject pointing back to the parties the sentence
    # before names takes in this frame, else None
    back_reference: str | None = None
    processor: bool = False  # a share with a partner said to use the data for us: a demonstrative partner is its recipient
    agentless: bool = False  # a passive naming no agent ("The collected information consists of:"): who acts is unsaid
    # a share naming no recipient ("We share some personal information of our users"): a tool the paragraph says
    # before that we use for the task may be it
    recipient_unsaid: bool = False

    def statement_action(self) -> str | None:
        """The contract action, or None for denials that are neither not_collect nor not_share."""
        if not self.negated:
            return self.action
        if self.action == "share":
            return "not_share"
        if self.action == "collect":
            return "not_collect"
        return None

    def with_context(self, **changes) -> Frame:
        return replace(self, **changes)


@dataclass
class Mention:
    """A data-type phrase in a sentence, with the frames that govern it (empty: none found)."""

    data_type: str
    term: str
    start: int
    end: int
    frames: list[Frame] = field(default_factory=list)
    skip: bool = False  # inside a refusal or a user-control clause: never a practice, never inherits
    inherit: bool = False  # verbless: may take its frame from a list introduction or the section
    denied: bool = False  # inherits, but denied ("they do not include your IP address"): the context's practice negated
    opening_denial: bool = False  # denied by a "No X" opening the sentence: not collected when no context names a practice
    continues: bool = False  # what data named before includes ("This information … may include X"): its practice
    # the head noun of an ordinary data phrase whose inclusion names the mention ("Optional diagnostic data includes X"
    # -> "data"): X takes the practice of that data when the sentence or the one before it practises it
    includer: str | None = None
    # what another sentence of the block does to that data ("A roster contains X" after "… by uploading a class roster")
    includer_frames: list[Frame] = field(default_factory=list)
    # the practice of another party that an aside on the item adds ("- IP addresses (PostHog is configured to
    # discard)"): the item still takes its list's or section's practice
    aside: bool = False
    described: bool = False  # a verbless item the user's clause describes ("The display name you last entered")
    clause_described: bool = False  # a verbless item any clause describes ("Physical address provided by the user")
    # the source other data is worked out from ("location derived from your IP address"): used, whatever the line's
    # practice on what is derived
    derivation_source: bool = False
    # kept on the person's own device by the verb governing it ("Game state: kept on your device"): no practice, but a
    # denial of uploading on its line denies collecting it
    kept_locally: bool = False
    # a list introduction's data phrase that names information only by the group of people it is about ("The
    # information we collect about all visitors to our website includes:"): its frames go to the items, which name
    # the data; no statement of its own
    list_head: bool = False

    def dismiss(self) -> None:
        """No practice from this mention: no frames, and none taken from a list introduction or the section."""
        self.frames, self.skip, self.inherit = [], True, False


@dataclass
class SentenceAnalysis:
    mentions: list[Mention]
    frames: list[Frame]  # all frames found in the sentence (for list introductions)
    # the practices a sentence states on data it does not name ("we gather certain information automatically and
    # store it in logs": collect, store), which a next "This information includes X" carries
    bare_frames: list[Frame] = field(default_factory=list)
    intro: bool = False  # ends with a colon: the following items continue it
    has_verb: bool = False
    # a full clause on what the user or the user's software does, with no practice verb ("You can see what we hold
    # in your account", "Most browsers include an option to clear cookies"): it takes no section's practice
    user_clause: bool = False
    # a full clause with no practice verb whose predicate is denied ("User Personal Information does not include
    # aggregated … information"): it takes no section's practice either
    denied_clause: bool = False
    # every main clause is finite with a subject of its own ("You can block companies from finding your profile", not
    # the noun clause "how long you spend on each page" nor the instruction "respond to your support requests")
    finite_clause: bool = False
    # such a clause whose subject names no data but another thing or party ("We display leaderboards showing the number
    # of recordings users make"): a list item of this kind states no practice of its introduction
    other_subject_clause: bool = False
    # a sentence whose own predicate is background, not a practice: a cause, a limit, a classification or a safeguard
    # ("因登录密码关涉您的…资金安全，我们需…核实您的身份", "受网络状态稳定性等限制，…可能会出现无法录音", "…不属于个人信息",
    # "…乐元素将严格予以保护"): the data it names takes no heading's or list introduction's practice
    background_clause: bool = False
    # data named here is kept or stays on the person's own device ("Health data stays on your device", "Game state:
    # kept on your device"): a denial of uploading elsewhere on its line denies collecting it
    kept_locally: bool = False
    purposes: list[str] = field(default_factory=list)  # the sentence's own purposes ("用于…", "to …")
    condition: str | None = None
    # a list introduction whose only practice verb is a subjectless participle of its condition ("Technically
    # necessary when accessing the server:"): the section's practice, when it states one, goes first
    occasion_only: bool = False
    # a list introduction whose only practice is keeping the items on the user's own device ("The Application stores
    # the following data locally on your computer:"): its items take no practice, not even the section's
    kept_on_device: bool = False
    # the practices a Chinese sentence states on data it names only by a demonstrative ("我们收集上述信息是用于…",
    # "您使用…功能时，我们会收集前述信息"), which a verbless list right before it in the same block takes
    back_frames: list[Frame] = field(default_factory=list)


def share_frame(actor: str, recipient: str | None, **kwargs) -> Frame:
    return Frame(action="share", actor=actor, recipient=recipient or THIRD_PARTY, **kwargs)


def unique_frames(frames: list[Frame]) -> list[Frame]:
    """One frame per (action, polarity, actor, recipient); a non-selling verb is kept in preference to a selling
    one, so that "不会出售或共享" still counts as a denial of sharing."""
    ordered = sorted(frames, key=lambda frame: bool(is_sale(frame.verb)))
    seen = set()
    result = []
    for frame in ordered:
        key = (frame.action, frame.negated, frame.actor, frame.recipient)
        if key not in seen:
            seen.add(key)
            result.append(frame)
    return result


# A Chinese introduction of the person's rights over a list ("您有权：", "关于您的个人信息，您有权：", "您享有以下权利："): the
# items are what the person may do ("访问和查看您的个人资料信息"), no practice of ours
ZH_RIGHTS_INTRO = re.compile(r"(?:您|你)(?:依法)?(?:有权|享有(?:以下|下列|如下)的?权利)\s*[：:]\s*$")


def _frame_statement(sentence: Sentence, data_type: str, frame: Frame, action: str, term: str = "",
                     start: int | None = None) -> Statement:
    """The statement a frame makes of data named in a sentence (`action`: the frame's `statement_action()`); only a
    share or its denial keeps the recipient."""
    return Statement(
        data_type=data_type, action=action, actor=frame.actor, text=sentence.text, line=sentence.line,
        purposes=list(frame.purposes), condition=frame.condition,
        recipient=frame.recipient if action in ("share", "not_share") else None, term=term,
        actor_text=frame.actor_text, source=frame.source, language=sentence.language, verb=frame.verb, start=start,
        recipient_text=frame.recipient_text if action in ("share", "not_share") and frame.recipient == THIRD_PARTY
        else None,
    )


def _not_collected_by_us(sentence: Sentence, mention: Mention) -> Statement:
    """The first party's not_collect of a mention's data, read from the sentence naming it (the upload denials)."""
    return Statement(data_type=mention.data_type, action="not_collect", actor=FIRST_PARTY, text=sentence.text,
                     line=sentence.line, term=mention.term, source="sentence", language=sentence.language,
                     verb="collect", start=mention.start)


def _states_practice(analysis: SentenceAnalysis) -> bool:
    """Whether a sentence states a practice on some data it names (a mention with frames, not skipped)."""
    return any(m.frames and not m.skip for m in analysis.mentions)


# the end of an exception clause: "…，但根据法律法规的要求无需获得您同意的情形除外。" excepts the cases exempt from consent
# from a practice, it does not introduce them (the legal exceptions to a right, "法律法规规定的例外情况除外", still open
# the list of how to exercise it, which states no practice either)
EXCEPTED = re.compile(r"[^，,。；;：:]*除外")
# an exception in brackets after a practice ("不主动收集或留存您的 IP 地址（例外：…访问日志可能包含来源 IP）") qualifies that
# practice; it introduces no legal exemptions
BRACKETED = re.compile(r"[（(][^（()）]*$")


def _states_exemption(pattern: re.Pattern[str], text: str) -> bool:
    """The sentence states a legal exemption (cue `exemptions`), not only in the exception ending a practice."""
    return any(("例外" in found.group() or not EXCEPTED.match(text, found.end()))
               and not BRACKETED.search(text, 0, found.start()) for found in pattern.finditer(text))


def _leading_number(text: str) -> str:
    """The section number a block starts with ("4" of "4. 共享…", "2.1" of "2.1 我们…"), or ""."""
    found = re.match(r"\s*(\d+(?:\.\d+)*)(?:[.、．]|\s)", text)
    return found.group(1) if found else ""
