"""The English analyser: one sentence at a time, from data phrases to frames.

`EnglishAnalyzer` matches data phrases on the raw sentence, parses only sentences that mention data, aligns the
phrases to tokens and climbs the dependency tree to the governing action verb, whose frame gives the action, actor,
recipient, denial, purposes and conditions.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from ...records import FIRST_PARTY, THIRD_PARTY, Sentence
from ...taxonomy import data_matcher, EntityCatalog, Taxonomy
from ..base import Frame, Mention, SentenceAnalysis, unique_frames
from ..lexicon import any_match, Lexicon
from .clauses import (_clause_after_parenthesis, _compound_split_by_relative, _contrasting_verb,
    _describes_head_of_fragment, _describing_clause_of, _doc_text, _finite_main_clauses, _first_conjunct,
    _given_subject, _has_subject, _in_condition_clause, _in_contrasting_conjunct, _in_fragment_clause,
    _infinitive_subject_of_control, _joined_by_contrast, _named_examples, _noun_modifiers, _noun_with_object,
    _object_of, _object_phrase_head, _object_read_as_clause_subject, _opens_item, _outside_other_parentheses,
    _passive_after_clause, _phrasal_verb, _phrase_head, _practice_verb_of_noun, _preceded_by, _prepositional_objects,
    _relative_antecedent, _semicolon_between, _spans, _subject_noun, _subject_token, _user_clause,
    _verb_before_second_object, _verb_candidates, _verb_list_item)
from .contexts import _introduces_list, analysis_contexts, AnalysisContext
from .negation import (DATA_EXCEPTION_AFTER, DATA_EXCEPTION_BEFORE, MEANS_PREPOSITIONS, NEGATING_VERBS, OPERATED_THINGS,
    _account_as_occasion, _characterised_as_not_personal, _conjunct_negated, _consequence_after, _denied_derivation,
    _denied_derivation_source, _denied_host, _denied_inclusion_by_described, _denied_main_clauses, _denied_operator,
    _denied_prevention, _denied_purpose_infinitive, _denied_usage_practices, _describes_item_head,
    _left_out_of_carriers, _negated_identity, _negated_included_clause, _negated_inclusion, _negation,
    _negative_subject, _nominal_negation, _nothing_argument, _object_negated, _opening_no, _optional_relative_clause,
    _own_auxiliary, _removed_before_sending, _users_own_prevention)
from .parties import (_CROSSING, CORPORATE_SUFFIXES, FIRST_PARTY_MODIFIER, NOT_TO_US, RESPONDING_VERBS, STAFF_NOUNS,
    TOOL_VERBS, _access_holder, _alias_form, _availability, _available_to_no_one_named, _channel_to_us, _crosses_to_us,
    _denied_access, _directly, _gets_object, _indirect_question_item, _kept_with_a_tool,
    _list_item_taken_by_user_clause, _makes_available, _named_party, _not_to_us, _on_our_behalf,
    _open_only_to_own_people, _outside_parties_in_general, _own_object, _own_passive_subject, _party_clause, _passed_on,
    _practice_of_a_class_of_parties, _responding_verb, _sent_nowhere, _sent_to_the_user, _shown_to_others,
    _signs_up_with, _sites_as_setter, _staff_access, _tells_us, _the_developer, _third_party_modified, _tool_serving,
    _user_or_software_clause, _users_indirect_question, _users_own_destination, _users_own_use,
    _without_corporate_suffix)
from .preprocess import (COLON_INTRO, _answered_question, _continue_enumerations, _continue_parenthetical_lists,
    _enumerated, _for_parsing, _prefixed_verb_pattern, _run_in_label_end, _third_person_action, _without_definitions)
from .purposes import (ANSWERING_BEFORE, PURPOSE_NOUNS, _after_it, _capability_in_term, _conditioned_procedure,
    _describes_legal_ground, _embedded_question, _how_to_clause, _measure_named, _names_a_purpose,
    _needed_for_a_purpose, _object_of_understanding, _obliged_practice, _purpose_clause, _purpose_read_as_predicate,
    _trust_in_providing, _what_it_depends_on)
from .retention import (UNDELETED_VERBS, _assured_safe, _camera_as_device, _cookie_placing_verb, _country_as_place,
    _describes_a_party_bound_to_safeguard, _in_safe_keeping, _keeps_in_state, _kept_in_place, _kept_on_own_device,
    _kept_undeleted, _place_of_verb, _retention_period, _writes_a_log)
from .topics import (DEMONSTRATIVE_SUBJECTS, _category_referred_back, _classified_or_referred, _collecting_means,
    _controlled_data, _derivation_source, _derived_from, _describing_participle, _identifying_clause,
    _in_document_title, _included_in_demonstrative, _inclusion_frame, _inclusion_subject, _label_called_anonymous,
    _listed_after_data, _names_a_service, _names_a_technique, _offered_opt_in, _practice_participle,
    _relative_inclusion_before, _signs_in, _signs_in_with, _subject_taken_by_fronted_list, _transferred_asset,
    _unlawful_practice, _verbless_examples, _what_a_law_does)
from .words import (ACCESS_VERBS, CONTROL_VERBS, COPULAS, DERIVATION_SOURCES, EXAMPLE_PREPOSITIONS, FIRST_PERSON,
    IDENTIFIER_TYPES, INCLUSION_VERBS, LIST_SEPARATOR, NOMINAL_PRACTICES, PERMISSION_VERBS, PRONOUN_SUBJECTS,
    SECOND_PERSON, USER_NOUNS)


# words policies capitalise as their own defined terms ("to use the Services", "use Cookies to"), never a party's name
DEFINED_TERMS = {"service", "app", "application", "site", "website", "platform", "product", "software", "cookie",
                 "technology", "tool", "information", "data", "content", "feature", "program", "programme"}


# places data is kept that a hosting company may run: "on AWS servers", "in the Frankfurt region of AWS"
HOST_PLACES = {"server", "datacenter", "datacentre", "center", "centre", "region", "infrastructure", "cloud"}

OWN_INFRASTRUCTURE = {"server", "system", "database", "infrastructure", "network", "computer", "cloud", "backend"}


# Subjects of "send"/"transmit" that are the service's own software: with no recipient, the data goes to the service.
SOFTWARE_SUBJECTS = {"app", "application", "client", "software", "extension", "browser", "game"}


# Practice words the tagger reads as a compound noun when they open a list item of purposes ("- process rentals and
# purchases", "- Processing orders or other transactions"): there, the verb (or its gerund) of the item's object.
ITEM_OPENING_PRACTICES = {"process", "processing"}


# Verbs whose subject, a party other than us or the user, is a recipient of the data we pass on ("Sentry receives
# crash reports", "vendors may access your information"; GUIDELINES: Actors and recipients), unless it takes the data
# from elsewhere or straight from the user. Not "get": "Google may be able to get your IP address" from the browser.
RECEIVING_VERBS = {"receive", "access"}


# Verbs of data reaching the knowledge of their subject: "we never see your card number", "we learn information about
# you" (our collection); "Groq sees the document chunks we send", "Neither Keyvault nor Leakline learns your passwords"
# (another party is given the data: GUIDELINES, a party said to see the data). "learn" only with a data object, not
# "learn more about …" nor "learn that …".
SEEING_VERBS = {"see", "learn"}


# Verbs whose subject, when it names people ("your followers", "your contacts"), is who is shown the data, not data.
VIEWING_VERBS = {"see", "view", "watch", "read", "receive", "learn"}


# The verbs of a processor's handling of the data it is given: with another party as subject or agent, our sharing.
PROCESSING_VERBS = {"process", "handle"}

PROCESSOR_NOUNS = {"processor", "subprocessor", "provider", "vendor", "service", "partner", "company", "contractor",
                   "supplier"}  # generic parties that process for us: "our service providers", "payment partners"


CHANNELS = {"sms", "email", "e-mail", "text message", "text messages", "phone", "telephone", "push notification",
            "push notifications", "mail", "post", "phone call", "phone calls"}


# Accounts at another service that the user signs in with or connects: a method, not data ("sign in with your Google
# account"); what the service passes on is named on its own ("we receive your name and email address").
SIGN_IN_ACCOUNTS = {"google account", "facebook account", "apple account", "twitter account"}


ENTRY_PLACES = {"form", "page", "field", "window", "screen", "checkout", "widget", "portal", "site", "website", "iframe",
                "frame", "interface"}  # where a user enters data: "into a payment form hosted by Stripe"


# a subject like "these partners" points back to the parties the sentence before names
DEMONSTRATIVES = {"these", "those", "both", "such"}

BARE_DATA_NOUNS = {"information", "info", "data", "datum"}  # data named by no type ("certain information")

BARE_DATA_WORDS = re.compile(r"\b(?:information|info|data)\b", re.I)

PARTITIVES = {"some", "all", "one", "any", "many", "several", "each", "certain"}  # "some of our partners such as X"

PARTY_NOUNS = {"service", "partner", "company", "provider", "tool", "network", "party", "sdk", "platform", "vendor",
               "processor", "advertiser", "plugin", "library", "organization", "organisation", "firm", "business"}


EXAMPLES_BEFORE = re.compile(r"\b(?:such as|including|like|e\.g\.),?\s*$", re.I)  # what opens named examples


# what "this" points back to as a party named before ("We use Crashlytics … This service may collect …"); not the
# nouns our own service is called by ("this platform", "this company")
TOOL_NOUNS = {"service", "tool", "sdk", "library", "plugin", "provider", "processor", "vendor"}


# verbs by which the user hands data over to someone named as its receiver ("you submit X to Stripe")
HANDING_VERBS = {"provide", "give", "submit", "send", "transmit", "supply", "disclose"}

WRITING_VERBS = {"write", "export"}  # "writes workout data to Apple Health": share when written to a named party


MODIFIER_STOPLIST = {"domain", "company", "brand", "product", "file", "host", "business", "trade", "event", "site",
                     "website", "service", "street", "program", "project", "package", "class", "field", "brand",
                     "legal", "registered", "corporate", "team", "policy", "camera", "device", "room", "network", "channel",
                     "group", "folder", "server", "browser"}


CLAUSE_BREAK = re.compile(r"[.;:!?]")


# the label of a setting the user switches, a name with a capital ("turn off the Help improve Microsoft products by
# sending optional diagnostic data about how you use the browser … setting"): data named only in the name of a feature
# the user uses gets no tuple (GUIDELINES)
CONTROL_LABEL = re.compile(r"\b(?:turn(?:s|ed|ing)? (?:on|off)(?: or (?:on|off))?|toggl(?:e|es|ed|ing)|switch(?:es|ed|ing)? "
                           r"(?:on|off)|(?:un)?check(?:s|ed|ing)?|(?:un)?tick(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|"
                           r"disabl(?:e|es|ed|ing)|select(?:s|ed|ing)?) (?:the )?([\"“‘]?)([A-Z][^.;:]{2,200}?)\1 "
                           r"(?:setting|option|toggle|switch|checkbox|check box|button)s?\b")


# the quoted title of a part of a document: "the ‘How we use your personal data’ section", "the “Contact Us” page"
# a sentence opening "In addition to <data>," that adds to data named before: "In addition to your credentials,
# Thunderbird needs certain … information", "In addition to log files, some of our websites use Matomo"
ADDED_TO_OPENING = re.compile(r"^\W*(?:in addition to|besides)\b([^,;:]{1,120}),", re.I)

QUOTED_TITLE = re.compile(r"(?<=[‘“\"])[^‘’“”\"]{3,120}(?=[’”\"]\s+(?:section|page|heading|chapter|part)\b)", re.I)


# an introduction ending "the app records:" / "our servers log:", which the tagger reads as a noun phrase
# (any verb of the lexicon in its third person: "records", "uploads", "fetches")
SOFTWARE_VERB_AS_NOUN = re.compile(r"\b(?:app|application|service|website|site|device|system|server|sdk)s?\s+"
                                   r"([a-z]+s)\s*:\s*$", re.I)


# … or a viewer's ("A relay you connect to sees:"), the introduction read as a noun phrase headed by the viewer
VIEWER_VERB_AS_NOUN = re.compile(r"\b(sees|receives|gets|views)\s*:\s*$", re.I)


# … or a named tool's ("Google Analytics stores information about:"): the verb, and what the tool keeps
NAMED_TOOL_VERB = re.compile(r"[*_]*\s+(records|logs|collects|stores|tracks|gathers|receives|saves|keeps)\b([^:.;]{0,60}):\s*$",
                             re.I)


# A question-and-answer table row asking which data a practice takes ("What data does Sentry collect? | Crash
# reports, stack traces"): the answer cell lists it.
WHAT_QUESTION_ROW = re.compile(r"^(?P<question>\W*(?:what|which)\b[^|?]*\?)\s*\|", re.I)


# An introduction that continues the previous sentence's practice ("This information includes / is restricted to:").
INTRO_CONTINUATION = re.compile(r"\b(include|includes|including|following|such as|as follows|for example|namely|are|"
                                r"(?:restricted|limited) to|consists? of|compris(?:e|es)|contains?)\b", re.I)


# Verbs whose denial with cookies as the object denies taking the cookies in, not only their use (see the cookie
# denials in `_analyze_doc`): "We do not collect cookies or device identifiers".
# The generic types a denied inclusion names when it calls data non-personal ("crash reports never include personal
# information", "The data we collect contains no identifying information"): no type is left out (GUIDELINES).
NON_PERSONAL_TYPES = {"personal_info", "identity"}

COOKIE_TAKING_VERBS = {"collect", "gather", "obtain", "receive"}


DEALING_NOUNS = {"practice", "action", "issue", "concern", "complaint", "decision"}  # "practices regarding X": a topic


UPLOAD_VERBS = {"upload", "sync", "synchronize", "synchronise"}  # collect verbs whose "to X" names where data goes

REGISTERING_VERBS = {"register", "enrol", "enroll"}  # verbs whose "with X" names the party the data is given to


# What a tool helps us do with data about the visitors ("helps us understand how customers use the App")
HELPED_VERBS = {"understand", "analyze", "analyse", "measure", "learn"}


# Tracking technologies whose purpose "to understand how visitors use the site" is what they obtain
TRACKING_TOOLS = re.compile(r"\b(cookies?|pixels?|pixel tags?|web beacons?|tracking technolog\w*|SDKs?|software "
                            r"development kits?|analytics (services?|providers?|tools?|software))\b", re.I)


AGGREGATE_REPORTS = {"data", "information", "statistic", "statistics", "metric", "metrics", "report", "insight",
                     "insights"}  # what anonymous or aggregate data is called: "aggregate data about site traffic"


class EnglishAnalyzer:
    def __init__(self, taxonomy: Taxonomy, entities: EntityCatalog, lexicon: Lexicon, nlp) -> None:
        self.taxonomy = taxonomy
        self.entities = entities
        self.lex = lexicon
        self.nlp = nlp
        self.data = data_matcher("en")
        self.first_party_aliases: set[str] = set()
        self.other_party_names: set[str] = set()
        self._inside_terms: set[int] = set()
        self._context: AnalysisContext | None = None  # what the sentence being analysed reads besides its text
        # (block index, head noun) of data the block called anonymous or aggregate: "Ambie collects anonymous,
        # aggregate telemetry. … the app tracks telemetry" names that data again
        self._anonymous_heads: set[tuple[int, str]] = set()
        self._block = -1
        self._block_neighbours: list[str] = []  # the other sentences of the block of the sentence being analysed
        self._previous_sentence = ""  # the sentence before it in its block
        self._first_party_phrases = {p.lower() for p in entities.first_party_terms.get("en", [])}
        self._prefixed_verb = _prefixed_verb_pattern(self.lex)

    def set_first_party_aliases(self, aliases: Iterable[str]) -> None:
        self.first_party_aliases = {alias.lower() for alias in aliases if alias}

    def set_other_party_names(self, names: Iterable[str]) -> None:
        """Names of third parties the policy uses that the catalogue does not know ("Plausible")."""
        self.other_party_names = {name for name in names if name}

    # -- public --------------------------------------------------------------------------------------------
    def analyze_many(self, sentences: list[Sentence], default_actors: list[str],
                     detailed: list[bool] | None = None, only: set[int] | None = None,
                     contexts: list[AnalysisContext] | None = None) -> list[SentenceAnalysis]:
        """Analyse sentences in order; only sentences with data phrases or list introductions are parsed, and those
        the next sentence details (`detailed`) that name bare information, for `SentenceAnalysis.bare_frames`.
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
            matches = self.data.find(sentence.text)
            if sentence.kind == "list_item" and sentence.start == 0:
                matches = sorted(matches + self.data.item_head(sentence.text, matches), key=lambda m: m.start)
            matches = sorted(matches + _denied_usage_practices(sentence.text, matches, self.lex), key=lambda m: m.start)
            intro = _introduces_list(sentence.text) or contexts[index].forward_intro
            if matches or intro or detailed and detailed[index] and BARE_DATA_WORDS.search(sentence.text):
                todo.append(index)
                matches_of[index] = matches
            else:
                results[index] = SentenceAnalysis(mentions=[], frames=[])
        texts = [_without_definitions(_for_parsing(sentences[i].text, self.first_party_aliases, self._prefixed_verb),
                                      matches_of[i]) for i in todo]
        blocks: dict[int, list[int]] = {}  # block index -> its English sentences, in order
        for i, sentence in enumerate(sentences):
            if sentence.language != "zh":
                blocks.setdefault(sentence.block_index, []).append(i)
        for index, doc in zip(todo, self.nlp.pipe(texts, batch_size=64)):
            self._context = contexts[index]
            self._block = sentences[index].block_index
            block = blocks.get(self._block, [])
            self._previous_sentence = next((sentences[i].text for i in reversed(block) if i < index), "")
            self._block_neighbours = ([sentences[i].text for i in reversed(block) if i < index]
                                      + [sentences[i].text for i in block if i > index])
            results[index] = self._analyze_doc(doc, matches_of[index], sentences[index], default_actors[index])
        self._context = None
        self._anonymous_heads.clear()
        return [result or SentenceAnalysis(mentions=[], frames=[]) for result in results]

    # -- per sentence --------------------------------------------------------------------------------------
    def _analyze_doc(self, doc, matches, sentence: Sentence, default_actor: str) -> SentenceAnalysis:
        text = _doc_text(doc)
        refusal = _spans(self.lex.refusal, text)
        purposes = self._purposes(text)
        condition = self._condition(text, refusal)
        spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in matches]
        # a one-word term the tagger reads as a verb ("JibJab also logs …") is the verb, not data
        self._inside_terms = {t.i for span in spans if span is not None
                              and not (len(span) == 1 and span.root.pos_ in ("VERB", "AUX")) for t in span}
        action_verbs = [doc[i] for i in _verb_candidates(doc)
                        if self._is_action(doc[i]) and i not in self._inside_terms]
        mentions: list[Mention] = []
        soft_skipped: set[int] = set()  # skipped for a reason an enclosing enumeration overrides
        includer_frames: dict[int, list[Frame]] = {}  # inclusion subject -> `_includer_frames`, once per sentence
        label_end = _run_in_label_end(doc, matches)
        # names that a data term inside them only helps to name: quoted section titles, setting labels (once per sentence)
        quoted_titles = [(m.start(), m.end()) for m in QUOTED_TITLE.finditer(text)]
        setting_labels = [(m.start(2), m.end(2)) for m in CONTROL_LABEL.finditer(text)]
        added_to = ADDED_TO_OPENING.match(text)
        added_to = (added_to.span(1) if added_to and not any(
            t.pos_ in ("VERB", "AUX") and t.i not in self._inside_terms
            for t in doc if added_to.start(1) <= t.idx < added_to.end(1)) else None)
        for match in matches:
            span = doc.char_span(match.start, match.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            mention = Mention(data_type=match.value, term=text[match.start:match.end], start=match.start,
                              end=match.end)
            if not self._is_data_use(span, match, setting_labels):
                continue
            mentions.append(mention)
            # "approximate location derived from your IP address": the IP address is the source a location is
            # worked out from, whatever practice the line or its list gives the location
            mention.derivation_source = (match.value in DERIVATION_SOURCES
                                         and _derivation_source(span.root, self.lex.derivation_verbs))
            if any(start <= match.start < end for start, end in refusal):
                mention.skip = True
                continue
            if _denied_derivation_source(span.root, self.lex.derivation_verbs):
                # "This ID is not derived from hardware or personal information": what a value is not made from is
                # named to describe the value, not as data of any practice, the section's included
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
            verb = self._governing_verb(span.root)
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
            if not isinstance(verb, str) and self._talked_about_or_guarded(span.root, verb):
                verb = "user-control"
            if verb is not None and not isinstance(verb, str) and (_how_to_clause(verb)
                                                                   or _embedded_question(verb, span.root)):
                # "For further information and how to request your data, use the contact form": what the reader is
                # told how to do is the user's own action, no practice of ours; and "we will provide you with
                # information about whether we hold any of your Personal Data", "choose which personal information
                # you want to provide" ask, not state, a practice
                verb = "user-control"
            if verb is not None and not isinstance(verb, str) and _names_a_purpose(verb):
                # "To fulfill any other purpose for which you provide personal information", "the reason for which
                # the information is provided": the clause names a purpose, it states no practice of its own
                verb = "user-control"
            if (verb is not None and not isinstance(verb, str)
                    and self.lex.verbs.get(verb.lemma_.lower()) in ("collect", "share")
                    and self._named_in_disclosure_item(span.root)):
                verb = "user-control"  # "The categories of personal information it has collected about that consumer."
            if verb is None and _negated_identity(span.root):
                # "It is not your advertising ID, Android ID, IMEI or MAC address": what something is not, no practice
                mention.skip = True
                continue
            if match.value in NON_PERSONAL_TYPES and _characterised_as_not_personal(span.root) and (
                    verb is None or _first_conjunct(span.root).head.lemma_.lower() in INCLUSION_VERBS):
                # "No personally identifiable information is ever part of this data", "crash reports never include
                # personal information", "The data we collect contains no identifying information": calling the data
                # non-personal names no type left out (GUIDELINES); not a denied practice the inclusion verb takes
                # ("This program does not involve the collection of any personal information")
                mention.skip = True
                continue
            if verb is None:
                read_as_noun = self._verb_read_as_noun(span)
                if read_as_noun is not None:
                    # "our hosting provider stores only encrypted vault data", "subprocessors process student data":
                    # the tagger read the practice verb after its subject as a noun of the data phrase
                    mention.frames = [Frame(self.lex.verbs[read_as_noun.lemma_.lower()], actor=default_actor,
                                            purposes=purposes, condition=condition)]
                    continue
                mention.inherit = True
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
                mention.opening_denial = (mention.denied and _opening_no(span.root)
                                          and span.root.lemma_.lower() != "account")
                if mention.denied and _subject_noun(span.root) in self.lex.record_nouns:
                    # "Usage metrics never include page addresses", "crash reports do not contain your email
                    # address": what the records we receive leave out is not collected
                    mention.frames = [Frame("collect", negated=True, actor=default_actor, purposes=purposes,
                                            condition=condition)]
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
            frames = self._frames(verb, span, default_actor, purposes, condition)
            if frames and _optional_relative_clause(verb):
                # "Code.org may receive personal data … that is not required for use of the Services": the clause
                # calls the data optional, it denies no collection (GUIDELINES: data "not required")
                frames = [f for f in frames if not f.negated] or None
            main = self._main_predicate(span.root, verb)
            outer = self._outer_predicate(span.root, verb) if main is None else None
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
                if excepted:
                    # "None of the above data will be transferred elsewhere, with the exception of message texts, which
                    # will be sent to Google AI": the clause on the excepted data states its practice, the denial not
                    main_frames = [f for f in main_frames if not f.negated]
                if main_frames and _identifying_clause(verb, frames) and (
                        outer is not None or all(f.action == "use" for f in frames)):
                    # "We do not share personal information gathered from our Web servers": a restrictive clause
                    # that only says the data is what we collect (or, as the subject, what it was used for) names the
                    # data; the main verb states the practice
                    frames = main_frames
                frames = unique_frames((frames or []) + main_frames) or None
            if (frames and match.value == "usage.cookies" and all(f.negated for f in frames)
                    and not (span.root.dep_ in ("dobj", "obj", "conj") and all(
                        f.verb in COOKIE_TAKING_VERBS for f in frames))):
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
            if (frames and match.value == "usage" and all(f.action == "use" and not f.negated for f in frames)
                    and any(t.lower_ in self.lex.anonymity_qualifiers for t in doc)):
                # "Aggregated and anonymized location data helps us to analyze user behavior": how the service is used,
                # named as the purpose of data the sentence calls aggregate or anonymous, is no use of usage data
                # (GUIDELINES: the purpose stays unannotated when the data serving it is aggregated)
                frames = None
            if (frames and match.value == "usage" and (span.text.lower().startswith(("how ", "whether "))
                                                       or _object_of_understanding(span.root, verb))
                    and all(f.action == "use" and not f.negated for f in frames)
                    and (TRACKING_TOOLS.search(text) or any(
                        m.value != FIRST_PARTY for m in self.entities.find_named(text, "en")))):
                # "Our website uses cookies … to understand how visitors use the site", "We use Matomo to understand
                # how visitors use the site": how the site is used, a purpose beside cookies, pixels or an analytics
                # tool, is what they obtain (GUIDELINES: a purpose "to understand how visitors use the site"); so are
                # "We use Web beacons to … count visits, understand usage" and "understand whether you opened our emails"
                frames = [replace(f, action="collect") for f in frames]
            if frames is None and _describing_clause_of(verb, span.root) and self._keeps_locally_verb(verb):
                # "- a random user ID, that is stored locally on your machine" under "We collect:" (also where the
                # parser makes the relative clause the root): the clause only says where the data is kept; the
                # verbless item takes its practice from its context
                mention.inherit = mention.kept_locally = True
                continue
            if frames is None and sentence.kind == "list_item" and _describes_item_head(verb, span.root):
                # "- Diagnostic logs added by the app", "- a random installation ID that the game creates": a clause
                # with no practice of ours only describes the noun the verbless item is; the item takes its
                # introduction's (or its section's) practice like any verbless item
                mention.inherit = True
                continue
            if frames is None:
                mention.skip = True
                soft_skipped.add(id(mention))  # a verb that is no practice of ours; an enclosing list may still be
                mention.kept_locally = self._keeps_locally_verb(verb)
            else:
                mention.frames = frames
                head = _first_conjunct(span.root)
                mention.clause_described = (not isinstance(verb, str) and verb.dep_ in ("relcl", "acl")
                                            and verb.head.i == head.i and head.dep_ == "ROOT")
                mention.described = mention.clause_described and _user_clause(verb, self.lex.user_subjects)
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
        intro = _introduces_list(text) or bool(self._context is not None and self._context.forward_intro)
        sentence_frames: list[Frame] = []
        occasion_only = False
        if intro:
            conditional_frames: list[Frame] = []
            as_noun = VIEWER_VERB_AS_NOUN.search(text)
            practised = [verb for verb in action_verbs if not self._purpose_of_other_object(verb)]
            for verb in action_verbs:
                if verb.head.lower_ == "without" and len(action_verbs) > 1:
                    continue  # "If you use the service without creating an account we may collect:": a condition
                if practised and verb not in practised:
                    # "we will request the following information from you so we can process your application:": the
                    # purpose clause's verb has an object of its own, the items take the main clause's practice only
                    continue
                if _party_clause(verb, self._inside_terms, as_noun.start(1) if as_noun else None):
                    continue  # "A relay you connect to sees:": the clause names the party, the items are not its object
                frames = self._frames(verb, None, default_actor, purposes, condition) or []
                if _in_condition_clause(verb) and (verb.dep_ == "advcl" or verb.tag_ == "VBG"
                                                   and _subject_token(verb) is None):
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
                                has_verb=not example_list and any(not _in_fragment_clause(verb) for verb in action_verbs),
                                user_clause=not action_verbs and _user_or_software_clause(doc),
                                denied_clause=not action_verbs and _denied_main_clauses(doc),
                                finite_clause=not action_verbs and _finite_main_clauses(doc))

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
        if colon < 0 or colon > len(text) - 3 or not (asked or COLON_INTRO.search(text[:colon])):
            return
        before = [t for t in doc if t.idx < colon and self._is_action(t) and t.i not in self._inside_terms]
        if not before:
            return
        frames = self._frames(before[0], None, default_actor, purposes, condition) or []
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
            frames = self._frames(verb, span, default_actor, purposes, condition)
            if frames:
                mention.frames = [f.with_context() for f in frames]
                mention.inherit = False

    def _answering_as_purpose(self, text: str, mentions: list[Mention], soft_skipped: set[int], action_verbs,
                              default_actor: str, purposes: list[str], condition: str | None) -> None:
        """The user's messages named only as what a purpose answers ("We use the information you provide to deliver
        the services, respond to your inquiries and improve them") are used by whoever uses, collects or shares the
        data of the sentence (GUIDELINES: responding to inquiries named as a purpose processes that correspondence),
        when the parse gave the phrase no practice of its own."""
        for mention in mentions:
            if (mention.frames or mention.data_type != "communication.messages" or mention.denied
                    or not (mention.inherit or id(mention) in soft_skipped)
                    or not ANSWERING_BEFORE.search(text, max(0, mention.start - 20), mention.start)):
                continue
            frames = [f for other in mentions if other is not mention for f in other.frames or []
                      if not f.negated and f.action in ("collect", "use", "share")]
            if not frames:
                frames = [f for verb in action_verbs if self.lex.verbs.get(verb.lemma_.lower()) == "use"
                          for f in self._frames(verb, None, default_actor, purposes, condition) or [] if not f.negated]
            if frames:
                mention.frames = unique_frames([replace(f, action="use", recipient=None, source="sentence")
                                                for f in frames[:1]])
                mention.skip = mention.inherit = False

    def _purpose_of_other_object(self, verb) -> bool:
        """Whether `verb` heads a purpose clause ("so we can process applications", "in order to process your order")
        whose direct object is something other than data: what the practice is for, not a practice on the items."""
        if verb.dep_ != "advcl":
            return False
        marked = any(c.dep_ == "mark" and c.lower_ == "so" for c in verb.children) or (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.dep_ == "mark" for c in verb.children))
        if not marked:
            return False
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        return bool(objects) and all(o.i not in self._inside_terms and o.lemma_.lower() not in BARE_DATA_NOUNS
                                     and o.pos_ != "PRON" and o.lower_ not in DEMONSTRATIVES for o in objects)

    def is_intro_continuation(self, text: str) -> bool:
        return bool(INTRO_CONTINUATION.search(text))

    # -- data phrase filters ---------------------------------------------------------------------------------
    def _is_data_use(self, span, match, setting_labels: list[tuple[int, int]]) -> bool:
        root = span.root
        if root.pos_ in ("VERB", "AUX") and len(span) == 1 and any(
                not token.is_punct and token.i != root.i for token in span.doc) and not _listed_after_data(
                root, self._inside_terms):
            return False  # "address your request", "email us" (a list item "Username" alone is data)
        if len(span) == 1 and len(span.text) > match.end - match.start and any(c in span.text for c in "./_~:"):
            return False  # "setting codeQL.telemetry.enableTelemetry to false", "go to edge://crashes": a name in code
        if span.text.lower() in CHANNELS:
            head = _first_conjunct(root)
            if head.dep_ == "pobj" and head.head.lower_ in ("by", "via", "through", "over", "for"):
                return False  # "reminders by SMS, email and push notification": a channel, not the data
            if (head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in ("send", "deliver")
                    and not any(c.dep_ == "poss" for c in root.children)):
                return False  # "vendors that send emails and text messages": messages to the user, not their data
        if not match.value.startswith(("contact", "usage")) and _sent_to_the_user(root):
            return False  # "we send one-time passcodes to your mobile phone number": a message to the user, not their data
        if match.value.startswith("contact") and _channel_to_us(root):
            return False  # "contact us using the contact details provided in the section below": our details
        if span.text.lower() in SIGN_IN_ACCOUNTS and _signs_in_with(root):
            return False  # "sign in with Apple or your Google account", "connecting a Facebook account": a method
        if _names_a_service(span, self.lex.service_nouns):
            return False  # "SMS and email delivery", "call recording providers": a service named by what it handles
        if _names_a_technique(span, self.lex.technique_nouns):
            return False  # "IP address anonymisation feature", "IP / UserAgent masking service": a safeguard's name
        if _in_document_title(span):
            return False  # "the Personal Information Charter", "the Chrome Web Store User Data Policy": a title
        if any(start <= match.start < end for start, end in setting_labels):
            return False  # "turn off the Help improve … by sending optional diagnostic data … setting": a setting's name
        if match.value in ("account", "account.profile") and _account_as_occasion(
                root, self.lex.requirement_verbs):
            return False  # "When you create a profile, you choose …", "The App does not require a user account"
        if _what_it_depends_on(root):
            return False  # "Depending on your mobile device and operating system, you may …": a condition, not data
        if root.lemma_.lower() == "name" and span.text.lower() in ("name", "names"):
            # an "of" inside a later data term is not the owner ("name and date of birth": the parser hangs "of
            # birth" on "name")
            # the owner of "the name" may follow a pair: "the name and contact details of your organisation" (the
            # parser hangs "of your organisation" on the second item); not "the name, email address and details of
            # your purchases"
            pair = [c for c in root.conjuncts if c.i > root.i]
            items = [root] + (pair if len(pair) == 1 and any(c.dep_ == "det" and c.lower_ == "the"
                                                              for c in root.children) else [])
            owner = next((g for item in items for c in item.children
                          if c.dep_ == "prep" and c.lower_ == "of" and c.i not in self._inside_terms
                          for g in c.children if g.dep_ == "pobj"), None)
            if owner is None:  # "the names you give to your cameras": what is named is the thing they are given to
                owner = next((g for c in root.children if c.dep_ == "relcl" and c.lemma_.lower() in ("give", "assign")
                              for p in c.children if p.dep_ in ("dative", "prep") and p.lower_ == "to"
                              for g in p.children if g.dep_ == "pobj"), None)
            if owner is not None and not (owner.lower_ in SECOND_PERSON or owner.lemma_.lower() in USER_NOUNS
                                          or owner.lemma_.lower() in self.lex.person_nouns):
                return False  # "the name of your insurer", "the name of the Room": not a person's name
        if any_match(self.lex.event_objects, _doc_text(span.doc)[max(0, match.start - 60):match.end]):
            return False  # "process and fulfill your orders", "deliver your purchases": the transaction, not its record
        if _preceded_by(root, self.lex.object_alternatives):
            return False  # "receives a pseudonymous user ID instead of your name": named as what is not handled
        if match.value.startswith("location") and _preceded_by(root, self.lex.jurisdiction_marks, 60):
            return False  # "to countries other than the country where you are located": a jurisdiction, not a location
        if match.value.startswith("location") and _country_as_place(root):
            return False  # "the processing of your information in your country": where it happens, not the user's location
        if (root.dep_ == "pobj" and root.head.dep_ == "agent" and not match.value.startswith("usage.")
                and root.head.head.pos_ == "VERB" and self.lex.verbs.get(root.head.head.lemma_.lower()) != "share"):
            return False  # "verified by your device's operating system": the data phrase names who acts, not data
        if match.value == "usage.history" and _sites_as_setter(root):
            return False  # "cookies set by the websites you visit": who sets the cookies, not the sites visited
        if match.value == "usage.cookies" and root.lemma_.lower() == "storage" and self._kept_in_storage(root):
            return False  # "stored in the web browser's local storage": where data stays on the device, no tracking
        if span.text.lower() in ("profile", "profiles") and _place_of_verb(root):
            return False  # "shown on your profile", "add X to your profile": where data goes, not the profile data
        if match.value == "device.hardware" and _place_of_verb(root):
            return False  # "the locale configured in your operating system": where a setting is, not the system data
        if span.text.lower() in ("camera", "cameras") and _camera_as_device(root):
            return False  # "each camera identifies itself", "footage captured by your camera", "camera names"
        if (root.dep_ == "nsubj" and root.head.lemma_.lower() in VIEWING_VERBS
                and root.lemma_.lower() in self.lex.viewers | self.lex.person_nouns):
            return False  # "Only your followers can see", "the contacts you select will receive a link": who sees
        if not match.value.startswith(IDENTIFIER_TYPES):
            head = (self._block, _phrase_head(root).lemma_.lower())
            if (_label_called_anonymous(span, self.lex)  # "**Analytics Data:** Anonymized data …"
                    or self._called_anonymous(root)):  # "Anonymous usage events", "App usage analytics (anonymized)"
                self._anonymous_heads.add(head)
                return False
            if head in self._anonymous_heads and not any(c.dep_ == "poss" for c in root.children):
                # "Ambie collects anonymous, aggregate telemetry. … Telemetry is used to understand …": the block names
                # the anonymous data again bare (GUIDELINES: no tuple, also where a later sentence names it again)
                return False
        if len(span) == 1:
            left = root.doc[root.i - 1] if root.i > 0 else None
            if (left is not None and left.dep_ == "compound" and left.head == root and left.lower_ in MODIFIER_STOPLIST
                    and not match.value.startswith("usage")):
                return False  # "domain name", "company name"; not "device diagnostics", "browser activity"
        return True

    def _kept_in_storage(self, noun) -> bool:
        """Local or web storage named as the place where data is kept ("stored in the web browser's local storage",
        "stored using Tauri's secure local storage", "live in the app's local storage"): storage on the user's own
        device, which is neither a practice of the service nor a tracking technology in use (GUIDELINES: data kept
        only on the user's own device); "we use local storage to remember your choices" stays the technology's use."""
        head = _first_conjunct(noun)
        if _place_of_verb(head):
            return True
        means = head.head  # "stored using … local storage"
        return (head.dep_ in ("dobj", "obj") and means.lemma_.lower() == "use" and means.dep_ in ("xcomp", "advcl")
                and self.lex.verbs.get(means.head.lemma_.lower()) == "store")

    def _called_anonymous(self, noun) -> bool:
        """Whether the data noun, or the first item of the list it is in, is called anonymous or aggregate by a word
        before it or in brackets after it ("anonymous usage events and properties", "aggregated and anonymized location
        data", "App usage analytics (anonymized)"); the qualifier covers every item of its list."""
        qualifiers = self.lex.anonymity_qualifiers
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head  # "App usage analytics (anonymized)": the phrase the data term modifies
        for head in {noun, _first_conjunct(noun)}:
            if any(t.lower_ in qualifiers and t.dep_ in ("amod", "conj", "compound")
                   for t in noun.doc[head.left_edge.i:head.i]):
                return True  # "anonymous usage metrics and crash reports": the tagger hangs the list on "reports"
            if any(c.dep_ in ("appos", "parataxis", "acl") and c.i > head.i and c.lower_ in qualifiers
                   for c in head.children):
                return True  # "App usage analytics (anonymized)"
        topic = noun
        while topic.dep_ in ("compound", "nmod", "conj") and topic.head.i != topic.i:
            topic = topic.head  # "site traffic and site interactions", parsed with "traffic" on "interactions"
        report = topic.head.head
        if (topic.dep_ == "pobj" and topic.head.lower_ in ("about", "on", "regarding", "concerning")
                and (report.lemma_.lower() in AGGREGATE_REPORTS or report.lower_ in AGGREGATE_REPORTS)):
            # "Compile aggregate data about site traffic and site interactions", "anonymous statistics on usage": what
            # anonymous or aggregate data is about, itself not data of the person
            return any(t.lower_ in qualifiers and t.dep_ in ("amod", "compound", "conj")
                       for t in noun.doc[report.left_edge.i:report.i])
        return False

    # -- predicates -----------------------------------------------------------------------------------------
    def _is_action(self, token) -> bool:
        if token.pos_ == "NOUN" and token.lemma_.lower() in NOMINAL_PRACTICES:
            return False  # nominal practices are reached only as heads of the data phrase
        if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBG") and not _noun_with_object(token):
            return False
        lemma = token.lemma_.lower()
        if lemma == "provide" and token.lower_ == "provided" and token.i + 1 < len(token.doc) and (
                token.doc[token.i + 1].lower_ == "that" and token.i and token.doc[token.i - 1].text == ","):
            return False  # "We will comply with such requests, provided that we have enough information": a condition
        if lemma == "base":  # "ads based on your location"; "location-based information" is no predicate
            # what records kept are based on is what they hold ("We maintain profiles on our customers based on past
            # interactions (e.g. email address, gender)": store, GUIDELINES: maintaining named data)
            # the parser hangs "based" on the records or on the keeping verb
            keeping = token.head.head if token.dep_ == "acl" and token.head.dep_ in ("dobj", "obj") else token.head
            kept = (token.dep_ in ("acl", "prep", "advcl") and self.lex.verbs.get(keeping.lemma_.lower()) == "store"
                    and any(c.dep_ in ("dobj", "obj") for c in keeping.children))
            return not kept and any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in token.children)
        if (lemma in self.lex.linking_verbs and token.tag_ == "VBN" and token.dep_ == "amod" and token.i < token.head.i
                and not any(True for _ in token.children)):
            # "delete their account and associated Usage Data", "all linked accounts": a participle before its noun
            # says which data is meant, not that anyone links it
            return False
        if _denied_derivation(token, self.lex.derivation_verbs):
            # "This ID is not derived from hardware or personal information", "a random UUID, not derived from your
            # machine": how a value is made, not a practice on it or on what it is not made from
            return False
        if lemma == "make":  # "make X available / public / accessible to Y" is sharing
            return _makes_available(token) is not None
        if self._stays_hidden(token):  # "your payment details remain hidden from guests"
            return True
        if lemma in COPULAS and not _gets_object(token):  # "your posts are public", "becomes accessible to other users"
            return (_availability(token) is not None or self._required(token)
                    or lemma in self.lex.staying_verbs and _retention_period(token, True)
                    or self._stays_kept(token))
        # "your review may be displayed to other users", "other users can see X"
        if _shown_to_others(token, self.lex, self._previous_sentence):
            return True
        if lemma in SEEING_VERBS:  # "we never see your card number": what reaches us
            if lemma == "learn" and not any(c.dep_ in ("dobj", "obj") and c.lower_ not in ("more", "how", "what")
                                            for c in token.children):
                return False
            return _has_subject(token, FIRST_PERSON) or self._seeing_party(token) is not None
        if lemma == "tell":  # "Paddle tells us your plan", "you tell us about dietary needs": we are told the data
            return _tells_us(token)
        if lemma in ("leave", "reach") or lemma in self.lex.movement_verbs:
            # "X never leaves your device", "your password never reaches us", "crash reports go to Sentry"
            return self._crossing(token) is not None
        if _signs_up_with(token):  # "you sign up with your email address": given to the service
            return True
        if lemma == "log" and _signs_in(token, self.lex.sign_in_particles):  # "by logging into your account"
            return False
        if self._kept_confidential(token):  # "keep X confidential", "maintain the secrecy of X": a safeguard
            return False
        if lemma == "keep" and _keeps_in_state(token):  # "to keep you signed in", "so that we can keep them working"
            return False
        if lemma in UNDELETED_VERBS and lemma not in self.lex.deletion_verbs:  # "commits will not be rewritten"
            return _kept_undeleted(token)
        if lemma in self.lex.deletion_verbs:  # "server logs are deleted after 30 days": a retention period
            return _retention_period(token) or _kept_undeleted(token)
        if lemma in self.lex.staying_verbs:  # "the cookie will persist for a maximum of 2 weeks"
            return _retention_period(token, True)
        if lemma in self.lex.derivation_verbs:  # "we work out your country from your IP address"
            return _derived_from(token)
        if lemma in WRITING_VERBS:  # "Application logs are written to the application log": recorded; "write notes"
            # is not, nor a log written "in a folder on your device"; "writes workout data to Apple Health", "exports
            # your workout data to a private GitHub repository": given to that party's service
            return lemma == "write" and _writes_a_log(token, self.lex.own_devices) or _named_party(self._recipient(token))
        if lemma in self.lex.concealment_verbs:  # "your phone number is hidden": passive only
            return any(c.dep_ == "auxpass" for c in token.children)
        if lemma in self.lex.purchase_verbs:  # "we may also purchase demographic information": bought by us only
            return _has_subject(token, FIRST_PERSON)
        if lemma in self.lex.user_records and (lemma not in self.lex.verbs or _has_subject(token, SECOND_PERSON)):
            # "you photograph your driver's license", "you answer questions about your health": the user records the
            # data in the service; no denial
            return (_has_subject(token, SECOND_PERSON) and self._negated(token, None) is False
                    and not (lemma == "log" and any(c.dep_ == "prt" for c in token.children))  # "you log in and …"
                    and any(self._names_data(c) for c in token.children if c.dep_ in ("dobj", "obj")))
        if lemma in self.lex.user_picks:  # "you choose a username and password"; no denial
            return (_has_subject(token, SECOND_PERSON) and self._negated(token, None) is False
                    and any(c.dep_ in ("dobj", "obj") and c.i in self._inside_terms for c in token.children))
        if _phrasal_verb(token) in self.lex.phrasal_verbs:  # "turn over user information": its particle decides
            return True
        return lemma in self.lex.verbs or lemma in self.lex.user_provides

    def _names_data(self, noun) -> bool:
        """Whether the object `noun` is a data phrase, or names one as what it is about or of ("surveys about your
        health history", "a photo of your ID card")."""
        if noun.i in self._inside_terms:
            return True
        return any(c.dep_ == "prep" and c.lower_ in ("about", "of", "on") and any(
            g.dep_ == "pobj" and g.i in self._inside_terms for g in c.children) for c in noun.children)

    def _stays_kept(self, verb) -> bool:
        """Whether data is said to stay or remain in a kept state ("your username stays reserved", "the record remains
        archived"; cue `kept_states`): it is retained, with no period (GUIDELINES: named data kept beyond the account's
        deletion); not staying visible ("stay public", an availability)."""
        lemma = verb.lemma_.lower()
        return lemma in COPULAS and lemma in self.lex.staying_verbs and any(
            c.dep_ in ("acomp", "oprd") and c.lower_ in self.lex.kept_states for c in verb.children)

    def _kept_confidential(self, verb, data=None) -> bool:
        """A storing verb that keeps something confidential, secret or safe ("We keep IP addresses confidential", "you
        are responsible for maintaining the secrecy of your password"): a safeguard, not a statement of storage. With
        `data`, only when the data phrase is what is kept so ("keep the TV secure" says nothing of the data before it)."""
        if self.lex.verbs.get(verb.lemma_.lower()) != "store":
            return False
        found = any_match(self.lex.confidentiality, _doc_text(verb.doc)[verb.idx:verb.idx + 140])
        return found is not None and (data is None or verb.idx < data.idx < verb.idx + found.end() + 40)

    def _governing_verb(self, token):
        """The action verb governing `token`, 'user-control' for the user's own actions, or None."""
        current = token
        came_from_conj = False
        arrived_as_object = arrived_as_subject = False
        via_examples = False  # reached the head noun through "including" / "such as"
        if self._made_into_aggregate(token):
            return "user-control"
        listed = self._practice_read_as_compound(token)
        if listed is not None:
            return listed  # "analyze trends, administer the site, track [NOUN] users' movement"
        if token.pos_ == "VERB" and token.lemma_.lower() in self.lex.derivation_verbs and self._is_action(token):
            return token  # "in order to approximate your location", matched whole: the verb works the data out
        controller = _infinitive_subject_of_control(token)
        if controller is not None and self._is_action(controller):
            return controller  # "We need your personal data to provide our services", parsed as "data … to provide"
        guard = _object_read_as_clause_subject(token)
        if (guard is not None and guard.i < token.i and guard.lemma_.lower() in self.lex.blocking_verbs
                and not _own_object(guard, None, strict=True)):
            # "we protect your data using encryption", "Azure Cloud, which encrypts your data to prevent it being
            # accessed": the data is the object of the safeguard, not the subject of the clause after it
            return "user-control"
        procedure = _conditioned_procedure(token)
        if procedure is not None and not self._is_action(procedure):
            return "user-control"  # "If our vendors have access to User Personal Information, they must comply …"
        main = _subject_taken_by_fronted_list(token)
        if main is not None and self._is_action(main):
            return main  # "If X is involved in a merger or sale of assets, your account information … may be transferred"
        described = self._use_described_before_means(token)
        if described is not None:
            # "We collect information on how you use the site, using cookies": the means of the enclosing practice;
            # in a verbless list item ("- information on how you use the site, using cookies") its context decides
            enclosing = self._enclosing_action(described)
            if enclosing is not None or described.dep_ == "ROOT":
                return enclosing
        if _indirect_question_item(token, self.lex.user_subjects):
            return None  # "- what operating system you are using;": the item names the data, its list the practice
        antecedent = _list_item_taken_by_user_clause(token, self.lex.user_subjects)
        if antecedent is not None:
            current = antecedent  # "the type of device you are using, general location information": an item of the list
        split = _compound_split_by_relative(current)
        if split is not None:
            current = split  # "The device ID is not …", parsed as "The device [that] ID is not …": go on from "ID"
        for _ in range(12):
            later_verb = _verb_before_second_object(current) if current.pos_ in ("NOUN", "PROPN") else None
            if later_verb is not None and self._is_action(later_verb):
                # "PostHog uses cookies to help PostHog identify and track visitors, their usage of the Websites",
                # "Google Analytics sets cookies and collects the pages you visit, the site that referred you": the
                # parser hung the later object on the first verb, which already has its own; the verb before it governs
                return later_verb
            if current.dep_ == "prep" and current.lower_ in EXAMPLE_PREPOSITIONS:
                via_examples = True
                stolen = self._examples_of_main_object(current)
                if stolen is not None:
                    return stolen
                described = self._noun_of_describing_clause(current)
                if described is not None:
                    # "the type of device you are using (possibly including unique device identification numbers)",
                    # "a unique ID that allows us to identify your account (including a persistent device
                    # identifier)": the examples hung on the verb of a clause describing a noun exemplify that noun
                    current = described
                    came_from_conj = arrived_as_object = arrived_as_subject = False
                    continue
            for child in current.children:
                # a clause on the exemplified noun governs its examples wherever it stands ("personal information
                # provided by our users, including zip code")
                if (child.dep_ in ("relcl", "acl") and self._is_action(child) and not _kept_in_place(child, self.lex)
                        and not self._revealing_clause(child)
                        and not (_describing_participle(child) and (self._enclosing_action(current) is not None
                                                                    or _included_in_demonstrative(current)))
                        and (child.i > token.i - 1 or via_examples and current.i != token.i and child.dep_ == "acl"
                             and not _own_object(child, None, strict=True))
                        and not _purpose_clause(child, token)):
                    if (current.i != token.i or child.i > token.i) and self._governs_from_clause(child):
                        # "we do not collect any information about the emails you send": the enclosing practice
                        # counts, not the user's own verb
                        outer = None
                        if self._topic_of_non_data(current):
                            # "rights regarding their personal data processed by us", "questions about the personal
                            # information we hold": the clause describes what is talked about; no practice is stated
                            return "user-control"
                        if self._safeguarded(current, child):
                            # "safeguard any personal information they receive", "protect the data we collect": the
                            # data is the object of a non-practice verb; its stock description states no practice
                            return "user-control"
                        if _user_clause(child, self.lex.user_subjects):
                            outer = self._enclosing_action(current) or _responding_verb(current)
                        elif (child.dep_ == "relcl" and current.dep_ in ("dobj", "obj", "pobj")
                              and self.lex.verbs.get(child.lemma_.lower()) == "collect"):
                            # "we will not share information we collect about you": the stock description names the
                            # data; the practice is the verb it is the object of
                            enclosing = self._enclosing_action(current)
                            if enclosing is not None and self.lex.verbs.get(enclosing.lemma_.lower()) in ("share", "use", "store"):
                                outer = enclosing
                        if outer is None and self._restricted_practice(child):
                            return "user-control"  # "opt out of having your information shared with partners"
                        return outer if outer is not None else child
            if (current.i != token.i and current.pos_ in ("VERB", "AUX")
                    and _users_indirect_question(current, self.lex.user_subjects)):
                # "details of which version of web browser you used": the indirect question names the data; the
                # user's verb in it states no practice, the noun it completes ("details of") or the list it is an
                # item of does
                if current.dep_ == "ROOT":
                    return None
                if (current.dep_ == "pcomp" and current.head.dep_ == "prep"
                        and current.head.head.pos_ in ("NOUN", "PROPN")):
                    current = current.head.head
                    came_from_conj = arrived_as_object = arrived_as_subject = False
                    continue
            # a verb reached through coordination ("provide support, personalize X") governs only its own objects
            coordinated_away = came_from_conj and _own_object(current, None, strict=True)
            inside_term = current.i in self._inside_terms  # "call logs" mis-tagged as a verb phrase
            prepositional = current.dep_ == "prep" and current.lower_ != "based"  # "including", "such as": no predicate
            if (current.i != token.i and (current.pos_ in ("VERB", "AUX") or _noun_with_object(current))
                    and not coordinated_away and not inside_term and not prepositional):
                lemma = current.lemma_.lower()
                obliged = _obliged_practice(current)
                if (obliged is not None and not arrived_as_object and not arrived_as_subject
                        and self._is_action(obliged)):
                    # "Cake Labs may be required by authorities to disclose Personal Data …, including your e-mail
                    # address, Telegram username, or Reddit username": the parser hung the rest of the list on
                    # "required"; the practice is the verb the party is required to do
                    return obliged
                if self._is_action(current):
                    denied = self._denied_revealing_object(current)
                    if denied is not None:
                        return denied
                    # "opt out of sharing information about your creditworthiness": a choice, no practice; "their
                    # own policy for processing your information": a topic, no practice
                    return "user-control" if (self._restricted_practice(current) or self._gerund_as_topic(current)
                                              or _classified_or_referred(current)
                                              or self._who_may_practise(current)) else current
                if arrived_as_subject:
                    # "X receives A, B and C, and crash logs go to Y": the parser made the rest of the object list the
                    # subject of the later clause, with the practice as its clausal complement before the data
                    stolen = next((c for c in current.children if c.dep_ == "ccomp" and c.i < token.i
                                   and self._is_action(c) and any(g.dep_ in ("dobj", "obj") for g in c.children)), None)
                    if stolen is not None:
                        return stolen
                if lemma in COPULAS and arrived_as_subject:
                    transferred = _transferred_asset(current)
                    if transferred is not None and self._is_action(transferred):
                        return transferred  # "personal information may be one of the assets transferred"
                if (lemma == "be" and current.dep_ == "advcl" and not arrived_as_object
                        and getattr(_subject_token(current), "pos_", "PRON") != "PRON"):
                    # "(explicit consent, since face templates are biometric data)": a clause that classifies the data
                    # as a category states no practice
                    return "user-control"
                if lemma == "be" and arrived_as_subject and any(c.dep_ in ("acomp", "attr") for c in current.children):
                    # "Our website logs are confidential and stored privately", "The device ID is not the Android
                    # Advertising ID and is not shared with advertisers": the subject of the adjective or of what it
                    # is (or is not) is that of the practice coordinated with it, not an inclusion
                    partner = next((c for c in current.conjuncts if c.i > current.i and self._is_action(c)
                                    and not any(g.dep_ in ("nsubj", "nsubjpass", "csubj") for g in c.children)), None)
                    if partner is not None:
                        return partner
                framed = lemma not in INCLUSION_VERBS and _inclusion_frame(current, self.lex)
                if lemma in INCLUSION_VERBS or framed:
                    subject = _subject_token(current)
                    if subject is None and framed:  # "The data we collect is limited to X": the passive's subject
                        subject = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
                    if subject is not None and subject.dep_ == "csubj" and self._is_action(subject):
                        return subject  # "(information) we may access … may include X": parsed as a clausal subject
                    if subject is not None:
                        for child in subject.subtree:
                            if child.dep_ in ("relcl", "acl") and self._is_action(child):
                                return child
                        practice = _practice_participle(subject)
                        if practice is not None and self._is_action(practice) and _negation(current) is None:
                            # "Collected diagnostic data is in the form of crash dumps"; not "Collected data never
                            # includes your location", which names no practice on it
                            return practice
                    clause = _first_conjunct(current)  # "(which include A, B, and may include C)": C's clause too
                    relative = None if clause.dep_ in ("relcl", "acl") else _relative_inclusion_before(current)
                    if relative is not None:
                        # "logs of error messages (which include the page you were on, and may include your IP
                        # address)": the parser joined the subjectless C to the main clause; its clause is the
                        # relative one before it
                        clause, subject = relative, None
                    if clause.dep_ in ("relcl", "acl") and (subject is None or subject.lower_ in ("which", "that")):
                        # "your billing information, which may include your card data": go on from the antecedent
                        current = clause.head
                        came_from_conj = arrived_as_object = False
                        continue
                    return None  # "X includes A, B": verbless, context decides
                partner = next((c for c in current.conjuncts if c.i > current.i and self._is_action(c)
                                and not _own_object(c, None, strict=True)
                                and c.lemma_.lower() not in self.lex.concealment_verbs), None)  # hides its subject only
                if (partner is None and current.dep_ == "ROOT" and _first_conjunct(token).dep_ == "nsubjpass"
                        and _first_conjunct(token).head.i == current.i):
                    # "Calendar events are fetched when you ask for them and are cached for 24 hours": the parser hung
                    # the passive coordinated with the main verb on the clause before it; with no subject of its own it
                    # shares the main verb's
                    partner = _passive_after_clause(current)
                    if partner is not None and not self._is_action(partner):
                        partner = None
                if partner is not None and arrived_as_object:
                    return partner  # "we measure and collect session information": the object is shared
                if partner is not None and arrived_as_subject and not any(
                        c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in partner.children):
                    return partner  # "your notes stay on your device and are never uploaded": the subject is shared
                if lemma in self.lex.user_controls and _has_subject(current, SECOND_PERSON):
                    return "user-control"
                if lemma == "log" and current.tag_ in ("VBG", "VBN") and _signs_in(current, self.lex.sign_in_particles):
                    return "user-control"  # "by logging into your account and adjusting your profile information"
                if (arrived_as_object and lemma in self.lex.blocking_verbs and current.dep_ == "conj"
                        and self.lex.verbs.get(current.head.lemma_.lower()) == "collect"
                        and any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in current.head.children)
                        and not _own_object(current.head, None, strict=True)):
                    return current.head  # "we will track and aggregate your public activities": the object is shared
                if arrived_as_object and lemma in self.lex.blocking_verbs:
                    return "user-control"  # the data is the object of a non-practice verb ("protect your data")
                if self._kept_confidential(current, token):
                    return "user-control"  # "we keep IP addresses confidential": a safeguard, not storage
                if (arrived_as_object and current.dep_ == "advcl" and getattr(_object_of(token), "i", None) == current.i
                        and any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)):
                    # the object of a purpose infinitive ("reads your clipboard to insert a wallet address")
                    return "user-control"
            if (current.i != token.i and current.pos_ == "NOUN" and current.lemma_.lower() in NOMINAL_PRACTICES
                    and not _users_own_use(current)):
                # "the collection of your location", "sharing of data"; not "opt out of the sale of X", "we limit our
                # use of X": a choice or a restriction, no practice; nor "information about your use of the services,
                # including your IP address", the user's own use (the list goes on up to "collect information")
                restricted = (self._restricted_practice(current) or self._practice_as_topic(current, token)
                              or _classified_or_referred(current) or _unlawful_practice(current, self.lex))
                return "user-control" if restricted else current
            if (current.i != token.i and _access_holder(current) is not None
                    and not _has_subject(current.head, SECOND_PERSON)):
                return current.head  # "our partners have access to your email address"
            if current.dep_ == "ROOT" or current.head.i == current.i:
                if current.i in self._inside_terms:
                    # "… are monitored to gather X, including the pages visited": the parser made the verb of a data
                    # term the root and hung the real predicate under it
                    return self._demoted_predicate(current)
                resumed = _clause_after_parenthesis(current)
                if resumed is not None:
                    # "your listening history (the tracks played on your speakers) is kept for 18 months": the parser
                    # made the verb inside the parenthesis a root; the sentence goes on after it
                    current = resumed
                    came_from_conj = arrived_as_object = False
                    continue
                return None
            came_from_conj = (current.dep_ == "conj" and current.pos_ in ("VERB", "AUX")
                              and current.i not in self._inside_terms)
            arrived_as_object = current.dep_ in ("dobj", "obj", "nsubjpass", "dative") and (
                current.i == token.i or current.pos_ in ("NOUN", "PROPN", "PRON"))
            arrived_as_subject = current.dep_ == "nsubj" and current.pos_ in ("NOUN", "PROPN")
            if (current.dep_ in ("ccomp", "parataxis") and current.pos_ in ("VERB", "AUX")
                    and current.head.i > current.i and _semicolon_between(current, current.head)):
                # "… let us know which plan you are on; your card details never reach us": a clause before a
                # semicolon that the parser hung under the next one has no practice from it
                return None
            if (current.dep_ == "conj" and current.pos_ in ("NOUN", "PROPN") and current.head.pos_ == "VERB"
                    and current.head.dep_ == "advcl" and current.head.i < current.i
                    and any(c.dep_ == "mark" for c in current.head.children)):
                # "we collect your name and, if you rent or buy movies, your billing ZIP code": the parser joined the
                # rest of the object list to the interrupting condition; it goes on the object list of the main verb
                current = current.head
                arrived_as_object = True
            current = current.head
        return None

    def _denied_revealing_object(self, verb):
        """The denied practice whose object is described by the clause of `verb` as revealing the data: "does not
        collect any data that would allow us to infer your identity or location", "we never request data that could
        reveal your health status" deny the data it names. The object must be the clause's subject ("information we
        collect about you" is no such clause)."""
        clause = verb
        while clause.dep_ in ("ccomp", "xcomp") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which")
                                             for c in clause.children):
            return None
        obj = clause.head
        outer = obj.head
        if (obj.dep_ in ("dobj", "obj") and _negation(outer) is not None and self._is_action(outer)
                and self.lex.verbs.get(outer.lemma_.lower()) == "collect"):
            return outer
        return None

    def _safeguarded(self, noun, clause) -> bool:
        """Whether `noun`, described by the practice `clause`, is what a safeguard protects: the object of a non-practice
        verb ("protect the data we collect"), or guarded through a noun ("protect the confidentiality … of the personal
        information collected", "safeguards to protect against unauthorized use … of the information we collect", "the
        protection of all information we receive"), also when the clause describing the data hangs on the safeguard
        noun itself ("the confidentiality, security, and integrity of personal information obtained through the Sites")
        or is a participle ("protect the personal information submitted to us", "de-identify and aggregate Personal
        Information collected through the Website"), or the data is what an unlawful practice would reach ("prevent
        unauthorised access to or disclosure of the data we collect about you")."""
        held = noun.head.head if (noun.dep_ == "pobj" and noun.head.lower_ == "of"
                                  and noun.head.head.pos_ in ("PRON", "DET")) else noun  # "any of the data we collect"
        if (clause.dep_ in ("relcl", "acl") and held.dep_ in ("dobj", "obj")
                and (held.head.lemma_.lower() in self.lex.blocking_verbs or self._kept_confidential(held.head, held))):
            return True  # "protect the data we collect", "keep all personal data they process on our behalf secure"
        if clause.dep_ in ("relcl", "acl") and held.dep_ in ("nsubj", "nsubjpass") and _in_safe_keeping(held.head):
            # "the personal information you give us is safe and secure with us", "we cannot guarantee that the
            # Personal Information you supply will not be intercepted": how safe the data is, no practice
            return True
        if clause.dep_ in ("relcl", "acl") and noun.lemma_.lower() in self.lex.safeguard_nouns:
            return True
        current = noun
        for _ in range(8):
            head = current.head
            if current.dep_ == "conj" and head.pos_ == "NOUN":
                current = head
                continue
            if current.dep_ != "pobj" or head.lower_ not in ("of", "against"):
                return False
            owner = head.head
            if (owner.lemma_.lower() in self.lex.safeguard_nouns
                    or head.lower_ == "against" and owner.lemma_.lower() in self.lex.blocking_verbs
                    or head.lower_ == "of" and owner.pos_ == "NOUN" and _unlawful_practice(owner, self.lex)):
                return True
            if owner.pos_ != "NOUN" or head.lower_ != "of":
                return False
            current = owner
        return False

    def _talked_about_or_guarded(self, token, verb) -> bool:
        """Whether the data at `token` is only talked about or guarded, with no practice on it: the topic of our
        dealings, or, under a practice `verb`, what our own people may access, a legal basis, or what a security
        measure is for."""
        if self._topic_of_dealings(token):
            # "to understand our practices regarding your personal data", "taking action regarding your Personal
            # Data", "a security issue concerning your data": what is dealt with is talked about, not handled
            return True
        if verb is None:
            return False
        if verb.dep_ in ("acl", "relcl") and _controlled_data(verb.head) and token in verb.head.subtree:
            # "the DfE is the data controller for the personal information collected from you": who controls the
            # data is no practice; the clause only identifies the data
            return True
        # "only staff who need access to player data can see it", "Employee access to genetic data is logged": which
        # of our own people may reach the data is an access control, a security measure
        return (_staff_access(token) and _negation(verb) is None and not _denied_access(token)
                # "the types of lawful basis that we will rely on to process your personal data": a clause naming the
                # basis states no practice ("We process personal data on the basis of our contract" does)
                or _describes_legal_ground(verb)
                # "procedures to ensure that your Personal Information is only processed for …", "These measures
                # ensure your personal information receives the same level of protection"
                or self._serves_a_safeguard(token, verb))

    def _serves_a_safeguard(self, token, verb) -> bool:
        """Whether `token` and its practice `verb` lie inside what a security measure (cue `safeguard_measures`) is for:
        a clause or phrase hanging on the measure noun ("procedures that are intended to protect the Personal
        Information … against any unlawful form of processing of the Personal Information", "measures to maintain the
        safety of your personal information when you enter … your personal information", "safeguards … for any
        personal information transferred internationally") or the clause after a verb whose subject or object the
        measure is ("These measures ensure your personal information receives the same level of protection", "use
        strict procedures and security features to try to prevent your personal data from being … used"), or the
        clause before it that says when the measure is taken ("Once we have received your information, we will use
        strict procedures and security features …"). A clause coordinated with the one taking the measure keeps its
        practice ("We implement security measures and share …"); so does a deletion with its period ("We take
        measures to delete your information when it is no longer necessary": a retention period, GUIDELINES)."""
        if verb.lemma_.lower() in self.lex.deletion_verbs and _retention_period(verb):
            return False
        below = token
        for ancestor in token.ancestors:
            if ancestor.pos_ in ("NOUN", "PROPN") and _measure_named(ancestor, self.lex.safeguard_measures):
                return verb.i in {t.i for t in ancestor.subtree}
            if ancestor.pos_ in ("VERB", "AUX") and below.dep_ in ("xcomp", "advcl", "ccomp") and any(
                    c.dep_ in ("nsubj", "dobj", "obj") and (c.i < below.i or _after_it(below))
                    and _measure_named(c, self.lex.safeguard_measures) for c in ancestor.children):
                # the verb that takes the measure is no practice on the data either ("we will use strict procedures")
                return verb.i == ancestor.i or verb.i in {t.i for t in below.subtree}
            below = ancestor
        return False

    def _named_in_disclosure_item(self, token) -> bool:
        """Whether `token` is named inside a verbless definite phrase headed by what a disclosure reports (cue
        `disclosure_items`): the items of a right to know, "The categories of personal information it has collected about
        that consumer.", "The business or commercial purpose for collecting or selling personal information." describe
        what a request is answered with, not a practice. The statute's wording names neither us nor you ("the
        categories of websites and apps you visit, derived from the DNS queries …" is a policy's own item)."""
        root = token.sent.root
        return (root.i != token.i and root.pos_ == "NOUN" and root.lemma_.lower() in self.lex.disclosure_items
                and ":" not in token.sent.text
                and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)
                and not any(t.lower_ in FIRST_PERSON or t.lower_ in SECOND_PERSON for t in token.sent))

    def _made_into_aggregate(self, token) -> bool:
        """Whether `token` is the source "from" which an aggregate or de-identified product is made ("we create aggregated
        and de-identified statistics from Employee Personal Data"): aggregate data is not annotated, nor its source."""
        if token.dep_ != "pobj" or token.head.lower_ != "from" or not self.lex.aggregate_products:
            return False
        product = token.head.head
        if product.pos_ in ("VERB", "AUX"):
            product = next((c for c in product.children if c.dep_ in ("dobj", "obj")), None)
            if product is None or product.i > token.i:
                return False
        start = product.left_edge.i
        if product.dep_ in ("dobj", "obj") and product.head.i < start:
            start = product.head.i  # "aggregated information": the tagger may read the adjective as the verb
        phrase = token.doc[start:product.i + 1].text
        return any(pattern.search(phrase) for pattern in self.lex.aggregate_products)

    def _who_may_practise(self, verb) -> bool:
        """Whether the practice is who may do it under a restriction ("We restrict who at Element can access user data
        to roles which require access", "we limit which employees can see your messages"): an access control."""
        subject = _subject_token(verb)
        asked = subject is not None and (subject.tag_ in ("WP", "WDT") or any(
            c.tag_ == "WDT" for c in subject.children))
        return (asked and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self.lex.blocking_verbs)

    def _restricted_practice(self, nominal) -> bool:
        """Whether a nominal practice, or a practice verb in a gerund or participle clause, is the object of a control or
        restriction verb ("opt out of the sale of X", "opt-out of the use of X", "object to our use of X", "we limit our
        use of X", "opt out of sharing X", "opt out of having X shared", "opt out of X being transferred"); not of a
        denying one ("we disabled the collection")."""
        current = nominal
        verbal = nominal.pos_ in ("VERB", "AUX")
        through_object_preposition = False  # a verb is the object of the control only through "of", "to", "from"
        for _ in range(8):
            allowed = ("pcomp", "xcomp", "acl", "pobj", "prep", "prt", "dobj", "obj") if verbal else (
                "conj", "pobj", "prep", "prt", "dobj", "obj")
            particle = current.dep_ == "advmod" and current.lower_ in ("in", "out")  # "opt out of", "of" on "out"
            if (current.dep_ not in allowed and not particle) or current.head.i == current.i:
                return False
            current = current.head
            through_object_preposition |= current.dep_ == "prep" and current.lower_ in ("of", "to", "from")
            if current.pos_ in ("VERB", "AUX"):
                lemma = current.lemma_.lower()
                if verbal and lemma in ("have", "be", "get") and current.dep_ == "pcomp":
                    continue  # "opt out of having X shared"
                if verbal:  # "opt out of sharing X", "opt in to sharing X", "opt out of X being transferred"; not
                    # "delete it after sending", "may opt to provide an email address"
                    opt_out = lemma == "opt" and any(c.lower_ == "out" for c in current.children) or (
                        lemma == "opt" and through_object_preposition and _offered_opt_in(current))
                    if lemma == "opt" and _negation(_first_conjunct(current)) is not None:
                        return False  # "You cannot opt out of sending us your country code": it is sent
                    return (lemma in self.lex.user_controls and lemma not in NEGATING_VERBS
                            and (through_object_preposition or opt_out) and (lemma != "opt" or opt_out))
                return (lemma in self.lex.user_controls or lemma in self.lex.blocking_verbs) and lemma not in NEGATING_VERBS
        return False

    def _practice_as_topic(self, nominal, token) -> bool:
        """Whether the nominal practice of `token` ("the collection … of X") is only the topic of something else
        ("choices regarding the collection, use, and sharing of your information", "complies with the Safe Harbor
        Framework … regarding the collection, use, and retention of personal information", "laws relating to the
        transfer of X", "the entity responsible for the processing of X", "This policy applies to the processing of X",
        "the lawfulness of the processing of X"); not "information about visitors' use of a Site, such as their IP address"."""
        step = token
        while step.head.i != nominal.i and step.head.i != step.i:
            if step.dep_ == "prep" and step.lower_ in EXAMPLE_PREPOSITIONS:
                return False  # examples of what the practice is about, not its data
            step = step.head
        if step.head.i != nominal.i or step.dep_ != "prep" or step.lower_ != "of":
            return False
        while nominal.dep_ == "conj" and nominal.head.pos_ == "NOUN":
            nominal = nominal.head
        preposition = nominal.head
        return nominal.dep_ == "pobj" and self._makes_topic(preposition, ("to", "for", "of", "on", "with"))

    def _gerund_as_topic(self, verb) -> bool:
        """Whether a gerund practice is only the topic of something else, like a nominal one ("questions about sharing
        your information", "their own policy for processing your information", "policies regarding disclosing X")."""
        preposition = verb.head
        if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or preposition.dep_ != "prep":
            return False
        return self._makes_topic(preposition, ("to", "for", "on"))  # not "of": "a policy of not sharing X"

    def _topic_of_non_data(self, noun) -> bool:
        """Whether `noun` is the object of a topic preposition on a noun that names no data ("rights regarding their
        personal data", "questions about the information we hold"; not "information about the websites you visit")."""
        preposition = noun.head
        if noun.dep_ != "pobj" or preposition.dep_ != "prep" or not self._makes_topic(preposition, ("to",)):
            return False
        owner = preposition.head if preposition.lower_ != "to" else preposition.head.head
        if owner.pos_ in ("VERB", "AUX"):
            return not self._is_action(owner)  # "exercise certain rights regarding their personal data processed by X"
        return (owner.pos_ in ("NOUN", "PROPN") and owner.i not in self._inside_terms
                and owner.lemma_.lower() not in self.lex.category_heads)

    def _topic_of_dealings(self, noun) -> bool:
        """Whether `noun` is the topic of a noun for our or the user's dealings (DEALING_NOUNS: "our practices regarding
        your personal data", "action regarding your Personal Data", "a security issue concerning your data")."""
        start = noun.head
        if noun.dep_ != "pobj" or start.dep_ != "prep" or not self._makes_topic(start, ("to",)):
            return False
        while start.head.i != start.i and (start.head.lower_ in self.lex.topic_words
                                           or start.head.dep_ == "prep" and start.head.i == start.i - 1):
            start = start.head  # "with regard to X": the phrase starts at "with"
        # the parser often hangs the topic phrase on the verb ("understand our practices regarding …"): the noun
        # right before it is its owner
        before = start.doc[start.i - 1] if start.i else None
        return any(owner is not None and owner.pos_ == "NOUN" and owner.lemma_.lower() in DEALING_NOUNS
                   for owner in (start.head, before))

    def _makes_topic(self, preposition, linking: tuple[str, ...]) -> bool:
        """Whether `preposition` makes its object a topic: a topic word itself ("regarding", "about"), or one of
        `linking` after a topic word ("laws relating to", "questions on", "policy for"); not a topic noun that is the
        subject of a copula, which states the ground of the practice ("The legal basis for the processing of your
        access data is your consent", against "we rely on the following legal bases for processing your data")."""
        if preposition.lower_ in self.lex.topic_words:
            return True
        head = preposition.head
        first = _first_conjunct(head)
        if (preposition.lower_ == "of" and first.dep_ == "pobj" and first.head.lower_ in self.lex.topic_words
                and first.head.head.pos_ == "VERB" and not self._is_action(first.head.head)):
            return True  # "we inform you about the type, scope, and purpose of the processing of personal data"
        return (preposition.lower_ in linking and (head.lemma_.lower() in self.lex.topic_words
                                                   or first.lemma_.lower() in self.lex.topic_words)
                and not (head.dep_ in ("nsubj", "npadvmod") and head.head.lemma_.lower() == "be"))

    def _main_predicate(self, noun, clause_verb):
        """The practice verb `noun` is the subject of when `clause_verb`, a clause on the noun, governs it, else None."""
        if clause_verb.dep_ not in ("acl", "relcl") or clause_verb.head.i != noun.i:
            return None
        if noun.dep_ == "ROOT":
            # "The email address that was used to upload each submission is viewable by registered users": the parser
            # made the subject the root and hung its predicate inside the clause as a complement
            return next((t for t in clause_verb.subtree if t.dep_ == "ccomp" and t.tag_ in ("VBZ", "VBP", "VBD")
                         and self._is_action(t) and t.i not in self._inside_terms), None)
        if noun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        head = noun.head
        return head if self._is_action(head) and head.i not in self._inside_terms else None

    def _outer_predicate(self, noun, clause_verb):
        """The practice verb whose object `noun` is when `clause_verb`, a relative or participial clause on the phrase
        of `noun`, governs it ("We collect your phone number, which is not shared with advertisers", "we collect the
        email address that we use to send receipts"): the main clause states its own practice on the data, else None.
        The data must stand before the clause, outside it."""
        if clause_verb.dep_ not in ("acl", "relcl") or noun in clause_verb.subtree:
            return None
        antecedent = clause_verb.head
        if antecedent.i > clause_verb.i or antecedent.pos_ not in ("NOUN", "PROPN") or noun not in antecedent.subtree:
            return None
        outer = self._enclosing_action(antecedent)
        if outer is None or outer.i > antecedent.i or outer.i in self._inside_terms or outer.i == clause_verb.i:
            return None
        if outer.dep_ == "acl" or _subject_token(outer) is None and outer.tag_ != "VBN":
            return None  # "do not have the right to use X we provide", "Please send an email to the address provided"
        if self._actor(outer, FIRST_PARTY)[0] == "user" and not _shown_to_others(outer, self.lex, self._previous_sentence):
            # "if you post personal information online where people can see it": the user's own act; not "users with
            # registered accounts can view the email address that …", which we show them
            return None
        return outer

    def _noun_of_describing_clause(self, preposition):
        """The noun whose describing clause the parser hung an "including" list on, when that clause states no
        practice of ours (the user's own verb, "the type of device you are using (possibly including device
        numbers)", or no practice verb, "a unique ID that allows us to identify your account (including a device
        identifier)"); else None. A clause with a practice of its own keeps its examples ("cookies that collect data
        (including your IP address)")."""
        if preposition.lower_ != "including" or preposition.head.pos_ not in ("VERB", "AUX"):
            return None
        clause = preposition.head
        chain = [clause]
        while clause.dep_ in ("ccomp", "xcomp") and clause.head.i != clause.i and len(chain) < 4:
            clause = clause.head
            chain.append(clause)
        if clause.dep_ not in ("relcl", "acl") or clause.head.pos_ not in ("NOUN", "PROPN"):
            return None
        if not _user_clause(clause, self.lex.user_subjects) and any(
                verb.lemma_.lower() in self.lex.verbs and self._is_action(verb) for verb in chain):
            return None
        return clause.head

    def _examples_of_main_object(self, preposition):
        """The practice verb whose data object a "such as" / "including" list exemplifies, when the parser hung the list
        on the wrong node: a noun or the verb of the user's clause in between ("we collect information when you … use
        our applications, such as your IP address"; "the devices you use to access our services, including their
        location"), or the user who set the object ("preferences set by users such as account name"); else None."""
        noun = preposition.head
        if noun.i in self._inside_terms or noun.pos_ not in ("NOUN", "PROPN", "VERB"):
            return None
        if noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.lemma_.lower() in USER_NOUNS | {"you"}:
            # "store preferences set by users, such as account name": the list exemplifies what is stored
            participle = noun.head.head
            if participle.dep_ == "acl" and participle.head.dep_ in ("dobj", "obj", "nsubjpass"):
                main = participle.head.head
                return main if self._is_action(main) else None
        verb = noun if noun.pos_ == "VERB" else noun.head  # or on the user's verb itself ("you use to access X, including…")
        while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "… or use our applications", "you use to access TED services"
        if verb.dep_ not in ("advcl", "relcl", "acl") or not _has_subject(verb, SECOND_PERSON):
            return None
        main = verb.head
        for _ in range(6):  # "information about the device [you use …]": up to the verb whose object it is
            if main.pos_ in ("VERB", "AUX") or main.head.i == main.i:
                break
            main = main.head
        if not self._is_action(main):
            return None
        objects = [c for c in main.children if c.dep_ in ("dobj", "obj") and c.i < verb.i]
        return main if any(o.i in self._inside_terms or o.lemma_.lower() in ("information", "data") for o in objects) \
            else None

    def _use_described_before_means(self, token):
        """The noun describing the user's use of the service that ", using X" follows, when the parser hung the means
        on the user's verb: "information on how you use the site, using cookies and page tagging techniques" (after
        the comma, "using cookies" is how the information is obtained, not how the user uses the site)."""
        means = _first_conjunct(token)
        using = means.head
        if not (means.dep_ in ("dobj", "obj") and using.lower_ == "using" and using.dep_ == "advcl"
                and using.i > 0 and using.doc[using.i - 1].text == ","):
            return None
        clause = using.head
        if (clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("pcomp", "ccomp", "relcl", "acl")
                or not _user_clause(clause, self.lex.user_subjects)):
            return None
        described = clause.head.head if clause.head.dep_ == "prep" else clause.head
        return described if described.pos_ in ("NOUN", "PROPN") else None

    def _enclosing_action(self, noun):
        """The practice verb whose argument `noun` is part of ("collect any information about the emails"), or None."""
        current = noun
        for _ in range(8):
            if current.head.i == current.i or current.dep_ not in ("dobj", "obj", "pobj", "prep", "conj", "appos",
                                                                     "nsubjpass", "compound"):
                return None
            current = current.head
            if current.pos_ in ("VERB", "AUX"):
                # "other users will no longer have access (on our site) to the data you shared with them": having
                # access is one
                return current if self._is_action(current) or any(
                    _access_holder(c) is not None for c in current.children) else None
        return None

    def _demoted_predicate(self, root):
        """The practice verb the parser hung under a root that belongs to a data term, or None."""
        for child in root.children:
            if child.dep_ not in ("ccomp", "advcl", "parataxis") or child.i > root.i:
                continue
            for verb in [child, *[c for c in child.children if c.dep_ == "xcomp"]]:
                if self._is_action(verb):
                    return verb
        if root.tag_ in ("NN", "NNS") and any(c.dep_ == "nsubj" and c.i < root.i for c in root.children):
            # "Our web server logs for X, Y, and Z are deleted after 10 days": the parser read the term's noun as the
            # root verb and joined the real predicate to it as a conjunct
            for child in root.children:
                if (child.dep_ == "conj" and child.i > root.i and child.pos_ in ("VERB", "AUX")
                        and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children) and self._is_action(child)):
                    return child
        return None

    def _governs_from_clause(self, verb) -> bool:
        """A relative clause is the practice ("the data we collect", "information you provide") unless it only
        describes the data by what the user does with it ("the features you use", "pages you visit")."""
        if any(c.dep_ in ("nsubj", "csubj") for c in verb.children) and _user_clause(verb, self.lex.user_subjects):
            return verb.lemma_.lower() in self.lex.user_provides and verb.lemma_.lower() not in ("use", "add", "create")
        return True

    def _bare_data_frames(self, action_verbs, refusal, default_actor: str, purposes: list[str],
                          condition: str | None) -> list[Frame]:
        """The frames of the practice verbs whose object (or passive subject) is bare information, not a data type, or
        a pronoun after it: "we gather certain information automatically and store it in logs" -> collect, store (not
        "combine this information with …", a demonstrative pointing back to data named before, nor "anonymous" or
        "non-personal" information, whose details give no tuple; nor what a term's practice would not be either:
        "some DNS providers sell data about your Internet activity")."""
        frames: list[Frame] = []
        for verb in action_verbs:
            argument = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")), None)
            if argument is None or argument.i in self._inside_terms:
                continue
            qualifiers = argument.doc[argument.left_edge.i:argument.i].text
            demonstrative = any(c.dep_ in ("det", "predet") and c.lower_ in DEMONSTRATIVE_SUBJECTS
                                for c in argument.children)
            anonymous = self.lex.calls_anonymous(qualifiers, in_compounds=True)  # also "non-aggregate information"
            bare = argument.lemma_.lower() in BARE_DATA_NOUNS and not demonstrative and not anonymous
            if not (bare or frames and argument.lower_ in ("it", "them")):
                continue
            if (any(start <= verb.idx < end for start, end in refusal) or _how_to_clause(verb)
                    or _names_a_purpose(verb) or _outside_parties_in_general(verb) or _what_a_law_does(verb)
                    or _practice_of_a_class_of_parties(verb) or self._talked_about_or_guarded(argument, verb)):
                continue
            frames.extend(f for f in self._frames(verb, None, default_actor, purposes, condition) or []
                          if f.verb == verb.lemma_.lower())
        return unique_frames(frames)

    def _frames(self, verb, span, default_actor: str, purposes: list[str], condition: str | None) -> list[Frame] | None:
        verbs = [verb] + [c for c in verb.conjuncts if (self._is_action(c) or self._mistagged_verb(c, verb))
                          and (not _own_object(c, span) or _crosses_to_us(self._devices(), c)
                               and not any(t.dep_ == "nsubj" for t in c.children))
                          and not _own_passive_subject(c, span)
                          # the clause the parser hung a passive of the main verb on is no coordinated practice
                          and not (c.dep_ == "advcl" and _passive_after_clause(c.head) is verb)]
        if verb.pos_ == "NOUN" and verb.lemma_.lower() in NOMINAL_PRACTICES:
            # "the collection, use and disclosure of your information": the "of" object belongs to every practice noun
            verbs += [c for c in verb.conjuncts if c.pos_ == "NOUN" and c.lemma_.lower() in NOMINAL_PRACTICES
                      and not _unlawful_practice(c, self.lex)]
        verbs.sort(key=lambda t: t.i)
        own_negation = _negation(verb)
        if span is not None and own_negation is not None and span.start > own_negation.i:
            # "Apple and Google collect your payment details, and we never see your billing address": data named in
            # the later clause that has its own "not" is that clause's alone when that clause has a subject or the
            # earlier one an object of its own (not "We may receive but do NOT store information …", one object for
            # both)
            earlier = [v for v in verb.conjuncts if v.i < own_negation.i and _negation(v) is None]
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or any(
                    c.dep_ in ("dobj", "obj") and c.i < own_negation.i for v in earlier for c in v.children):
                verbs = [v for v in verbs if v not in earlier]
        first = _first_conjunct(verb)
        if any(c.dep_ == "advmod" and c.lower_ == "how" for c in first.children) or (
                first.dep_ != "ROOT" and first.doc[first.left_edge.i].lower_ == "how"):
            # "explains how we collect, use and share your data", "affects how voice recordings are handled" (the
            # parser may hang "how" on the subject): a description, not a practice
            return None
        if _trust_in_providing(verb):
            return None
        negated = self._negated(verb, span)
        refused = negated is False and self._permission_denied(verb)
        if refused:
            negated = True  # "the app does not have permission to use location services"
        if negated is False and span is not None and _object_negated(span.root, self.lex.object_exclusions):
            negated = True  # "it receives usage data, but never your account numbers", "… without your name"
        if negated is None or self._inability(verb) and not _kept_undeleted(verb):
            return None  # a limit of scope ("we do not collect more than…") or a consequence of refusal
        if negated and self._denies_combination(verb):
            return None  # "we do not log IP addresses together with wallet addresses": only the link is denied
        frames: list[Frame] = []
        for item in verbs:
            who = self._actor(item, default_actor)
            frame = self._frame_for_verb(item, span, default_actor, _conjunct_negated(verb, item, negated), who)
            if frame is not None:
                frame.pronoun_subject = (frame.actor == default_actor and who[0] == "pronoun"
                                         and not frame.pronoun_recipient)  # "They process X on our instructions"
                frame.agentless = who[0] == "none" and (item.tag_ == "VBN" or any(
                    c.dep_ == "auxpass" for c in item.children))
                frame.back_reference = self._back_reference(item, frame, default_actor)
                frame.purposes = purposes
                frame.condition = condition
                frame.verb = item.lemma_.lower()
                frames.append(frame)
                frames.extend(self._coordinated_actors(item, frame))
                frames.extend(self._coordinated_recipients(item, frame))
                frames.extend(self._hosts_entrusted(item, frame))
                frames.extend(self._tools_collecting(item, frame))
                frames.extend(self._cookie_owners(span, frame))
        if refused or self._permitted_access(verb, span):
            # having no permission to use or access data denies its access: not_collect; asking for it, or using the
            # camera or microphone, obtains the data: collect (GUIDELINES: requesting a permission is `collect`)
            frames = [replace(f, action="collect") if f.action == "use" else f for f in frames]
        return unique_frames(frames) if frames else None

    def _keeps_locally(self, doc) -> bool:
        """Whether an affirmed verb of keeping or staying keeps data on the person's own device only ("Health data
        stays on your device", "is stored locally", "Game state: kept on your device")."""
        return any(self._keeps_locally_verb(doc[i]) for i in _verb_candidates(doc))

    def _keeps_locally_verb(self, verb) -> bool:
        lemma = verb.lemma_.lower()
        return ((self.lex.verbs.get(lemma) == "store" or lemma in self.lex.staying_verbs) and _negation(verb) is None
                and _kept_on_own_device(verb, self.lex))

    def _upload_denial_after_keeping(self, keeping, span, default_actor: str) -> Frame | None:
        """`not_collect` of data a verb keeps on the person's own device when a later coordinated verb denies sending it
        to us by a pronoun or with no object ("The App keeps your game progress on your device and does not transmit it
        to us", "stores your photos locally and never uploads them"; GUIDELINES: device-local data, the upload denial
        that repeats the data by "it"); None otherwise."""
        for later in keeping.conjuncts:
            if later.i < keeping.i or _negation(later) is None:
                continue
            objects = [c for c in later.children if c.dep_ in ("dobj", "obj")]
            if any(o.lower_ not in ("it", "them") for o in objects):
                continue
            frame = self._frame_for_verb(later, span, default_actor, True, self._actor(later, default_actor))
            if frame is not None and frame.action == "collect" and frame.actor == FIRST_PARTY:
                return Frame("collect", negated=True, actor=FIRST_PARTY)
        return None

    def _denies_combination(self, verb) -> bool:
        """Whether a denied `verb` denies only a link of the data with other data: a linking verb with its "to" /
        "with" complement ("Your IP address is not connected to any other information"), or a combination marker in
        its clause ("We do not log IP addresses together with wallet addresses"; cues `linking_verbs`,
        `combination_markers`)."""
        if verb.lemma_.lower() in self.lex.linking_verbs and any(
                c.dep_ == "prep" and c.lower_ in ("to", "with") for c in verb.children):
            return True
        end = min([c.left_edge.i for c in verb.children if c.dep_ == "conj" and c.i > verb.i]
                  + [verb.right_edge.i + 1])  # the clause of `verb`, not its coordinated clauses
        return any_match(self.lex.combination_markers, verb.doc[verb.i:end].text)

    def _permitted_access(self, verb, span) -> bool:
        """Whether using the data of `span` by `verb` is access to a device's sensor or permission, which obtains the
        data: a verb that a permission asked for allows ("asks for permission to use your camera", "asks to use the
        phone's camera"), or a sensor or permission named as what is used ("the App uses your camera", "Camera access
        is used to scan QR codes", "Microphone permission: used for voice search"; cue `sensor_nouns`)."""
        holder = verb.head
        if verb.dep_ in ("acl", "xcomp") and (holder.lemma_.lower() in self.lex.permission_nouns or (
                holder.lemma_.lower() in ("ask", "request") and not any(c.dep_ in ("dobj", "obj")
                                                                        for c in holder.children))):
            return True
        if span is None or span.root.pos_ not in ("NOUN", "PROPN") or span.root.i != span.end - 1:
            return False  # not "how users access and use RubyGems", "The collected access token"
        noun = span.root  # or the noun it names ("Photo-library access", "Location permission (ACCESS_FINE_LOCATION)")
        while noun.lemma_.lower() not in self.lex.sensor_nouns and noun.dep_ in ("compound", "appos", "conj") \
                and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head
        return noun.lemma_.lower() in self.lex.sensor_nouns

    def _permission_denied(self, verb) -> bool:
        """Whether `verb` is what a permission that is denied or never asked for would allow ("COVID Alert does not
        have permission to use location services", "has no permission to access your camera", "never asks for
        permission to read your contacts"; nouns: cue `permission_nouns`)."""
        holder = verb.head
        if verb.dep_ not in ("acl", "xcomp") or holder.lemma_.lower() not in self.lex.permission_nouns:
            return False
        if any(c.dep_ == "det" and c.lower_ == "no" for c in holder.children):
            return True
        owner = holder.head.head if holder.head.dep_ == "prep" else holder.head
        return holder.dep_ in ("dobj", "obj", "pobj") and owner.pos_ in ("VERB", "AUX") and _negation(owner) is not None

    def _frame_for_verb(self, verb, span, default_actor: str, negated: bool,
                        who: tuple[str, str, str | None]) -> Frame | None:
        """The practice `verb` states; `who` is `_actor(verb, default_actor)`."""
        lemma = verb.lemma_.lower()
        authorized = self._authorized_party(verb, default_actor)
        if authorized is not None:
            # "we will not … authorize any third party to use your email address": letting a party use the data is
            # sharing it with that party
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=authorized)
        if _shown_to_others(verb, self.lex, self._previous_sentence):
            # "A relay does not see the plaintext of: …": the data is sent encrypted, not withheld (GUIDELINES)
            encrypted = negated and any(c.dep_ in ("dobj", "obj") and c.lower_ == "plaintext"
                                        and any(p.lower_ == "of" for p in c.children) for c in verb.children)
            return Frame("share", negated=negated and not encrypted, actor=FIRST_PARTY, recipient=THIRD_PARTY)
        if verb.pos_ == "NOUN" and lemma in NOMINAL_PRACTICES:
            head = verb.head
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head
            subject_kind, actor, actor_text = self._actor(head, default_actor) if head.pos_ in ("VERB", "AUX") else (
                "none", default_actor, None)
            if subject_kind == "user":
                actor = FIRST_PARTY
            named = self._named_in(verb, span)
            if named is not None:
                actor, actor_text = named  # "we have disabled the collection of the advertising ID in Firebase"
            action = NOMINAL_PRACTICES[lemma]
            if lemma == "transfer" and not negated and self._transfer_abroad(verb):
                # "you consent to the processing and transfer of your information in and to the United States"
                return Frame("use", actor=actor, actor_text=actor_text)
            if action == "share":
                return Frame("share", negated=negated, actor=actor, actor_text=actor_text,
                             recipient=self._recipient(verb) or THIRD_PARTY)
            return Frame(action, negated=negated, actor=actor, actor_text=actor_text)
        subject_kind, actor, actor_text = who
        if span is not None and self.lex.verbs.get(lemma) == "share" and _users_own_destination(span, verb):
            # "we send newsletters to your email address", "forward them to your primary email address": the user's
            # address that messages go to is used, not disclosed (GUIDELINES)
            return Frame("use", negated=negated, actor=actor, actor_text=actor_text)
        if lemma == "tell":
            return Frame("collect", negated=negated, actor=FIRST_PARTY) if _tells_us(verb) else None
        if lemma in SEEING_VERBS:
            party = self._seeing_party(verb) if not _has_subject(verb, FIRST_PERSON) else None
            if party is not None and party != FIRST_PARTY:
                # "Groq sees the document chunks we send": we pass the data to that party, unless it takes the data
                # straight from the user ("your browser contacts them and they see your IP address" stays theirs)
                if not _passed_on(verb):
                    return Frame("collect", negated=negated, actor=actor, actor_text=actor_text)
                return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=party)
            return Frame("collect", negated=negated, actor=FIRST_PARTY)
        if lemma in ("leave", "reach") or lemma in self.lex.movement_verbs:
            destination = self._crossing(verb)
            if destination is None:
                return None
            if destination == NOT_TO_US:  # "your payment details, which go to Google and not to us"
                return Frame("collect", negated=True, actor=FIRST_PARTY)
            if destination == FIRST_PARTY:  # "your messages travel to our servers": we receive them
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=destination)
        if lemma in self.lex.concealment_verbs or self._stays_hidden(verb):
            # hidden from others: not shown to them ("X is hidden", "X remains hidden from them"); only its own subject
            subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            if span is None or subject is None or _first_conjunct(span.root).i != subject.i and not any(
                    t.i == span.root.i for t in subject.subtree if t.dep_ in ("conj", "appos")):
                return None
            return Frame("share", negated=not negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
        if lemma in self.lex.deletion_verbs or lemma in UNDELETED_VERBS:
            if subject_kind == "user" or not (_kept_undeleted(verb) or not negated and lemma in self.lex.deletion_verbs
                                              and _retention_period(verb)):
                return None
            return Frame("store", negated=False, actor=actor, actor_text=actor_text)
        if lemma in ACCESS_VERBS and any(_access_holder(c) is not None for c in verb.children):
            if subject_kind == "explicit" and actor == FIRST_PARTY and self._unnamed_outsider(verb):
                # "Bots and Widgets currently have access to all the messages": we let that party see the data
                return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
            if subject_kind == "explicit" and actor == THIRD_PARTY and _passed_on(verb):
                # "Third parties will not have access to any personally identifiable information": a category of
                # recipients given the data by us (GUIDELINES: a party said to have access to the data)
                return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
            return Frame("collect", negated=negated, actor=actor, actor_text=actor_text)
        if subject_kind in ("user", "none") and lemma in self.lex.user_provides:
            owner = self._form_owner(verb)
            if owner is not None:
                # "you enter your card details into a payment form hosted by Stripe": given to that party directly
                return Frame("collect", negated=negated, actor=owner[0], actor_text=owner[1])
        if subject_kind == "user" or _signs_up_with(verb) and not negated:
            given_to = self._recipient(verb) if subject_kind == "user" and lemma in HANDING_VERBS else None
            if given_to not in (None, "user", FIRST_PARTY, THIRD_PARTY):
                # "When you submit Payment Data to our payment processing partner Stripe": the user hands the data
                # to that party, which collects it (GUIDELINES: data the user gives directly to a third party)
                return Frame("collect", negated=negated, actor=given_to)
            if (lemma in self.lex.user_provides or lemma in self.lex.user_picks or lemma in self.lex.user_records
                    or _signs_up_with(verb)):
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            return None
        action = self.lex.phrasal_verbs.get(_phrasal_verb(verb)) or self.lex.verbs.get(lemma) or (
            "collect" if lemma in self.lex.derivation_verbs or lemma in self.lex.purchase_verbs else None) or (
            "use" if lemma in RESPONDING_VERBS else None)  # only reached through `_responding_verb`
        if action == "collect" and _needed_for_a_purpose(verb):
            action = "use"  # "We need your personal data to provide our services": the purpose it serves
        recipient = self._recipient(verb)
        if lemma in WRITING_VERBS and _named_party(recipient):
            action = "share"  # "The app writes workout data to Apple Health": written to that party's service
        if lemma in UPLOAD_VERBS and subject_kind != "user":
            # the verb's own "to X" or one the parser hung on its object ("upload hashed email addresses … to those
            # partners"), not one inside a clause of the object ("upload any data … linked to such information")
            target = next((p for h in [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
                           for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                           for p in c.children if p.dep_ == "pobj"), None)
            party = self._other_party(target) if target is not None and target.lower_ not in SECOND_PERSON else None
            if party is not None:
                # "log data is uploaded to the Sentry server", "synced to Google Drive": the data goes to that party
                # (GUIDELINES: data synchronised to another party is shared with it)
                return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=party[0])
        if lemma in REGISTERING_VERBS and subject_kind != "user":
            party = next((self._other_party(p) for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                          for p in _prepositional_objects(c)), None)
            if party is not None:
                # "a per-device push token … registered with Google Firebase Cloud Messaging": the data is given to
                # that party's service (GUIDELINES: a push token registered with a push service); not the user
                # registering with a service ("Once you've registered with Open Humans")
                return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=party[0])
        if (lemma in RECEIVING_VERBS and subject_kind == "explicit" and actor not in (FIRST_PARTY, "user")
                and _passed_on(verb)):
            # "Sentry receives crash reports", "the insurer receives your score", "vendors may access your
            # information": we pass the data to that party (GUIDELINES: Actors and recipients)
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=actor)
        if (lemma in RECEIVING_VERBS and subject_kind == "explicit" and actor == FIRST_PARTY and _passed_on(verb)
                and self._unnamed_outsider(verb)):
            # "the recipient's bank receives your name", "Other parties receive personal data": a party that is
            # neither us nor catalogued, so a third party
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
        if self._stays_kept(verb):
            # "a deleted account's username stays reserved": kept beyond the deletion, a retention (GUIDELINES)
            if negated or subject_kind == "user" or any(_kept_on_own_device(t, self.lex) for t in (
                    verb, *(c for c in verb.children if c.dep_ in ("acomp", "oprd")))):
                return None  # "… remain stored on your device": kept by the user
            return Frame("store", negated=False, actor=actor, actor_text=actor_text)
        if lemma in self.lex.staying_verbs and _availability(verb) is None:
            # "may remain in our backup systems for up to 90 days": a retention period
            if (negated or subject_kind == "user" or not _retention_period(verb, True)
                    or _kept_on_own_device(verb, self.lex)):
                return None  # "… may remain on your device after you delete your account": kept by the user
            return Frame("store", negated=False, actor=actor, actor_text=actor_text)
        if lemma in COPULAS and not _gets_object(verb):
            available = _availability(verb)
            if available is None and self._required(verb):
                return Frame("collect", negated=negated, actor=FIRST_PARTY)  # "your address is necessary for delivery"
            recipient = self._recipient(available) if available is not None else None
            if recipient == "user" or _available_to_no_one_named(verb, available, recipient):
                return None
            if available is not None and _open_only_to_own_people(available):
                # "X is only accessible to the leader developers", "… to a core set of root staffers": which of our
                # own people may reach the data is an access control, not a disclosure (GUIDELINES: recipients are
                # people outside the company, not its staff)
                return None
            return Frame("share", negated=negated, actor=FIRST_PARTY,
                         recipient=THIRD_PARTY if recipient in (None, FIRST_PARTY) else recipient)
        if lemma == "make":
            available = _makes_available(verb)
            recipient = recipient or (self._recipient(available) if available is not None else None)
            if recipient == "user":
                return None
            return Frame("share", negated=negated, actor=actor, actor_text=actor_text,
                         recipient=THIRD_PARTY if recipient in (None, FIRST_PARTY) else recipient)
        if lemma == "transfer" and not negated and self._transfer_abroad(verb):
            # "We may transfer your Personal Information to countries other than …": processing, not a disclosure;
            # "transferred to and stored in the EU": the storage is the practice (GUIDELINES: transfers abroad)
            if any(self._is_action(conjunct) and not _own_object(conjunct, span, strict=True)
                   for conjunct in verb.conjuncts):
                return None  # the conjunct states what happens to the same data ("transferred to and stored in")
            # "we transfer the information … to United States and processes it there": a conjunct with an object of
            # its own leaves the transfer its practice
            return Frame("use", actor=actor, actor_text=actor_text)
        if lemma in ("provide", "give", "send", "make", "supply", "transmit", "pass", "deliver", "disclose", "report"):
            if recipient == "user":
                return None
            if recipient is None and lemma in ("give", "send", "provide") and any(c.dep_ == "auxpass" for c in verb.children):
                if (_given_subject(verb) or verb).lower_ in FIRST_PERSON:
                    # "we are sent your name and email address by them", "we are given X": the data comes to us
                    return Frame("collect", negated=negated, actor=FIRST_PARTY)
                given = self._given_party(verb)
                if given is not None:
                    # "Firebase Cloud Messaging, which is given a push token": the party the data is given to
                    return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=given)
                if self._given_pronoun(verb):
                    # "They are not provided your email address": a party named before, else a third party
                    return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY,
                                 pronoun_recipient=True)
            if recipient in (None,) and lemma in ("provide", "give", "make", "supply", "deliver"):
                if actor == FIRST_PARTY and subject_kind == "explicit":
                    if lemma in ("provide", "supply", "give") and self._unnamed_outsider(verb):
                        # "Organizations with a paid subscription provide billing details", "Sellers must provide
                        # their bank details": people the policy names by their role (no catalogued party, not us)
                        # supply the data to the service, as the user does
                        return Frame("collect", negated=negated, actor=FIRST_PARTY)
                    return None  # "we provide X" without a recipient: a service
                if (lemma == "give" and subject_kind == "explicit" and actor != "user"
                        and any(c.dep_ == "auxpass" for c in verb.children)):
                    # "devices are given a push token by Firebase": the party that issues the data holds it (not
                    # "purchases are provided by our partners", a service)
                    return Frame("collect", negated=negated, actor=actor, actor_text=actor_text)
                return Frame("collect", negated=negated, actor=FIRST_PARTY) if subject_kind == "none" else None
            if recipient == FIRST_PARTY:
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            if recipient not in (None, THIRD_PARTY) and _directly(verb):
                # "your card number is passed directly to Stripe": the party collects it, it never passes through us
                return Frame("collect", negated=negated, actor=recipient)
            subject = _subject_token(verb)
            if recipient is None and subject is not None and (subject.lemma_.lower() in SOFTWARE_SUBJECTS or (
                    lemma in ("send", "transmit") and self._own_name(subject)) or (
                    lemma in ("send", "transmit", "report") and verb.dep_ in ("ROOT", "conj") and _sent_nowhere(verb)
                    and subject.lemma_.lower() in self._devices())):
                # "the app sends X", "NetNewsWire sends X" (the policy's own product), "your device sends
                # information such as …", "the car reports its VIN" (sent nowhere named): to its service; not
                # "iNaturalist discloses X", a disclosure, nor "the breakdown service is told what the car reports"
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            if recipient is None and lemma in ("send", "transmit") and subject_kind == "none" and _sent_nowhere(verb):
                # "Diagnostic data … is sent on a fixed schedule", "a one-time code sent by SMS", "opt in to sending
                # crash logs": sent by no one named to no one named, it reaches the service the policy is about
                return Frame("collect", negated=negated, actor=actor, actor_text=actor_text)
            action = "share"
        if action is None:
            if lemma in self.lex.user_provides and subject_kind == "none":
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            return None
        if action == "store" and not negated and _kept_on_own_device(verb, self.lex):
            # "your cycle data is stored only on your phone": kept by the user, not retained by us; unless a
            # coordinated clause denies sending it to us ("keeps your game progress on your device and does not
            # transmit it to us")
            return self._upload_denial_after_keeping(verb, span, default_actor)
        if action == "share":
            if recipient == "user" or self._revealing_clause(verb):
                return None
            if recipient == FIRST_PARTY:
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            return Frame("share", negated=negated, actor=actor, actor_text=actor_text,
                         recipient=recipient or THIRD_PARTY)
        if (not negated and subject_kind == "explicit" and (action == "use" and lemma in PROCESSING_VERBS or (
                action == "store" and (any(c.dep_ == "agent" for c in verb.children) or _kept_with_a_tool(verb))
                and not _retention_period(verb, True))) and self._processor_handling(verb, actor, actor_text)):
            # "Payment details are processed by Stripe", "Intercom may process your contact information", "our
            # service providers process it", "All payment data is stored by Stripe", "We use Google Analytics to
            # store the user behavior data" (kept with no period): a processor's or tool's handling is our sharing
            # with it (GUIDELINES: processors)
            return Frame("share", actor=FIRST_PARTY, recipient=actor)
        if actor not in (FIRST_PARTY, "user") and subject_kind == "explicit" and _on_our_behalf(verb):
            # "our service providers process your data on our behalf": a processor's handling is our sharing with it
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=actor)
        if actor == FIRST_PARTY and subject_kind == "explicit" and self._uncatalogued_name(_subject_token(verb)) \
                and _on_our_behalf(verb):
            # "Alfahosting processes your data only according to our instructions", "Companies that host our website
            # handle personal data on our behalf": a party that is neither us nor catalogued, acting for us, is a
            # processor too
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
        if subject_kind == "pronoun" and not self._our_product_before(verb) and (_on_our_behalf(verb) or (
                lemma in RECEIVING_VERBS and _passed_on(verb)
                and (lemma == "receive" or getattr(_subject_token(verb), "lower_", "") == "they"))):
            # "We use service providers …, including Zendesk. They process personal information only on our
            # instructions", "We use vendors for billing … They receive the personal information they need": the
            # same, with the parties the paragraph names ("access" only by "they": "It does not access your
            # contacts" after "The App asks for …" is the app's own denial)
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY, pronoun_recipient=True)
        if action == "store" and actor == FIRST_PARTY and _retention_period(verb, True):
            keeper = self._keeping_party(verb)
            if keeper is not None:
                # "messages to customer support are kept in Zendesk for 24 months": the processor keeps the data for
                # that period (GUIDELINES: processors)
                return Frame("store", negated=negated, actor=keeper[0], actor_text=keeper[1])
        if (action in ("collect", "use") and subject_kind == "explicit" and actor == FIRST_PARTY
                and self._unnamed_outsider(verb) and self._owned_by_another(_subject_token(verb))):
            # "the app's publisher may collect your IP address", "its developer will collect …": the party of
            # something other than us or the user, neither us nor catalogued, acts on its own
            return Frame(action, negated=negated, actor=THIRD_PARTY, actor_text=_subject_token(verb).text)
        return Frame(action, negated=negated, actor=actor, actor_text=actor_text)

    def _processor_handling(self, verb, actor: str, actor_text: str | None) -> bool:
        """Whether the party `actor` handling data by `verb` ("process", "handle") is a processor we pass the data to:
        a named party ("processed by Stripe") or a generic one named as such ("our service providers process it"),
        not one acting as a controller under its own terms ("Open Collective, which processes personal data
        according to their own data protection notice", "Stripe processes payment data as an independent
        controller", also said in another sentence of the paragraph), an advertiser, nor one getting the data
        straight from the user ("handled directly by Stripe", "collected and processed by Stripe")."""
        if actor in (FIRST_PARTY, "user") or not _passed_on(verb) or self._context.own_terms_block:
            return False
        if any(self.lex.verbs.get(v.lemma_.lower()) == "collect" or v.lemma_.lower() in self.lex.user_provides
               for v in verb.conjuncts):
            # "collected and processed by our payment processors", "entered in a payment form run by Adyen … and
            # held by Adyen": the party gets the data itself
            return False
        if actor != THIRD_PARTY:
            return True
        # a generic party named as a processor ("service providers", "our payment partners"), or a tool we use to
        # process ("We use Workable to process …"); not an uncatalogued name, possibly the policy's own ("Tallyboard
        # GmbH processes personal data when you use …"), nor advertisers
        tool = _subject_token(verb) if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in TOOL_VERBS else None
        if tool is not None and tool.dep_ in ("dobj", "obj"):
            return True
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        party = next(iter(agents), None) or next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return party is not None and party.lemma_.lower() in PROCESSOR_NOUNS

    def _tools_collecting(self, verb, frame: Frame) -> list[Frame]:
        """The same collection by each named tool we say we collect through ("We collect information through
        Plausible", "via Sentry", "using Firebase Crashlytics"): both collect (GUIDELINES: an SDK the first party
        embeds); not a channel or place that names no party ("through the app", "via email", "through third
        parties")."""
        if frame.action != "collect" or frame.actor != FIRST_PARTY or verb.tag_ == "VBG":
            return []  # not a gerund ("In addition to obtaining photos through Facebook"): a channel named in passing
        # "We collect information through Plausible to see how you use the service": the purpose's practice is done
        # through the tool of the collecting verb it serves
        verbs = [verb] + ([verb.head] if verb.dep_ == "advcl" and self.lex.verbs.get(verb.head.lemma_.lower())
                          == "collect" else [])
        tools = [p for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in ("through", "via")
                 for p in c.children if p.dep_ == "pobj"]
        tools += [o for v in verbs for c in v.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
                  and c.lemma_.lower() == "use" for o in c.children if o.dep_ in ("dobj", "obj")]
        extra: list[Frame] = []
        for tool in (t for first in tools for t in (first, *first.conjuncts)):
            if any(c.dep_ in ("det", "poss") for c in tool.children):
                continue  # "through our Facebook pages", "through an authentication service (such as Google)"
            party = self._other_party(tool)
            if party is not None and party[0] == THIRD_PARTY:
                party = None  # "through third parties": where the data comes from; "through the Services"
            if party is None and self._name_read_as_word(tool):
                party = (THIRD_PARTY, tool.text)  # "through Plausible"
            if party is not None and all(f.actor != party[0] for f in extra):
                extra.append(replace(frame, actor=party[0], actor_text=party[1]))
        return extra

    def _cookie_owners(self, span, frame: Frame) -> list[Frame]:
        """The same practice by the named party whose cookies the data phrase names ("we use Google Analytics cookies
        to collect …", "when you opt in to Google Analytics cookies"): the cookies are that party's own as well
        (GUIDELINES: cookies); [] for other data or cookies named by no catalogued party ("our cookies")."""
        if span is None or frame.action not in ("use", "collect") or span.root.lower_ not in ("cookie", "cookies"):
            return []
        words = [t for c in span.root.children if c.dep_ in ("compound", "nmod") and c.i < span.root.i
                 for t in c.subtree]
        if not words:
            return []
        text = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
        named = self.entities.find_named(text, "en")
        return [replace(frame, actor=named[0].value, actor_text=text[named[0].start:named[0].end])] if named else []

    def _hosts_entrusted(self, verb, frame: Frame) -> list[Frame]:
        """Our sharing with each party whose servers or platform our storing `verb` keeps the data on ("stored on
        Google Cloud Platform and Amazon AWS servers", "in the Frankfurt region of AWS", "on servers operated by
        Hetzner"): storing it there entrusts it to the host (GUIDELINES: processors); [] for our own or the user's
        places ("on our servers", "in your iCloud account")."""
        if frame.action != "store" or frame.negated or frame.actor != FIRST_PARTY:
            return []
        hosts: list[str] = []
        # "We store your information on AWS servers": the parser may hang the place on the object
        holders = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "at", "within")):
            for place in (p for c in prep.children if c.dep_ == "pobj" for p in (c, *c.conjuncts)):
                if any(t.dep_ == "poss" and (t.lower_ in SECOND_PERSON or t.lower_ in FIRST_PERSON)
                       for t in place.children):
                    continue
                if place.lemma_.lower() in HOST_PLACES:
                    hosts += self._host_of(place)
                else:
                    party = self._other_party(place)
                    if party is not None and party[0] != THIRD_PARTY:
                        hosts.append(party[0])  # "on Amazon S3", "on Google Cloud Platform"
        return [Frame("share", actor=FIRST_PARTY, recipient=host) for host in dict.fromkeys(hosts)]

    def _host_of(self, place) -> list[str]:
        """The parties that run the servers, region or cloud `place` names: in the words before it ("Google Cloud
        Platform and Amazon AWS servers", "Hetzner's servers"), after "of" ("the Frankfurt region of AWS") or as the
        agent of a participle ("servers operated by Hetzner"); `third_party` for a name that is no catalogued one."""
        phrases = [[t for t in place.subtree if t.i < place.i and t.dep_ != "det"]]
        phrases += [list(p.subtree) for c in place.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]
        phrases += [list(p.subtree) for acl in place.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                    for agent in acl.children if agent.dep_ == "agent" for p in agent.children if p.dep_ == "pobj"]
        phrases = [words for words in phrases
                   if words and not any(t.lower_ in FIRST_PERSON or t.lower_ in SECOND_PERSON for t in words)]
        texts = [" ".join(t.text for t in words) for words in phrases]
        found = [m.value for text in texts for m in self.entities.find(text, "en")
                 if m.value != FIRST_PARTY and text[m.start:m.end].lower() not in self.first_party_aliases]
        named = [value for value in found if value != THIRD_PARTY]
        if named:
            return named  # not a third party besides for "the Frankfurt region of AWS"
        if found or any(t.pos_ == "PROPN" and t.lower_ not in self.first_party_aliases for words in phrases
                        for t in words):
            return [THIRD_PARTY]  # "servers operated by Hetzner", "third-party servers"
        return []

    def _devices(self) -> set[str]:
        """The person's own devices (cue `own_devices`) and connected products: where data that "never leaves your
        device", "never leaves the car" or "goes to your phone" stays with the person (cue `product_devices`)."""
        return self.lex.own_devices | self.lex.product_devices

    def _crossing(self, verb) -> str | None:
        """Where the data that is the subject of "leave" / "reach" or of a verb of moving (cue `movement_verbs`) ends
        up: `FIRST_PARTY` ("your password never reaches us", "your messages travel to our servers"), `NOT_TO_US`
        ("your payment details, which go to Google and not to us": we do not receive them), another party ("crash
        reports go to Sentry": passed to it), else None ("goes to your inbox"). Worked out once per token and kept on
        its Doc: `_is_action` asks it, and the frame is built from the same answer."""
        key = (_CROSSING, verb.i)
        cache = verb.doc.user_data
        if key not in cache:
            if verb.lemma_.lower() in ("leave", "reach"):
                cache[key] = FIRST_PARTY if _crosses_to_us(self._devices(), verb) else None
            else:
                cache[key] = NOT_TO_US if _not_to_us(verb) else self._moved_to(verb)
        return cache[key]

    def _moved_to(self, verb) -> str | None:
        """Where data that is the subject of a verb of moving (cue `movement_verbs`) goes "to": us (`FIRST_PARTY`, also
        "our servers") or another party ("Crash reports go to Sentry", "a minimum set of data goes straight to the
        nearest emergency answering point"); None when the subject is no data, or the data goes to the user's own
        device, inbox or a page ("goes to your inbox", "goes to the settings page")."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in FIRST_PERSON | SECOND_PERSON or not any(
                t.i in self._inside_terms or t.lemma_.lower() in BARE_DATA_NOUNS for t in subject.subtree):
            return None
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
        preps += [g for c in verb.children if c.dep_ == "advmod" for g in c.children  # "goes straight to X"
                  if g.dep_ == "prep" and g.lower_ == "to"]
        target = next((c for p in preps for c in p.children if c.dep_ == "pobj"), None)
        if target is None or target.lemma_.lower() in self._devices() | ENTRY_PLACES or any(
                c.dep_ == "poss" and c.lower_ in SECOND_PERSON for c in target.children):
            return None
        recipient = self._resolve(target, THIRD_PARTY)[0]
        return recipient if recipient != "user" else None

    def _keeping_party(self, verb) -> tuple[str, str | None] | None:
        """The party other than us that a storage verb keeps the data in or at ("kept in Zendesk", "stored at
        Amplitude"), else None ("stored in our database")."""
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
            for place in (c for c in prep.children if c.dep_ == "pobj"):
                party = self._other_party(place)
                if party is not None and party[0] != THIRD_PARTY:
                    return party
        return None

    def _form_owner(self, verb) -> tuple[str, str | None] | None:
        """The other party whose form or page the user enters data into ("into a payment form hosted by Stripe", "on
        a page provided by our payment processor, Stripe", "into Stripe's payment form"), else None."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("into", "in", "on", "through", "via"):
                continue
            for place in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in ENTRY_PLACES):
                owners = [c for c in place.children if c.dep_ == "poss"] + [
                    p for acl in place.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                    for agent in acl.children if agent.dep_ == "agent" for p in agent.children if p.dep_ == "pobj"]
                for owner in owners:
                    party = self._other_party(owner)
                    if party is not None and party[0] != "user" and owner.lower_ not in SECOND_PERSON:
                        named = [self._other_party(c) for c in owner.children if c.dep_ == "appos"]
                        named = [n for n in named if n is not None and n[0] != THIRD_PARTY]
                        return named[0] if party[0] == THIRD_PARTY and named else party  # "our processor, Stripe"
        return None

    def _revealing_clause(self, verb) -> bool:
        """Whether `verb` is a sharing verb with no recipient whose subject is data ("a username that does not disclose
        your real name", "details of your purchases, which may reveal information about your health"): a property of
        the data, no party's practice."""
        return (self.lex.verbs.get(verb.lemma_.lower()) == "share" and self._recipient(verb) is None
                and self._data_subject(verb))

    def _data_subject(self, verb) -> bool:
        """Whether the active `verb` has a data phrase as its subject, directly or through a relative pronoun."""
        if verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children):
            return False
        subject = _subject_token(verb)
        if subject is not None and subject.lower_ in ("which", "that") and subject.head.dep_ == "relcl":
            subject = subject.head.head
        return subject is not None and subject.i in self._inside_terms

    def _named_in(self, practice, span) -> tuple[str, str | None] | None:
        """A named SDK or company in "in X" / "by X" / "through X" after a nominal practice or its data."""
        for token in [practice] + ([span.root] if span is not None else []):
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "by", "through", "via", "within"):
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            actor, text = self._resolve(pobj, THIRD_PARTY)
                            if actor not in (FIRST_PARTY, THIRD_PARTY):
                                return actor, text
        return None

    def _misplaced_agent(self, verb) -> tuple[str, str | None] | None:
        """The party of a passive's "by" phrase that the parser hung on a noun of the verb's own prepositional phrase
        ("Card details are stored for the duration of your agreement by the relevant payment provider" -> the
        provider), else None; only a party, not "by email" or "by law"."""
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ != "by"):
            for by in (t for t in prep.subtree if t.dep_ == "prep" and t.lower_ == "by" and t.head.dep_ == "pobj"):
                pobj = next((c for c in by.children if c.dep_ == "pobj"), None)
                if pobj is None or pobj.lower_ in SECOND_PERSON or pobj.lemma_.lower() in USER_NOUNS:
                    continue
                actor, text = self._resolve(pobj, "")
                if actor not in ("", FIRST_PARTY):
                    return actor, text
        return None

    def _helping_party(self, verb, default_actor: str) -> tuple[str, str, str | None] | None:
        """The party that helps us understand or analyze ("Adobe Analytics helps us understand how customers use the
        App", "analytics services that help us understand …"): what we learn through the tool, the tool obtains
        (GUIDELINES: a purpose "to understand how visitors use the site" beside an analytics service); else None."""
        helper = verb.head
        if (verb.dep_ not in ("ccomp", "xcomp") or helper.i == verb.i or helper.lemma_.lower() != "help"
                or verb.lemma_.lower() not in HELPED_VERBS):
            return None
        subject = _subject_token(verb)
        if subject is not None and subject.lower_ not in FIRST_PERSON:
            return None
        found = self._actor(helper, default_actor)
        return found if found[0] == "explicit" and found[1] not in (FIRST_PARTY, "user") else None

    def _actor(self, verb, default_actor: str) -> tuple[str, str, str | None]:
        """('user'|'explicit'|'none', actor id, actor text)."""
        helping = self._helping_party(verb, default_actor)
        if helping is not None:
            return helping
        subject = _subject_token(verb)
        if subject is None and verb.dep_ in ("relcl", "acl") and verb.tag_ == "VBN":
            subject = None
        if verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children):
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            if agent is None:  # "collected and processed by our payment processors": the agent is shared
                agent = next((c for conj in verb.conjuncts if conj.i > verb.i and conj.tag_ == "VBN"
                              and not any(a.dep_ in ("auxpass", "neg") for a in conj.children)
                              for c in conj.children if c.dep_ == "agent"), None)
            if agent is None:
                # "are given a push token by Firebase": the parser took a word of the data term for a participle
                # ("token") and hung the agent on it
                agent = next((c for obj in verb.children if obj.dep_ in ("dobj", "obj") for t in obj.subtree
                              if t.i in self._inside_terms and t.tag_ == "VBN"
                              for c in t.children if c.dep_ == "agent"), None)
            if agent is None:
                misplaced = self._misplaced_agent(verb)
                if misplaced is not None:
                    return ("explicit",) + misplaced
            if agent is not None:
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    if pobj.lower_ in SECOND_PERSON or pobj.lemma_.lower() in USER_NOUNS:
                        return "user", FIRST_PARTY, None  # "information provided by the commenter"
                    if pobj.lower_ in CHANNELS and not any(c.dep_ in ("det", "poss") for c in pobj.children):
                        return "none", default_actor, None  # "a one-time code sent by SMS": how, not by whom
                    if pobj.lemma_.lower() in self.lex.not_viewers and any(
                            t.dep_ == "poss" and t.lower_ == "your" for t in pobj.subtree if t.i < pobj.i):
                        # "stored and verified by your device's operating system": the user's own device acts
                        return "user", FIRST_PARTY, None
                    return ("explicit",) + self._resolve(pobj, default_actor)
            return "none", default_actor, None
        tool_verb = verb.head
        if (verb.dep_ == "xcomp" and tool_verb.dep_ == "xcomp" and tool_verb.lemma_.lower() == "help"
                and not any(c.dep_ in ("dobj", "obj") for c in tool_verb.children)):
            tool_verb = tool_verb.head  # "Google Analytics uses cookies to help analyze …": "help" with no object
        if (subject is not None and subject.dep_ in ("dobj", "obj") and verb.dep_ == "xcomp" and subject.head == tool_verb
                and tool_verb.lemma_.lower() in TOOL_VERBS and self._party(subject) is None):
            if self._name_read_as_word(subject):
                return "explicit", THIRD_PARTY, subject.text  # "We use Plausible to collect …", "use Workable to …"
            # the object names no party at all, not even us ("help us to …" keeps "us"): "advertisers use cookies to
            # collect X": the advertisers collect
            subject = _subject_token(tool_verb)
        tool = _tool_serving(verb)
        if tool is not None:
            party = self._other_party(tool)
            if party is not None:
                return ("explicit",) + party  # "Sentry is used to collect …", "uses Crashlytics for collecting …"
        if subject is None:
            if self._context.user_item and verb.lemma_.lower() in self.lex.user_provides and _opens_item(verb):
                return "user", FIRST_PARTY, None  # "… except when you" / "- actively share debugging information"
            return "none", default_actor, None
        antecedent = _relative_antecedent(subject)  # "individuals who sign up … to provide": the antecedent
        if antecedent is not None:
            named = self._name_before_relative(subject, antecedent)
            if named is not None:
                return ("explicit",) + named  # "Google Analytics for Firebase, which collects …"
            subject = antecedent
        lower = subject.lower_
        if (lower in SECOND_PERSON or lower in self.lex.user_subjects or subject.lemma_.lower() in USER_NOUNS) \
                and not _third_party_modified(subject):
            return "user", FIRST_PARTY, None
        if lower in PRONOUN_SUBJECTS:
            first = _subject_token(verb.head) if verb.dep_ == "conj" else None
            if first is not None and first.i < subject.i and (first.lower_ in self.lex.user_subjects
                                                               or first.lemma_.lower() in USER_NOUNS):
                return "user", FIRST_PARTY, None  # "Teachers upload assignments, and they enter grades"
            antecedent = self._antecedent(subject)
            return ("explicit",) + antecedent if antecedent else ("pronoun", default_actor, None)
        return ("explicit",) + self._resolve(subject, default_actor)

    def _stays_hidden(self, verb) -> bool:
        """A staying verb whose complement is a concealment ("your payment details remain hidden from them", "X stays
        concealed"): as the passive of "hide", a denial of showing its subject to other people."""
        return verb.lemma_.lower() in self.lex.staying_verbs and any(
            c.dep_ in ("acomp", "oprd", "xcomp") and (c.lemma_.lower() in self.lex.concealment_verbs
                                                     or c.lower_ in ("hidden", "concealed"))
            for c in verb.children)

    def _seeing_party(self, verb) -> str | None:
        """Who, as the subject of a seeing verb ("see", "learn"), gets to know the data: a named party or one "they"
        takes up ("Sentry sees your IP address", "they see your IP address"), `THIRD_PARTY` for an outside party no
        catalogue knows ("the recipient's bank learns your name"), `FIRST_PARTY` for our own names ("Neither Keyvault
        nor Leakline learns …" in Keyvault's policy); None for the user, people the service shows data to (handled as
        a display) and things of the user's ("your browser can see your location")."""
        subject = _subject_token(verb)
        if subject is not None and subject.lemma_.lower() in OWN_INFRASTRUCTURE and self._resolve(subject, "")[0] == \
                FIRST_PARTY:
            return FIRST_PARTY  # "our servers never see your card number": what reaches us, as "never receive"
        if subject is None or subject.lower_ in FIRST_PERSON or (subject.lemma_.lower() in self.lex.not_viewers
                                                                  and subject.lower_ not in PRONOUN_SUBJECTS):
            return None
        subject_kind, actor, _ = self._actor(verb, "")
        if subject_kind != "explicit" or actor in ("", "user"):
            return THIRD_PARTY if subject_kind == "explicit" and self._unnamed_outsider(verb) else None
        if actor == FIRST_PARTY and subject.pos_ != "PROPN":
            return None  # "our employees cannot see your messages": who of ours may see it, an access control
        return actor

    def _unnamed_outsider(self, verb) -> bool:
        """Whether the subject of `verb` is a common noun that names an outside party no catalogue knows, which
        `_resolve` left to the default actor: "the recipient's bank", "Other parties", "Bots and Widgets"; not us or
        our own names, people or things ("our employees", "the developers of Gotify", "the server", "the app", "your
        device"), a feature named by an acronym ("ACR"), the user, a data term, nor a tool that we use to receive
        ("We use analytics to receive crash reports": not the verb's own subject)."""
        subject = _subject_token(verb)
        if (subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.i in self._inside_terms
                or subject.text.isupper() or not (subject.head.i == verb.i or verb.dep_ == "conj" and subject.head.i == verb.head.i)):
            return False
        if self._resolve(subject, "") != ("", None) or any(
                t.lower_ in FIRST_PERSON or self._own_name(t) for t in subject.subtree):
            return False
        lemma = subject.lemma_.lower()
        return not (lemma in STAFF_NOUNS | OWN_INFRASTRUCTURE | OPERATED_THINGS | DEFINED_TERMS | SOFTWARE_SUBJECTS
                    or lemma in self.lex.own_devices or lemma in self.lex.not_viewers
                    or any(c.dep_ in ("poss", "compound") and (c.lower_ in FIRST_PERSON or c.lemma_.lower() in
                                                               STAFF_NOUNS) for c in subject.children))

    def _owned_by_another(self, token) -> bool:
        """Whether `token` has a possessor that is neither us, the user nor one of our own names ("the app's
        publisher", "its developer"; not "our vendor", "your bank", "Acme's staff" in Acme's policy)."""
        return any(c.dep_ == "poss" and c.lower_ not in FIRST_PERSON | SECOND_PERSON and not self._own_name(c)
                   for c in token.children)

    def _uncatalogued_name(self, token) -> bool:
        """Whether `token` is a capitalised word with no determiner that is not one of the policy's own names nor a
        defined term: a name ("Alfahosting") or a common noun opening the sentence ("Companies that host our website
        …"); not "We", "GitHub" in GitHub's policy, "Services" or "The provider"."""
        return (token is not None and token.text[:1].isupper() and token.lower_ not in FIRST_PERSON
                and token.lower_ not in self.first_party_aliases and token.lemma_.lower() not in DEFINED_TERMS
                and not any(c.dep_ in ("det", "poss") for c in token.children) and token.i not in self._inside_terms)

    def _name_read_as_word(self, token) -> bool:
        """Whether `token` is a capitalised name inside the sentence that the tagger read as a common word, with no
        determiner: a product named by an English word ("Plausible", "Workable"); not a data term, our own name or
        a defined term of the policy ("the Services", "Cookies")."""
        return (token.text[:1].isupper() and token.text[1:].isalpha() and token.text[1:].islower() and token.i > 0
                and not token.is_sent_start
                and token.pos_ != "PROPN" and token.i not in self._inside_terms
                and token.lower_ not in self.first_party_aliases and token.lemma_.lower() not in DEFINED_TERMS
                and not any(c.dep_ in ("det", "poss", "compound", "amod") for c in token.children))

    def _name_before_relative(self, subject, antecedent) -> tuple[str, str] | None:
        """The named SDK or company whose name, covering `antecedent`, ends right before the relative word of
        `subject` ("Google Analytics for Firebase, which collects …"), else None."""
        relative = subject if subject.lower_ in ("which", "that", "who") else next(
            (c for c in subject.children if c.lower_ == "whose"), subject)
        before = _doc_text(subject.doc)[:relative.idx].rstrip(" ,")
        named = [m for m in self.entities.find(before, "en") if m.end == len(before) and m.start <= antecedent.idx
                 and m.value not in (FIRST_PARTY, THIRD_PARTY)]
        return (named[0].value, before[named[0].start:named[0].end]) if named else None

    def _names_listed_before_relative(self, subject) -> list[tuple[str, str]]:
        """The named SDKs or companies of a list that ends right before the relative word of `subject`, whatever
        the parser made of the list ("Google Analytics and Firebase Crashlytics, whose SDKs collect …" -> both), in
        order; [] when no name ends there."""
        relative = subject if subject.lower_ in ("which", "who") else next(
            (c for c in subject.children if c.lower_ == "whose"), None)
        if relative is None:
            return []
        before = _doc_text(subject.doc)[:relative.idx].rstrip(" ,")
        found = sorted((m for m in self.entities.find(before, "en") if m.value != FIRST_PARTY), key=lambda m: m.start)
        listed: list = []
        end = len(before)
        for match in reversed(found):
            if match.end != end:
                break
            listed.insert(0, match)
            end = len(LIST_SEPARATOR.sub("", before[:match.start]))
        return [(m.value, before[m.start:m.end]) for m in listed if m.value != THIRD_PARTY]

    def _party(self, token) -> tuple[str, str | None] | None:
        """Actor id and text when `token` heads a phrase naming a party, us included ("we", "Google"), else None
        ("cookies")."""
        actor, text = self._resolve(token, "")  # "": the phrase names no party
        return (actor, text) if actor else None

    def _software_verb_as_noun(self, text: str, default_actor: str, purposes: list[str],
                               condition: str | None) -> list[Frame]:
        """The practice of a list introduction ending with the service's software and a verb the tagger read as a
        plural noun of it ("Depending on what you track, the app records:", "The app uploads:"): the verb's own
        action, when it collects or keeps the items."""
        found = SOFTWARE_VERB_AS_NOUN.search(text)
        action = found and _third_person_action(found.group(1).lower(), self.lex.verbs)
        if action not in ("collect", "store"):
            return []
        return [Frame(action, actor=default_actor, purposes=purposes, condition=condition)]

    def _stranded_access(self, doc, default_actor: str, purposes: list[str], condition: str | None) -> list[Frame]:
        """The practice of a list introduction ending "have / gain access to:", whose "to" takes the items for its
        object ("We have access to:" followed by "- your calendar events"): collection by the holder, as when the
        data follows "to" in the sentence (GUIDELINES: access); not the user's own access ("You have access to:")."""
        for token in doc:
            holder = _access_holder(token)
            if holder is None or _has_subject(holder, SECOND_PERSON) or not any(
                    c.lower_ == "to" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                    and c.i == max(t.i for t in doc if not t.is_punct and not t.is_space) for c in token.children):
                continue
            return self._frames(holder, None, default_actor, purposes, condition) or []
        return []

    def _viewer_verb_as_noun(self, doc, text: str, purposes: list[str], condition: str | None) -> list[Frame]:
        """The practice of a list introduction whose verb of seeing or receiving the tagger read as a noun, the whole
        introduction becoming a noun phrase headed by its subject ("A relay you connect to sees:"): when that subject
        is one of the people or peers who can be shown data (`viewers`), the service shares the items with them, as
        when the verb is read as one ("nearby peers can receive:"; GUIDELINES: what relays or peers see)."""
        found = VIEWER_VERB_AS_NOUN.search(text)
        verb = found and next((t for t in doc if t.idx == found.start(1)), None)
        if verb is None or verb.pos_ not in ("NOUN", "PROPN"):
            return []
        root = verb.sent.root
        if root.i == verb.i or root.pos_ not in ("NOUN", "PROPN") or root.lemma_.lower() not in self.lex.viewers:
            return []
        return [Frame("share", actor=FIRST_PARTY, recipient=THIRD_PARTY, purposes=purposes, condition=condition)]

    def _named_tool_verb_as_noun(self, text: str, purposes: list[str], condition: str | None) -> list[Frame]:
        """The practice of a list introduction whose subject is a named tool and whose verb the tagger read as a noun
        of the name ("Google Analytics stores information about:", "Matomo records the following data:"): the tool
        collects the items, as an SDK the first party embeds does (GUIDELINES); none for data called anonymous
        ("Google Analytics stores anonymised information about:", GUIDELINES: anonymous or aggregate data)."""
        for party in self.entities.find_named(text, "en"):
            found = NAMED_TOOL_VERB.match(text, party.end)
            if found is None or text[:party.start].strip(" *_") or self.lex.calls_anonymous(found.group(2)):
                continue
            if self.lex.verbs.get(found.group(1).lower()[:-1]) in ("collect", "store"):
                return [Frame("collect", actor=party.value, actor_text=text[party.start:party.end], purposes=purposes,
                              condition=condition)]
        return []

    def _other_party(self, token) -> tuple[str, str | None] | None:
        """Actor id and text when `token` heads a phrase naming a party other than us ("our service providers",
        "Google"), else None ("cookies", "we")."""
        party = self._party(token)
        return party if party is not None and party[0] != FIRST_PARTY else None

    def _authorized_party(self, verb, default_actor: str) -> str | None:
        """The party we let use or access the data ("authorize any third party to use X", "allow advertisers to
        access X"), else None."""
        head = verb.head
        if verb.dep_ != "xcomp" or head.lemma_.lower() not in PERMISSION_VERBS:
            return None
        party = next((c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)
        other = self._other_party(party) if party is not None else None
        if other is None:
            return None
        kind, subject, _ = self._actor(head, default_actor)
        return other[0] if kind != "user" and subject == FIRST_PARTY else None

    def _practice_read_as_compound(self, token):
        """A practice verb opening an item of a list of purposes that the tagger read as a compound noun of the data
        phrase or of its possessor: "to analyze trends, administer the site, track [NOUN] users' movement", "to manage
        the website, track [NOUN] usage and improve it". Not a word of the term itself ("cookies, log files"), nor
        an item of a list of data ("HTML5, cache cookies"), nor after a verb and "and" ("collect and store [NOUN]
        name"). So is "process" / "processing" opening an item before its object, the first of a list ("- process
        [NOUN] rentals and purchases and send receipts", "- Processing [NOUN] orders or other transactions")."""
        opening = next((c for c in _first_conjunct(token).children if c.dep_ == "compound"
                        and c.lower_ in ITEM_OPENING_PRACTICES and c.i not in self._inside_terms
                        and all(t.is_punct or t.is_space or t.like_num for t in c.doc[:c.i])), None)
        if opening is not None:
            return opening
        for head in (token, *(c for c in token.children if c.dep_ == "poss")):
            item, listed = head, False
            while item.dep_ in ("conj", "appos") and item.head.i != item.i and not listed:
                item = item.head
                listed = item.i in self._inside_terms
            if listed:
                continue  # an item of a list of data
            for child in head.children:
                if (child.dep_ == "compound" and child.i < head.i and child.pos_ in ("NOUN", "PROPN")
                        and child.i not in self._inside_terms and child.i > 0
                        and (child.doc[child.i - 1].lower_ in (",", "to") or child.doc[child.i - 1].lower_ == "and"
                             and child.i > 1 and child.doc[child.i - 2].pos_ not in ("VERB", "AUX"))
                        and child.lower_ == child.lemma_.lower() and child.lower_ in self.lex.verbs):
                    return child
        return None

    def _verb_read_as_noun(self, span):
        """A practice verb the tagger read as a noun between its subject and the data phrase that is its object,
        opening the clause: "our hosting provider stores only encrypted vault data", "A small number of subprocessors
        process student data". The verb agrees with the noun before it (a singular noun before "stores", a plural one
        before "process"), which noun compounds ("user records", "the App Store") do not; no finite verb nor negation
        comes before it in the clause, and it names no record ("logs", "records"), which is data itself."""
        doc = span.doc
        index = span.start - 1
        while index > 0 and span.start - index <= 3 and (
                doc[index].pos_ in ("DET", "ADJ", "ADV", "NUM") or doc[index].tag_ in ("PRP$", "VBN", "VBD")
                or doc[index].pos_ in ("NOUN", "PROPN") and doc[index].dep_ == "compound"
                and doc[index].lemma_.lower() not in self.lex.verbs):
            index -= 1
        if index <= 0:
            return None
        verb, subject = doc[index], doc[index - 1]
        lemma = verb.lemma_.lower()
        if (not (verb.pos_ == "NOUN" or verb.dep_ == "compound" and verb.tag_ in ("VBP", "VBZ"))
                or verb.i in self._inside_terms or subject.i in self._inside_terms
                or self.lex.verbs.get(lemma) not in ("collect", "share", "store", "use")
                or lemma in self.lex.record_nouns or lemma in ("record", "log", "file", "use")
                or subject.pos_ not in ("NOUN", "PROPN") or not subject.is_alpha
                or subject.lemma_.lower() in self.lex.verbs):
            return None
        lower = verb.lower_
        agrees = (subject.tag_ in ("NN", "NNP") and lower in (lemma + "s", lemma + "es")
                  or subject.tag_ in ("NNS", "NNPS") and lower == lemma)
        if not agrees:
            return None
        for token in reversed(doc[:index - 1]):
            if token.text in (";", ":", "|", ","):
                break
            if token.tag_ in ("VBZ", "VBP", "VBD", "MD") or token.lower_ in self.lex.negations:
                return None
        return verb

    def _mistagged_verb(self, token, verb) -> bool:
        """A practice verb the tagger took for a noun right after "and"/"or": "the information we collect and share"."""
        return (token.pos_ in ("NOUN", "PROPN") and token.dep_ == "conj" and token.lower_ in self.lex.verbs
                and token.i == verb.i + 2 and verb.doc[verb.i + 1].dep_ == "cc"
                and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in token.children))

    def _coordinated_actors(self, verb, frame: Frame) -> list[Frame]:
        """The same practice for each further party of a coordinated subject: "Meta and Google collect X", "we and
        our service providers collect X"."""
        subject = _subject_token(verb)
        agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        if agent is not None and agent.lower_ not in SECOND_PERSON and agent.lemma_.lower() not in USER_NOUNS and (
                verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children)):
            subject = agent  # "handled by Bugsnag and Sentry", "collected by partners such as Google": the agents
        if (subject is not None and subject.dep_ in ("dobj", "obj") and verb.dep_ == "xcomp"
                and subject.head == verb.head and verb.head.lemma_.lower() in TOOL_VERBS
                and self._party(subject) is None and not self._name_read_as_word(subject)):
            # "we and our analytics provider, Google Analytics, use cookies to record X": the users of the cookies
            # record, as `_actor` reads it
            subject = _subject_token(verb.head)
        if subject is None and frame.action == "share":
            subject = _given_subject(verb)  # "Braze and Firebase Cloud Messaging, which are given a push token"
        if subject is None:
            return []
        antecedent = _relative_antecedent(subject)
        if antecedent is not None and verb.tag_ == "VBZ":
            return []  # "… (Google Maps Platform, which receives X)": one item of a list, not the whole list
        # "AdMob and AppLovin, which collect X", also when the parser did not coordinate the names
        listed = self._names_listed_before_relative(subject) if antecedent is not None else []
        subject = antecedent or subject
        parties = [self._other_party(t) for t in [subject, *subject.conjuncts]] + listed
        if frame.action == "share" and frame.actor == FIRST_PARTY and frame.recipient not in (
                None, "user", FIRST_PARTY, THIRD_PARTY) and any(
                (party or ("",))[0] == frame.recipient for party in parties):
            # "Apple and Google receive X", "Neither AppsFlyer nor Firebase receives X": the subject is the
            # recipient, so each of its parties receives the data
            extra_recipients: list[Frame] = []
            for party in parties:
                if party is not None and party[0] not in (frame.recipient, FIRST_PARTY) and all(
                        f.recipient != party[0] for f in extra_recipients):
                    extra_recipients.append(replace(frame, recipient=party[0]))
            return extra_recipients
        category = next((p for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                         if p.dep_ == "pobj"), subject) if subject.lower_ in PARTITIVES else subject
        examples = _named_examples(category) or [
            # "Third-party SDKs integrated into the app, such as AppsFlyer, collect X": the parser hung the examples
            # on a noun of the category's own modifier; only named parties count there
            example for token in category.subtree if token.i > category.i
            for example in _named_examples(token) if (self._other_party(example) or (THIRD_PARTY,))[0] != THIRD_PARTY]
        if (examples and frame.action in ("share", "not_share") and frame.actor == FIRST_PARTY
                and frame.recipient == THIRD_PARTY and self._party_named_before(category) in (None, THIRD_PARTY)):
            # the subject is the recipient: "Donations are processed by our payment partners including DonorBox and
            # Stripe", "Service providers such as Sentry receive X": each named example receives the data too
            named = [self._other_party(e) for e in examples]
            return [replace(frame, recipient=party[0]) for index, party in enumerate(named) if party is not None
                    and party[0] not in (FIRST_PARTY, THIRD_PARTY) and party not in named[:index]]
        if examples and frame.actor not in (FIRST_PARTY, "user") and self._party_named_before(category) in (
                None, THIRD_PARTY):
            # the named examples of a category acting: "advertising partners, including Google and Meta, collect X",
            # "some of our service providers such as Amplitude store cookies" (each example, and the category)
            parties += [(THIRD_PARTY, None)] + [self._other_party(e) for e in examples]
        extra: list[Frame] = []
        for party in parties[1:]:
            if party is not None and party[0] != frame.actor and all(f.actor != party[0] for f in extra):
                extra.append(replace(frame, actor=party[0], actor_text=party[1]))
        return extra

    def _back_reference(self, verb, frame: Frame, default_actor: str) -> str | None:
        """The role of a subject or recipient that points back to parties named before ("These services use cookies to
        collect X", "These partners receive X", "we provide them with X") in `frame`: "actor", "recipient", or None
        for any other."""
        if frame.pronoun_recipient and frame.action == "share":
            return "recipient"  # "We use service providers, including Zendesk. They process X on our instructions"
        if frame.action in ("share", "not_share") and frame.recipient == THIRD_PARTY:
            target = self._recipient_target(verb)
            anaphor = target is not None and (target.lower_ == "them" or target.lemma_.lower() in PARTY_NOUNS and any(
                c.dep_ in ("det", "predet") and c.lower_ in DEMONSTRATIVES for c in target.children))
            if anaphor and not any(m.value not in (FIRST_PARTY, THIRD_PARTY)
                                   for m in self.entities.find(_doc_text(verb.doc)[:target.idx], "en")):
                # "We work with advertising partners, including Google and Meta. … we may provide them with a hashed
                # version of your email address": the parties of the sentence before (not when this one names any
                # before it: "Sentry and Zendesk are based in the US, so logs are transferred to them")
                return "recipient"
        subject = _subject_token(verb)
        if (subject is None or self._party(subject) is None) and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in TOOL_VERBS:
            subject = _subject_token(verb.head)
        if subject is None or subject.lemma_.lower() not in PARTY_NOUNS or not any(
                c.dep_ in ("det", "predet") and (c.lower_ in DEMONSTRATIVES or c.lower_ == "this"
                                                and subject.lemma_.lower() in TOOL_NOUNS) for c in subject.children):
            return None
        party = self._resolve(subject, default_actor)[0]
        if party not in (default_actor, THIRD_PARTY):
            return None  # "These Google services": named in the phrase itself
        if frame.action == "share" and frame.actor == FIRST_PARTY and frame.recipient == party:
            return "recipient"
        return "actor" if frame.actor == party else None

    def _our_product_before(self, verb) -> bool:
        """Whether the sentence names our own app or service before `verb`, which its pronoun subject may stand for
        ("Amethyst does not request X, so it never receives the GPS track")."""
        before = _doc_text(verb.doc)[:verb.idx].lower()
        return any(re.search(r"\b" + re.escape(alias) + r"\b", before) for alias in self.first_party_aliases) or any(
            t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in FIRST_PERSON | PRONOUN_SUBJECTS
            and self._resolve(t, "")[0] == FIRST_PARTY for t in verb.doc[:verb.i])

    def _antecedent(self, pronoun) -> tuple[str, str] | None:
        """The party "it" / "they" stands for: the last party named before it in the sentence, when that is a third
        party ("Adobe Analytics helps us…; it receives usage data"); None when there is none or it is our own app."""
        before = _doc_text(pronoun.doc)[:pronoun.idx]
        named = [m for m in self.entities.find(before, "en") if before[m.start:m.end].lower() not in FIRST_PERSON]
        if not named or named[-1].value == FIRST_PARTY:
            return None
        return named[-1].value, before[named[-1].start:named[-1].end]

    def _resolve(self, token, default_actor: str) -> tuple[str, str | None]:
        """Actor id and text of the noun phrase headed by `token`."""
        lower = token.lower_
        if lower in FIRST_PERSON:
            return FIRST_PARTY, None
        head_phrase = " ".join(t.lower_ for t in token.subtree if t.i <= token.i and t.dep_ in ("det", "poss", "compound")
                               or t.i == token.i)
        if head_phrase in self._first_party_phrases or lower in ("app", "apps", "application", "applications") \
                and not _third_party_modified(token):
            return FIRST_PARTY, None
        if _the_developer(token):
            return FIRST_PARTY, None
        phrase = " ".join(t.text for t in token.subtree if t.dep_ not in ("relcl", "acl", "punct") and t.i <= token.i
                          or t.head == token and t.dep_ in ("compound", "prep", "pobj"))
        # a name heading a list is a party of its own: "Mailchimp" of "with Mailchimp and Zendesk" is an uncatalogued
        # third party, not Zendesk (each item is a recipient, see `_coordinated_recipients`)
        coordinated = {t.i for c in token.children if c.dep_ in ("conj", "cc") for t in c.subtree} if (
            token.pos_ == "PROPN" and lower not in self.first_party_aliases) else set()
        phrase_full = " ".join(t.text for t in token.subtree if t.i not in coordinated)
        covering = self._name_covering(token)
        if covering is not None:
            return covering  # "Google Analytics for Firebase receives …": the whole name, not "Google Analytics"
        found_in_phrase = self.entities.find(phrase, "en")
        if not any(m.value not in (FIRST_PARTY, THIRD_PARTY) for m in found_in_phrase):
            for appos in (c for c in token.children if c.dep_ == "appos"):
                # "to our payment processor, Adyen": the category is the named party set beside it
                named = self.entities.find_named(" ".join(t.text for t in appos.subtree), "en")
                if named:
                    return named[0].value, named[0].phrase
        for text, found in ((phrase, found_in_phrase), (phrase_full, None)):
            if found is None:
                found = self.entities.find(text, "en")
            named = [m for m in found if m.value not in (FIRST_PARTY, THIRD_PARTY)]
            if named and text[named[0].start:named[0].end].lower() in self.first_party_aliases:
                return FIRST_PARTY, None  # the policy's own catalogued name: "PostHog collects …" in PostHog's policy
            if named:
                return named[0].value, text[named[0].start:named[0].end]
            if found:
                return THIRD_PARTY, text[found[0].start:found[0].end]
        # the whole phrase of a name with "of" / "for" ("The Department for Education"), when it lists no others
        forms = {_alias_form(phrase)} | ({_alias_form(phrase_full)} if not any(
            c.dep_ == "conj" for c in token.children) else set())
        if lower in self.first_party_aliases or (forms | {_without_corporate_suffix(f) for f in forms}) & \
                self.first_party_aliases:
            return FIRST_PARTY, None  # also our name with its legal form: "Tallyboard GmbH" of "Tallyboard"
        if token.lemma_.lower() in OWN_INFRASTRUCTURE | STAFF_NOUNS | {"developer"} and any(
                c.dep_ == "poss" and c.lower_ in FIRST_PERSON
                or c.dep_ in ("compound", "amod", "nmod", "poss") and self._own_name(c) for c in token.children):
            # "sends your IP address to our servers", by our own name: "to State of Nevada servers", "is not sent
            # to University servers", "Acme's systems"
            return FIRST_PARTY, None
        if lower in ("it", "they", "them", "this", "these", "which", "that"):
            return default_actor, None
        if token.text in self.other_party_names and not any(c.dep_ in ("det", "poss") for c in token.children):
            return THIRD_PARTY, phrase_full  # "Plausible receives …" after "We use Plausible …"
        if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "another" for c in token.children):
            return THIRD_PARTY, phrase_full  # "from another site that sets a cookie": a party other than us
        if token.pos_ == "PROPN" and self._own_brand_product(token):
            return FIRST_PARTY, None  # "Nestling Baby also measures …" in the Nestling policy: a product of ours
        if token.pos_ == "PROPN":
            return THIRD_PARTY, phrase_full
        return default_actor, None

    def _own_brand_product(self, token) -> bool:
        """Whether an uncatalogued name opens on one of the policy's own names, our brand before a product word
        ("Nestling Baby", "Nestling Cam" in the Nestling policy), with no possessive of another party."""
        words = [t for t in token.subtree if t.i <= token.i]
        compounds = [t for t in words if t.dep_ == "compound" and t.head.i == token.i]
        return (bool(compounds) and compounds[0].text[:1].isupper() and compounds[0].lower_ in self.first_party_aliases
                and not any(t.dep_ == "poss" for t in words))

    def _own_name(self, token) -> bool:
        """Whether `token` heads one of the policy's own names ("NetNewsWire", "Multi-Calculator"), not "we"."""
        if not self.first_party_aliases or token.lower_ in FIRST_PERSON:
            return False
        phrase = " ".join(t.text for t in token.subtree if t.i <= token.i and t.dep_ in ("compound", "punct")
                          or t.i == token.i)
        return token.lower_ in self.first_party_aliases or _alias_form(phrase) in self.first_party_aliases

    def _name_covering(self, token) -> tuple[str, str] | None:
        """The named party whose name runs across `token` past the words of its phrase up to it, into a phrase after
        it ("Google Analytics for Firebase" over "Analytics"), else None."""
        words = list(token.subtree)
        if words[-1].i == token.i:
            return None
        text = " ".join(t.text for t in words)
        head_start = sum(len(t.text) + 1 for t in words if t.i < token.i)
        head_end = head_start + len(token.text)
        for match in self.entities.find_named(text, "en"):
            if match.start <= head_start and match.end > head_end + 1:
                return match.value, text[match.start:match.end]
        return None

    def _given_party(self, verb) -> str | None:
        """The party other than us that a passive "given" / "sent" / "provided" has as its subject, the data being its
        object ("Firebase Cloud Messaging, which is given a push token", "partners are sent your email address"),
        else None."""
        subject = _given_subject(verb)
        if subject is None:
            return None
        antecedent = _relative_antecedent(subject)
        if antecedent is not None:
            named = self._name_before_relative(subject, antecedent)
            if named is not None:
                return named[0]
            subject = antecedent
        if subject.lower_ in PRONOUN_SUBJECTS:
            named = self._antecedent(subject)  # "since Twilio is not used yet, they are only provided X"
            return named[0] if named is not None else None
        party = self._other_party(subject)
        return party[0] if party is not None else None

    def _given_pronoun(self, verb) -> bool:
        """Whether a passive "given" / "sent" / "provided" with the data as its object has "they" / "it" as its
        subject naming no party in the sentence ("They are not provided your email address", "It is never given
        the route you took"): a party the paragraph named before."""
        subject = _given_subject(verb)
        return subject is not None and subject.lower_ in PRONOUN_SUBJECTS and self._antecedent(subject) is None

    def _transfer_abroad(self, transfer) -> bool:
        """Whether a transfer names no recipient, only where the data goes or nothing at all ("to countries other than
        the country where you are located", "to the United States", "across international borders"); not one in a
        merger, one whose phrase names a party further in ("outside of the EEA (for example to third parties …)"), nor
        a participle that only identifies the data ("the phone number being transferred", "the transferred business
        assets")."""
        if transfer.dep_ in ("acl", "amod") or any_match(self.lex.business_transfers, transfer.sent.text):
            return False
        target = self._recipient_target(transfer)
        if target is not None:
            return bool(any_match(self.lex.transfer_places, " ".join(t.text for t in target.subtree)))
        return not any(t.dep_ == "pobj" and t.head.lower_ == "to" and self._other_party(t) is not None
                       for t in transfer.subtree)

    def _recipient(self, verb) -> str | None:
        target = self._recipient_target(verb)
        if target is None:
            return None
        if target.lower_ in SECOND_PERSON:
            return "user"
        if target.lower_ in FIRST_PERSON:
            return FIRST_PARTY
        referred = self._parties_referred_to(target)
        if referred:
            return referred[0]
        actor, _ = self._resolve(target, THIRD_PARTY)
        return actor if actor != FIRST_PARTY else FIRST_PARTY

    def _parties_referred_to(self, target) -> list[str]:
        """The parties a recipient "them" / "those partners" stands for when the sentence named them before it, in
        order: the list of names ("Sentry, Postmark and Zendesk are based in the United States, so X is transferred
        to them" -> sentry, postmark, zendesk), or a category with its named examples ("advertising partners such as
        Meta and Google …, and we upload X to those partners" -> third_party, facebook, google); [] otherwise."""
        if not (target.lower_ == "them" or target.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in ("those", "these") for c in target.children)
                and self._resolve(target, "")[0] == THIRD_PARTY):
            return []
        before = _doc_text(target.doc)[:target.idx]
        found = sorted((m for m in self.entities.find(before, "en") if m.value != FIRST_PARTY), key=lambda m: m.start)
        named = [m for m in found if m.value != THIRD_PARTY]
        if not named:
            return []
        listed = [named[-1]]  # the list the last name ends: "Sentry, Postmark and Zendesk"
        for match in reversed([m for m in found if m.end <= named[-1].start]):
            if match.value == THIRD_PARTY or not LIST_SEPARATOR.fullmatch(before[match.end:listed[0].start]):
                break
            listed.insert(0, match)
        parties = [m.value for m in listed]
        if EXAMPLES_BEFORE.search(before[:listed[0].start]):  # "advertising partners such as Meta and Google"
            category = [m for m in found if m.end <= listed[0].start]
            parties.insert(0, category[-1].value if category else THIRD_PARTY)
        return parties

    def _recipient_target(self, verb):
        """The head of the phrase naming who `verb` gives the data to ("to X", "with X", a dative), else None."""
        if verb.lemma_.lower() in ("provide", "supply", "furnish") and any(
                c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            # "Google provides us with your country", "we supply Stripe with your email": the object gets the data,
            # "with" names the data; passive, "we are provided with X": we get it
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            given = next((c for c in verb.children if c.dep_ in (("nsubjpass",) if passive else ("dobj", "dative"))),
                         None)
            if given is not None and (not passive or given.lower_ in FIRST_PERSON):
                return given
        candidates = [c for c in verb.children if c.dep_ in ("prep", "dative")]
        # "sends a variety of information to Mozilla": the parser often hangs "to X" on the object
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "oprd", "acomp")]
        object_preps = [t for obj in objects for t in obj.subtree
                        if t.dep_ == "prep" and t.lower_ in ("to", "with") and t not in candidates]
        if verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "We share X with Onfido, and we share Y and Z with Sift": a clause with a subject of its own gives the
            # data to its own recipient, hung on its object (or on a later object the parser made a conjunct of the
            # verb), before the first clause's
            candidates += object_preps + [t for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                                          for t in c.subtree if t.dep_ == "prep" and t.lower_ in ("to", "with")]
        if verb.dep_ == "conj":
            candidates += [c for c in verb.head.children if c.dep_ in ("prep", "dative") and c not in candidates]
        candidates += [t for t in object_preps if t not in candidates]
        if not any(c.lower_ in ("to", "with") or c.dep_ == "dative" for c in candidates):
            # "send the GPS coordinates of the start and end points to the Photon API": a word of the object the
            # parser made a verb coordinated with ours ("end"), no practice and no subject of its own, carries "to X"
            candidates += [t for conj in verb.children if conj.dep_ == "conj" and conj.i > verb.i
                           and conj.pos_ == "VERB" and not self._is_action(conj)
                           and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
                           for t in conj.children if t.dep_ == "prep" and t.lower_ in ("to", "with")]
        for child in candidates:
            if child.dep_ == "dative" and child.pos_ in ("PRON", "NOUN", "PROPN"):
                target = child
            elif child.lower_ in ("with", "to", "among", "between"):
                target = next((c for c in child.children if c.dep_ == "pobj"), None)
                if target is None and child.lower_ == "to" and child.head == verb:
                    # "sent to and stored on AWS servers": the place the next verb names is where "to" leads
                    target = next((p for conj in verb.conjuncts if conj.i > child.i for c in conj.children
                                   if c.dep_ == "prep" and c.lower_ in ("on", "in", "at", "with")
                                   for p in c.children if p.dep_ == "pobj"), None)
            else:
                continue
            if target is None:
                continue
            return target
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("through", "via"):
                # "are transmitted through Twilio Video": the named party carrying the data (not "submit X through
                # the Application and/or Services")
                target = next((c for c in child.children if c.dep_ == "pobj"), None)
                if target is not None and (self._other_party(target) or (THIRD_PARTY,))[0] != THIRD_PARTY:
                    return target
        return None

    def _coordinated_recipients(self, verb, frame: Frame) -> list[Frame]:
        """The same sharing for each further recipient: coordinated ("with Onfido and Socure", "to Meta, Google or any
        other advertising company") and the named examples of a category ("to advertising platforms, such as Google
        and Meta": each example, and the category itself)."""
        if frame.action != "share" or frame.recipient in (None, "user", FIRST_PARTY):
            return []
        target = self._recipient_target(verb)
        if target is None or target.lower_ in SECOND_PERSON or target.lower_ in FIRST_PERSON:
            return []
        referred = self._parties_referred_to(target)
        if referred:  # "… transferred to them": each party the sentence named before
            return [replace(frame, recipient=party) for party in dict.fromkeys(referred) if party != frame.recipient]
        if self._resolve(target, THIRD_PARTY)[0] != frame.recipient:
            return []  # the frame's recipient is not this phrase's
        parties: list[str] = []
        # the names set beside the category: "to our payment processors Stripe and PayPal"
        parties += [party[0] for appos in target.children if appos.dep_ == "appos" for item in appos.conjuncts
                    for party in [self._other_party(item)] if party is not None and party[0] != THIRD_PARTY]
        after = target.right_edge.i + 1
        if after < len(target.doc) and target.doc[after].text == ":" and any(
                c.lower_ in ("following", "these") for c in target.children):
            # the names listed after the colon: "with the following third parties: Google, Facebook and Twitter"
            listed = target.doc[after + 1:].text
            parties += [m.value for m in self.entities.find(listed, "en") if m.value not in (FIRST_PARTY, THIRD_PARTY)]
        for item in [target, *target.conjuncts]:
            examples = _named_examples(item) or self._named_examples_after_relative(item)
            if examples:
                own = self._party_named_before(item)
                parties.append(own if own is not None else THIRD_PARTY)
                parties += [party[0] for party in map(self._other_party, examples) if party is not None]
            elif item.i != target.i and item.lower_.rstrip(".") not in CORPORATE_SUFFIXES:
                party = self._other_party(item)
                if party is not None:
                    parties.append(party[0])
                elif item.pos_ == "NOUN":
                    parties.append(THIRD_PARTY)  # "or any other advertising company"
        extra: list[Frame] = []
        for party in parties:
            if party != frame.recipient and all(f.recipient != party for f in extra):
                extra.append(replace(frame, recipient=party))
        return extra

    def _named_examples_after_relative(self, noun) -> list:
        """The named parties given as examples of a category noun that the parser hung on the verbs of the noun's
        relative clause ("service providers that host our services and provide payment processing on our behalf,
        including Lumenmatch Inc., Amazon Web Services and Braintree" -> the three names); not examples of the
        clause's own object that name no party ("providers that host data, including names")."""
        return [example for clause in noun.children if clause.dep_ == "relcl"
                for verb in (clause, *clause.conjuncts) for example in _named_examples(verb)
                if (self._other_party(example) or (THIRD_PARTY,))[0] != THIRD_PARTY]

    def _party_named_before(self, token) -> str | None:
        """The party named by the words of `token`'s phrase up to `token` ("advertising platforms" of "advertising
        platforms such as Google"), or None when they name none or only us."""
        words = " ".join(t.text for t in token.subtree if t.i <= token.i)
        found = [m for m in self.entities.find(words, "en") if m.value != FIRST_PARTY]
        return found[-1].value if found else None

    def _negated(self, verb, span) -> bool | None:
        """True for a denial, False for none, None for a negated limit of scope or a hedged denial."""
        chain = [verb]
        head = verb
        while (head.dep_ in ("xcomp", "ccomp", "conj") or _verb_list_item(head)
               or _denied_purpose_infinitive(head)) and head.head.i != head.i:
            if _semicolon_between(head, head.head):
                break  # "X is required for the contract; without them we cannot provide…": another sentence's negation
            if _consequence_after(head):
                break  # "Your IP address is used to …, so it is never stored in full": the later clause's own denial
            if head.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") and (
                    c.i not in self._inside_terms or _own_auxiliary(head)) for c in head.children) and not any(
                    t.lower_ in ("nor", "neither") for t in head.doc[min(head.i, head.head.i):max(head.i, head.head.i)]):
                # "we do not record the pages you visit, but we log the domain names": a clause of its own (not when
                # its subject is data: "we do not share or sell email addresses gathered …" parsed as a clause, unless
                # the conjunct has its own auxiliary: "calls are not recorded, and the selfie is deleted within 30 days")
                break
            if head.dep_ == "conj" and _joined_by_contrast(head):
                break  # "we do not sell X but may share Y": the denial stops at the contrasting clause
            # a later conjunct stands where the first one does ("We do not require Users to create a … account or
            # otherwise provide Personal Information": "provide" is under "require" as "create" is)
            by_conjunction = head.dep_ == "conj" or head.dep_ == "advcl"  # an infinitive goes on with its verb
            head = head.head
            chain.append(head)
            if (by_conjunction or head.dep_ == "conj" or _verb_list_item(head)
                    or head.lemma_.lower() in CONTROL_VERBS or head.lemma_.lower() in self.lex.verbs):
                continue
            break
        negation = None
        for item in chain:
            negation = _negation(item, lasting=item is chain[0])
            if negation is not None:
                break
        if negation is None and span is not None and verb.dep_ in ("relcl", "acl"):
            negation = _denied_inclusion_by_described(span.root, verb)
        if negation is None and verb.head.lower_ == "without":
            negation = verb.head
        means = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "of" else verb.head  # "no way of reading X"
        if (negation is None and (verb.dep_ in ("relcl", "acl") or means is not verb.head)
                and means.lemma_.lower() in ("way", "means") and any(c.lower_ == "no" for c in means.children)):
            # "Healthcare workers have no way to provide your personal information to COVID Alert", "(we) have no
            # way to link error reports to specific individuals" (a denied link only)
            negation = means
        # a denial of the system the verb's relative clause describes ("We do not maintain servers that store your
        # data beyond the analytics service"): what follows the verb limits the system, not how long data is kept
        hosted = False
        if negation is None:
            negation = _denied_operator(verb, span, self.lex.operated_systems)
            hosted = negation is not None
        if negation is None:
            # "we have disabled the collection of X", "we stopped collecting X"
            previous = None
            for item in [verb] + list(verb.ancestors)[:3]:
                if item.dep_ == "prep" and item.lower_ in MEANS_PREPOSITIONS:
                    break  # "prevent fraud by analyzing X": the means of the negating verb, not what it stops
                if previous is not None and (previous.dep_ in ("ccomp", "parataxis") and any(
                        c.dep_ in ("nsubj", "nsubjpass") for c in previous.children) or _contrasting_verb(previous)):
                    # "the App stops recording trips and your trip locations are deleted", "we stop sending them, but
                    # your streak and progress are still kept": another clause
                    break
                previous = item
                if item.lemma_.lower() in NEGATING_VERBS and item.i != verb.i or (
                        item.i == verb.i and item.head.lemma_.lower() in NEGATING_VERBS and item.dep_ != "advcl"
                        and not _contrasting_verb(item)):
                    negation = item
                    if _users_own_prevention(item if item.i != verb.i else item.head):
                        return None  # "you can prevent Google from collecting X": a control of the user's, no tuple
                    if _denied_prevention(item if item.i != verb.i else item.head):
                        # "we could not prevent the app from sending X": the prevention is denied, the practice goes on
                        negation = None
                    break
                if item.dep_ in ("advcl", "relcl", "parataxis"):
                    break  # "we stop comparing X, although messages remain visible": another clause's verb
        if negation is None and verb.pos_ == "NOUN":
            negation = _nominal_negation(verb)
        if negation is None:
            negation = _negative_subject(verb) or _negative_subject(chain[-1] if chain[-1].dep_ != "conj" else verb)
        if negation is None:
            negation = _nothing_argument(verb, self.lex.nothing_exceptions)
        if negation is None:
            negation = _denied_host(verb, self.lex.hosting_verbs)
            hosted = negation is not None
        if negation is None and span is not None:
            argument = span.root
            while argument.dep_ in ("conj", "appos", "pobj", "prep", "compound", "amod") and argument.head.i != argument.i:
                if argument.head.i == verb.i:
                    break
                argument = argument.head
            for child in argument.children:
                if child.dep_ in ("det", "preconj") and child.lower_ in ("no", "neither"):
                    negation = child  # "we collect no X", "we collect neither X nor Y"
            for child in span.root.children:
                if child.dep_ == "det" and child.lower_ == "no":
                    negation = child
            # the climb goes through a list to its first item, so a participle hung on the last item is denied by the
            # "no" of the first: "No email address or phone number required" denies both
        if negation is None:
            return False
        denied = None if self._hedged(negation, verb) else True  # "We do not normally access that picture": no tuple
        if span is not None:
            start = min(negation.i, span.start)
            end = span.end
            # a few words after the data ("more than", "other than"), not into the next predicate ("and will only")
            while end < min(len(span.doc), span.end + 4) and not (
                    span.doc[end].pos_ in ("VERB", "AUX")
                    or span.doc[end].dep_ == "cc" and span.doc[end].head.pos_ in ("VERB", "AUX")):
                end += 1
            window = _outside_other_parentheses(span.doc[start:end], span)
            if negation.i < span.start and DATA_EXCEPTION_BEFORE.search(span.doc[negation.i:span.start].text):
                # "we do not collect any personal information other than your IP address": the data excepted from
                # the denial is what the practice does handle (GUIDELINES)
                return False
            if DATA_EXCEPTION_AFTER.match(span.doc[span.end:min(len(span.doc), span.end + 3)].text):
                return denied  # the denied data before its exception ("any personal information other than …")
            if self.lex.verbs.get(verb.lemma_.lower()) == "store" and not hosted and any_match(
                    self.lex.retention_limits, span.doc[verb.i:min(len(span.doc), max(span.end, verb.i + 1) + 8)].text):
                # "we will not keep your data longer than necessary", "will not retain your personal data for a period
                # longer than necessary", "your IP address is not stored beyond the session": a retention period
                # (GUIDELINES); the data before a passive verb, the words after the verb
                return False
            if any_match(self.lex.negation_blockers, window):
                return None
        return denied

    def _hedged(self, negation, verb) -> bool:
        """Whether a denial is hedged by how often or how readily it holds: an adverb of cue `denial_hedges` on the
        denied verb, before or after "not" ("We do not normally access that picture", "We generally don't share X",
        "X is not usually disclosed", "Generally(, speaking), we do not sell X"), or on the verb of a "no" object or
        subject ("We generally collect no X", "Usually, no X is shared"). Not "never", and not an adverb of another
        verb ("we do not sell the data we usually collect")."""
        if negation.lower_ == "never":
            return False
        if negation.dep_ == "neg":
            denied = negation.head
        elif (negation.dep_ in ("nsubj", "nsubjpass") or negation.lower_ == "no"
              and negation.head.dep_ in ("dobj", "nsubj", "nsubjpass")) and negation.head.head.i == verb.i:
            # "we generally collect no X", "No one usually reads X"; not a "no" conjunct beside data the verb does
            # handle ("We usually collect your name but no other personal information")
            denied = verb
        else:
            return False
        hedges = self.lex.denial_hedges
        return any(c.dep_ == "advmod" and c.lower_ in hedges or c.dep_ == "advcl" and c.lower_ == "speaking" and any(
            g.dep_ == "advmod" and g.lower_ in hedges for g in c.children) for c in denied.children)

    def _required(self, copula) -> bool:
        """A copula whose complement says data is asked of the user ("X may be necessary for the contract", cue
        `requirement_adjectives`), with the data as its subject."""
        return any(c.dep_ == "acomp" and c.lower_ in self.lex.requirement_adjectives for c in copula.children) and any(
            c.dep_ == "nsubj" and (c.i in self._inside_terms or c.lower_ == "information") for c in copula.children)

    def _inability(self, verb) -> bool:
        for child in verb.children:
            if child.lower_ in self.lex.inability:
                return True
        head = verb.head
        return verb.dep_ == "xcomp" and head.lower_ in ("unable",)

    # -- purposes and conditions -------------------------------------------------------------------------------
    def _purposes(self, text: str) -> list[str]:
        found: list[str] = []
        for pattern in self.lex.purpose_markers:
            for marker in pattern.finditer(text):
                start = marker.start()
                end = start
                while end < len(text) and text[end] not in ",;.:()":
                    end += 1
                purpose = text[start:end].strip()
                if marker.group(0).lower().startswith("to ") and not PURPOSE_NOUNS.search(purpose) and len(purpose) < 8:
                    continue
                if 4 <= len(purpose) <= 120 and purpose not in found:
                    found.append(purpose)
        return found[:4]

    def _condition(self, text: str, refusal: list[tuple[int, int]]) -> str | None:
        found: list[str] = []
        for pattern in self.lex.condition_markers:
            for marker in pattern.finditer(text):
                if any(start <= marker.start() < end for start, end in refusal):
                    continue
                end = marker.end()
                while end < len(text) and text[end] not in ",;.:()":
                    end += 1
                span = text[marker.start():end].strip()
                if len(span.split()) >= 2 and span not in found:
                    found.append(span)
        return "; ".join(found[:3]) if found else None
