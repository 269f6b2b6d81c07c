"""English statement analysis on spaCy dependency parses.

Data phrases are found by phrase matching on the raw sentence (so only sentences that mention data are parsed),
then aligned to tokens. From each phrase the analyser climbs the dependency tree (through conjunctions, "such as"
and "including" attachments, prepositions and relative clauses) to the nearest action verb; the verb's subject
(or the object of "allow X to…", or the agent of a passive) is the actor, its `neg` children, "never", "no X" and
"without" make a denial, "with"/"to" objects of share verbs are recipients, and "you provide/enter/give…" means
the user gives data to the service.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from typing import Iterable, NamedTuple

from ..records import FIRST_PARTY, THIRD_PARTY, Sentence
from ..taxonomy import EntityCatalog, Match, Taxonomy, data_matcher
from .base import Frame, Mention, SentenceAnalysis, unique_frames
from .lexicon import Lexicon, any_match

FIRST_PERSON = {"we", "us", "our", "ours", "ourselves"}
# words policies capitalise as their own defined terms ("to use the Services", "use Cookies to"), never a party's name
DEFINED_TERMS = {"service", "app", "application", "site", "website", "platform", "product", "software", "cookie",
                 "technology", "tool", "information", "data", "content", "feature", "program", "programme"}
# places data is kept that a hosting company may run: "on AWS servers", "in the Frankfurt region of AWS"
HOST_PLACES = {"server", "datacenter", "datacentre", "center", "centre", "region", "infrastructure", "cloud"}
OWN_INFRASTRUCTURE = {"server", "system", "database", "infrastructure", "network", "computer", "cloud", "backend"}
PRONOUN_SUBJECTS = {"it", "they"}  # resolved to a party named before them (see `_antecedent`)
SECOND_PERSON = {"you", "your", "yours", "yourself"}
THIRD_PARTY_MODIFIER = re.compile(r"\bthird[\s-]+part(y|ies)\b")
FIRST_PARTY_MODIFIER = re.compile(r"\bfirst[\s-]+part(y|ies)\b")
DEMONSTRATIVE_SUBJECTS = {"this", "these", "such", "that", "those", "it", "they"}
INCLUSION_VERBS = {"include", "contain", "consist", "comprise", "be", "involve", "cover", "encompass", "mean",
                   "refer", "constitute", "entail", "incorporate"}
CONTROL_VERBS = {"allow", "permit", "let", "enable", "authorize", "authorise", "require", "ask", "engage", "use",
                 "help", "want", "attempt", "try", "intend", "seek", "need", "choose", "decide", "wish", "agree",
                 "plan", "may", "elect", "opt", "begin", "start", "continue", "work"}
# The verb of answering the user before what it answers ("respond to your inquiries", "answer your questions"), as in
# the purpose patterns of communication.messages in mappings/terms/en.yaml
ANSWERING_BEFORE = re.compile(r"\b(?:(?:respond|responding|reply|replying|deal|dealing) (?:to|with)|answer|answering) $",
                              re.I)
PURPOSE_NOUNS = re.compile(r"purpose|advertis|analytic|marketing|security|fraud|research|personali[sz]|improv|"
                           r"measure|statistic|optimi[sz]|diagnos|support|billing|verification|authentication")
COLON_INTRO = re.compile(r"\b(following|as follows|include|includes|including|such as|namely|these|below)\b", re.I)
# Nouns for the people a policy is about: as subjects ("visitors provide…") they are the user.
USER_NOUNS = {"user", "visitor", "customer", "commenter", "member", "player", "subscriber", "participant",
              "applicant", "buyer", "shopper", "reader", "viewer", "listener", "patient", "student", "parent",
              "guardian", "account holder", "individual", "consumer", "client", "guest", "rider", "passenger",
              "adult", "traveler", "traveller", "learner", "candidate", "teacher"}
# Subjects of "send"/"transmit" that are the service's own software: with no recipient, the data goes to the service.
SOFTWARE_SUBJECTS = {"app", "application", "client", "software", "extension", "browser", "game"}
# Nouns that name a practice and govern their "of" object like a verb.
NOMINAL_PRACTICES = {"collection": "collect", "sharing": "share", "disclosure": "share", "sale": "share",
                     "storage": "store", "retention": "store", "use": "use", "processing": "use", "transfer": "share"}
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
# A party handling data under its own terms, as a controller, not for us: "according to their own data protection
# notice", "under its own privacy notice", "as an independent controller".
OWN_TERMS = re.compile(r"(?i)\b(?:its|their) own (?:terms|privacy|data protection|polic|notice)|\b(?:independent|separate) "
                       r"(?:data )?controllers?\b|\bas (?:a |the )?(?:data )?controllers?\b")
# Verbs that, with "access to X" as their object, are collection by their subject: "partners have access to X".
ACCESS_VERBS = {"have", "gain", "receive"}  # not "get"/"obtain": "users can obtain access to their records"
# Prepositions introducing the means of a verb ("prevent fraud by analyzing X"): what follows is done, not stopped.
# Verbs that only classify a practice under a law's terms ("may be considered a \"sale\" of personal information",
# "This is not deemed selling") or refer it to another text ("Plaid's use of your information is governed by its
# privacy policy"): the practice is named, not stated.
CLASSIFYING_VERBS = {"consider", "deem", "constitute", "qualify", "regard", "classify", "characterize", "characterise"}
GOVERNING_VERBS = {"govern", "regulate"}
# What a clause does about a practice named in its condition: a contract, a compliance duty or an update of a page
# ("When such involvement requires the sharing of Personal Data, we have entered into data processing agreements")
PROCEDURE_VERBS = {"enter", "conclude", "sign", "comply", "adhere", "update", "meet"}
CONDITION_MARKS = {"when", "whenever", "if", "once"}  # "When your computer requests a page, …": a condition clause
CONDITION_WORDS = CONDITION_MARKS | {"where"}  # also "Where personal data processing happens in the US, …"
HYPOTHETICAL = {"potential", "possible"}  # "the potential disclosure of X" (after a breach): a risk, no practice
MEANS_PREPOSITIONS = {"by", "through", "via", "including"}
# Verbs that deny the practice they govern: "we disabled the collection of X".
NEGATING_VERBS = {"disable", "stop", "cease", "prevent", "block", "avoid", "refrain", "discontinue", "prohibit",
                  "forbid", "disallow"}
CHANNELS = {"sms", "email", "e-mail", "text message", "text messages", "phone", "telephone", "push notification",
            "push notifications", "mail", "post", "phone call", "phone calls"}
# Accounts at another service that the user signs in with or connects: a method, not data ("sign in with your Google
# account"); what the service passes on is named on its own ("we receive your name and email address").
SIGN_IN_ACCOUNTS = {"google account", "facebook account", "apple account", "twitter account"}
# Verbs whose "with" object is where data is kept ("associated with your Google Account"), not a sign-in method.
ASSOCIATE_VERBS = {"associate", "link", "combine", "merge", "connect", "store", "save", "keep"}
PERMISSION_VERBS = {"authorize", "authorise", "allow", "permit", "let", "enable"}  # "allow X to use Y": shared with X
CORPORATE_SUFFIXES = {"inc", "ltd", "llc", "gmbh", "corp", "co", "plc", "limited", "ag", "sa", "bv", "lp", "llp"}
ENTRY_PLACES = {"form", "page", "field", "window", "screen", "checkout", "widget", "portal", "site", "website", "iframe",
                "frame", "interface"}  # where a user enters data: "into a payment form hosted by Stripe"
# a subject like "these partners" points back to the parties the sentence before names
DEMONSTRATIVES = {"these", "those", "both", "such"}
BARE_DATA_NOUNS = {"information", "info", "data", "datum"}  # data named by no type ("certain information")
BARE_DATA_WORDS = re.compile(r"\b(?:information|info|data)\b", re.I)
PARTITIVES = {"some", "all", "one", "any", "many", "several", "each", "certain"}  # "some of our partners such as X"
PARTY_NOUNS = {"service", "partner", "company", "provider", "tool", "network", "party", "sdk", "platform", "vendor",
               "processor", "advertiser", "plugin", "library", "organization", "organisation", "firm", "business"}
LIST_SEPARATOR = re.compile(r"(?:\s*(?:,|\band\b|\bor\b|&)\s*)+$")  # what joins the items of a list of names
EXAMPLES_BEFORE = re.compile(r"\b(?:such as|including|like|e\.g\.),?\s*$", re.I)  # what opens named examples
# what "this" points back to as a party named before ("We use Crashlytics … This service may collect …"); not the
# nouns our own service is called by ("this platform", "this company")
TOOL_NOUNS = {"service", "tool", "sdk", "library", "plugin", "provider", "processor", "vendor"}
# verbs of taking a party on to do something: "engage / employ / hire service providers to process your data"
ENGAGING_VERBS = {"engage", "employ", "hire", "appoint", "commission", "contract"}
# verbs by which the user hands data over to someone named as its receiver ("you submit X to Stripe")
HANDING_VERBS = {"provide", "give", "submit", "send", "transmit", "supply", "disclose"}
WRITING_VERBS = {"write", "export"}  # "writes workout data to Apple Health": share when written to a named party
TOOL_VERBS = {"use", "help", "engage"}  # "use X to collect": X collects when X is a party, else the subject does
# IDs stay IDs when called anonymous ("a random anonymous user id", GUIDELINES), and so does a truncated IP address
IDENTIFIER_TYPES = ("device.id", "account.credentials", "usage.cookies", "network.ip")
MODIFIER_STOPLIST = {"domain", "company", "brand", "product", "file", "host", "business", "trade", "event", "site",
                     "website", "service", "street", "program", "project", "package", "class", "field", "brand",
                     "legal", "registered", "corporate", "team", "policy", "camera", "device", "room", "network", "channel",
                     "group", "folder", "server", "browser"}


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
# list words between two data phrases of one enumeration, also an inserted qualifier ("X and, if applicable, Y")
_ENUMERATION_GAP = re.compile(r"^[\s,;:()\[\]–—-]*(?:(?:such as|including|includ\w*|e\.g\.,?|for example|for instance|like|"
                             r"namely|i\.e\.,?|as well as|and|or|and/or|plus|along with|together with|if any|optionally|"
                             r"(?:if|where|when|as) (?:applicable|relevant|appropriate|available|necessary|required)|"
                             r"your|the|their|its|our|any|other|certain|some|all|[a-z]+['’]s)\b[\s,;:()\[\]]*)*$", re.I)


def _third_party_modified(noun) -> bool:
    """A noun that would name us or the user but is modified as another party's: "third-party apps", "third party
    Matrix clients"."""
    return bool(THIRD_PARTY_MODIFIER.search(" ".join(t.lower_ for t in noun.subtree if t.i < noun.i)))


def _kept_in_place(verb, lex) -> bool:
    """A participle that only says where the data is kept ("the passwords, notes and cards stored in them", "photos
    saved on your device"), when the data is an argument of an enclosing verb: a description, not the practice."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and lex.verbs.get(verb.lemma_.lower()) == "store"
            and not any(c.dep_ == "agent" for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ in ("in", "on", "inside", "within") for c in verb.children)
            and verb.head.dep_ in ("dobj", "obj", "pobj", "conj", "appos"))


def _passive_after_clause(verb):
    """A passive verb with no subject of its own that the parser made a conjunct of an adverbial clause of the passive
    `verb` ("X are fetched when you ask for them and are cached …": "cached" hung on "ask"), else None."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i):
        for conj in clause.conjuncts:
            if (conj.i > clause.i and conj.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in conj.children)
                    and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "mark") for c in conj.children)):
                return conj
    return None


def _clause_verb(token):
    """The nearest verb above `token` (None at the root of a verbless phrase)."""
    head = token.head
    while head.i != head.head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _describing_clause_of(verb, noun) -> bool:
    """Whether `verb` heads a relative clause on `noun` (or on the list `noun` is an item of): "X, which is stored …",
    also where the parser makes the clause the root with its relative pronoun and `noun` both subjects ("a random
    user ID, that is stored …")."""
    antecedent = _first_conjunct(noun)
    if any(t.text == ":" for t in noun.doc[noun.i:verb.i]):
        return False  # a run-in label the parser hangs the sentence on ("Local storage: your settings are stored …")
    if verb.dep_ in ("relcl", "acl"):
        return verb.head.i == antecedent.i
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.tag_ == "WDT" for c in subjects) and any(c.i == antecedent.i for c in subjects)


def _describes_item_head(verb, noun) -> bool:
    """Whether `verb` heads a clause describing the noun a verbless item is ("Diagnostic logs added by the app",
    "a random installation ID that the game creates when it is first opened"): the noun is the item's root."""
    head = _first_conjunct(noun)
    if any(t.text in (":", "–", "—") for t in noun.doc[head.i:verb.i]):
        return False  # a run-in label the parser hangs the item on ("Local storage: your settings are stored …")
    return (verb.dep_ in ("relcl", "acl") and _describing_clause_of(verb, noun) and head.dep_ == "ROOT"
            and head.pos_ in ("NOUN", "PROPN") and _negation(verb) is None
            and not any(c.tag_ == "MD" for c in verb.children))  # "session IDs that could track users": a capability


# the parser hangs the place of a passive "kept" as a predicate ("is kept on your device": on/oprd)
PLACE_DEPS = ("prep", "oprd")


def _remote_place(place, remote_places: set[str]) -> bool:
    """A place that is not on the person's device: a server or cloud (cue `remote_places`) or one owned by us or
    another party ("our database", "their systems")."""
    return place.lemma_.lower() in remote_places or any(
        c.dep_ == "poss" and c.lower_ in ("our", "their", "its") for c in place.children)


def _kept_on_own_device(verb, lex) -> bool:
    """A storing verb that keeps the data on the person's own device only ("stored locally", "stored only on your
    phone", "saved in your browser", "saves … on local storage"), with no server beside it ("on your device and on our
    servers"); the devices and remote places are the lexicon's `own_devices` and `remote_places`."""
    own_devices = lex.own_devices
    if any(c.dep_ == "advmod" and c.lower_ == "locally" for c in verb.children):
        # "stored locally in your configuration file", "in a local database": a place on the device all the same;
        # only a remote one beside it ("locally and on our servers") makes the keeping ours
        return not any(o.dep_ == "pobj" and o.head.lower_ in ("on", "in", "to") and _remote_place(o, lex.remote_places)
                       and _clause_verb(o) == verb for o in verb.subtree)
    # the place may hang from the object as well ("saves Google login information … on local storage"); cookies stored
    # on the device are set there, a use of cookies, not data kept by the user ("allow … to store cookies on your device")
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj" and not c.lower_.startswith("cookie"))]
    places = [o for head in heads for c in head.children if c.dep_ in PLACE_DEPS and c.lower_ in ("on", "in", "within")
              for p in (c, *c.conjuncts) for o in p.children if o.dep_ == "pobj"]
    # a verbless item read as a finite verb takes "on" for a particle and the place for its object ("Game state: kept
    # on your device")
    places += [o for o in verb.children if o.dep_ in ("dobj", "obj") and any(
        c.dep_ in ("prt", "prep") and c.lower_ in ("on", "in") and not any(c.children) and c.i == o.left_edge.i - 1
        for c in verb.children)]
    if not places:
        return False
    return all(_own_device_place(o, own_devices) and not any(c.lemma_.lower() not in own_devices for c in o.conjuncts)
               for o in places)


# the device an app runs on, which "the device" means in an app's policy ("stored on the device")
DEVICE_NOUNS = {"device", "phone", "smartphone", "tablet", "iphone", "ipad"}


def _own_device_place(place, own_devices: set[str]) -> bool:
    """Whether a place noun is the person's own device or a store on it: "your phone", "local storage", also "the
    device" (what an app's policy calls the device it runs on) and a store the device's name owns ("the device's
    keychain", "your phone's keystore"); not "the cache" or "our storage"."""
    if place.lemma_.lower() not in own_devices:
        return False
    if any(t.lower_ in ("your", "local") for t in place.subtree if t.i < place.i):
        return True
    owner = next((c for c in place.children if c.dep_ == "poss"), None)
    if owner is not None:  # "the device's keychain"
        return owner.lemma_.lower() in DEVICE_NOUNS
    return place.lemma_.lower() in DEVICE_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in place.children)


def _listed_after_data(token, data_tokens: set[int]) -> bool:
    """A word tagged as a verb that is an item of a list of data ("we keep your profile, resumes and job
    preferences"): it follows a data phrase and a comma or conjunction. A plural noun tagged as a present-tense verb
    is a noun as well when it is an object ("download resumes and cover letters") or follows another plural noun
    and a comma or conjunction ("send your applications, resumes and screening answers")."""
    if token.i >= 2 and token.doc[token.i - 1].lower_ in (",", "and", "or") and token.i - 2 in data_tokens:
        return True
    if token.tag_ != "VBZ":
        return False
    return token.dep_ in ("dobj", "pobj") or (
        token.i >= 2 and token.doc[token.i - 1].lower_ in (",", "and", "or")
        and token.doc[token.i - 2].tag_ == "NNS")


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


def _spans(patterns, text: str) -> list[tuple[int, int]]:
    spans = []
    for pattern in patterns:
        for found in pattern.finditer(text):
            end = found.end()
            while end < len(text) and text[end] not in ",;.":
                end += 1
            spans.append((found.start(), end))
    return spans


def _doc_text(doc) -> str:
    """The text of a parsed sentence, joined from its tokens once (spaCy's `Doc.text` joins them on every access)."""
    text = doc.user_data.get(_DOC_TEXT)
    if text is None:
        text = doc.user_data[_DOC_TEXT] = doc.text
    return text


_DOC_TEXT = "policycheck.text"
_CROSSING = "policycheck.crossing"  # `EnglishAnalyzer._crossing`, per token index
# `EnglishAnalyzer._crossing` of data denied reaching us ("which go to Google and not to us"); no party name
NOT_TO_US = "not to us"


def _verb_candidates(doc) -> list[int]:
    """Indices of tokens that `_is_action` can accept (a VERB/AUX, or a VBN/VBG tag), found without building a
    Token object for every word."""
    from spacy.attrs import POS, TAG

    strings = doc.vocab.strings
    wanted_pos = {strings["VERB"], strings["AUX"]}
    wanted_tag = {strings["VBN"], strings["VBG"]}
    return [i for i, (pos, tag) in enumerate(doc.to_array([POS, TAG]).tolist())
            if pos in wanted_pos or tag in wanted_tag]


# an exception of data from a denial, right before or right after the data ("… other than your IP address")
DATA_EXCEPTION_BEFORE = re.compile(r"\b(?:other than|except(?: for)?|apart from|excluding|with the exception of|beyond)"
                                   r"(?:\s+\S+){0,2}\s*$", re.I)
DATA_EXCEPTION_AFTER = re.compile(r"^\s*,?\s*(?:other than|except(?: for)?|apart from|aside from|excluding)\b(?!\s+(?:as|in|to|where|when|"
                                  r"if|with|by|under|through|required|necessary|permitted|described|set|provided|"
                                  r"outlined|stated)\b)", re.I)  # not "other than as described here"
NEGATORS = {"never", "nor", "cannot"}  # negate the verb they hang on, whatever the parser calls them


OPERATED_THINGS = {"service", "tool", "system", "app", "application", "feature", "product", "platform", "website",
                   "site", "sdk", "library", "software", "technology", "mechanism", "functionality"}


def _denied_operator(verb, span, systems=frozenset()):
    """The negation of the verb whose object the relative clause of `verb` describes, when that object is a service or
    tool and the data is the clause's own object ("The project does not knowingly operate a service that collects
    children's personal data", "we do not use any tool that tracks your location", or a system of cue `operated_systems`:
    "the application does NOT use any proxy server that could access your data"): running no such thing denies
    its practice. Data the object is itself ("we do not sell data that we collect") keeps the clause's practice."""
    verb = _first_verb_conjunct(verb)
    if span is None or verb.dep_ != "relcl" or span.root.i not in {t.i for t in verb.subtree}:
        return None
    thing, operating = verb.head, verb.head.head
    if thing.dep_ not in ("dobj", "obj") or thing.lemma_.lower() not in OPERATED_THINGS | systems:
        return None
    return _negation(operating)


def _negation(verb, lasting: bool = True):
    """The child that negates `verb` ("do not collect", "never share", "nor sell", "cannot access", "will no longer be
    visible"; with `lasting` false, "no longer" is not counted: a clause above the practice that says what is no
    longer so), or None."""
    return next((c for c in verb.children if c.dep_ == "neg" or c.lower_ in NEGATORS
                 or lasting and c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
                 and not any(g.lower_ == "than" for g in c.subtree)  # "kept for no longer than 180 days": a period
                 and verb.lemma_.lower() not in ("wish", "want", "desire", "need")), None)  # the user's wish


def _coordinators(conjunct) -> list[str]:
    """The coordinating words before a coordinated verb ("and", "but", "nor"…)."""
    return [c.lower_ for c in list(conjunct.head.children) + list(conjunct.children)
            if c.dep_ in ("cc", "preconj") and c.i < conjunct.i]


def _joined_by_contrast(conjunct) -> bool:
    """Whether a coordinated verb is joined by "but" / "yet" ("we do not sell X but may share Y"); "nor" carries a
    denial on ("we do not allow X, nor do we share Y")."""
    joining = _coordinators(conjunct)
    return "nor" not in joining and ("but" in joining or "yet" in joining)


def _contrasting_verb(conjunct) -> bool:
    """Whether a coordinated verb joined by "but" / "yet" has a subject of its own ("we stop sending them, but your
    progress is still kept"): a clause the first verb does not reach."""
    return conjunct.dep_ == "conj" and _joined_by_contrast(conjunct) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children)


def _contrasting_clause(conjunct) -> bool:
    """Whether a coordinated verb starts a clause of its own: joined by "but" / "yet", or with its own subject ("…, and
    our partners collect X"), unless "nor" carries the denial on."""
    joining = _coordinators(conjunct)
    return "nor" not in joining and ("but" in joining or "yet" in joining
                                     or any(c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children))


def _inclusion_frame(verb, lex) -> bool:
    """Whether `verb` says what its subject consists of without an inclusion verb: the passive of a limit with its
    "to" complement ("Information shared with partners is limited to your email address"; cue `scope_limits`) or a
    verb whose object is a form noun with its "of" complement ("Data sent to the server takes the form of crash
    reports"; cue `form_nouns`)."""
    lemma = verb.lemma_.lower()
    if (lemma in lex.scope_limits and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)):
        return True
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in lex.form_nouns
               and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children) for c in verb.children)


def _practice_participle(subject):
    """The past participle before the subject noun that names the practice done on it ("Collected diagnostic data",
    "Shared information"), else None: a bare modifier with no words of its own."""
    return next((c for c in subject.children if c.dep_ == "amod" and c.tag_ == "VBN" and c.i < subject.i
                 and not any(True for _ in c.children)), None)


def _relative_inclusion_before(verb):
    """The relative inclusion clause ("which include …") nearest before the subjectless inclusion verb `verb`, joined
    to it by "and" / "or" in the same sentence with no clause boundary between, else None."""
    if (verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            or not any(t.dep_ == "cc" for t in verb.doc[max(verb.sent.start, verb.i - 3):verb.i])):
        return None
    for token in reversed(verb.doc[verb.sent.start:verb.i]):
        if token.text in (";", ")") or token.dep_ == "ROOT" and token.i != verb.head.i:
            return None
        if (token.dep_ in ("relcl", "acl") and token.lemma_.lower() in INCLUSION_VERBS - COPULAS
                and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in token.children)):
            return token
    return None


def _included_in_demonstrative(token) -> bool:
    """Whether `token` is the object of an inclusion verb whose subject points back to data named before ("This
    information does not reveal your identity but may include your IP address", "These records, kept for a year,
    contain X"): the item takes the practice of the previous sentence."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("acl", "relcl")), None)
    if verb is None or verb.lemma_.lower() not in INCLUSION_VERBS - COPULAS:
        return False
    subject = _subject_token(verb)
    return subject is not None and (subject.lower_ in DEMONSTRATIVE_SUBJECTS - {"that"} or any(
        c.dep_ == "det" and c.lower_ in DEMONSTRATIVE_SUBJECTS for c in subject.children))  # bare "that": relative


def _inclusion_subject(token):
    """The head noun of an ordinary noun phrase (no demonstrative) that is the subject of the inclusion verb taking
    `token` ("Optional diagnostic data includes X", "… but the information may include X" -> "data", "information"),
    else None. Whether that data is practised is for the context to say."""
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("acl", "relcl")), None)
    if verb is None or verb.lemma_.lower() not in INCLUSION_VERBS - COPULAS:
        return None
    subject = _subject_token(verb)
    if subject is None or subject.pos_ != "NOUN" or subject.dep_ != "nsubj" or token in subject.subtree or any(
            c.dep_ == "det" and c.lower_ in DEMONSTRATIVE_SUBJECTS for c in subject.children):
        return None
    return subject


def _noun_modifiers(noun) -> set[str]:
    """The words that narrow a noun ("optional diagnostic data" -> {"optional", "diagnostic"})."""
    return {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}


def _practice_verb_of_noun(noun):
    """The verb whose object or passive subject `noun` is ("uploading a class roster", "optional diagnostic data is
    sent"), or the participle describing it ("requests logged on iNaturalist"), else None."""
    if noun.dep_ in ("dobj", "obj", "nsubjpass") and noun.head.i != noun.i:
        return noun.head
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)


def _in_contrasting_conjunct(token, verb) -> bool:
    """Whether `token` belongs to a verb coordinated after `verb` that starts a clause of its own ("does not reveal
    your identity but may include X"): `verb` does not reach into that clause."""
    return any(owner.dep_ == "conj" and owner.i > verb.i and owner in verb.conjuncts and _joined_by_contrast(owner)
               for owner in token.ancestors)


def _nominal_negation(nominal):
    """What denies a nominal practice: "no collection of X", or the negated predicate it is the argument of ("does
    not involve the collection of X", "we do not engage in the sale of X", "collection of X is disabled")."""
    denial = next((c for c in nominal.children if c.dep_ == "det" and c.lower_ == "no"), None)
    if denial is not None:
        return denial
    head = nominal
    for _ in range(3):
        if head.dep_ not in ("dobj", "obj", "pobj", "prep", "nsubj", "nsubjpass") or head.head.i == head.i:
            return None
        head = head.head
        if _negating_participle(head):
            # "You cannot disable the collection of crash reports": a denied prevention, the practice goes on
            return None if _denied_prevention(head) else head
        if head.pos_ in ("VERB", "AUX") or head.tag_ == "VBN":
            state = next((c for c in head.children if c.dep_ == "acomp" and _negating_participle(c)), None)
            return state if state is not None else _negation(head)
    return None


def _denied_prevention(negating) -> bool:
    """Whether a negating verb is itself negated ("You cannot disable the collection of crash reports", "The collection
    of crash reports cannot be disabled"): what is denied is the prevention, so the practice it would stop is stated."""
    return negating.pos_ in ("VERB", "AUX") and _negation(negating, lasting=False) is not None


def _users_own_prevention(negating) -> bool:
    """Whether a negating verb is the user's own doing, with the user as its subject or as that of the verb it is the
    complement of ("you can also prevent Google from collecting X", "If you would like to prevent us from collecting
    X", "you can use content blockers to prevent analytics data collection"): a control the user has, which gives no
    denial (GUIDELINES: user rights and controls); not "we prevent X from being shared"."""
    clause = negating
    for _ in range(3):
        if any(c.dep_ == "neg" for c in clause.children):
            return False  # "you cannot disable the collection of X"
        if any(c.dep_ == "nsubj" and (c.lower_ == "you" or c.lemma_.lower() in USER_NOUNS) for c in clause.children):
            return True
        if clause.dep_ not in ("xcomp", "advcl") or clause.head.i == clause.i:
            return False
        clause = clause.head
    return False


def _negating_participle(token) -> bool:
    """"disabled", "blocked", "prohibited": a state that denies the practice it is said of."""
    word = token.lower_
    return token.lemma_.lower() in NEGATING_VERBS or word[:-1] in NEGATING_VERBS or word[:-2] in NEGATING_VERBS


def _first_verb_conjunct(verb):
    """The first of coordinated verbs, which carries the relative pronoun of them all: "collect" for "store" in
    "servers that collect or store your data"."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        verb = verb.head
    return verb


def _denied_host(verb, hosting_verbs):
    """The negation of a verb denying the system whose relative clause states the practice ("We do not run our own
    servers that collect your personal data", "the app does not operate a backend that gathers X"): the system is
    denied, so is what it would do. Not a clause with a subject of its own ("we do not have the data that
    we collect"), nor the user's own system ("you do not run software that ...")."""
    verb = _first_verb_conjunct(verb)
    if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                                       for c in verb.children):
        return None
    host = verb.head.head
    if verb.head.dep_ != "dobj" or host.lemma_.lower() not in hosting_verbs or _has_subject(host, SECOND_PERSON):
        return None
    return _negation(host)


def _negative_subject(verb):
    """A subject that denies the predicate: "None of these partners receives…", "No third party receives…",
    "Nobody else can access…", "No one at Acme reads…"."""
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if child.lower_ in ("none", "nobody", "neither", "noone", "no-one"):
            return child
        if child.lower_ == "one" and child.i > 0 and child.doc[child.i - 1].lower_ == "no":
            return child
        if any(c.dep_ in ("det", "preconj") and c.lower_ in ("no", "neither") for c in child.children):
            return child  # "No third party receives…", "Neither your name nor your email is collected"
        owner = next((c for c in child.children if c.dep_ == "poss"), None)
        if owner is not None and any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in owner.children):
            return owner  # "neither party's phone number is disclosed to the other", "no user's address is shown"
    return None


def _nothing_argument(verb, exceptions: list[re.Pattern[str]]):
    """"nothing" / "none" as the subject or object of the practice verb itself denies it: "Nothing of the following is
    collected:", "We collect none of the following:", "nothing is shared with advertisers" (only the verb's own
    argument, not that of a verb above it; nor when `exceptions` follow it: "the service holds nothing but nicknames"
    keeps the nicknames)."""
    for child in verb.children:
        if (child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lower_ in ("nothing", "none")
                and not any_match(exceptions, child.doc[child.i + 1:child.i + 4].text)):
            return child
    return None


def _party_clause(verb, inside_terms, verb_as_noun: int | None = None) -> bool:
    """A relative clause whose gap is the object of a stranded preposition ("a relay you connect to", "the server you
    upload them to"), on a noun that is no data, said of what the user does: it tells which party the sentence is about,
    and the data of the sentence or of its items is no object of its verb (not "The ones we rely on are the
    following:"). `verb_as_noun`, the offset of the main verb the tagger read as a noun and hung on the preposition
    ("A relay you connect to sees:")."""
    if verb.dep_ != "relcl" or verb.head.i in inside_terms or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    subject = _subject_token(verb)
    if subject is None or subject.lower_ != "you" and subject.lemma_.lower() not in USER_NOUNS:
        return False
    return any(c.dep_ == "prep" and c.i > verb.i and all(g.idx == verb_as_noun for g in c.children
                                                         if g.dep_ in ("pobj", "pcomp"))
               for c in verb.children)


WH_CLAUSE_WORDS = frozenset({"which", "what", "how", "whether", "when", "where", "if"})
# an introduction ending "the app records:" / "our servers log:", which the tagger reads as a noun phrase
# (any verb of the lexicon in its third person: "records", "uploads", "fetches")
SOFTWARE_VERB_AS_NOUN = re.compile(r"\b(?:app|application|service|website|site|device|system|server|sdk)s?\s+"
                                   r"([a-z]+s)\s*:\s*$", re.I)
# … or a viewer's ("A relay you connect to sees:"), the introduction read as a noun phrase headed by the viewer
VIEWER_VERB_AS_NOUN = re.compile(r"\b(sees|receives|gets|views)\s*:\s*$", re.I)
# … or a named tool's ("Google Analytics stores information about:"): the verb, and what the tool keeps
NAMED_TOOL_VERB = re.compile(r"[*_]*\s+(records|logs|collects|stores|tracks|gathers|receives|saves|keeps)\b([^:.;]{0,60}):\s*$",
                             re.I)
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


def _for_parsing(text: str, own_names: set[str] = frozenset(), prefixed_verb: re.Pattern[str] | None = None) -> str:
    """The text the parser reads, offsets kept: an all-capitals passage ("WE DO NOT KNOWINGLY COLLECT PERSONAL
    INFORMATION…", common in US disclaimers) lower-cased, since the tagger reads capitalised words as proper nouns;
    "(but) (is) not limited to" and "without limitation" blanked, since the parser makes "limited" a negated verb that
    takes the examples ("including, but not limited to, your name"); Markdown emphasis around a negation blanked
    ("We do **not** sell", the blanks after the words); another party's name of three or more
    capitalised words joined by hyphens ("Call-Em-All") joined by underscores, since the tokenizer splits it at the
    hyphens and the tagger reads "Call" as a verb (not one of `own_names`, which the policy's aliases match as
    written); a practice verb written with a hyphen after its prefix ("re-distribute", `prefixed_verb`) joined, the
    hyphen's room put after the word, since the tokenizer splits it there and the parser loses the verb."""
    if prefixed_verb is not None and "-" in text:
        text = prefixed_verb.sub(lambda found: found.group(1) + found.group(2) + " ", text)
    text = HYPHENATED_NAME.sub(lambda found: found.group() if any(found.group().lower() in name for name in own_names)
                               else found.group().replace("-", "_"), text)
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 20 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        lowered = text.lower()
        if len(lowered) == len(text):
            text = lowered
    if "limit" in text.lower():
        text = NOT_LIMITED.sub(lambda found: " " * len(found.group()), text)
    if "*" in text or "_" in text:
        # the markers' room put after the words, as one run of blanks: blanks on both sides make two whitespace
        # tokens, which break the parse of a passive ("Posts are  not  removed": "removed" an `acomp` of "are")
        text = EMPHASISED_NEGATION.sub(lambda found: found.group(2) + " " * (2 * len(found.group(1))), text)
    number = SECTION_NUMBER.match(text)
    if number is not None:
        text = " " * number.end() + text[number.end():]
    answered = QUESTION_ANSWER.match(text)
    if answered is not None:
        # the rest of the answer is parsed on its own, not as what "No" negates (`_answered_question`)
        text = text[:answered.start("answer")] + " " * len(answered.group("answer")) + text[answered.end("answer"):]
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
    return DEFINITION_PARENTHESIS.sub(blank, text)


# A question-and-answer table row ("Is personal data collected? | **No** - `send_default_pii: false`"): the question
# cell, and the Yes / No opening the answer cell, with its emphasis and dash.
QUESTION_ANSWER = re.compile(r"^(?P<question>\W*(?:is|are|was|were|do|does|did|will|would|can|could|may|has|have)\b"
                             r"[^|?]*\?)\s*\|(?P<answer>\s*[*_]*(?P<word>yes|no)\b[*_]*\.?\s*(?:[-–—:,]\s)?)", re.I)


# A question-and-answer table row asking which data a practice takes ("What data does Sentry collect? | Crash
# reports, stack traces"): the answer cell lists it.
WHAT_QUESTION_ROW = re.compile(r"^(?P<question>\W*(?:what|which)\b[^|?]*\?)\s*\|", re.I)


# A negation set in Markdown emphasis ("We do **not** sell your personal information", "Posts are *not* removed"),
# also with its auxiliary ("We **do not** collect:", "It *does not* store"): the markers are blanked, since the
# tokenizer keeps them as tokens and the parser then misses the negation.
EMPHASISED_NEGATION = re.compile(r"(?<![\w*])(\*{1,3}|_{1,2})((?:(?:do|does|did|will|would|shall|should|can|could|may|"
                                 r"might|must|is|are|was|were|has|have)\s+)?(?:not|never|no|none|nor|neither)|"
                                 r"\w+n[’']t)\1(?![\w*])", re.I)


HYPHENATED_NAME = re.compile(r"\b[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*){2,}\b")  # "Call-Em-All", "Gramm-Leach-Bliley"
# An introduction that continues the previous sentence's practice ("This information includes / is restricted to:").
INTRO_CONTINUATION = re.compile(r"\b(include|includes|including|following|such as|as follows|for example|namely|are|"
                                r"(?:restricted|limited) to|consists? of|compris(?:e|es)|contains?)\b", re.I)


def _phrasal_verb(verb) -> str:
    """The lemma of `verb` with its particle ("turn over" of "turn your records over"), or "" without one."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle.lower_}" if particle is not None else ""


def _signs_in(verb, particles: set[str]) -> bool:
    """Whether "log" is signing in or out ("logging into your account", "log on as a member"): a particle right after
    it, no object and no passive ("IP addresses are logged in our server logs")."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (following is not None and following.lower_ in particles and following.head.i == verb.i
            and not any(c.dep_ in ("dobj", "obj", "auxpass", "nsubjpass") for c in verb.children))


def _denied_purpose_infinitive(verb) -> bool:
    """Whether `verb` is an infinitive of purpose after the verb it hangs on ("The Tax Services do not connect to your
    bank to read your balances", "We do not allow agencies to create accounts, to upload DNA files"): a denial of the
    means denies the practice it would serve, as "we don't use it to track you individually" (GUIDELINES)."""
    return (verb.dep_ == "advcl" and verb.i > verb.head.i and verb.pos_ == "VERB" and _has_infinitive_marker(verb)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children))


def _verb_list_item(token) -> bool:
    """A verb of a list the parser broke ("will not sell, rent, swap or share X": "rent" hangs on "sell" as `dep`)."""
    return token.dep_ == "dep" and token.head.i == token.i - 2 and token.doc[token.i - 1].text == ","


def _object_negated(token, exclusions: list[re.Pattern[str]] = ()) -> bool:
    """Whether the noun phrase itself is negated ("…, but never your account numbers or balances") or excluded from
    what the predicate handles by the words before it (`object_exclusions`: "sent to reviewers without your name",
    "the meal code and seat number, not your name")."""
    below = None  # the item the walk came up from
    for _ in range(6):
        if any((c.dep_ == "neg" and not _negates_later_item(token, c, below)) or (
                c.lower_ in ("never", "not") and c.i < token.i) for c in token.children):
            return True
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "PROPN"):
            # "but not the content of their messages": the phrase the data is part of
            below, token = token, token.head.head
            continue
        if token.dep_ not in ("conj", "appos") or token.head.pos_ not in ("NOUN", "PROPN", "PRON"):
            break
        below, token = token, token.head
    return _preceded_by(token, exclusions)


def _negates_later_item(noun, neg, below) -> bool:
    """Whether the "not" the parser hangs on `noun` stands after it and before a later item of its own ("We keep
    your email address, not your password", "not" a child of "address"): it denies that item, not `noun` itself,
    unless the walk came up from that item."""
    if neg.i < noun.i or (below is not None and below.i > neg.i):
        return False
    return any(c.dep_ in ("appos", "conj") and c.i > neg.i for c in noun.children)


def _preceded_by(token, patterns: list[re.Pattern[str]], width: int = 30) -> bool:
    """Whether the words right before the coordination `token` is an item of match one of `patterns` (not "not only
    your name")."""
    if not patterns:
        return False
    while token.dep_ in ("conj", "appos") and token.head.pos_ in ("NOUN", "PROPN", "PRON") and token.head.i != token.i:
        token = token.head
    left = token.left_edge
    return left.lower_ not in ("only", "just", "merely", "also", "even") and bool(
        any_match(patterns, _doc_text(token.doc)[max(0, left.idx - width):left.idx]))


EXAMPLE_PREPOSITIONS = {"as", "including", "like"}


def _capability_in_term(verb, span) -> bool:
    """Whether `verb` is the "(can) be used to …" of a data term that names data by what it could do ("information
    which could be used to personally identify the user")."""
    return (span.start <= verb.i < span.end and verb.lemma_.lower() == "use" and verb.tag_ == "VBN"
            and any(c.dep_ in ("xcomp", "advcl") and c.i < span.end for c in verb.children))


def _trust_in_providing(verb) -> bool:
    """The user's act named as what their trust or confidence is placed in ("We value your trust in providing us your
    personal information", "thank you for your confidence in sharing your data with us"): a courtesy, no practice."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "in":
        return False
    holder = verb.head.head
    return holder.lemma_.lower() in ("trust", "confidence") or any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("trust", "confidence") for c in holder.children)


def _optional_relative_clause(verb) -> bool:
    """A negated requirement in a relative clause on the data ("personal data … that is not required for use of the
    Services", "data which is not mandatory"): it says the data is optional, not that it is left uncollected."""
    if verb.dep_ != "relcl" or _negation(verb) is None:
        return False
    if verb.lemma_.lower() != "require" and not any(
            c.dep_ == "acomp" and c.lower_ in ("mandatory", "necessary", "obligatory", "compulsory", "required")
            for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children)


def _identifying_clause(verb, frames) -> bool:
    """Whether the clause `verb` on a data phrase is restrictive (no comma before it) and states only that the data
    is collected ("information gathered from our Web servers", "personal information provided to us online") or what
    it was used for."""
    left = verb.left_edge.i
    # "the email address that was used to upload each submission": a past passive says what the data was used for
    past_use = any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children)
    return (bool(frames) and all((f.action == "collect" or f.action == "use" and past_use) and not f.negated
                                 for f in frames)
            and not (left > 0 and verb.doc[left - 1].text in (",", "(", ";", "-", "–")))


def _describing_participle(verb) -> bool:
    """"unique identification numbers associated with your device", "the IDs linked to your phone": a participle that
    describes the data it follows, not a practice on it when the data phrase is the argument of a practice verb."""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in ("associate", "link", "tie")
            and verb.head.i < verb.i)


_EXAMPLE_OPENING = re.compile(r"^\W*(?:for example|for instance|e\.g\.)\s*[,:]?\s", re.I)


def _verbless_examples(doc) -> bool:
    """A sentence that only lists examples of what the previous one named ("For example, how frequently you access
    the Service, the time you access it, the pages you visit"): it opens with "For example" and its root is a noun."""
    if not _EXAMPLE_OPENING.match(_doc_text(doc)):
        return False
    roots = [t for t in doc if t.dep_ == "ROOT"]
    return len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN")


# subjects of a clause on what the user or the user's own software does rather than what the service does with data
# (not the app, whose doings are the service's: "The app notes which screens you open")
USER_SIDE_SUBJECTS = {"you", "browser", "device", "phone", "smartphone", "computer", "system"}


def _user_or_software_clause(doc) -> bool:
    """Whether every main clause has the user or the user's software (a browser, a device) as its subject ("You can
    always see what information we have in your user account", "Most browsers include an option to clear cookies")."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not roots:
        return False
    for root in roots:
        if root.pos_ not in ("VERB", "AUX"):
            return False
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects and root.tag_ == "VB" and not any(c.dep_ == "aux" for c in root.children):
            continue  # an instruction to the reader: "Learn more about Firefox Account data practices."
        if not subjects or any(s.lower_ not in USER_SIDE_SUBJECTS and s.lemma_.lower() not in USER_SIDE_SUBJECTS
                               for s in subjects):
            return False
    return True


def _denied_main_clauses(doc) -> bool:
    """Whether the root verb of every sentence the parser found is negated ("User Personal Information does not include
    aggregated, non-personally identifying information", "We do not build backdoors into our software, and we will
    notify you …": a clause coordinated to a denied root is not checked)."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    return bool(roots) and all(root.pos_ in ("VERB", "AUX") and _negation(root) is not None for root in roots)


def _finite_main_clauses(doc) -> bool:
    """Whether every sentence the parser found is a finite clause with its own subject, opening the text ("Our
    underwriters do not see your trip locations"), not a noun clause opened by a question word ("how long you spend on
    each page", "which client you used"), a noun the clause describes ("Country you live in") nor a verb phrase without
    a subject ("respond to your support requests")."""
    words = [t for t in doc if t.is_alpha]
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if not words or not roots or words[0].lower_ in NOUN_CLAUSE_OPENERS:
        return False
    subjects = [c for c in roots[0].children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if words[0].pos_ not in ("ADV", "CCONJ", "INTJ") and not any(
            s.left_edge.i <= words[0].i <= s.right_edge.i for s in subjects):
        return False
    return all(
        root.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
        and any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in [root, *root.children] if t.dep_ in ("ROOT", "aux", "auxpass"))
        for root in roots)


NOUN_CLAUSE_OPENERS = {"how", "what", "which", "when", "where", "whether", "who", "whom", "whose", "why", "by", "if"}


def _in_fragment_clause(verb) -> bool:
    """A verb inside a subordinate clause of a verbless item ("Your username and e-mail address when you register"):
    the item still has no predicate of its own."""
    node = verb
    while node.head.i != node.i:
        if node.dep_ in ("advcl", "relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN"):
            root = node.head
            while root.head.i != root.i and root.dep_ in ("conj", "appos", "compound"):
                root = root.head
            return root.dep_ == "ROOT"
        node = node.head
    return False


LIST_INTRODUCTION = re.compile(r"(?::|\b(?:the following|as follows)\b[^.;:!?]{0,50}\.?)\s*$|\b(?:listed|set out|set forth|shown|"
                               r"described|detailed|summari[sz]ed|identified) below\b|\bin the (?:table|chart|list) below\b|"
                               r"^\s*(?:the following|below) (?:is|are)\b[^;:!?]{0,100}$",
                               re.I)


def _introduces_list(text: str) -> bool:
    """A sentence the next items continue: it ends with a colon, or with "the following (information…)" whose
    colon the author left out ("We collect the following information about you"), or it points to a list or table
    below it ("we have collected the categories of personal information listed below", "The following is a summary of
    the information that we may collect and store.")."""
    return bool(LIST_INTRODUCTION.search(text))


# An introduction whose items finish its clause on what the user does: "We collect data when you:", "… do not have
# access to any of your information, except when you" followed by "- actively share debugging information".
USER_ITEM_INTRO = re.compile(r"\b(?:when|whenever|if|once|after|before|unless|where|while)\s+you(?:\s+either)?\s*:?\s*$",
                             re.I)


class AnalysisContext(NamedTuple):
    """What besides its own text the analysis of a sentence reads (`EnglishAnalyzer.analyze_many`)."""
    kind: str  # paragraph, list_item, table_row …
    opens_block: bool
    earlier_in_block: bytes  # digest of the block's earlier sentences: data they call anonymous stays so when named again
    later_in_block: bytes  # digest of the block's later sentences: what they say of data the sentence includes
    own_terms_block: bool  # the block says a party acts under its own terms (`OWN_TERMS`)
    user_item: bool  # the sentence opens an item of a list introduced "… when you:" (`USER_ITEM_INTRO`)
    forward_intro: bool = False  # a section's opening "This information …" that only the list under it explains


def analysis_contexts(sentences: list[Sentence]) -> list[AnalysisContext]:
    """Each sentence's `AnalysisContext`, in one pass over the document. Remembered analyses are keyed by it."""
    own_terms = {s.block_index for s in sentences if s.language != "zh" and OWN_TERMS.search(s.text)}
    user_items = _items_of_user_intro(sentences)
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
                                        _forward_intro(sentences, index)))
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


def _items_of_user_intro(sentences: list[Sentence]) -> list[bool]:
    """For each sentence, whether it opens a list item whose list follows a `USER_ITEM_INTRO` sentence."""
    flags = []
    intro = False  # whether the sentence before the current run of list items is such an introduction
    for sentence in sentences:
        if sentence.kind != "list_item":
            intro = sentence.kind != "heading" and USER_ITEM_INTRO.search(sentence.text) is not None
            flags.append(False)
        else:
            flags.append(intro and sentence.start == 0)
    return flags


def _opens_item(verb) -> bool:
    """Whether `verb` (or the first verb it is coordinated with) is the bare verb the item opens with, after adverbs
    only ("actively share …", "Voluntarily fill out …", "Create posts and upload photos")."""
    first = _first_conjunct(verb) if verb.dep_ == "conj" else verb
    if first.tag_ not in ("VB", "VBP"):  # the tagger reads "actively share …" without a subject as present tense
        return False
    return all(t.is_punct or t.is_space or t.pos_ in ("ADV", "X", "SYM", "NUM") for t in first.doc[:first.i])


def _sent_nowhere(verb) -> bool:
    """Whether `verb` ("sent", "sending") names no destination at all: no "to" / "with" in its clause ("to which we
    transmit", "sent to, handled by and stored by those websites") and, passive, no object (the recipient as
    subject: "The operator … is sent the start and end time"); not a relative clause on the data ("messages you have
    already sent remain visible to their recipients")."""
    if verb.dep_ == "relcl" or any(t.lower_ in ("to", "with") and t.dep_ in ("prep", "dative") for t in verb.subtree):
        return False
    passive = verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children)
    return not (passive and any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children))


def _the_developer(token) -> bool:
    """Whether `token` is "the developer(s)" / "our developers" with nothing saying whose: the maker of the app the
    policy is about ("failure reports are shared only with the developer"); not "the developer of the mini-program",
    "its developer", "the skill developer" or "third-party developers"."""
    return (token.lemma_.lower() == "developer"
            and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "our") for c in token.children)
            and not any(c.dep_ in ("compound", "amod", "nmod", "prep", "relcl", "acl", "appos") for c in token.children)
            and not _third_party_modified(token))


def _list_item_taken_by_user_clause(token, user_subjects):
    """The antecedent of the user's relative clause when the parser made the next list item, after a comma, that
    clause's object ("record the type of device you are using, general location information"), else None."""
    verb = token.head
    if token.dep_ not in ("dobj", "obj") or verb.dep_ not in ("relcl", "acl") or verb.i > token.i:
        return None
    if not _user_clause(verb, user_subjects) or not any(t.text == "," for t in token.doc[verb.i + 1:token.i]):
        return None
    return verb.head


def _indirect_question_item(token, user_subjects) -> bool:
    """Whether `token` is the questioned noun of a whole sentence that is only an indirect question on what the user
    has or does ("what operating system you are using", "which browser you use"): a verbless list item that names
    the data, whose verb is the user's own and states no practice."""
    noun = _first_conjunct(token)
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.dep_ != "ROOT" or verb.i < noun.i or "?" in verb.doc.text:
        return False
    words = [t for t in verb.doc if not t.is_punct and not t.is_space]
    return (bool(words) and words[0].lower_ in ("what", "which") and words[0].head.i == noun.i
            and _user_clause(verb, user_subjects))


def _users_indirect_question(verb, user_subjects) -> bool:
    """Whether the clause of `verb` is an indirect question on what the user has or does, its questioned noun
    fronted by "which"/"what" right before the user's subject ("which version of web browser you used", "what
    device you use"), also when the parser hung the phrase before it on the same verb."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
                    and (c.lower_ in SECOND_PERSON or c.lower_ in user_subjects)), None)
    if subject is None or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "neg")
                              for t in verb.doc[subject.i + 1:verb.i]):
        return False
    for wh in verb.doc[max(0, subject.i - 12):subject.i]:
        if wh.lower_ in ("which", "what") and wh.dep_ == "det":
            noun = wh.head
            if noun.right_edge.i + 1 == subject.i and verb in noun.ancestors:
                return True
    return False


def _infinitive_subject_of_control(token):
    """The control verb ("need", "use", "require") whose object the parser made the subject of the infinitive after
    it ("We need your personal data to provide our services": "data" the subject of "to provide"), else None."""
    controller = _object_read_as_clause_subject(token)
    if controller is None or not _has_infinitive_marker(_first_conjunct(token).head):
        return None
    lemma = controller.lemma_.lower()
    return controller if lemma in CONTROL_VERBS and lemma not in PERMISSION_VERBS else None


def _given_subject(verb):
    """The subject of a passive "given" / "sent" / "provided" whose object is the data, else None ("partners are
    sent your email address" -> "partners"). The parser may read that subject as an active one ("they are only
    provided X": nsubj)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    return subject if subject is not None and any(c.dep_ in ("dobj", "obj") for c in verb.children) else None


def _purpose_read_as_predicate(token, verb) -> bool:
    """A verbless phrase of data with its purpose ("your name and email address to grant access to the site", "your
    name and email address to create your account") that the parser read as a clause, the to-infinitive its root
    and the data that verb's subject: `verb` is the purpose, the data has no verb of its own."""
    subject = _first_conjunct(token)
    return (subject.dep_ == "nsubj" and subject.head.i == verb.i and verb.dep_ == "ROOT"
            and _has_infinitive_marker(verb) and subject.i < verb.i)


def _object_read_as_clause_subject(token):
    """The verb whose object the parser made the subject of the infinitive or gerund clause after it ("We need your
    personal data to provide our services": "data" the subject of "to provide"; "we protect your data using
    encryption": of "using"), else None."""
    subject = _first_conjunct(token)
    head = subject.head
    if subject.dep_ != "nsubj" or head.dep_ not in ("ccomp", "xcomp") or head.head.i == head.i:
        return None
    gerund = head.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    if head.lemma_.lower() == "be" or not (_has_infinitive_marker(head) or gerund):
        return None  # "allow your profile to be viewable by the public": what the data is made, not an object
    return head.head if head.head.pos_ == "VERB" else None


GENERIC_PARTIES = {"browser", "provider", "website", "site", "company", "business", "server", "app", "application",
                   "service", "institution", "organization", "organisation", "network", "operator", "isp"}
GENERIC_QUANTIFIERS = {"some", "most", "many"}  # "some DNS providers", "most browsers"
INDEFINITE_DETERMINERS = {"a", "an", "any", "every", "each"}  # "a business that sells …", "any website"


def _outside_parties_in_general(verb) -> bool:
    """Whether the clause of `verb`, or one it hangs under, has for subject a class of parties in general ("some DNS
    providers", "most modern browsers", "many websites") or any one of them ("Under the CCPA, a business that sells
    personal information to others must give notice …"), none of them named as ours ("some services we use"). A clause
    joined to it by "and" or "but" with a subject of its own is a statement of its own ("most websites encrypt their
    traffic, and we do not receive the addresses"); one without shares the subject ("… and must provide the right to
    opt out of the sale of their personal information")."""
    clause = verb
    while True:
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (subject is not None and subject.lemma_.lower() in GENERIC_PARTIES
                and (_quantified_plural(subject) or _indefinite_described(subject))
                and not any(t.lower_ in FIRST_PERSON for t in subject.subtree)):
            return True
        if clause.dep_ == "conj" and subject is not None or clause.head.i == clause.i:
            return False
        clause = clause.head


def _describes_head_of_fragment(verb) -> bool:
    """Whether `verb` heads a relative clause on the noun that heads a verbless sentence ("Information from your web
    browser that most websites collect such as …")."""
    return (verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.dep_ == "ROOT"
            and verb.head.head.i == verb.head.i)


def _category_referred_back(token) -> bool:
    """Whether `token` is the data "of" a category named by a demonstrative ("this category of personal information",
    "these categories of Personal Data"), not "each category of personal information" or "the following categories"."""
    head = token.head
    return (token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() == "category"
            and any(c.dep_ == "det" and c.lower_ in ("this", "that", "these", "those") for c in head.head.children))


def _quantified_plural(noun) -> bool:
    """"some DNS providers", "most browsers", "many websites"."""
    return noun.tag_ == "NNS" and any(c.dep_ in ("det", "amod") and c.lower_ in GENERIC_QUANTIFIERS
                                      for c in noun.children)


def _indefinite_described(noun) -> bool:
    """An active subject "a"/"any" party described by what it does: "a business that sells personal information",
    "any website collecting …" (not "a site was created", "an authentication service")."""
    return (noun.dep_ == "nsubj" and noun.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in noun.children)
            and any(c.dep_ in ("relcl", "acl") for c in noun.children))


def _practice_of_a_class_of_parties(verb) -> bool:
    """Whether `verb` is a participle describing a bare plural class of parties ("operates websites collecting
    personally identifiable information from California consumers"): what such parties do in general, no practice of
    ours ("our partners collecting …", "the websites we operate" name parties of ours)."""
    head = verb.head
    return (verb.dep_ == "acl" and verb.tag_ == "VBG" and head.tag_ == "NNS"
            and head.lemma_.lower() in GENERIC_PARTIES
            and not any(c.dep_ in ("det", "poss", "compound", "amod", "relcl") for c in head.children))


LAW_WORDS = {"law", "act", "regulation", "memorandum", "directive", "statute", "legislation", "ccpa", "cpra", "gdpr",
             "coppa", "ferpa", "hipaa", "glba"}


def _what_a_law_does(verb) -> bool:
    """Whether the sentence of `verb` says what a law does ("The CCPA applies to other personal information, such as
    … the hashed email addresses we use for advertising", "the Children's Online Privacy Protection Act (COPPA) puts
    parents in control", "Memorandum M-10-22 … allows Federal entities to use … cookies"): it states no practice of
    ours, unless the law requires or permits us something ("federal law requires us to obtain …")."""
    root = verb.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or root.pos_ not in ("VERB", "AUX") or any(c.dep_ == "mark" for c in root.children):
        return False  # "…: seven years, as UK and Dutch tax law require" is no sentence on the law
    named, heads = False, [subject]
    while heads and not named:
        # the law heads the subject, or is one of what it names ("The Office of Management and Budget Memorandum
        # M-10-22"); not "Residents of states with comprehensive privacy laws", "law enforcement agencies"
        head = heads.pop()
        named = head.lemma_.lower() in LAW_WORDS
        heads += [c for c in head.children if c.dep_ in ("conj", "appos") or c.dep_ == "prep" and c.lower_ == "of"
                  or c.dep_ == "pobj" and head.lower_ == "of"]
    if not named:
        return False
    arguments = [c for c in root.children if c.dep_ in ("dobj", "dative", "ccomp", "xcomp")]
    return not any(t.lower_ in FIRST_PERSON for a in arguments for t in [a, *a.children])


SAFE_STATES = {"safe", "secure"}  # "is safe and secure with us" (not "is protected health information")
SAFEGUARD_PASSIVES = {"protect", "encrypt", "safeguard", "secure", "intercept"}


def _in_safe_keeping(predicate) -> bool:
    """Whether the predicate of a data subject says how safe the data is: a copula with "safe" or "secure" ("is safe
    and secure with us"), or a passive safeguard or interception ("is encrypted", "will not be intercepted")."""
    if predicate.lemma_.lower() in COPULAS:
        return any(c.dep_ == "acomp" and c.lower_ in SAFE_STATES for c in predicate.children)
    return (predicate.lemma_.lower() in SAFEGUARD_PASSIVES and any(c.dep_ == "auxpass" for c in predicate.children)
            and not any(c.dep_ in ("dobj", "obj", "attr") for c in predicate.children))  # "is protected health information"


SAFE_MANNERS = {"safely", "securely"}
DUTY_PASSIVES = {"require", "oblige", "obligate", "bind"}  # "are required to", "are bound to"


def _describes_a_party_bound_to_safeguard(verb) -> bool:
    """Whether `verb` is a relative clause on the subject of a duty to keep data safe: "All third parties that process
    personal data for GDS are required to keep that data secure", "processors who receive your data are bound to
    protect it" (not "processors that receive your data are required to delete it")."""
    party = verb.head
    if verb.dep_ != "relcl" or party.dep_ not in ("nsubj", "nsubjpass"):
        return False
    duty = party.head
    if not (duty.lemma_.lower() in DUTY_PASSIVES and any(c.dep_ == "auxpass" for c in duty.children)
            or any(c.dep_ == "aux" and c.lower_ == "must" for c in duty.children)):
        return False
    for action in (duty, *(c for c in duty.children if c.dep_ == "xcomp")):
        lemma = action.lemma_.lower()
        if lemma in SAFEGUARD_PASSIVES or lemma == "keep" and any(
                c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") and c.lower_ in SAFE_STATES | {"confidential"}
                for c in action.children):
            return True
    return False


def _assured_safe(token) -> bool:
    """Whether the data at `token` is the subject of a clause that "ensure" or "make sure" governs and that says the
    data is handled safely or securely ("ensure that your data is treated securely", "make sure that your data is
    processed and stored safely"): what the assurance is about, no practice."""
    clause = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass") and token.i in {t.i for t in c.subtree}
                                 for c in clause.children):
        return False
    clause = _first_conjunct(clause)
    assuring = clause.head
    if clause.dep_ != "ccomp" or not (assuring.lemma_.lower() in ("ensure", "assure")
                                      or assuring.lower_ == "sure" and assuring.head.lemma_.lower() == "make"):
        return False
    coordinated = [clause] + [c for c in clause.children if c.dep_ == "conj"]
    return any(c.dep_ == "advmod" and c.lower_ in SAFE_MANNERS for verb in coordinated for c in verb.children)


def _how_to_clause(verb) -> bool:
    """Whether `verb` is a subjectless infinitive after "how" ("how to request your data", "learn how to access
    your information"): the reader's action."""
    return (_has_infinitive_marker(verb) and any(c.dep_ == "advmod" and c.lower_ == "how" and c.i < verb.i
                                                 for c in verb.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def _embedded_question(verb, term_root) -> bool:
    """Whether the clause of `verb` is an indirect question on the practice: marked "whether", also on the verb its
    infinitive hangs from ("whether you want to provide us with personal information"), or asking "which"/"what" data
    ("choose which personal information you want to provide"); "whatever information you provide" is a practice."""
    clause = verb
    while True:
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children):
            return True
        if clause.dep_ != "xcomp" or clause.head.i == clause.i:
            break
        clause = clause.head
    # the questioned noun is the verb's own object; a practice reaching it through another clause governs the
    # question from outside ("we collect details of which browser you used")
    questioned = _first_conjunct(term_root)
    return questioned.head.i == verb.i and any(c.dep_ == "det" and c.lower_ in ("which", "what")
                                               for c in questioned.children)


def _names_a_purpose(verb) -> bool:
    """Whether `verb` heads a relative clause on "purpose" or "reason" introduced by "for which" ("any other purpose
    for which you provide personal information", "to stay informed of the purposes for which we process your
    information"); not in a label made of the noun ("Purposes for which we will use your personal data:" states the
    use of what it introduces)."""
    return (verb.dep_ == "relcl" and verb.head.lemma_.lower() in ("purpose", "reason") and verb.head.dep_ != "ROOT"
            and any(c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i
                    and any(g.lower_ == "which" for g in c.children) for c in verb.children))


def _needed_for_a_purpose(verb) -> bool:
    """Whether "need" names the purpose its data serves by an infinitive ("We need your personal data to ensure that
    only legitimate users …", "We may need your personal information to establish, bring or defend legal claims"): the
    data is used for it (GUIDELINES: `use` when the line does not say the data is collected), while "we need your
    name and email address" asks for the data, a collection; not "need to collect" nor "need you to provide"."""
    if verb.lemma_.lower() != "need" or verb.tag_ == "VBN" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False  # not "the information needed to administer the activity", "as needed to provide services"
    if any(c.dep_ == "xcomp" or c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("access", "permission")
           for c in verb.children):
        return False  # "the app needs access to your Health data": an access asked for
    return any(c.dep_ in ("advcl", "ccomp") and c.i > verb.i and _has_infinitive_marker(c) for c in verb.children)


def _has_infinitive_marker(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _conditioned_procedure(token):
    """The main predicate of the sentence when `token` lies in a condition clause ("if …", "when …") and that
    predicate is a contract, a compliance duty or an update rather than a practice: "When we bring on a new
    subprocessor who handles our Users' Personal Information, we will update this page", "If our vendors have
    access to User Personal Information, they must comply with our privacy requirements"; also a duty we lay on
    others ("we require that if our vendors have access to User Personal Information, they must comply …") and one
    they need to fulfil ("Where personal data processing happens in the US, suppliers need to meet the certification
    standards …"); else None."""
    for clause in token.ancestors:
        if clause.dep_ not in ("advcl", "ccomp") or clause.left_edge.lower_ not in CONDITION_WORDS:
            continue
        main = clause.head
        if not (main.dep_ == "ROOT" or main.dep_ == "ccomp" and main.head.dep_ == "ROOT") or main.i < clause.i:
            return None
        for predicate in (main, *(c for c in main.children if c.dep_ == "xcomp")):
            if predicate.lemma_.lower() in PROCEDURE_VERBS:
                return predicate
        return None
    return None


def _subject_taken_by_fronted_list(token):
    """The main verb when the parser made its subject, after a comma, one more conjunct of the list that ends a fronted
    clause ("If Keyvault is involved in a merger, acquisition or sale of assets, your account information and encrypted
    vault may be transferred"): the verb after the list that has no subject of its own, else None."""
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is token or token.left_edge.i == 0 or token.doc[token.left_edge.i - 1].text != ",":
        return None
    clause = next((a for a in first.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.i > first.i:
        return None
    main = clause.head if clause.dep_ == "advcl" else None
    if main is None or main.i < token.i or main.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl") for c in main.children):
        return None
    # a finite verb ("may be transferred", "will be stored"), not an imperative ("then read about these terms")
    return main if any(c.dep_ in ("aux", "auxpass") for c in main.children) else None


def _user_clause(verb, user_subjects) -> bool:
    """A clause whose subject is the user ("the emails you send")."""
    subject = _subject_token(verb)
    return subject is not None and (subject.lower_ in SECOND_PERSON or subject.lower_ in user_subjects)


def _transferred_asset(copula):
    """The verb of "X is (one of) the assets transferred / the transferred assets" under a copula, else None."""
    for attr in (c for c in copula.children if c.dep_ in ("attr", "acomp")):
        nouns = [attr] + [g for c in attr.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj"]
        for noun in nouns:
            if noun.lemma_.lower() not in ("asset", "assets"):
                continue
            for child in noun.children:
                if child.dep_ in ("acl", "amod") and child.tag_ == "VBN":
                    return child
    return None


def _classified_or_referred(practice) -> bool:
    """Whether the nominal or gerund `practice` is only classified ("providing hashed emails to ad platforms may be
    considered \"sharing\" of personal information", "This is not considered to be \"selling\" of your personal
    information") or referred to another text ("Plaid's use of your information is governed by its privacy policy",
    "the processor's use of your personal information is subject to their privacy notice"): no practice is stated."""
    while practice.dep_ == "conj" and practice.head.pos_ in ("NOUN", "VERB"):
        practice = practice.head
    head = practice.head
    lemma = head.lemma_.lower()
    if practice.dep_ in ("attr", "oprd", "xcomp") and lemma in CLASSIFYING_VERBS:
        return True
    if practice.dep_ in ("dobj", "obj") and lemma == "constitute":
        return True  # "Some of these disclosures may constitute a \"sale\" or \"sharing\" of personal information"
    if practice.dep_ == "attr" and lemma == "be" and any(c.dep_ in ("csubj", "csubjpass") for c in head.children):
        return True  # "Sharing precise location with partners may be a \"sale\" of personal information"
    if practice.dep_ == "nsubjpass" and lemma in GOVERNING_VERBS:
        return True
    return practice.dep_ == "nsubj" and lemma == "be" and any(
        c.dep_ == "acomp" and c.lower_ == "subject" for c in head.children)


def _unlawful_practice(nominal, lex: Lexicon) -> bool:
    """Whether the nominal practice, or a conjunct before it, is marked as unlawful ("safeguards designed to prevent
    unauthorized disclosure of your information", "unauthorized access, disclosure, or destruction of X") or only
    possible ("a security breach results in the potential disclosure of X"), or is listed among harms ("precautions
    be taken to prevent loss, misuse, or disclosure of your personal data"): a harm guarded against, no practice. The
    marks and harms are the cues `unlawful_modifiers` and `harm_nouns`."""
    if any(c.lemma_.lower() in lex.harm_nouns for c in nominal.conjuncts):
        return True
    while True:
        if any(c.dep_ == "amod" and c.lower_ in lex.unlawful_modifiers | HYPOTHETICAL for c in nominal.children):
            return True
        if nominal.dep_ != "conj" or nominal.head.pos_ != "NOUN":
            return False
        nominal = nominal.head


def _what_it_depends_on(token) -> bool:
    """Whether `token` heads what something depends on ("Depending on your browser or mobile device", "varies
    depending on the operating system"), through its modifiers and coordination."""
    for _ in range(4):
        if token.dep_ not in ("nmod", "compound", "conj", "amod") or token.head.i == token.i:
            break
        token = token.head
    on = token.head
    if token.dep_ not in ("pobj", "pcomp") and token.head.dep_ == "pcomp":
        token, on = token.head, token.head.head  # "depending on how you interact with our Services"
    return (token.dep_ in ("pobj", "pcomp") and on.lower_ in ("on", "upon") and on.head.i != on.i
            and on.head.lemma_.lower() == "depend")


# Verbs whose denial with cookies as the object denies taking the cookies in, not only their use (see the cookie
# denials in `_analyze_doc`): "We do not collect cookies or device identifiers".
# The generic types a denied inclusion names when it calls data non-personal ("crash reports never include personal
# information", "The data we collect contains no identifying information"): no type is left out (GUIDELINES).
NON_PERSONAL_TYPES = {"personal_info", "identity"}
COOKIE_TAKING_VERBS = {"collect", "gather", "obtain", "receive"}


def _after_it(clause) -> bool:
    """Whether `clause` is a temporal clause saying after what its head happens ("Once we have received your
    information, we will …")."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("once", "after") for c in clause.children)


ACCOUNT_CREATION_VERBS = {"create", "open", "register", "set"}
OCCASION_MARKS = CONDITION_MARKS | {"before", "after"}


def _account_as_occasion(root, requirement_verbs: set[str]) -> bool:
    """A bare account or profile whose creation is the occasion of another statement (in a when/if clause) or whose
    need is denied: a condition of use, no practice on account data (GUIDELINES): "When you create a profile, you
    choose …", "When you use our site …, create a user account, …, we collect …", "You do not have to … create a
    user account to access …", "The App does not require a user account". Account data ("account information") and
    a creation stated as such ("we'll ask you to create a user profile") stay. The verbs of needing are the cue
    `requirement_verbs`."""
    if root.lemma_.lower() not in ("account", "profile"):
        return False
    head = _first_conjunct(root)
    if head.dep_ not in ("dobj", "obj"):
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    if lemma in requirement_verbs:  # "does not require a user account", "you do not need a profile"
        return _negation(verb, lasting=False) is not None
    if lemma not in ACCOUNT_CREATION_VERBS:
        return False
    clause = _first_conjunct(verb)
    if clause.dep_ == "advcl":
        # the marker may sit on an earlier clause of the same series ("When you use our site …, create a user account")
        clauses = [c for c in [*clause.head.children, *clause.children] if c.dep_ == "advcl" and c.i <= clause.i]
        if any(c.dep_ in ("mark", "advmod") and c.lower_ in OCCASION_MARKS and c.i < clause.i
               for earlier in clauses for c in earlier.children):
            return True
    needing = clause.head.lemma_.lower()  # "You do not have to provide … or create a user account"
    return (clause.dep_ == "xcomp" and (needing == "have" or needing in requirement_verbs)
            and _negation(clause.head, lasting=False) is not None)


CLAUSE_CHAIN = ("xcomp", "ccomp", "conj", "advcl")  # clauses that go on from a verb ("use X to collect Y", "set X and collect Y")


def _verb_before_second_object(token):
    """The last verb of the clauses going on from a verb (xcomp, ccomp, conj, advcl) that stands between its first
    direct object and `token`, when the parser made `token` a second direct object of that verb ("uses cookies to help
    PostHog identify and track visitors, their usage": "track"), else None."""
    item = _first_conjunct(token)
    verb = item.head
    if item.dep_ != "dobj" or verb.i == item.i or not any(
            c.dep_ == "dobj" and c.i < item.i for c in verb.children if c.i != item.i):
        return None
    chain, frontier = [], [verb]
    while frontier:
        current = frontier.pop()
        for child in current.children:
            if child.dep_ in CLAUSE_CHAIN and child.pos_ in ("VERB", "AUX") and child.i < item.i:
                chain.append(child)
                frontier.append(child)
    first_object = min(c.i for c in verb.children if c.dep_ == "dobj")
    chain = [v for v in chain if v.i > first_object]
    return max(chain, key=lambda v: v.i) if chain else None


def _first_conjunct(token):
    """The first item of the coordination `token` is in ("A, B and C": A), whose dependency says where the list sits."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


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


def _denied_usage_practices(text: str, found: list, lex: Lexicon) -> list:
    """The practice nouns of a verbless or existential "no" list that name recording the user's use ("There are no
    analytics, ads, or tracking", "- No analytics tools or tracking"): what the service says it does not have is usage
    data it does not collect (GUIDELINES: telemetry, "No analytics, advertising, telemetry, or tracking"), named once,
    when no usage term of the line already names it (`lex.usage_practice_denials`, group "noun")."""
    if any(m.value == "usage" for m in found):
        return []
    for pattern in lex.usage_practice_denials:
        match = pattern.search(text)
        if match is not None and not any(m.start < match.end("noun") and match.start("noun") < m.end for m in found):
            return [Match(match.start("noun"), match.end("noun"), "usage", match.group("noun").lower())]
    return []


def _opening_no(token) -> bool:
    """Whether `token` is in a verbless "No X" that opens its sentence ("No analytics, advertising, telemetry, or
    tracking", "- **No telemetry** — …", "No code, no queries, no personal data"): the "no" of its list's first item
    is the sentence's first word, a run of "no X" phrases set side by side being one list."""
    first = _first_conjunct(token)
    labelled = None
    while (first.dep_ == "appos" and first.head.i < first.i
           and any(c.dep_ == "det" and c.lower_ == "no" for c in first.children)):
        labelled = labelled or first
        first = _first_conjunct(first.head)
    no = next((c for c in first.children if c.dep_ == "det" and c.lower_ == "no"), None)
    if no is None and labelled is not None:
        no = next(c for c in labelled.children if c.dep_ == "det" and c.lower_ == "no")
    if no is not None and 2 <= no.i <= 7 and token.doc[no.i - 1].text in (":", "—", "–"):
        return True  # after a short run-in label: "- **Privacy**: No name, email or real identity needed"
    if no is not None and first.head.lemma_.lower() == "be" and first.dep_ == "attr" and any(
            c.dep_ == "expl" for c in first.head.children):
        return True  # "There are no analytics, ads, or tracking": an existential denial is such a list too
    return no is not None and not any(t.is_alpha for t in token.doc[:no.i])


def _noun_with_object(token) -> bool:
    """A verb the tagger read as a noun: it has a direct object ("Our cookies store [NOUN] your first name"), or it
    is the root after its subject read as a modifier and a wh-clause follows ("Mixpanel records [NOUN] which features
    you use", "the Google Ads tag record [NOUN] which pages you visit"), or heads a relative clause before one
    ("pixels that record [NOUN] which pages you visit")."""
    if token.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("dobj", "obj") for c in token.children):
        return True
    if token.i + 1 >= len(token.doc) or token.nbor(1).lower_ not in WH_CLAUSE_WORDS:
        return False
    # "advertising pixels that record [NOUN] which pages you visit": a relative clause read as a noun
    return (token.dep_ == "ROOT" and any(c.dep_ == "compound" and c.i < token.i for c in token.children)
            or token.dep_ == "relcl" and token.i > 0 and token.nbor(-1).lower_ in ("that", "which"))


def _object_of(token):
    """The verb whose direct object `token` is, itself, as an item of a coordinated object or after "of", else None."""
    head = _first_conjunct(token)
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = _first_conjunct(head.head.head)  # "to scan QR codes of wallet addresses"
    return head.head if head.dep_ in ("dobj", "obj") else None


def _purpose_clause(verb, token) -> bool:
    """An infinitive with an object of its own, hung on a noun: "access to X as necessary to provide services"
    states what for, not a practice on X."""
    return (any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and any(c.dep_ in ("dobj", "obj") and c.i != token.i and token not in c.subtree
                    for v in [verb, *verb.conjuncts] for c in v.children))  # "to measure and target our ads"


def _access_holder(token):
    """The verb of "have / gain / receive access to …" when `token` is its object "access", else None; the "to" may
    hang on the verb after a place ("will no longer have access on our site to the data")."""
    if (token.lower_ == "access" and token.pos_ == "NOUN" and token.dep_ in ("dobj", "obj")
            and token.head.lemma_.lower() in ACCESS_VERBS and (any(c.lower_ == "to" for c in token.children) or any(
                c.lower_ == "to" and c.dep_ == "prep" and c.i > token.i for c in token.head.children))):
        return token.head
    return None


STAFF_NOUNS = {"employee", "staff", "personnel", "workforce", "team", "staffer"}  # "team members" by its compound


def _staff_access(token) -> bool:
    """Whether `token` is what the service's own people have access to: "access to X" held by employees or staff, as a
    modifier of "access" ("Employee access to X") or as the subject of the verb that takes it ("team members have
    access to X", "staff who need access to X")."""
    if not (token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "access"):
        return False
    access = token.head.head
    holders = [c for c in access.children if c.dep_ in ("compound", "poss")]
    if access.dep_ in ("dobj", "obj"):
        verb = access.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and any(c.lower_ in ("who", "that") for c in subjects):
            subjects = [verb.head]  # "staff who need access to …"
        holders += subjects
    return any(h.lemma_.lower() in STAFF_NOUNS or any(c.dep_ == "compound" and c.lemma_.lower() in STAFF_NOUNS
                                                      for c in h.children) for h in holders)


def _denied_access(token) -> bool:
    """Whether the "access to X" that `token` is the object of is denied by "no" ("Our staff have no access to X")."""
    access = token.head.head
    return any(c.dep_ == "det" and c.lower_ == "no" for c in access.children)


# the service's own people named by their role, when "the", "our" or "its" makes them the service's ("the leader
# developers", "our administrators"; not "school administrators", nor moderators, who are outside the company)
OWN_ROLE_NOUNS = {"developer", "administrator", "admin", "maintainer", "engineer"}
GROUP_NOUNS = {"set", "group", "number", "handful", "subset", "member", "team"}  # "a core set of root staffers"


def _open_only_to_own_people(available) -> bool:
    """Whether every party an "available / accessible / visible to" names is the service's own staff ("only
    accessible to the leader developers", "to a core set of root staffers", "to our employees"); not when an outsider
    is among them ("to its employees, contractors, and selected contributors", "to our administrators and to the
    infrastructure provider"; the parser hangs "and to X" anywhere, so the phrase must end the sentence)."""
    preps = [c for c in available.children if c.dep_ == "prep" and c.lower_ in ("to", "by")]
    if len(preps) != 1:
        return False
    doc = available.doc
    after = preps[0].right_edge.i + 1
    if after < len(doc) and doc[after].text not in (".", ";", "!", ")"):
        return False  # "accessible to its administration team and, where necessary, to moderators"
    people = [t for prep in (preps[0], *preps[0].conjuncts) for obj in prep.children if obj.dep_ == "pobj"
              for t in (obj, *obj.conjuncts)]
    return bool(people) and all(_own_people(t) for t in people)


def _own_people(noun) -> bool:
    """Whether `noun` names the service's own staff: a staff noun ("employees", "root staffers", "team members") or a
    role with "the", "our" or "its" ("the leader developers"), also through a group noun ("a core set of staffers")."""
    if noun.lemma_.lower() in GROUP_NOUNS:
        members = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                   if o.dep_ == "pobj"]
        if members:
            return all(_own_people(m) for m in members)
    lemma = noun.lemma_.lower()
    if lemma in STAFF_NOUNS or any(c.dep_ == "compound" and c.lemma_.lower() in STAFF_NOUNS for c in noun.children):
        return True
    return lemma in OWN_ROLE_NOUNS and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "our", "its")
                                           for c in noun.children)


LEGAL_GROUNDS = {"basis", "bases", "ground"}
DEALING_NOUNS = {"practice", "action", "issue", "concern", "complaint", "decision"}  # "practices regarding X": a topic


def _describes_legal_ground(verb) -> bool:
    """Whether the practice `verb` is in a clause describing a legal basis ("the lawful bases we rely on to process
    personal information", "the types of lawful basis that we will rely on to process your personal data", "the legal
    basis under which we process the personal information")."""
    clause = verb
    while clause.dep_ in ("xcomp", "advcl", "ccomp", "conj") and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ not in ("relcl", "acl"):
        return False
    head = clause.head
    kinds = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(n.lemma_.lower() in LEGAL_GROUNDS for n in [head, *kinds])


def _measure_named(noun, measures: set[str]) -> bool:
    """Whether `noun`, a noun coordinated with it or the noun it quantifies is a security measure ("strict procedures
    and security features", "a variety of security measures")."""
    quantified = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(n.lemma_.lower() in measures for n in [noun, *noun.conjuncts, *quantified])


def _tells_us(verb) -> bool:
    """The verb "tell" has us as the one told ("X tells us …", "tell us about …")."""
    return any(c.dep_ in ("dative", "dobj", "iobj") and c.lower_ == "us" for c in verb.children)


def _not_to_us(verb) -> bool:
    """Whether data said to go somewhere is denied reaching us by a negated "to us" beside the place it goes to
    ("which go to Google and not to us", "goes to the processor, not to us")."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ == "to"]
    return any((any(c.dep_ == "neg" for c in p.children) or p.i > 0 and p.doc[p.i - 1].lower_ == "not")
               and any(c.dep_ == "pobj" and c.lower_ == "us" for c in p.children) for p in preps)


def _crosses_to_us(devices: set[str], verb) -> bool:
    """Data as the subject of "leave" your / the device or "reach" us / our servers: whether we receive it. The
    place is an object, not data, so a coordinated "leave" / "reach" keeps the data of the clause ("are sent to Plaid
    and never reach our servers", "will only be used to upload … and will never leave the device"); the devices are
    `EnglishAnalyzer._devices`."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    lemma = verb.lemma_.lower()
    if lemma == "leave":
        return any(o.lemma_.lower() in devices and any(p.dep_ in ("poss", "det") and p.lower_ in ("your", "the", "its")
                                                          for p in o.children) for o in objects)
    return lemma == "reach" and any(o.lower_ == "us" or o.lemma_.lower() in ("server", "system") for o in objects)


def _on_our_behalf(verb) -> bool:
    """"… on our behalf" / "on behalf of us" / "for us" / "on our instructions" / "according to our instructions" on
    the verb (or on its coordinated head), or on its object where the parser hung it there ("process personal data
    on our behalf"), or a purpose of serving us: "They may use personal information only to provide their services to
    us"."""
    if any(prep.dep_ == "prep" and prep.i > obj.i and _names_our_behalf(prep)
           for obj in verb.children if obj.dep_ in ("dobj", "obj") for prep in obj.children):
        return True  # only the verb's own object: "process data on our behalf … and may not use it for …"
    if verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in ENGAGING_VERBS and any(
            c.dep_ == "nsubj" and c.lower_ == "we" for c in verb.head.children):
        return True  # "We have engaged Stripe to process your payment information": a party we take on works for us
    for token in [verb, verb.head] if verb.dep_ == "conj" else [verb]:
        for prep in token.children:
            if prep.dep_ == "xcomp" and prep.lemma_.lower() in ("provide", "perform") and any(
                    c.dep_ in ("dative", "prep") and c.lower_ == "to" and any(o.lower_ == "us" for o in c.children)
                    for c in prep.children):
                return True
            if prep.dep_ == "prep" and (_names_our_behalf(prep)
                                        or prep.lower_ == "for" and any(o.lower_ == "us" for o in prep.children
                                                                        if o.dep_ == "pobj")):
                return True
    return False


def _names_our_behalf(prep) -> bool:
    """A preposition phrase that says for whom and under whose instructions a party acts: "on our behalf", "on
    behalf of us", "on / under our instructions", "according to / in accordance with our instructions"."""
    if prep.lower_ == "according" or prep.lower_ == "in" and any(o.lower_ == "accordance" for o in prep.children):
        inner = [t for t in prep.subtree if t.dep_ == "prep" and t.lower_ in ("to", "with")]
        return any(_our_instructions(o) for t in inner for o in t.children if o.dep_ == "pobj")
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if prep.lower_ == "on" and any(o.lower_ == "behalf" and any(
            p.lower_ == "our" or any(g.lower_ == "us" for g in p.subtree) for p in o.children) for o in objects):
        return True
    return prep.lower_ in ("on", "under") and any(_our_instructions(o) for o in objects)


def _our_instructions(token) -> bool:
    """"our instructions" / "our instruction"."""
    return token.lemma_.lower() == "instruction" and any(p.dep_ == "poss" and p.lower_ == "our" for p in token.children)


def _directly(verb) -> bool:
    """"… directly" on the verb: the data goes straight to the party named ("Stripe receives X directly"), also where
    the parser hung it on the verb's object list ("Stripe, which receives your card number, its expiry date and your
    billing address directly from the payment form")."""
    objects = [o for c in verb.children if c.dep_ in ("dobj", "obj") for o in (c, *c.conjuncts)]
    return any(c.lower_ == "directly" for h in (verb, *objects) for c in h.children)


def _passed_on(verb) -> bool:
    """Whether what a receiving verb's subject gets comes from us: not "from" elsewhere ("receives X from
    advertisers") nor straight from the user ("Stripe receives X directly")."""
    return not _directly(verb) and not any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


def _signs_up_with(verb) -> bool:
    """"sign up / sign in / log in with X", "open an account with X": the person gives X to the service to open or
    enter an account."""
    if verb.lemma_.lower() == "open":  # "the owner opens an account with a name, an email address and a password"
        return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "account"
                   and any(p.dep_ == "prep" and p.lower_ in ("with", "using") for p in c.children) for c in verb.children)
    return (verb.lemma_.lower() in ("sign", "log")
            and any(c.dep_ == "prt" and c.lower_ in ("up", "in", "on") for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ in ("with", "using") for c in verb.children))


# a named span counts as a length: "deleted within the periods set out in Section 2(h)", "after the retention period"
TIME_UNITS = {"hour", "day", "week", "month", "year", "period"}


def _retention_period(verb, staying: bool = False) -> bool:
    """Whether a deletion verb states how long the data is kept first: "deleted within 30 days", "erased 24 months
    after the last sign-in", "destroyed after ten years" (a retention period, as the guidelines read it). The parser may
    hang the period on a relative clause that ends the object ("we delete your account data and the content of
    workspaces you own within 30 days"); a negated relative clause on the subject can state the period of inactivity
    ("Accounts of students who have not signed in for 18 months are deleted"). A `staying` verb also takes "for" a
    span ("may remain in our backup systems for up to 90 days")."""
    clauses = [verb] + [t for t in verb.subtree if t.dep_ in ("relcl", "acl") and (
        t.i > verb.i and t.head.dep_ in ("pobj", "dobj", "obj", "conj") or t.i < verb.i and any(
            c.dep_ == "neg" for c in t.children))]
    for clause, child in ((clause, c) for clause in clauses for c in clause.children
                          if clause is verb or c.i > clause.i):
        if child.dep_ == "prep" and (child.lower_ in ("within", "after", "in") or clause is not verb
                                     and child.lower_ == "for" and clause.i < verb.i
                                     or staying and clause is verb and child.lower_ == "for"):
            words = {t.lemma_.lower() for t in child.subtree}
            if words & TIME_UNITS:
                return True  # also "within 30 days of the request": how long the data is kept after it (GUIDELINES)
        elif child.dep_ == "npadvmod" and child.lemma_.lower() in TIME_UNITS:
            return True  # "24 months after the last sign-in"
        elif child.dep_ == "advmod" and child.lower_ == "later" and any(
                g.dep_ == "npadvmod" and g.lemma_.lower() in TIME_UNITS for g in child.children):
            return True  # "we delete your account 30 days later"
        elif clause is verb and child.dep_ == "advcl" and _ends_with_its_purpose(child):
            return True  # "deleted when it is no longer needed", "once the retention period expires"
        elif clause is verb and child.dep_ == "advmod" and child.lower_ in ("soon", "long") and any(
                c.dep_ == "advcl" and _ends_with_its_purpose(c) for c in child.children):
            return True  # "erased as soon as it is no longer required": the parser hangs the clause on "soon"
        elif clause is verb and child.dep_ in ("dobj", "obj", "conj", "prep") and any(
                t.dep_ == "advcl" and NO_LONGER_NEEDED.search(" ".join(w.lower_ for w in t.subtree))
                for t in child.subtree):
            # "delete X or keep it in a form that does not allow you to be identified when it is no longer
            # necessary": the parser hangs the clause deep in the object or the coordinated verb
            return True
        if staying and clause is verb and _beyond_account_end(child):
            return True  # "may remain on the Site even after your account is closed": kept beyond the account
    return False


ACCOUNT_END = re.compile(r"(?i)\b(clos|delet|terminat|cancel|deactivat|eras)\w*\b")
ACCOUNT_WORDS = {"account", "profile", "membership", "subscription"}


def _beyond_account_end(child) -> bool:
    """Whether `child` of a staying verb is an "after" clause or phrase on the end of the account or its deletion
    ("even after your account is closed", "after you have closed your account", "after account deletion"): data said
    to stay beyond it is retained (GUIDELINES: named data kept beyond the account's deletion is `store`)."""
    if child.dep_ == "advcl":
        opener = next((c for c in child.children if c.dep_ == "mark"), None)
    elif child.dep_ == "prep":
        opener = child
    else:
        return False
    if opener is None or opener.lower_ not in ("after", "beyond"):
        return False
    return (any(ACCOUNT_END.match(t.lower_) for t in child.subtree)
            and any(t.lemma_.lower() in ACCOUNT_WORDS for t in child.subtree))


# Verbs whose denial keeps the data as it is: not deleted, removed, erased, or rewritten ("Git commits will not be
# rewritten": the history stays).
UNDELETED_VERBS = ("delete", "remove", "erase", "rewrite")


def _kept_undeleted(verb) -> bool:
    """Whether a deletion verb denies removing its data, which is then kept ("deactivating your account does not delete
    your medical record", "Posts are not removed", "each version of a paper … may not be removed", "we may be unable to
    delete information, including IP addresses"): storage, as the guidelines read data said not to be deleted or
    removed, or not rewritten ("Git commits will not be rewritten"). Not anonymising or truncating ("not truncated"),
    and not a
    condition on others ("provided that they do not remove any health information from us") nor a hedge ("may or may
    not be removed")."""
    negation = _negation(verb)
    if negation is None and verb.dep_ == "xcomp" and verb.head.lower_ == "unable" and not any(
            c.dep_ == "nsubj" and c.lower_ in SECOND_PERSON for c in verb.head.head.children):
        negation = verb.head  # "we may be unable to delete X" (not "you may be unable to delete your username")
    if verb.lemma_.lower() not in UNDELETED_VERBS or negation is None or (
            any(t.lower_ == "or" for t in verb.doc[max(negation.i - 2, 0):negation.i])):
        return False
    return not (verb.dep_ == "advcl" and any(c.dep_ == "mark" for c in verb.children)
                or any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "they" for c in verb.children))


NO_LONGER_NEEDED = re.compile(r"\bno longer (?:be |being )?(?:need|necessary|required|relevant|useful|used)|"
                              r"\blonger than (?:is )?(?:necessary|needed|required)")


def _ends_with_its_purpose(clause) -> bool:
    """Whether an adverbial clause of a deletion verb bounds the retention: by the purpose ("when we no longer need
    it", "once it is no longer required for the purposes", a retention period by the guidelines) or by a named period
    ("once the retention period expires"); not the user's own deletion ("when you delete your account")."""
    words = " ".join(t.lower_ for t in clause.subtree)
    return bool(NO_LONGER_NEEDED.search(words)) or any(
        t.lemma_.lower() in TIME_UNITS and t.pos_ == "NOUN" for t in clause.subtree)


def _users_own_destination(span, verb) -> bool:
    """Whether the data is where `verb` sends something: the user's own address after "to" ("send you reminders to
    your mobile number or email address", "to the primary email address associated with your account", "send receipts
    to the email address on your account", "send emails to an email address you provide to us")."""
    root = _first_conjunct(span.root)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "to":
        return False
    if prep.head.i != verb.i and not any(prep.head.i == t.i for c in verb.children if c.dep_ in ("dobj", "obj")
                                         for t in c.subtree):
        return False
    if any(c.dep_ == "poss" and c.lower_ in ("your", "their") or c.lower_ == "primary" for c in root.children):
        return True
    if root.pos_ != "NOUN":
        return False  # "sends certain information to Mozilla, including … you have installed, …, and your IP address"
    # the address is the user's by what follows it: "on your account", "you registered with", "you provide to us"
    # (the parser may hang "on your account" on the verb, right after the address)
    following = [c for c in root.children if c.i > root.i and (c.dep_ in ("relcl", "acl") or c.dep_ == "prep"
                                                              and c.lower_ in ("on", "in"))] + [
        c for c in prep.head.children if c.dep_ == "prep" and c.lower_ in ("on", "in") and c.i == root.right_edge.i + 1]
    return any(t.lower_ in SECOND_PERSON for c in following for t in c.subtree)


# Data a location is worked out from ("from your IP address", "from nearby Wi-Fi access points") and the verbs that
# work it out besides the derivation verbs of the cues ("determine", "estimate", …)
DERIVATION_SOURCES = {"network.ip", "device.network"}
INFERENCE_VERBS = {"infer", "derive", "calculate"}


COOKIE_MEANS_PREPOSITIONS = {"via", "through", "with"}


def _collecting_means(token) -> bool:
    """Whether the data headed by `token` is the means a verb gathers other data by: the object of "via", "through"
    or "with" on the verb ("collect information through cookies", "Data gathered via cookies") or of "using" after it
    ("collect information using cookies, web beacons, pixels"); not the agent of a passive ("collected by cookies")."""
    means = _first_conjunct(token)
    if means.dep_ == "pobj" and means.head.lower_ in COOKIE_MEANS_PREPOSITIONS:
        return means.head.head.pos_ in ("VERB", "AUX") and means.head.head.lemma_.lower() != "use"
    return (means.dep_ in ("dobj", "obj") and means.head.lower_ == "using" and means.head.dep_ in ("advcl", "xcomp")
            and means.head.head.pos_ in ("VERB", "AUX"))


def _derivation_source(token, derivation_verbs: set[str]) -> bool:
    """Whether the data headed by `token` is the source a verb works other data out from: "infer your city from your
    IP address", "location derived from your IP address", "determine the location of a device from the IP address",
    "(as determined from the IP address)", "based on your IP address", "IP-address-based coarse location"; not
    "collect your IP address" nor "receive data from your browser"."""
    source = _first_conjunct(token)
    if source.dep_ == "npadvmod" and source.head.lower_ == "based":
        return True  # "IP-address-based coarse location"
    if source.dep_ != "pobj":
        return False
    prep = source.head
    if prep.lower_ in ("on", "upon") and prep.head.lemma_.lower() == "base":
        prep = prep.head  # "based on your IP address"
    elif prep.lower_ != "from":
        return False
    verbs = derivation_verbs | INFERENCE_VERBS
    head = prep.head
    for _ in range(4):  # up from a noun of the object the phrase hangs on ("the location of a device from …")
        if head.pos_ in ("VERB", "AUX") or head.dep_ == "ROOT" or _participle_of(head, verbs):
            break
        head = head.head
    return head.lemma_.lower() in verbs or _participle_of(head, verbs)


def _denied_derivation(verb, derivation_verbs: set[str]) -> bool:
    """A derivation verb in the passive or as a participle on a noun, negated and with the source it is not worked out
    from ("This ID is not derived from hardware", "a random UUID, not derived from your machine"): it describes the
    value, and neither the value nor the source is denied; not an active denial ("we do not infer your location from
    your IP address")."""
    if verb.lemma_.lower() not in derivation_verbs | INFERENCE_VERBS:
        return False
    passive = verb.tag_ == "VBN" and (verb.dep_ in ("acl", "amod") or any(c.dep_ == "auxpass" for c in verb.children))
    return (passive and any(c.dep_ == "neg" for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ in ("from", "on") for c in verb.children))


def _denied_derivation_source(token, derivation_verbs: set[str]) -> bool:
    """Whether the data headed by `token` is the source of a denied derivation ("not derived from hardware or personal
    information")."""
    source = _first_conjunct(token)
    return (source.dep_ == "pobj" and source.head.lower_ in ("from", "on")
            and _denied_derivation(source.head.head, derivation_verbs))


def _participle_of(token, verbs: set[str]) -> bool:
    """A past participle of one of `verbs` that the tagger read as an adjective ("as determined from …")."""
    word = token.lower_
    return token.pos_ == "ADJ" and word.endswith("ed") and any(
        word in (verb + "d", verb + "ed", verb + verb[-1] + "ed") for verb in verbs)


def _obliged_practice(verb):
    """The verb a party is obliged to do ("we may be required by law to disclose …", "Cake Labs may be required by
    authorities to disclose …"): the to-infinitive of a passive "required", or None ("your email is required to sign
    in" has the data as its subject and is reached as such)."""
    if verb.lemma_.lower() != "require" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ not in ("PRON", "PROPN"):
        return None  # "the data required to provide quality services": what the data is needed for
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _derived_from(verb) -> bool:
    """A derivation verb with the source it works the data out from ("determine your location from your IP address",
    "is worked out from your IP address"; "work" and "figure" only with "out")."""
    if verb.lemma_.lower() in ("work", "figure") and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    user = verb.head.head.head if verb.dep_ == "acl" and verb.head.lower_ == "order" else verb.head
    if verb.dep_ in ("xcomp", "advcl", "acl") and user.lemma_.lower() == "use" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "we use your IP address to estimate your country", "… in order to approximate your location": the data
        # used is the source
        return True
    heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "obj")]  # or on its object, as parsed
    if any(c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" for g in c.children)
           for head in heads for c in head.children):
        return True
    # "determine the city you are in based on your IP address": the source named by "based on"
    return any(c.lemma_.lower() == "base" and any(p.dep_ == "prep" and p.lower_ in ("on", "upon") for p in c.children)
               for head in heads for c in head.children)


def _writes_a_log(verb, own_devices: set[str]) -> bool:
    """Whether "write" records a log: a log is its object, its passive subject or where it writes ("We don't write
    access logs", "Application logs are written to the application log", "errors are written to a log file"), not on
    the person's own device ("writes log files in a folder on your device")."""
    if any(t.lemma_.lower() in own_devices and any(c.lower_ == "your" for c in t.children) for t in verb.subtree):
        return False
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    nouns += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "into")
              for g in c.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in ("log", "logfile") for noun in nouns
               for t in [noun] + [c for c in noun.children if c.dep_ == "compound"])


def _own_auxiliary(verb) -> bool:
    """Whether a conjoined verb has an auxiliary of its own ("…, and the selfie is deleted", "and your email address
    will be shared"): a finite clause, not a second verb sharing the first one's subject and negation."""
    return any(c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.lower_ != "to" for c in verb.children)


def _consequence_after(clause) -> bool:
    """Whether `clause` is a clause the parser hung under a later one that opens with "so" ("Your IP address is used to
    work out your country, so it is never stored in full": "used" as a ccomp of "stored"); the later clause states
    a consequence of its own."""
    head = clause.head
    return (clause.dep_ == "ccomp" and head.i > clause.i
            and any(c.dep_ in ("mark", "advmod", "cc") and c.lower_ == "so" and clause.i < c.i < head.i
                    for c in head.children))


def _outside_other_parentheses(window, span) -> str:
    """The text of `window` without the bracketed remarks that do not hold `span`: in "We do not collect: IP addresses
    (only daily-salted hashes …), payment info (no payments), location" the "only" of the remark on one item limits
    that remark, not the denial of the items."""
    dropped: set[int] = set()
    opened: list[int] = []
    for token in window:
        if token.text == "(":
            opened.append(token.i)
        elif token.text == ")" and opened:
            start = opened.pop()
            if not start < span.start <= span.end <= token.i:
                dropped.update(range(start, token.i + 1))
    for start in opened:  # a remark still open at the window's end
        if start >= span.end:
            dropped.update(range(start, window.end))
    return "".join(token.text_with_ws for token in window if token.i not in dropped)


def _semicolon_between(a, b) -> bool:
    low, high = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[low + 1:high])


def _own_passive_subject(verb, span) -> bool:
    """Whether the passive `verb` has a subject of its own outside `span` ("the announcement and photographs will be
    published, but your address and telephone number will not be published": each clause keeps its own data). A
    personal pronoun is a subject of its own too: it does not carry the data named before it (GUIDELINES: "We will use
    your email address … but it is not shared publicly" is no denial of sharing the address)."""
    if span is None:
        return False
    return any(c.dep_ == "nsubjpass" and not span.start <= c.i < span.end and (
        c.pos_ in ("NOUN", "PROPN") or c.lower_ in PRONOUN_SUBJECTS) for c in verb.children)


def _object_phrase_head(token):
    """The phrase head that `token` is part of, through conjuncts, appositions, compounds and prepositions."""
    head = token
    while head.dep_ in ("conj", "appos", "compound", "pobj", "prep") and head.head.i != head.i:
        head = head.head
    return head


def _subject_noun(token) -> str:
    """The lemma of the subject of the verb `token` is the object of (through conjuncts and prepositions), or ''."""
    head = _object_phrase_head(token)
    if head.dep_ not in ("dobj", "obj"):
        return ""
    subject = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject.lemma_.lower() if subject is not None else ""


def _negated_inclusion(token) -> bool:
    """Whether `token` is the object of a negated inclusion verb ("they do not include your IP address")."""
    head = _object_phrase_head(token)
    verb = head.head
    return head.dep_ in ("dobj", "obj") and verb.lemma_.lower() in INCLUSION_VERBS and _negation(verb) is not None


def _denied_inclusion_by_described(data, clause):
    """The negation of an inclusion verb whose object is `data` and whose subject the practice `clause` describes: "The
    data we collect does not include your location", "Information shared with partners never contains your name"
    (GUIDELINES: data collected or sent that does not include named data denies it); else None."""
    head = _object_phrase_head(data)
    verb = head.head
    if head.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in INCLUSION_VERBS - COPULAS:
        return None
    subject = _subject_token(verb)
    if subject is None or clause.head.i != subject.i:
        return None
    return _negation(verb)


def _negated_included_clause(token) -> bool:
    """Whether `token` heads a clause that names data as what a negated inclusion verb leaves out ("It does not include
    where you were, what you searched for": the clauses are its objects, which the parser makes complements, the later
    ones hung on the earlier)."""
    clause, complement = token, False
    while clause.dep_ in ("ccomp", "conj") and clause.head.pos_ in ("VERB", "AUX"):
        complement = complement or clause.dep_ == "ccomp"
        clause = clause.head
        if clause.lemma_.lower() in INCLUSION_VERBS - COPULAS:
            return complement and _negation(clause) is not None
    return False


def _left_out_of_carriers(token, lex):
    """The place ("in mesh messages") when `token` is the data a denied insertion verb keeps out of records or messages
    that are sent ("bitchat does not include exact coordinates in mesh messages", "Exact coordinates are not included in
    Nostr payloads", "Clipy does not include clipboard contents in Crashlytics logs"), else None: the object of the
    active verb with a subject that is not the user (cue `user_subjects`: "Customers do not include X in …" is their
    choice; an imperative "Do not include X in your email" is advice), or the subject of the passive one."""
    head = _object_phrase_head(token)
    verb = head.head
    if head.i == verb.i or verb.lemma_.lower() not in lex.insertion_verbs or verb.pos_ not in ("VERB", "AUX"):
        return None
    if _negation(verb) is None:
        return None
    if head.dep_ == "nsubjpass":
        if not any(c.dep_ == "auxpass" for c in verb.children):
            return None
    elif head.dep_ in ("dobj", "obj"):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in lex.user_subjects:
            return None
    else:
        return None
    carriers = lex.record_nouns | lex.carrier_nouns  # what data put in would be sent with
    places = [c for node in (verb, head) for c in node.children
              if c.dep_ == "prep" and c.lower_ in ("in", "into", "with") and c.i > head.i]
    for place in places:
        if token.i in {t.i for t in place.subtree}:
            return None  # the data is where something else goes ("we do not include ads in your messages")
        if any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in carriers for t in place.subtree):
            return place
    if head.dep_ == "nsubjpass" and any(c.dep_ == "prep" and c.lower_ in ("in", "into", "with") for c in verb.children):
        # "are not included in bitchat mesh or Nostr payloads": the parser may hang the place's head noun on the verb
        found = any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in carriers for c in verb.children)
        return places[0] if found and places else None
    return None


def _removed_before_sending(token, lex) -> bool:
    """Whether `token` is the data a clause of its own takes out of records before they are sent ("names and health
    information are removed from crash reports before they are sent", "We strip the contents of your vault from crash
    reports", "we strip file paths and hostnames before sending"): the data does not reach the party the records go to
    (GUIDELINES). The verb is finite or the complement of one, not a participle inside an item ("Error descriptions with
    file paths removed" only says what the records hold)."""
    head = _object_phrase_head(token)
    verb = head.head
    if head.i == verb.i or verb.lemma_.lower() not in lex.removal_verbs or verb.pos_ not in ("VERB", "AUX"):
        return False
    if head.dep_ == "nsubjpass":
        if not any(c.dep_ == "auxpass" for c in verb.children):
            return False
    elif head.dep_ not in ("dobj", "obj"):
        return False
    if _negation(verb) is not None or _semicolon_between(token, verb):
        return False  # ("Sentry receives X, Y; names are removed from …": Y is no subject of the later clause)

    def sending(node) -> bool:
        return node.lemma_.lower() in lex.sending_words or node.lower_ in lex.sending_words

    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ not in FIRST_PERSON:
        return False  # "they can just remove the attachment before sending the mail": the user's own act
    for child in verb.children:
        if child.lower_ == "before" and child.dep_ == "prep" and any(sending(o) for o in child.children):
            return True  # "before transmission", "before sending"
        if child.dep_ == "advcl" and sending(child) and any(
                m.dep_ in ("mark", "prep") and m.lower_ == "before" for m in child.children):
            # "before they are sent", "before they leave your device" (the records the data is taken from; not
            # "before research data leaves us", other data made from it)
            sent = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            return sent is None or sent.pos_ == "PRON" or sent.lemma_.lower() in lex.record_nouns
    return False


def _controlled_data(noun) -> bool:
    """Whether `noun` is the data a party is said to be the controller of ("the DfE is the data controller for the
    personal information collected from you"): naming the controller states no practice, and the clause on the data
    only identifies it (GUIDELINES)."""
    preposition = noun.head
    return (noun.dep_ == "pobj" and preposition.lower_ in ("for", "of")
            and preposition.head.lemma_.lower() in ("controller", "co-controller"))


def _characterised_as_not_personal(token) -> bool:
    """Whether `token`, a denied data phrase, is what some data leaves out by an inclusion: the object of a negated
    inclusion verb ("crash reports never include personal information"), the subject "no X" of a copula or
    inclusion verb ("No personally identifiable information is ever part of this data") or its object "no X" ("The
    data we collect contains no identifying information")."""
    if _negated_inclusion(token):
        return True
    head = _object_phrase_head(token)
    return (head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.lemma_.lower() in INCLUSION_VERBS
            and any(c.dep_ == "det" and c.lower_ == "no" for c in head.children))


def _channel_to_us(token) -> bool:
    """Whether `token` is what the user reaches us with: the object of "use" in a clause that contacts us ("please
    contact us using the contact information below", "use the contact details below to reach us")."""
    if token.dep_ not in ("dobj", "obj") or token.head.lemma_.lower() != "use":
        return False
    use = token.head
    subject = _subject_token(use)
    if subject is not None and subject.lower_ not in SECOND_PERSON:
        return False  # "When you contact us, we use your email address to reply": our use of the user's address
    clauses = [use, *(c for c in use.children if c.dep_ in ("advcl", "xcomp"))]
    if use.dep_ in ("advcl", "xcomp", "conj"):
        clauses.append(use.head)
    return any(c.dep_ in ("dobj", "obj") and c.lower_ == "us" for clause in clauses for c in clause.children)


def _compound_split_by_relative(noun):
    """The head noun of a compound the parser split, or None: a root noun followed at once by a noun that is the
    subject of a relative clause hung on it, with no relative word between ("The device ID is not the Android
    Advertising ID and is not shared", parsed as "The device [that] ID is not …"); the later noun heads the
    subject."""
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN") or noun.i + 1 >= len(noun.doc):
        return None
    following = noun.doc[noun.i + 1]
    clause = following.head
    if (following.dep_ in ("nsubj", "nsubjpass") and following.pos_ in ("NOUN", "PROPN")
            and clause.dep_ == "relcl" and clause.head.i == noun.i):
        return following
    return None


def _negated_identity(token) -> bool:
    """Whether `token` is the predicate of a negated copula ("It is not your advertising ID")."""
    head = _object_phrase_head(token)
    return head.dep_ == "attr" and head.head.lemma_.lower() == "be" and _negation(head.head) is not None


def _conjunct_negated(verb, item, negated: bool) -> bool:
    """Polarity of `item`, a verb coordinated with the governing `verb`: its own negation counts ("are transmitted
    and are not recorded"), and "but" stops the governing verb's ("we do not sell it but share it with partners"), as
    does a "not" of the governing verb's own clause after `item` ("process data on our behalf and may not use it")."""
    if item.i == verb.i:
        return negated
    if _negation(item) is not None:
        return True
    own_negation = _negation(verb)
    if item.i < verb.i and own_negation is not None and own_negation.i > item.i:
        return False
    if (negated and own_negation is not None and item.i > own_negation.i and item.dep_ == "conj"
            and any(c.dep_ in ("aux", "auxpass") and c.i > own_negation.i for c in item.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in item.children)
            and set(_coordinators(item)) == {"and"}):
        # "Recordings are never shared and are deleted after 90 days": a predicate joined by "and" with an auxiliary
        # of its own after the negation is a new verb phrase of the same subject, outside the scope of the "never"
        # before it (not "never leaves your device or gets stored", where "or" keeps it denied)
        return False
    head = item
    while head.dep_ == "conj" and head.head.i != head.i and head.head.i != verb.i:
        head = head.head  # "is used …, and is not sold, shared or distributed": "shared" follows "not sold"
        if _negation(head) is not None and (head.i > verb.i or verb.dep_ == "conj" and _contrasting_clause(verb)):
            return True  # … or "we do not share or sell X" when `verb` is a later clause of its own
    low, high = sorted((verb.i, item.i))
    if any(t.dep_ == "cc" and t.lower_ in ("but", "yet") for t in verb.doc[low:high]):
        return False
    return negated


def _relative_antecedent(subject):
    """The noun a relative subject stands for: the head of its relative clause ("Crashlytics, which collects",
    "individuals who sign up"), the noun right before "which" or "whose" when the parser did not attach the clause
    to it ("We use Google Analytics for Firebase, which collects …" read as a clause of "use"); else None."""
    relative = subject if subject.lower_ in ("which", "that", "who") else next(
        (c for c in subject.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if relative is None:
        return None
    clause = subject.head
    if clause.dep_ == "relcl":
        return clause.head
    if relative.lower_ == "that" or relative.i < 2:
        return None  # "that" also opens a complement clause
    before = relative.doc[relative.i - 1]
    if before.lower_ == ",":
        before = relative.doc[relative.i - 2]
    return before if before.pos_ in ("NOUN", "PROPN") and before.i < clause.i else None


def _named_examples(noun) -> list:
    """The heads of the examples given for a category noun after "such as", "like" or "including" ("advertising
    partners such as Meta and Google" -> Meta, Google), in order; [] when there are none."""
    return [e for c in noun.children if c.dep_ == "prep" and c.lower_ in EXAMPLE_PREPOSITIONS
            and (c.lower_ != "as" or any(a.lower_ == "such" for a in c.children) or c.i > 0
                 and c.doc[c.i - 1].lower_ == "such")
            for p in c.children if p.dep_ == "pobj" for e in (p, *p.conjuncts)]


def _named_party(recipient: str | None) -> bool:
    """Whether a recipient is a named party's service, as when data is written or exported to it ("The app writes
    workout data to Apple Health", "Hadge exports your workout data to a private GitHub repository": given to that
    party, GUIDELINES: synchronisation); not us, the user, an unnamed place ("writes log files to disk") or a generic
    party."""
    return recipient not in (None, "user", FIRST_PARTY, THIRD_PARTY)


def _kept_with_a_tool(verb) -> bool:
    """A keeping verb said to be done with a tool we use ("We use Google Analytics to store the user behavior data",
    "Zendesk is used to store your messages"): the tool, not we, keeps the data."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in TOOL_VERBS and (
        _tool_serving(verb) is not None or any(c.dep_ in ("dobj", "obj") for c in head.children))


def _tool_serving(verb):
    """The tool a practice verb says is used to do it, as the GUIDELINES give that practice to the tool alone:
    the subject of a passive "is used" ("Firebase is used to transmit crash reports") or the object of "use … for"
    ("uses the service Crashlytics for collecting the crash log data"); else None."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() == "use" and any(c.dep_ == "auxpass" for c in head.children):
        return next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ == "for" and head.head.lemma_.lower() == "use":
        return next((c for c in head.head.children if c.dep_ in ("dobj", "obj")), None)
    return None


def _subject_token(verb, _seen: frozenset[int] = frozenset()):
    if verb.i in _seen:
        return None  # the parser can make two verbs each other's clause ("ccomp" one way, a head the other)
    seen = _seen | {verb.i}
    # the subject nearest the verb: a run-in label before a colon ("A buyer of our business: … your data would pass to…")
    # is sometimes parsed as a second subject
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "csubj", "expl") and child.i < verb.i]
    if len(subjects) > 1:
        return subjects[-1]
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj", "expl"):
            return child
    for child in verb.children:
        if child.dep_ == "compound" and child.i == verb.i - 1 and child.pos_ in ("NOUN", "PROPN"):
            return child  # "The following service providers process X": the subject parsed as a compound of the verb
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i:
        head = verb.head
        obj = next((c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)
        if obj is not None and head.lemma_.lower() in ("allow", "permit", "let", "enable", "authorize", "authorise",
                                                        "require", "ask", "engage", "use", "help"):
            return obj
        return _subject_token(head, seen)
    if (verb.dep_ == "advcl" and verb.head.i != verb.i and verb.head.lemma_.lower() in ENGAGING_VERBS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        # "We have employed contractors to process your data", "partners (who we have employed to process …)": the
        # parser made the infinitive a purpose of the engaging verb; the party engaged does it
        obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)
        if obj is not None:
            return obj
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        passive_subject = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if passive_subject is not None and verb.tag_ != "VBN" and not any(
                c.dep_ in ("auxpass", "aux") for c in verb.children):
            # "AdMob, whose SDKs are built into the app and collect X": the active conjunct's subject is the one the
            # passive verb before it was said of
            return passive_subject
        return _subject_token(verb.head, seen)
    if verb.dep_ == "acomp" and verb.head.i != verb.i:
        return _subject_token(verb.head, seen)  # "Google may be able to get X": "able" is said of the subject
    for child in verb.children:
        # "the app requests X and, if you use Y, reads Z": parsed with "requests" as a ccomp of "reads"
        if child.dep_ == "ccomp" and child.i < verb.i and any(g.dep_ == "cc" for g in child.children):
            return _subject_token(child, seen)
    if verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBG" and verb.head.i != verb.i:
        return _subject_token(verb.head, seen)
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in ("permission", "consent", "authorization", "authorisation"):
        return None  # "you grant the app permission to access X": the one permitted accesses, not the one granting
    if verb.dep_ in ("acl", "advcl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "partners set cookies to collect X": the infinitive's subject is the enclosing clause's subject
        head = verb.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if head.pos_ in ("VERB", "AUX") and head.i != verb.i:
            return _subject_token(head, seen)
    return None


COPULAS = {"be", "become", "remain", "stay", "get"}  # "your posts are public", "packages you published stay public"
UPLOAD_VERBS = {"upload", "sync", "synchronize", "synchronise"}  # collect verbs whose "to X" names where data goes
REGISTERING_VERBS = {"register", "enrol", "enroll"}  # verbs whose "with X" names the party the data is given to


def _prepositional_objects(prep) -> list:
    """The object of a preposition: its noun, or the noun of the free relative it opens ("with whichever UnifiedPush
    distributor you install" -> distributor)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return objects or [o for c in prep.children if c.dep_ == "pcomp" for o in c.children
                       if o.dep_ in ("dobj", "obj") and any(d.lower_ in ("whichever", "whatever") for d in o.children)]
# What a tool helps us do with data about the visitors ("helps us understand how customers use the App")
HELPED_VERBS = {"understand", "analyze", "analyse", "measure", "learn"}


def _keeps_in_state(verb) -> bool:
    """Whether "keep" says what state someone or something stays in, a clause or participle after a person or a
    pronoun ("keep you signed in", "keep them working", "keep us informed", "keep the site running"), not what is
    kept ("we keep your messages", "logs are kept for 30 days")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubj") and c.i > verb.i]
    states = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.i > verb.i
              and c.tag_ in ("VBN", "VBG")]
    inner = [g for c in states for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i]
    return bool(states) and any(o.pos_ == "PRON" or o.lemma_.lower() in ("site", "website", "service", "app")
                                for o in objects + inner)


COOKIE_PLACING_VERBS = {"store", "save", "put", "place", "set", "drop", "install", "write", "deposit", "leave"}


def _cookie_placing_verb(noun, own_devices: set[str]):
    """The verb that puts the cookie `noun` on the person's device ("store a cookie on your computer", "puts small
    files (known as 'cookies') on to your computer", "cookies are placed on your device"), else None: a verb of placing
    whose object or passive subject is the cookie (or what a bracket names cookies), with a place among the person's
    own devices."""
    token = _first_conjunct(noun)
    while token.dep_ in ("appos", "oprd", "pobj", "prep", "acl") and token.head.i != token.i:
        token = token.head  # "small files (known as cookies)": the files are the cookies
        if token.pos_ in ("NOUN", "PROPN"):
            token = _first_conjunct(token)
        if token.dep_ in ("dobj", "obj", "nsubjpass"):
            break
    verb = token.head
    if token.dep_ not in ("dobj", "obj", "nsubjpass") or verb.lemma_.lower() not in COOKIE_PLACING_VERBS:
        return None
    if verb.lemma_.lower() in ("store", "save") and not _has_subject(verb, FIRST_PERSON):
        return None  # "We allow Google Analytics to store cookies on your device": kept by that party (its `store`)
    if not noun.lower_.startswith("cookie") or token.dep_ == "nsubjpass" and not any(
            c.dep_ == "agent" for c in verb.children):
        return None  # "Persistent cookies are stored on your device for longer periods": how cookies work, no placer
    preps = [c for h in (verb, token) for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "onto", "to", "in")]
    preps += [n for p in preps for n in p.children if n.dep_ == "prep"]  # "on to your computer"
    if any(p.lemma_.lower() in own_devices for c in preps for p in c.children if p.dep_ == "pobj"):
        return verb
    return None


OBTAINING_PURPOSES = {"understand", "measure"}  # "to understand / measure X" with cookies on the line obtains X


def _object_of_understanding(noun, verb) -> bool:
    """Whether `noun` is the direct object of `verb`, a verb of understanding or measuring ("understand usage and
    campaign effectiveness", parsed with "usage" a modifier of "effectiveness"; "measure usage"); not analysing,
    which uses the data ("analyzing your usage of the Website")."""
    item = _first_conjunct(noun)
    if item.dep_ in ("nmod", "compound") and item.head.i > item.i:
        item = _first_conjunct(item.head)
    return (not isinstance(verb, str) and verb.lemma_.lower() in OBTAINING_PURPOSES
            and item.dep_ in ("dobj", "obj") and item.head.i == verb.i)


# Tracking technologies whose purpose "to understand how visitors use the site" is what they obtain
TRACKING_TOOLS = re.compile(r"\b(cookies?|pixels?|pixel tags?|web beacons?|tracking technolog\w*|SDKs?|software "
                            r"development kits?|analytics (services?|providers?|tools?|software))\b", re.I)
# Verbs of answering or reading what the user sent ("respond to any feedback you send us"), a use of it
RESPONDING_VERBS = {"respond": "to", "reply": "to", "look": "at"}


def _responding_verb(noun):
    """The verb answering or reading `noun`, data the user sends ("respond to any feedback you send us", "we'll look
    at any feedback you give us"), else None: the data is used, the user's clause only names it (GUIDELINES: a
    relative clause on the user providing data that is the object of another practice)."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = preposition.head
    return verb if RESPONDING_VERBS.get(verb.lemma_.lower()) == preposition.lower_ else None


def _gets_object(verb) -> bool:
    """A "get" with an object receives it ("we may get information about you from partners", "nobody will get any
    information about you"); it is no copula. Getting someone's permission or consent receives no data."""
    return verb.lemma_.lower() == "get" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() not in (
        "permission", "consent", "approval", "authorization", "authorisation") for c in verb.children)


AVAILABLE = {"public", "available", "accessible", "visible", "viewable", "searchable"}


def _clause_after_parenthesis(root):
    """The root the sentence goes on with when `root` was parsed inside a parenthesis that stands between a subject and
    its verb ("X (the tracks played on …) is kept"), or None."""
    doc = root.doc
    tokens = list(root.subtree)
    closing = tokens[-1]
    if closing.text != ")" or closing.i + 1 >= len(doc) or not any(t.text == "(" and t.i < root.i for t in tokens):
        return None
    following = doc[closing.i + 1]
    if following.pos_ not in ("AUX", "VERB"):
        return None
    resumed = following
    for _ in range(4):
        if resumed.head.i == resumed.i:
            break
        resumed = resumed.head
    return resumed if resumed.head.i == resumed.i and resumed.i != root.i and resumed.pos_ in ("VERB", "AUX") else None


def _available_to_no_one_named(verb, available, recipient) -> bool:
    """Whether "available" or "accessible" says only that the data exists or can be had, with no one it is open to and
    nothing public ("no exposure log … will be available", "your data will no longer be available", "the stored
    versions are not available in readable form"), not a disclosure ("available to others", "publicly available",
    "available … for public consumption")."""
    if (available is None or available.lower_ not in ("available", "accessible") or recipient is not None
            or any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "if", "where", "whenever", "once")
                   for c in verb.children)):
        return False  # "we can provide the following information, when it is available:" is a condition
    return not any(t.lower_ in OPEN_TO_ANYONE or t.dep_ == "agent" for t in verb.subtree)


OPEN_TO_ANYONE = {"public", "publicly", "online", "anyone", "everyone", "others", "internet", "web"}


def _availability(verb):
    """The "public"/"available" complement of a copula ("are public", "becomes accessible to…"), also the "public" of
    a complement noun ("Your basic profile information … is public information", "is a matter of public record"), or
    None."""
    for child in verb.children:
        if child.dep_ in ("acomp", "attr", "oprd") and child.lower_ in AVAILABLE:
            return child
        if child.dep_ == "attr" and child.pos_ == "NOUN":
            public = next((c for c in child.children if c.dep_ == "amod" and c.lower_ == "public"), None)
            if public is not None:
                return public
    return None


def _alias_form(phrase: str) -> str:
    """A noun phrase's words as a name of the policy's own would be written: lower case, joined at hyphens, without
    a leading "the" ("The Department for Education", "Multi - Calculator" as parsed)."""
    return re.sub(r"^the ", "", re.sub(r" ?- ?", "-", phrase.lower()))


def _without_corporate_suffix(name: str) -> str:
    """A company name written as an alias would be, without its legal form ("tallyboard gmbh" -> "tallyboard",
    "acme , inc ." -> "acme")."""
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1].strip(".") in CORPORATE_SUFFIXES:
        words.pop()
    return " ".join(words)


def _viewer_before(pronoun, viewers: set[str], previous: str) -> bool:
    """Whether "they", the subject of a seeing verb, takes up people said to see data just before it, in its sentence
    or the one before ("the person you invite can see your predicted period. They cannot see your symptoms")."""
    before = previous + " " + _doc_text(pronoun.doc)[:pronoun.idx]
    pattern = (r"\b(?:%s)\b(?:\s+[\w'’-]+){0,4}?\s+(?:(?:can|could|may|might|will|would)\s+(?:also\s+|still\s+|only\s+)?)?"
               r"(?:see|sees|view|views|watch|watches|read|reads)\b[^.;!?]*[.;!?,]?\s*(?:but\s+)?$")
    return re.search(pattern % "|".join(sorted(map(re.escape, viewers))), before, re.I) is not None


def _shown_to_others(verb, lex, previous: str = "") -> bool:
    """Data displayed to other people: "X is displayed / shown to other users", "X is shown publicly", "other users
    / your teacher can see X", "guests receive X", "we show your age on your profile" (the service makes it visible to
    them: sharing). `lex.viewers` are the people who can be shown data, `lex.not_viewers` things of the user's that
    "see" nothing ("your browser can see your location"), `lex.public_pages` pages other people visit."""
    viewers, not_viewers = lex.viewers, lex.not_viewers
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if lemma in ("show", "give") and passive and any(c.dep_ in ("dobj", "obj") for c in verb.children):
        # "the Driver will be shown the rider's first name", "the delivery person will be given the delivery
        # address": the viewer as the subject of the passive, the data its object; not the user given something of
        # their own ("each user is given a unique ID")
        viewer = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if viewer is not None and viewer.lemma_.lower() in viewers and (
                lemma == "show" or viewer.lemma_.lower() not in USER_NOUNS):
            return True
    if lemma in ("display", "show"):  # "X is shown to other users", "leaderboards show X to other players"
        # the parser often hangs "to other users" on the object ("show your photo to other users")
        objects = [o for c in verb.children if c.dep_ in ("dobj", "obj") for o in [c, *c.conjuncts]]
        # "we show that person your grades": the viewer as an indirect object (the parser may read it as the subject
        # of the object noun)
        if not passive and any(t.lemma_.lower() in viewers and t.pos_ in ("NOUN", "PROPN") for t in [
                *(c for c in verb.children if c.dep_ == "dative"),
                *(c for o in objects for c in o.children if c.dep_ == "nsubj" and c.i < o.i)]):
            return True
        # ... or on a participle after the object ("We show your age, calculated from …, on your profile")
        for child in [*verb.children, *(c for o in objects for c in o.children if c.dep_ == "prep"),
                      *(c for p in verb.children if p.dep_ == "advcl" and p.tag_ == "VBN" for c in p.children
                        if c.dep_ == "prep" and c.lower_ in ("on", "in"))]:
            if child.lower_ == "publicly" and passive:
                return True
            if child.dep_ in ("prep", "dative") and child.lower_ == "to":
                return any(t.lemma_.lower() in viewers for t in child.subtree)
            if child.dep_ == "prep" and child.lower_ in ("on", "in"):
                for place in (c for c in child.children if c.dep_ == "pobj"):
                    if place.lemma_.lower() in lex.public_pages and verb.tag_ != "VBG":
                        # "We show your age … on your profile": a page other people visit; not a feature named by
                        # a gerund ("features, such as showing a child's username on leaderboards, are …")
                        return True
                    # "shown on a leaderboard that only classmates can see": the place is visible to other people
                    if passive and any(c.dep_ == "relcl" and c.lemma_.lower() in ("see", "view")
                                       and getattr(_subject_token(c), "lemma_", "").lower() in viewers
                                       for c in place.children):
                        return True
        # "the review may be displayed … together with your first name", "your full date of birth is never shown": the
        # person's data shown, to no one named, is shown to whoever sees it (as 您的精确位置不会被展示); not what is shown
        # on the user's own screen or device ("displayed on your screen", "shown in the app"), nor a display named as
        # the occasion of something else ("wherever a profile picture is shown")
        return passive and not any(c.dep_ == "prep" and c.lower_ in ("to", "on", "in", "within", "inside")
                                   or c.dep_ == "advmod" and c.lower_ in ("where", "wherever", "when", "whenever")
                                   for c in verb.children)
    if lemma in lex.placing_verbs and verb.tag_ != "VBG":
        # "We put the name of your business on a public register", "we list your name … on this site": data put on a
        # page other people visit is shown to them; not a feature named by a gerund, nor "put cookies on your computer"
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        subject = _subject_token(verb)
        if verb.dep_ == "acl" or not passive and (subject is None or subject.lower_ in ("you", "users")):
            return False  # "the address listed on the Contact page"; the user's own placing ("do not include X in …")
        objects = [o for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass") for o in [c, *c.conjuncts]]
        # the service listing data on its pages ("we list all donations made to us on this site"), or the person's
        # data listed there ("your name will be listed on the site"), not papers of its own ("the agreements we have
        # signed are listed on our Trust page")
        personal = not passive and subject.lower_ in FIRST_PERSON or any(
            t.lower_ in ("your", "their", "his", "her") for o in objects for t in o.subtree)
        # the parser often hangs the place on the last object ("your name and the amount of the donation on this site")
        for child in [*verb.children, *(c for o in objects for c in o.subtree if c.dep_ == "prep")]:
            if child.dep_ != "prep" or child.lower_ not in ("on", "in", "onto", "into", "to"):
                continue
            for place in (c for c in child.children if c.dep_ == "pobj"):
                place_lemma = place.lemma_.lower()
                if (place_lemma in lex.public_pages
                        or any(c.dep_ == "amod" and c.lower_ == "public" for c in place.children)
                        or lemma in ("list", "post") and place_lemma in lex.site_pages and personal
                        and not any(c.lower_ in ("your", "my") for c in place.children)):
                    return True
        return False
    if lemma in ("see", "view", "watch", "read", "receive"):  # "parents receive the dates of their teen's sessions"
        if passive:  # "whatever you post can be seen by everyone", "your IP address will be seen publicly"
            if any(c.dep_ == "advmod" and c.lower_ == "publicly" for c in verb.children):
                return True
            agent = next((c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "agent"), None)
            # a viewer named by a noun, not a verb's ("by the web servers hosting USDS.gov": the site's host)
            return agent is not None and any(t.lemma_.lower() in viewers and t.pos_ not in ("VERB", "AUX")
                                             for t in agent.subtree)
        subject = _subject_token(verb)  # "your therapist can read X but never sees Y": the subject of the first verb
        head = verb
        while subject is None and head.dep_ in ("xcomp", "acomp") and head.head.i != head.i:
            head = head.head  # "other users will be able to see X"
            subject = _subject_token(head)
        if subject is not None and subject.lower_ == "they" and lemma != "receive":
            return _viewer_before(subject, viewers, previous)  # "… can see X. They cannot see Y"
        if subject is None or subject.lower_ in ("you", "we", "i", "it", "they", "this", "that"):
            return False
        if lemma == "receive" and any(c.dep_ in ("dobj", "obj") and any(d.dep_ == "det" and d.lower_ in ("a", "an")
                                                                        for d in c.children) for c in verb.children):
            return False  # "the user of that line receives a text message notice": a notice sent to them
        if subject.lemma_.lower() in viewers or subject.lower_ in viewers:
            return True  # also a viewer the tagger read as a participle ("the named insured can see …")
        # "your Shopper does not see your last name": another person named by a role the user has ("your driver")
        return subject.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "your" for c in subject.children) and (
            subject.lemma_.lower() not in not_viewers)
    return False


def _sent_to_the_user(token) -> bool:
    """Whether the data phrase is what is sent to the user's own address or phone ("send alerts and one-time passcodes
    by text message to your mobile phone number", "send account emails, such as password resets, to your email")."""
    head = _first_conjunct(token)
    while head.dep_ == "appos" and head.head.i != head.i:
        head = _first_conjunct(head.head)
    if head.dep_ not in ("dobj", "obj") or head.head.lemma_.lower() != "send":
        return False
    for child in head.head.children:
        if child.dep_ in ("prep", "dative") and child.lower_ == "to":
            target = next((g for g in child.children if g.dep_ == "pobj"), None)
            if target is not None and (target.lower_ == "you" or any(
                    c.dep_ == "poss" and c.lower_ in ("your", "their") for c in target.children)):
                return True
    return False


DOCUMENT_NOUNS = LAW_WORDS | {"charter", "policy", "notice", "statement", "guide", "guidance", "code", "standard",
                               "principle", "framework", "agreement", "addendum", "terms"}
TITLED_DOCUMENT_NOUNS = {"charter", "policy", "notice", "statement", "guide", "guidance"}
GENERIC_DATA_NOUNS = {"information", "data"}


def _in_document_title(span) -> bool:
    """The capitalised data term is a word of the title of a document or law it modifies ("use the contact form in the
    Personal Information Charter", "adheres to the Chrome Web Store User Data Policy", "the Personal Data Protection
    Act"): the title names the document, not data of the user."""
    head = span.root
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.i == span.root.i or head.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    if span[0].text[:1].isupper() and head.text[:1].isupper():
        return True
    # "[Read the MHCLG personal information charter](…)": a document named after the generic type in lower case
    return span.root.lemma_.lower() in GENERIC_DATA_NOUNS and head.lemma_.lower() in TITLED_DOCUMENT_NOUNS


def _names_a_service(span, service_nouns: set[str]) -> bool:
    """The data phrase only modifies a service noun (`service_nouns`): "SMS delivery", "call recording providers",
    "SMS and email delivery", "email and text message delivery" (the parser makes the service noun a conjunct of the
    first item); also a section of the policy named by what it covers ("the “Contact Information” section below")."""
    last = span[-1]
    head = _first_conjunct(last)
    service = head.head
    if head.dep_ in ("compound", "nmod") and service.lemma_.lower() in service_nouns and not (
            service.dep_ == "compound" and service.head.lemma_.lower() not in service_nouns):
        return True  # not "location and settings data": the service noun only modifies the data noun
    return any(c.dep_ == "conj" and c.lemma_.lower() in service_nouns
               and all(t.dep_ in ("cc", "compound") for t in last.doc[last.i + 1:c.i])
               and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].pos_ in ("NOUN", "PROPN"))  # "settings data"
               for c in last.children)


def _phrase_head(noun):
    """The noun a data term heads or modifies ("usage" in "usage statistics" -> "statistics")."""
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _label_called_anonymous(span, lex: Lexicon) -> bool:
    """The data phrase is a run-in label at the start of the text whose value opens by calling it anonymous or
    aggregate ("**Analytics Data:** Anonymized data retained for 12 months"; GUIDELINES: anonymised analytics data
    gives no tuple)."""
    text = _doc_text(span.doc)
    if text[:span.start_char].strip(" -*_•#\t"):
        return False
    value = LABEL_VALUE.match(text, span.end_char)
    return value is not None and lex.calls_anonymous(value.group(1))


LABEL_VALUE = re.compile(r"[*_]*\s*:\s*[*_]*\s*([\w-]+)")
AGGREGATE_REPORTS = {"data", "information", "statistic", "statistics", "metric", "metrics", "report", "insight",
                     "insights"}  # what anonymous or aggregate data is called: "aggregate data about site traffic"


def _names_a_technique(span, technique_nouns: set[str]) -> bool:
    """The data phrase is followed by a protective technique (`technique_nouns`) that it names by what it works on:
    "[Google Analytics’ IP address anonymisation](…) feature", "“IP masking”", "IP / UserAgent masking service" (one
    more data word may come between, after a slash)."""
    following = TECHNIQUE_AFTER.match(_doc_text(span.doc), span.end_char)
    return following is not None and following.group(1).lower() in technique_nouns


TECHNIQUE_AFTER = re.compile(r"(?:\s*/\s*[\w-]+)?\s+(\w+)")


def _sites_as_setter(token) -> bool:
    """"the (web)sites you visit" as who sets or places something ("cookies set by the websites you visit", "placed on
    your computer by websites you visit"), not the list of sites visited ("a list of the sites you visit", "track you
    across the websites you visit"); "on the sites you visit" stays, as it is also the time "spent on each website
    you've visited")."""
    head = _first_conjunct(token)
    return (head.lemma_.lower() in ("site", "website") and head.dep_ == "pobj" and head.head.dep_ == "agent"
            and any(c.dep_ == "relcl" and c.lemma_.lower() == "visit" for c in head.children))


def _offered_opt_in(opt) -> bool:
    """"opt in" offered to the user as a choice ("you can opt in to sharing crash reports", "You can opt in or opt out of
    sending us crash reports"), not the condition of a practice ("If you opt in to sharing crash reports with us, we
    will collect …"); the caller asks for a gerund after "to" ("users can opt in to send us crash reports" is the user
    sending them, as "may opt to provide an email address")."""
    first = _first_conjunct(opt)
    return (any(c.lower_ == "in" for c in opt.children) and first.dep_ != "advcl"
            and any(c.dep_ == "aux" and c.lower_ in ("can", "may") for c in first.children))


def _country_as_place(token) -> bool:
    """The user's country named as where a practice happens or where data comes from ("the processing of your
    information in your country", "collect your Personal Data directly from the country where you are based"), what a
    standard holds "regardless of their country of origin or location", or what kind of text it is ("Your country
    specific disclosures"): a jurisdiction, not the user's location as data (GUIDELINES: law background); "we collect
    your country" stays."""
    head = _first_conjunct(token)
    if head.lemma_.lower() != "country":
        return False
    prep = head.head
    if head.dep_ == "pobj" and (prep.lower_ in ("in", "from", "within", "across", "throughout")
                                or prep.lower_ == "of" and prep.head.lower_ == "regardless"):
        return True
    # "country specific" / "country-specific" (parsed either way round)
    return head.head.lower_ == "specific" or any(c.lower_ == "specific" for c in head.children)


def _place_of_verb(token) -> bool:
    """The noun is where a verb puts or shows something ("shown on your profile", "saved in your profile", "add X to
    your profile"), not what it acts on; a source ("information from your profile") is the profile data."""
    head = _first_conjunct(token)
    prep = head.head
    return (head.dep_ == "pobj" and prep.lower_ in ("on", "in", "to", "into", "onto")
            and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX"))


def _camera_as_device(token) -> bool:
    """A bare "camera" that names a device rather than the camera data or permission: counted or plural ("each
    camera", "your cameras"), the agent of a practice ("captured by your camera", "the camera records"), a
    modifier or owner ("camera names", "the camera's settings"), or a place ("on the camera", "sent to the camera",
    but "access to your camera" is the permission). Coordinated with the microphone it is the sensor whose data or
    access is meant, like the microphone ("any camera or microphone", "microphone or camera input", "Camera and
    microphone access")."""
    item = token.head if token.dep_ == "compound" else token
    if any(t.lemma_.lower() == "microphone" for c in item.conjuncts for t in c.subtree):
        return False
    if token.lower_ == "cameras" or token.dep_ in ("compound", "poss"):
        return True
    if any(c.dep_ == "det" and c.lower_ in ("each", "every", "any", "another", "a", "an", "which")
           for c in token.children):
        return True
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
        return True
    if token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() == "leave":
        return True  # the place left: "the rest of the audio never leaves the camera"
    if token.dep_ != "pobj":
        return False
    prep = token.head.lower_
    if prep == "to":
        return token.head.head.lemma_.lower() not in ("access", "permission")
    return prep in ("by", "on", "inside", "over", "into", "from")


def _signs_in_with(token) -> bool:
    """`token` (or the list item it is conjoined to) is what one signs in with or connects: the object of "with",
    "using", "via", "through", or of "connect" / "link"."""
    token = _first_conjunct(token)
    if token.dep_ == "pobj":  # but "associated with your Google Account" is where data is kept
        return (token.head.lower_ in ("with", "via", "through")
                and token.head.head.lemma_.lower() not in ASSOCIATE_VERBS)
    return token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in ("use", "connect", "link")


def _makes_available(verb):
    """The "available"/"public" complement of "make", or None."""
    for token in verb.subtree:
        if token.lower_ in ("available", "public", "accessible", "visible") and token.i > verb.i:
            return token
    return None


def _has_subject(verb, words: set[str]) -> bool:
    subject = _subject_token(verb)
    return subject is not None and subject.lower_ in words


def _users_own_use(noun) -> bool:
    """Whether the nominal "use" is the user's own use of the service ("your use of the services"), no practice."""
    return noun.lemma_.lower() == "use" and any(c.dep_ == "poss" and c.lower_ == "your" for c in noun.children)


def _own_object(verb, span, strict: bool = False) -> bool:
    """A conjoined verb with its own object ("collect X and send you Y"), also one of its "to" infinitive after X
    ("is given X and may be required to upload a photograph"), does not govern X."""
    if span is None and not strict:
        return False
    infinitives = [x for x in verb.children if x.dep_ == "xcomp" and span is not None and x.i >= span.end
                   and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)]
    for child in [*verb.children, *(c for x in infinitives for c in x.children)]:
        if child.dep_ in ("dobj", "obj") and (span is None or not (span.start <= child.i < span.end)):
            return True
    return False


def _in_condition_clause(verb) -> bool:
    """Whether a verb heads a condition clause ("When you create an account, we collect:") or is inside one (a
    participle there, "When you sign in using your organisation's identity provider, we collect:", "If you're a
    candidate using Apply for teacher training, we may collect:", tells the user's circumstances, no practice of ours)."""
    token = verb
    while True:
        if token.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in CONDITION_MARKS
                                         for c in token.children):
            return True
        if token.head.i == token.i:
            return False
        token = token.head
