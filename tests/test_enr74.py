"""English third-party recall on app, bot and extension policies: a demonstrative pronoun taking back the data a
coordinated sending verb passes on ("gathers usage events statistics and sends those to Firebase Analytics"), an
uncatalogued tool that the site, named by its possessive, says it uses ("Framewiki's discussion section uses Giscus"),
whose denials are then the tool's, and a catalogued product named by its catalogued owner's possessive ("Google's Firebase Analytics") read as the product."""

from __future__ import annotations

from conftest import markdown_policy_tuples, statements_of


_found = markdown_policy_tuples


def _recipients(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of("# Acme privacy\n\n" + text + "\n",
                                                                                 name="policy.md")}


def test_a_demonstrative_pronoun_takes_back_the_data_a_coordinated_verb_sends():
    found = _recipients("Application gathers application usage events statistics and sends those to Google's Firebase "
                        "Analytics under author's account.")
    assert ("usage", "collect", "first_party", None) in found
    assert any((t, action, actor) == ("usage", "share", "first_party") for t, action, actor, _ in found)
    assert ("usage", "share", "first_party", "firebase_analytics") in _recipients(
        "We collect usage statistics and send those to Firebase Analytics.")
    assert ("usage", "share", "first_party", "third_party") in _recipients(
        "We collect usage statistics and send these to our partners.")
    # a plural demonstrative does not stand for one thing, nor a determiner of a noun of its own for the data
    assert not any(action == "share" for _, action, _, _ in _recipients(
        "We collect your email address and send those to partners."))
    assert not any(action == "share" for _, action, _, _ in _recipients(
        "We collect usage statistics and send these reports to our partners."))


def test_a_tool_the_site_named_by_its_possessive_uses_owns_its_denials():
    found = _found("Acme's discussion section uses Giscus. Giscus does not collect any personal information.")
    assert (3, "personal_info", "not_collect", "third_party") in found
    assert (3, "personal_info", "not_collect", "first_party") not in found
    # said in another paragraph of the policy as well
    found = _found("- Giscus does not collect any personal data.\n\n### Giscus\n\n"
                   "Acme's discussion section uses Giscus.")
    assert (3, "personal_info", "not_collect", "third_party") in found
    # with no sentence saying the site uses it, an unknown name stays read as ours
    assert (3, "personal_info", "not_collect", "first_party") in _found(
        "Giscus does not collect any personal information.")


def test_a_product_named_by_its_owners_possessive_is_the_more_specific_recipient():
    assert ("usage", "share", "first_party", "firebase_analytics") in _recipients(
        "We send usage data to Google's Firebase Analytics.")
    # the owner alone where its product is not catalogued
    assert ("location", "share", "first_party", "apple") in _recipients(
        "We send your location to Apple's WeatherKit service.")
    # two parties side by side stay two
    found = _recipients("We send usage data to Google Analytics and Firebase.")
    assert {("usage", "share", "first_party", "google_analytics"),
            ("usage", "share", "first_party", "firebase")} <= found
