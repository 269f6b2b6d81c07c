"""List introductions and the context each sentence is analysed in.

`AnalysisContext` and `analysis_contexts`: the introduction a list item continues ("We collect the following:"),
forward demonstratives ("We collect these:"), items of a user-side introduction, and parties acting under their own
terms.
"""

from __future__ import annotations

import hashlib
import re
from typing import NamedTuple

from ...records import FIRST_PARTY, THIRD_PARTY, Sentence


# A party handling data under its own terms, as a controller, not for us: "according to their own data protection
# notice", "under its own privacy notice", "as an independent controller".
OWN_TERMS = re.compile(r"(?i)\b(?:its|their) own (?:terms|privacy|data protection|polic|notice)|\b(?:independent|separate) "
                       r"(?:data )?controllers?\b|\bas (?:a |the )?(?:data )?controllers?\b")

LIST_INTRODUCTION = re.compile(r"(?::|\b(?:the following|as follows)\b[^.;:!?]{0,50}\.?)\s*$|\b(?:listed|set out|set forth|shown|"
                               r"described|detailed|summari[sz]ed|identified) below\b|\bin the (?:table|chart|list) below\b|"
                               r"^\s*(?:the following|below) (?:is|are)\b[^;:!?]{0,100}$|"
                               r"^\s*here (?:is|are) (?:a|an|the)\b[^;:!?]{0,30}\blist of\b[^;:!?]{0,100}$",
                               re.I)


def _introduces_list(text: str) -> bool:
    """A sentence the next items continue: it ends with a colon, or with "the following (information…)" whose
    colon the author left out ("We collect the following information about you"), or it points to a list or table
    below it ("we have collected the categories of personal information listed below", "The following is a summary of
    the information that we may collect and store.", "Here is a non-exhaustive list of the kinds of data we
    maintain")."""
    return bool(LIST_INTRODUCTION.search(text))


# An introduction whose items finish its clause on what the user does: "We collect data when you:", "… do not have
# access to any of your information, except when you" followed by "- actively share debugging information".
USER_ITEM_INTRO = re.compile(r"\b(?:when|whenever|if|once|after|before|unless|where|while)\s+you(?:\s+either)?\s*:?\s*$",
                             re.I)


# An introduction whose items are what a notice or a law requires, not practices of the service: "The notice must address
# the following five criteria:" over "1. NIH legal authorization to collect information about you", "The statement has to
# address these 5 criteria:", "The Act's major provisions require agencies to:" over "* keep information about you
# accurate …". The subject is the notice, statement or law itself (not "Your request must include:", nor "We will ask
# you to provide:"), and the sentence ends on the colon that opens the list.
REQUIREMENT_SUBJECT = (r"^\W*(?:the|this|that|each|every|such an?|an?|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?:notices?|"
                       r"statements?|notifications?|acts?|laws?|statutes?|provisions?|regulations?)\s+")
REQUIREMENT_INTRO = re.compile(REQUIREMENT_SUBJECT + r"(?:(?:must|shall|should|has to|have to|needs? to|(?:is|are) required "
                               r"to)\s+(?:also\s+)?(?:address|include|contain|cover|state|describe|explain|list)\b[^:.;!?]*"
                               r"|(?:also\s+)?requires?\s+(?:federal\s+|government\s+)?(?:agencies|companies|businesses|"
                               r"organi[sz]ations|controllers|operators|entities|websites)\s+to)\s*:\s*$", re.I)


# An introduction denying that the service has or uses any of the tools its list names: "Specifically, it does not
# integrate any of the following:" over "- Analytics platforms (e.g., Google Analytics for Firebase, Mixpanel)", "We
# don't use any of these:". Its items are denied tools (`negation._denied_tool_item`).
DENIED_TOOL_INTRO = re.compile(r"(?:\bnot|n[’']t|\bnever)\s+(?:use|include|have|contain|integrate|embed|bundle|"
                               r"employ|ship|load|rely\s+on|utili[sz]e|incorporate|implement|deploy|add)\s+"
                               r"(?:any\s+of\s+)?(?:the\s+following|these)\b[^.;:!?]{0,40}:\s*$", re.I)
# the owner of a tool named as an open third party ("third-party libraries, SDKs, or services", "external analytics
# platforms")
THIRD_PARTY_TOOL = re.compile(r"\b(?:third|3rd)[- ]part(?:y|ies)\b|\bexternal\b", re.I)


class AnalysisContext(NamedTuple):
    """What besides its own text the analysis of a sentence reads (`EnglishAnalyzer.analyze_many`)."""
    kind: str  # paragraph, list_item, table_row …
    opens_block: bool
    earlier_in_block: bytes  # digest of the block's earlier sentences: data they call anonymous stays so when named again
    later_in_block: bytes  # digest of the block's later sentences: what they say of data the sentence includes
    own_terms_block: bool  # the block says a party acts under its own terms (`OWN_TERMS`)
    user_item: bool  # the sentence opens an item of a list introduced "… when you:" (`USER_ITEM_INTRO`)
    forward_intro: bool = False  # a section's opening "This information …" that only the list under it explains
    required_item: bool = False  # the sentence is in an item of a list introduced by a `REQUIREMENT_INTRO`
    # the opening of an item under a `DENIED_TOOL_INTRO`: "third_party" when the introduction's block names the tools
    # as a third party's ("The App contains no third-party libraries … it does not integrate any of the following:"),
    # else "first_party"; "" for other sentences
    denied_tool_item: str = ""


def analysis_contexts(sentences: list[Sentence]) -> list[AnalysisContext]:
    """Each sentence's `AnalysisContext`, in one pass over the document. Remembered analyses are keyed by it."""
    own_terms = {s.block_index for s in sentences if s.language != "zh" and OWN_TERMS.search(s.text)}
    user_items = _items_after_intro(sentences, USER_ITEM_INTRO, opening_only=True)
    # items naming what a notice must address or a law requires state no practice of the service
    required_items = _items_after_intro(sentences, REQUIREMENT_INTRO, opening_only=False)
    denied_tool_items = _denied_tool_items(sentences)
    contexts = []
    later = [b""] * len(sentences)
    following = hashlib.blake2b(digest_size=16)
    for index in range(len(sentences) - 1, -1, -1):
        if index == len(sentences) - 1 or sentences[index + 1].block_index != sentences[index].block_index:
            following = hashlib.blake2b(digest_size=16)
        later[index] = following.digest()
        following.update(sentences[index].text.encode("utf-8") + b"\0")
    earlier = hashlib.blake2b(digest_size=16)
    for index, sentence in enumerate(sentences):
        if index == 0 or sentences[index - 1].block_index != sentence.block_index:
            earlier = hashlib.blake2b(digest_size=16)
        contexts.append(AnalysisContext(sentence.kind, sentence.start == 0, earlier.digest(), later[index],
                                        sentence.block_index in own_terms, user_items[index],
                                        _forward_intro(sentences, index), required_items[index],
                                        denied_tool_items[index]))
        earlier.update(sentence.text.encode("utf-8") + b"\0")
    return contexts


# A demonstrative that opens a section has nothing before it to point back to: "This information is collected when you
# provide it to us." right under a heading and over a list points to the list, as "the following information" would.
FORWARD_DEMONSTRATIVE = re.compile(r"^(?:this|these|such) (?:personal |user )?(?:information|data|details)\b", re.I)


def _forward_intro(sentences: list[Sentence], index: int) -> bool:
    """Whether the sentence is a paragraph opening its section (a heading right before it) with a
    `FORWARD_DEMONSTRATIVE`, ending its block, and a list follows it: its items are what the demonstrative names."""
    sentence = sentences[index]
    if (sentence.kind != "paragraph" or index == 0 or index + 1 >= len(sentences)
            or sentences[index - 1].kind != "heading" or sentence.start != 0):
        return False
    following = sentences[index + 1]
    return (following.kind == "list_item" and following.start == 0 and following.block_index != sentence.block_index
            and FORWARD_DEMONSTRATIVE.search(sentence.text) is not None)


def _items_after_intro(sentences: list[Sentence], intro_pattern: re.Pattern, opening_only: bool) -> list[bool]:
    """For each sentence, whether it is in a list item whose list follows a sentence `intro_pattern` finds (only the
    item's opening sentence when `opening_only`)."""
    flags = []
    intro = False  # whether the sentence before the current run of list items is such an introduction
    for sentence in sentences:
        if sentence.kind != "list_item":
            intro = sentence.kind != "heading" and intro_pattern.search(sentence.text) is not None
            flags.append(False)
        else:
            flags.append(intro and (sentence.start == 0 or not opening_only))
    return flags


def _denied_tool_items(sentences: list[Sentence]) -> list[str]:
    """For each sentence, `AnalysisContext.denied_tool_item`: the opening sentence of a list item under a
    `DENIED_TOOL_INTRO`, "third_party" when a sentence of the introduction's block calls the tools a third party's."""
    flags = []
    owner = ""
    for sentence in sentences:
        if sentence.kind != "list_item":
            owner = ""
            if sentence.kind != "heading" and DENIED_TOOL_INTRO.search(sentence.text):
                block = [s.text for s in sentences if s.block_index == sentence.block_index and s.language != "zh"]
                owner = THIRD_PARTY if any(THIRD_PARTY_TOOL.search(t) for t in block) else FIRST_PARTY
            flags.append("")
        else:
            flags.append(owner if sentence.start == 0 else "")
    return flags
