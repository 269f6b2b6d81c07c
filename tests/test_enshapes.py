"""English shapes the parser misreads: practice verbs tagged as nouns between their subject and object."""

from __future__ import annotations

from conftest import statements_of

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
                 "Crash logs are kept for 30 days."):
        doc = nlp(text)
        assert noun_read_verbs(doc, words) == [], text
        assert reparsed(doc, nlp, words) is doc
    # the re-parsed sentence keeps its words, the verb tagged and lemmatised as the verb it is
    doc = reparsed(nlp("Our hosting provider records server-side request logs."), nlp, words)
    verb = doc[3]
    assert (doc.text, verb.text, verb.lemma_, verb.pos_, verb.dep_) == (
        "Our hosting provider records server-side request logs.", "records", "record", "VERB", "ROOT")
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == ["provider"]
