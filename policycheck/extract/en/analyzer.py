"""The English analyser: loading, the per-sentence pass and list handling.

`EnglishAnalyzer` matches data phrases on the raw sentence, parses only sentences that mention data, aligns the
phrases to tokens (`_analyze_doc`) and continues lists, colons and enumerations; which verb governs a phrase and the
frame it gives come from the mixins it inherits (`practices`, `frames`, `actors`, `negation`, `topics`,
`purposes`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from ...records import FIRST_PARTY, THIRD_PARTY, Sentence
from ...taxonomy import data_matcher, EntityCatalog, Match, Taxonomy
from ..base import Frame, Mention, SentenceAnalysis, unique_frames
from ..lexicon import any_match, Lexicon
from .actors import ActorRules
from .clauses import (_describes_head_of_fragment, _records_subject, _describing_clause_of, _doc_text,
    _finite_main_clauses,
    _first_conjunct, _in_condition_clause, _in_contrasting_conjunct, _in_fragment_clause, _noun_modifiers,
    _object_phrase_head, _phrase_head, _practice_verb_of_noun, _preceded_by, _spans, _subject_noun, _subject_token,
    _user_clause, _subject_phrase_of, _verb_candidates)
from .contexts import _introduces_list, analysis_contexts, AnalysisContext, THIRD_PARTY_TOOL
from .frames import FrameRules
from .negation import (_characterised_as_not_personal, _cut_on_receipt, _qualifies_data_as_not_personal,
    _denied_derivation_source, _source_of_denied_derivation, _denied_main_clauses, _denied_usage_practices,
    _denied_named_tools, _denied_tool_item, _denied_usage_tools, _without_denied_tool_noun, DENIED_NAMED_TOOL,
    DENIED_USAGE_TOOL, _conditions_item, _describes_item_head, _left_out_of_carriers, _negated_identity,
    _negated_included_clause,
    _excluded_object, _negated_inclusion, _negation, _opening_no, _optional_relative_clause, _records_filtered_from,
    _removed_before_sending, _voluntary_act, NegationRules)
from .parties import (FIRST_PARTY_MODIFIER, _outside_parties_in_general, _practice_of_a_bare_class, _party_clause,
    _practice_of_a_class_of_parties, _third_party_modified, _user_or_software_clause, _directly)
from .practices import PracticeRules, _parenthesised_denial
from .preprocess import (COLON_INTRO, _answered_question, _continue_enumerations, _continue_parenthetical_lists,
    _command_names, _enumerated, _for_parsing, _joined_command_names, _prefixed_verb_pattern, _run_in_label_end,
    _without_definitions)
from .purposes import (_advice_to_reader, _setting_instruction, _capability_in_term, _in_capability_purpose,
    _in_identification_risk, _embedded_question, _how_to_clause, _names_a_purpose, _wherever_clause,
    _object_of_understanding, _purpose_read_as_predicate, PurposeRules)
from .reparse import reparsed
from .retention import (_assured_safe, _cookie_placing_verb, _cookie_sent_to_device, _tracker_placed_by_subject,
    _describes_a_party_bound_to_safeguard, _kept_on_own_device, _log_holding_unnamed_data)
from .topics import (_analytics_used_for, _category_referred_back, _collecting_means, _container_of, _derivation_source,
    _identifying_clause,
    _included_in_demonstrative, _inclusion_subject, _users_means_participle, _verbless_examples, _what_a_law_does,
    _what_a_law_permits, DataPhraseRules)
from .words import (BARE_DATA_NOUNS, COPULAS, FIRST_PERSON, GIVING_VERBS, DERIVATION_SOURCES, INCLUSION_VERBS,
    PRONOUN_SUBJECTS, CONTACTED_WITH, DENIAL_WORD, IDENTIFIER_TYPES, SECOND_PERSON, TOOL_USE_VERBS, VIEWER_VERB_AS_NOUN)


BARE_DATA_WORDS = re.compile(r"\b(?:information|info|data)\b", re.I)
# An address named bare, or by whose it is, in a sentence about email: the email address ("We will send emails to the
# address you give us", "For each email we send we record the recipient addresses"); not one of a list ("your email and
# address"), one of something ("the address of your organisation") nor one the policy gives ("send an email to the
# address listed on this account", "write to us at the address below")
# ... and so is a number in a sentence about phones ("choose a number from the address book … we read the number you
# select") the phone number; neither when the policy gives it (`NOT_OURS_GIVEN`)
NOT_OURS_GIVEN = r"(?!\s+(?:of|below|above|listed|provided|shown|given|here|on (?:this|our|the))\b)"
EMAIL_WORD = re.compile(r"\be-?mail(?:s|ed|ing)?\b(?! address)", re.I)
EMAILED_ADDRESS = re.compile(r"(?<![,&/])(?<!\band)(?<!\bor)\s(?:the|your|their|this|that|same|recipients?'?s?|senders?'?s?)"
                             r"\s(?:(?:e-?mail|recipients?'?s?|senders?'?s?)\s)?(addresse?s?)\b" + NOT_OURS_GIVEN, re.I)
PHONE_WORD = re.compile(r"\b(?:(?:mobile )?phones?|mobile|sms|text messages?|calls?|telephone|top-up)\b(?! numbers?)", re.I)
PHONED_NUMBER = re.compile(r"(?<![,&/])(?<!\band)(?<!\bor)\s(?:the|your|their|this|that|same)\s(numbers?)\b"
                           + NOT_OURS_GIVEN, re.I)

CLAUSE_BREAK = re.compile(r"[.;:!?]")
# a denial before the address a sentence writes to ("we will never contact you at your email address")
DENIED_WRITING = re.compile(r"\b(?:not|never|no)\b|n[’']t\b", re.I)
# the label of a setting the user switches, a name with a capital ("turn off the Help improve Microsoft products by
# sending optional diagnostic data about how you use the browser … setting"): data named only in the name of a feature
# the user uses gets no tuple (GUIDELINES)
CONTROL_LABEL = re.compile(r"\b(?:[Tt]urn(?:s|ed|ing)? (?:on|off)(?: or (?:on|off))?|[Tt]oggl(?:e|es|ed|ing)(?: (?:on|off))?|"
                           r"switch(?:es|ed|ing)? (?:on|off)|(?:un)?check(?:s|ed|ing)?|(?:un)?tick(?:s|ed|ing)?|"
                           r"enabl(?:e|es|ed|ing)|disabl(?:e|es|ed|ing)|select(?:s|ed|ing)?) (?:the )?([\"“‘]?)([A-Z][^.;:]{2,200}?)\1 "
                           r"(?:setting|option|toggle|switch|checkbox|check box|button)s?\b")
# a sentence opening "In addition to <data>," that adds to data named before: "In addition to your credentials,
# Thunderbird needs certain … information", "In addition to log files, some of our websites use Matomo"
ADDED_TO_OPENING = re.compile(r"^\W*(?:in addition to|besides)\b([^,;:]{1,120}),", re.I)
# the quoted title of a part of a document: "the ‘How we use your personal data’ section", "the “Contact Us” page"
QUOTED_TITLE = re.compile(r"(?<=[‘“\"])[^‘’“”\"]{3,120}(?=[’”\"]\s+(?:section|page|heading|chapter|part)\b)", re.I)

def _unknown_to_us(token) -> bool:
    """Whether the data phrase headed by `token` is what a negated "know" says is not known ("we don't know who you
    are", "we do not know your name")."""
    head = token
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    knower = head.head
    return (head.dep_ in ("ccomp", "dobj", "obj") and knower.i != head.i and knower.lemma_.lower() == "know"
            and _negation(knower) is not None)


# Data named as what is taken out of something, "with" it and a participle of removal after it ("Error descriptions
# with file paths and usernames removed", "crash reports with your email address stripped"): the records are described
# as holding everything but that data, which gets no tuple of its own (GUIDELINES: an exclusion inside an item)
WITH_REMOVED = re.compile(r"\bwith ((?:[\w’'-]+,? ){1,8}?)(?:removed|stripped|redacted|omitted|excluded|scrubbed|"
                          r"filtered out|masked)\b", re.I)

# A question-and-answer table row asking which data a practice takes ("What data does Sentry collect? | Crash
# reports, stack traces"): the answer cell lists it.
WHAT_QUESTION_ROW = re.compile(r"^(?P<question>\W*(?:what|which)\b[^|?]*\?)\s*\|", re.I)

# a term that only names what secures something else: "password-protected", "password protected", "PIN-protected"
PROTECTED_BY_TERM = re.compile(r"\s*-\s*protected\b|\s+protected\b(?!\s+(?:from|against)\b)", re.I)
# ... unless, written apart, the term is the user's or a named one ("your password protected with bcrypt")
OWNED_BEFORE = re.compile(r"\b(?:your|their|his|her|its|our|my|the|users?['’]s?|user['’]s)\s+$", re.I)

# An introduction that continues the previous sentence's practice ("This information includes / is restricted to:").
INTRO_CONTINUATION = re.compile(r"\b(include|includes|including|following|such as|as follows|for example|namely|are|"
                                r"(?:restricted|limited) to|consists? of|compris(?:e|es)|contains?)\b", re.I)

# Verbs whose denial with cookies as the object denies taking the cookies in, not only their use (see the cookie
# denials in `_analyze_doc`): "We do not collect cookies or device identifiers".
# The generic types a denied inclusion names when it calls data non-personal ("crash reports never include personal
# information", "The data we collect contains no identifying information"): no type is left out (GUIDELINES).
NON_PERSONAL_TYPES = {"personal_info", "identity"}

# telemetry named bare, as a technique a service runs or not ("does not use any telemetry")
TELEMETRY_TERM = re.compile(r"(?:usage |anonymous )?telemetry(?: data)?", re.I)
# ... and so is tracking or analytics named bare as all a short denial's object ("This site does not use tracking.")
TRACKING_DENIED = re.compile(r"tracking|analytics", re.I)

# the examples given after a denied analytics tool ("such as Google Analytics", "(Google Analytics, Firebase, etc.)"),
# whose owner may be named an open third party ("third-party analytics services", "any 3rd party tracking code":
# `THIRD_PARTY_TOOL`): `_denied_tool_frames`
TOOL_EXAMPLES = re.compile(r"[^.;:]{0,40}?(?:\bsuch\s+as\b|\blike\b|\be\.g\.|\bincluding\b|\bfor\s+example\b|\()", re.I)
# where the examples after a denied tool end (not the dots of "e.g." / "i.e." inside them: "(e.g., Mixpanel,
# Amplitude)")
EXAMPLES_END = re.compile(r"(?<!\be)(?<!\be\.g)(?<!\bi)(?<!\bi\.e)[.;]", re.I)

KEPT_DEMONSTRATIVES = {"this", "that", "these", "those", "such"}
# participles pointing to data named elsewhere in the document ("the data listed above")
POINTING_PARTICIPLES = {"list", "describe", "mention", "outline", "set", "specify", "detail", "state", "name",
                        "identify", "explain", "give", "note", "reference"}
# nouns of data or of the records it is kept in, whatever type the words before them name ("this access data", "these
# logs", "this device and behavioral information", "This feedback")
DATA_RECORD_NOUNS = BARE_DATA_NOUNS | {"log", "record", "feedback", "detail", "entry"}

# `detailed` (`analyze_many`) for a sentence whose next sentence in the same block opens "This includes …" / "These
# may contain …": what it does to any noun it names carries to the data listed there
DETAILED_IN_BLOCK = 2


# a company name followed by the word "push" names its push service ("Apple Push Notification service")
PUSH_AFTER_NAME = re.compile(r"\s+push\b", re.I)
# a sentence saying a tool gets records: a verb of collecting, receiving or sending, or a tool used "for" them
# examples after a data phrase, past a bracketed abbreviation ("personally identifiable information (PII), such as")
EXAMPLES_AFTER = re.compile(r"(?i)\s*(?:\([^()]{1,20}\))?\s*,?\s*(?:such as|including|like|e\.g\.|for example)\b")
RECORDS_REACHING_TOOL = re.compile(r"(?i)\b(?:collect|receiv|sen[dt]|transmit|upload|report|captur|gather|obtain|"
                                   r"use[sd]?\b[^.;]*\bfor\b)")
# the nouns naming a push notification or what it carries
NOTIFICATION_NOUNS = {"notification", "payload"}
NOTIFICATION_PARTS = {"text", "content", "contents", "body", "payload", "message"}


# verbs by which data goes on to a party ("the images go directly to Jumio", "are transmitted directly to Onfido")
# a sentence going on after a semicolon to say where what the last one named goes ("these images are sent directly to
# Onfido", "the images go directly to Jumio")
HANDED_ON_NEXT = re.compile(r"(?i)\W*(?:(?:the|these|those|such|all|your)\s+)?(?:images?|photos?|photographs?|pictures?|"
                            r"scans?|videos?|recordings?|captures?|they|both)\s+(?:(?:are|is|will\s+be|get)\s+)?"
                            r"(?:sent|transmitted|uploaded|passed|transferred|forwarded|routed|go|goes)\s+"
                            r"directly\s+to\s+")
CAPTURING_VERBS = {"photograph", "record", "capture", "scan", "film"}  # what makes the images handed on
HANDOFF_VERBS = {"go", "send", "transmit", "pass", "upload", "submit", "transfer", "forward", "route"}


DEFINING_VERBS = {"mean": None, "refer": "to"}  # "X means Y", "X refers to Y"


def _inside_definition(token) -> bool:
    """Whether `token` is inside what a definition defines its subject as: the object of "means" or of "refers to" at
    the root of the sentence, in the present tense, with a subject that is not a person ("Personally identifiable
    information (PII) … refers to information that can be used to distinguish … like their name"); not a clause the
    root introduces ("This means that we collect X"), nor a definition naming us as an actor of a practice ("… means
    information we collect"), nor the subject being defined."""
    root = token.sent.root if token.doc.has_annotation("SENT_START") else next(t for t in token.ancestors
                                                                                if t.head.i == t.i)
    lemma = root.lemma_.lower()
    if lemma not in DEFINING_VERBS or root.tag_ not in ("VBZ", "VBP") or root.pos_ != "VERB":
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or any(c.dep_ == "neg" for c in root.children):
        return False
    particle = DEFINING_VERBS[lemma]
    if particle is None:
        definiens = [c for c in root.children if c.dep_ in ("dobj", "obj", "attr")]
    else:
        definiens = [p for c in root.children if c.dep_ == "prep" and c.lower_ == particle
                     for p in c.children if p.dep_ == "pobj"]
    for noun in definiens:
        inside = {t.i for t in noun.subtree}
        if token.i not in inside:
            continue
        # "… means information we collect", "… refers to data that we process": a practice of ours is named
        return not any(t.lower_ in ("we", "us") and t.dep_ in ("nsubj", "nsubjpass", "pobj") for t in noun.subtree)
    return False


def _notification_subject(token) -> bool:
    """Whether `token` is the data a denied inclusion keeps out of a notification ("Notifications do not contain the
    content of your messages", "the notification text never names a medicine"): the subject of its verb is a
    notification, or the text, body or payload of one."""
    head = _object_phrase_head(token)
    subject = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or head.dep_ not in ("dobj", "obj"):
        return False
    if subject.lemma_.lower() in NOTIFICATION_NOUNS:
        return True
    return subject.lemma_.lower() in NOTIFICATION_PARTS and any(
        t.lemma_.lower() == "notification" for t in subject.subtree)


def _kept_demonstrative(token) -> bool:
    """Whether the data phrase at `token` is a demonstrative noun phrase ("these logs", "such records", "this login
    data"), or one pointing back with "above" ("the personal information above", "the personal data listed above",
    GUIDELINES: "the personal information described above"), that is the object or passive subject of its verb: kept,
    it points back to data named before."""
    return token.dep_ in ("dobj", "obj", "nsubjpass", "nsubj") and (any(
        c.dep_ in ("det", "predet", "amod") and c.lower_ in KEPT_DEMONSTRATIVES and c.i < token.i
        for c in token.children) or _pointing_back_above(token))


def _pointing_back_above(token) -> bool:
    """Whether "above" follows the noun, straight after it or after a participle of pointing ("the personal
    information above", "the data listed above", "the information described above"); not "below", which introduces
    what follows."""
    doc = token.doc
    after = token.i + 1
    if after < len(doc) and doc[after].tag_ == "VBN" and doc[after].lemma_.lower() in POINTING_PARTICIPLES:
        after += 1
    return after < len(doc) and doc[after].lower_ == "above"


COOKIE_TAKING_VERBS = {"collect", "gather", "obtain", "receive", "read"}

# an inclusion whose subject names information by the group of people it is about, not by the reader or as personal
# data ("The information we collect about all visitors to our website includes:"): its items name the data
GROUP_INFORMATION_INCLUDES = re.compile(
    r"(?i)^\W*(?:the )?(?:information|data)\b[\w\s'’]{0,40}?\babout (?:all )?(?:of )?(?:our |the )?"
    r"(?:site |website )?(?:visitors|users)\b[\w\s'’-]{0,60}?\b(?:may |can |will |also |typically |generally )?"
    r"(?:include|includes|contain|contains|consist of|consists of|comprise|comprises)\b[^.;:]*:[\s*_]*$")

# a practice restricted to what the policy states or to the purpose the data was given for: "only … as set out above",
# "only … for the purpose for which it was provided"
RESTRICTION_TO_STATED = re.compile(
    r"\b(?:only|solely|exclusively)\b[^.;:]{0,80}?\b(?:as (?:set out|described|outlined|explained|stated|detailed) "
    r"(?:above|earlier)|for the (?:specific |same )?purposes? (?:for which|that) (?:it|they|the (?:information|data)|"
    r"your (?:information|data)) (?:was|were|is|are|has been|have been) (?:provided|collected|given|obtained|submitted|"
    r"supplied))", re.I)
# a sentence saying the data (or the statistics) is gathered only in aggregate or anonymous form: "The data is aggregated
# and anonymized by Google before we receive it", "Traffic statistics are collected anonymously and aggregated"
AGGREGATED_LATER = re.compile(r"^\W*(?:the |this |these |such |all )?(?:[a-z-]+ )?(?:data|information|statistics|metrics)"
                              r" (?:is|are) (?:collected |gathered |received |recorded )?(?:anonymously|aggregated|"
                              r"anonymi[sz]ed|de-identified)\b", re.I)
# "this" / "these" taking up what another sentence named ("This data allows us to …", "We use this information to …")
DEMONSTRATIVE_THIS = re.compile(r"\b(this|these)\b", re.I)
# a party's name followed by the word for its analytics service ("Vercel's website analytics", "Cloudflare Web
# Analytics")
ANALYTICS_AFTER_NAME = re.compile(r"(?:['’]s)?\s+(?:(?:web(?:site)?|site|product|usage)\s+)?analytics\b", re.I)
# Tracking technologies whose purpose "to understand how visitors use the site" is what they obtain
# (also the web measurement and customization technologies of US federal sites, OMB memorandum M-10-22)
TRACKING_TOOLS = re.compile(r"\b(cookies?|pixels?|pixel tags?|web beacons?|tracking technolog\w*|SDKs?|software "
                            r"development kits?|analytics (services?|providers?|tools?|software)|web measurement "
                            r"(and customization )?technolog\w*)\b", re.I)

MESSAGE_TYPES = {"communication.sms", "communication.messages"}
SENDING_VERBS = {"send", "deliver", "text"}


def _message_the_service_sends(token, user_subjects) -> bool:
    """Whether a message named with "a"/"an" is one that is sent, by no user ("we send an SMS verification token", "a
    text message sent through Twilio", "delivered as a text message"): one notice the service sends, not the user's
    messages ("the text messages you send", "when you send a message to another member" keep their type)."""
    while token.dep_ == "compound":  # "an SMS verification token"
        token = token.head
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return False
    verbs = [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if token.dep_ in ("dobj", "nsubjpass"):
        verbs.append(token.head)
    elif token.dep_ == "pobj" and token.head.lower_ in ("as", "by", "via") and token.head.head.pos_ in ("VERB", "AUX"):
        verbs.append(token.head.head)
    for verb in verbs:
        if verb.lemma_.lower() not in SENDING_VERBS:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
        if _sent_to_us(verb):
            continue  # "By sending us an electronic mail message, …": a message sent to the service is the sender's
        if not any(s.lower_ in SECOND_PERSON or s.lemma_.lower() in user_subjects for s in subjects):
            return True
    return False


def _sent_to_us(verb) -> bool:
    """Whether the sending verb has the service as its recipient ("sending us an e-mail message", "send a message to
    us"): the message is one someone writes to the service, not one it sends."""
    return any(c.dep_ == "dative" and c.lower_ == "us"
               or c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "us" for g in c.children)
               for c in verb.children)


# The identifiers a record system is searched or retrieved by ("by personal identifier", "by name or other personal
# identifier", with or without a parenthesis listing them): the system's keys, not data named as kept or used
# (GUIDELINES: maintaining; "a record system designed to retrieve information about you by personal identifier (name,
# personal email address, …)", "does not maintain and retrieve information submitted to it based upon personal
# identifiers (name, email addresses, etc.)").
RETRIEVAL_KEYS = re.compile(r"\b(?:retriev|search|index|look)\w*\b[^.;()]{0,80}?\b((?:by|based\s+(?:up)?on|using|via)\s+"
                            r"(?:(?:an?|the|their|your|his|her|the\s+individual[’']s)\s+)?(?:name\s+or\s+(?:some\s+)?other\s+)?"
                            r"personal\s+identifiers?(?:\s*\([^()]*\))?)", re.I)


# verbs whose object is an app the user runs ("the devices on which you run Bookmarks"): `_without_own_name_subjects`
OWN_APP_VERBS = frozenset({"run", "open", "install", "launch", "download", "uninstall"})


def _without_retrieval_keys(text: str, matches: list) -> list:
    """`matches` without the personal identifiers a record system is retrieved by (`RETRIEVAL_KEYS`)."""
    if not matches or "identifier" not in text.lower():
        return matches
    spans = [found.span(1) for found in RETRIEVAL_KEYS.finditer(text)]
    if not spans:
        return matches
    return [m for m in matches if not any(start <= m.start and m.end <= end for start, end in spans)]


def _bare_contact_words(text: str, matches: list) -> list:
    """`matches` with the addresses of a sentence about email (`EMAILED_ADDRESS`) read as email addresses (the term
    of a postal address they matched retyped, an address no term covered added), and the numbers of one about phones
    (`PHONED_NUMBER`) as phone numbers."""
    for context, heads, type_id in ((EMAIL_WORD, EMAILED_ADDRESS, "contact.email"),
                                    (PHONE_WORD, PHONED_NUMBER, "contact.phone")):
        if not context.search(text):
            continue
        for found in heads.finditer(text):
            start, end = found.span(1)
            covering = [m for m in matches if m.start < end and start < m.end]
            if not covering:
                matches = sorted(matches + [Match(start, end, type_id, found.group(1).lower())], key=lambda m: m.start)
            elif type_id == "contact.email" and all(m.value == "contact.address" and m.end == end for m in covering):
                matches = [replace(m, value=type_id) if m in covering else m for m in matches]
    return matches


def _involved_subject(token) -> bool:
    """Whether `token` is the subject of a passive "be involved" ("No bank details … is involved")."""
    first = _first_conjunct(token)
    return first.dep_ == "nsubjpass" and first.head.lemma_.lower() == "involve"


class EnglishAnalyzer(PracticeRules, FrameRules, ActorRules, NegationRules, DataPhraseRules, PurposeRules):
    """Reads English sentences into statements; the rules of each concern come from a mixin:
    `PracticeRules` (practices), `FrameRules` (frames), `ActorRules` (actors), `NegationRules` (negation),
    `DataPhraseRules` (topics) and `PurposeRules` (purposes)."""

    def __init__(self, taxonomy: Taxonomy, entities: EntityCatalog, lexicon: Lexicon, nlp) -> None:
        self.taxonomy = taxonomy
        self.entities = entities
        self.lex = lexicon
        self.nlp = nlp
        self.data = data_matcher("en")
        self.first_party_aliases: set[str] = set()
        # our one-word names written capitalised ("Bank" of "Prairie Trust Bank"): as a lower-case word the policy
        # uses them for the thing the word means ("the recipient's bank"), not for us (`_common_word_of_own_name`)
        self.capitalised_word_aliases: set[str] = set()
        self.other_party_names: set[str] = set()
        self._inside_terms: set[int] = set()
        self._context: AnalysisContext | None = None  # what the sentence being analysed reads besides its text
        # whether the next sentence of its block details what it names ("This includes …"): `_bare_data_frames`
        self._details_follow = False
        # (block index, head noun) of data the block called anonymous or aggregate: "Ambie collects anonymous,
        # aggregate telemetry. … the app tracks telemetry" names that data again
        self._anonymous_heads: set[tuple[int, str]] = set()
        self._block = -1
        self._block_neighbours: list[str] = []  # the other sentences of the block of the sentence being analysed
        self._previous_sentence = ""  # the sentence before it in its block
        self._next_in_block = ""  # the sentence after it in its block
        self._later_in_block: list[str] = []  # the sentences after it in its block, in order
        self._first_party_phrases = {p.lower() for p in entities.first_party_terms.get("en", [])}
        self._prefixed_verb = _prefixed_verb_pattern(self.lex)

    def set_first_party_aliases(self, aliases: Iterable[str]) -> None:
        self.first_party_aliases = {alias.lower() for alias in aliases if alias}
        self.capitalised_word_aliases = {alias.lower() for alias in aliases if alias and alias[:1].isupper()
                                         and re.fullmatch(r"[A-Za-z]+", alias)}
        # ... and as the parser reads a name opening on a command word ("send_later", `_joined_command_names`)
        self.first_party_aliases |= {name.replace(" ", "_") for name in _command_names(self.first_party_aliases)}

    def set_other_party_names(self, names: Iterable[str]) -> None:
        """Names of third parties the policy uses that the catalogue does not know ("Plausible")."""
        self.other_party_names = {name for name in names if name}

    # -- public --------------------------------------------------------------------------------------------
    def analyze_many(self, sentences: list[Sentence], default_actors: list[str],
                     detailed: list[int] | None = None, only: set[int] | None = None,
                     contexts: list[AnalysisContext] | None = None) -> list[SentenceAnalysis]:
        """Analyse sentences in order; only sentences with data phrases or list introductions are parsed, and those
        the next sentence details (`detailed`: 1, or `DETAILED_IN_BLOCK` for a detailing sentence of the same block)
        that name bare information, for `SentenceAnalysis.bare_frames`.
        With `only`, just those indices are analysed (whole blocks of them: a block's earlier sentences set what its
        later ones read), the others serving as context; `contexts`, the sentences' `analysis_contexts` when the
        caller has them."""
        results: list[SentenceAnalysis | None] = [None] * len(sentences)
        todo: list[int] = []
        matches_of: dict[int, list] = {}
        if contexts is None:
            contexts = analysis_contexts(sentences)
        for index, sentence in enumerate(sentences):
            if only is not None and index not in only:
                continue
            if contexts[index].required_item:
                # "1. NIH legal authorization to collect information about you" under "The notice must address the
                # following five criteria:": what a notice or a law requires, no practice (GUIDELINES: procedures)
                results[index] = SentenceAnalysis(mentions=[], frames=[])
                continue
            matches = self.data.find(sentence.text)
            if sentence.kind == "list_item" and sentence.start == 0:
                matches = sorted(matches + self.data.item_head(sentence.text, matches), key=lambda m: m.start)
            # (a denied tool first: its noun is no bare practice the other reads through the parse)
            denied_tool = _denied_usage_tools(sentence.text, matches, self.lex)
            if contexts[index].denied_tool_item and not denied_tool:
                denied_tool = _denied_tool_item(sentence.text, matches)  # "- Crash reporting (e.g., Sentry)."
            denied_tool += _denied_named_tools(sentence.text, matches + denied_tool, self.entities)
            matches = sorted(_without_denied_tool_noun(matches, denied_tool) + denied_tool, key=lambda m: m.start)
            matches = sorted(matches + _denied_usage_practices(sentence.text, matches, self.lex), key=lambda m: m.start)
            matches = _without_retrieval_keys(sentence.text, _bare_contact_words(sentence.text, matches))
            intro = _introduces_list(sentence.text) or contexts[index].forward_intro
            if (matches or intro or detailed and detailed[index] and BARE_DATA_WORDS.search(sentence.text)
                    or detailed and detailed[index] == DETAILED_IN_BLOCK):
                todo.append(index)
                matches_of[index] = matches
            else:
                results[index] = SentenceAnalysis(mentions=[], frames=[])
        texts = [_without_definitions(_joined_command_names(_for_parsing(sentences[i].text, self.first_party_aliases,
                                                                         self._prefixed_verb), self.first_party_aliases),
                                      matches_of[i]) for i in todo]
        blocks: dict[int, list[int]] = {}  # block index -> its English sentences, in order
        for i, sentence in enumerate(sentences):
            if sentence.language != "zh":
                blocks.setdefault(sentence.block_index, []).append(i)
        for index, doc in zip(todo, self.nlp.pipe(texts, batch_size=64)):
            doc = reparsed(doc, self.nlp, self.lex.noun_like_verbs)
            self._context = contexts[index]
            self._details_follow = bool(detailed) and detailed[index] == DETAILED_IN_BLOCK
            self._block = sentences[index].block_index
            block = blocks.get(self._block, [])
            earlier = [sentences[i].text for i in reversed(block) if i < index]
            self._later_in_block = [sentences[i].text for i in block if i > index]
            self._previous_sentence = earlier[0] if earlier else ""
            self._next_in_block = self._later_in_block[0] if self._later_in_block else ""
            self._block_neighbours = earlier + self._later_in_block
            results[index] = self._analyze_doc(doc, matches_of[index], sentences[index], default_actors[index])
        self._context = None
        self._details_follow = False
        self._anonymous_heads.clear()
        return [result or SentenceAnalysis(mentions=[], frames=[]) for result in results]

    def _denied_tool_frames(self, text: str, match) -> list[Frame]:
        """The frames of a denied analytics or tracking tool (`_denied_usage_tools`): not collected by us, and by the
        party the line names as the tool's, an open third party ("third-party analytics services", "any 3rd party
        tracking code") or the tools it gives as examples ("external analytics platforms such as Google Analytics",
        "No analytics SDKs (Firebase, Mixpanel)"): GUIDELINES, a denial of a named tool denies it for both alike."""
        frames = [Frame("collect", negated=True, actor=FIRST_PARTY, verb="use")]
        if (THIRD_PARTY_TOOL.search(text, 0, match.end)
                or self._context is not None and self._context.denied_tool_item == THIRD_PARTY):
            frames.append(Frame("collect", negated=True, actor=THIRD_PARTY, verb="use"))
        examples = TOOL_EXAMPLES.match(text, match.end)
        if examples is not None:
            end = EXAMPLES_END.search(text, examples.end())
            end = end.start() if end is not None else len(text)
            for named in self.entities.find_named(text, "en"):
                if examples.end() <= named.start and named.end <= end and named.value != FIRST_PARTY:
                    frames.append(Frame("collect", negated=True, actor=named.value,
                                        actor_text=text[named.start:named.end], verb="use"))
        return unique_frames(frames)

    def _denied_named_tool_frames(self, text: str, match) -> list[Frame]:
        """The frames of a named analytics or crash-reporting tool whose use is denied (`_denied_named_tools`): not
        collected by us nor by the tool ("We do not use Google Analytics"), GUIDELINES: a denial of a named tool
        denies it for both alike."""
        tool = next((m for m in self.entities.find_named(text, "en")
                     if (m.start, m.end) == (match.start, match.end)), None)
        frames = [Frame("collect", negated=True, actor=FIRST_PARTY, verb="use")]
        if tool is not None:
            frames.append(Frame("collect", negated=True, actor=tool.value, actor_text=text[tool.start:tool.end],
                                verb="use"))
        return frames

    # -- per sentence --------------------------------------------------------------------------------------
    def _analyze_doc(self, doc, matches, sentence: Sentence, default_actor: str) -> SentenceAnalysis:
        text = _doc_text(doc)
        spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in matches]
        matches, spans = self._without_subject_verb_terms(doc, matches, spans)
        matches, spans = self._without_own_name_subjects(matches, spans)
        refusal = _spans(self.lex.refusal, text)
        purposes = self._purposes(text, sentence.text, doc)
        condition = self._condition(text, refusal, sentence.text, doc)
        # a one-word term the tagger reads as a verb ("JibJab also logs …") is the verb, not data
        self._inside_terms = {t.i for span in spans if span is not None
                              and not (len(span) == 1 and span.root.pos_ in ("VERB", "AUX")) for t in span}
        action_verbs = [doc[i] for i in _verb_candidates(doc)
                        if self._is_action(doc[i]) and i not in self._inside_terms]
        mentions: list[Mention] = []
        soft_skipped: set[int] = set()  # skipped for a reason an enclosing enumeration overrides
        captured: dict[int, object] = {}  # mention -> the verb that is its term (`capture_verbs`)
        contained: dict[int, int] = {}  # mention -> the noun whose clause of inclusion names it (`_container_of`)
        mention_tokens: dict[int, range] = {}  # mention -> its tokens
        includer_frames: dict[int, list[Frame]] = {}  # inclusion subject -> `_includer_frames`, once per sentence
        label_end = _run_in_label_end(doc, matches)
        # names that a data term inside them only helps to name: quoted section titles, setting labels (once per sentence)
        quoted_titles = [(m.start(), m.end()) for m in QUOTED_TITLE.finditer(text)]
        removed_spans = [m.span(1) for m in WITH_REMOVED.finditer(text)] if "with " in text else []
        setting_labels = [(m.start(2), m.end(2)) for m in CONTROL_LABEL.finditer(text)]
        added_to = ADDED_TO_OPENING.match(text)
        added_to = (added_to.span(1) if added_to and not any(
            t.pos_ in ("VERB", "AUX") and t.i not in self._inside_terms
            for t in doc if added_to.start(1) <= t.idx < added_to.end(1)) else None)
        denied_tools: list[tuple[Mention, list[Frame]]] = []  # `_denied_usage_tools`
        for match, span in zip(matches, spans):
            if span is None or not len(span):
                continue
            # the term as written (the parsed text may stand in other words: `_for_parsing`)
            mention = Mention(data_type=match.value, term=sentence.text[match.start:match.end], start=match.start,
                              end=match.end)
            if match.phrase in (DENIED_USAGE_TOOL, DENIED_NAMED_TOOL):
                mentions.append(mention)
                mention_tokens[id(mention)] = range(span.start, span.end)
                # its frames are set after the enumerations: its denial does not carry to the items beside it ("We
                # do not use cookies, third-party analytics or tracking pixels")
                denied_tools.append((mention, self._denied_tool_frames(sentence.text, match)
                                     if match.phrase == DENIED_USAGE_TOOL else self._denied_named_tool_frames(
                                         sentence.text, match)))
                mention.skip = True
                continue
            if len(span) == 1 and span.root.pos_ == "VERB" and span.root.lemma_.lower() in self.lex.capture_verbs:
                # "you photograph your passport": the verb is a data term of its own, resolved after the loop
                mentions.append(mention)
                mention_tokens[id(mention)] = range(span.start, span.end)
                captured[id(mention)] = span.root
                mention.skip = True
                continue
            if not self._is_data_use(span, match, setting_labels):
                continue
            if PROTECTED_BY_TERM.match(sentence.text, match.end) and (
                    sentence.text[match.end:match.end + 1] == "-"
                    or not OWNED_BEFORE.search(sentence.text, 0, match.start)):
                # "saved on a password-protected shared drive", "The email subscriber lists are password protected":
                # the term names how something else is secured, not credentials of the user (GUIDELINES: security)
                continue
            mentions.append(mention)
            mention_tokens[id(mention)] = range(span.start, span.end)
            # "approximate location derived from your IP address": the IP address is the source a location is
            # worked out from, whatever practice the line or its list gives the location
            mention.derivation_source = (match.value in DERIVATION_SOURCES
                                         and _derivation_source(span.root, self.lex.derivation_verbs))
            if CONTACTED_WITH.search(sentence.text, 0, match.start) and not DENIAL_WORD.search(sentence.text):
                # "email us at … with your device ID", "by sending an email to … with your Discord account's snowflake
                # identifier": the person is asked to provide the named data with a request, also one made under the
                # person's rights (GUIDELINES: asking the user to provide data is `collect`)
                mention.frames = [Frame("collect", actor=FIRST_PARTY, purposes=purposes, condition=condition)]
                continue
            if any(start <= match.start < end for start, end in refusal):
                mention.skip = True
                continue
            if (_denied_derivation_source(span.root, self.lex.derivation_verbs)
                    or _source_of_denied_derivation(span.root, self.lex.derivation_verbs)):
                # "This ID is not derived from hardware or personal information": what a value is not made from is
                # named to describe the value, not as data of any practice, the section's included
                mention.skip = True
                continue
            if _inside_definition(span.root):
                # '"PII" refers to information that can be used to distinguish or trace an individual's identity, like
                # their name', '"ACR" means technology that identifies content by comparing … audio': what a term is
                # defined as states no practice unless an actor of ours is named in it (GUIDELINES: definitions)
                mention.skip = True
                continue
            if match.value in MESSAGE_TYPES and _message_the_service_sends(span.root, self.lex.user_subjects):
                # "we send an SMS verification token", "as a text message sent through Twilio": a message the
                # service itself writes and sends is its notice, not the user's communications (GUIDELINES)
                mention.skip = True
                continue
            if any(start <= match.start < end for start, end in removed_spans):
                # "Error descriptions with file paths and usernames removed": what the records are kept without
                mention.skip = True
                continue
            if any(start <= match.start < end for start, end in quoted_titles):
                # "use the contact form under the ‘How to find out what personal information we hold about you’
                # section": the title of a part of a document names what it covers, no practice (GUIDELINES: pointers)
                mention.skip = True
                continue
            if added_to is not None and added_to[0] <= match.start < added_to[1]:
                # "In addition to the log files, they may also be stored …": data the sentence adds to, named with
                # its practice before; a phrase with a verb of its own ("In addition to the photos you choose to
                # upload, we collect …") still states one
                mention.skip = True
                continue
            if _category_referred_back(span.root):
                # "| Service providers | This category of personal information has been disclosed … |", "many of these
                # categories of Personal Data will only be collected if …": the categories are those of the table row or
                # list the demonstrative points back to, whose own types carry the practice
                mention.skip = True
                continue
            if match.value == "usage.logs" and _log_holding_unnamed_data(span.root, self.lex):
                # "This information may be stored in the web server's access log file": where data named by a
                # demonstrative or bare is kept names no data of its own (GUIDELINES: bare information in named logs)
                mention.skip = True
                continue
            if _assured_safe(span.root):
                # "to make sure that your data is processed and stored safely", "steps to ensure that your data is
                # treated securely": an assurance of security, no practice (GUIDELINES: security measures)
                mention.skip = True
                continue
            if (match.value == "usage.cookies" and _first_conjunct(span.root).dep_ == "nsubj"
                    and any_match(self.lex.cookie_helps, text[match.end:match.end + 60])):
                # "Cookies help us identify users", "Web beacons enable us to recognize …": what the technology does
                # for the service or the user states its use
                mention.frames = [Frame("use", actor=default_actor, purposes=purposes, condition=condition)]
                continue
            placing = _cookie_placing_verb(span.root, self.lex.own_devices) if match.value == "usage.cookies" else None
            if placing is not None and _negation(placing) is None and self._actor(placing, default_actor)[0] != "user":
                # "We store a cookie on your computer", "The site puts small files (known as 'cookies') on to your
                # computer": setting, placing or storing cookies on the person's device is their `use` (GUIDELINES:
                # cookies), by whoever puts them there; not the device keeping data of the user's
                _, actor, actor_text = self._actor(placing, default_actor)
                mention.frames = [Frame("use", actor=actor, actor_text=actor_text, purposes=purposes,
                                        condition=condition, verb=placing.lemma_.lower())]
                continue
            placing = _tracker_placed_by_subject(span.root) if match.value == "usage.cookies" else None
            if placing is not None and _negation(placing) is None:
                kind, actor, actor_text = self._actor(placing, default_actor)
                if kind == "explicit" and actor not in (FIRST_PARTY, THIRD_PARTY, "user"):
                    # "Google, Meta and LinkedIn, which place cookies, pixels and software development kits on our
                    # websites": trackers a named party places, on a site of ours or on the device, are that party's
                    # `use` (GUIDELINES: cookies, by the party that sets them); our own placing, and a placer that is
                    # a tool of the site ("the Privacy Manager creates a cookie in your browser"), keep the rules
                    # above and below
                    frame = Frame("use", actor=actor, actor_text=actor_text, purposes=purposes, condition=condition,
                                  verb=placing.lemma_.lower())
                    mention.frames = unique_frames([frame] + self._coordinated_actors(placing, frame))
                    continue
            sent = _cookie_sent_to_device(span.root, self.lex.own_devices) if match.value == "usage.cookies" else None
            if sent is not None and _negation(sent) is None:
                # "this may include sending cookies to your computer": sending a cookie to the person's own device or
                # browser is placing it there, its `use` by the sender, no disclosure; with no sender named ("know
                # when a cookie is being sent to your device") it is how cookies work (GUIDELINES: cookies)
                if any(c.dep_ == "auxpass" for c in sent.children) and not any(c.dep_ == "agent" for c in sent.children):
                    mention.skip = True
                    continue
                _, actor, actor_text = self._actor(sent, default_actor)
                if actor != "user":
                    mention.frames = [Frame("use", actor=actor, actor_text=actor_text, purposes=purposes,
                                            condition=condition, verb=sent.lemma_.lower())]
                    continue
            if (match.value in ("contact.email", "contact.phone")
                    and any_match(self.lex.address_written_to,
                                  text[:match.start] + "<address>" + text[match.end:])
                    and not DENIED_WRITING.search(text[max(0, match.start - 120):match.start])):
                # "notify you at the email address we have on file", "where we have your e-mail address, notify you
                # by e-mail": the user's address we write to is used (cue `address_written_to`)
                mention.frames = [Frame("use", actor=default_actor, purposes=purposes, condition=condition)]
                continue
            verb = self._governing_verb(span.root)
            if verb is not None and not isinstance(verb, str) and _subject_phrase_of(span.root, verb):
                # "Wildfire Games stores [NOUN] players IP addresses and may infer …": the data phrase read as the
                # subject of a later verb is the object of the practice verb the tagger read as a noun before it
                read_as_noun = self._practices_read_as_noun(span, default_actor, purposes, condition)
                if read_as_noun:
                    mention.frames = read_as_noun
                    continue
            if _records_filtered_from(span.root, self.lex):
                # "- **API keys** - Filtered from error reports": the reports are where the item's data is kept out
                # of, named for no practice of their own
                mention.skip = True
                continue
            if _removed_before_sending(span.root, self.lex):
                if match.value in NON_PERSONAL_TYPES:
                    # "strip potentially sensitive information", "other potential PII are removed": a hedged label
                    # names no type (GUIDELINES)
                    mention.skip = True
                    continue
                # "names are removed from crash reports before they are sent": the data stays out of what is sent, so
                # it does not reach the party the records go to (that of the records' own practice in the sentence or
                # its paragraph), or with none named the party receiving them
                mention.frames = [Frame("share", negated=True, actor=FIRST_PARTY, recipient=f.recipient,
                                        purposes=purposes, condition=condition)
                                  for f in self._records_practice(span.root)] or [
                    Frame("collect", negated=True, actor=default_actor, purposes=purposes, condition=condition)]
                continue
            cut = _cut_on_receipt(span.root, self.lex)
            if cut is not None:
                # "Sentry truncates your IP address before it is stored", "IP addresses (PostHog is configured to
                # discard)": data cut down or thrown away as it arrives is received by the party doing it (GUIDELINES)
                cutter, party = cut
                actor, actor_text = (self._resolve(party, default_actor) if party is not None
                                     else self._actor(cutter, default_actor)[1:])
                if actor != "user":
                    frames = [Frame("collect", actor=actor, actor_text=actor_text, purposes=purposes,
                                    condition=condition)]
                    if cutter.lemma_.lower() not in self.lex.configuring_verbs:
                        mention.frames = frames
                        continue
                    # an aside on a list item ("- IP addresses (PostHog is configured to discard)") adds the party's
                    # collection to the item, which keeps its list's practice ("What is NEVER collected")
                    aside = replace(mention, frames=frames, aside=True)
                    mentions.append(aside)
                    mention_tokens[id(aside)] = range(span.start, span.end)
            place = _left_out_of_carriers(span.root, self.lex)
            if place is not None:
                # "bitchat does not include exact coordinates in mesh messages", "clipboard contents are never included
                # in Crashlytics logs": the data is kept out of what is sent, so it is not passed on with it, to the
                # party the place names or else to others
                place_text = _doc_text(place.doc)[place.idx:place.doc[place.right_edge.i].idx
                                                  + len(place.doc[place.right_edge.i])]
                named = [m.value for m in self.entities.find_named(place_text, "en") if m.value != FIRST_PARTY]
                mention.frames = [Frame("share", negated=True, actor=FIRST_PARTY,
                                        recipient=named[0] if named else THIRD_PARTY, purposes=purposes,
                                        condition=condition)]
                continue
            if verb is not None and not isinstance(verb, str) and _purpose_read_as_predicate(span.root, verb):
                verb = None  # "- your name and email address to grant access to the site": a verbless item
            if verb is not None and not isinstance(verb, str) and label_end is not None and verb.idx < label_end <= match.start:
                # "Participants in public events arXiv may host – contact information …": the verb of a clause in a
                # run-in label does not govern the data after its dash or colon; the item keeps its introduction's
                verb = None
            if verb is not None and not isinstance(verb, str) and _capability_in_term(verb, span):
                # "information which could be used to identify you": what the data could do is no practice; the verb
                # the term is the argument of is ("does not collect any information which could be used to …")
                verb = self._enclosing_action(span.root)
            if verb is not None and (_in_capability_purpose(span.root, self.lex.capability_purposes)
                                     or _in_identification_risk(span.root, self.lex.capability_purposes)):
                # "a man's Y chromosome can be used to predict his last name", "only the government is able to link
                # your IP to your person": what the data could reveal, or what another party is able to identify by
                # it, is a possibility, no practice on the data named (GUIDELINES: a risk of identifying the user)
                mention.skip = True
                continue
            if verb is not None and not isinstance(verb, str) and self._recipient_of(span.root, verb):
                # "we share your name … with the network operator", "we send the network operator the amount": the
                # party the data goes to is no data of the user, whatever its words
                mention.skip = True
                continue
            if (verb is not None and not isinstance(verb, str)
                    and _bound_by_agreement(verb, self.lex.agreement_nouns)):
                # "We have a data sharing agreement with providers so they can only use your data to:": what the
                # agreement binds another party to is no practice (GUIDELINES: contracts imposed on recipients)
                mention.skip = True
                continue
            if (verb is not None and not isinstance(verb, str) and not _first_person_practice(verb)
                    and any_match(self.lex.linked_sites, " ".join([text, *self._block_neighbours]))):
                # "Our Site may feature links to third party websites … Third party sites or services may collect and
                # use information about you": what the linked sites may do is background, no practice of the service
                mention.skip = True
                continue
            if not isinstance(verb, str) and self._talked_about_or_guarded(span.root, verb):
                verb = "user-control"
            if verb is not None and not isinstance(verb, str) and (_how_to_clause(verb)
                                                                   or _embedded_question(verb, span.root)
                                                                   or _wherever_clause(verb, span.root)):
                # "For further information and how to request your data, use the contact form": what the reader is
                # told how to do is the user's own action, no practice of ours; and "we will provide you with
                # information about whether we hold any of your Personal Data", "choose which personal information
                # you want to provide" ask, not state, a practice; nor does a safeguard's reach ("everywhere personal
                # data is processed")
                verb = "user-control"
            if (verb is not None and not isinstance(verb, str)
                    and _setting_instruction(verb, self.lex.sending_words)):
                # "To send all HTTP headers, set `sendDefaultPii=true`", "If you want to send cookies, set …": a
                # setting the developer may turn on, no practice of the service
                verb = "user-control"
            if verb is not None and not isinstance(verb, str) and _advice_to_reader(verb):
                # "We recommend keeping your browser and operating system updated", "Consider balancing the risks
                # versus the benefits of analyzing personal data": advice to the reader, no practice of ours
                verb = "user-control"
            if verb is not None and not isinstance(verb, str) and _names_a_purpose(verb):
                # "To fulfill any other purpose for which you provide personal information", "the reason for which
                # the information is provided": the clause names a purpose, it states no practice of its own
                verb = "user-control"
            if (verb is not None and not isinstance(verb, str)
                    and self.lex.verbs.get(verb.lemma_.lower()) in ("collect", "share")
                    and self._named_in_disclosure_item(span.root)):
                verb = "user-control"  # "The categories of personal information it has collected about that consumer."
            if verb is None and _unknown_to_us(span.root):
                # "We may know what path(s) you took …, but we don't know who you are": what we say we do not know is
                # no data we hold, and the section over the line ("Information Collected and Stored") gives it none
                mention.skip = True
                continue
            if verb is None and _negated_identity(span.root):
                # "It is not your advertising ID, Android ID, IMEI or MAC address": what something is not, no practice
                mention.skip = True
                continue
            if (verb is None and sentence.kind == "paragraph" and any(
                    t.dep_ in ("nsubjpass", "dobj") and t.head.lemma_.lower() in self.lex.deletion_verbs
                    for t in (_first_conjunct(span.root), *span))):
                # "If you uninstall the App, the device ID is destroyed": a deletion with no period is no practice
                # (cue `deletion_verbs`), and the list or section before the line gives the data none either
                mention.skip = True
                continue
            if (verb is None and sentence.kind == "paragraph" and match.value.startswith(IDENTIFIER_TYPES)
                    and _generated_by_software(span.root)):
                # "The first time the App runs, it generates a random anonymous device ID", "it will automatically
                # generate a unique account identifier": making the identifier is no practice on it, and the section
                # over the line ("Data we collect") gives it none; where it is sent or kept says so itself
                mention.skip = True
                continue
            if match.value in NON_PERSONAL_TYPES and _characterised_as_not_personal(span.root) and (
                    verb is None or _first_conjunct(span.root).head.lemma_.lower() in INCLUSION_VERBS) and not (
                    EXAMPLES_AFTER.match(sentence.text, match.end)
                    and any(other.start > match.end and other.value not in NON_PERSONAL_TYPES for other in matches)):
                # "No personally identifiable information is ever part of this data", "crash reports never include
                # personal information", "The data we collect contains no identifying information": calling the data
                # non-personal names no type left out (GUIDELINES); not a denied practice the inclusion verb takes
                # ("This program does not involve the collection of any personal information"), nor the broad phrase
                # given with examples of a type ("do not include any personally identifiable information (PII), such
                # as your IP address": the phrase and its example are both left out)
                mention.skip = True
                continue
            if match.value in NON_PERSONAL_TYPES and _qualifies_data_as_not_personal(span.root):
                # "anonymous usage statistics with no personal identifiers", "Crash reports (anonymous, no personal
                # data)": a qualifier calling other data non-personal, no type left out (GUIDELINES)
                mention.skip = True
                continue
            if verb is None and _involved_subject(span.root):
                # "No financial account numbers, bank details, or real currency is involved": what a service does not
                # involve is a denial of processing read like "handle", no denied collection (GUIDELINES: "We do not
                # handle or store credit card information")
                mention.skip = True
                continue
            if verb is None:
                read_as_noun = self._practices_read_as_noun(span, default_actor, purposes, condition)
                if read_as_noun:
                    # "our hosting provider stores only encrypted vault data", "subprocessors process student data":
                    # the tagger read the practice verb after its subject as a noun of the data phrase
                    mention.frames = read_as_noun
                    continue
                mention.inherit = True
                container = _container_of(span.root)
                if container is not None:
                    contained[id(mention)] = container.i
                mention.continues = _included_in_demonstrative(span.root)
                subject = None if mention.continues else _inclusion_subject(span.root)
                if subject is not None:
                    # "A roster contains each student's name, ID and grade": one subject for every item
                    mention.includer = "data" if subject.lemma_.lower() == "datum" else subject.lemma_.lower()
                    if subject.i not in includer_frames:
                        includer_frames[subject.i] = self._includer_frames(subject, default_actor, purposes, condition)
                    mention.includer_frames = list(includer_frames[subject.i])
                # "… nothing else — no campaign progress, no purchases": a verbless "no X" denies what it would inherit,
                # and "No analytics, advertising, telemetry, or tracking" each item of its list
                mention.denied = _negated_inclusion(span.root) or _negated_included_clause(span.root) or any(
                    c.dep_ == "det" and c.lower_ == "no" for c in (*span.root.children,
                                                                    *_first_conjunct(span.root).children))
                # ("No account:" says the service has no accounts, a feature, not that it lacks account data)
                # (so is a parenthesis opened by "no": "Uses anonymous authentication (no email addresses)")
                mention.opening_denial = (mention.denied
                                          and (_opening_no(span.root) or _parenthesised_denial(span.root))
                                          and span.root.lemma_.lower() != "account")
                pushed = (self._push_services(sentence.text) if mention.denied and _notification_subject(span.root)
                          else [])
                if pushed:
                    # "… registers your device with Apple Push Notification service or Firebase Cloud Messaging …
                    # Notifications do not contain the content of your messages": what the notification leaves out
                    # does not reach the push service delivering it (GUIDELINES)
                    mention.frames = [Frame("share", negated=True, actor=FIRST_PARTY, recipient=service,
                                            purposes=purposes, condition=condition) for service in pushed]
                    mention.inherit = mention.denied = False
                    continue
                if mention.denied and _subject_noun(span.root) in self.lex.document_nouns:
                    # "This list does not include cookies associated with third-party content": the scope of a list
                    # or of the policy, no denial of what the sentence before it denies (cue `document_nouns`)
                    mention.skip = True
                    continue
                if ((mention.denied or _excluded_object(span.root))
                        and _records_subject(span.root, self.lex)):
                    # "Usage metrics never include page addresses", "crash reports do not contain your email
                    # address", "These requests … do not include your code, prompts, or personally identifiable
                    # information": what the records we receive or the requests sent to us leave out is not collected
                    tools = self._records_tools(span.root, sentence.text)
                    mention.frames = [Frame("share", negated=True, actor=FIRST_PARTY, recipient=tool,
                                            purposes=purposes, condition=condition) for tool in tools] or [
                        Frame("collect", negated=True, actor=default_actor, purposes=purposes, condition=condition)]
                    mention.inherit = mention.denied = False
                continue
            if verb == "user-control" or (match.value == "usage.cookies" and verb.lemma_.lower() in COPULAS
                                          and self._required(verb)):
                # (cookies "strictly necessary" for the site name a category of cookies, not data asked of the user)
                mention.skip = True
                soft_skipped.add(id(mention))
                continue
            if any(start <= verb.idx < end for start, end in refusal):
                mention.skip = True
                continue
            if _describes_a_party_bound_to_safeguard(verb):
                # "All third parties that process personal data for GDS are required to keep that data secure": the
                # clause only says which parties the duty binds (GUIDELINES: processor contracts and safeguards)
                mention.skip = True
                continue
            if _outside_parties_in_general(verb) and _describes_head_of_fragment(verb):
                # "Information from your web browser that most websites collect such as IP for rough region, browser
                # type, and operating system.": what other parties do in general only describes the data of a
                # verbless line, whose practice comes from its context (the heading over it)
                mention.inherit = True
                continue
            if _outside_parties_in_general(verb) or _what_a_law_does(verb) or _practice_of_a_class_of_parties(verb):
                # "Creepily, some DNS providers sell data about your Internet activity", "Most browsers are set to
                # allow cookies": what other parties do in general is background, no practice of this service
                mention.skip = True
                continue
            if _practice_of_a_bare_class(verb):
                # "classic e-mail servers that ask for personal data", "online services that collect and process
                # personal data": what such parties do in general, no practice of this service
                mention.skip = True
                continue
            if _what_a_law_permits(verb):
                # "under Data Protection legislation, … personal data can be kept for longer periods": what the law
                # allows, no practice of the service
                mention.skip = True
                continue
            if (match.value == "personal_info" and span.root.dep_ == "attr"
                    and span.root.head.lemma_.lower() in COPULAS
                    and any(c.dep_ == "amod" and c.lower_ == "only" for c in span.root.children)):
                # "This is the only personal data collected by the Godot Engine application" after the data listed:
                # personal information as a whole is equated with the data named before, whose own tuples state the
                # practice; it names no further data (as the subject, "the only personal information collected … is a
                # persistent identifier", it carries its practice to the identifier and is left alone)
                mention.skip = True
                continue
            if (match.value == "personal_info" and not isinstance(verb, str)
                    and self.lex.verbs.get(verb.lemma_.lower()) in ("use", "share")
                    and RESTRICTION_TO_STATED.search(text) and not text.rstrip(" *_").endswith(":")):
                # "USAID will only use your personal information for the purpose for which it was provided", "We will
                # usually only share your information as set out above": a restriction pointing back to the practices
                # stated, no practice of its own on information in general (named data keeps its tuples)
                mention.skip = True
                continue
            if match.value == "personal_info" and GROUP_INFORMATION_INCLUDES.search(text):
                # "The information we collect about all visitors to our website includes:": the information of
                # everyone, named by the group it is about rather than the reader ("The personal data we collect about
                # you includes:" stays), is what its items are; they carry the practice, the introduction names no
                # data of its own (bare information, GUIDELINES)
                mention.list_head = True
            voluntary = _voluntary_act(verb)
            if voluntary == "optional" and match.value == "personal_info":
                # "Sharing your information is voluntary", "Furnishing personal information is voluntary; however, …":
                # the user's act called optional states no practice of ours on information in general, while named
                # data stays given ("providing a contact email address in the survey is *optional*" -> collect)
                mention.skip = True
                continue
            frames = self._frames(verb, span, default_actor, purposes, condition)
            configured = self._configured_party(verb) if frames else None
            tool = self._tool_used_beside(verb) if frames and configured is None else None
            if tool is not None:
                # "The app does use Firebase Analytics and will therefore collect only the default analytics data":
                # we collect, through the tool we say we use, which collects too (GUIDELINES: collecting through a
                # tool, both collect)
                frames = unique_frames(frames + [replace(f, actor=tool[0], actor_text=tool[1]) for f in frames
                                                 if f.action == "collect" and not f.negated
                                                 and f.actor == FIRST_PARTY and f.recipient is None])
            analytics = (_analytics_used_for(span.root) if frames and match.value.startswith("usage")
                         and not isinstance(verb, str) else None)
            party = self._other_party(analytics) if analytics is not None else None
            if party is not None and party[0] != "user" and not any(f.negated for f in frames):
                # "Firebase Analytics (owned by Google) is used for general app usage statistics": the tool collects
                # the statistics for us, both collect (GUIDELINES: "ZerØ Analytics for usage metrics")
                frames = [replace(frames[0], action="collect", actor=FIRST_PARTY, actor_text=None, recipient=None,
                                  recipient_text=None),
                          replace(frames[0], action="collect", actor=party[0], actor_text=party[1], recipient=None,
                                  recipient_text=None)]
            if configured is not None:
                # "We configured Matomo so no personal information is collected": what the tool is set up to do or
                # not to do is also the tool's practice
                frames = unique_frames(frames + [replace(f, actor=configured[0], actor_text=configured[1])
                                                 for f in frames if f.actor == FIRST_PARTY and f.recipient is None])
            if frames and voluntary == "not_required":
                # "Submitting personal information (name, address, …) is voluntary and is not required to access
                # information on our website": the user need not give the data (GUIDELINES: data "not required")
                frames = unique_frames([replace(f, action="collect", negated=True, recipient=None, recipient_text=None)
                                        for f in frames]) or None
            if frames and _optional_relative_clause(verb):
                # "Code.org may receive personal data … that is not required for use of the Services": the clause
                # calls the data optional, it denies no collection (GUIDELINES: data "not required")
                frames = [f for f in frames if not f.negated] or None
            # "Any feedback data we collect will be stored …": the clause hangs on the noun the data term modifies
            clause_noun = _clause_noun(span.root, verb)
            main = self._main_predicate(clause_noun, verb)
            outer = self._outer_predicate(clause_noun, verb) if main is None else None
            excepted = _preceded_by(span.root, self.lex.denial_exceptions)
            if excepted and frames and main is None and outer is None:
                # "We do not sell your data, with the exception of your email address": the data left out of a denial
                # takes the practice the denial withholds (GUIDELINES: denials with an exception)
                frames = [replace(f, negated=False) for f in frames]
            if main is not None or outer is not None:
                # "information collected from our customers … is not sold", "We collect your phone number, which is
                # not shared with advertisers": the clause on the data and the predicate it is the subject or object
                # of both state practices
                main_frames = self._frames(main or outer, span, default_actor, purposes, condition) or []
                if (outer is not None and outer.lemma_.lower() in GIVING_VERBS
                        and self._actor(outer, FIRST_PARTY)[0] == "user"):
                    # "You provide your phone number, which we share with Twilio": what the user gives, we collect;
                    # the party the clause names receives it from us, not from the user
                    main_frames = unique_frames([replace(f, actor=FIRST_PARTY, actor_text=None) for f in main_frames
                                                 if f.action == "collect" and f.recipient is None])
                if excepted:
                    # "None of the above data will be transferred elsewhere, with the exception of message texts, which
                    # will be sent to Google AI": the clause on the excepted data states its practice, the denial not
                    main_frames = [f for f in main_frames if not f.negated]
                if main_frames and _identifying_clause(verb, frames) and (
                        outer is not None or all(f.action == "use" for f in frames)
                        or all(f.action == "use" and not f.negated for f in main_frames)
                        or _retained_subject(main_frames) and verb.lemma_.lower() not in INFERRING_LEMMAS
                        or _shared_subject(main_frames)):
                    # "We do not share personal information gathered from our Web servers": a restrictive clause
                    # that only says the data is what we collect (or, as the subject, what it was used for) names the
                    # data; the main verb states the practice, also on the subject of a use ("The personal
                    # information we collect from you is used to process your orders" -> `use` only)
                    # "Geolocation data gathered during location checks is retained for two years": so is a clause
                    # on the data a retention states the keeping of (GUIDELINES: relative clauses, retention)
                    frames = main_frames
                frames = unique_frames((frames or []) + main_frames) or None
            kept = (_retention_after_participle_root(verb, span.root, self.lex)
                    if frames and main is None and outer is None and not isinstance(verb, str) else None)
            if kept is not None:
                # "Geolocation data gathered during location checks is retained for two years", parsed with the
                # participle as the root and the retention as its conjunct: the participle only identifies the data
                # whose keeping the sentence states (GUIDELINES: relative clauses; a stated retention period is `store`)
                frames = [f for f in self._frames(kept, span, default_actor, purposes, condition) or []
                          if f.action == "store"] or None
            if frames and _kept_demonstrative(span.root):
                # "We store these logs for 1 year", "these logs are kept for a year": a retention stated of a
                # demonstrative names no data, also before a type noun (GUIDELINES: demonstratives); the data the
                # line names elsewhere keeps its practice. So does any other practice on a demonstrative of data or
                # its records ("This includes analyzing these logs periodically", "This access data is only processed
                # to secure …", "These logs are used for the operation and debugging of our public DNS resolver
                # service"); not on cookies, whose use a cookie table or section states sentence by sentence ("These
                # cookies are used to store preferences"), nor on things that only reveal data ("the app detects
                # these beacons")
                pointing_back = _phrase_head(span.root).lemma_.lower() in DATA_RECORD_NOUNS
                frames = [f for f in frames if f.negated or f.action != "store" and not pointing_back] or None
            if (frames and match.value == "usage.cookies" and all(f.negated for f in frames)
                    and span.root.dep_ in ("dobj", "obj", "conj")
                    and any(f.verb in COOKIE_TAKING_VERBS for f in frames)):
                # "We do not set or read any cookies": of cookies denied as the object of several verbs, the denial
                # of taking (collecting or reading) them is `not_collect`; setting them is their use, whose denial
                # is not annotated (GUIDELINES: cookies)
                frames = [f for f in frames if f.verb in COOKIE_TAKING_VERBS]
            elif (frames and match.value == "usage.cookies" and all(f.negated for f in frames)):
                # "These cookies do not collect personally identifiable information", "X does not receive personal
                # information through these cookies": what the tracking technology leaves out is denied, not the
                # technology; and setting, placing or tracking with cookies is their `use` (GUIDELINES), so a denial
                # of that ("a static site which does not track, collect, store information or set cookies", "No
                # cookies are needed to use the app") is a denial of use, not annotated. Cookies themselves denied
                # as what is collected stay denied ("We do not collect cookies or device identifiers").
                frames = None
            if frames and match.value == "usage.cookies" and _third_party_modified(span.root):
                # "Certain pages on our site may set other third party cookies": third-party cookies are set by
                # another party, whose `use` of them it is (GUIDELINES: cookies, by the party that sets them); "a mix
                # of first-party and third-party cookies" are set by both
                set_by_others = [replace(f, actor=THIRD_PARTY, actor_text=None) if f.action == "use" and not f.negated
                                 and f.actor == FIRST_PARTY else f for f in frames]
                frames = (unique_frames(frames + set_by_others)
                          if FIRST_PARTY_MODIFIER.search(" ".join(t.lower_ for t in span.root.subtree)) else set_by_others)
            if frames and match.value == "usage.cookies" and _collecting_means(span.root):
                # "we may collect Personal Data via cookies", "Information collected through cookies, pixel tags and
                # similar technologies": the cookies are the means of the collection, their `use` (GUIDELINES: cookies)
                frames = [replace(f, action="use") if f.action == "collect" else f for f in frames]
            if (frames and match.value == "usage" and (TELEMETRY_TERM.fullmatch(mention.term) or TRACKING_DENIED.fullmatch(
                    mention.term) and len(doc) <= 10) and not purposes
                    and all(f.action == "use" and f.negated and f.verb in TOOL_USE_VERBS for f in frames)):
                # "We do not use analytics, tracking, or telemetry", "The application doesn't use any telemetry": telemetry
                # is a way of gathering usage statistics, so not using it at all (for no purpose named) denies
                # collecting them (GUIDELINES: "No analytics, advertising, telemetry, or tracking" -> `not_collect`)
                frames = [replace(f, action="collect") for f in frames]
            if (frames and match.value == "usage" and all(f.action == "use" and not f.negated for f in frames)
                    and any(t.lower_ in self.lex.anonymity_qualifiers for t in doc)):
                # "Aggregated and anonymized location data helps us to analyze user behavior": how the service is used,
                # named as the purpose of data the sentence calls aggregate or anonymous, is no use of usage data
                # (GUIDELINES: the purpose stays unannotated when the data serving it is aggregated)
                frames = None
            if (frames and match.value == "usage" and (span.text.lower().startswith(("how ", "whether "))
                                                       or _object_of_understanding(span.root, verb))
                    and all(f.action == "use" and not f.negated for f in frames)
                    and (TRACKING_TOOLS.search(text) or self.entities.find_named(text, "en"))):
                # "Our website uses cookies … to understand how visitors use the site", "We use Matomo to understand
                # how visitors use the site": how the site is used, a purpose beside cookies, pixels or an analytics
                # tool, is what they obtain (GUIDELINES: a purpose "to understand how visitors use the site"); so are
                # "We use Web beacons to … count visits, understand usage" and "understand whether you opened our emails"
                frames = [replace(f, action="collect") for f in frames]
            elif (frames and match.value == "usage" and (span.text.lower().startswith(("how ", "whether "))
                                                         or _object_of_understanding(span.root, verb))
                    and all(f.action == "use" and not f.negated and f.actor == FIRST_PARTY for f in frames)
                    and DEMONSTRATIVE_THIS.search(text) and (tool := self._analytics_tool_in_block()) is not None):
                # "some of our websites use Matomo to understand what parts of the website are important. This data
                # allows us to better understand how users use the system", "We use this information to help us
                # understand how people use our website … We rely upon Vercel's website analytics to collect this
                # information": the analytics tool another sentence of the paragraph names obtains what the purpose
                # names, its `collect` and no `use` of ours (GUIDELINES: a purpose "to understand how visitors use the
                # site", the service named in another sentence of the line)
                frames = [replace(f, action="collect", actor=tool[0], actor_text=tool[1]) for f in frames]
            if (frames and match.value == "usage" and span.text.lower().startswith("how ")
                    and all(f.action in ("collect", "use") and not f.negated for f in frames)
                    and any(AGGREGATED_LATER.search(later) for later in self._later_in_block)):
                # "Sky Map uses Firebase Analytics … to help us understand how people use the app. … The data is
                # aggregated and anonymized by Google before we receive it", "… multi-session cookies to help us
                # understand how people use the site … Traffic statistics are collected anonymously and aggregated": a
                # later sentence of the block calls the data serving the purpose aggregate (GUIDELINES: the purpose
                # stays unannotated when the data serving it is aggregated)
                frames = None
            if frames is None and _describing_clause_of(verb, span.root) and self._keeps_locally_verb(verb):
                # "- a random user ID, that is stored locally on your machine" under "We collect:" (also where the
                # parser makes the relative clause the root): the clause only says where the data is kept; the
                # verbless item takes its practice from its context
                mention.inherit = mention.kept_locally = True
                continue
            if frames is None and sentence.kind == "list_item" and (_describes_item_head(verb, span.root)
                                                                    or _conditions_item(verb, span.root)):
                # "- Diagnostic logs added by the app", "- a random installation ID that the game creates": a clause
                # with no practice of ours only describes the noun the verbless item is; the item takes its
                # introduction's (or its section's) practice like any verbless item; so does a conditional participle
                # on it ("- URL address of the referring page (if provided by the browser)")
                mention.inherit = True
                continue
            if frames is None:
                mention.skip = True
                soft_skipped.add(id(mention))  # a verb that is no practice of ours; an enclosing list may still be
                mention.kept_locally = self._keeps_locally_verb(verb)
            else:
                mention.frames = unique_frames(frames + self._clause_on_last_item(span, verb, default_actor, purposes,
                                                                                  condition)
                                               + self._bracketed_collector(span, text, purposes))
                head = _first_conjunct(span.root)
                # the clause may hang on the last noun of the coordinated item ("- crash reports and performance
                # diagnostics, which are forwarded to Sentry"): it describes the whole item
                mention.clause_described = (not isinstance(verb, str) and verb.dep_ in ("relcl", "acl")
                                            and head.dep_ == "ROOT"
                                            and (verb.head.i == head.i or verb.head in head.conjuncts))
                mention.described = mention.clause_described and _user_clause(verb, self.lex.user_subjects)

        def practised_at(indices) -> Mention | None:
            """The first practised mention (not a captured verb) with a token among `indices`."""
            return next((m for m in mentions if id(m) not in captured and m.frames and not m.skip
                         and not indices.isdisjoint(mention_tokens[id(m)])), None)

        for mention in mentions:
            if id(mention) in contained and mention.inherit and not mention.frames:
                # "We will retain server logs containing the IP address": what a practised noun's clause of inclusion
                # names takes the noun's practice
                holder = practised_at({contained[id(mention)]})
                frames = list(holder.frames) if holder is not None else None
                if holder is None and not any(contained[id(mention)] in mention_tokens[id(m)] for m in mentions):
                    # "we receive files that contain your name": a noun naming no data type, practised by its verb
                    verb = self._governing_verb(doc[contained[id(mention)]])
                    if verb is not None and not isinstance(verb, str) and self._is_action(verb):
                        frames = self._frames(verb, None, default_actor, purposes, condition)
                if frames:
                    mention.frames = frames
                    mention.inherit = mention.continues = False
                    mention.includer, mention.includer_frames = None, []
        for mention in mentions:
            verb = captured.get(id(mention))
            if verb is None or _negation(verb) is not None:
                continue
            # "you photograph your driver's license", "the ANPR camera photographs the front of the vehicle": the data
            # the verb makes is practised as what it takes is, else collected by whoever makes it (not the user alone)
            taken = {t.i for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ in ("dobj", "obj")
                     for t in c.subtree}
            holder = practised_at(taken)
            frames = list(holder.frames) if holder is not None else []
            if holder is None and taken:
                kind, actor, actor_text = self._actor(verb, default_actor)
                if kind != "user":
                    frames = [Frame("collect", actor=actor, actor_text=actor_text, purposes=purposes,
                                    condition=condition, verb=verb.lemma_.lower())]
            if frames:
                mention.frames, mention.skip = frames, False
        self._captured_for_a_vendor(doc, mentions, mention_tokens)
        _answered_question(sentence, mentions)
        example_list = _verbless_examples(doc)
        if example_list:
            # "For example, how frequently you access the Service, the pages you visit…": a verbless list of examples
            # whose verbs only describe the items; the items take the practice of what they exemplify
            for mention in mentions:
                if id(mention) in soft_skipped and not mention.frames:
                    mention.skip, mention.inherit = False, True
        _continue_enumerations(text, mentions, soft_skipped)
        if _continue_parenthetical_lists(text, mentions, soft_skipped):
            # "identifiers (such as Android ID and IDFV), MAC address": the list goes on after the parenthesis
            _continue_enumerations(text, mentions, soft_skipped)
        self._continue_colon_lists(doc, text, mentions, soft_skipped, default_actor, purposes, condition)
        self._linear_fallback(doc, text, mentions, action_verbs, default_actor, purposes, condition)
        self._answering_as_purpose(text, mentions, soft_skipped, action_verbs, default_actor, purposes, condition)
        for mention, frames in denied_tools:
            mention.frames, mention.skip = frames, False
        intro = _introduces_list(text) or bool(self._context is not None and self._context.forward_intro)
        sentence_frames: list[Frame] = []
        occasion_only = False
        if intro:
            conditional_frames: list[Frame] = []
            as_noun = VIEWER_VERB_AS_NOUN.search(text)
            practised = [verb for verb in action_verbs if not self._purpose_of_other_object(verb)]
            trackers = {i for m in mentions if m.data_type == "usage.cookies" for i in mention_tokens.get(id(m), ())}
            tools = {verb.i: tool for verb in action_verbs
                     if (tool := self._tool_used_to_collect(verb, action_verbs, trackers)) is not None}
            for verb in action_verbs:
                if verb.head.lower_ == "without" and len(action_verbs) > 1:
                    continue  # "If you use the service without creating an account we may collect:": a condition
                if (verb.lemma_.lower() == "base" and verb.tag_ == "VBN" and len(action_verbs) > 1
                        and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children)):
                    continue  # "We may collect the following information based on how you engage with arXiv:"
                if len(action_verbs) > 1 and _fronted_by_gerund(verb):
                    # "By signing up and using the Platform, you consent to the public display and sharing with third
                    # parties of any Personal Data …:": the person's use of the service the consent is given by is no
                    # practice on the items, the practice the consent is to is
                    continue
                if practised and verb not in practised:
                    # "we will request the following information from you so we can process your application:": the
                    # purpose clause's verb has an object of its own, the items take the main clause's practice only
                    continue
                if _party_clause(verb, self._inside_terms, as_noun.start(1) if as_noun else None):
                    continue  # "A relay you connect to sees:": the clause names the party, the items are not its object
                frames = self._frames(verb, None, default_actor, purposes, condition) or []
                if tools:
                    # "We use Google Analytics and collect the following:", "We use tracking technologies to collect
                    # …, such as:": using the tool is no practice on the items; they are collected, by the named
                    # tool too (GUIDELINES: collecting through a tool, both collect)
                    frames = [f for f in frames if not (f.action == "use" and f.verb in TOOL_USE_VERBS)]
                    if verb.i in tools:
                        # the one who uses a tracking technology collects through it ("We use tracking technologies
                        # to collect information about:" -> first party), not the one who uses a named tool or its
                        # cookies to collect ("We use Google Analytics (cookies) to collect:" -> the tool)
                        kind, user, user_text = self._actor(verb, default_actor)
                        if kind != "user" and tools[verb.i][2]:
                            frames.append(Frame("collect", actor=user, actor_text=user_text, purposes=purposes,
                                                condition=condition, verb="collect"))
                        if tools[verb.i][0]:
                            frames.append(Frame("collect", actor=tools[verb.i][0], actor_text=tools[verb.i][1],
                                                purposes=purposes, condition=condition, verb="collect"))
                if _in_condition_clause(verb) and (verb.dep_ == "advcl" or verb.tag_ == "VBG"
                                                   and _subject_token(verb) is None or _purpose_in_condition(verb)):
                    conditional_frames.extend(frames)
                else:
                    sentence_frames.extend(frames)
            # "When your computer requests a Web page, the following types of information are collected:": the
            # condition's verb states the practice only when the main clause states none
            occasion_only = not sentence_frames and bool(conditional_frames) and all(
                verb.tag_ == "VBG" and verb.dep_ == "advcl" and _subject_token(verb) is None
                for verb in action_verbs if verb.head.lower_ != "without")
            sentence_frames = sentence_frames or conditional_frames
            if not sentence_frames:
                sentence_frames.extend(self._software_verb_as_noun(text, default_actor, purposes, condition)
                                       or self._named_tool_verb_as_noun(text, purposes, condition)
                                       or self._viewer_verb_as_noun(doc, text, purposes, condition)
                                       or self._stranded_access(doc, default_actor, purposes, condition))
        return SentenceAnalysis(mentions=mentions, frames=unique_frames(sentence_frames), intro=intro,
                                occasion_only=bool(intro) and occasion_only,
                                kept_on_device=bool(intro) and not sentence_frames and any(
                                    self.lex.verbs.get(verb.lemma_.lower()) == "store"
                                    and _kept_on_own_device(verb, self.lex) for verb in action_verbs),
                                kept_locally=bool(mentions) and self._keeps_locally(doc),
                                bare_frames=self._bare_data_frames(action_verbs, refusal, default_actor, purposes, condition),
                                purposes=purposes, condition=condition,
                                has_verb=not example_list and any(not _in_fragment_clause(verb)
                                                                  and not _users_means_participle(verb)
                                                                  for verb in action_verbs),
                                user_clause=not action_verbs and _user_or_software_clause(doc),
                                denied_clause=not action_verbs and _denied_main_clauses(doc),
                                finite_clause=not action_verbs and _finite_main_clauses(doc),
                                other_subject_clause=not action_verbs and _clause_of_another_subject(doc, spans))

    def _recipient_of(self, token, verb) -> bool:
        """Whether the data phrase at `token` is the party the practice `verb` gives data to: the object of "with" after
        "share" ("we share your name … with the network operator", "share your personal information with other
        contacts in local authorities"; not "together with your advertising ID") or the indirect object of a sending
        ("we send the network operator the amount"), the verb having the data as its direct object. (A destination
        after "to" is kept: "send receipts to the email address on your account" uses that address.)"""
        head = _first_conjunct(token)
        lemma = verb.lemma_.lower()
        if self.lex.verbs.get(lemma) != "share" or not any(c.dep_ in ("dobj", "obj") for c in verb.children):
            return False
        if head.dep_ == "dative":
            return head.head.i == verb.i
        if head.dep_ != "pobj" or head.head.dep_ != "prep":
            return False
        attached = _first_conjunct(head.head.head)  # the verb, or its object ("your name … with the operator")
        if attached.i != verb.i and not (attached.dep_ in ("dobj", "obj") and attached.head.i == verb.i):
            return False
        preposition = head.head
        # not "together with your advertising ID", more data shared beside the object
        return preposition.lower_ == "with" and lemma == "share" and not any(
            c.lower_ in ("together", "along") for c in preposition.children)

    def _tool_used_beside(self, verb) -> tuple[str, str | None] | None:
        """The named party `verb`, a collecting verb with no subject of its own, is coordinated with our use of ("The
        app does use Firebase Analytics and will therefore collect …", "We use Plausible and collect …"), else None: the
        use has a first-person (or our own) subject and the tool as its object, and neither verb is denied."""
        if (isinstance(verb, str) or verb.dep_ != "conj" or self.lex.verbs.get(verb.lemma_.lower()) != "collect"
                or verb.head.lemma_.lower() not in TOOL_USE_VERBS or _negation(verb) is not None
                or _negation(verb.head) is not None
                or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children)):
            return None
        user = verb.head
        subject = _subject_token(user)
        if subject is None or self._party(subject) is None or self._party(subject)[0] != FIRST_PARTY:
            return None
        tool = next((c for c in user.children if c.dep_ in ("dobj", "obj")), None)
        party = self._other_party(tool) if tool is not None and tool.pos_ == "PROPN" else None
        return party if party is not None and party[0] not in ("user", FIRST_PARTY, THIRD_PARTY) else None

    def _configured_party(self, verb) -> tuple[str, str | None] | None:
        """The named party configured or set up so that the passive practice `verb`, with no agent, is or is not done
        ("We configured Matomo so no personal information is collected", "Matomo is configured so that no personal
        data is stored"), else None."""
        if (verb.dep_ != "advcl" or verb.head.lemma_.lower() not in self.lex.configuring_verbs
                or not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children)
                or not any(c.dep_ == "mark" and c.lower_ == "so" for c in verb.children)):
            return None
        for child in verb.head.children:
            if child.dep_ in ("dobj", "nsubjpass") and child.pos_ == "PROPN":
                party = self._other_party(child)
                if party is not None and party[0] not in ("user", FIRST_PARTY):
                    return party
        return None

    def _clause_on_last_item(self, span, verb, default_actor: str, purposes: list[str],
                             condition: str | None) -> list[Frame]:
        """The frames of a plural relative clause that the parser hung on the last item of a coordinated list of
        objects the data is an earlier item of ("You may upload a profile picture and header image, which are
        displayed publicly", "We collect your name, email address and phone number, which are shared with our
        payment processor"): "which are" covers the whole list; [] otherwise."""
        if isinstance(verb, str) or verb is None:
            return []
        head = _first_conjunct(span.root)
        items = [head, *head.conjuncts]
        last = max(items, key=lambda t: t.i)
        if len(items) < 2 or last.i <= span.root.i or span.root.i not in {t.i for t in items}:
            return []
        clause = next((c for c in last.children if c.dep_ == "relcl" and c.i > last.i), None)
        if clause is None or clause.i == verb.i or not self._is_action(clause):
            return []
        relative = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        plural = clause.lower_ in ("are", "were") or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("are", "were")
                                                         for c in clause.children)
        if relative is None or relative.lower_ not in ("which", "that") or not plural:
            return []
        return [f for f in self._frames(clause, None, default_actor, purposes, condition) or []
                if f.action in ("share", "store")]

    def _bracketed_collector(self, span, text: str, purposes: list[str]) -> list[Frame]:
        """The `collect` of a named party that a bracketed participle on the data names as its agent ("Our backend logs
        … IP addresses (collected automatically by Cloudflare)"): the party collects the data as well; [] otherwise."""
        for clause in span.root.children:
            if not (clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.i > span.root.i
                    and "(" in (clause.left_edge.text, span.doc[clause.left_edge.i - 1].text)
                    and self.lex.verbs.get(clause.lemma_.lower()) == "collect"):
                continue
            agents = [o for c in clause.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            for agent in agents:
                start, end = agent.left_edge.idx, agent.right_edge.idx + len(agent.right_edge)
                for named in self.entities.find_named(text, "en"):
                    if start <= named.start and named.end <= end and named.value != FIRST_PARTY:
                        return [Frame("collect", actor=named.value, actor_text=text[named.start:named.end],
                                      purposes=purposes)]
        return []

    def _captured_for_a_vendor(self, doc, mentions: list[Mention], mention_tokens: dict[int, range]) -> None:
        """Data the user photographs, records or enters, said in the same sentence to go "directly to" a named party
        ("You photograph your driver's license and take a selfie in the Jumio module …; the images go directly to
        Jumio", "The images of your identity document and your selfie are captured through the Onfido SDK … and are
        transmitted directly to Onfido"): collected by that party, not by us (GUIDELINES: data the user gives
        directly to a third party). Changes the first-party collections of the mentions before the hand-off whose
        verb is the hand-off itself, one coordinated with it or one the user performs."""
        handoff = party = None
        for verb in doc:
            if verb.lemma_.lower() not in HANDOFF_VERBS or verb.pos_ not in ("VERB", "AUX") or not _directly(verb) \
                    or _negation(verb) is not None:
                continue
            target = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                           for p in c.children if p.dep_ == "pobj"), None)
            named = self._other_party(target) if target is not None else None
            if named is not None and named[0] not in (FIRST_PARTY, THIRD_PARTY, "user"):
                handoff, party = verb, named
                break
        if handoff is None:
            party = self._handed_on_next(doc)
            if party is None:
                return
            linked = set()
            handoff = doc[-1]
            handoff_i = len(doc)
        else:
            linked = {handoff.i, *(c.i for c in handoff.conjuncts)}
            handoff_i = handoff.i
        for mention in mentions:
            tokens = mention_tokens.get(id(mention))
            if not mention.frames or mention.skip or tokens is None or tokens.start >= handoff_i:
                continue
            first = doc[tokens.start]
            verb = first if first.pos_ == "VERB" else self._governing_verb(first)
            if verb is None or isinstance(verb, str):
                continue
            subject = _subject_token(verb)
            if verb.i not in linked and getattr(subject, "lower_", "") not in SECOND_PERSON \
                    and verb.lemma_.lower() not in CAPTURING_VERBS:
                continue
            mention.frames = [replace(f, actor=party[0], actor_text=party[1])
                              if f.action == "collect" and not f.negated and f.actor == FIRST_PARTY else f
                              for f in mention.frames]

    def _handed_on_next(self, doc) -> tuple[str, str] | None:
        """The named party the next sentence of the block, after a semicolon, says the images or data of this one go
        "directly to" ("…; these images are sent directly to Onfido, and …"), else None."""
        follow = self._next_in_block
        if not follow or not _doc_text(doc).rstrip().endswith(";"):
            return None
        found = HANDED_ON_NEXT.match(follow)
        if found is None:
            return None
        named = [m for m in self.entities.find_named(follow, "en") if m.start == found.end()]
        return (named[0].value, follow[named[0].start:named[0].end]) if named else None

    def _tool_used_to_collect(self, verb, action_verbs, trackers=frozenset()) -> tuple | None:
        """For a list introduction's "use" whose object is a tool or technology, not data (or a tracking technology,
        whose tokens are `trackers`), beside a collecting verb of the same introduction ("We use Google Analytics and
        collect the following:", "We use tracking technologies to automatically collect …, such as:"): the named
        party the object is (or None) with its words, and whether the object is a tracking technology; None for any
        other verb."""
        if verb.lemma_.lower() not in TOOL_USE_VERBS or _negation(verb) is not None:
            return None
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if not objects or any(o.i in self._inside_terms and o.i not in trackers or o.lemma_.lower() in BARE_DATA_NOUNS
                              or o.pos_ == "PRON" for o in objects):
            return None
        if not any(other is not verb and self.lex.verbs.get(other.lemma_.lower()) == "collect"
                   and _negation(other) is None and (other.head.i == verb.i or verb in other.conjuncts
                                                     or _relative_on_object(other, objects))
                   for other in action_verbs):
            return None
        tracker = any(o.i in trackers for o in objects)
        if tracker and (owner := self._named_tracker_owner(objects[0])) is not None:
            # "We also use the Google Analytics cookies … to collect information about:": the named tool's own cookies
            # are its means, the tool alone collects (GUIDELINES: a tool's cookies named as the means)
            return owner[0], owner[1], False
        party = None if tracker else self._other_party(objects[0])
        return (party[0], party[1], tracker) if party is not None and party[0] != THIRD_PARTY else (None, None, tracker)

    def _analytics_tool_in_block(self) -> tuple[str, str] | None:
        """The one analytics tool that the other sentences of the sentence's paragraph name (a catalogued analytics
        service, or a party named right before "analytics": "Vercel's website analytics"), with its words; None when
        they name none or several."""
        found: dict[str, str] = {}
        for other in self._block_neighbours:
            for match in self._outside_parties_named(other):
                entity = self.entities.get(match.value)
                if entity is not None and (entity.category == "analytics"
                                           or ANALYTICS_AFTER_NAME.match(other, match.end)):
                    found.setdefault(match.value, other[match.start:match.end])
        return next(iter(found.items())) if len(found) == 1 else None

    def _named_tracker_owner(self, tracker) -> tuple[str, str] | None:
        """The named tool whose tracking technology `tracker` heads ("the Google Analytics cookies", "Matomo's
        cookies"): its id and words, from the words before the head; None for unnamed trackers ("tracking
        technologies", "our cookies")."""
        if tracker.left_edge.i >= tracker.i:
            return None
        before = tracker.doc[tracker.left_edge.i:tracker.i].text
        named = self.entities.find_named(before, "en")
        return (named[0].value, before[named[0].start:named[0].end]) if named else None

    def _without_own_name_subjects(self, matches, spans):
        """`matches` and their `spans` less a term that is one of our one-word names written as a name and doing a
        practice as the subject of its verb ("Bookmarks does not collect …", "Bookmarks synchronizes data with
        Pinboard", the app called Bookmarks) or run by the user ("the devices on which you run Bookmarks"): the
        product names no data, as a data word in a Chinese app's name (QQ邮箱) names none; "your bookmarks", and such
        a word as the subject of another verb ("The Public Resolver Logs we store consist of …"), stay data."""
        def own_name_subject(span) -> bool:
            if span is None or len(span) != 1 or not self.capitalised_word_aliases:
                return False
            token = span[0]
            if not (token.text[:1].isupper() and token.lower_ in self.capitalised_word_aliases
                    and token.head.pos_ == "VERB"):
                return False
            verb = token.head.lemma_.lower()
            return (token.dep_ == "nsubj" and verb in self.lex.verbs
                    or token.dep_ == "dobj" and verb in OWN_APP_VERBS)
        kept = [(m, span) for m, span in zip(matches, spans) if not own_name_subject(span)]
        return [m for m, _ in kept], [span for _, span in kept]

    def _without_subject_verb_terms(self, doc, matches, spans):
        """`matches` and their `spans` less the terms of several words that end in a practice verb whose subject is the
        word before it and whose object names data of its own ("Our server logs your IP address", "the web server
        records your IP address": "server logs", "server records" are a noun and its verb, no data phrase)."""
        def subject_and_verb(match, span) -> bool:
            if span is None or len(span) < 2:
                return False
            verb, subject = span[-1], span[-2]
            if not (verb.pos_ == "VERB" and verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in self.lex.verbs
                    and subject.pos_ == "NOUN" and subject.dep_ == "nsubj" and subject.head.i == verb.i):
                return False
            objects = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i >= span.end]
            return any(doc[o.left_edge.i].idx <= other.start < doc[o.right_edge.i].idx + len(doc[o.right_edge.i])
                       for o in objects for other in matches if other is not match)
        kept = [(m, span) for m, span in zip(matches, spans) if not subject_and_verb(m, span)]
        return [m for m, _ in kept], [span for _, span in kept]

    def _records_tools(self, token, text: str) -> list[str]:
        """The named tools that another sentence of the block says collect, receive or get sent the records whose
        leaving out `token` states ("The mobile app uses Sentry to collect crash reports and diagnostic data. Crash
        reports do not contain the text of your messages"): what the records leave out does not reach the tool,
        `not_share` with it (GUIDELINES: a sentence of its own saying that the data sent does not include named
        data); [] when no such sentence names one, the records then being ours."""
        verb = _object_phrase_head(token).head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and verb.dep_ == "conj":
            subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in PRONOUN_SUBJECTS or self.entities.names_other_party(text, "en"):
            return []
        # (the records in the singular or the plural: "we send an error report to Sentry … These reports do not
        # include …")
        records = re.compile(r"\b" + re.escape(subject.lemma_.lower()) + r"s?\b", re.I)
        found: list[str] = []
        for other in self._block_neighbours:
            if not records.search(other) or not RECORDS_REACHING_TOOL.search(other):
                continue
            for match in self._outside_parties_named(other):
                if match.value not in found:
                    found.append(match.value)
        return found

    def _push_services(self, text: str) -> list[str]:
        """The push services that the sentence `text` or another sentence of its block names (a catalogued push SDK,
        "Firebase Cloud Messaging", or a company named right before "push", "Apple Push Notification service"), in
        order, or []."""
        found: list[str] = []
        for other in [text, *self._block_neighbours]:
            for match in self.entities.find_named(other, "en"):
                entity = self.entities.get(match.value)
                if match.value in found or match.value == FIRST_PARTY or entity is None:
                    continue
                if entity.category == "push" or PUSH_AFTER_NAME.match(other, match.end):
                    found.append(match.value)
        return found

    def _records_practice(self, token) -> list[Frame]:
        """The share frames of the records that data is removed from ("… from crash reports"): the practice of the same
        records named earlier in the sentence or elsewhere in its paragraph, or []."""
        verb = _object_phrase_head(token).head
        records = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                   for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in self.lex.record_nouns]
        if not records:
            return []
        record = records[0]
        for other in token.doc:
            if other.i == record.i or other.lemma_.lower() != record.lemma_.lower() or other.pos_ != "NOUN":
                continue
            practice = self._governing_verb(other)
            if practice is None or isinstance(practice, str) or practice.i == verb.i or not self._is_action(practice):
                continue
            frames = self._frames(practice, None, FIRST_PARTY, [], None) or []
            shared = [f for f in frames if f.action == "share" and not f.negated]
            if shared:
                return shared
        frames = self._includer_frames(record, FIRST_PARTY, [], None)
        return [f for f in frames if f.action == "share" and not f.negated]

    def _includer_frames(self, subject, default_actor: str, purposes: list[str], condition: str | None) -> list[Frame]:
        """What another sentence of the block does to the data that includes a mention ("Teachers … create student
        accounts by uploading a class roster. A roster contains each student's name": collect; "Session data includes
        page title, URL … Session data is … never sent to an external server"): the practice of the verb whose object
        or passive subject is that data again, with the same modifiers. Nearest sentence before first, then after."""
        lemma, modifiers = subject.lemma_.lower(), _noun_modifiers(subject)
        named = re.compile(r"\b" + re.escape(subject.lower_.rstrip("s")), re.I)
        inside, self._inside_terms = self._inside_terms, set()
        try:
            for text in self._block_neighbours:
                if not named.search(text):
                    continue
                for token in self.nlp(_for_parsing(text, self.first_party_aliases, self._prefixed_verb)):
                    if token.lemma_.lower() != lemma or token.pos_ != "NOUN" or not modifiers <= _noun_modifiers(token):
                        continue
                    verb = _practice_verb_of_noun(token)
                    if verb is None or not self._is_action(verb):
                        verb = self._governing_verb(token)
                    if verb is None or isinstance(verb, str) or not self._is_action(verb):
                        continue
                    frames = self._frames(verb, None, default_actor, purposes, condition)
                    if frames:
                        return unique_frames(frames)
        finally:
            self._inside_terms = inside
        return []

    def _continue_colon_lists(self, doc, text: str, mentions: list[Mention], soft_skipped: set[int],
                              default_actor: str, purposes: list[str], condition: str | None) -> None:
        """"We save the following information…: subscriptions, preferred language": items after a colon take
        the practice stated before it, as the answer cell of a question-and-answer table row takes the practice its
        question asks about ("What data does Sentry collect? | Crash reports, stack traces, OS version")."""
        asked = WHAT_QUESTION_ROW.match(text)
        colon = asked.end("question") if asked else text.find(":")
        if colon < 0 or colon > len(text) - 3:
            return
        before = [t for t in doc if t.idx < colon and self._is_action(t) and t.i not in self._inside_terms]
        # "SimpleX Directory stores: your search requests, the messages …", "the extension will collect: browsing
        # activity, website content": a practice verb right before the colon takes the list after it as its object
        last = next((t for t in reversed(doc) if t.idx < colon and not t.is_punct and not t.is_space), None)
        # (a finite verb or an infinitive, not a label's participle: "**Data Shared:** usage data", `PRACTICE_LABEL`)
        verb_colon = (bool(before) and last is not None and last.i == before[-1].i and last.pos_ in ("VERB", "AUX")
                      and last.tag_ not in ("VBN", "VBG"))
        if (not verb_colon and last is not None and last.tag_ == "NNS" and last.dep_ == "ROOT" and last.i > 0
                and last.i not in self._inside_terms and doc[last.i - 1].pos_ == "PROPN"
                and self.lex.verbs.get(last.lemma_.lower())):
            # "SimpleX Directory stores: …": the third-person verb the tagger read as a plural noun after its subject
            before, verb_colon = [last], True
        if not (asked or COLON_INTRO.search(text[:colon]) or verb_colon):
            return
        if not before:
            return
        frames = self._frames(before[-1] if verb_colon else before[0], None, default_actor, purposes, condition) or []
        for mention in mentions:
            if mention.start > colon and not mention.frames and (mention.inherit or id(mention) in soft_skipped):
                mention.frames = [frame.with_context() for frame in frames]
                mention.skip = mention.inherit = False

    def _linear_fallback(self, doc, text: str, mentions: list[Mention], action_verbs, default_actor: str,
                         purposes: list[str], condition: str | None) -> None:
        """An enumerated data phrase the parse left without a predicate ("We keep your application information, your
        Plan and repayment history and recordings of calls for seven years", parsed as the subject of a later clause)
        takes the practice of the nearest practice verb before it in the same clause (no sentence punctuation
        between), unless that verb is a clause on another noun ("the information we collect depends on…")."""
        for mention in mentions:
            if mention.frames or mention.skip or not mention.inherit or mention.denied:
                continue
            before = [v for v in action_verbs if v.idx + len(v) <= mention.start
                      and not CLAUSE_BREAK.search(text, v.idx + len(v), mention.start)]
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if before else None
            if span is None or not _enumerated(span.root, mention, mentions, text):
                continue
            verb = before[-1]
            if verb.dep_ in ("relcl", "acl") and span.root not in verb.subtree:
                continue
            if _in_contrasting_conjunct(span.root, verb):
                continue  # "This information does not reveal your identity but may include your IP address"
            if _object_of_later_verb(span.root, verb):
                continue  # "provide customer support, and respond to your requests, questions and feedback"
            frames = self._frames(verb, span, default_actor, purposes, condition)
            if frames:
                mention.frames = [f.with_context() for f in frames]
                mention.inherit = False

    def is_intro_continuation(self, text: str) -> bool:
        return bool(INTRO_CONTINUATION.search(text))


def _object_of_later_verb(root, verb) -> bool:
    """Whether the data phrase is the object of a preposition on a verb coordinated after `verb` ("provide customer
    support for the Service, and respond to your requests, questions and feedback"): that verb's clause, which states
    no practice, and not the earlier verb's ("provide"), holds it."""
    head = _first_conjunct(root)
    if head.dep_ != "pobj" or head.head.dep_ != "prep" or head.head.lower_ in ("as", "like", "including"):
        return False  # not examples ("information about your calendar invites such as the title, …")
    governor = head.head.head
    return governor.pos_ == "VERB" and governor.i > verb.i and governor in verb.conjuncts


NAMING_ROOTS = {"include", "contain", "comprise", "consist", "cover", "be", "have", "mean", "refer"}
BACK_POINTING_SUBJECTS = {"this", "these", "that", "those", "it", "they", "such", "which", "each", "all", "both"}


def _bound_by_agreement(verb, agreement_nouns: set[str]) -> bool:
    """Whether the practice `verb`, with a subject other than the service, is in a clause saying what an agreement
    binds that party to: a clause under a verb whose object is the agreement ("We have a data sharing agreement with
    providers so they can only use your data to:") or a clause on the agreement or on the party it is made with
    ("contractual agreements with all our processors ensuring that they may only process the personal data")."""
    subject = _subject_token(verb)
    if subject is None or subject.lower_ in FIRST_PERSON | {"i"}:
        return False
    node = verb
    for _ in range(6):
        head = node.head
        if head.i == node.i or node.dep_ not in ("conj", "advcl", "ccomp", "xcomp", "acl", "relcl"):
            return False
        if node.dep_ in ("advcl", "ccomp", "xcomp") and any(
                c.dep_ in ("dobj", "obj") and c.lemma_.lower() in agreement_nouns for c in head.children):
            return True
        if node.dep_ in ("acl", "relcl"):
            if node.i == verb.i:
                return False  # "agreements with partners who collect your location": the clause names the partners
            noun = head
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
                noun = noun.head.head  # "agreements with all our processors ensuring that …"
            return noun.lemma_.lower() in agreement_nouns
        node = head
    return False


def _first_person_practice(verb) -> bool:
    """Whether the practice `verb` has the service as its subject or agent ("we collect …", "… is collected by us")."""
    subject = _subject_token(verb)
    if subject is not None and subject.lower_ in FIRST_PERSON | {"i"}:
        return True
    return any(c.dep_ == "agent" and any(g.lower_ in FIRST_PERSON for g in c.children) for c in verb.children)


def _clause_of_another_subject(doc, spans) -> bool:
    """Whether every main clause is finite, with no practice verb, and its subject names no data but some other thing
    or party ("We display leaderboards showing the number of recordings users make", "Your organization can also
    choose to configure Defender for Endpoint", "Wildfire Games may address or resolve bug reports"): a statement of
    its own about that subject, not an item of what a list introduction or a heading says is practised. Clauses of
    inclusion or naming ("This includes …", "Posts may contain …") and subjects pointing back are not such
    statements."""
    if not _finite_main_clauses(doc):
        return False
    data_tokens = {t.i for span in spans if span is not None for t in span}
    for root in (t for t in doc if t.dep_ == "ROOT"):
        if root.lemma_.lower() in NAMING_ROOTS:
            return False
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            return False
        if any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" and any(
                g.lower_ in ("us", "app", "application", "service", "server", "servers") for g in c.children)
               for c in root.children):
            return False  # "Google returns to the App a purchase token": what another party hands to the service
        for subject in subjects:
            if subject.lower_ in BACK_POINTING_SUBJECTS or any(
                    t.i in data_tokens for t in subject.subtree):
                return False
            if subject.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in subject.children):
                return False  # "User saved collections of tabs": a noun phrase the parser read as a clause
    return True


def _generated_by_software(token) -> bool:
    """Whether the data headed by `token` is the object of an active "generate" whose subject is not the person ("it
    generates a random device ID", "The app generates a unique identifier"), in a sentence with no other verb of a
    practice on it."""
    head = _first_conjunct(token)
    verb = head.head
    return (head.dep_ in ("dobj", "obj") and verb.lemma_.lower() == "generate"
            and verb.tag_ in ("VB", "VBZ", "VBP", "VBD")
            and any(c.dep_ == "nsubj" and c.lower_ not in ("you", "user", "users") for c in verb.children))


# a clause saying the data was worked out ("Location data derived from your IP address is deleted after 30 days")
# states that it was obtained, not only which data is meant (GUIDELINES: a location derived from the IP address)
INFERRING_LEMMAS = {"derive", "infer", "deduce", "estimate", "calculate", "compute", "generate"}


def _relative_on_object(clause, objects) -> bool:
    """Whether the collecting verb `clause` is a relative clause on one of `objects`, the tool a "use" names ("The
    Service uses a third-party service, Google ML Kit, which may collect … the following data:"): the tool collects the
    items, using it is no practice on them."""
    if clause.dep_ != "relcl":
        return False
    named = clause.head
    while named.dep_ in ("appos", "conj") and named.head.i != named.i and not any(named.i == o.i for o in objects):
        named = named.head  # "a third-party service, Google ML Kit, which …": the name in apposition to the object
    # ... or a name set right after the object that the parser hangs from the verb ("uses a … service, Google ML Kit,")
    return any(named.i == o.i or named.head.i == o.head.i and named.dep_ in ("npadvmod", "appos")
               and o.i < named.i <= o.i + 2 + sum(1 for t in named.lefts) for o in objects)


def _retained_subject(main_frames) -> bool:
    """Whether the predicate a data phrase is the subject or object of only keeps it ("Check images captured through
    mobile deposit are kept for seven years"): every frame an affirmed `store`."""
    return bool(main_frames) and all(f.action == "store" and not f.negated for f in main_frames)


# quantifiers a data phrase can follow as the object of "of" ("All of your Personal Data that we collect")
PARTITIVE_QUANTIFIERS = {"all", "any", "some", "none", "each", "most", "much", "part"}


def _clause_noun(root, verb):
    """The noun a relative or participial clause `verb` on the data phrase of `root` hangs on: the noun the data term
    modifies when the clause is on it ("Any feedback data we collect": "data"), else `root`."""
    if isinstance(verb, str) or verb.dep_ not in ("relcl", "acl"):
        return root
    head = root
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if verb.head.i == head.i:
        return head
    quantifier = verb.head
    if (quantifier.lower_ in PARTITIVE_QUANTIFIERS and quantifier.i < head.i < verb.i and head.dep_ == "pobj"
            and head.head.lower_ == "of" and head.head.head.i == quantifier.i):
        # "All of your Personal Data that we collect may be transferred": the parser hangs the clause on "All"
        return quantifier
    return root


def _purpose_in_condition(verb) -> bool:
    """Whether `verb` is the purpose of the user's act in a condition clause ("If you use our feedback survey form to
    provide feedback, this information will be retained:"): the occasion of the introduction's practice, like the
    condition's own verb, which states the practice only when the main clause states none (GUIDELINES: a list
    introduction whose only practice verb is storing gives `store` alone)."""
    return (verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.head.dep_ == "advcl" and verb.head.i != verb.i)


def _shared_subject(main_frames) -> bool:
    """Whether the predicate a data phrase is the subject or object of only passes it on ("The personal data we
    collect may be shared with other government departments", "All of your Personal Data that we collect may be
    transferred to a third party if we undergo a merger"): every frame an affirmed `share` (GUIDELINES: a restrictive
    clause that only identifies the data as what we collect adds no `collect`)."""
    return bool(main_frames) and all(f.action == "share" and not f.negated for f in main_frames)


def _retention_after_participle_root(verb, noun, lex):
    """The retention verb of a sentence the parser rooted in the participle on its subject ("Copies of identity
    documents scanned at activation are deleted within 30 days", "The domain names logged by our DNS resolver are
    deleted after 30 days": "scanned" / "logged" the root, "are deleted" its conjunct with no subject of its own),
    else None."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBN", "VBD") or any(
            c.dep_ in ("aux", "auxpass", "dobj", "obj") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or noun not in subject.subtree:
        return None  # the data is the subject ("Copies of identity documents"), not what the participle says of it
    retaining = {v for v, action in lex.verbs.items() if action == "store"} | set(lex.deletion_verbs)
    return next((c for c in verb.children if c.dep_ in ("conj", "parataxis") and c.i > verb.i and c.tag_ == "VBN"
                 and c.lemma_.lower() in retaining and any(a.dep_ == "auxpass" for a in c.children)
                 and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)), None)


def _fronted_by_gerund(verb) -> bool:
    """Whether `verb` is a gerund of a "By …ing" phrase opening its clause ("By signing up and using the Platform, you
    consent to …:"): the means the rest of the sentence is brought about by, told before it."""
    first = _first_conjunct(verb)
    return (verb.tag_ == "VBG" and first.dep_ == "pcomp" and first.head.lower_ == "by"
            and first.head.head.i > first.head.i and _subject_token(first) is None)
