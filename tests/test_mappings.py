"""The YAML mappings: schemas, cross-references, and the taxonomy of the public contract."""

from __future__ import annotations

import re

import pytest
from conftest import mapping_problems_after_edit

from policycheck.resources import mappings_dir
from policycheck.taxonomy import load_taxonomy, validate_mappings

CONTRACT_IDS = {
    "personal_info", "identity.name", "identity.id_number", "identity.gender", "identity.birthdate", "contact.phone",
    "contact.email", "contact.address", "account.credentials", "biometric.face", "biometric.fingerprint",
    "biometric.voiceprint", "financial.payment", "financial.transactions", "health", "location.precise",
    "location.coarse", "device.id.imei", "device.id.imsi", "device.id.android_id", "device.id.ad_id", "device.id.mac",
    "device.id.serial", "device.id.iccid", "device.hardware", "device.network", "device.apps", "device.sensors",
    "network.ip", "social.contacts", "communication.sms", "communication.call_log", "media.camera", "media.audio",
    "media.photos", "storage.files", "clipboard", "calendar", "usage.history",
    # broad terms of §2
    "device", "device.id", "location",
}


def test_mappings_validate():
    assert validate_mappings() == []


def test_contract_ids_exist_and_are_marked():
    taxonomy = load_taxonomy()
    assert CONTRACT_IDS <= set(taxonomy.types)
    marked = {t.id for t in taxonomy.types.values() if t.contract}
    assert marked <= CONTRACT_IDS


def test_hierarchy():
    taxonomy = load_taxonomy()
    assert taxonomy.parent("device.id.imei") == "device.id"
    assert taxonomy.parent("device") == "personal_info"
    assert taxonomy.covers("device", "device.id.imei") and not taxonomy.covers("device.id.imei", "device")
    assert taxonomy.ancestors("device.id.imei") == ["device.id", "device", "personal_info"]


def test_every_data_type_has_terms_in_both_languages():
    taxonomy = load_taxonomy()
    for lang in ("zh", "en"):
        missing = [t for t in taxonomy.types if t not in ("network", "personal_info") and not taxonomy.terms[lang].get(t)]
        assert not missing, f"{lang}: no terms for {missing}"


def test_broad_terms_normalise_to_parents():
    from policycheck.taxonomy import data_matcher

    for lang, phrase, expected in [
        ("zh", "设备信息", "device"), ("zh", "设备标识符", "device.id"), ("zh", "位置信息", "location"),
        ("zh", "个人信息", "personal_info"), ("en", "device information", "device"),
        ("en", "unique device identifiers", "device.id"), ("en", "location", "location"),
        ("en", "personal information", "personal_info"),
    ]:
        assert [m.value for m in data_matcher(lang).find(phrase)] == [expected], phrase


def test_term_patterns_are_lower_case_and_match_case_sensitively_as_case_insensitively():
    """The `patterns` are written in lower case, so that on folded text their faster case-sensitive regex can be used;
    a text that has a letter a case-insensitive regex takes for an ASCII one ("ſ") is matched case-insensitively."""
    from policycheck.taxonomy import ASCII_CASE_VARIANTS, _lower_case, data_matcher

    taxonomy = load_taxonomy()
    capitals = [r for lang in ("zh", "en") for regexes in taxonomy.patterns[lang].values() for r in regexes
                if not _lower_case(r)]
    assert not capitals
    insensitive = re.compile("[\\x00-\\x7f]", re.I)
    assert [c for c in map(chr, range(0x80, 0x110000)) if insensitive.match(c)] == list(ASCII_CASE_VARIANTS.pattern[1:-1])
    assert _lower_case(r"which (?:apps|sites)\W") and not _lower_case("SDKs?") and not _lower_case(r"\u00e9")
    matcher = data_matcher("en")
    for text in ("the pages you visited", "the pageſ you viſited", "the paGes you visited"):
        assert ([(m.start, m.end, m.value) for m in matcher.find(text)]
                == [(m.start, m.end, m.value) for m in matcher.find(text.replace("ſ", "s"))]), text


def test_chinese_sense_contexts_write_capitals_only_case_insensitively():
    """A Chinese sense's `after` / `near` / `unless` regex is searched in folded (lower-cased) text, so a capital ASCII
    letter in it ("授予App", "SD卡", "READ_MEDIA_AUDIO") is written inside a case-insensitive group or it never matches."""
    import yaml

    entries = yaml.safe_load((mappings_dir() / "terms" / "zh.yaml").read_text(encoding="utf-8"))["senses"]
    capitals = [entry[key] for entry in entries for key in ("after", "near", "unless")
                if key in entry and re.search("[A-Z]", re.sub(r"\\.|\\?\(\?i:[^()]*\)", "", str(entry[key])))
                and "(?i)" not in str(entry[key])]
    assert not capitals


def test_a_permission_granted_to_the_app_names_the_phone_permission_whatever_the_case_of_app():
    from policycheck.taxonomy import data_matcher, fold

    for text in ("请授予App电话、通讯录权限", "请授予app电话、通讯录权限", "授予本App电话、存储权限"):
        assert ("电话", "device.id") in {(m.phrase, m.value) for m in data_matcher("zh").find(fold(text))}, text
    assert ("电话", "contact.phone") in {(m.phrase, m.value) for m in data_matcher("zh").find(fold("我们会收集您的电话、通讯录"))}


def test_required_literals():
    """The literal prefilter of the data-type patterns names only strings every match contains."""
    from policycheck.taxonomy import _required_literals

    assert _required_literals(["(?:账号|帐号)(?:的|相关)信息"]) == ("帐号", "账号")
    assert _required_literals(["(?<=your )e-?mail", "browsing (?:history|data)"]) is not None
    assert _required_literals(["[a-z]+ data?"]) == (" dat",)
    assert _required_literals(["(?i)browsing history"]) is None  # case-insensitive: no literal test
    assert _required_literals(["(?:abc)?x*"]) is None
    for regexes in (["(?:账号|帐号)(?:的|相关)信息"], ["(?<=your )e-?mail", "browsing (?:history|data)"]):
        literals = _required_literals(regexes)
        for text in ("您的账号相关信息", "your email", "browsing data"):
            if any(re.search(r, text) for r in regexes):
                assert any(literal in text for literal in literals)


def test_schema_rejects_a_bad_term_file(tmp_path, monkeypatch):
    problems = mapping_problems_after_edit(tmp_path, monkeypatch, "terms/en.yaml",
                                    lambda text: re.sub(r"(?m)^  clipboard:", "  clipbored:", text))
    assert any("clipbored is not a taxonomy id" in p for p in problems)


def test_a_sense_must_name_a_taxonomy_id(tmp_path, monkeypatch):
    problems = mapping_problems_after_edit(tmp_path, monkeypatch, "terms/zh.yaml",
                                    lambda text: text.replace("type: account.profile,", "type: account.profil,"))
    assert any("senses: account.profil is not a taxonomy id" in p for p in problems)


def test_a_term_pattern_must_compile_and_name_a_taxonomy_id(tmp_path, monkeypatch):
    problems = mapping_problems_after_edit(tmp_path, monkeypatch, "terms/en.yaml",
                                    lambda text: text.replace("patterns:\n", "patterns:\n  usage.histry: [browsing]\n")
                                    .replace('    - "(?:click-|click)throughs?', '    - "(?:click-|click throughs?'))
    assert any("patterns: usage.histry is not a taxonomy id" in p for p in problems)
    assert any("is not a regular expression" in p for p in problems)


@pytest.mark.parametrize("name", ["taxonomy.schema.json", "terms.schema.json", "cues.schema.json",
                                  "actors.schema.json", "sdks.schema.json"])
def test_schemas_are_valid_json_schema(name):
    import json

    import jsonschema

    schema = json.loads((mappings_dir() / "schema" / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)


def test_a_key_written_twice_is_rejected(tmp_path, monkeypatch):
    """YAML keeps only the last of two equal keys: a second `health:` under `in_lists` would drop the first's words."""
    from policycheck.errors import MappingError

    try:
        problems = mapping_problems_after_edit(tmp_path, monkeypatch, "terms/en.yaml",
                                        lambda text: text.replace("in_lists:\n", "in_lists:\n  calendar: [diary]\n", 1))
    except MappingError as error:
        problems = [str(error)]
    assert any("duplicate key 'calendar'" in p for p in problems)


def test_a_phrase_listed_twice_under_one_type_is_reported(tmp_path, monkeypatch):
    problems = mapping_problems_after_edit(tmp_path, monkeypatch, "terms/en.yaml",
                                    lambda text: text.replace("  clipboard: [", "  clipboard: [clipboard data, clipboard data, ", 1))
    assert any("'clipboard data' is listed twice under clipboard" in p for p in problems)


def test_a_cue_word_listed_twice_is_reported(tmp_path, monkeypatch):
    problems = mapping_problems_after_edit(tmp_path, monkeypatch, "cues/zh.yaml",
                                    lambda text: text.replace("user_provides: [提供, ", "user_provides: [提供, 提供, ", 1))
    assert any("user_provides" in p and "non-unique" in p for p in problems), problems


def test_an_ignored_phrase_listed_twice_is_reported(tmp_path, monkeypatch):
    twice = "\nignore:\n  - cookie banner\n  - cookie banner\n"
    problems = mapping_problems_after_edit(tmp_path, monkeypatch, "terms/en.yaml",
                                    lambda text: text.replace("\nignore:\n", twice, 1))
    assert any("ignore" in p and "non-unique" in p for p in problems), problems


def test_a_cookie_name_finds_the_sdk_that_sets_it_also_with_a_site_suffix():
    from policycheck.taxonomy import load_entities

    catalog = load_entities()
    assert catalog.entity_for_cookie("_ga") == "google_analytics"
    assert catalog.entity_for_cookie(" _ga_2XK7QZ ") == "google_analytics"  # a property id after the listed name
    assert catalog.entity_for_cookie("_gaz") is None  # no listed name followed by "_"
    assert catalog.entity_for_cookie("session_id") is None


def test_sdk_makers_and_kind_words_must_be_unambiguous(tmp_path, monkeypatch):
    """A `makers` brand that is a company id or a catalogued name would never be read as the SDK's maker, and a kind
    word listed under two kinds would name both."""
    problems = mapping_problems_after_edit(tmp_path, monkeypatch, "sdks.yaml",
                                    lambda text: text.replace("makers: [微信, WeChat, Weixin]",
                                                              "makers: [微信, WeChat, Weixin, 腾讯, Baidu]")
                                    .replace("  crash: [崩溃]", "  crash: [崩溃, 统计]"))
    assert any("maker '腾讯' of wechat_opensdk is a name of tencent" in p for p in problems)
    assert any("maker 'Baidu' of wechat_opensdk is the id of company baidu" in p for p in problems)
    assert any("kind word '统计' is listed under analytics and crash" in p for p in problems)


def _entities_after_edit(tmp_path, monkeypatch, edit):
    """load_entities() from a copy of mappings/ whose sdks.yaml was changed by `edit(text) -> text`."""
    import shutil

    from policycheck import resources
    from policycheck.taxonomy import load_entities
    from policycheck.taxonomy.loader import load_mapping

    copy = tmp_path / "mappings"
    shutil.copytree(mappings_dir(), copy)
    path = copy / "sdks.yaml"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    monkeypatch.setenv("POLICYCHECK_MAPPINGS", str(copy))
    resources.mappings_dir.cache_clear()
    load_mapping.cache_clear()
    try:
        return load_entities.__wrapped__()
    finally:
        resources.mappings_dir.cache_clear()
        load_mapping.cache_clear()


def test_the_longest_kind_word_after_a_maker_names_its_sdk(tmp_path, monkeypatch):
    """A kind word that begins a longer one of another kind (a push word "听", made up here, before the voice word
    "听写") neither hides it nor is named with it: "百度听写" is Baidu's speech SDK, whatever the order of the kinds."""
    catalog = _entities_after_edit(tmp_path, monkeypatch,
                                   lambda text: text.replace("  push: [推送, push]", "  push: [推送, push, 听]"))
    assert [m.value for m in catalog.find("百度听写会收集您的语音信息。", "zh")] == ["baidu_speech"]


def test_every_cue_key_of_the_schema_is_a_lexicon_field():
    """A cue file's keys are the Lexicon's fields (`actions` giving `verbs`), so that a key the schema admits is read
    and a field has a key the schema checks ("obtaining_verbs" of purpose items)."""
    import json
    from dataclasses import fields

    from policycheck.extract.lexicon import Lexicon, load_lexicon

    schema = json.loads((mappings_dir() / "schema" / "cues.schema.json").read_text(encoding="utf-8"))
    assert set(schema["properties"]) - {"actions"} == {item.name for item in fields(Lexicon)} - {"verbs"}
    assert {"gather", "obtain", "collect"} <= load_lexicon("en").obtaining_verbs


def test_requirement_verbs_are_cue_words():
    from policycheck.extract.lexicon import load_lexicon

    assert load_lexicon("en").requirement_verbs == {"need", "require"}
    assert load_lexicon("zh").requirement_verbs == set()


def test_example_cues_give_their_words_prepositions_and_ending_pattern():
    """One cue list (`example_cues`) spells "such as / like / including / e.g. / namely / for example" for every
    rule that reads named examples: the words of each cue, the prepositions the parser hangs examples on, and the
    pattern of a text ending with a cue."""
    from dataclasses import replace

    from policycheck.extract.lexicon import load_lexicon

    lexicon = load_lexicon("en")
    assert ("such", "as") in lexicon.example_cue_words and ("for", "example") in lexicon.example_cue_words
    assert {"as", "like", "including"} <= lexicon.example_prepositions
    assert lexicon.examples_before.search("advertising partners such as ")
    assert lexicon.examples_before.search("service providers, e.g.,")
    assert not lexicon.examples_before.search("partners such as Meta and")
    added = replace(lexicon, example_cues=[*lexicon.example_cues, "in particular"])
    assert added.examples_before.search("vendors, in particular") and "particular" in added.example_prepositions


def test_required_literals_ignoring_case():
    """For a regex compiled with re.I the literals are lower-case ASCII, found in the lower-cased text of any match
    (texts with a non-ASCII case variant of an ASCII letter aside); a non-ASCII literal gives no test."""
    from policycheck.taxonomy import ASCII_CASE_VARIANTS, _required_literals

    regexes = [r"(?i)\bPlease (do not|never)\b", r"\b(if|should) you (have|want) (questions?|concerns?)\b"]
    assert _required_literals(regexes[:1], ignore_case=True) == ("please ",)
    assert _required_literals(regexes[1:], ignore_case=True) == ("concern", "question")
    assert _required_literals(regexes[:1]) is None  # case-sensitively, (?i) still means no test
    assert _required_literals(["(?i)über (alles|dich)"], ignore_case=True) is None
    assert _required_literals(["(?x) please  do"], ignore_case=True) is None
    for regex in regexes:
        literals = _required_literals([regex], ignore_case=True)
        for text in ("PLEASE DO NOT send it.", "please never", "Should you have Questions, write", "If YOU WANT CONCERNS"):
            if re.search(regex, text, re.I) and not ASCII_CASE_VARIANTS.search(text):
                assert any(literal in text.lower() for literal in literals), (regex, text)


def test_catalogued_service_names_match_only_as_names():
    from policycheck.taxonomy.entities import load_entities

    catalog = load_entities()

    def named(text):
        return {m.value for m in catalog.find(text, "en")} - {"first_party", "third_party"}

    assert named("We link your account through Plaid Inc.") == {"plaid"}
    assert named("Consumer reporting agencies such as Experian, Equifax and TransUnion") == {
        "experian", "equifax", "transunion"}
    assert named("Hubspot and HelpScout") == {"hubspot", "help_scout"}
    assert named("the Docusign envelope") == {"docusign"}
    assert named("a plaid shirt, a paddle, zoom in, a greenhouse, workable solutions") == set()
    assert named("Paddle.com Market Ltd") == {"paddle"}
    # a company's product resolves to the product; the company name alone to the company
    assert named("Heroku") == {"heroku"} and catalog.covers("salesforce", "heroku")
    assert named("Salesforce Marketing Cloud") == {"salesforce_mc"} and named("Salesforce.com") == {"salesforce"}
