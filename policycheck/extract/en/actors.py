"""Who performs a practice and who receives the data, on the parse of a sentence.

`ActorRules._actor`, `_resolve` (a token to first party, user or a named party), `_recipient`, pronouns and
back-references ("this service"), coordinated actors and recipients, and names the tagger misreads. Word-level
helpers for parties are in `parties`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...records import FIRST_PARTY, THIRD_PARTY
from ..base import Frame, unique_frames
from ..lexicon import any_match
from .clauses import (_clause_verb, _doc_text, _first_conjunct, _given_subject, _has_subject, _named_examples,
    _opens_item, _relative_antecedent, _subject_token)
from .negation import OPERATED_THINGS
from .parties import (CORPORATE_SUFFIXES, STAFF_NOUNS, TOOL_VERBS, _access_holder, _alias_form, _the_developer,
    _own_moderators, _third_party_modified, _tool_serving, _with_names_a_party, _without_corporate_suffix)
from .preprocess import _third_person_action
from .words import (CHANNELS, DEMONSTRATIVES, FIRST_PERSON, LIST_SEPARATOR, OUTSIDE_VIEWING_VERBS, PERMISSION_VERBS,
    PRONOUN_SUBJECTS, SECOND_PERSON, SEEING_VERBS, SERVICE_ROLES, SOFTWARE_SUBJECTS, USER_NOUNS, VIEWER_VERB_AS_NOUN)

# adverbs that may stand between a subject and a practice verb the tagger read as a noun ("only stores")
VERB_ADVERBS_BEFORE_DATA = frozenset({"only", "also", "just", "solely", "automatically", "securely", "temporarily"})


# words policies capitalise as their own defined terms ("to use the Services", "use Cookies to"), never a party's name
DEFINED_TERMS = {"service", "app", "application", "site", "website", "platform", "product", "software", "cookie",
                 "technology", "tool", "information", "data", "content", "feature", "program", "programme"}



def _defined_plural(token) -> bool:
    """Whether `token` is a bare capitalised plural of a word policies define their terms by ("Technologies" of 'pixel
    tags, and other technologies (“Technologies”)', "Tools"), which the tagger reads as a name: the policy's term, no
    party; not cookies (trackers act for whoever places them), nor a company's name ("Acme Technologies")."""
    word = token.lower_
    single = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else ""
    return (token.text[:1].isupper() and single in DEFINED_TERMS - {"cookie"}
            and not any(c.dep_ in ("compound", "det", "poss", "amod", "nmod", "appos") for c in token.children))


# the head word of a short name a policy defines for what it covers ("the Games", "the Extension", "the Services")
OWN_PRODUCT_WORDS = DEFINED_TERMS - {"cookie", "technology", "information", "data", "content"} | {
    "game", "extension", "add-on", "addon", "bot", "service"}

OWN_INFRASTRUCTURE = {"server", "system", "database", "infrastructure", "network", "computer", "cloud", "backend"}
# the possessive between a catalogued owner and its catalogued product named after it ("Google's Firebase Analytics")
POSSESSIVE_GAP = re.compile(r"\s*['’]\s*s\s+")
# the software or systems a party runs, named by its owner's possessive ("the courier's app", "GeoComply's plugin")
OWNED_SOFTWARE = {"app", "application", "plugin", "extension", "sdk", "server", "system", "platform", "software",
                  "tool", "device", "terminal", "scanner"}
# the places of our own organisation data can be sent to ("to our back office", "to our response centre"), as our
# servers are: with "our", the data reaches us (not by our name alone: "the University's Office of Advancement and …");
# so is our own site ("the website from which you linked directly to our site")
OWN_PLACES = {"office", "centre", "center", "site", "website"}
# public bodies named by the place they govern ("the Government of Canada", "the State of Nevada")
PUBLIC_BODIES = {"government", "state", "province", "commonwealth"}

# Practice words the tagger reads as a compound noun when they open a list item of purposes ("- process rentals and
# purchases", "- Processing orders or other transactions"): there, the verb (or its gerund) of the item's object.
ITEM_OPENING_PRACTICES = {"process", "processing"}

PARTITIVES = {"some", "all", "one", "any", "many", "several", "each", "certain"}  # "some of our partners such as X"
PARTY_NOUNS = {"service", "partner", "company", "provider", "tool", "network", "party", "sdk", "platform", "vendor",
               "processor", "advertiser", "plugin", "library", "organization", "organisation", "firm", "business"}

# nouns naming someone else in general once "other" qualifies them ("to us or any other parties")
OTHER_PARTY_NOUNS = {"party", "company", "organisation", "organization", "entity", "person", "individual", "business"}
# what "this" points back to as a party named before ("We use Crashlytics … This service may collect …"); not the
# nouns our own service is called by ("this platform", "this company")
TOOL_NOUNS = {"service", "tool", "sdk", "library", "plugin", "provider", "processor", "vendor"}
# an app or client the user lets use the account: "When you authorize an application to use your account", "if you
# connect an app"
USER_AUTHORIZED_APP = re.compile(r"\byou (?:\w+ )?(?:authori[sz]e|connect|link) (an? (?:app|application|client))\b",
                                 re.I)
# what other parties' content embedded in a page is called, which "these" / "those" takes up as the parties the
# sentence before named ("social media buttons, such as Twitter, GitHub … These features may collect …")
EMBEDDED_THING_NOUNS = {"feature", "widget", "button", "site", "website"}
# what another party runs on our pages and that "this" / "these" as a subject takes up as the party the sentence before
# named ("We use Typeform to run our feedback survey. This survey does not collect …", "Google Analytics sets one or
# more cookies on your computer … These cookies do not collect personally identifiable information"); with no
# catalogued party named in the sentence before they stay ours
# (the tagger's lemma of "cookies" is "cooky")
RUN_FOR_US_NOUNS = {"survey", "cookie", "cooky"}

# an introduction ending "the app records:" / "our servers log:", which the tagger reads as a noun phrase
# (any verb of the lexicon in its third person: "records", "uploads", "fetches")
SOFTWARE_VERB_AS_NOUN = re.compile(r"\b(?:app|application|service|website|site|device|system|server|sdk)s?\s+"
                                   r"([a-z]+s)\s*:\s*$", re.I)

# … or a named tool's ("Google Analytics stores information about:"): the verb, and what the tool keeps
NAMED_TOOL_VERB = re.compile(r"[*_]*\s+(records|logs|collects|stores|tracks|gathers|receives|saves|keeps)\b([^:.;]{0,60}):\s*$",
                             re.I)

# What a tool helps us do with data about the visitors ("helps us understand how customers use the App")
HELPED_VERBS = {"understand", "analyze", "analyse", "measure", "learn"}
# verbs of working together whose "with" party does the work a following "to help us …" names ("We work with
# analytics providers to help us understand …")
PARTNERING_VERBS = {"work", "partner", "collaborate", "team", "contract"}

# what a policy calls a vendor it names beside the name ("Jumio, our identity verification provider"): always another
# party's role; and the things we run that are another party's product when a word before them says what they do
# ("Greenhouse, our applicant tracking system"), unlike the bare "our system" or "our platform" of our own service
VENDOR_ROLE_NOUNS = {"provider", "vendor", "processor", "subprocessor", "sub-processor", "supplier", "contractor",
                     "host"}
VENDOR_PRODUCT_NOUNS = {"system", "platform", "tool", "software"}


# moderators the sentence says are volunteers or from outside are others (GUIDELINES: moderators)
VOLUNTEERS = re.compile(r"(?i)\bvolunteer|\boutside\b|\bexternal\b|\bcommunity moderators\b")
# verbs of sending whose "with" may name what goes along with the data rather than a recipient ("sent with an
# identifier unique to your device"); "share with" always names one
ACCOMPANIED_SENDING_VERBS = {"send", "transmit", "upload", "report", "forward"}
# verbs that hand data on to a destination ("transmit any personal data to the developer or any third party"), not a
# sign-in ("sign in to MyRidgeline and Canvas") nor a reveal in a breach
HANDING_ON_VERBS = {"send", "transmit", "upload", "forward", "pass", "share", "disclose", "provide", "give", "report",
                    "submit", "transfer", "sync", "synchronize", "synchronise"}


# opening an account on another party's platform or going to its site, where what the person then gives goes to it
PLATFORM_OPENING_VERBS = {"create", "register", "open", "set", "sign", "navigate", "go", "visit", "join"}
PLATFORM_PREPOSITIONS = {"for", "to", "with", "on", "at"}
PLATFORM_PLACES = {"account", "profile", "site", "website", "page"}
ACCOUNT_OPENINGS = {"create", "open", "register", "set"}
ACCOUNT_OPENED = re.compile(r"\b(?:create|open|register for|sign up for|set up)\s+an?\s+((?:[A-Z][\w.+]*\s+){1,3})"
                            r"account\b")
INNER_CAPITAL_NAME = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]*$")  # "AddThis", "DataDog", "PostHog"
# initials in brackets after a name, as parsed: "the department for education ( dfe )"
INITIALS_AFTER_NAME = re.compile(r" \( [a-z][a-z0-9&.]{1,9} \)$")


# The service's own presence on another platform, named as official ("direct messages sent to or from official White
# House accounts", "comments posted to our official pages"): data sent there reaches the service itself.
OFFICIAL_CHANNEL_NOUNS = {"account", "page", "channel", "profile", "handle", "feed"}


def _list_read_as_apposition(token) -> bool:
    """Whether `token` is the second item of a list "A, B, or C" that the parser hung on A as an apposition, with the
    rest of the list coordinated to it ("to Clipy servers, Firebase, or any other third-party service")."""
    return (token.dep_ == "appos" and token.i > 0 and token.doc[token.i - 1].text == ","
            and any(c.dep_ == "cc" for c in token.children) and any(c.dep_ == "conj" for c in token.children))


def _official_channel(target) -> bool:
    """Whether `target` is an account, page or channel called "official" (`OFFICIAL_CHANNEL_NOUNS`)."""
    return target.lemma_.lower() in OFFICIAL_CHANNEL_NOUNS and any(
        c.dep_ == "amod" and c.lower_ == "official" for c in target.children)


# a copy of another party's software the service runs itself: "sent to a self-hosted instance of Matomo"
SELF_HOSTED = re.compile(r"\bself[- ]?hosted\b", re.I)


def _self_hosted(target) -> bool:
    """Whether the words before `target` call it self-hosted ("a self-hosted instance of Matomo", "our self-hosted
    Plausible server"): data sent there reaches the service itself, not the software's maker. Not a server the user
    runs ("your self-hosted server", GUIDELINES: what the app sends to a server the user runs is no `share`)."""
    words = target.doc[target.left_edge.i:target.i + 1]
    return bool(SELF_HOSTED.search(words.text)) and not any(
        t.lower_ in ("your", "you", "their", "user", "users") for t in words)


# words an apposition calls a product of the policy's own by ("Octolytics, our internal analytics service", "Hub, our
# in-house tool", "our own proprietary engine")
OWN_PRODUCT_MODIFIERS = {"internal", "in-house", "inhouse", "own", "proprietary", "homegrown", "home-grown"}


def _our_internal_apposition(token) -> bool:
    """Whether an apposition to the name calls it our own internal product ("Octolytics, our internal analytics
    service"): "our" and a word of our own making, not a vendor's role ("Jumio, our identity verification provider")."""
    for appos in (c for c in token.children if c.dep_ == "appos"):
        if (any(c.dep_ == "poss" and c.lower_ == "our" for c in appos.children)
                and any(c.i < appos.i and c.lower_ in OWN_PRODUCT_MODIFIERS for c in appos.subtree)):
            return True
    return False


def _used_by_us(noun) -> bool:
    """Whether `noun` is said to be used by us, in a relative clause of ours ("the services we use") or a participle
    with no agent but us ("the services being used", "the tools used by us"); not what the user uses ("the services
    you use")."""
    for clause in noun.children:
        if clause.lemma_.lower() != "use" or clause.i < noun.i:
            continue
        if clause.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in clause.children):
            return True
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and all(
                g.lower_ in ("us", "me") for c in clause.children if c.dep_ == "agent" for g in c.children
                if g.dep_ == "pobj") and not any(c.dep_ in ("xcomp", "advcl") for c in clause.children):
            return True
    return False


# Things others make or run on a platform ("apps built with Appsemble", "Sites hosted on WordPress.com") (lemmas), and
# the participles that say so, with "with", "on", "using" or "through" before the platform
BUILT_ON_PRODUCTS = {"app", "application", "site", "website", "blog", "bot", "extension", "plugin", "integration",
                     "program", "store", "page"}
BUILT_ON_VERBS = {"build", "make", "develop", "create", "host", "run", "power", "publish"}
BUILT_ON_PREPOSITIONS = {"with", "on", "using", "through", "via"}


class ActorRules:
    """Who performs a practice and who receives the data: `_actor`, `_resolve`, `_recipient` and the
    readings of names, pronouns, coordinated and back-referred parties."""

    def _outside_parties_named(self, text: str) -> list:
        """The catalogued names `text` gives other parties: named SDKs and companies, not a name of our own ("PostHog"
        in PostHog's policy)."""
        return [m for m in self.entities.find_named(text, "en")
                if text[m.start:m.end].lower() not in self.first_party_aliases]

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

    def _fronted_party(self, verb) -> tuple[str, str | None] | None:
        """The other party a fronted "For X," names before a passive with no agent ("For GOV.UK Notify, your personal
        data will be processed both in the UK and the EEA"): the practice of that party's service, else None ("For
        security, …", "For EU users, …", "For our records, …")."""
        while verb.dep_ == "conj" and verb.head.i < verb.i:
            verb = verb.head  # "For Google Analytics, your IP address is anonymized and stored …"
        for prep in verb.children:
            if (prep.dep_ != "prep" or prep.lower_ != "for" or prep.i > verb.i
                    or prep.i != min(t.i for t in verb.subtree)):
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            comma = pobj is not None and pobj.i + 1 < len(verb.doc) and verb.doc[pobj.i + 1].text == ","
            if not comma or pobj.lower_ in SECOND_PERSON or pobj.lemma_.lower() in USER_NOUNS:
                continue
            actor, text = self._resolve(pobj, "")
            if actor not in ("", FIRST_PARTY, "user") and (actor != THIRD_PARTY or pobj.pos_ == "PROPN"):
                return actor, text  # a catalogued party or a name of one, not a category ("For advertisers, …")
        return None

    def _clause_of_based_on(self, verb, default_actor: str) -> tuple[str, str, str | None] | None:
        """The party of the clause a "based on …" participle with no agent of its own hangs in: what a party works out
        from the data it works it out with ("Google Analytics infers your location based on your IP address": Google
        Analytics uses the address). None when no verb above it names a party ("ads based on your location")."""
        host = self._based_on_host(verb)
        if host is None:
            return None
        found = self._actor(host, default_actor)
        return found if found[0] == "explicit" else None

    def _based_on_host(self, verb):
        """The nearest verb above a "based on …" participle ("identifying your company based on your IP address") that
        has a subject ("These tools may collect, process, and enrich data …, including identifying …": "enrich"), also
        when the parser makes "based" a preposition of that verb ("Google Analytics collects your approximate location
        based on the IP address"), else None."""
        if verb.lemma_.lower() != "base" or verb.dep_ not in ("acl", "advcl", "prep") or any(
                c.dep_ == "agent" for c in verb.children):
            return None
        return next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX") and a.lemma_.lower() != "base"
                     and _subject_token(a) is not None), None)

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
        partner = self._party_worked_with(helper)
        if partner is not None:
            return ("explicit",) + partner
        found = self._actor(helper, default_actor)
        return found if found[0] == "explicit" and found[1] not in (FIRST_PARTY, "user") else None

    def _party_worked_with(self, helper) -> tuple[str, str | None] | None:
        """The other party we work or partner with to help us ("We may work with analytics providers and similar
        partners to help us understand the usage of the Services", "We partner with Google Analytics to help us …"):
        the "with" party helps, else None (also when that party is ourselves: "work with our team to …")."""
        host = helper.head
        if helper.dep_ not in ("advcl", "xcomp") or host.i == helper.i or host.lemma_.lower() not in PARTNERING_VERBS:
            return None
        host_subject = _subject_token(host)
        if host_subject is None or host_subject.lower_ not in FIRST_PERSON:
            return None
        for prep in (c for c in host.children if c.dep_ == "prep" and c.lower_ == "with"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            actor, text = self._resolve(pobj, "")
            if actor not in ("", FIRST_PARTY, "user"):
                return actor, text
        return None

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
            if agent is None:
                fronted = self._fronted_party(verb)
                if fronted is not None:
                    return ("explicit",) + fronted
            if agent is None:
                outer = self._clause_of_based_on(verb, default_actor)
                if outer is not None:
                    return outer
            if agent is not None:
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    if pobj.lower_ in SECOND_PERSON or pobj.lemma_.lower() in USER_NOUNS:
                        return "user", FIRST_PARTY, None  # "information provided by the commenter"
                    if pobj.lower_ in CHANNELS and not any(c.dep_ in ("det", "poss") for c in pobj.children):
                        return "none", default_actor, None  # "a one-time code sent by SMS": how, not by whom
                    named = next((party for c in pobj.children if c.dep_ == "appos"
                                  and (party := self._other_party(c)) is not None and party[0] != THIRD_PARTY), None)
                    if named is not None:
                        return ("explicit",) + named  # "collected by your operating system (Apple iOS)": the one named
                    if pobj.lemma_.lower() in self.lex.not_viewers and any(
                            t.dep_ == "poss" and t.lower_ == "your" for t in pobj.subtree if t.i < pobj.i):
                        # "stored and verified by your device's operating system": the user's own device acts
                        return "user", FIRST_PARTY, None
                    return ("explicit",) + self._resolve(pobj, default_actor)
            return "none", default_actor, None
        # a later verb of the infinitive list is done by whoever does the first ("advertisers use cookies to collect
        # and track X": the advertisers track)
        infinitive = verb
        while (infinitive.dep_ == "conj" and infinitive.head.i != infinitive.i
               and not any(c.dep_ in ("nsubj", "nsubjpass") for c in infinitive.children)):
            infinitive = infinitive.head
        tool_verb = infinitive.head
        if (infinitive.dep_ == "xcomp" and tool_verb.dep_ == "xcomp" and tool_verb.lemma_.lower() == "help"
                and not any(c.dep_ in ("dobj", "obj") for c in tool_verb.children)):
            tool_verb = tool_verb.head  # "Google Analytics uses cookies to help analyze …": "help" with no object
        if (subject is not None and subject.lower_ in ("it", "them") and subject.dep_ in ("dobj", "obj")
                and infinitive.dep_ == "xcomp" and subject.head == tool_verb
                and tool_verb.lemma_.lower() in TOOL_VERBS):
            tool = self._named_antecedent(subject)
            if tool is not None:
                # "We use Google Analytics …, but we don't use it to … collect your User Personal Information": the
                # named tool "it" stands for does what we use it to do, as when named there
                return ("explicit",) + tool
        if (subject is not None and subject.dep_ in ("dobj", "obj") and infinitive.dep_ == "xcomp"
                and subject.head == tool_verb
                and tool_verb.lemma_.lower() in TOOL_VERBS and self._party(subject) is None):
            if self._name_read_as_word(subject):
                return "explicit", THIRD_PARTY, subject.text  # "We use Plausible to collect …", "use Workable to …"
            # the object names no party at all, not even us ("help us to …" keeps "us"): "advertisers use cookies to
            # collect X": the advertisers collect
            subject = _subject_token(tool_verb)
        misattached = self._tool_of_misattached_infinitive(infinitive, subject)
        if misattached is not None:
            return ("explicit",) + misattached  # "We use DataDog's … services to record … logs"
        relied = self._party_relied_on(verb)
        if relied is not None:
            return ("explicit",) + relied  # "We rely on Stripe to handle credit card information"
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
            named = antecedent.head if antecedent.dep_ == "appos" and antecedent.head.pos_ == "PROPN" else None
            if named is not None and not any(t.lower_ in FIRST_PERSON or self._own_name(t)
                                             for t in named.subtree if t.i <= named.i):
                # "powered by Simple Analytics, a privacy-first service that … does not collect personal data": the
                # clause describes the outside company the apposition names (an open third party when no catalogue
                # knows it)
                party = self._party(named)
                name = " ".join(t.text for t in named.subtree if t.i <= named.i)
                if party is not None and party[0] != FIRST_PARTY:
                    return "explicit", party[0], name
                if party is None and self._uncatalogued_name(named):
                    return "explicit", THIRD_PARTY, name
            placer = self._tracker_placer(antecedent)
            if placer is not None:
                return ("explicit",) + placer  # "Meta and LinkedIn place advertising pixels that record …"
        lower = subject.lower_
        if _users_person(subject) and verb.lemma_.lower() not in self.lex.user_provides:
            # "your Shopper will scan the barcode on your driver's license", "your teacher can record …": a person
            # the user deals with, not the user, obtains the data (what such a person gives, "your customers upload
            # X", still reaches us)
            return "explicit", THIRD_PARTY, " ".join(t.text for t in subject.subtree if t.i <= subject.i)
        if (lower in SECOND_PERSON or lower in self.lex.user_subjects or subject.lemma_.lower() in USER_NOUNS) \
                and not _third_party_modified(subject):
            return "user", FIRST_PARTY, None
        if lower in PRONOUN_SUBJECTS or _demonstrative_pronoun_subject(subject, verb):
            first = _subject_token(verb.head) if verb.dep_ == "conj" else None
            if first is not None and first.i < subject.i and (first.lower_ in self.lex.user_subjects
                                                               or first.lemma_.lower() in USER_NOUNS):
                return "user", FIRST_PARTY, None  # "Teachers upload assignments, and they enter grades"
            antecedent = self._antecedent(subject)
            if antecedent is None and subject.lower_ in ("it", "they"):
                authorized = USER_AUTHORIZED_APP.search(_doc_text(subject.doc)[:subject.idx])
                if authorized is not None:
                    # "When you authorize an application to use your account, … it may access your posts": the app
                    # the user lets in is another party, whose access is our passing the data on
                    return "explicit", THIRD_PARTY, authorized.group(1)
            return ("explicit",) + antecedent if antecedent else ("pronoun", default_actor, None)
        return ("explicit",) + self._resolve(subject, default_actor)

    def _tracker_placer(self, noun) -> tuple[str, str | None] | None:
        """The party other than us that places, sets or uses the trackers `noun` names ("Google Analytics places
        cookies that …", "Mixpanel sets cookies which …"), when the trackers name no party of their own; else None."""
        words = {noun.lemma_.lower(), noun.lower_, noun.lower_[:-1] if noun.lower_.endswith("s") else noun.lower_}
        if not words & self.lex.tracker_nouns or noun.dep_ not in ("dobj", "obj") \
                or noun.head.lemma_.lower() not in self.lex.tracker_setting_verbs or self._party(noun) is not None:
            return None
        subject = _subject_token(noun.head)
        if subject is None or subject.lower_ in PRONOUN_SUBJECTS:
            return None
        return self._other_party(subject)

    def _stays_hidden(self, verb) -> bool:
        """A staying verb whose complement is a concealment ("your payment details remain hidden from them", "X stays
        concealed"), or data passively kept private ("Your e-mail, password, and the list of user profiles linked to
        your account are kept private"): as the passive of "hide", a denial of showing its subject to other people,
        a privacy of display and not a retention (GUIDELINES); not "stays private" alone ("Your data stays private, on
        your device"), nor our keeping it private ("we keep your information private": a safeguard)."""
        lemma = verb.lemma_.lower()
        kept = lemma == "keep" and any(c.dep_ == "auxpass" for c in verb.children)
        return (lemma in self.lex.staying_verbs or kept) and any(
            c.dep_ in ("acomp", "oprd", "xcomp") and (c.lemma_.lower() in self.lex.concealment_verbs
                                                     or c.lower_ in ("hidden", "concealed")
                                                     or kept and c.lower_ == "private")
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
        if (subject_kind == "pronoun" and subject.lower_ == "they" and not self._our_product_before(verb)
                and self._outside_party_named_before(verb)):
            return THIRD_PARTY  # "We use [Fanout] to broadcast real-time messages. They will be able to see X"
        if subject_kind != "explicit" or actor in ("", "user"):
            return THIRD_PARTY if subject_kind == "explicit" and self._unnamed_outsider(verb) else None
        if actor == FIRST_PARTY and subject.pos_ != "PROPN":
            return None  # "our employees cannot see your messages": who of ours may see it, an access control
        return actor

    def _outside_viewer(self, verb) -> str | None:
        """The outside party that is the subject of a viewing verb (`OUTSIDE_VIEWING_VERBS`): "our customer-care
        contractor may view your account details" -> third_party, "Sentry can view X" -> sentry; None for us, our
        people ("a support agent can view your settings"), the user, and a participle with no subject of its own
        ("pages and files viewed")."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if (subject is None or verb.tag_ in ("VBD", "VBN") or subject.i in self._inside_terms
                or subject.lower_ in FIRST_PERSON or subject.lemma_.lower() in SERVICE_ROLES):
            return None  # past forms are mostly participles the parser gave a subject ("pages and files viewed")
        party = self._seeing_party(verb)
        return party if party not in (None, FIRST_PARTY) else None

    def _unnamed_outsider(self, verb) -> bool:
        """Whether the subject of `verb` is a common noun that names an outside party no catalogue knows, which
        `_resolve` left to the default actor: "the recipient's bank", "Other parties", "Bots and Widgets"; not us or
        our own names, people or things ("our employees", "the developers of Gotify", "the server", "the app", "your
        device"), a feature named by an acronym ("ACR"), the user, a data term, nor a tool that we use to receive
        ("We use analytics to receive crash reports": not the verb's own subject). A relative "who" / "which" stands
        for its antecedent ("- **Site hosts**, who receive the session records", "local hosts, who see your phone
        number")."""
        subject = _subject_token(verb)
        if subject is not None and subject.lower_ in ("who", "which") and subject.head.i == verb.i:
            antecedent = _relative_antecedent(subject)
            subject = antecedent if antecedent is not None and antecedent.i < subject.i else None
            if subject is None:
                return False
        elif (subject is None or not (subject.head.i == verb.i
                                      or verb.dep_ == "conj" and subject.head.i == verb.head.i)):
            return False
        if subject.pos_ not in ("NOUN", "PROPN") or subject.i in self._inside_terms or subject.text.isupper():
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

    def _parties_after_colon(self, verb) -> list[tuple[str, str]]:
        """The catalogued parties a colon after `verb` lists when its subject is "they" ("your browser contacts them
        and they see your IP address: Google Fonts on every page, Gravatar wherever a profile picture is shown"): the
        parties the pronoun stands for; [] for any other subject or with no colon."""
        subject = _subject_token(verb)
        if subject is None or subject.lower_ != "they":
            return []
        colon = next((t for t in verb.doc[verb.i + 1:] if t.text == ":"), None)
        if colon is None or any(t.text in (".", ";") for t in verb.doc[verb.i + 1:colon.i]):
            return []
        text = _doc_text(verb.doc)[colon.idx + 1:]
        parties: list[tuple[str, str]] = []
        for match in self._outside_parties_named(text):
            if all(p[0] != match.value for p in parties):
                parties.append((match.value, text[match.start:match.end]))
        return parties

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

    def _party_letting_others(self, verb) -> tuple[str, str | None, str] | None:
        """(party, its text, recipient) when a named party other than us lets someone else see, view or access the data
        ("PayPal allows the recipient of a payment to see the name and email address of the payer", "Stripe lets the
        merchant see your email address"): that party shares the data with the one it lets (a named party, else
        `THIRD_PARTY`); None when we or the user let, or the one let is not named as a party."""
        head = verb.head
        if (verb.dep_ not in ("xcomp", "ccomp") or head.lemma_.lower() not in PERMISSION_VERBS
                or verb.lemma_.lower() not in SEEING_VERBS | OUTSIDE_VIEWING_VERBS | {"access"}):
            return None
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        # the one let: the object of "allow" or, as the parser may read it, the subject of the verb after it
        allowed = next((c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None) or next(
            (c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if (subject is None or allowed is None or subject.pos_ not in ("NOUN", "PROPN")
                or allowed.pos_ not in ("NOUN", "PROPN")):
            return None
        party = self._other_party(subject)
        if party is None or party[0] in ("user", THIRD_PARTY):
            return None
        if allowed.lemma_.lower() in self.lex.user_subjects or allowed.i in self._inside_terms:
            return None  # "Google allows you to see your data": the user's own access
        recipient = self._other_party(allowed)
        return party[0], party[1], recipient[0] if recipient is not None and recipient[0] != "user" else THIRD_PARTY

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

    def _verbs_read_as_noun(self, span) -> list:
        """The practice verbs the tagger read as nouns between their subject and the data phrase that is their object,
        opening the clause: "our hosting provider stores only encrypted vault data", "A small number of subprocessors
        process student data", "Wildfire Games stores players IP addresses", and two of them joined by "and" or "or"
        ("Google records and stores your IP address", "our server logs and stores visitor IP addresses"). Each verb
        agrees with the noun before it (a singular noun or a name of several words before "stores", a plural one
        before "process"), which noun compounds ("user records", "the App Store") do not; no finite verb nor negation
        comes before them in the clause (a noun the verb was compounded with may come between: "stores [players] IP
        addresses"), and the verb next to the data names no record ("logs", "records"), which is data itself; one
        joined to a later verb ("records and stores") is read as the verb it agrees as."""
        doc = span.doc
        index = span.start - 1
        while index > 0 and span.start - index <= 3 and (
                doc[index].pos_ in ("DET", "ADJ", "ADV", "NUM") or doc[index].tag_ in ("PRP$", "VBN", "VBD")
                or doc[index].pos_ in ("NOUN", "PROPN") and doc[index].lemma_.lower() not in self.lex.verbs
                and (doc[index].dep_ == "compound" or doc[index - 1].head.i == index
                     and doc[index - 1].dep_ == "compound")):
            index -= 1
        if index <= 0:
            return []
        verb = doc[index]
        lemma = verb.lemma_.lower()
        if (verb.i in self._inside_terms or lemma in self.lex.record_nouns or lemma in ("record", "log", "file", "use")
                or not self._practice_word(verb)):
            return []
        verbs = [verb]
        if index >= 3 and doc[index - 1].lower_ in ("and", "or") and self._practice_word(doc[index - 2]) and (
                doc[index - 2].i not in self._inside_terms):
            verbs.insert(0, doc[index - 2])  # "Google records and stores your IP address"
        subject = doc[verbs[0].i - 1]
        if subject.lower_ in VERB_ADVERBS_BEFORE_DATA and subject.i > 0:
            subject = doc[subject.i - 1]  # "This extension only stores user data": an adverb before the verb
        if (subject.i in self._inside_terms or subject.pos_ not in ("NOUN", "PROPN") or not subject.is_alpha
                or subject.lemma_.lower() in self.lex.verbs):
            return []
        # a plural word closing a name of several words ("Wildfire Games", "Acme Labs") names one party
        singular = subject.tag_ in ("NN", "NNP") or subject.tag_ == "NNPS" and subject.text[:1].isupper() and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in subject.children)
        for each in verbs:
            lower, lemma = each.lower_, each.lemma_.lower()
            if not (singular and lower in (lemma + "s", lemma + "es") or subject.tag_ in ("NNS", "NNPS") and lower == lemma):
                return []
        for token in reversed(doc[:subject.i]):
            if token.text in (";", ":", "|", ","):
                break
            if token.tag_ in ("VBZ", "VBP", "VBD", "MD") or token.lower_ in self.lex.negations:
                return []
        return verbs

    def _practices_read_as_noun(self, span, actor, purposes, condition) -> list:
        """One frame per practice verb the tagger read as a noun before the data phrase (`_verbs_read_as_noun`)."""
        verbs = self._verbs_read_as_noun(span)
        party = self._party_before_noun_verbs(verbs)
        actor, actor_text = party if party is not None else (actor, None)
        return unique_frames([Frame(self.lex.verbs[v.lemma_.lower()], actor=actor, actor_text=actor_text,
                                    purposes=purposes, condition=condition) for v in verbs])

    def _party_before_noun_verbs(self, verbs) -> tuple[str, str | None] | None:
        """The party other than us and the user that the subject before practice verbs read as nouns names ("Google
        records and stores your IP address", "our hosting provider stores only encrypted vault data"), else None
        ("Wildfire Games stores …" in Wildfire Games' policy)."""
        if not verbs:
            return None
        subject = verbs[0].doc[verbs[0].i - 1]
        if subject.lower_ in VERB_ADVERBS_BEFORE_DATA and subject.i > 0:
            subject = subject.doc[subject.i - 1]
        party = self._other_party(subject)
        return party if party is not None and party[0] != "user" else None

    def _practice_word(self, token) -> bool:
        """A practice verb the tagger may have read as a noun ("stores", "records", "process")."""
        return ((token.pos_ == "NOUN" or token.dep_ == "compound" and token.tag_ in ("VBP", "VBZ"))
                and self.lex.verbs.get(token.lemma_.lower()) in ("collect", "share", "store", "use"))

    def _mistagged_verb(self, token, verb) -> bool:
        """A practice verb the tagger took for a noun right after "and"/"or": "the information we collect and share";
        or in the middle of a series of verbs, after a verb and its comma: "we may collect, process, and store …"."""
        if not (token.pos_ in ("NOUN", "PROPN") and token.dep_ == "conj" and token.lower_ in self.lex.verbs
                and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in token.children)):
            return False
        doc = verb.doc
        if token.i == verb.i + 2 and doc[verb.i + 1].dep_ == "cc":
            return True
        # only in the series of `verb` itself, which opens it or ends it ("collect, process, and store"), not a later
        # series coordinated to it ("Acme will obtain … records, and may re-run such checks, and collect, use …")
        return (token.i >= 2 and doc[token.i - 1].text == "," and doc[token.i - 2].pos_ == "VERB"
                and (doc[token.i - 2] == verb or any(c == verb for c in token.children if c.dep_ == "conj"))
                and token.i + 1 < len(doc) and (doc[token.i + 1].text == "," or doc[token.i + 1].dep_ == "cc"))

    def _coordinated_actors(self, verb, frame: Frame) -> list[Frame]:
        """The same practice for each further party of a coordinated subject: "Meta and Google collect X", "we and
        our service providers collect X"."""
        beside = self._us_beside_subject(verb, frame)
        if beside:
            return beside
        listed_after = self._parties_after_colon(verb) if frame.action in ("collect", "not_collect") else []
        if listed_after and frame.actor == listed_after[0][0]:
            # "… they see your IP address: Google Fonts on every page, Gravatar …": each party the colon lists
            return [replace(frame, actor=party, actor_text=text) for party, text in listed_after[1:]]
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
        if subject is None and verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl"):
            # "We and/or third parties may collect information using cookies, … log files …": the means phrase,
            # with no subject of its own, is used by each party of the subject of the practice it serves
            head = _clause_verb(verb)
            if head is not None and head.i != verb.i:
                subject = _subject_token(head)
        if subject is None:
            return []
        antecedent = _relative_antecedent(subject)
        if antecedent is not None and verb.tag_ == "VBZ":
            return []  # "… (Google Maps Platform, which receives X)": one item of a list, not the whole list
        # "AdMob and AppLovin, which collect X", also when the parser did not coordinate the names
        listed = self._names_listed_before_relative(subject) if antecedent is not None else []
        subject = antecedent or subject
        parties = [self._other_party(t) for t in [subject, *subject.conjuncts, *_repeated_agents(verb, subject)]] + listed
        parties += self._names_of_listed_subject(subject, verb)
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
        examples = _named_examples(category, self.lex.example_prepositions) or [
            # "Third-party SDKs integrated into the app, such as AppsFlyer, collect X": the parser hung the examples
            # on a noun of the category's own modifier; only named parties count there
            example for token in category.subtree if token.i > category.i
            for example in _named_examples(token, self.lex.example_prepositions) if (self._other_party(example) or (THIRD_PARTY,))[0] != THIRD_PARTY]
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
        if frame.actor == FIRST_PARTY and frame.action in ("collect", "not_collect") and parties[0] is not None:
            # "Retailers and insurers may supply us with X": the parties of the subject hand the data to us, who
            # collect it; they are not collectors of their own
            return []
        extra: list[Frame] = []
        for party in parties[1:]:
            if party is not None and party[0] != frame.actor and all(f.actor != party[0] for f in extra):
                extra.append(replace(frame, actor=party[0], actor_text=party[1]))
        return extra

    def _us_beside_subject(self, verb, frame: Frame) -> list[Frame]:
        """Our own practice when "we" opens a subject that an inserted phrase splits from the other party ("we, and in
        some cases, our third-party service providers, can collect the following"): the parser leaves "we" with the
        "and" / "or" that should join it to the other party and no conjunct, and takes the other party alone for the
        subject; both do the practice. Only words of the inserted phrase may stand between them, no verb."""
        if frame.actor in (FIRST_PARTY, "user"):
            return []
        subject = _subject_token(verb)
        if subject is None or subject.dep_ != "nsubj" or subject.i > verb.i:
            return []
        doc = verb.doc
        start = subject.left_edge.i
        for token in reversed(doc[max(0, start - 10):start]):
            if token.pos_ in ("VERB", "AUX") or token.text in (";", ":"):
                return []
            if token.lower_ == "we":
                joined = any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in token.children) and not any(
                    c.dep_ == "conj" for c in token.children)
                return [replace(frame, actor=FIRST_PARTY, actor_text=None)] if joined else []
        return []

    def _names_of_listed_subject(self, subject, verb) -> list[tuple[str, str]]:
        """The named parties of a subject written wholly as a list of names, each as the whole name written, where the
        parser hung a name's last words on another ("Google Analytics and Google Analytics for Firebase collect …":
        "for Firebase" hung on the first name); [] for any other subject."""
        if subject.pos_ != "PROPN" or subject.right_edge.i >= verb.i:
            return []
        doc = subject.doc
        text = _doc_text(doc)[doc[subject.left_edge.i].idx:doc[subject.right_edge.i].idx + len(doc[subject.right_edge.i])]
        found = self.entities.find_named(text, "en")
        if len(found) < 2 or text[:found[0].start].strip() or text[found[-1].end:].strip(" ,") or not all(
                LIST_SEPARATOR.fullmatch(text[a.end:b.start]) for a, b in zip(found, found[1:])):
            return []
        return [(m.value, text[m.start:m.end]) for m in self._outside_parties_named(text)]

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
        if frame.action in ("share", "not_share") and frame.recipient == THIRD_PARTY and any(
                self._category_named_before(t) for t in [self._recipient_target(verb), _subject_token(verb)] + [
                    c for c in verb.children if c.dep_ in ("dative", "dobj")]):
            # "… consumer reporting agencies, such as Equifax. To do so, we give the agency X", "… a data aggregator,
            # such as Plaid. … we send the aggregator X"
            return "recipient"
        subject = _subject_token(self._based_on_host(verb) or verb)  # "… based on your IP address": the clause's
        if frame.actor == THIRD_PARTY and self._category_named_before(subject):
            return "actor"  # "… a data aggregator, such as Plaid. … the aggregator never receives X"
        if ((subject is None or self._party(subject) is None) and verb.dep_ == "xcomp"
                and verb.head.lemma_.lower() in TOOL_VERBS and not _demonstrative_tools(subject)):
            subject = _subject_token(verb.head)  # ("We use these tools to collect X": the tools, named before)
        taken_up = PARTY_NOUNS | EMBEDDED_THING_NOUNS | RUN_FOR_US_NOUNS
        if subject is None or subject.lemma_.lower() not in taken_up or not any(
                c.dep_ in ("det", "predet") and (c.lower_ in DEMONSTRATIVES and (
                    subject.lemma_.lower() in PARTY_NOUNS or c.lower_ in ("these", "those"))
                                                or c.lower_ == "this"
                                                and subject.lemma_.lower() in TOOL_NOUNS | RUN_FOR_US_NOUNS)
                for c in subject.children):
            return None
        if subject.lemma_.lower() in RUN_FOR_US_NOUNS and not self._outside_parties_named(self._previous_sentence):
            return None  # "Cookies are small files that a site or its service provider transfers … These cookies …"
        party = self._resolve(subject, default_actor)[0]
        if party not in (default_actor, THIRD_PARTY):
            return None  # "These Google services": named in the phrase itself
        if frame.action == "share" and frame.actor == FIRST_PARTY and frame.recipient == party:
            return "recipient"
        return "actor" if frame.actor == party else None

    def _category_named_before(self, noun) -> bool:
        """Whether `noun` is "the" + a kind of party that the sentence before it in its block gave named examples of
        ("we obtain a credit report from one or more consumer reporting agencies, such as Equifax, Experian or
        TransUnion. To do so, we give the agency your name": the agency is one of those named); not a party the
        phrase names itself, nor one of ours."""
        if noun is None or noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return False
        if any(c.dep_ in ("poss", "compound", "amod") for c in noun.children) or self._resolve(noun, "")[0] not in (
                "", THIRD_PARTY):
            return False  # "the agency's …", "the Google service": a phrase of its own
        lemma = noun.lemma_.lower()
        forms = "|".join(re.escape(f) for f in {lemma, lemma + "s", lemma + "es", lemma[:-1] + "ies"})
        return re.search(r"(?i)\b(" + forms + r")\b,?\s*\(?(such as|including|like|e\.g\.,?|for example,?)\s+[A-Z]",
                         self._previous_sentence) is not None

    def _our_product_before(self, verb) -> bool:
        """Whether the sentence names our own app or service before `verb`, which its pronoun subject may stand for
        ("Amethyst does not request X, so it never receives the GPS track")."""
        before = _doc_text(verb.doc)[:verb.idx].lower()
        return any(re.search(r"\b" + re.escape(alias) + r"\b", before) for alias in self.first_party_aliases) or any(
            t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in FIRST_PERSON | PRONOUN_SUBJECTS
            and self._resolve(t, "")[0] == FIRST_PARTY for t in verb.doc[:verb.i])

    def _outside_party_named_before(self, verb) -> bool:
        """Whether the sentence before `verb` in its block, or its own sentence before it, names an outside party: one
        the catalogue knows that is not ours, or a name the policy uses for another party ("We use [Fanout] to
        broadcast real-time messages. They will be able to see details like your IP address")."""
        before = self._previous_sentence + " " + _doc_text(verb.doc)[:verb.idx]
        if self._outside_parties_named(before):
            return True
        return any(re.search(r"\b" + re.escape(name) + r"\b", before) for name in self.other_party_names)

    def _our_denied_tool_use(self, verb, frame: Frame) -> list[Frame]:
        """Our own denial beside a named tool's when we deny using the tool to do it ("We do not use Google Analytics
        to collect your email address", "we don't use it to … collect your User Personal Information", "Clipy does not
        use Firebase Analytics to collect user-created or copied content" with our name as the subject): the denial
        holds for both alike (GUIDELINES: denials with an exception)."""
        if not frame.negated or frame.actor in (FIRST_PARTY, THIRD_PARTY, "user", ""):
            return []
        infinitive = verb
        while (infinitive.dep_ == "conj" and infinitive.head.i != infinitive.i
               and not any(c.dep_ in ("nsubj", "nsubjpass") for c in infinitive.children)):
            infinitive = infinitive.head
        tool_verb = infinitive.head
        if infinitive.dep_ != "xcomp" or tool_verb.lemma_.lower() not in TOOL_VERBS:
            return []
        subject = _subject_token(tool_verb)
        if subject is None or not any(c.dep_ in ("dobj", "obj") for c in tool_verb.children):
            return []
        # "we", or our own name or product as the subject ("Clipy does not use Firebase Analytics to collect …")
        if subject.lower_ not in FIRST_PERSON and (subject.pos_ == "PRON"
                                                   or self._resolve(subject, "")[0] != FIRST_PARTY):
            return []
        return [replace(frame, actor=FIRST_PARTY, actor_text=None)]

    def _named_antecedent(self, pronoun) -> tuple[str, str] | None:
        """The last catalogued party (not us, not a bare third party) named before `pronoun` in its sentence, which
        "it" stands for when we say what we use it for ("We use Google Analytics as a third party tracking service,
        but we don't use it to …"); None when there is none."""
        before = _doc_text(pronoun.doc)[:pronoun.idx]
        named = self._outside_parties_named(before)
        return (named[-1].value, before[named[-1].start:named[-1].end]) if named else None

    def _antecedent(self, pronoun) -> tuple[str, str] | None:
        """The party "it" / "they" stands for: the last party named before it in the sentence, when that is a third
        party ("Adobe Analytics helps us…; it receives usage data"); None when there is none or it is our own app, also
        a catalogued name the policy uses as its own ("Sentry doesn't use device ID. Instead, it uses …" in Sentry's
        own documentation)."""
        before = _doc_text(pronoun.doc)[:pronoun.idx]
        named = [m for m in self.entities.find(before, "en") if before[m.start:m.end].lower() not in FIRST_PERSON]
        if not named or named[-1].value == FIRST_PARTY or \
                before[named[-1].start:named[-1].end].lower() in self.first_party_aliases:
            return None
        return named[-1].value, before[named[-1].start:named[-1].end]

    def _made_on_our_platform(self, noun) -> bool:
        """Whether `noun` is said to be built, hosted or run with or on us by a participle after it ("apps built using
        Appsemble", "Sites hosted on WordPress.com"): made by others on the service, not the service itself."""
        for participle in noun.children:
            if (participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.i < noun.i
                    or participle.lemma_.lower() not in BUILT_ON_VERBS):
                continue
            for marker in participle.children:
                if marker.lower_ not in BUILT_ON_PREPOSITIONS or marker.dep_ not in ("prep", "advcl", "xcomp", "acl"):
                    continue
                for platform in marker.children:
                    if (platform.dep_ in ("pobj", "dobj") and platform.lower_ not in FIRST_PERSON
                            and self._resolve(platform, "")[0] == FIRST_PARTY):
                        return True
        return False

    def _resolve(self, token, default_actor: str) -> tuple[str, str | None]:
        """Actor id and text of the noun phrase headed by `token`."""
        lower = token.lower_
        if lower in FIRST_PERSON:
            return FIRST_PARTY, None
        if self._inside_own_long_name(token):
            return FIRST_PARTY, None
        hyphenated = _hyphenated_word(token)
        if hyphenated is not None and [(m.start, m.end, m.value) for m in self.entities.find(hyphenated, "en")] == [
                (0, len(hyphenated), THIRD_PARTY)]:
            # "If a mini-program requests your nickname", "Mini-programs may collect": the parser splits the hyphenated
            # party word ("mini", "-", "program") and heads the subject by its last part, which alone names no party
            return THIRD_PARTY, hyphenated
        head_phrase = " ".join(t.lower_ for t in token.subtree if t.i <= token.i and t.dep_ in ("det", "poss", "compound")
                               or t.i == token.i)
        owner = self._other_owner(token)
        if owner is not None:
            return owner  # "the courier's app records X", "the partner's app collects X": the owner's software
        if token.lemma_.lower() in BUILT_ON_PRODUCTS and self._made_on_our_platform(token):
            # "Apps built with Appsemble may request user profile information", "Sites hosted on WordPress.com make use
            # of different third party applications": what others build or run on the service is theirs, not ours
            return THIRD_PARTY, " ".join(t.text for t in token.subtree if t.i <= token.i)
        if token.lemma_.lower() in TOOL_NOUNS and _used_by_us(token):
            # "The services we use have access to your IP address", "the services being used have access to some basic
            # technical information": the tools the service uses, not the service itself (GUIDELINES: a tool's
            # collection, a party said to have access)
            return THIRD_PARTY, " ".join(t.text for t in token.subtree if t.i <= token.i)
        if (lower in ("apps", "applications") and not any(c.dep_ in ("det", "poss") for c in token.children)
                and USER_AUTHORIZED_APP.search(self._previous_sentence)):
            # "When you authorize an application to use your account, … Applications can never access your e-mail
            # address": apps in general after the one the user lets in are such apps, not ours
            return THIRD_PARTY, token.text
        if head_phrase in self._first_party_phrases or lower in ("app", "apps", "application", "applications") \
                and not _third_party_modified(token):
            return FIRST_PARTY, None
        if _the_developer(token):
            return FIRST_PARTY, None
        if _own_moderators(token) and not _third_party_modified(token) and not VOLUNTEERS.search(
                _doc_text(token.doc)):
            return FIRST_PARTY, None  # "Moderators may screen chat messages": the service's own team (GUIDELINES)
        phrase = " ".join(t.text for t in token.subtree if t.dep_ not in ("relcl", "acl", "punct") and t.i <= token.i
                          or t.head == token and t.dep_ in ("compound", "prep", "pobj"))
        # a name heading a list is a party of its own: "Mailchimp" of "with Mailchimp and Zendesk" is an uncatalogued
        # third party, not Zendesk (each item is a recipient, see `_coordinated_recipients`)
        # ... and so are our own servers or developer heading one: "our servers" of "to our servers or any third
        # parties", "Clipy servers" of "to Clipy servers or Firebase" are ours (the others, see `_outsiders_beside_us`)
        own_infrastructure = (token.lemma_.lower() in OWN_INFRASTRUCTURE | {"developer"}
                              and self._our_infrastructure(token))
        coordinated = {t.i for c in token.children
                       if c.dep_ in ("conj", "cc") or own_infrastructure and _list_read_as_apposition(c)
                       for t in c.subtree} if (
            token.pos_ == "PROPN" and lower not in self.first_party_aliases or own_infrastructure) else set()
        # ... nor is the party for whom a clause of the phrase says they act: "with those of its employees … that need
        # to know it in order to process it on PostHog's behalf" names the staff, not PostHog
        principal = {w.i for prep in token.subtree if prep.i > token.i and prep.dep_ == "prep" and prep.lower_ == "on"
                     and any(c.lower_ == "behalf" for c in prep.children) for w in prep.subtree}
        phrase_full = " ".join(t.text for t in token.subtree if t.i not in coordinated | principal)
        covering = self._name_covering(token)
        if covering is not None:
            return covering  # "Google Analytics for Firebase receives …": the whole name, not "Google Analytics"
        found_in_phrase = self.entities.find(phrase, "en")
        if not any(m.value not in (FIRST_PARTY, THIRD_PARTY) for m in found_in_phrase):
            for appos in (c for c in token.children if c.dep_ == "appos" and not (
                    _list_read_as_apposition(c) and own_infrastructure)):
                # "to our payment processor, Adyen": the category is the named party set beside it (not the next
                # item of a list after our own servers, "to Clipy servers, Firebase, or any other service")
                named = self.entities.find_named(" ".join(t.text for t in appos.subtree), "en")
                if named:
                    return named[0].value, named[0].phrase
        if token.pos_ == "PROPN" and _our_internal_apposition(token):
            return FIRST_PARTY, None  # "used by Octolytics, our internal analytics service": a product we run
        vendor = self._vendor_in_our_role(token)
        if vendor is not None and not any(m.value not in (FIRST_PARTY, THIRD_PARTY) for m in found_in_phrase):
            return THIRD_PARTY, vendor  # "Greenhouse, our applicant tracking system, stores …": not our own name
        for text, found in ((phrase, found_in_phrase), (phrase_full, None)):
            if found is None and self._own_name_heading_list(token):
                return FIRST_PARTY, None  # "not shared with the DfE or mobile device management software providers"
            if found is None and self._our_institution(token):
                return FIRST_PARTY, None  # "will not be shared with the Government of Canada" in a Canadian app's notice
            if found is None:
                found = self.entities.find(text, "en")
            named = [m for m in found if m.value not in (FIRST_PARTY, THIRD_PARTY)]
            if named and text[named[0].start:named[0].end].lower() in self.first_party_aliases:
                return FIRST_PARTY, None  # the policy's own catalogued name: "PostHog collects …" in PostHog's policy
            if len(named) > 1 and POSSESSIVE_GAP.fullmatch(text, named[0].end, named[1].start):
                named = named[1:]  # "to Google's Firebase Analytics": the owner's product, the more specific entry
            if named:
                return named[0].value, text[named[0].start:named[0].end]
            if found and text[found[0].start:found[0].start + 1].isupper() and \
                    text[found[0].start:found[0].end].lower() in self.first_party_aliases:
                return FIRST_PARTY, None  # a category word the policy defines as its own name: "the Service Provider"
            if found:
                return THIRD_PARTY, text[found[0].start:found[0].end]
        # the whole phrase of a name with "of" / "for" ("The Department for Education"), when it lists no others
        forms = {_alias_form(phrase)} | ({_alias_form(phrase_full)} if not any(
            c.dep_ == "conj" for c in token.children) else set())
        # ... also with its initials in brackets after it: "the Department for Education (DfE) collects …"
        forms |= {INITIALS_AFTER_NAME.sub("", form) for form in forms}
        if (lower in self.first_party_aliases or (forms | {_without_corporate_suffix(f) for f in forms}) &
                self.first_party_aliases) and not self._common_word_of_own_name(token):
            return FIRST_PARTY, None  # also our name with its legal form: "Tallyboard GmbH" of "Tallyboard"
        if _site_of_name(lower) in self.first_party_aliases:
            return FIRST_PARTY, None  # our name as the domain of our site: "USAID.gov uses single-session cookies"
        if self._others_of_our_kind(token):
            return THIRD_PARTY, phrase_full  # "shared with other Lesser servers": servers like ours, not ours
        if self._our_infrastructure(token):
            # "sends your IP address to our servers", "sends the following to our leaderboard service", by our own
            # name: "to State of Nevada servers", "is not sent to University servers", "Acme's systems"
            return FIRST_PARTY, None
        if token.lemma_.lower() in OWN_PLACES and any(c.dep_ == "poss" and c.lower_ == "our" for c in token.children):
            return FIRST_PARTY, None  # "transmits to our back office", "sends its position … to our response centre"
        if _update_server(token):
            return FIRST_PARTY, None  # "sends the following data to the update web server": the software's own
        if lower in ("it", "they", "them", "this", "these", "which", "that"):
            return default_actor, None
        if token.text in self.other_party_names and not any(c.dep_ in ("det", "poss") for c in token.children):
            return THIRD_PARTY, phrase_full  # "Plausible receives …" after "We use Plausible …"
        if token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "another" for c in token.children):
            return THIRD_PARTY, phrase_full  # "from another site that sets a cookie": a party other than us
        # a name with a capital inside that the tagger read as a common word ("AddThis collects non-personal data",
        # "DataDog" tagged as a determiner or noun) is a name all the same
        name = token.pos_ == "PROPN" or bool(INNER_CAPITAL_NAME.match(token.text)) and token.i not in self._inside_terms
        if name and _defined_plural(token):
            return default_actor, None  # "We may use Technologies to …" after "other technologies (“Technologies”)"
        if name and self._own_brand_product(token):
            return FIRST_PARTY, None  # "Nestling Baby also measures …" in the Nestling policy: a product of ours
        if name and self._own_defined_term(token):
            return default_actor, None  # "the Games do not request …", "The Extension does not collect …"
        if (name and token.i in self._inside_terms and token.dep_ in ("nsubj", "nsubjpass")
                and token.head.tag_ != "VBG" and not self._tracking_words(token)
                and not any(c.dep_ == "csubj" for c in token.head.children)
                and not any(c.dep_ in ("det", "poss") and c.lower_ not in ("the", "our", "your")
                            for c in token.children)):
            # "Device ID and subscription status: kept on our backend", "Only Usage Data collected … is correlated":
            # capitalised words of a data term the parser made the subject are the data, no party (not trackers,
            # which act for whoever places them: "Analysis Cookies … collect information on how visitors use our
            # Site"; nor the object of a gerund subject the parser took for the subject: "disclosing Viewing
            # Information … to advertisers may count as a sale")
            return default_actor, None
        if name:
            return THIRD_PARTY, phrase_full
        if _demonstrative_outside_tools(token) and not any(
                m.value not in (FIRST_PARTY, THIRD_PARTY) for m in self.entities.find(self._previous_sentence, "en")):
            # "### Website analytics tools: These tools collect …": the tools, not us (tools named in the sentence
            # before are taken up as those parties, see `_back_reference`)
            return THIRD_PARTY, phrase_full
        return default_actor, None

    def _tracking_words(self, token) -> bool:
        """Whether `token`'s phrase names trackers or tracking technologies ("Analysis Cookies", "Tracking
        Technologies"), which act for whoever places them, not data."""
        words = {t.lemma_.lower() for t in token.subtree if t.i <= token.i} | {
            t.lower_.rstrip("s") for t in token.subtree if t.i <= token.i}
        return bool(words & (self.lex.tracker_nouns | {"technology", "tracking"}))

    def _our_infrastructure(self, token) -> bool:
        """Whether `token` names our servers, systems, staff, officers or service, by "our" or our own name ("our
        servers", "University servers", "Acme's systems", "our leaderboard service", "the iNaturalist Data Protection
        Officer")."""
        return token.lemma_.lower() in OWN_INFRASTRUCTURE | STAFF_NOUNS | {"developer", "service", "officer"} and any(
            c.dep_ == "poss" and c.lower_ in FIRST_PERSON
            or c.dep_ in ("compound", "amod", "nmod", "poss") and self._own_name(c) for c in token.children)

    def _other_owner(self, token) -> tuple[str, str | None] | None:
        """The party other than us and the user whose software or systems `token` names by a possessive ("the
        courier's app", "the partner's app", "GeoComply's plugin"), else None ("our app", "your app", "Acme's app" in
        Acme's policy)."""
        if token.lemma_.lower() not in OWNED_SOFTWARE:
            return None
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")
                      and any(g.dep_ == "case" for g in c.children)), None)
        if owner is None or owner.lemma_.lower() in USER_NOUNS:
            return None
        party = self._other_party(owner)
        return party if party is not None and party[0] != "user" else None

    def _others_of_our_kind(self, token) -> bool:
        """Whether `token` names servers or instances like ours but run by others: "other" or "another" with our
        own name ("other Lesser servers", "another Acme instance"), not ours ("our other servers")."""
        return (token.lemma_.lower() in OWN_INFRASTRUCTURE | {"instance", "homeserver", "node", "service"}
                and any(c.dep_ in ("amod", "det") and c.lower_ in ("other", "another") for c in token.children)
                and not any(c.dep_ == "poss" for c in token.children)
                and any(c.dep_ in ("compound", "amod", "nmod") and self._own_name(c) for c in token.children))

    def _our_institution(self, token) -> bool:
        """Whether `token` is a public body named by one of our own names ("the Government of Canada" where "Canada"
        is one, "the State of Nevada" where "Nevada" is): a capitalised word of government before "of" and the name."""
        if token.lemma_.lower() not in PUBLIC_BODIES or not token.text[:1].isupper():
            return False
        place = next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
        if place is None or place.pos_ != "PROPN":
            return False
        name = " ".join(t.text for t in place.subtree if t.dep_ in ("compound", "flat") or t.i == place.i).lower()
        return name in self.first_party_aliases

    def _own_name_heading_list(self, token) -> bool:
        """Whether `token` is one of our own names, written alone (with no word of its own but "the"), heading a list
        of other parties that the whole phrase would otherwise be read as ("with the DfE or mobile device management
        software providers", "to the Government of Canada or anyone else"); each further item is a party of its own
        (`_outsiders_beside_us`)."""
        if not any(c.dep_ == "conj" for c in token.children):
            return False
        own = [t for t in token.subtree if t.i <= token.i and t.dep_ != "det"]
        words = " ".join(t.text for t in own).lower()
        return words in self.first_party_aliases or _alias_form(words) in self.first_party_aliases

    def _tool_of_misattached_infinitive(self, infinitive, subject) -> tuple[str, str | None] | None:
        """The named party of the tool we use, when the parser hung the infinitive of "we use X's services to …" on
        the object instead of on "use" ("We use DataDog's monitoring, tracing, and logging services to record
        application and server metrics, logs": DataDog records, as "We use Mixpanel's … services to record" parsed
        right); None for an object naming no party or only an unnamed one ("we use cookies to …")."""
        # "… monitoring, tracing, and logging services to record": hung on the last conjunct
        obj = _first_conjunct(infinitive.head)
        if (subject is not None or infinitive.dep_ not in ("advcl", "acl") or obj.i == infinitive.i
                or obj.dep_ not in ("dobj", "obj") or obj.head.lemma_.lower() not in TOOL_VERBS
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)):
            return None
        user = _subject_token(obj.head)
        if user is None or user.lower_ not in FIRST_PERSON:
            return None
        party = self._other_party(obj)
        return party if party is not None and party[0] != THIRD_PARTY else None

    def _party_relied_on(self, verb) -> tuple[str, str | None] | None:
        """The party we rely on to do the practice of `verb` ("We rely on Stripe to handle credit card information",
        "we rely upon Mixpanel to collect …"), as the tool of "we use X to …": a named party, not a generic one ("we
        rely on service providers to …", whose practice stays ours) nor a thing ("rely on cookies to …"); else None."""
        head = verb.head
        if verb.dep_ not in ("xcomp", "advcl") or head.i == verb.i or head.lemma_.lower() != "rely" or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return None
        subject = _subject_token(head)
        if subject is None or subject.lower_ not in FIRST_PERSON:
            return None
        party = next((p for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                      for p in c.children if p.dep_ == "pobj"), None)
        if party is None:
            return None
        found = self._other_party(party)
        if found is not None and found[0] != THIRD_PARTY:
            return found
        if party.pos_ == "PROPN" or self._name_read_as_word(party):
            return self._resolve(party, THIRD_PARTY) if found is None else found
        return None

    def _inside_own_long_name(self, token) -> bool:
        """Whether `token` lies inside one of the policy's own names of several words as written in the sentence, its
        legal form's period included ("SIA" of "Monkey See Monkey Do SIA may collect", "." of "thoughtbot, inc. uses"):
        the parser breaks such a name apart ("See" a verb, the period a subject), so its words are matched on the text.
        Not a name the token's phrase holds whole ("the GitHub Advisory Database"): the phrase is resolved as written."""
        if token.pos_ not in ("PROPN", "NOUN", "PUNCT", "X"):
            return False
        text = _doc_text(token.doc)
        subtree = list(token.subtree)
        phrase = text[subtree[0].idx:subtree[-1].idx + len(subtree[-1].text)].lower()
        for alias in self.first_party_aliases:
            if " " not in alias or len(alias) < 6 or alias in phrase:
                continue
            for found in re.finditer(r"(?<![\w.-])" + re.escape(alias) + r"(?:\.|(?![\w-]))", text, re.I):
                if found.start() <= token.idx < found.end() and found.start() < token.idx + len(token.text) <= found.end():
                    return True
        return False

    def _vendor_in_our_role(self, token) -> str | None:
        """The name of a party that an apposition calls our provider or a product we run for a task ("Jumio, our
        identity verification provider", "Greenhouse, our applicant tracking system"): another party's name, however
        the tagger read it, unless it is one of our own names; else None."""
        if not token.text[:1].isupper() or token.lower_ in FIRST_PERSON or self._own_name(token):
            return None
        for appos in (c for c in token.children if c.dep_ == "appos"):
            if not any(c.dep_ == "poss" and c.lower_ == "our" for c in appos.children):
                continue
            lemma = appos.lemma_.lower()
            modified = any(c.dep_ in ("compound", "amod", "nmod") and c.i < appos.i for c in appos.children)
            if lemma in VENDOR_ROLE_NOUNS or lemma in VENDOR_PRODUCT_NOUNS and modified:
                words = [t for t in token.subtree if t.i <= token.i and t.dep_ in ("compound", "flat")] + [token]
                return " ".join(t.text for t in sorted(words, key=lambda t: t.i))
        return None

    def _own_defined_term(self, token) -> bool:
        """Whether `token` is "the" and a capitalised word policies call their own service or product by, the way a
        policy writes the short name it defines for what it covers ("the Games", "The Extension", "the Services");
        not a name before it ("the Acme Service"), which may be another party's."""
        words = [t for t in token.subtree if t.i <= token.i]
        lower = token.lower_[:-1] if token.lower_.endswith("s") else token.lower_
        return (lower in OWN_PRODUCT_WORDS and token.text[:1].isupper() and len(words) == 2
                and words[0].lower_ == "the" and words[0].dep_ == "det")

    def _own_brand_product(self, token) -> bool:
        """Whether an uncatalogued name opens on one of the policy's own names, our brand before a product word
        ("Nestling Baby", "Nestling Cam" in the Nestling policy), with no possessive of another party."""
        words = [t for t in token.subtree if t.i <= token.i]
        compounds = [t for t in words if t.dep_ == "compound" and t.head.i == token.i]
        return (bool(compounds) and compounds[0].text[:1].isupper() and compounds[0].lower_ in self.first_party_aliases
                and not any(t.dep_ == "poss" for t in words))

    def _common_word_of_own_name(self, token) -> bool:
        """Whether `token` is the word of a one-word own name written capitalised ("Bank", taken from "Prairie Trust
        Bank"; "Voice", "Health") that the sentence writes in lower case, as the common noun it is ("the recipient's
        bank receives your name"): not our name. Not the words policies call their own service by ("the site")."""
        return (token.text.islower() and token.lower_ in self.capitalised_word_aliases
                and token.lemma_.lower() not in DEFINED_TERMS | OWN_PRODUCT_WORDS)

    def _own_name(self, token) -> bool:
        """Whether `token` heads one of the policy's own names ("NetNewsWire", "Multi-Calculator"), not "we"."""
        if not self.first_party_aliases or token.lower_ in FIRST_PERSON:
            return False
        phrase = " ".join(t.text for t in token.subtree if t.i <= token.i and t.dep_ in ("compound", "punct")
                          or t.i == token.i)
        return (token.lower_ in self.first_party_aliases or _alias_form(phrase) in self.first_party_aliases) and \
            not self._common_word_of_own_name(token)

    def _name_covering(self, token) -> tuple[str, str] | None:
        """The named party whose name runs across `token` past the words of its phrase up to it, into a phrase after
        it ("Google Analytics for Firebase" over "Analytics"), else None."""
        words = list(token.subtree)
        doc = token.doc
        # the words written after the head, also when the parser hung them elsewhere ("uses Google Analytics for
        # Firebase to measure …" with "for Firebase" on the verb)
        following = [doc[i] for i in range(token.i + 1, min(token.i + 4, token.sent.end))]
        for words in (words, [t for t in words if t.i <= token.i] + following):
            if words[-1].i == token.i:
                continue
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
                       for t in [*transfer.subtree, *_bracket_after(transfer)])

    def _recipient(self, verb) -> str | None:
        target = self._recipient_target(verb)
        if target is None:
            return None
        if target.lower_ in SECOND_PERSON:
            return "user"
        if target.lower_ in FIRST_PERSON or _official_channel(target) or _self_hosted(target):
            return FIRST_PARTY
        referred = self._parties_referred_to(target)
        if referred:
            return referred[0]
        actor, _ = self._resolve(target, THIRD_PARTY)
        return actor if actor != FIRST_PARTY else FIRST_PARTY

    def _recipient_words(self, verb) -> str | None:
        """The words naming who `verb` gives the data to when they name no catalogued party ("with Acme Payments Ltd",
        "to advertisers"), for the statement's `recipient_text`: a name, or a phrase with a third-party word of the
        catalogue; None for pronouns and other phrases."""
        target = self._recipient_target(verb)
        if target is None or target.pos_ == "PRON" or target.lower_ in SECOND_PERSON | FIRST_PERSON:
            return None
        if self._resolve(target, THIRD_PARTY)[0] != THIRD_PARTY:
            return None
        doc = target.doc
        start, end = target.left_edge.i, target.i
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and start <= doc[end + 1].head.i <= end + 1:
            end += 1  # the rest of a name the parser hangs on its last word: "Acme Payments Ltd"
        if end - start >= 8 or any(t.i in self._inside_terms for t in doc[start:end + 1]):
            return None  # a clause, or data named with the party
        words = _doc_text(doc)[doc[start].idx:doc[end].idx + len(doc[end])].rstrip(".")
        # a name, or words the catalogue knows for third parties ("advertising partners"), not "with your consent"
        if target.pos_ != "PROPN" and not any(m.value == THIRD_PARTY for m in self.entities.find(words, "en")):
            return None
        return None if self._unnamed_recipient(words) else words

    def _unnamed_recipient(self, words: str) -> bool:
        """Whether a recipient's words name no one in particular once their determiners are set aside ("third
        parties", "any other companies"): the cues' `unnamed_recipients` after `recipient_determiners`."""
        parts = words.lower().split()
        while parts and parts[0] in self.lex.recipient_determiners:
            parts.pop(0)
        return " ".join(parts) in self.lex.unnamed_recipients or not parts

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
        if self.lex.examples_before.search(before[:listed[0].start]):  # "advertising partners such as Meta and Google"
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
        if verb.pos_ == "ADJ" and verb.lower_ == "accessible" and verb.dep_ == "acomp":
            # "may be accessible by third parties": the parser hangs the "by" on the copula
            candidates += [c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > verb.i]
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
        # "the laboratory sends the genotype data back to us": the "to X" hung on "back"
        candidates += [t for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ == "back"
                       for t in c.children if t.dep_ == "prep" and t.lower_ == "to" and t not in candidates]
        # "sent directly from the payment terminal or the payment form to Adyen", "transferred from A to B": the
        # parser hangs the "to B" of a transfer "from A to B" on A; B receives the data
        candidates += [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree
                       if t.dep_ == "prep" and t.lower_ == "to" and t not in candidates
                       and not any(a.dep_ in ("relcl", "acl") and a.i > c.i for a in t.ancestors if a.i != verb.i
                                   and verb in a.ancestors)]
        # "We share your push token with Braze": the parser took the last word of the data term for a verb of its
        # own ("token") and hung "with X" on it
        candidates += [t for c in verb.children if c.i in self._inside_terms and c.pos_ == "VERB"
                       for t in c.children if t.dep_ == "prep" and t.lower_ in ("to", "with") and t not in candidates]
        if not any(c.lower_ in ("to", "with") or c.dep_ == "dative" for c in candidates):
            # "send the GPS coordinates of the start and end points to the Photon API": a word of the object the
            # parser made a verb coordinated with ours ("end"), no practice and no subject of its own, carries "to X"
            candidates += [t for conj in verb.children if conj.dep_ == "conj" and conj.i > verb.i
                           and conj.pos_ == "VERB" and not self._is_action(conj)
                           and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
                           for t in conj.children if t.dep_ == "prep" and t.lower_ in ("to", "with")]
        after_verb = [c for c in candidates if c.i > verb.i and (c.dep_ == "dative" or c.lower_ in ("to", "with"))]
        for child in candidates:
            if child.lower_ == "with" and child.i < verb.i and child.head == verb and after_verb:
                continue  # "With your consent, we send X to Checkr": a "with" opening the clause is no recipient
            if (child.lower_ == "with" and verb.lemma_.lower() in ACCOMPANIED_SENDING_VERBS
                    and not _with_names_a_party(child, self.lex.carrier_nouns)):
                continue  # "an identifier unique to your browser is sent with the data": what goes along, no one
            if child.dep_ == "dative" and child.pos_ in ("PRON", "NOUN", "PROPN"):
                target = child
            elif child.lower_ in ("with", "to", "among", "between") or (
                    # "may be accessible by non-government third parties": who can reach the data, as "to"; not
                    # "available by request / by default"
                    child.lower_ == "by" and verb.pos_ == "ADJ" and verb.lower_ == "accessible" and any(
                        p.dep_ == "pobj" and (p.lower_ in FIRST_PERSON | SECOND_PERSON or self._other_party(p))
                        for p in child.children)):
                target = next((c for c in child.children if c.dep_ == "pobj"), None)
                if (target is not None and child.lower_ in ("with", "to") and child.head == verb
                        and child.i + 1 < target.i and (us := child.doc[child.i + 1]).lower_ in ("us", "me")
                        and us.head.i == target.i and us.dep_ in ("compound", "nmod", "amod")):
                    # "Retailers may share with us product, pricing and availability information", "Please only share
                    # with us contact information of people …": the parser made "us" a modifier of the data that
                    # follows; we are who the data goes to
                    target = us
                if target is not None and child.lower_ == "with" and target.lemma_.lower() in self.lex.carrier_nouns:
                    # "sent with each request to our backend": where the request goes is where the data goes
                    target = next((p for c in target.children if c.dep_ == "prep" and c.lower_ == "to"
                                   for p in c.children if p.dep_ == "pobj"), target)
                    if target.lemma_.lower() in self.lex.carrier_nouns and any(c.lower_ == "to" for c in after_verb):
                        continue  # ... also with the "to" hung on the verb
                if target is None and child.lower_ == "to":
                    # "direct messages sent to or from official accounts": the object of the coordinated preposition
                    target = next((p for c in child.children if c.dep_ == "conj" and c.pos_ == "ADP"
                                   for p in c.children if p.dep_ == "pobj"), None)
                if target is None and child.lower_ == "to" and child.head == verb:
                    # "sent to and stored on AWS servers": the place the next verb names is where "to" leads
                    target = next((p for conj in verb.conjuncts if conj.i > child.i for c in conj.children
                                   if c.dep_ == "prep" and c.lower_ in ("on", "in", "at", "with")
                                   for p in c.children if p.dep_ == "pobj"), None)
            else:
                continue
            if target is None:
                continue
            if (target.lower_ == "us" and child in object_preps and child.head.pos_ in ("VERB", "AUX")
                    and child.head.i != verb.i and (subject := _subject_token(verb)) is not None
                    and subject.lower_ == "we"):
                # "We may share your name and any transactions you conduct with us with an advertising partner": the
                # "with us" of a clause inside our object says where the user did something, not who gets our data
                continue
            if (target.lower_ == "us" and child in object_preps and child.head.pos_ in ("VERB", "AUX")
                    and child.head.i != verb.i and _has_subject(child.head, SECOND_PERSON)):
                # "Godot will never share the personal data you provide to us": the "to us" of the user's clause
                # inside the object says whom the user gave the data, not who gets it from the sharing party
                continue
            if target.lower_ in ("which", "whom"):
                # "We use Sentry, to which we send crash reports", "Stripe, with whom we share X": the relative
                # pronoun stands for the noun its clause hangs on, or the noun right before it when the parser did not
                # attach the clause to that noun
                antecedent = _pronoun_antecedent(target, verb)
                if antecedent is not None:
                    return antecedent
            return target
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("through", "via"):
                # "are transmitted through Twilio Video": the named party carrying the data (not "submit X through
                # the Application and/or Services")
                target = next((c for c in child.children if c.dep_ == "pobj"), None)
                if target is not None and (self._other_party(target) or (THIRD_PARTY,))[0] != THIRD_PARTY:
                    return target
        return _receiver_of_what_we_send(verb)

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
        if not parties and frame.recipient == THIRD_PARTY:
            parties += self._examples_written_after(target)
        for item in [target, *target.conjuncts]:
            examples = _named_examples(item, self.lex.example_prepositions) or self._named_examples_after_relative(item)
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

    def _outsiders_beside_us(self, verb, frame: Frame) -> list[Frame]:
        """Our sharing with the parties named beside "us" as where the data goes ("never sent to us or any third
        party", "does not send your location to us or to anyone else"): the collection by us the verb gives, and a
        sharing with each other recipient, denied or not as the collection is."""
        if frame.action != "collect" or frame.actor != FIRST_PARTY or frame.recipient not in (None, FIRST_PARTY):
            return []
        if verb.pos_ != "VERB":
            return []  # "not available to us or to our ad partners": what each party may get, its own collection
        target = self._recipient_target(verb)
        if target is None or target.lower_ not in ("us", "me") and not (
                (verb.lemma_.lower() in HANDING_ON_VERBS or _made_available(verb)) and self._own_destination(target)):
            return []
        others = [c for c in target.conjuncts if c.i > target.i]
        # "to Clipy servers, Firebase, or any other third-party service", parsed with "Firebase" an apposition
        others += [item for c in target.children if _list_read_as_apposition(c) for item in (c, *c.conjuncts)
                   if item not in others]
        if target.head.dep_ in ("prep", "dative"):  # "to us or to anyone else"
            others += [p for c in target.head.conjuncts if c.i > target.i for p in c.children if p.dep_ == "pobj"]
        parties: list[str] = []
        for other in others:
            if other.lower_ in ("anyone", "anybody", "others", "everyone", "everybody", "nobody") or (
                    other.lemma_.lower() in OTHER_PARTY_NOUNS
                    and any(c.lower_ in ("other", "another", "outside", "external") for c in other.children)):
                # "to us or any other parties", "to us or another organisation"
                parties.append(THIRD_PARTY)
                continue
            party = self._other_party(other)
            if party is not None:
                parties.append(party[0])
        return [replace(frame, action="share", recipient=party, recipient_text=None)
                for party in dict.fromkeys(parties)]

    def _us_beside_outsiders(self, verb, frame: Frame) -> list[Frame]:
        """Our collection when "us" or our own servers follow another recipient of a handing on ("sent to RevenueCat
        and to our backend", "sent to Google and us", denied: "never sent to advertisers or to our servers"): the data
        reaches us as well, as when we come first (`_outsiders_beside_us`)."""
        if frame.action != "share" or frame.recipient in (None, "user", FIRST_PARTY) or verb.pos_ != "VERB":
            return []
        if not (verb.lemma_.lower() in HANDING_ON_VERBS or _made_available(verb)):
            return []
        target = self._recipient_target(verb)
        if target is None or target.lower_ in SECOND_PERSON | FIRST_PERSON:
            return []
        others = [c for c in target.conjuncts if c.i > target.i]
        if target.head.dep_ in ("prep", "dative"):  # "to RevenueCat and to our backend"
            others += [p for c in target.head.conjuncts if c.i > target.i for p in c.children if p.dep_ == "pobj"]
        # "us" or our machines only: staff, offices and affiliates of ours named beside outsiders are recipients of a
        # disclosure ("to our subsidiaries, our employees, and …", "to the University's Office of Advancement and …")
        if not any(other.lower_ in ("us", "me") or other.lemma_.lower() in OWN_INFRASTRUCTURE
                   and self._our_infrastructure(other) for other in others):
            return []
        return [replace(frame, action="collect", actor=FIRST_PARTY, actor_text=None, recipient=None,
                        recipient_text=None)]

    def _own_destination(self, target) -> bool:
        """Whether a recipient phrase other than "us" names us: the developer, our servers, our own name ("to the
        developer or any third party", "to our servers or to third parties")."""
        return target.pos_ in ("NOUN", "PROPN") and self._resolve(target, THIRD_PARTY)[0] == FIRST_PARTY

    def _examples_written_after(self, target) -> list[str]:
        """The named parties listed after "such as", "like", "including", "e.g." or "namely" that follows a category
        recipient within a few words, however the parser attached them ("with 3rd party vendors or services needed to
        operate Hack Club, like Slack for communication or Stripe for payment processing", "to clearing institutions
        (such as China UnionPay …)"), up to a verb, a pronoun ("such as when you …", "including your Google
        advertising ID"), "so that", a closing bracket or the end of the clause; names inside data terms are none."""
        doc = target.doc
        sentence_end = target.sent.end
        for cue in doc[target.i + 1:min(target.right_edge.i + 9, sentence_end)]:
            if cue.text in (".", ";") or cue.lower_ in FIRST_PERSON or cue.lower_ in SECOND_PERSON:
                return []
            cue_end = _example_cue_end(cue, self.lex.example_cue_words)
            if cue_end is not None:
                break
        else:
            return []
        bracketed = cue.i > 0 and doc[cue.i - 1].text == "("
        end = cue_end
        while end < sentence_end and doc[end].text not in (".", ";") and not (bracketed and doc[end].text == ")") \
                and doc[end].pos_ not in ("VERB", "AUX", "SCONJ", "PRON") and doc[end].lower_ != "so":
            end += 1  # the list of names ends where a clause, "so that" or the user's own data begins
        if end <= cue_end:
            return []
        base = doc[cue_end].idx
        text = _doc_text(doc)[base:doc[end - 1].idx + len(doc[end - 1])]
        parties = []
        for match in self._outside_parties_named(text):
            span = doc.char_span(base + match.start, base + match.end, alignment_mode="expand")
            if span is not None and not any(t.i in self._inside_terms for t in span):
                parties.append(match.value)
        return parties

    def _named_examples_after_relative(self, noun) -> list:
        """The named parties given as examples of a category noun that the parser hung on the verbs of the noun's
        relative clause ("service providers that host our services and provide payment processing on our behalf,
        including Lumenmatch Inc., Amazon Web Services and Braintree" -> the three names); not examples of the
        clause's own object that name no party ("providers that host data, including names")."""
        return [example for clause in noun.children if clause.dep_ == "relcl"
                for verb in (clause, *clause.conjuncts) for example in _named_examples(verb, self.lex.example_prepositions)
                if (self._other_party(example) or (THIRD_PARTY,))[0] != THIRD_PARTY]

    def _account_platform(self, verb) -> tuple[str, str | None] | None:
        """The party other than us whose account or site the person gives data to with the giving `verb`, named by
        a verb coordinated with it or by its purpose clause ("you must register for a LinkedIn account and provide
        your name", "navigate directly to the Polldaddy site, provide your name", "To create an account, you must
        provide …" after "you must create a Twitter account"), else None: what is given there goes to that party
        (GUIDELINES: data the user gives directly to a third party)."""
        related = [verb]  # "register for a LinkedIn account" itself
        if verb.dep_ == "conj":
            head = _first_conjunct(verb)
            related += [head, *(c for c in head.conjuncts if c.i < verb.i)]
        for holder in list(related):
            # a purpose clause ("To create an account, you must provide …"), not a time clause ("When signing up for
            # a Discourse account, you provide a name" of a forum the service runs with that software)
            related += [c for c in holder.children if c.dep_ == "advcl" and c.i < verb.i
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        for opening in related:
            if opening.lemma_.lower() not in PLATFORM_OPENING_VERBS:
                continue
            places = [c for c in opening.children if c.dep_ in ("dobj", "obj")] + [
                p for c in opening.children if c.dep_ == "prep" and c.lower_ in PLATFORM_PREPOSITIONS
                for p in c.children if p.dep_ == "pobj"]
            for place in places:
                if place.lemma_.lower() not in PLATFORM_PLACES:
                    if opening.lemma_.lower() == "register" and place.pos_ == "PROPN" and not self._own_name(place):
                        party = self._other_party(place)  # "you must register with Twitter and provide …"
                        if party is not None:
                            return party
                    continue
                owners = [c for c in place.children if c.dep_ in ("compound", "poss", "nmod")
                          and c.lower_ not in FIRST_PERSON and c.lower_ not in SECOND_PERSON]
                for owner in owners:
                    if self._own_name(owner):
                        return None
                    party = self._other_party(owner)
                    if party is not None and (party[0] != THIRD_PARTY or place.lemma_.lower() != "account"):
                        # an account of a catalogued party ("a Twitter account"), not one named by a role ("a
                        # Candidate account"); a site of any name ("the Polldaddy site")
                        return party
                if not owners and place.lemma_.lower() == "account" and opening.lemma_.lower() in ACCOUNT_OPENINGS:
                    return self._account_opened_before()
        return None

    def _account_opened_before(self) -> tuple[str, str | None] | None:
        """The party other than us whose account the sentence before says the person must open ("… you must create
        a Twitter account at www.twitter.com."), for "an account" opened again with no owner of its own."""
        match = ACCOUNT_OPENED.search(re.sub(r"[_*]", "", self._previous_sentence))
        if match is None:
            return None
        name = match.group(1).strip()
        if _alias_form(name) in self.first_party_aliases or name.lower() in self.first_party_aliases:
            return None
        found = self.entities.find_named(name, "en")
        if found:
            return found[0].value, found[0].phrase
        return None

    def _party_named_before(self, token) -> str | None:
        """The party named by the words of `token`'s phrase up to `token` ("advertising platforms" of "advertising
        platforms such as Google"), or None when they name none or only us."""
        words = " ".join(t.text for t in token.subtree if t.i <= token.i)
        found = [m for m in self.entities.find(words, "en") if m.value != FIRST_PARTY]
        return found[-1].value if found else None


# a name written as the domain of its website: "usaid.gov", "acme.co.uk"
SITE_OF_NAME = re.compile(r"^([a-z0-9][a-z0-9-]*)\.(?:com|org|net|gov|edu|io|app|dev|co|info|eu|[a-z]{2})(?:\.[a-z]{2})?$")


def _site_of_name(lower: str) -> str | None:
    """The name a website's domain is made of ("usaid.gov" -> "usaid"), else None."""
    found = SITE_OF_NAME.match(lower)
    return found.group(1) if found else None


def _hyphenated_word(token) -> str | None:
    """The whole hyphenated word that `token` ends, written with no spaces ("mini-program" of "a mini-program", which
    the parser splits into "mini", "-", "program"), else None."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text == "-" and not (doc[start - 1].whitespace_ or doc[start - 2].whitespace_):
        start -= 2
    return doc[start:token.i + 1].text if start < token.i else None


def _made_available(verb) -> bool:
    """Whether `verb` is "make" with "available" or "accessible" ("No location information is made available to the
    Vespucci developers or other third parties"): a handing on, as "send"."""
    return verb.lemma_.lower() == "make" and any(c.lower_ in ("available", "accessible") for c in verb.children)


def _example_cue_end(token, cues) -> int | None:
    """The index after an example cue of `cues` (words of cue `example_cues`: "such as", "like", "e.g.", "namely")
    starting at `token`, a colon or comma after it skipped, else None."""
    doc = token.doc
    for cue in cues:
        if all(token.i + k < len(doc) and doc[token.i + k].lower_ == word for k, word in enumerate(cue)):
            end = token.i + len(cue)
            while end < len(doc) and doc[end].text in (":", ","):
                end += 1
            return end
    return None


def _repeated_agents(verb, agent) -> list:
    """The further agents of a passive `verb` each written with its own "by" ("not recorded by Kindling or by Agora":
    Agora, the parser hanging the second "by" on the first as its conjunct); [] when `agent` is no agent of `verb`."""
    if agent.dep_ != "pobj" or agent.head.dep_ != "agent" or agent.head.head.i != verb.i:
        return []
    return [p for by in agent.head.conjuncts if by.lower_ == "by" for p in by.children if p.dep_ == "pobj"]


def _pronoun_antecedent(pronoun, verb):
    """The noun a relative "which" / "whom" after a preposition stands for ("Sentry, to which we send X"): the head of
    `verb`'s relative clause, else the noun right before the preposition (a comma skipped); None otherwise."""
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < pronoun.i:
        return verb.head
    preposition = pronoun.head
    if preposition.i < 1 or preposition.i + 1 != pronoun.i:
        return None
    before = pronoun.doc[preposition.i - 1]
    if before.text == "," and before.i > 0:
        before = pronoun.doc[before.i - 1]
    return before if before.pos_ in ("NOUN", "PROPN") and before.i < verb.i else None


def _bracket_after(verb) -> list:
    """The tokens of a bracket right after the clause of `verb`, which the parser may hang elsewhere ("Where we
    transfer your Personal Data outside of EU/EEA (for example to third parties …), we will …"); [] when none."""
    doc, start = verb.doc, verb.right_edge.i + 1
    if start >= len(doc) or doc[start].text != "(":
        return []
    end = next((t.i for t in doc[start + 1:start + 30] if t.text == ")"), None)
    return list(doc[start + 1:end]) if end is not None else []


def _demonstrative_tools(noun) -> bool:
    """Whether `noun` is tools or services pointed back to by "these" / "those" ("We use these tools to collect …")."""
    return noun is not None and noun.lemma_.lower() in TOOL_NOUNS and any(
        c.dep_ in ("det", "predet") and c.lower_ in ("these", "those") for c in noun.children)


def _demonstrative_outside_tools(noun) -> bool:
    """Whether `noun` is plural tools, SDKs or providers named only by "these" / "those" (`_demonstrative_tools`:
    "These tools collect basic site usage information" under "Website analytics tools"), someone else's when no party
    is named for them: not "services", our own word too, and with no possessive of its own ("our tools")."""
    return (noun.pos_ == "NOUN" and noun.tag_ == "NNS" and noun.lemma_.lower() != "service"
            and _demonstrative_tools(noun) and not any(c.dep_ == "poss" for c in noun.children))


# verbs of keeping a record that a bare "this" as subject does for the party the sentence before named ("The downloads
# are cached by Fastly, a CDN provider. This may also log your IP address")
RECORDING_VERBS = {"log", "record", "collect", "track", "store", "capture", "gather"}


def _demonstrative_pronoun_subject(subject, verb) -> bool:
    """Whether `subject` is a bare "this" (no noun after it) as the subject of a recording verb, which stands for what
    the sentence before spoke of, as "it" does."""
    return (subject.lower_ == "this" and subject.pos_ == "PRON" and subject.dep_ == "nsubj" and subject.head == verb
            and verb.tag_ != "VBG" and verb.lemma_.lower() in RECORDING_VERBS)


def _update_server(token) -> bool:
    """Whether `token` is the server the software checks for its own updates ("the update server", "the update web
    server", "our update server"), not another party's ("Google's update server", "the update server of the
    store")."""
    return (token.lemma_.lower() in ("server", "endpoint") and any(
        c.dep_ == "compound" and c.lemma_.lower() in ("update", "updater") for c in token.children)
        and not any(c.dep_ == "poss" and c.lower_ not in FIRST_PERSON or c.dep_ == "prep" for c in token.children))


# verbs of our passing data on in a relative clause that names no recipient of its own ("the document chunks we send")
RELATIVE_SENDING_VERBS = {"send", "transmit", "pass", "forward", "provide", "share", "disclose", "upload"}
# ... and the verbs of the party that then has it ("Sentry receives the crash reports we send")
HOLDING_VERBS = SEEING_VERBS | {"receive", "access", "get"}


def _receiver_of_what_we_send(verb):
    """The party that sees or receives what a relative clause of ours says we send, when that clause names no
    recipient of its own ("Sentry receives the crash reports we send", "the vendor sees the text we pass on"): the
    subject of the seeing or receiving verb the data is the object of (GUIDELINES: a party said to receive or see the
    data, "Groq sees the document chunks we send"); else None."""
    if (verb.dep_ != "relcl" or verb.lemma_.lower() not in RELATIVE_SENDING_VERBS
            or not _has_subject(verb, FIRST_PERSON)):
        return None
    data = verb.head
    holder = data.head
    if data.dep_ not in ("dobj", "obj") or holder.lemma_.lower() not in HOLDING_VERBS:
        return None
    subject = next((c for c in holder.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in FIRST_PERSON | SECOND_PERSON or subject.pos_ == "PRON":
        return None
    return subject


def _users_person(subject) -> bool:
    """Whether `subject` is one of the nouns that name the user (`USER_NOUNS`) possessed by the user: "your Shopper",
    "your teacher", "your parents", "your customers" are people the user deals with (a shopper sent to the user, the
    user's own customers), another party and not the user who "customers provide" names."""
    return subject.lemma_.lower() in USER_NOUNS and any(
        c.dep_ == "poss" and c.lower_ in ("your", "yours") for c in subject.children)
