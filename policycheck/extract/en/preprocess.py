"""Text prepared before parsing and list continuations.

`_for_parsing` (section numbers, "not limited to", question-and-answer rows, emphasised negation, hyphenated
names), `_without_definitions` (parenthesised definitions), run-in labels, and enumerations or parenthetical
lists continued from a sentence with a data phrase.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...records import Sentence
from ..base import Mention
from .clauses import _doc_text
from .words import NOMINAL_PRACTICES


COLON_INTRO = re.compile(r"\b(following|as follows|include|includes|including|such as|namely|these|below)\b", re.I)

# list words between two data phrases of one enumeration, also an inserted qualifier ("X and, if applicable, Y")
_ENUMERATION_GAP = re.compile(r"^[\s,;:()\[\]–—-]*(?:(?:such as|including|includ\w*|e\.g\.,?|for example|for instance|like|"
                             r"namely|i\.e\.,?|as well as|and|or|and/or|plus|along with|together with|if any|optionally|"
                             r"(?:if|where|when|as) (?:applicable|relevant|appropriate|available|necessary|required)|"
                             r"your|the|their|its|our|any|other|certain|some|all|[a-z]+['’]s)\b[\s,;:()\[\]]*)*$", re.I)


def _enumerated(token, mention: Mention, mentions: list[Mention], text: str) -> bool:
    """Whether a data phrase is an item of an enumeration: coordinated in the parse, or next to another data phrase
    with only list words between them."""
    if token.dep_ in ("conj", "appos") or any(c.dep_ in ("conj", "appos") for c in token.children):
        return True
    return any(_ENUMERATION_GAP.match(text[other.end:mention.start] if other.end <= mention.start
                                      else text[mention.end:other.start])
               for other in mentions if other.end <= mention.start or mention.end <= other.start)


def _continue_enumerations(text: str, mentions: list[Mention], soft_skipped: set[int]) -> None:
    """Items of an enumeration ("X, such as A, B (C and D)") share the frames of the item they continue."""
    previous: Mention | None = None
    for mention in mentions:
        unresolved = not mention.frames and (mention.inherit or id(mention) in soft_skipped)
        gap = text[previous.end:mention.start] if previous is not None else ""
        if mention.skip and ";" in gap:
            unresolved = False  # "…; names are removed": a new clause with a verb of its own
        if unresolved and previous is not None and _ENUMERATION_GAP.match(gap):
            mention.frames = [f.with_context() for f in previous.frames]
            mention.skip = mention.inherit = False
        if mention.frames:
            previous = mention
        elif not unresolved:
            previous = None


_PARENTHESIS = re.compile(r"\(([^()]{3,300})\)")


def _continue_parenthetical_lists(text: str, mentions: list[Mention], soft_skipped: set[int]) -> bool:
    """A parenthesis that only lists data ("… when you log in with them (your name, email address and profile
    picture)") details the last practice stated before it. Returns whether any parenthesis took a practice."""
    continued = False
    for group in _PARENTHESIS.finditer(text):
        start, end = group.span(1)
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        if not inside or any(m.frames or not (m.inherit or id(m) in soft_skipped) for m in inside):
            continue
        cursor, pure = start, True
        for mention in inside:
            pure = pure and bool(_ENUMERATION_GAP.match(text[cursor:mention.start]))
            cursor = mention.end
        if not pure or not _ENUMERATION_GAP.match(text[cursor:end].rstrip(". ")):
            continue
        before = [m for m in mentions if m.end <= group.start() and m.frames]
        if not before:
            continue
        for mention in inside:
            mention.frames = [f.with_context() for f in before[-1].frames]
            mention.skip = mention.inherit = False
        continued = True
    return continued


# A leading section number ("10.3 Disclosing …", "2.1 If you …"), which the parser takes for a modifier of the subject.
SECTION_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|\(?[a-z0-9]{1,3}\))\s+(?=[A-Z])")
NOT_LIMITED = re.compile(r",?\s*\b(?:but\s+|and\s+)?(?:(?:is|are)\s+)?(?:not\s+limited\s+to|without\s+limitation)\b\s*,?",
                         re.I)

# A run-in label at the start of an item, ended by a dash or a colon ("Donors – name, address").
RUN_IN_LABEL = re.compile(r"^[^.;:!?–—]{3,90}?(?: [–—-] |[–—]|: )")


def _run_in_label_end(doc, matches) -> int | None:
    """Where the run-in label of a sentence ends, when it is a noun phrase with a clause or a practice of its own
    ("Participants in public events arXiv may host – contact information …", "Payment processing: Stripe (billing
    name, …)") and names no data: None otherwise. A label that is a
    statement or an introduction ("We collect the following: …", "When you register: …") is none."""
    found = RUN_IN_LABEL.match(_doc_text(doc))
    if found is None or any(m.start < found.end() for m in matches) or COLON_INTRO.search(found.group()):
        return None
    label = [t for t in doc if t.idx < found.end() and not t.is_space]
    if (len(label) > 14 or not label or label[0].pos_ not in ("NOUN", "PROPN", "ADJ")
            or not any(t.pos_ in ("VERB", "AUX") or t.pos_ == "NOUN" and t.lemma_.lower() in NOMINAL_PRACTICES
                       for t in label)):
        return None
    return found.end()


def _third_person_action(word: str, verbs) -> str | None:
    """The action of a verb of `verbs` written in its third person singular ("uploads", "fetches"), or None."""
    for stem in (word[:-1], word[:-2] if word.endswith("es") else None):
        if stem and stem in verbs:
            return verbs[stem]
    return None


def _prefixed_verb_pattern(lex) -> re.Pattern[str] | None:
    """A practice verb of `lex` in any inflection written with a hyphen after one of its prefixes ("re-distribute",
    "re-shared", "co-operating"), groups the prefix and the verb; None without prefixes."""
    if not lex.verb_prefixes:
        return None
    stems = sorted({verb.rstrip("e") for verb in lex.verbs if verb.isalpha()}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(sorted(lex.verb_prefixes)) + r")-((?:" + "|".join(stems)
                      + r")(?:e|es|ed|d|s|ing|ting|ring|ping|ted|red|ped)?)\b(?!-)", re.I)


# "personally identifying information": the tagger reads "identifying" as a verb whose subject is the word before
# ("We will receive no other personally identifying information": "other" its subject, the denial lost); joined by a
# hyphen ("personally-identifying"), as the same length, it is read as an adjective of the noun; so is it after a
# hyphenated "per-user" or "per-device" ("no per-user identifying information": "no" otherwise taken by "per")
PERSONALLY_IDENTIFYING = re.compile(r"\b(personally|per-user|per-device|per-person) (identifying)\b", re.I)
# "your voice is recorded and a short clip is sent to our vendor": a second clause whose subject is a part or copy of
# the data the first clause names, its subject and auxiliary blanked so that the data is the subject of both verbs
# ("your voice is recorded and sent to our vendor")
DATA_PART_SUBJECT = re.compile(r"(?<=\w(?:ed|en) )(?:and|, and)( (?:then )?(?:a|an|the) (?:short |brief |small |full )?"
                               r"(?:clip|clips|recording|copy|sample|snippet|excerpt|extract)(?: of (?:it|them))? "
                               r"(?:is|are|will be|may be) )(?=(?:then )?(?:sent|forwarded|transmitted|uploaded|passed|"
                               r"shared|disclosed|provided) (?:on )?(?:to|with)\b)")
INTERJECTED_CLAUSE = re.compile(r"(?<=\w )(and|or), (?:if|when|where|with|unless|once|only if)\b[^,;.:()]{3,60}, "
                                r"(?=(?:your|the|their|his|her|a|an|any|its)\b)")


def _for_parsing(text: str, own_names: set[str] = frozenset(), prefixed_verb: re.Pattern[str] | None = None) -> str:
    """The text the parser reads, offsets kept: an all-capitals passage ("WE DO NOT KNOWINGLY COLLECT PERSONAL
    INFORMATION…", common in US disclaimers) lower-cased, since the tagger reads capitalised words as proper nouns;
    a contracted negation in capitals lower-cased (`CAPITAL_NEGATION`); "(but) (is) not limited to" and "without
    limitation" blanked, since the parser makes "limited" a negated verb that takes the examples ("including, but not
    limited to, your name"); Markdown emphasis around a negation blanked
    ("We do **not** sell", the blanks after the words); another party's name of three or more
    capitalised words joined by hyphens ("Call-Em-All") joined by underscores, since the tokenizer splits it at the
    hyphens and the tagger reads "Call" as a verb (not one of `own_names`, which the policy's aliases match as
    written); a practice verb written with a hyphen after its prefix ("re-distribute", `prefixed_verb`) joined, the
    hyphen's room put after the word, since the tokenizer splits it there and the parser loses the verb; the period of a
    company's legal form before a lower-case word made a comma (`LEGAL_FORM_PERIOD`); "saved" / "linked" before a noun
    after a coordinator made an adjective (`COORDINATED_PARTICIPLE`); a condition put between a coordinator and its
    conjunct blanked, the blanks before the coordinator (`INTERJECTED_CLAUSE`); "personally identifying" joined by a
    hyphen (`PERSONALLY_IDENTIFYING`); a capitalised past participle after a run-in label lower-cased
    (`LABEL_PARTICIPLE`)."""
    if prefixed_verb is not None and "-" in text:
        text = prefixed_verb.sub(lambda found: found.group(1) + found.group(2) + " ", text)
    text = HYPHENATED_NAME.sub(lambda found: found.group() if any(found.group().lower() in name for name in own_names)
                               else found.group().replace("-", "_"), text)
    if "saved" in text or "linked" in text:
        text = COORDINATED_PARTICIPLE.sub(lambda found: found.group(1) + PARTICIPLE_STAND_INS[found.group(2)], text)
    if "." in text:
        text = LEGAL_FORM_PERIOD.sub(lambda found: found.group()[:-1] + ",", text)
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 20 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        lowered = text.lower()
        if len(lowered) == len(text):
            text = lowered
    if "N'T" in text or "N’T" in text or "CANNOT" in text:
        text = CAPITAL_NEGATION.sub(lambda found: found.group().lower(), text)
    if "limit" in text.lower():
        text = NOT_LIMITED.sub(lambda found: " " * len(found.group()), text)
    if "*" in text or "_" in text:
        # the markers' room put after the words, as one run of blanks: blanks on both sides make two whitespace
        # tokens, which break the parse of a passive ("Posts are  not  removed": "removed" an `acomp` of "are")
        text = EMPHASISED_NEGATION.sub(lambda found: found.group(2) + " " * (2 * len(found.group(1))), text)
    if ", " in text:
        # "receives the transcript of your request and, if you grant permission, your postcode or email address": the
        # clause put between a coordinator and its conjunct makes the parser hang the conjunct on the clause ("your
        # postcode" an apposition of "permission"); the clause blanked, the blanks before the coordinator
        text = INTERJECTED_CLAUSE.sub(lambda found: " " * (len(found.group()) - len(found.group(1)) - 1)
                                      + found.group(1) + " ", text)
    if " and " in text:
        text = DATA_PART_SUBJECT.sub(lambda found: found.group()[:-len(found.group(1))] + " " * len(found.group(1)),
                                     text)
    if "dentifying" in text or "DENTIFYING" in text:
        text = PERSONALLY_IDENTIFYING.sub(r"\1-\2", text)
    if ":" in text:
        label = LABEL_PARTICIPLE.match(text)
        if label is not None:
            text = text[:label.start("first")] + label.group("first").lower() + text[label.end("first"):]
    number = SECTION_NUMBER.match(text)
    if number is not None:
        text = " " * number.end() + text[number.end():]
    answered = QUESTION_ANSWER.match(text)
    if answered is not None:
        # the rest of the answer is parsed on its own, not as what "No" negates (`_answered_question`)
        text = text[:answered.start("answer")] + " " * len(answered.group("answer")) + text[answered.end("answer"):]
    return text


# the first words of own names that open on a command ("Send Later", "Get Into Teaching", "Apply for teacher training"),
# which the tagger reads as a verb starting a clause of its own ("the version of the application Send Later is running
# in": "Send" the verb, "version" its subject)
COMMAND_NAME_WORDS = {"send", "get", "find", "apply", "check", "report", "view", "book", "pay", "sign", "make", "keep",
                      "track", "save", "ask", "tell", "manage", "register", "request", "claim", "run", "write", "read"}


def _command_names(own_names) -> list[str]:
    """The policy's own names (lower case) of two or more words that open on a command word (`COMMAND_NAME_WORDS`)."""
    return [name for name in own_names
            if len(name.split()) >= 2 and name.split()[0] in COMMAND_NAME_WORDS and name.replace(" ", "").isalpha()]


def _joined_command_names(text: str, own_names) -> str:
    """`text` with the capitalised occurrences of own names opening on a command word (`_command_names`) joined by
    underscores, offsets kept, so that the parser reads each as one name ("Send_Later is running in")."""
    for name in _command_names(own_names):
        pattern = r"(?<![\w-])" + " ".join(re.escape(word) for word in name.split()) + r"(?![\w-])"
        text = re.sub(pattern, lambda found: found.group().replace(" ", "_") if found.group()[:1].isupper()
                      else found.group(), text, flags=re.I)
    return text

# A parenthesis that only gives the short name a policy defines for what precedes it ("the Aesop Player app (the
# "App")", "this Privacy Policy ("Policy")", "(hereinafter "Services")").
DEFINITION_PARENTHESIS = re.compile(r"\(\s*(?:hereinafter(?:\s+(?:referred\s+to|called)\s+as)?,?\s+|together,?\s+)?"
                                    r"(?:the\s+|our\s+)?[\"“‘'][^\"“”‘’'()]{1,40}[\"”’']\s*\)")


def _without_definitions(text: str, matches) -> str:
    """`text` with each parenthesis that only defines a short name blanked, offsets kept, unless data is named in it:
    the parser reads the quoted name as a noun of its own, and the parenthesis between a subject and its verb, or
    between a verb and its object, breaks the sentence ("By using the X app (the "App") you consent to the
    collection of …")."""
    if "(" not in text:
        return text
    def blank(found):
        if any(m.start < found.end() and m.end > found.start() for m in matches):
            return found.group()
        return " " * len(found.group())
    text = DEFINITION_PARENTHESIS.sub(blank, text)
    return _comma_for_fronted_examples(text, matches) if "(" in text else text


def _comma_for_fronted_examples(text: str, matches) -> str:
    """An example parenthesis closing a fronted clause becomes a comma and blanks, so the parser does not take its last
    example for the main clause's subject ("When you request any resource (for example: a page, a font) information
    about the request may be logged": "font" is not the subject of "logged"); kept where a data match lies in it."""
    def comma(found: re.Match[str]) -> str:
        if any(m.start < found.end() and m.end > found.start(2) for m in matches):
            return found.group()
        return found.group(1) + "," + " " * (len(found.group(2)) - 1)
    return FRONTED_EXAMPLES.sub(comma, text)


# A fronted subordinate clause ending in a parenthesis of examples with no comma before the main clause: "When you
# request any resource from this website (for example: a page, a font, an image) information … may be logged".
FRONTED_EXAMPLES = re.compile(r"^(\W*(?:when|whenever|if|once|after|before|while|as)\s[^()]{1,200}?)(\(\s*(?:for\s+example|"
                              r"for\s+instance|e\.\s?g\.|such\s+as)[^()]{1,200}\))(?=\s+[a-z])", re.I)


# A question-and-answer table row ("Is personal data collected? | **No** - `send_default_pii: false`"): the question
# cell, and the Yes / No opening the answer cell, with its emphasis and dash.
QUESTION_ANSWER = re.compile(r"^(?P<question>\W*(?:is|are|was|were|do|does|did|will|would|can|could|may|has|have)\b"
                             r"[^|?]*\?)\s*\|(?P<answer>\s*[*_]*(?P<word>yes|no)\b[*_]*\.?\s*(?:[-–—:,]\s)?)", re.I)

# A contracted negation in capitals inside a sentence that is not ("We **DON'T** collect", "we WON'T provide"): the
# tokenizer splits only the lower-case and capitalised forms ("don't", "Don't"), so the capital word stays one token
# that no negation reads; lower-cased, offsets kept.
CAPITAL_NEGATION = re.compile(r"\b(?:[A-Z]{2,}N['’]T|CANNOT)\b")

# A negation set in Markdown emphasis ("We do **not** sell your personal information", "Posts are *not* removed"),
# also with its auxiliary ("We **do not** collect:", "It *does not* store"): the markers are blanked, since the
# tokenizer keeps them as tokens and the parser then misses the negation.
EMPHASISED_NEGATION = re.compile(r"(?<![\w*])(\*{1,3}|_{1,2})((?:(?:do|does|did|will|would|shall|should|can|could|may|"
                                 r"might|must|is|are|was|were|has|have)\s+)?(?:not|never|no|none|nor|neither)|"
                                 r"\w+n[’']t)\1(?![\w*])", re.I)

# a run-in label ended by a colon and followed by a capitalised past participle ("**Audio files:** Processed in memory
# only", "Retention: Kept for 30 days"): the tagger reads the capitalised word as a proper noun and loses the verb, so
# its first letter is lower-cased ("processed in memory only", read as the other items of such lists are); not a
# participle coordinated with another before its noun ("Analytics: Aggregated and anonymized location data helps …")
LABEL_PARTICIPLE = re.compile(r"^[^\w]{0,12}[^.;:!?*_]{2,60}?(?::[*_]{0,2}|[*_]{2}:)\s+[*_]{0,2}"
                              r"(?P<first>[A-Z])(?=(?:[a-z]{2,}ed|(?<=K)ept|(?<=H)eld|(?<=S)(?:ent|old|hown))\b"
                              r"(?!\s+(?:and|or)\b))")
HYPHENATED_NAME = re.compile(r"\b[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*){2,}\b")  # "Call-Em-All", "Gramm-Leach-Bliley"
# A participle before a noun after a coordinator ("your profile and saved payment methods", "your email and linked
# accounts"), which the parser reads as a verb coordinated with the sentence's own: replaced, for the parse only, by an
# adjective of the same length.
COORDINATED_PARTICIPLE = re.compile(r"(\b(?:and|or)(?: (?:your|their|any|the|all|other))? )(saved|linked)(?= [a-z])")
PARTICIPLE_STAND_INS = {"saved": "extra", "linked": "recent"}
# The period of a company's legal form inside a sentence ("TransUnion Rental Screening Solutions, Inc. that includes
# …", "Acme Ltd. and its affiliates"): the parser ends a sentence there and loses the clause after it.
LEGAL_FORM_PERIOD = re.compile(r"\b(?:Inc|Ltd|Corp|Co|LLC|PLC|Pty|L\.P|S\.A|B\.V|N\.V)(\.)(?= [a-z])")


def _answered_question(sentence: Sentence, mentions: list[Mention]) -> None:
    """A question-and-answer table row answered No denies the practice its question names ("| Is personal data
    collected? | **No** - … |" -> not_collect personal_info), as a NO column does (GUIDELINES: questions); a Yes
    leaves it stated, and the rest of the answer keeps its own practice."""
    answered = QUESTION_ANSWER.match(sentence.text) if sentence.kind == "table_row" else None
    if answered is None or answered.group("word").lower() != "no":
        return
    for mention in mentions:
        if mention.end <= answered.end("question"):
            mention.frames = [f if f.negated else replace(f, negated=True) for f in mention.frames]
