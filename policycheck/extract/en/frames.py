"""The frame a governing verb gives its data.

`FrameRules._frames` and `_frame_for_verb`: action, actor, recipient and denial of a verb; data kept locally,
moved to a place or party (`_crossing`, `_moved_to`), entrusted to a host, handled by a processor or collected by
a tool, and bare "information" frames.
"""

from __future__ import annotations

from dataclasses import replace

from ...records import FIRST_PARTY, THIRD_PARTY
from ..base import Frame, unique_frames
from ..lexicon import any_match
from .clauses import (_clause_verb, _first_conjunct, _given_subject, _has_infinitive_marker, _has_subject,
    _named_examples, _participle_phrase_read_as_conjunct, _passive_after_clause, _phrasal_verb, _prepositional_objects,
    _relative_read_as_conjunct, _subject_token, _verb_candidates, _verb_list_read_as_complement,
    practice_of_bare_complement)
from .negation import _conjunct_negated, _negation, _object_negated
from .negation import _denied_by_relative_clause, _required_by_denial
from .parties import (_CROSSING, GROUP_NOUNS, NOT_TO_US, REACHABLE, RESPONDING_VERBS, THIRD_PARTY_MODIFIER,
    TOOL_VERBS, _access_holder, _availability, _available_to_no_one_named, _crosses_to_us, _directly, _gets_object,
    _kept_with_a_tool, _makes_available, _named_party, _not_to_us, _on_our_behalf, _open_only_to_own_people,
    _open_to_own_moderators, _outside_parties_in_general, _own_object, _own_passive_subject, _own_team_access,
    _passed_on,
    _practice_of_a_class_of_parties, _reached_by_browser, _sent_nowhere, _shown_to_others, _signs_up_with, _tells_us,
    _told_party, _to_an_api, _tool_of_nominal_practice, _users_own_destination, _address_sent_to)
from .words import USER_NOUNS
from .purposes import _how_to_clause, _names_a_purpose, _needed_for_a_purpose, _trust_in_providing
from .retention import UNDELETED_VERBS, _kept_on_own_device, _kept_undeleted, _retention_period
from .topics import DEMONSTRATIVE_SUBJECTS, _unlawful_practice, _what_a_law_does
from .words import (ACCESS_VERBS, BARE_DATA_NOUNS, COPULAS, CROSSING_VERBS, FIRST_PERSON, NOMINAL_PRACTICES,
    OUTSIDE_VIEWING_VERBS, POSSIBILITY_MODALS, RETURNING_VERBS, SECOND_PERSON, SEEING_VERBS, SENDING_NOMINALS,
    SOFTWARE_SUBJECTS,
    TOOL_USE_VERBS, WANTING_VERBS, WRITING_VERBS)


# software of the service's own, besides `SOFTWARE_SUBJECTS`, that sends data to it ("sent by the .NET SDK installer")
SENDING_SOFTWARE = {"installer", "sdk", "plugin", "add-on", "addon", "agent", "updater", "launcher", "cli"}
# the commands of a command-line tool that send its telemetry ("Certain commands send additional data", "A subset of
# commands sends the first argument:"), our software as the tool is; a partitive subject stands for what it counts
SENDING_COMMANDS = {"command", "subcommand"}
PARTITIVES = {"subset", "number", "some", "few", "many", "most", "all", "part"}


def _counted(noun):
    """What a partitive noun counts ("a subset of commands" -> commands), else the noun itself."""
    if noun.lemma_.lower() in PARTITIVES:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        counted = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if counted is not None:
            return counted
    return noun


def _in_purpose_infinitive(verb) -> bool:
    """Whether `verb` is an infinitive of purpose, or a verb coordinated with or governed by one, hung on another
    clause ("… to enable us to issue securities, make payments and provide required reports"), not the sentence's own
    predicate."""
    chain = verb
    while chain.dep_ in ("conj", "xcomp", "advcl", "acl") and chain.head.i != chain.i:
        if chain.dep_ in ("advcl", "acl") and _has_infinitive_marker(chain):
            return True
        chain = chain.head
    return False


# participles that name the company running a place as their agent ("a database hosted by MongoDB Atlas"), or the
# platform it runs on ("the product database deployed on Azure")
HOSTING_PARTICIPLES = {"host", "operate", "run", "manage", "provide", "deploy"}


def _practice_served_by_means(head):
    """The verb whose subject does a nominal practice hung on `head`: `head` itself, or, when `head` is a means phrase
    in the -ing form with no subject of its own, the practice it serves ("We and/or third parties may collect
    information using cookies, … and location data collection (clickstream, log files)": the data collection is done
    by whoever collects, as the trackers listed beside it are used by them)."""
    if head.pos_ != "VERB" or head.tag_ != "VBG" or head.dep_ not in ("acl", "advcl") or _subject_token(head):
        return head
    practice = _clause_verb(head)
    return practice if practice is not None and practice.i != head.i else head


def _served_practice_of_nominal(token):
    """The practice verb a nominal practice serves as a means (`_practice_served_by_means`), else None."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in NOMINAL_PRACTICES:
        return None
    head = _clause_verb(token)
    if head is None:
        return None
    practice = _practice_served_by_means(head)
    return practice if practice.i != head.i else None


def _participle_after_comma(clause, verb) -> bool:
    """Whether `clause` is a bare past participle that the parser hung, after a comma, on the passive `verb` as an
    adverbial clause ("X is captured by the remote, sent to BrightView and forwarded to …")."""
    return (clause.dep_ == "advcl" and clause.tag_ == "VBN" and clause.i > verb.i + 1
            and clause.doc[clause.i - 1].text == ",")


def _hosting_agents(place) -> list[list]:
    """The words of each agent of a hosting participle on `place` ("our database hosted by MongoDB Atlas" → [MongoDB
    Atlas]), or of the platform after its "on" ("the product database deployed on Azure" → [Azure]); [] when none."""
    return [list(p.subtree) for acl in place.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
            and acl.lemma_.lower() in HOSTING_PARTICIPLES
            for agent in acl.children if agent.dep_ == "agent" or agent.dep_ == "prep" and agent.lower_ == "on"
            for p in agent.children if p.dep_ == "pobj"]


# places data is kept that a hosting company may run: "on AWS servers", "in the Frankfurt region of AWS"
# the providers whose servers a possessive names ("the hoster's servers", "our hosting provider's servers")
HOSTING_PROVIDERS = {"hoster", "host", "provider", "vendor", "processor", "subprocessor"}
HOST_PLACES = {"server", "datacenter", "datacentre", "center", "centre", "region", "infrastructure", "cloud"}

# Verbs whose subject, a party other than us or the user, is a recipient of the data we pass on ("Sentry receives
# crash reports", "vendors may access your information"; GUIDELINES: Actors and recipients), unless it takes the data
# from elsewhere or straight from the user. Not "get": "Google may be able to get your IP address" from the browser.
RECEIVING_VERBS = {"receive", "access"}
# Verbs that give the party they name access to the data ("are granted access to", "we give partners access to").
GRANTING_VERBS = {"grant", "give"}

# common nouns of outside parties that a receiving participle describes ("the entities receiving personal data")
RECEIVING_PARTY_NOUNS = {"entity", "organisation", "organization", "recipient", "party", "user", "member", "body",
                         "agency", "company", "institution", "authority"}

# The verbs of a processor's handling of the data it is given: with another party as subject or agent, our sharing.
PROCESSING_VERBS = {"process", "handle"}
# adverbs by which a party is said to handle data alone ("handled entirely by Apple or Google"): its own use
SOLE_HANDLING_ADVERBS = {"entirely", "exclusively", "solely", "wholly", "completely"}
PROCESSOR_NOUNS = {"processor", "subprocessor", "provider", "vendor", "service", "partner", "company", "contractor",
                   "supplier"}  # generic parties that process for us: "our service providers", "payment partners"


def _processors_we_use(verb) -> bool:
    """Whether `verb` is "use" in a relative clause on generic processors, or the practice they are used for ("personal
    data subprocessors we use", "the service providers we use to process your data"): a processor we pass data to."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "use":
        verb = verb.head
    return (verb.lemma_.lower() == "use" and verb.dep_ == "relcl" and verb.head.lemma_.lower() in PROCESSOR_NOUNS
            and verb.head.lemma_.lower() not in ("service", "company", "partner")
            and any(c.dep_ == "nsubj" and c.lower_ == "we" for c in verb.children))


ENTRY_PLACES = {"form", "page", "field", "window", "screen", "checkout", "widget", "portal", "site", "website", "iframe",
                "frame", "interface"}  # where a user enters data: "into a payment form hosted by Stripe"

# verbs by which the user hands data over to someone named as its receiver ("you submit X to Stripe")
HANDING_VERBS = {"provide", "give", "submit", "send", "transmit", "supply", "disclose"}
# what the user does through the service that passes data on to people or parties other than us, named as a category
USER_SHARING_VERBS = {"share", "send", "transmit", "forward"}
# verbs by which the user puts data before the public: "share … publicly", "post … publicly", "make … public"
PUBLIC_SHARING_VERBS = {"share", "post", "publish", "display", "show"}

# verbs of passing data on to others, which a verb of giving listed with them shares ("disclose, give, sell, or
# transfer")
PASSING_ON_VERBS = {"sell", "rent", "transfer", "trade", "lease", "disclose"}

UPLOAD_VERBS = {"upload", "submit", "sync", "synchronize", "synchronise"}  # verbs whose "to X" names where data goes
REGISTERING_VERBS = {"register", "enrol", "enroll"}  # verbs whose "with X" names the party the data is given to


PAGE_NOUNS = {"page", "site", "website", "webpage", "web-site"}  # "We use Google Analytics on our web pages"


def _payments_as_acts(verb) -> bool:
    """Whether what the processing `verb` handles is payments, the acts of paying ("handling credit card payments",
    "Card payments are processed by Stripe"), not data about them ("payment details", "payment information")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return bool(objects) and all(o.lemma_.lower() == "payment" and o.tag_ == "NNS" and not _users_card_payments(o)
                                 for o in objects)


def _users_card_payments(payments) -> bool:
    """Whether "payments" are the user's own card payments ("Stripe, which processes your card payments"): the card
    named in other words, data handed to the processor (GUIDELINES: a function that names the card), unlike card
    payments in general ("handling credit card payments")."""
    return any(c.dep_ == "poss" and c.lower_ == "your" for c in payments.children) and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() == "card" for c in payments.children)


def _tools_used_on_object(verb) -> list:
    """The tool named by a "using" the parser hangs on the collecting verb's object ("We collect usage statistics
    using Mixpanel"): the collection is done through it as through "via Mixpanel"."""
    return [o for obj in verb.children if obj.dep_ in ("dobj", "obj") for c in obj.children
            if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() == "use"
            for o in c.children if o.dep_ in ("dobj", "obj")]


def _storing_tools(verb) -> list:
    """The product a storing verb says the data is kept with or by means of ("Your data is stored securely using
    Firebase Firestore", "stored with Supabase"): a named host whose service keeps our data (GUIDELINES: processors,
    data stored on a named host's servers)."""
    tools = [o for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() == "use"
             for o in c.children if o.dep_ in ("dobj", "obj")]
    tools += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
              if p.dep_ == "pobj"]
    return [t for first in tools for t in (first, *first.conjuncts)
            if not any(c.dep_ in ("det", "poss") for c in t.children) or t.lemma_.lower() in PROCESSOR_NOUNS]


# people other than the user ("other users", "that user", "another member", "everyone")
OTHER_PEOPLE_NOUNS = {"user", "member", "participant", "people", "person", "player", "visitor"}
OTHER_PEOPLE_WORDS = {"everyone", "everybody", "anyone", "anybody", "others"}


def _other_people_subject(verb) -> bool:
    """Whether the subject of `verb` is people other than the user: "Other users", "that user", "another member",
    "everyone"."""
    subject = _subject_token(verb)
    if subject is None:
        return False
    if subject.lower_ in OTHER_PEOPLE_WORDS:
        return True
    return subject.lemma_.lower() in OTHER_PEOPLE_NOUNS and any(
        c.dep_ in ("det", "amod") and c.lower_ in ("other", "another", "that", "those") for c in subject.children)


# verbs by which a person or party gives data, to us when no one else is named (`_given_by_another_person`)
GIVING_VERBS = {"provide", "enter", "submit", "supply", "give", "input"}


# demonstratives standing alone for plural data named before them ("gathers usage statistics and sends those to …")
PLURAL_DEMONSTRATIVE_PRONOUNS = {"those", "these"}
# the object pronouns a coordinated disclosing verb takes the data back by
TAKEN_BACK_BY_PRONOUN = {"it", "them"} | PLURAL_DEMONSTRATIVE_PRONOUNS


def _takes_the_data_back(verb, span, lex) -> bool:
    """Whether a later coordinated disclosing `verb` takes the data of `span`, the object of the verb it is coordinated
    with, back by a pronoun object of the same number ("we collect your email address and share it with our
    partners", "collected the categories of personal information and disclosed them to the recipients shown", "gathers
    usage events statistics and sends those to Firebase Analytics"): the
    pronoun is the data, so the disclosure is of it too. Not a clause with a subject of its own other than the first
    verb's ("… and they use it"), nor a pronoun that could stand for a nearer noun."""
    if span is None or verb.i < span.end or lex.verbs.get(verb.lemma_.lower()) != "share" or verb.dep_ != "conj":
        return False
    first = verb.head
    data = next((c for c in first.children if c.dep_ in ("dobj", "obj") and span.root.i in {t.i for t in c.subtree}),
                None)  # the object phrase holding the data ("the categories of personal information")
    if data is None:
        return False
    subject, first_subject = _subject_token(verb), _subject_token(first)
    if subject is not None and (first_subject is None or subject.lower_ != first_subject.lower_):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if len(objects) != 1 or objects[0].lower_ not in TAKEN_BACK_BY_PRONOUN or (
            objects[0].lower_ in PLURAL_DEMONSTRATIVE_PRONOUNS and objects[0].pos_ != "PRON"):
        return False
    plural = data.tag_ in ("NNS", "NNPS") or any(c.dep_ == "cc" and c.lower_ == "and" for t in data.conjuncts
                                                 for c in (*data.children, *t.children))
    if (objects[0].lower_ != "it") != plural:
        return False
    # no other object or subject between the data and the pronoun that the pronoun could stand for ("from the
    # sources shown, for the purposes shown" are no such argument)
    return not any(t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "obj", "nsubj", "nsubjpass", "conj")
                   for t in verb.doc[data.right_edge.i + 1:objects[0].i])


# software of another party that a collection goes through ("through third party products")
OUTSIDE_SOFTWARE_NOUNS = {"product", "service", "tool", "sdk", "software", "library", "plugin", "technology"}


def _outside_software(tool) -> bool:
    """Whether `tool` is software that the words before it call a third party's ("third party products", "third-party
    services employed by CodeCombat"): a collection through it is that party's too, unlike one "through third
    parties", which names where the data comes from."""
    return tool.lemma_.lower() in OUTSIDE_SOFTWARE_NOUNS and THIRD_PARTY_MODIFIER.search(" ".join(
        t.lower_ for t in tool.doc[tool.left_edge.i:tool.i])) is not None  # also "via 3rd party analytic tools"


# kinds of software or service a policy says it uses to handle data ("a customer service management system")
USED_SYSTEM_NOUNS = {"system", "software", "platform", "tool"}


# verbs by which we bind or entrust a party to do something ("require them to process", "entrust providers to handle")
ENTRUSTING_VERBS = {"require", "oblige", "obligate", "instruct", "entrust", "trust", "engage", "contract", "authorise",
                    "authorize", "commission", "hire", "appoint", "bind", "permit", "allow"}
# verbs by which a party performs a nominal processing ("carry out the processing of personal data")
PERFORMING_VERBS = {"carry", "perform", "undertake", "conduct"}
ENTRUSTED_PARTY_NOUNS = PROCESSOR_NOUNS | {"party", "subprocessor", "sub-processor", "recipient", "entity",
                                           "organisation", "organization"}


def _processing_required_of(verb) -> bool | None:
    """Whether the processing infinitive `verb` is what a verb of binding or entrusting asks of its object, a party
    named by a pronoun or a generic noun ("require them to process", "entrust cloud service providers to process"):
    None if not, else whether that party is a pronoun (whose antecedent may name it)."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    binder = verb.head
    if binder.lemma_.lower() not in ENTRUSTING_VERBS:
        return None
    party = next((c for c in binder.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)
    if party is None:
        return None
    if party.lower_ in ("that", "which", "who", "whom") and binder.dep_ == "relcl":
        party = binder.head  # "processors that we trust to carry out the processing …": the antecedent
    if party.lower_ in ("them", "it"):
        return True
    return False if party.lemma_.lower() in ENTRUSTED_PARTY_NOUNS else None


def _unnamed_system_used_to(verb) -> bool:
    """Whether `verb` is the infinitive after "use" whose object is a system named only by its kind, with an
    indefinite article or none ("We use a customer service management system to process …", "We may use customer
    service management systems to process …"); not our own ("our system") nor a definite one ("the system")."""
    if verb.dep_ not in ("xcomp", "advcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    user = verb.head
    if user.lemma_.lower() != "use":
        return False
    system = next((c for c in user.children if c.dep_ in ("dobj", "obj")), None)
    return (system is not None and system.lemma_.lower() in USED_SYSTEM_NOUNS
            and any(c.dep_ in ("compound", "amod") for c in system.children)
            and all(c.lower_ in ("a", "an") for c in system.children if c.dep_ in ("det", "poss")))


def _own_copular_subject(verb, span) -> bool:
    """Whether the denied copula `verb` has a subject of its own outside `span` ("Your e-mail address is not visible
    to other users, but others will see your username": the username is not what is not visible; an affirmed one may
    still carry the data: "the details … will be visible to other users and the change will be associated with your
    username")."""
    if span is None or verb.lemma_.lower() != "be" or _negation(verb) is None:
        return False
    return any(c.dep_ == "nsubj" and not span.start <= c.i < span.end and c.pos_ in ("NOUN", "PROPN")
               for c in verb.children)


# the things of another maker a collection may go through ("an application form in Workable")
CHANNEL_NOUNS = {"form", "widget", "page", "portal", "functionality", "feature", "plugin", "integration"}


def _the_before_a_name(determiner, tool) -> bool:
    """Whether `determiner` is a bare "the" before a proper name ("using the Google Analytics Measurement Protocol",
    "through the Stripe API"): the name is the tool's, not a channel of ours ("our Facebook pages") or a kind
    ("an authentication service")."""
    return determiner.lower_ == "the" and tool.pos_ == "PROPN"


def _names_after_channel_colon(verbs) -> list:
    """The names listed after a colon that ends a "through" / "via" phrase naming a class of parties ("you will send
    payment through one of our third-party payment providers: Stripe or PayPal"): the listed parties are the channel
    (each list's first name; its conjuncts follow in `_tools_collecting`)."""
    names = []
    for verb in verbs:
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("through", "via") or prep.right_edge.i + 2 >= len(verb.doc):
                continue
            colon = verb.doc[prep.right_edge.i + 1]
            first = verb.doc[prep.right_edge.i + 2]
            if colon.text == ":" and first.pos_ == "PROPN":
                while first.dep_ == "compound" and first.head.i > first.i:
                    first = first.head  # "Google Pay": the name's head
                names.append(first)
    return names


class FrameRules:
    """The frame a governing verb gives its data: `_frames`, `_frame_for_verb`, and where the data goes
    (kept locally, moved to a place or a party, entrusted to a host, handled by a processor or a tool)."""

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
            if argument is None and verb.dep_ == "relcl" and getattr(
                    practice_of_bare_complement(verb.head.head, self._is_action), "i", None) == verb.i:
                argument = verb.head  # "This is information we automatically collect and store": the antecedent
            if argument is None or argument.i in self._inside_terms:
                continue
            qualifiers = argument.doc[argument.left_edge.i:argument.i].text
            demonstrative = any(c.dep_ in ("det", "predet") and c.lower_ in DEMONSTRATIVE_SUBJECTS
                                for c in argument.children)
            anonymous = self.lex.calls_anonymous(qualifiers, in_compounds=True)  # also "non-aggregate information"
            # with a detailing sentence after it, any noun that names no data type is such a carrier ("All observations
            # submitted … will be stored permanently. This includes … GPS coordinates, and images")
            carrier = argument.lemma_.lower() in BARE_DATA_NOUNS or (
                self._details_follow and argument.pos_ == "NOUN")
            if (carrier and argument.lemma_.lower() not in BARE_DATA_NOUNS and _in_purpose_infinitive(verb)):
                # "we will ask for personal information to enable us to … provide required reports to the IRS. This
                # information may include:": the reports of a purpose carry none of the details
                carrier = False
            bare = carrier and not demonstrative and not anonymous and not self._tool_used(verb, argument)
            if not (bare or frames and argument.lower_ in ("it", "them")):
                continue
            if (any(start <= verb.idx < end for start, end in refusal) or _how_to_clause(verb)
                    or _names_a_purpose(verb) or _outside_parties_in_general(verb) or _what_a_law_does(verb)
                    or _practice_of_a_class_of_parties(verb) or self._talked_about_or_guarded(argument, verb)):
                continue
            frames.extend(f for f in self._frames(verb, None, default_actor, purposes, condition) or []
                          if f.verb == verb.lemma_.lower())
        return unique_frames(frames)

    def _tool_used(self, verb, argument) -> bool:
        """Whether `argument` of a using verb names a tool or party, not information ("We use Google Analytics
        software to collect information … This includes IP addresses": the software is what we use, the details are
        of what it collects)."""
        return verb.lemma_.lower() in TOOL_USE_VERBS and self._other_party(argument) is not None

    def _frames(self, verb, span, default_actor: str, purposes: list[str], condition: str | None) -> list[Frame] | None:
        verbs = [verb] + [c for c in verb.conjuncts if (self._is_action(c) or self._mistagged_verb(c, verb))
                          and (not _own_object(c, span) or _takes_the_data_back(c, span, self.lex)
                               or _crosses_to_us(self._devices(), c)
                               and not any(t.dep_ == "nsubj" for t in c.children))
                          and not _own_passive_subject(c, span) and not _own_copular_subject(c, span)
                          # "disclose personal information that we collect or you provide": the second verb of a
                          # relative clause on the object, hung on the main verb, only names the data with it
                          and not _relative_read_as_conjunct(c, verb)
                          # "along with the slot you chose and the work requested": a noun and its participle
                          and not _participle_phrase_read_as_conjunct(c)
                          # the clause the parser hung a passive of the main verb on is no coordinated practice
                          and not (c.dep_ == "advcl" and _passive_after_clause(c.head) is verb)]
        if _verb_list_read_as_complement(verb):
            # "X is stored only on your device, is not synced … and is never sent to us": the later predicates of X
            verbs += [c for c in (verb.head, *verb.head.conjuncts) if self._is_action(c) and not any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        if any(g.dep_ == "auxpass" for g in verb.children):
            # "X are never used to choose offers and are never shared with affiliates": the parser hangs the
            # coordinated passive predicate of X on the infinitive; with its own passive auxiliary and no subject
            # it is X's
            verbs += [c for x in verb.children if x.dep_ == "xcomp" for c in x.conjuncts
                      if c.i > x.i and self._is_action(c) and any(g.dep_ == "auxpass" for g in c.children)
                      and not any(g.dep_ in ("nsubj", "nsubjpass", "csubj") for g in c.children)]
            # "Your data is never used for advertising, profiling, or sold to third parties": the parser hangs the
            # last participle of the coordination on the last noun of the verb's prepositional phrase; a past
            # participle there with no subject of its own and a dependant after it is a further predicate of X
            verbs += [c for p in verb.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj"
                      for c in n.conjuncts if c.i > n.i and c.pos_ == "VERB" and c.tag_ in ("VBN", "VBD")
                      and self._is_action(c) and any(g.dep_ in ("prep", "dative", "agent") for g in c.children)
                      and not any(g.dep_ in ("nsubj", "nsubjpass", "csubj", "mark", "aux", "auxpass")
                                  for g in c.children)]
            # "Your voice command is captured by the remote, sent to BrightView and forwarded to …": the parser hangs
            # the later participles of a passive list, after a comma, on the first as an adverbial clause; bare past
            # participles with no subject, marker or auxiliary of their own are further predicates of its subject
            verbs += [c for x in verb.children if _participle_after_comma(x, verb)
                      for c in (x, *x.conjuncts) if c.i >= x.i and c.tag_ == "VBN" and self._is_action(c)
                      and not any(g.dep_ in ("nsubj", "nsubjpass", "csubj", "mark", "aux", "auxpass")
                                  for g in c.children)]
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
        chain = [verb]  # the verb and the conjuncts it hangs on, up to the first
        while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
            chain.append(chain[-1].head)
        if any(c.dep_ == "advmod" and c.lower_ == "how" for t in chain for c in t.children) or (
                first.dep_ != "ROOT" and first.doc[first.left_edge.i].lower_ == "how"):
            # "explains how we collect, use and share your data", "affects how voice recordings are handled" (the
            # parser may hang "how" on the subject): a description, not a practice; also a "how" clause the parser
            # coordinated with a noun or another clause ("does not cover Local Authorities and how they use your
            # data", "If you're unhappy with any privacy notice aspect, or how we process your information")
            return None
        if _trust_in_providing(verb):
            return None
        negated = self._negated(verb, span)
        refused = negated is False and self._permission_denied(verb)
        if refused:
            negated = True  # "the app does not have permission to use location services"
        if (negated is False and span is not None and _object_negated(span.root, self.lex.object_exclusions)
                and not ((denial := _negation(verb)) is not None and _required_by_denial(span.root, verb, denial))):
            # "it receives usage data, but never your account numbers", "… without your name"; not what a denied step
            # cannot go without ("An account cannot be created without a valid e-mail address": required)
            negated = True
        if negated is False and span is not None and _denied_by_relative_clause(span.root):
            negated = True  # "through your credentials, which the Service never has access to"
        if negated is None or self._inability(verb) and not _kept_undeleted(verb):
            return None  # a limit of scope ("we do not collect more than…") or a consequence of refusal
        if negated and self._denies_combination(verb):
            return None  # "we do not log IP addresses together with wallet addresses": only the link is denied
        frames: list[Frame] = []
        for item in verbs:
            who = self._actor(item, default_actor)
            frame = self._frame_for_verb(item, span, default_actor, _conjunct_negated(verb, item, negated), who)
            if frame is not None and frame.action == "store" and self._kept_in_cookies(item, span):
                # "We use cookies to store your SteamID", "your session ID is stored in the cookie", "We'll store a
                # cookie": a cookie carrying the data is the use of both, kept in the browser, not stored by us
                # (GUIDELINES: a cookie carrying the login name or user ID is its `use`, not `store`)
                frame = replace(frame, action="use")
            if frame is not None:
                frame.pronoun_subject = (frame.actor == default_actor and who[0] == "pronoun"
                                         and not frame.pronoun_recipient)  # "They process X on our instructions"
                frame.agentless = who[0] == "none" and (item.tag_ == "VBN" or any(
                    c.dep_ == "auxpass" for c in item.children))
                frame.back_reference = self._back_reference(item, frame, default_actor)
                frame.purposes = purposes
                frame.condition = condition
                frame.verb = item.lemma_.lower()
                if frame.action == "share" and frame.recipient == THIRD_PARTY and frame.recipient_text is None:
                    frame.recipient_text = self._recipient_words(item)
                owners = self._named_tracker_owners(span, frame)
                if not (owners and frame.actor == FIRST_PARTY and self._trackers_all_owned(span)):
                    frames.append(frame)
                # else "Our website uses the Meta Pixel and the Google tag", "We use the visitor action pixels from
                # Facebook Inc": trackers named as another party's own are used by their owners, not by us (GUIDELINES:
                # cookies, the analytics service when the line makes them its own)
                frames.extend(self._coordinated_actors(_served_practice_of_nominal(item) or item, frame))
                frames.extend(_shown_to_the_public(item, frame, who))
                frames.extend(_posted_to_a_ranking_board(item, frame, self.lex.ranking_boards))
                frames.extend(self._our_denied_tool_use(item, frame))
                frames.extend(self._coordinated_recipients(item, frame))
                frames.extend(self._outsiders_beside_us(item, frame))
                frames.extend(self._us_beside_outsiders(item, frame))
                frames.extend(self._hosts_entrusted(item, frame))
                frames.extend(self._tools_collecting(item, frame))
                frames.extend(self._cookie_owners(span, frame))
                frames.extend(owners)
                self._means_of_the_doer(span, frame, who)
        if refused or self._permitted_access(verb, span):
            # having no permission to use or access data denies its access: not_collect; asking for it, or using the
            # camera or microphone, obtains the data: collect (GUIDELINES: requesting a permission is `collect`)
            frames = [replace(f, action="collect") if f.action == "use" else f for f in frames]
        return unique_frames(frames) if frames else None

    @staticmethod
    def _is_cookie(token) -> bool:
        """Whether `token` heads a noun phrase naming cookies ("cookies", "the cookie"); not a modifier of another
        noun ("Cookie data will be retained": the data)."""
        return token.pos_ in ("NOUN", "PROPN") and token.lower_.startswith("cookie") and token.dep_ != "compound"

    def _kept_in_cookies(self, verb, span) -> bool:
        """Whether the storing `verb` keeps its data in cookies: the data is the cookie ("We'll store a cookie"), the
        cookie is the verb's subject ("The cookie stores your user ID") or where it keeps the data ("stored in a
        cookie"), or the verb is the purpose of using cookies ("We use cookies to store your SteamID",
        "Cookies are used … in order to store your user identification", "These cookies are used to store
        preferences")."""
        if span is not None and self._is_cookie(_first_conjunct(span.root)):
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") and self._is_cookie(c) for c in verb.children) or any(
                c.dep_ == "prep" and c.lower_ in ("in", "within", "inside")
                and any(p.dep_ == "pobj" and self._is_cookie(p) for p in c.children) for c in verb.children):
            return True
        head = verb.head
        if verb.dep_ == "acl" and head.lower_ == "order" and head.dep_ == "pobj":
            head = head.head.head  # "in order to store …" on the using verb
        elif verb.dep_ not in ("xcomp", "advcl"):
            return False
        return head.lemma_.lower() in ("use", "utilize", "utilise", "employ", "set", "place") and any(
            c.dep_ in ("dobj", "obj", "nsubjpass") and self._is_cookie(c) for c in head.children)

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

    def _access_grantee(self, verb) -> str | None:
        """The party other than us and the user that "grant / give … access to" the data names as the one given access:
        the subject of the passive ("recipients … will be granted access to X", "authors … that are granted access to
        Your Content") or the indirect object of the active ("we grant our partners access to X"); else None."""
        if not any(c.dep_ in ("dobj", "obj") and c.lower_ == "access"
                   and any(p.lower_ == "to" and p.dep_ == "prep" for p in c.children) for c in verb.children):
            return None
        if any(c.dep_ == "auxpass" for c in verb.children):
            given = self._given_party(verb)
            subject = _given_subject(verb)
            if given is None and subject is not None and subject.lemma_.lower() in self.lex.viewers and not any(
                    c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in subject.children):
                given = THIRD_PARTY  # "Only the recipients you've selected will be granted access to …": other people
        else:
            dative = next((c for c in verb.children if c.dep_ == "dative"), None)
            if dative is None or dative.lower_ in FIRST_PERSON | SECOND_PERSON or dative.pos_ == "PRON":
                return None
            party = self._other_party(dative)
            given = party[0] if party is not None else None
        return given if given not in (None, FIRST_PARTY, "user") else None

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

    def _given_by_another_person(self, verb, span, subject_kind: str) -> bool:
        """Whether someone other than the user and us gives the data of `span` by `verb` with no one else named to
        receive it, so that it comes to us: a person or party as the subject of "provide", "enter", "submit",
        "supply" or "give" with the data as its object ("Contractors provide the name and telephone number of an
        emergency contact", "your host enters your full name … into the host portal"); not handed to another party
        ("provide your name to the courier")."""
        if subject_kind != "explicit" or verb.lemma_.lower() not in GIVING_VERBS or span is None:
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.i in self._inside_terms:
            return False
        if any(c.dep_ == "aux" and c.lower_ in ("should", "can", "could") for c in verb.children):
            return False  # advice or a way to do something: "EU residents under 16 should not submit their personal data"
        if not any(c.dep_ in ("dobj", "obj") and c.i <= span.root.i <= c.right_edge.i for c in verb.children):
            return False
        return self._recipient(verb) in (None, FIRST_PARTY)

    def _other_people_named(self, verb) -> bool:
        """Whether the phrase naming who `verb` gives the data to names other people or parties ("to other users",
        "to third-party AI subprocessors", "to all participants in the room"), not a place or a channel of ours ("to
        the general NIH.gov email box")."""
        target = self._recipient_target(verb)
        if target is None:
            return False
        if target.lemma_.lower() in self.lex.person_nouns or target.lower_ in ("others", "everyone", "anyone"):
            return True
        words = " ".join(t.text for t in target.subtree)
        return self.entities.names_other_party(words, "en")

    def _frame_for_verb(self, verb, span, default_actor: str, negated: bool,
                        who: tuple[str, str, str | None]) -> Frame | None:
        """The practice `verb` states; `who` is `_actor(verb, default_actor)`."""
        lemma = verb.lemma_.lower()
        if (self.lex.verbs.get(lemma) == "share" or lemma == "make") and _passed_on_in_aggregate(
                verb, self.lex.anonymity_qualifiers):
            # "we may make some of this information available to the public in pseudo-anonymised forms or in
            # aggregate, e.g. as a report on usage trends", "usage statistics are stored in an aggregate form and made
            # available to a broad range of developers": aggregate data, no personal data passed on (GUIDELINES)
            return None
        if _same_as_clause(verb):
            # "We only disclose IP addresses under the same circumstances that we use and disclose personally
            # identifying information as described below": a yardstick for another practice, which the policy states
            # where it describes it, not a practice of its own
            return None
        if lemma == "receive" and span is not None and _receives_safeguards(verb, span, self.lex.safeguard_nouns):
            # "Your data receives the same level of protection in the EEA as it does in the UK": the data is what is
            # protected, no one receives it
            return None
        letting = self._party_letting_others(verb)
        if letting is not None:
            # "PayPal allows the recipient of a payment to see the name and email address of the payer": the party
            # letting another see or use the data shares it with that one
            return Frame("share", negated=negated, actor=letting[0], actor_text=letting[1], recipient=letting[2])
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
        if verb.pos_ == "NOUN" and lemma in SENDING_NOMINALS:
            # "No network transmission of personal data": the data the device does not send is not collected, as
            # "is never transmitted" with no recipient; a recipient named ("no upload of X to Acme") is a denied share
            recipient = self._recipient(verb)
            if recipient is not None and recipient != THIRD_PARTY:
                return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=recipient)
            return Frame("collect", negated=negated, actor=FIRST_PARTY)
        if verb.pos_ == "NOUN" and lemma in NOMINAL_PRACTICES:
            head = verb.head
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head
            head = _practice_served_by_means(head)
            subject_kind, actor, actor_text = self._actor(head, default_actor) if head.pos_ in ("VERB", "AUX") else (
                "none", default_actor, None)
            if subject_kind == "user":
                actor = FIRST_PARTY
            named = self._named_in(verb, span) or self._other_party_by(verb) or self._tool_for_nominal(verb)
            if named is not None:
                actor, actor_text = named  # "we have disabled the collection of the advertising ID in Firebase"
            elif any(c.dep_ == "poss" and c.lower_ == "our" for c in verb.children):
                # "The OMB Memo M-10-22 Guidance defines our use of session cookies": the possessive names who
                # practises, not the subject of the verb the noun hangs on
                actor, actor_text = FIRST_PARTY, None
            action = NOMINAL_PRACTICES[lemma]
            if action == "use" and not negated and head.lemma_.lower() in PERFORMING_VERBS:
                entrusted = _processing_required_of(head)
                if entrusted is not None:
                    # "processors that we trust to carry out the processing of personal data on our behalf": the
                    # processing a party is entrusted to perform is our sharing with it, as "trust them to process"
                    return Frame("share", actor=FIRST_PARTY, recipient=THIRD_PARTY, pronoun_recipient=entrusted)
            if lemma == "transfer" and not negated and self._transfer_abroad(verb):
                # "you consent to the processing and transfer of your information in and to the United States"
                return Frame("use", actor=actor, actor_text=actor_text)
            if action == "share":
                return Frame("share", negated=negated, actor=actor, actor_text=actor_text,
                             recipient=self._recipient(verb) or THIRD_PARTY)
            return Frame(action, negated=negated, actor=actor, actor_text=actor_text)
        subject_kind, actor, actor_text = who
        if (not negated and lemma in ACCESS_VERBS | {"need", "require"}
                and any(_own_team_access(c) for c in verb.children)):
            # "CodeSandbox team members have access to user information", "only staff who need access to player
            # data": the service's own team reaching the data is its use (GUIDELINES: the service's own team)
            return Frame("use", negated=negated, actor=FIRST_PARTY)
        registrar = self._registered_with(verb) if lemma == "register" and subject_kind != "user" else None
        if registrar is not None:
            # "The app registers all configured DIDs with Firebase Cloud Messaging", "Firebase Cloud Messaging, with
            # which the app registers a push token": the data is handed to the named service
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=registrar)
        if lemma in ("share", "disclose", "provide", "give", "submit") and self._use_without_giving(verb):
            # "Acme can be used without sharing any personal information", "does not require disclosing any personal
            # information": what the person need not give the service, its `not_collect` (GUIDELINES: 您无需提供任何
            # 个人信息), not a denied disclosure to others
            return Frame("collect", negated=negated, actor=FIRST_PARTY)
        if lemma == "reveal" and self._data_reveals(verb, subject_kind, actor):
            # "Meal preferences may reveal your religious beliefs or a health condition", "the details you give us,
            # which may reveal information about a disability": what the data we hold shows is held with it, no
            # disclosure; denied, a description of the data ("does not reveal your identity"), no practice
            return None if negated else Frame("collect", actor=FIRST_PARTY)
        if span is not None and self.lex.verbs.get(lemma) == "share" and _time_of_sending(span, verb):
            return None  # "the time it was sent", "the time each message was sent": when, not what, is sent
        if span is not None and self.lex.verbs.get(lemma) == "share" and (
                _users_own_destination(span, verb) or _address_sent_to(span, verb)):
            # "we send newsletters to your email address", "forward them to your primary email address": the user's
            # address that messages go to is used, not disclosed (GUIDELINES)
            return Frame("use", negated=negated, actor=actor, actor_text=actor_text)
        if lemma == "tell":
            if _tells_us(verb):
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            if _told_party(verb):
                # "the breakdown service is told where the car is": the party told is given the data (as "is sent")
                return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
            return None
        if lemma in OUTSIDE_VIEWING_VERBS and (viewer := self._outside_viewer(verb)) is not None:
            # "our customer-care contractor may view your account details": we give that party access
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=viewer)
        if lemma in SEEING_VERBS:
            party = self._seeing_party(verb) if not _has_subject(verb, FIRST_PERSON) else None
            if party is not None and party != FIRST_PARTY:
                # "Groq sees the document chunks we send": we pass the data to that party, unless it takes the data
                # straight from the user ("your browser contacts them and they see your IP address" stays theirs)
                if not _passed_on(verb) or _reached_by_browser(verb, self._previous_sentence):
                    listed = self._parties_after_colon(verb)
                    if listed:  # "they see your IP address: Google Fonts on every page, Gravatar …"
                        actor, actor_text = listed[0]
                    return Frame("collect", negated=negated, actor=actor, actor_text=actor_text)
                # "They will be able to see details like your IP address" after "We use [Fanout] to broadcast
                # real-time messages": the party named before (`_seeing_party`)
                pronoun = subject_kind == "pronoun" and party == THIRD_PARTY
                return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=party, pronoun_recipient=pronoun)
            return Frame("collect", negated=negated, actor=FIRST_PARTY)
        if (carrier := self._passed_through(verb)) is not None:
            # "calls and text messages are routed through our communications provider, Twilio Inc.": given to it
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=carrier)
        if lemma in CROSSING_VERBS or lemma in self.lex.movement_verbs:
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
            if actor == FIRST_PARTY and (keeper := self._deleting_party(verb)) is not None:
                # "Crash reports are deleted from Sentry after 90 days": kept there until then (GUIDELINES: processors)
                return Frame("store", negated=False, actor=keeper[0], actor_text=keeper[1])
            return Frame("store", negated=False, actor=actor, actor_text=actor_text)
        if lemma in GRANTING_VERBS and (grantee := self._access_grantee(verb)) is not None:
            # "Only the recipients you've selected will be granted access to your personal data", "we grant our
            # partners access to your email address": the party given access is given the data (GUIDELINES: a party
            # said to have access to the data); not us ("you grant us access to your contacts" stays our collection)
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=grantee)
        if (lemma in ACCESS_VERBS and (subject_kind != "user" or _other_people_subject(verb))
                and any(_access_holder(c) is not None for c in verb.children)):
            if _other_people_subject(verb):
                # "Other users have access to your profile", "that user will still have access to their copy of
                # those messages": data visible to other users is shared with them (GUIDELINES: making data visible
                # to other users), not collected by us
                return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
            if subject_kind == "explicit" and actor == FIRST_PARTY and self._unnamed_outsider(verb):
                # "Bots and Widgets currently have access to all the messages": we let that party see the data
                return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY)
            if (subject_kind == "pronoun" and getattr(_subject_token(verb), "lower_", "") == "they"
                    and not self._our_product_before(verb) and _passed_on(verb)):
                # "We contract with Google for hosting our email. They have access to data from email messages": the
                # parties the paragraph names are given the data, as "they access" / "they receive" (not "it has
                # access to", which may be our own app; a party named in the sentence stays its collection:
                # "Google may have access to your location")
                return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=THIRD_PARTY, pronoun_recipient=True)
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
            given_to = (self._recipient(verb) if _directly(verb) and self.lex.verbs.get(lemma) != "share" else None)
            if given_to not in (None, "user", FIRST_PARTY):
                # "Credit card information is submitted directly to our payment processor", "you upload the document
                # directly to Onfido": the party the user gives it to collects it, it does not pass through us
                # (GUIDELINES: data the user gives directly to a third party)
                return Frame("collect", negated=negated, actor=given_to)
        if (subject_kind == "user" and not negated and lemma in USER_SHARING_VERBS and verb.dep_ != "relcl"
                and self._recipient(verb) == THIRD_PARTY and (lemma == "share" or self._other_people_named(verb))):
            # "You may choose to share your health information with others", "consent to share your information with
            # the partner agency": a sharing the service carries out at the user's choice, with people or apps other
            # than us, is our `share` with them, not our collection (GUIDELINES: sharing at the user's choice); not
            # a relative clause ("the people with whom you share DNA", a likeness); so is data the user agrees to
            # send to such parties ("By opting in, you agree to send relevant stack trace and code from your linked
            # repositories to third-party AI subprocessors")
            return Frame("share", actor=FIRST_PARTY, recipient=THIRD_PARTY)
        if (subject_kind == "user" and not negated and lemma == "make" and verb.dep_ != "relcl"
                and _made_public(verb)):
            # "You may choose to make your profile public": what the user makes public the service shows to anyone,
            # our `share` with third parties (GUIDELINES: making data visible to other users or to the public; a
            # sharing verb with "publicly" keeps our collection beside it, `_shown_to_the_public`)
            return Frame("share", actor=FIRST_PARTY, recipient=THIRD_PARTY)
        if self._given_by_another_person(verb, span, subject_kind):
            # "Contractors … provide the name and telephone number of an emergency contact", "the tenant employee who
            # invites you enters your full name … into the host portal": given to us by someone other than the user
            return Frame("collect", negated=negated, actor=FIRST_PARTY)
        if subject_kind == "user" or _signs_up_with(verb) and not negated:
            given_to = self._recipient(verb) if subject_kind == "user" and lemma in HANDING_VERBS else None
            if given_to not in (None, "user", FIRST_PARTY, THIRD_PARTY):
                # "When you submit Payment Data to our payment processing partner Stripe": the user hands the data
                # to that party, which collects it (GUIDELINES: data the user gives directly to a third party)
                return Frame("collect", negated=negated, actor=given_to)
            if subject_kind == "user" and given_to in (None, THIRD_PARTY) and lemma in self.lex.user_provides:
                platform = self._account_platform(verb)
                if platform is not None:
                    # "you must register for a LinkedIn account and provide your name": given on that party's
                    # platform, it collects it (GUIDELINES: data the user gives directly to a third party)
                    return Frame("collect", negated=negated, actor=platform[0], actor_text=platform[1])
            if (lemma in self.lex.user_provides or lemma in self.lex.user_picks or lemma in self.lex.user_records
                    or _signs_up_with(verb)):
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            return None
        if lemma in RETURNING_VERBS:
            # "Jumio returns to us the result of the check and the date of birth it read": another party hands the
            # data to us (`_is_action` keeps only "to us" with an object), our collection
            return Frame("collect", negated=negated, actor=FIRST_PARTY)
        action = self.lex.phrasal_verbs.get(_phrasal_verb(verb)) or self.lex.verbs.get(lemma) or (
            "collect" if lemma in self.lex.derivation_verbs or lemma in self.lex.purchase_verbs
            or lemma in WANTING_VERBS else None) or (
            "use" if lemma in RESPONDING_VERBS else None)  # only reached through `_responding_verb`
        if action == "collect" and _needed_for_a_purpose(verb):
            action = "use"  # "We need your personal data to provide our services": the purpose it serves
        recipient = self._recipient(verb)
        if action == "share" and span is not None and _distributes_our_product(verb, span):
            # "the platforms that distribute our App (currently the iTunes Store and Google Play Store), such as …
            # device model, App version, country": the app is what they hand out; the data the parser hung on it is
            # no object of theirs
            return None
        if lemma == "send" and recipient is None and span is not None and _sends_notices(verb, span):
            # "Process transactions and sending invoices", "to send information and updates pertaining to orders",
            # "to send out notifications, reminders and feedback questionnaires": the service's own notices to the
            # person, no disclosure of the data they concern
            return None
        if negated and recipient == THIRD_PARTY and self._unowned_destination(verb):
            # "Processed locally on-device; never sent to external servers", "not sent to external services by
            # Clipy": an upload denial, the destination including the service's own servers (GUIDELINES)
            recipient = FIRST_PARTY
        if (negated and recipient is None and lemma in ("send", "transmit")
                and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)):
            # "klogg does not send out any private information": data the app does not send out of the device, no
            # one named, is an upload denial (not collected by us), not a denial of passing it on
            recipient = FIRST_PARTY
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
        receiver = self._receiving_party_of_participle(verb)
        if receiver is not None:
            # "the entities receiving personal data are contractually obligated …", "Advertisers receiving your email
            # address must delete it": the noun the participle describes gets the data from us (GUIDELINES: Actors
            # and recipients), no collection of ours
            return Frame("share", negated=negated, actor=FIRST_PARTY, recipient=receiver)
        if (lemma == "receive" and subject_kind == "explicit" and actor not in (FIRST_PARTY, "user") and not negated
                and _passed_on(verb) and self._receives_request_data(verb)):
            # "Plausible receives the page URL, the referrer and your IP address", "hCaptcha, which receives your IP
            # address and browser data", "our analytics provider receives IP addresses as part of standard HTTPS
            # requests": what comes with the device's own request to the party reaches it straight from the user's
            # browser or app, its collection, not our sharing (GUIDELINES: a party said to receive data)
            return Frame("collect", actor=actor, actor_text=actor_text)
        if (lemma == "receive" and subject_kind == "explicit" and actor not in (FIRST_PARTY, "user")
                and (actor != THIRD_PARTY and self._used_on_our_pages(verb, actor)
                     or _reached_by_browser(verb, self._previous_sentence))):
            # a party that gets the data from the visitor's browser, not from us, collects it: a tool running on the
            # pages the browser shows ("We use Google Analytics on our public web pages …, but it is configured so
            # that it never receives the address of a page …"; GUIDELINES: a tool that works in the visitor's browser)
            # or a party the browser reaches itself ("… so your browser contacts them and they see your IP address …
            # Gravatar also receives a hash of the email address"; GUIDELINES: a party said to receive data)
            return Frame("collect", negated=negated, actor=actor, actor_text=actor_text)
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
        if lemma in self.lex.staying_verbs and _availability(verb, self.lex.public_record_verbs) is None:
            # "may remain in our backup systems for up to 90 days": a retention period
            if (negated or subject_kind == "user" or not _retention_period(verb, True)
                    or _kept_on_own_device(verb, self.lex)):
                return None  # "… may remain on your device after you delete your account": kept by the user
            return Frame("store", negated=False, actor=actor, actor_text=actor_text)
        if lemma in COPULAS and not _gets_object(verb):
            available = _availability(verb, self.lex.public_record_verbs)
            if available is None and self._required(verb):
                return Frame("collect", negated=negated, actor=FIRST_PARTY)  # "your address is necessary for delivery"
            recipient = self._recipient(available) if available is not None else None
            if available is not None and available.lower_ == "inaccessible":
                negated = not negated  # "is inaccessible to us": not accessible
            if recipient == "user" or _available_to_no_one_named(verb, available, recipient):
                return None
            if recipient == FIRST_PARTY and available.lower_ in REACHABLE:
                # "The IDFA is not available to us", "Your notes are inaccessible to us": whether the data reaches
                # us, its collection, not a disclosure to others
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            if available is not None and not negated and _open_to_own_moderators(available):
                # "Email addresses are visible to moderators and the admin": the service's own moderators reviewing
                # the data is its use (GUIDELINES: moderators not said to be volunteers or outsiders)
                return Frame("use", actor=FIRST_PARTY)
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
            if recipient == FIRST_PARTY and available is not None:
                # "the state regulator makes your name and address available to us", "Plaid makes available to us
                # the account number": another party passes the data to us, our collection (GUIDELINES: data
                # another party sends, provides or passes to us), not a disclosure of ours
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            subject = _subject_token(verb)
            # ... also of the kind of the data: "information of the sort that web browsers … make available"
            taken = verb.head
            if taken.dep_ == "pobj" and taken.head.lower_ == "of" and taken.head.head.dep_ in ("dobj", "nsubjpass"):
                taken = taken.head.head
            if (recipient in (None, FIRST_PARTY, THIRD_PARTY) and verb.dep_ == "relcl" and available is not None
                    and available.lower_ == "available"
                    and subject is not None and subject.lemma_.lower() in SOFTWARE_SUBJECTS | self._devices()
                    and taken.dep_ in ("dobj", "nsubjpass")
                    and taken.head.lemma_.lower() in self.lex.obtaining_verbs):
                # "the information that web browsers and mobile devices typically make available (to a site)", "…
                # information of the sort that web browsers and servers typically make available, such as:": what
                # the person's software hands over with each request, which the sentence's verb says we take (cue
                # `obtaining_verbs`), not a disclosure of ours
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
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
        if lemma in ("provide", "furnish", "give", "send", "make", "supply", "transmit", "pass", "deliver", "disclose",
                     "report"):
            if recipient == "user":
                return None
            if (recipient is None and lemma in ("give", "provide", "supply", "furnish") and subject_kind != "user"
                    and any(c.lemma_.lower() in PASSING_ON_VERBS for c in verb.conjuncts)
                    and not any(self.lex.verbs.get(t.lemma_.lower()) == "collect"
                                for t in (verb.head, *verb.conjuncts))):
                # "FDA will not disclose, give, sell, or transfer any personal information": a verb of giving listed
                # with verbs of passing on gives the data away as they do (a disclosure, no collection); not in a list
                # that names a collection too ("We do not collect, give, sell or rent any personal information")
                return Frame("share", negated=negated, actor=actor, actor_text=actor_text, recipient=THIRD_PARTY)
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
            if recipient in (None,) and lemma in ("provide", "furnish", "give", "make", "supply", "deliver"):
                # ("furnish" reads as "provide": "you are required to furnish your full legal name")
                if actor == FIRST_PARTY and subject_kind == "explicit":
                    if lemma in ("provide", "furnish", "supply", "give") and self._unnamed_outsider(verb):
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
            if recipient is not None and _directly(verb) and not _to_an_api(verb):
                # "your card number is passed directly to Stripe": the party collects it, it never passes through us
                # (not "sent directly to the MyMemory API", which the app calls: our share)
                return Frame("collect", negated=negated, actor=recipient)
            subject = _subject_token(verb)
            if recipient is None and lemma in ("send", "transmit") and self._sent_by_our_software(verb, subject):
                # "A single telemetry entry is also sent by the .NET SDK installer", "When NetNewsWire sends a crash
                # log directly to us, it sends only the text of the crash log": our software sends to its service
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            if recipient is None and subject is not None and (subject.lemma_.lower() in SOFTWARE_SUBJECTS or (
                    lemma in ("send", "transmit") and (self._own_name(subject) or self._own_software(subject))) or (
                    lemma in ("send", "transmit") and _counted(subject).lemma_.lower() in SENDING_COMMANDS) or (
                    lemma in ("send", "transmit", "report") and verb.dep_ in ("ROOT", "conj")
                    and _sent_nowhere(verb, self.lex.carrier_nouns)
                    and subject.lemma_.lower() in self._devices())):
                # "the app sends X", "NetNewsWire sends X" (the policy's own product), "your device sends
                # information such as …", "the car reports its VIN" (sent nowhere named): to its service; not
                # "iNaturalist discloses X", a disclosure, nor "the breakdown service is told what the car reports"
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            if (recipient is None and lemma in ("send", "transmit") and subject_kind == "none"
                    and _sent_nowhere(verb, self.lex.carrier_nouns)):
                # "Diagnostic data … is sent on a fixed schedule", "a one-time code sent by SMS", "opt in to sending
                # crash logs": sent by no one named to no one named, it reaches the service the policy is about
                return Frame("collect", negated=negated, actor=actor, actor_text=actor_text)
            action = "share"
        if action is None:
            if lemma in self.lex.user_provides and subject_kind == "none":
                return Frame("collect", negated=negated, actor=FIRST_PARTY)
            return None
        if action == "store" and lemma == "hold" and _held_for_review(verb):
            # "Orders that look risky may be held for manual review", "payments held pending verification": stopped
            # until someone looks at them, which is a review (use) of the data, no retention
            return Frame("use", negated=negated, actor=actor, actor_text=actor_text)
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
            unsaid = recipient is None and not negated and not any(
                c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in verb.children)
            return Frame("share", negated=negated, actor=actor, actor_text=actor_text,
                         recipient=recipient or THIRD_PARTY, recipient_unsaid=unsaid)
        if (not negated and subject_kind == "explicit" and (action == "use" and lemma in PROCESSING_VERBS or (
                action == "store" and (any(c.dep_ == "agent" for v in (verb, *verb.conjuncts) for c in v.children)
                                       or _kept_with_a_tool(verb)
                                       or self._vendor_subject(verb))
                and not any(_retention_period(v, True) for v in (verb, *verb.conjuncts))))
                and self._processor_handling(verb, actor, actor_text)):
            if action == "use" and _payments_as_acts(verb):
                # "Stripe takes care of handling credit card payments", "Card payments are processed by Adyen": the
                # processor's own processing of the payments, the reason for using it, names no data passed to it
                # (GUIDELINES: a processor's own processing given as the reason for using it)
                return None
            # "Payment details are processed by Stripe", "Intercom may process your contact information", "our
            # service providers process it", "All payment data is stored by Stripe", "We use Google Analytics to
            # store the user behavior data" (kept with no period), "Greenhouse, our applicant tracking system, stores
            # your resume": a processor's or tool's handling is our sharing with it (GUIDELINES: processors)
            return Frame("share", actor=FIRST_PARTY, recipient=actor)
        if not negated and action == "use" and lemma in PROCESSING_VERBS and actor == FIRST_PARTY:
            channel = self._processing_channel(verb)
            if channel is not None:
                # "Your payment information is processed through Stripe", "we process payments via Braintree": the
                # named party the data is handled through is a processor we pass it to (GUIDELINES: processors)
                return Frame("share", actor=FIRST_PARTY, recipient=channel)
            entrusted = _processing_required_of(verb)
            if entrusted is not None:
                # "We … require them to process personal information only for the purposes we have specified", "We
                # may entrust cloud service providers to process your personal information": the party bound or
                # entrusted does the processing, which is our sharing with it (GUIDELINES: processors)
                return Frame("share", actor=FIRST_PARTY, recipient=THIRD_PARTY, pronoun_recipient=entrusted)
            if _unnamed_system_used_to(verb):
                # "We use a customer service management system to process some personal data": a system of another
                # maker that we use to handle the data is a processor we entrust it to (GUIDELINES: processors)
                return Frame("share", actor=FIRST_PARTY, recipient=THIRD_PARTY)
        if actor not in (FIRST_PARTY, "user") and subject_kind == "explicit" and _on_our_behalf(verb):
            if negated and action == "use" and _for_other_purposes(verb):
                # "Our service providers act on our instructions and may not use your personal information for their
                # own purposes": a restriction of the processor's purposes, no denial of our sharing (GUIDELINES:
                # restrictions of purpose or scope)
                return None
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
        if action == "use" and not negated and actor == FIRST_PARTY and _processors_we_use(verb):
            # "The following is a list of personal data subprocessors we use", "the sub-processors we use to process
            # personal data": the data is entrusted to the processors named (GUIDELINES: processors)
            return Frame("share", actor=FIRST_PARTY, recipient=THIRD_PARTY)
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

    def _use_without_giving(self, verb) -> bool:
        """Whether a gerund of giving with no subject and no recipient but us is what using the service goes without
        ("can be used without sharing any personal information", "You can use the app without providing your name")
        or what it does not require ("does not require disclosing any personal information")."""
        if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False
        if self._recipient(verb) not in (None, FIRST_PARTY):
            return False  # "without sharing your location with your friends"
        head = verb.head
        if verb.dep_ == "pcomp" and head.lower_ == "without":
            subject = _subject_token(head.head)
            if subject is not None and subject.lower_ not in FIRST_PERSON | SECOND_PERSON and (
                    self._other_party(subject) is not None):
                return False  # "allows third-party applications to access resources without sharing credentials"
            return head.head.lemma_.lower() in ("use", "access", "browse", "visit", "play", "register")
        return verb.dep_ == "xcomp" and head.lemma_.lower() in ("require", "need")

    def _data_reveals(self, verb, subject_kind: str, actor: str) -> bool:
        """Whether "reveal" has data or a thing for its subject and no one it reveals to ("Meal preferences may
        reveal …", "data revealing your religious beliefs", "a page that reveals a medication"): what the data shows,
        not a disclosure by a party ("we will not reveal your name to anyone"); a subject that is itself a data phrase
        is left to `_revealing_clause` (no practice)."""
        if subject_kind == "user" or actor != FIRST_PARTY or self._recipient_target(verb) is not None:
            return False
        subject = _subject_token(verb)
        if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
            subject = verb.head  # "data revealing your religious beliefs"
        if subject is not None and subject.lower_ in ("which", "that"):
            subject = subject.head.head if subject.head.dep_ == "relcl" else subject
        if subject is not None and subject.i in self._inside_terms:
            return False  # "details of your purchases, which may reveal …": a data phrase's property (`_revealing_clause`)
        return subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.lower_ not in FIRST_PERSON \
            and self._other_party(subject) is None and subject.lemma_.lower() not in USER_NOUNS

    def _receiving_party_of_participle(self, verb) -> str | None:
        """The party a receiving participle describes ("the entities receiving personal data", "Service providers
        receiving your data", "Advertisers receiving …"): its id, `third_party` for a common noun of outside parties
        ("entities", "organisations", "recipients", "users"), else None (our own staff, a thing, data passed from
        elsewhere)."""
        if (verb.lemma_.lower() not in RECEIVING_VERBS or verb.dep_ != "acl" or verb.tag_ != "VBG"
                or not _passed_on(verb) or verb.head.pos_ not in ("NOUN", "PROPN")):
            return None
        holder = verb.head
        if any(t.lower_ in FIRST_PERSON for t in holder.subtree if t.i < verb.i):
            return None  # "our employees receiving …"
        named = self._other_party(holder)
        if named is not None:
            return named[0] if named[0] != "user" else None
        return THIRD_PARTY if holder.lemma_.lower() in RECEIVING_PARTY_NOUNS else None

    def _receives_request_data(self, verb) -> bool:
        """Whether what `verb` says is received names the data every request of the device carries to whoever it
        contacts (cues `request_data`: "your IP address"), before any "from" or purpose clause; not what a party named
        by a pronoun or "also" receives, going on from a sending the sentence before states ("Firefox will … send it
        to Cloudflare. Cloudflare will also receive your computer's IP address")."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        subject = _subject_token(verb)
        if not objects or subject is None or subject.lower_ in ("it", "they", "this", "these") or any(
                c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
            return False
        items = [t for o in objects for t in (o, *o.conjuncts)]
        # each item of what is received is such data ("the page URL, the referrer and your IP address"), not data the
        # service sends along with it ("your route coordinates and IP address")
        texts = []
        for item in items:
            nested = {t.i for c in item.children if c.dep_ == "conj" for t in c.subtree}
            texts.append(" ".join(t.text for t in item.subtree if t.i not in nested))
        return any(any_match(self.lex.request_data, text) for text in texts) and all(
            any_match(self.lex.request_data, text) or any_match(self.lex.request_context, text) for text in texts)

    def _used_on_our_pages(self, verb, party: str) -> bool:
        """Whether the sentence of `verb` says we use `party` on our pages or site ("We use Google Analytics on our
        public web pages"): a tool that runs in the visitor's browser."""
        for use in (t for t in verb.doc if t.lemma_.lower() == "use" and t.pos_ == "VERB" and t.i < verb.i):
            if not any(c.dep_ == "prep" and c.lower_ == "on" and any(
                    p.dep_ == "pobj" and p.lemma_.lower() in PAGE_NOUNS for p in c.children) for c in use.children):
                continue
            if any(c.dep_ in ("dobj", "obj") and (self._other_party(c) or ("",))[0] == party for c in use.children):
                return True
        return False

    def _processing_channel(self, verb) -> str | None:
        """The named party a processing verb says the data is handled "through" or "via" ("processed through Stripe"),
        else None: a catalogued party or a product named by an English word, not a channel or place that names none
        ("through our website", "via HTTPS", "through third parties")."""
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("through", "via")]
        # "processed with the assistance of Plaid", "with the help of Stripe": the party helping is the channel
        preps += [of for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
                  if p.dep_ == "pobj" and p.lemma_.lower() in ("assistance", "help", "support")
                  for of in p.children if of.dep_ == "prep" and of.lower_ == "of"]
        for prep in preps:
            for tool in (p for p in prep.children if p.dep_ == "pobj"):
                if any(c.dep_ in ("det", "poss") for c in tool.children):
                    continue
                party = self._other_party(tool)
                if party is not None and party[0] != THIRD_PARTY:
                    return party[0]
                if self._name_read_as_word(tool):
                    return THIRD_PARTY
        return None

    def _vendor_subject(self, verb) -> bool:
        """Whether the subject or the passive's agent of `verb` is a party named as our provider or as a product we
        run for a task ("Greenhouse, our applicant tracking system, stores …", "stored by Greenhouse, our applicant
        tracking system")."""
        parties = [_subject_token(verb)] + [p for c in verb.children if c.dep_ == "agent"
                                            for p in c.children if p.dep_ == "pobj"]
        return any(p is not None and self._vendor_in_our_role(p) is not None for p in parties)

    def _processor_handling(self, verb, actor: str, actor_text: str | None) -> bool:
        """Whether the party `actor` handling data by `verb` ("process", "handle") is a processor we pass the data to:
        a named party ("processed by Stripe") or a generic one named as such ("our service providers process it"),
        not one acting as a controller under its own terms ("Open Collective, which processes personal data
        according to their own data protection notice", "Stripe processes payment data as an independent
        controller", also said in another sentence of the paragraph), an advertiser, nor one getting the data
        straight from the user ("handled directly by Stripe", "collected and processed by Stripe")."""
        if actor in (FIRST_PARTY, "user") or not _passed_on(verb) or self._context.own_terms_block:
            return False
        if any(c.dep_ == "advmod" and c.lower_ in SOLE_HANDLING_ADVERBS for c in verb.children):
            # "All payment information is handled entirely by Apple or Google", "Financial information is handled
            # exclusively by Google": the party handles the data on its own, its use, not a processor we pass it to
            return False
        if any(self.lex.verbs.get(v.lemma_.lower()) == "collect" or v.lemma_.lower() in self.lex.user_provides
               for v in verb.conjuncts):
            # "collected and processed by our payment processors", "entered in a payment form run by Adyen … and
            # held by Adyen": the party gets the data itself
            return False
        if actor != THIRD_PARTY or self._vendor_subject(verb):
            return True  # a named party, also one we call our provider ("Greenhouse, our applicant tracking system")
        # a generic party named as a processor ("service providers", "our payment partners"), or a tool we use to
        # process ("We use Workable to process …"); not an uncatalogued name, possibly the policy's own ("Tallyboard
        # GmbH processes personal data when you use …"), nor advertisers
        tool = _subject_token(verb) if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in TOOL_VERBS else None
        if tool is not None and tool.dep_ in ("dobj", "obj"):
            return True
        # the agent of the verb, or of its conjunct that shares it ("stored and processed by our subprocessors")
        agents = [p for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "agent"
                  for p in c.children if p.dep_ == "pobj"]
        party = next(iter(agents), None) or next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if party is not None and party.lemma_.lower() in GROUP_NOUNS:
            # "stored and processed by the following subset of subprocessors": the members of the group
            party = next((p for c in party.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj"), party)
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
        tools += _tools_used_on_object(verb)
        tools += _names_after_channel_colon(verbs)
        # "collected via an application form in Workable": the named maker of the form, page or widget the
        # collection goes through
        tools += [n for t in tools if t.pos_ == "NOUN" and t.lemma_.lower() in CHANNEL_NOUNS for c in t.children
                  if c.dep_ == "prep" and c.lower_ in ("in", "of", "from", "on") for n in c.children
                  if n.dep_ == "pobj" and n.pos_ == "PROPN"]
        # "we collect data and information (through third party products)": the parser may hang the phrase on the object
        tools += [p for v in verbs for o in v.children if o.dep_ in ("dobj", "obj") for c in o.children
                  if c.dep_ == "prep" and c.lower_ in ("through", "via") for p in c.children
                  if p.dep_ == "pobj" and _outside_software(p)]
        extra: list[Frame] = []
        for tool in (t for first in tools for t in (first, *first.conjuncts)):
            if any(c.dep_ in ("det", "poss") and not _the_before_a_name(c, tool) for c in tool.children):
                continue  # "through our Facebook pages", "through an authentication service (such as Google)"
            party = self._other_party(tool)
            if party is not None and party[0] == THIRD_PARTY and not _outside_software(tool):
                party = None  # "through third parties": where the data comes from; "through the Services"
            if party is None and _outside_software(tool):
                party = (THIRD_PARTY, None)  # "(through third party products)", "third-party services employed by …"
            if party is None and self._name_read_as_word(tool):
                party = (THIRD_PARTY, tool.text)  # "through Plausible"
            if party is not None and all(f.actor != party[0] for f in extra):
                extra.append(replace(frame, actor=party[0], actor_text=party[1]))
        return extra

    def _registered_with(self, verb) -> str | None:
        """The named service (catalogued, not us) that `verb` registers the data with ("registers … with Firebase
        Cloud Messaging"; "Firebase Cloud Messaging, with which the app registers a push token"), else None."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]  # "registers X with Y": may hang on X
        for prep in (*verb.children, *(c for o in objects for c in o.children)):
            if prep.dep_ != "prep" or prep.lower_ != "with":
                continue
            for target in prep.children:
                if target.dep_ != "pobj":
                    continue
                if target.lower_ in ("which", "whom") and verb.dep_ == "relcl":
                    target = verb.head
                party = self._other_party(target)
                if party is not None and party[0] not in (THIRD_PARTY, "user"):
                    return party[0]
        return None

    def _named_tracker_owners(self, span, frame: Frame) -> list[Frame]:
        """The same `use` by the named party whose pixel, tag or beacon the data phrase names, by a name before it or
        "from" after it ("the Meta Pixel and the Google tag on our website", "the visitor action pixels from Facebook
        Inc"): the tracker is that party's own (GUIDELINES: cookies, by the party that sets them); [] otherwise
        (cookies themselves are `_cookie_owners`')."""
        if span is None or frame.action != "use" or frame.negated:
            return []
        extra: list[Frame] = []
        for noun in (span.root, *span.root.conjuncts):
            if noun.lemma_.lower() not in self.lex.tracker_nouns - {"cookie"} or noun.lower_.startswith("cookie"):
                continue
            names = [t for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i for t in c.subtree]
            names += [n for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
                      for o in c.children if o.dep_ == "pobj" for n in (o, *o.conjuncts)]
            for name in names:
                party = self._other_party(name)
                if party is not None and party[0] not in (THIRD_PARTY, "user") and all(
                        f.actor != party[0] for f in extra) and party[0] != frame.actor:
                    extra.append(replace(frame, actor=party[0], actor_text=party[1]))
        return extra

    def _trackers_all_owned(self, span) -> bool:
        """Whether every pixel, tag or beacon the data phrase `span` names is named as another party's own ("the Meta
        Pixel and the Google tag", "pixels from Facebook Inc"), none of them ours or unowned ("the Meta Pixel and our
        own pixels", "cookies"); words coordinated with them that name no tracker are data phrases of their own."""
        root = span.root
        for noun in (root, *root.conjuncts):
            if noun.i != root.i and noun.lemma_.lower() not in self.lex.tracker_nouns \
                    and not noun.lower_.startswith("cookie"):
                continue
            if noun.lemma_.lower() not in self.lex.tracker_nouns - {"cookie"} or noun.lower_.startswith("cookie"):
                return False
            names = [t for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i for t in c.subtree]
            names += [n for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
                      for o in c.children if o.dep_ == "pobj" for n in (o, *o.conjuncts)]
            if any(c.dep_ == "poss" for c in noun.children) or not any(
                    (party := self._other_party(name)) is not None and party[0] not in (THIRD_PARTY, "user")
                    for name in names):
                return False
        return True

    def _means_of_the_doer(self, span, frame: Frame, who) -> None:
        """What a named other party does its work by, "using" it, is used by that party: the `use` the bare "using"
        gave the first party by default is the doer's. Cookies ("Google Analytics collects the pages you visit …, using
        cookies set in your browser": GUIDELINES, cookies by the party that sets them) and data alike ("our geolocation
        provider, GeoComply Solutions Inc., determines the precise location of your device using GPS, nearby Wi-Fi
        access points and cell towers", "Google determines your location using your IP address": GUIDELINES, a
        named party as the subject of the practice). Changes `frame` in place."""
        if (span is None or frame.action != "use" or frame.negated or frame.actor != FIRST_PARTY
                or who[0] not in ("none", "explicit") or frame.actor_text is not None):
            return
        means = span.root
        while means.dep_ in ("conj", "appos") and means.head.i != means.i:
            means = means.head  # "using GPS, nearby Wi-Fi access points and cell towers": the parser's appositions
        using = means.head
        if (means.dep_ not in ("dobj", "obj") or using.lower_ != "using"
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in using.children)):
            return
        for ancestor in using.ancestors:
            subject = _subject_token(ancestor) if ancestor.pos_ in ("VERB", "AUX") else None
            if subject is None:
                continue
            party = self._other_party(subject)
            if party is not None and party[0] != "user" and subject.lower_ not in ("it", "they", "this", "which",
                                                                                   "that"):
                frame.actor, frame.actor_text = party
                return
            if subject.lower_ in FIRST_PERSON:
                return

    def _cookie_owners(self, span, frame: Frame) -> list[Frame]:
        """The same practice by the named party whose cookies the data phrase names ("we use Google Analytics cookies
        to collect …", "when you opt in to Google Analytics cookies"): the cookies are that party's own as well
        (GUIDELINES: cookies); [] for other data or cookies named by no catalogued party ("our cookies")."""
        if span is None or frame.action not in ("use", "collect") or span.root.lower_ not in ("cookie", "cookies"):
            return []
        setters = self._cookie_setters(span.root, frame)
        if setters:
            return setters
        words = [t for c in span.root.children if c.dep_ in ("compound", "nmod") and c.i < span.root.i
                 for t in c.subtree]
        if not words:
            # "cookies and similar technologies, including Google Analytics and the Meta Pixel": the named tools given
            # as examples of the cookies or of the technologies beside them set them as well
            extra: list[Frame] = []
            for noun in (span.root, *span.root.conjuncts):
                for example in _named_examples(noun, self.lex.example_prepositions):
                    party = self._other_party(example)
                    if party is not None and party[0] not in (THIRD_PARTY, "user") and all(
                            f.actor != party[0] for f in extra):
                        extra.append(replace(frame, actor=party[0], actor_text=party[1]))
            return extra
        text = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
        named = self.entities.find_named(text, "en")
        return [replace(frame, actor=named[0].value, actor_text=text[named[0].start:named[0].end])] if named else []

    def _own_software(self, subject) -> bool:
        """Whether `subject` is a piece of software named by our own name ("the Sentry SDK" in Sentry's own
        documentation, "the Acme plugin"): our software, which sends to our service."""
        return subject.lemma_.lower() in SOFTWARE_SUBJECTS | SENDING_SOFTWARE and any(
            c.dep_ == "compound" and self._own_name(c) for c in subject.children)

    def _sent_by_our_software(self, verb, subject) -> bool:
        """Whether the service's own software sends what `verb` sends to no one named: the agent of the passive is our
        software or our own name ("sent by the .NET SDK installer"), or "it" stands for our product named before it
        in the sentence ("When NetNewsWire sends a crash log directly to us, it sends only …", "The App requires an
        internet connection … so that it can receive and transmit test results")."""
        agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        if agent is not None and any(c.dep_ == "auxpass" for c in verb.children):
            return agent.lemma_.lower() in SOFTWARE_SUBJECTS | SENDING_SOFTWARE or self._own_name(agent)
        return subject is not None and subject.lower_ == "it" and self._our_product_before(verb)

    def _cookie_setters(self, cookies, frame: Frame) -> list[Frame]:
        """The practice by each party that a participle after the cookies says provides or sets them ("analytics
        cookies provided by Google Analytics", "cookies set by our advertising partners"): the party that sets the
        cookies uses them (GUIDELINES: cookies); [] when no participle names another party."""
        extra: list[Frame] = []
        for participle in cookies.children:
            if participle.dep_ != "acl" or participle.tag_ != "VBN":
                continue
            for agent in participle.children:
                if agent.dep_ != "agent":
                    continue
                for name in (p for c in agent.children if c.dep_ == "pobj" for p in (c, *c.conjuncts)):
                    party = self._other_party(name)
                    if party is not None and party[0] != "user" and all(f.actor != party[0] for f in extra):
                        extra.append(replace(frame, actor=party[0], actor_text=party[1]))
        return extra

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
        # "We store and process your personal data on AWS servers": the place hangs on the object of the verb joined
        holders += [c for v in verb.conjuncts if v.i > verb.i for c in v.children if c.dep_ in ("dobj", "obj")]
        # "We may store and process your Personal Data … on servers or databases managed by cloud hosting providers":
        # or on the verb joined itself
        holders += [v for v in verb.conjuncts if v.i > verb.i and v.dep_ == "conj"]
        # "stored as encrypted text in the product database deployed on Azure": the place hangs on the form it is kept in
        holders += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
                    if p.dep_ == "pobj"]
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "at", "within")):
            if prep.head == verb and prep.i < verb.i and prep.i == prep.sent.start:
                # "On Twitter, the White House automatically archives tweets …": the platform opening the sentence sets
                # the scene of the practice (whose content is kept), not the host our copy is kept with
                continue
            for place in (p for c in prep.children if c.dep_ == "pobj" for p in (c, *c.conjuncts)):
                hosting = [party for words in _hosting_agents(place) for party in self._named_parties(words)]
                if hosting:
                    # "in our MongoDB database hosted by MongoDB Atlas": our own store, kept on the host's platform
                    hosts += hosting
                    continue
                if any(t.dep_ == "poss" and (t.lower_ in SECOND_PERSON or t.lower_ in FIRST_PERSON)
                       for t in place.children):
                    continue
                if place.lemma_.lower() in HOST_PLACES:
                    hosts += self._host_of(place)
                else:
                    party = self._other_party(place)
                    if party is not None and party[0] != THIRD_PARTY:
                        hosts.append(party[0])  # "on Amazon S3", "on Google Cloud Platform"
        for tool in _storing_tools(verb):
            party = self._other_party(tool)
            if party is not None and party[0] not in (THIRD_PARTY, FIRST_PARTY, "user"):
                hosts.append(party[0])  # "stored securely using Firebase Firestore", "stored with Supabase"
            elif (party is not None and party[0] == THIRD_PARTY and tool.lemma_.lower() in PROCESSOR_NOUNS
                  and any(c.dep_ == "prep" and c.lower_ == "with" and c.head == verb for c in tool.ancestors)):
                # "payment information is stored with vendors who adhere to PCI DSS", "stored with our service
                # providers": generic processors the data is kept with, as with a named host
                hosts.append(THIRD_PARTY)
        return [Frame("share", actor=FIRST_PARTY, recipient=host) for host in dict.fromkeys(hosts)]

    def _named_parties(self, words) -> list[str]:
        """The catalogued parties (not us, not a bare third party) named in `words`."""
        text = " ".join(t.text for t in words)
        return [m.value for m in self.entities.find(text, "en") if m.value not in (FIRST_PARTY, THIRD_PARTY)
                and text[m.start:m.end].lower() not in self.first_party_aliases]

    def _host_of(self, place) -> list[str]:
        """The parties that run the servers, region or cloud `place` names: in the words before it ("Google Cloud
        Platform and Amazon AWS servers", "Hetzner's servers"), after "of" ("the Frankfurt region of AWS") or as the
        agent of a participle ("servers operated by Hetzner"); `third_party` for a name that is no catalogued one."""
        phrases = [[t for t in place.subtree if t.i < place.i and t.dep_ != "det"]]
        phrases += [list(p.subtree) for c in place.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]
        phrases += [list(p.subtree) for acl in place.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                    for agent in acl.children if agent.dep_ == "agent" for p in agent.children if p.dep_ == "pobj"]
        if any(c.dep_ == "poss" and c.lemma_.lower() in HOSTING_PROVIDERS for c in place.children):
            return [THIRD_PARTY]  # "on the hoster's servers", "on our hosting provider's servers": a provider's own
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
            if verb.lemma_.lower() in CROSSING_VERBS:
                cache[key] = FIRST_PARTY if _crosses_to_us(self._devices(), verb) else None
            else:
                cache[key] = NOT_TO_US if _not_to_us(verb) else self._moved_to(verb)
        return cache[key]

    def _unowned_destination(self, verb) -> bool:
        """Whether the "to X" of a sending verb (cue `sending_words`) is a server or service that nobody is named to
        run, marked only as outside the device ("to external servers", "to any server", "to remote services"; cues
        `outward_destinations`, `outward_marks`), not one of a party ("third-party servers", "Google's servers")."""
        if verb.lemma_.lower() not in self.lex.sending_words:
            return False
        target = self._recipient_target(verb)
        if target is None or target.lemma_.lower() not in self.lex.outward_destinations:
            return False
        destinations = self.lex.outward_destinations
        first = [c for c in target.children if c.dep_ in ("nmod", "compound")]
        if (len(first) == 1 and first[0].lemma_.lower() in destinations
                and any(c.dep_ == "cc" for c in first[0].children)):
            # "to any server or cloud service", parsed as "[any server or cloud] service": the marks are the first
            # destination's, and the coordination runs through it
            target = first[0]
        marks = [c for c in target.children if c.dep_ not in ("punct", "cc", "conj")]
        # every further destination of the list is such a place too ("to any server or any cloud service"; "cloud" of
        # the misparse above, the word before the shared "service")
        if any(c.lemma_.lower() not in destinations and not (
                c.i + 1 < len(c.doc) and c.doc[c.i + 1].lemma_.lower() in destinations) for c in target.conjuncts):
            return False
        return (any(c.lower_ in self.lex.outward_marks for c in marks)
                and all(c.dep_ in ("det", "amod") and c.lower_ in self.lex.outward_marks | {"a", "an", "the"}
                        for c in marks))

    def _passed_through(self, verb) -> str | None:
        """The party other than us whose service or systems the data that is the subject of a verb of carrying (cue
        `transit_verbs`) passes "through" / "via" or is carried "by" ("calls and text messages are routed through our
        communications provider, Twilio Inc.", "audio and video are carried by Twilio Video", "bug reports are relayed
        through Cloudflare Workers", "your data does pass through some other services"): that party is given the data
        (GUIDELINES: messages carried by relays). None when the subject is no data, or the way is ours or no party
        ("your traffic passes through our network", "requests go through the school")."""
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.transit_verbs:
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in FIRST_PERSON | SECOND_PERSON or not any(
                t.i in self._inside_terms or t.lemma_.lower() in BARE_DATA_NOUNS for t in subject.subtree):
            return None
        ways = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("through", "via") or c.dep_ == "agent"]
        for target in (c for way in ways for c in way.children if c.dep_ == "pobj"):
            owner = next((c for c in target.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            party = self._other_party(owner if owner is not None else target)  # "Agora's servers": Agora's
            if party is not None and party[0] != "user":
                return party[0]
        return None

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
        return self._deleting_party(verb)

    def _deleting_party(self, verb) -> tuple[str, str | None] | None:
        """The party other than us whose tool or systems the data is deleted from at the end of its period, by the
        storage verb itself or by a clause on its period ("Telemetry data is retained for 14 months, after which it is
        automatically deleted from Google Analytics", "Fingerprints are deleted from Lumenmatch's systems within 24
        hours"): the data was kept there, the keeping that party's (GUIDELINES: processors); else None ("deleted from
        our servers", "from your device")."""
        deleting = [t for t in verb.subtree if t.lemma_.lower() in self.lex.deletion_verbs
                    and (t.i == verb.i or t.dep_ in ("relcl", "advcl"))]
        for deletion in deleting:
            for prep in (c for c in deletion.children if c.dep_ == "prep" and c.lower_ == "from"):
                for place in (c for c in prep.children if c.dep_ == "pobj"):
                    owner = next((c for c in place.children if c.dep_ == "poss"), None)
                    if owner is not None and owner.pos_ == "PROPN":
                        party = self._other_party(owner)  # "Lumenmatch's systems"
                    elif place.pos_ == "PROPN":
                        party = self._other_party(place)  # "Google Analytics"
                    else:
                        continue
                    if party is not None and party[0] != "user":
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
            # bare data taken up by the relative pronoun is data all the same: "the details you give us, which may
            # reveal information about a disability"
            if subject.lemma_.lower() in BARE_DATA_NOUNS or subject.lemma_.lower() in ("detail", "details"):
                return True
        return subject is not None and subject.i in self._inside_terms

    def _named_in(self, practice, span) -> tuple[str, str | None] | None:
        """A named SDK or company in "in X" / "by X" / "through X" after a nominal practice or its data, also when the
        parser hung it on another item of the coordinated data ("the collection of IP addresses and precise location
        data in Mixpanel": Mixpanel's collection of both)."""
        roots = [span.root, *span.root.conjuncts] if span is not None else []
        for token in [practice] + roots:
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "by", "through", "via", "within"):
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            actor, text = self._resolve(pobj, THIRD_PARTY)
                            if actor not in (FIRST_PARTY, THIRD_PARTY):
                                return actor, text
        return None

    def _other_party_by(self, practice) -> tuple[str, str | None] | None:
        """The other party, named or not, of a "by X" phrase on a nominal practice ("you consent to the processing of
        data about you by analytics tool providers"): that party practises; None for us, the user or a means ("by
        automated means")."""
        for prep in practice.children:
            if prep.dep_ == "prep" and prep.lower_ == "by":
                for pobj in prep.children:
                    if (pobj.dep_ == "pobj" and pobj.lower_ not in SECOND_PERSON
                            and pobj.lemma_.lower() not in USER_NOUNS):
                        actor, text = self._resolve(pobj, "")
                        if actor not in ("", FIRST_PARTY, "user"):
                            return actor, text
        return None

    def _tool_for_nominal(self, practice) -> tuple[str, str | None] | None:
        """The other party we use for a nominal practice ("We use Sentry for error and diagnostic data collection",
        "uses Firebase Crashlytics for the collection of crash reports"): the tool practises, as "We use Sentry to
        collect …" (GUIDELINES: a collecting verb with the tool as its agent gives the `collect` to the tool alone);
        None when the tool is ours or no party ("use cookies for …")."""
        tool = _tool_of_nominal_practice(practice)
        return self._other_party(tool) if tool is not None else None


REVIEW_NOUNS = {"review", "verification", "investigation", "approval", "inspection", "screening", "check"}


def _held_for_review(verb) -> bool:
    """Whether "hold" is stopping the data until it is looked at: "held for (manual) review", "held pending
    verification", not keeping it ("we hold your data for six years")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "pending", "until") and any(
                o.dep_ == "pobj" and o.lemma_.lower() in REVIEW_NOUNS for o in prep.children):
            return True
    return False


def _for_other_purposes(verb) -> bool:
    """A "for their own purposes" / "for any other purpose" phrase on the verb: what the verb is denied for is a
    purpose beyond the one it serves, not the verb itself."""
    return any(prep.dep_ == "prep" and prep.lower_ == "for" and any(
        o.dep_ == "pobj" and o.lemma_.lower() == "purpose"
        and any(m.lower_ in ("own", "other", "unrelated", "different", "additional") for m in o.children)
        for o in prep.children) for prep in verb.children)


TIME_NOUNS = {"time", "date", "moment", "timestamp", "day", "hour"}
RELATIVE_WORDS = {"that", "which", "who", "whom", "what"}


def _time_of_sending(span, verb) -> bool:
    """Whether the data is the time a relative clause of a sending verb says something else was sent at ("the time
    it was sent", "the time each message was sent and read", "the date we sent you the reminder"): the clause has a
    subject of its passive, or an object, of its own, so the time is when, not what, is sent."""
    root = span.root
    if verb.dep_ != "relcl" or verb.head.i not in (root.i, _first_conjunct(root).i) or (
            verb.head.lemma_.lower() not in TIME_NOUNS):
        return False
    return any(c.dep_ in ("nsubjpass", "dobj", "obj") and c.lower_ not in RELATIVE_WORDS
               and not span.start <= c.i < span.end for c in verb.children)


def _passed_on_in_aggregate(verb, qualifiers) -> bool:
    """Whether a sharing `verb` passes the data on only in aggregate or anonymised form: an "in aggregate", "in
    (an) aggregate / anonymised form" of the verb, of the verb an objectless conjunct shares it with ("stored in an
    aggregate form and made available"), or of the "except" a purpose clause hangs on ("is made publicly available,
    except in aggregate form to report on usage patterns")."""
    if any(t.lower_ == "verbatim" or t.lemma_.lower() == "form" and t.dep_ == "pobj" and not any(
            c.dep_ in ("amod", "compound") and c.lower_ in qualifiers for c in t.children) for t in verb.sent):
        return False  # "in aggregated form …, in partial or edited form …, or verbatim": also passed on as it is
    heads = [verb]
    if verb.dep_ == "conj" and not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        heads.append(verb.head)
    if verb.dep_ in ("advcl", "xcomp") and verb.head.lower_ == "except":
        heads.append(verb.head)
    for head in heads:
        for prep in (p for c in head.children if c.dep_ == "prep" for p in (c, *c.conjuncts)):
            if prep.lower_ == "except":
                prep_list = [q for q in prep.children if q.dep_ == "prep"]
            else:
                prep_list = [prep]
            for q in prep_list:
                if q.lower_ != "in":
                    continue
                for obj in (o for o in q.children if o.dep_ == "pobj"):
                    if obj.lower_ in ("aggregate", "aggregated"):
                        return True  # "in aggregate"
                    if obj.lemma_.lower() == "form" and any(
                            c.dep_ in ("amod", "compound") and c.lower_ in qualifiers for c in obj.children):
                        return True  # "in an aggregate form", "in pseudo-anonymised forms"
    return False


# the nouns "the same …" names a practice's yardstick by: "under the same circumstances that we disclose X"
YARDSTICK_NOUNS = {"circumstance", "condition", "case", "situation", "way", "manner", "purpose", "basis", "term",
                   "extent"}


def _same_as_clause(verb) -> bool:
    """Whether `verb`, or the verb it is coordinated with, heads a relative clause of "the same circumstances /
    conditions / way / purposes …" ("under the same circumstances that we use and disclose personally identifying
    information", "in the same way that we use your other data")."""
    verb = _first_conjunct(verb)
    head = verb.head
    return (verb.dep_ == "relcl" and head.lemma_.lower() in YARDSTICK_NOUNS
            and any(c.dep_ == "amod" and c.lower_ == "same" for c in head.children))


def _receives_safeguards(verb, span, safeguard_nouns) -> bool:
    """Whether the data of `span` is the subject of an active "receive" whose object is, or is a measure of, a
    safeguard ("Your data receives the same level of protection", "your information will receive appropriate
    security")."""
    if not any(c.dep_ == "nsubj" and span.start <= c.i < span.end for c in verb.children):
        return False
    return any(t.lemma_.lower() in safeguard_nouns for c in verb.children if c.dep_ in ("dobj", "obj")
               for t in c.subtree)


# what a service sends the person it serves: its own notices, not data handed on
NOTICE_NOUNS = {"invoice", "update", "notification", "reminder", "receipt", "questionnaire", "newsletter",
                "confirmation", "alert", "notice", "statement", "bill", "survey"}
# messages a service sends the person: the data they are about, or give as an example, is not handed on
MESSAGE_NOUNS = {"email", "e-mail", "mail", "message", "communication", "correspondence"}
# the words making their object what a notice or message is about ("about your account", "pertaining to orders")
NOTICE_TOPIC_WORDS = {"about", "regarding", "concerning", "pertaining", "relating", "related", "respecting"}


# what a service makes and hands out, not data: "distribute our App", "publish the app"
DISTRIBUTED_PRODUCTS = {"app", "application", "software", "game", "extension", "add-on", "plugin"}


def _distributes_our_product(verb, span) -> bool:
    """Whether `verb`'s object is our own app or software ("our App", "the App") and the data of `span` is not that
    object but hangs inside its phrase (an example list the parser hung on it)."""
    root = span.root
    return any(o.lemma_.lower() in DISTRIBUTED_PRODUCTS and o.i != root.i and o.left_edge.i <= root.i <= o.right_edge.i
               and any(c.dep_ in ("poss", "det") and c.lower_ in ("our", "the", "its") for c in o.children)
               for o in verb.children if o.dep_ in ("dobj", "obj"))


def _sends_notices(verb, span) -> bool:
    """Whether the data of `span` is, or is what is said of, a notice `verb` sends ("sending invoices", "send
    information and updates pertaining to orders", "send you e-mail about your account … or any transactions you
    have made", "We send exclusively transactional emails (e.g., password reset, email address confirmation …)"): an
    object of the verb that is, or is coordinated with, a notice noun, with the data inside it, or a message noun with
    the data inside it but not the message itself; or, when the verb sends a notice or message or sends to "you", a
    topic phrase of the verb ("send you updates regarding your purchases") holding the data."""
    objects = [o for c in verb.children if c.dep_ in ("dobj", "obj") for o in (c, *c.conjuncts)]
    # "to send information and updates pertaining to orders", "updates" parsed as a conjunct of the verb
    objects += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
    root = span.root
    if any(o.lemma_.lower() in NOTICE_NOUNS and o.left_edge.i <= root.i <= o.right_edge.i for o in objects):
        return True
    messages = [o for o in objects if o.lemma_.lower() in MESSAGE_NOUNS or o.lower_ in MESSAGE_NOUNS]
    if any(o.left_edge.i <= root.i <= o.right_edge.i and root.i != o.i for o in messages):
        return True  # the data within the message, not the message itself ("your e-mail")
    if not (messages or any(o.lemma_.lower() in NOTICE_NOUNS for o in objects)
            or any(o.lower_ in SECOND_PERSON for o in objects)):
        return False
    return any(c.dep_ in ("prep", "acl", "advcl") and c.lower_ in NOTICE_TOPIC_WORDS
               and c.left_edge.i <= root.i <= c.right_edge.i for c in verb.children)


def _shown_to_the_public(verb, frame: Frame, who: tuple[str, str, str | None]) -> list[Frame]:
    """Our `share` with third parties beside the collection of what the user chooses to make public ("Optionally, a
    user may also choose to share the following information publicly: …", "You can make your posts publicly
    available"): the service shows it to anyone (GUIDELINES: making data visible to other users or to the public)."""
    if (who[0] != "user" or frame.negated or frame.action != "collect" or frame.actor != FIRST_PARTY
            or verb.dep_ == "relcl" or not _made_public(verb)):
        return []
    return [Frame("share", actor=FIRST_PARTY, recipient=THIRD_PARTY)]


# verbs by which the service puts a result it collects on a board: "record your score on the leaderboard"
BOARD_POSTING_VERBS = {"record", "submit", "post", "save", "upload", "send", "add", "publish", "put"}


def _posted_to_a_ranking_board(verb, frame: Frame, boards: set[str]) -> list[Frame]:
    """Our `share` with third parties beside our collection of a result recorded on a board that ranks players for
    everyone (`boards`): "Record your Daily Challenge score on the global leaderboard", "submit scores to
    leaderboards" (GUIDELINES: making data visible to other users or to the public); not a denial, nor the board named
    only as a modifier ("sends the following to our leaderboard service")."""
    if (frame.negated or frame.action != "collect" or frame.actor != FIRST_PARTY or verb.tag_ == "VBG"
            or verb.lemma_.lower() not in BOARD_POSTING_VERBS):
        return []
    # the parser often hangs the place on the object ("Record your score on the global leaderboard")
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    preps = [c for t in (verb, *objects) for c in t.children if c.dep_ == "prep"
             and c.lower_ in ("on", "onto", "to", "in", "into")]
    places = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    if not any(p.lemma_.lower() in boards or p.lower_ in boards for p in places):
        return []
    return [Frame("share", actor=FIRST_PARTY, recipient=THIRD_PARTY)]


def _made_public(verb) -> bool:
    """Whether `verb` puts its object before the public: "share / post … publicly", "make … public" (also "make …
    publicly available")."""
    lemma = verb.lemma_.lower()
    if lemma in PUBLIC_SHARING_VERBS:
        return any(c.dep_ == "advmod" and c.lower_ == "publicly" for c in verb.children)
    if lemma == "make":
        return any(c.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "advmod", "amod") and (
            c.lower_ == "public" or c.lemma_.lower() == "available" and any(
                g.lower_ == "publicly" for g in c.children)) for c in verb.children)
    return False
