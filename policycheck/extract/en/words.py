"""Word lists shared by several rule modules of the English analyser.

First- and second-person words, pronoun subjects, copulas, inclusion verbs and the data-type groups other
modules (policycheck/extract/__init__.py, sdk_lists.py) read too. Word lists used by one module live in that module.
"""

from __future__ import annotations

import re


FIRST_PERSON = {"we", "us", "our", "ours", "ourselves"}

PRONOUN_SUBJECTS = {"it", "they"}  # resolved to a party named before them (see `_antecedent`)
SECOND_PERSON = {"you", "your", "yours", "yourself"}

INCLUSION_VERBS = {"include", "contain", "consist", "comprise", "be", "involve", "cover", "encompass", "mean",
                   "refer", "constitute", "entail", "incorporate"}
# verbs saying what records leave out ("Error logs exclude all personal content"): as a negated inclusion verb
EXCLUSION_VERBS = {"exclude", "omit"}
CONTROL_VERBS = {"allow", "permit", "let", "enable", "authorize", "authorise", "require", "ask", "engage", "use",
                 "help", "want", "attempt", "try", "intend", "seek", "need", "choose", "decide", "wish", "agree",
                 "plan", "may", "elect", "opt", "begin", "start", "continue", "work"}

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
# Nouns of sending that state a practice only when denied by "no" ("No network transmission of personal data", "no
# upload of your recordings"): what the device does not send is not collected, as "is never transmitted" with no
# recipient (GUIDELINES: upload denials); a plain "the transmission of data over the internet" states none.
SENDING_NOMINALS = frozenset({"transmission", "upload", "uploading"})

# Verbs of data reaching the knowledge of their subject: "we never see your card number", "we learn information about
# you" (our collection); "Groq sees the document chunks we send", "Neither Keyvault nor Leakline learns your passwords"
# (another party is given the data: GUIDELINES, a party said to see the data). "learn" only with a data object, not
# "learn more about …" nor "learn that …".
SEEING_VERBS = {"see", "learn"}

# Verbs of data crossing to or from us, with the data as their subject and the place as their object: "your password
# never reaches us", "card data doesn't hit our servers", "never touches our servers" (what we receive), "never leaves
# your device".
CROSSING_VERBS = {"leave", "reach", "hit", "touch"}

# Verbs by which another party hands data back to us: a practice only with "to us" ("Jumio returns to us the name and
# date of birth it read", "the verification vendor returns the result to us"), our collection (GUIDELINES: data
# another party sends, provides or passes to us); "we return your documents to you" is none.
RETURNING_VERBS = {"return"}

# Verbs of looking at data that state a practice only when an outside party is their subject: "our customer-care
# contractor may view your account details" (the party is given access: GUIDELINES, a party said to see the data);
# of us or our staff they are a use or its denial ("we do not view your files": not annotated).
OUTSIDE_VIEWING_VERBS = {"view"}
# People who act for the service when they look at the data ("a support agent can view your TV's settings"): our own.
SERVICE_ROLES = {"agent", "representative", "expert", "pharmacist", "technician", "specialist", "advisor", "adviser"}

# Verbs that, with "access to X" as their object, are collection by their subject: "partners have access to X".
# "have / gain / receive / get access to X" (not "obtain": "users can obtain access to their records"); a party getting
# access is given the data ("Only the admins of the Collective … get access to your email address")
ACCESS_VERBS = {"have", "gain", "receive", "get"}

CONDITION_MARKS = {"when", "whenever", "if", "once"}  # "When your computer requests a page, …": a condition clause

CHANNELS = {"sms", "email", "e-mail", "text message", "text messages", "phone", "telephone", "push notification",
            "push notifications", "mail", "post", "phone call", "phone calls"}

PERMISSION_VERBS = {"authorize", "authorise", "allow", "permit", "let", "enable"}  # "allow X to use Y": shared with X

# a subject like "these partners" points back to the parties the sentence before names
DEMONSTRATIVES = {"these", "those", "both", "such"}
BARE_DATA_NOUNS = {"information", "info", "data", "datum"}  # data named by no type ("certain information")


LIST_SEPARATOR = re.compile(r"(?:\s*(?:,|\band\b|\bor\b|&)\s*)+$")  # what joins the items of a list of names

# verbs of taking a party on to do something: "engage / employ / hire service providers to process your data"
ENGAGING_VERBS = {"engage", "employ", "hire", "appoint", "commission", "contract"}

WRITING_VERBS = {"write", "export"}  # "writes workout data to Apple Health": share when written to a named party

# IDs stay IDs when called anonymous ("a random anonymous user id", GUIDELINES), and so does a truncated IP address
IDENTIFIER_TYPES = ("device.id", "account.credentials", "usage.cookies", "network.ip")

# … or a viewer's ("A relay you connect to sees:"), the introduction read as a noun phrase headed by the viewer
VIEWER_VERB_AS_NOUN = re.compile(r"\b(sees|receives|gets|views)\s*:\s*$", re.I)

# Data a location is worked out from ("from your IP address", "from nearby Wi-Fi access points") and the verbs that
# work it out besides the derivation verbs of the cues ("determine", "estimate", …)
DERIVATION_SOURCES = {"network.ip", "device.network"}
INFERENCE_VERBS = {"infer", "derive", "calculate"}

# Verbs of using a tool or a means: "We use Google Analytics and collect:" (`_tool_used_to_collect`), "These third parties
# may use cookies … to collect X" (the tools are what is used, the data what is collected)
TOOL_USE_VERBS = {"use", "utilize", "utilise", "employ"}

# Modals of possibility: a share that may happen ("we may share your information …"), not one the policy states as a
# fact; data named by what it could be used for ("information that can be used to identify you")
POSSIBILITY_MODALS = {"may", "might", "can", "could"}

COPULAS = {"be", "become", "remain", "stay", "get"}  # "your posts are public", "packages you published stay public"

# Verbs of wanting data: denied by the actor with the data as their own object, a denial of intent to collect it
# ("we don't want any private information", "we do not want your Personal Information"; GUIDELINES: a denial of intent
# is a denial); not "We want you to know …", nor "we don't want your data for any longer than we need it" (a period)
WANTING_VERBS = {"want"}

# a message to us that the person is asked to send with named data, up to the data ("email us at … with your",
# "by sending an email to info at example dot org with your", "please contact privacy@example.com with the")
CONTACTED_WITH = re.compile(r"\b(?:e-?mail(?:ing)?\s+us|writ(?:e|ing)\s+to\s+us"
                            r"|send(?:ing)?\s+(?:us\s+)?an?\s+e-?mail\s+to\s"
                            r"|contact(?:ing)?\s+(?:us\b|[\w.+-]+@|[\w.+-]+\s+at\s+[\w-]+\s+dot\s))"
                            r"(?:[^.;:()]|\.(?=\w)){0,60}?"
                            r"\bwith\s+(?:(?:your|the)\s+(?:[\w-]+(?:[’']s)?\s+){0,3})?$", re.I)
DENIAL_WORD = re.compile(r"\b(?:not|never|no)\b|n[’']t\b", re.I)


def asks_to_send_with(text: str) -> bool:
    """Whether `text` asks the person to send us a message with something (`CONTACTED_WITH`)."""
    return any(CONTACTED_WITH.search(text, 0, found.end()) for found in re.finditer(r"\bwith\s+", text))

# verbs by which the user gives the service data ("you provide a nickname"), not puts it before others ("post", "share")
GIVING_VERBS = {"provide", "give", "submit", "enter", "upload", "supply", "furnish", "input", "fill"}
