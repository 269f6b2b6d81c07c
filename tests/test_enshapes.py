"""English shapes the parser misreads: practice verbs tagged as nouns between their subject and object."""

from __future__ import annotations

from conftest import statements_of, tuples

from policycheck.extract.lexicon import load_lexicon
from policycheck.extract.nlp import english_pipeline
from policycheck.extract.en.reparse import noun_read_verbs, reparsed


def triples(text: str) -> set[tuple[str, str, str]]:
    return {(s.data_type, s.action, s.actor) for s in statements_of(text)}


def test_practice_verb_read_as_noun_after_its_subject_is_parsed_again_as_a_verb():
    # "records" tagged a compound noun and "logs" the verb: the provider's recording was lost
    assert ("usage.logs", "collect", "third_party") in triples(
        "Our hosting provider records server-side request logs for a limited amount of time for security reasons.")
    # "logs" tagged a noun of "Our backend logs request times", which left the sentence without a verb
    found = triples("Our backend logs request times, HTTP status codes, error messages, and IP addresses for "
                    "debugging and abuse prevention.")
    assert {("network.ip", "collect", "first_party"), ("usage.logs", "collect", "first_party")} <= found


def test_noun_readings_that_agree_with_the_sentence_are_kept():
    nlp, words = english_pipeline(), load_lexicon("en").noun_like_verbs
    for text in ("We may retain server logs which include the IP address of every request.",  # a relative clause
                 "Our server logs contain your IP address.",  # "logs" the subject: the verb follows
                 "We keep server logs that record information about visitors.",  # a finite verb before it
                 "International Transfers of Data",  # a title
                 "Crash logs are kept for 30 days.",
                 "- Device data and error log data;",  # the last item of a list of data
                 "| Billing | Account details, payment card token, session records | Performance of our contract |"):
        doc = nlp(text)
        assert noun_read_verbs(doc, words) == [], text
        assert reparsed(doc, nlp, words) is doc
    # the re-parsed sentence keeps its words, the verb tagged and lemmatised as the verb it is
    doc = reparsed(nlp("Our hosting provider records server-side request logs."), nlp, words)
    verb = doc[3]
    assert (doc.text, verb.text, verb.lemma_, verb.pos_, verb.dep_) == (
        "Our hosting provider records server-side request logs.", "records", "record", "VERB", "ROOT")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["provider"]


def test_data_cut_down_or_thrown_away_as_it_arrives_is_collected_by_the_party_doing_it():
    # GUIDELINES: data discarded or truncated as soon as it arrives is still received, by the party receiving it
    assert triples("Sentry truncates your IP address before it is stored.") == {("network.ip", "collect", "sentry")}
    assert triples("Your IP address is truncated by Sentry before storage.") == {("network.ip", "collect", "sentry")}
    assert triples("The IP address is discarded on receipt and is not stored.") == {
        ("network.ip", "collect", "first_party")}
    # the party told to do it ("We tell Google to anonymize IP addresses before they are stored")
    assert triples("We tell Google to anonymize IP addresses before they are stored.") == {
        ("network.ip", "collect", "google")}
    # no receipt stated: a bare anonymisation, a denied cut, a cut after a period (retention)
    assert triples("We ask Google Analytics to anonymize your IP address.") == set()
    assert triples("We do not truncate your IP address before it is stored.") == set()
    assert ("network.ip", "collect", "first_party") not in triples(
        "IP addresses in our server logs are truncated after 30 days.")


def test_party_configured_to_discard_an_item_collects_it_beside_the_items_denial():
    # GUIDELINES: "IP addresses (PostHog is configured to discard)" under "What is NEVER collected"
    found = {(t[1], t[2], t[3]) for t in tuples("## What is NEVER collected\n\n- IP addresses (PostHog is "
                                                "configured to discard)\n", fmt="md")}
    assert found == {("network.ip", "collect", "posthog"), ("network.ip", "not_collect", "first_party")}


def test_what_a_named_tool_is_configured_so_that_it_is_not_done_is_also_the_tools_practice():
    assert triples("We configured Matomo so no personal information is collected.") == {
        ("personal_info", "not_collect", "first_party"), ("personal_info", "not_collect", "matomo")}
    # configuring our own servers names no other party; nor does a practice with its own agent
    assert {t[2] for t in triples("We configured our servers so that your IP address is never stored.")} <= {
        "first_party"}
    assert ("personal_info", "not_collect", "matomo") not in triples(
        "We configured Matomo so that no personal information is collected by us.")


def test_another_party_letting_someone_see_the_data_shares_it_itself():
    # the gold of "PayPal allows the recipient of a payment to see the name and email address of the payer"
    assert triples("PayPal allows the recipient of a payment to see your name and email address.") == {
        ("identity.name", "share", "paypal"), ("contact.email", "share", "paypal")}
    assert triples("Stripe lets the merchant see your email address.") == {("contact.email", "share", "stripe")}
    # we letting others see stays our sharing; the user's own access is none; other verbs keep their reading
    assert triples("We allow other users to see your name.") == {("identity.name", "share", "first_party")}
    assert triples("Google allows you to see your search history.") == set()
    assert triples("Google allows advertisers to use your location.") == {("location", "use", "third_party")}
