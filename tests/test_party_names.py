"""The policy's own names and other parties' names (extract/party_names.py), one test per rule family."""

from __future__ import annotations

from policycheck.extract import get_extractor
from policycheck.extract.party_names import PolicyNames, policy_names
from policycheck.ingest import parse_policy


def names_of(text: str, name: str = "policy.md") -> PolicyNames:
    extractor = get_extractor()
    return policy_names(parse_policy(text, name), extractor.entities, extractor.lexicons)


def test_the_title_names_the_policy_and_its_first_word():
    names = names_of("# Acme Notes Privacy Policy\n\nWe collect your email address when you sign up.\n")
    assert names.own[:2] == ("Acme Notes", "Acme") and names.reason("Acme") == "title"
    names = names_of("# “轻颜相机”隐私政策\n\n我们会收集您的手机号码。\n")
    assert names.own == ("轻颜相机",) and names.reason("轻颜相机") == "title"
    # a section heading is no title
    assert names_of("# 一、我们如何收集和使用您的个人信息\n\n我们会收集您的手机号码。\n").own == ()


def test_a_name_defined_as_us_is_ours():
    names = names_of("欢迎您使用示例科技有限公司（以下简称“我们”）提供的服务。我们会收集您的手机号码。\n")
    assert "示例科技有限公司" in names.own and names.reason("示例科技有限公司") == "we_definition"
    # "At Acme, we …" names us too
    names = names_of("# Reader Notice\n\nAt Nimbus, we design products with your privacy in mind.\n")
    assert "Nimbus" in names.own and names.reason("Nimbus") == "we_definition"
    assert "Location" not in names_of("At Location, we keep little.\n").own


def test_the_product_named_before_its_services_is_ours_when_it_holds_a_data_word():
    text = "当你使用轻颜相机及相关服务时，我们会收集你的设备信息。\n你在轻颜相机及相关服务中发布的内容会被展示。\n为提供轻颜相机及相关服务，我们会收集你的手机号码。\n"
    names = names_of(text, "p.txt")
    assert names.own == ("轻颜相机",) and names.reason("轻颜相机") == "product"


def test_a_catalogued_product_used_again_and_again_is_ours():
    names = names_of("\n".join(["欢迎使用百度地图。"] * 10), "p.txt")
    assert names.own == ("百度地图",) and names.reason("百度地图") == "catalogued_product"
    assert names_of("\n".join(["欢迎使用百度地图。"] * 9), "p.txt").own == ()
    text = "\n\n".join(f"Cloudflare will not share your data with partner {i}." for i in range(5))
    names = names_of(text)
    assert "Cloudflare" in names.own and names.reason("Cloudflare") == "catalogued_subject"
    # a list item's body opens after its bold label and a dash: "- **Logs** — Cloudflare collects …"
    text = "\n".join(f"- **Data kind {i}** — Cloudflare collects security logs." for i in range(5))
    names = names_of(text)
    assert "Cloudflare" in names.own and names.reason("Cloudflare") == "catalogued_subject"


def test_a_repeated_name_is_ours_unless_the_policy_deals_with_it_as_another_party():
    text = "\n\n".join(f"CodeCombat stores your progress in level {i}, and we keep it safe." for i in range(5))
    names = names_of(text)
    assert "CodeCombat" in names.own and names.reason("CodeCombat") == "frequent"
    text = "\n\n".join(["We share your name and card number with Harbour Bank."] * 3
                       + ["Your card is issued by Harbour Bank."] * 2)
    assert "Harbour Bank" not in names_of(text).own
    # a Latin brand with a Chinese word named as an app, repeated, holding a data word (邮箱)
    text = "当你使用QQ邮箱APP时，我们会收集你的手机号码。\n" + "在你使用QQ邮箱服务的过程中，我们会收集你的设备型号。\n" * 4
    names = names_of(text, "p.txt")
    assert names.own == ("QQ邮箱",) and names.reason("QQ邮箱") == "frequent"


def test_the_subject_of_the_first_sentence_is_ours():
    names = names_of("Bug Alert will never sell your data. It only keeps your email address.\n")
    assert names.own == ("Bug Alert",) and names.reason("Bug Alert") == "opening_subject"


def test_the_declared_controller_and_its_long_form_are_ours():
    text = ("This notice explains how your data is handled.\n\n"
            "This service is run by the Department for Education (DfE). The DfE is the data controller.\n")
    names = names_of(text)
    assert set(names.own) == {"DfE", "Department for Education"}
    assert {names.reason(name) for name in names.own} == {"controller"}


def test_a_short_name_given_to_the_service_is_ours_not_one_given_to_data_or_other_parties():
    names = names_of("欢迎使用示例App（以下简称“本应用”）。我们会收集您的姓名、收件地址（简称“活动信息”）。\n", "p.txt")
    assert names.own == ("本应用",) and names.reason("本应用") == "short_name"
    names = names_of('This policy is provided by Acme Inc. ("Acme", "we", "us").\n')
    assert names.own == ("Acme",) and names.reason("Acme") == "short_name"
    names = names_of("This site is run by IOTA Ltd. ('IOTA', 'we', 'us').\n")
    assert names.own == ("IOTA",) and names.reason("IOTA") == "short_name"


def test_other_parties_named_by_the_policy_are_never_ours():
    names = names_of("本功能由上海盛付通电子支付服务有限公司（以下简称“盛付通”）向您提供。\n", "p.txt")
    assert names.others == ("盛付通",) and names.own == ()
    names = names_of("We use Fathomly to count visits to our website.\n")
    assert names.others == ("Fathomly",) and "Fathomly" not in names.own


def test_the_name_before_a_parenthesis_defining_we_is_ours():
    names = names_of('**TrickTrack** ("we," "our," or "us") is committed to protecting your privacy.\n')
    assert names.own == ("TrickTrack",) and names.reason("TrickTrack") == "we_definition"
    names = names_of("mastodon.me.uk (hereafter “we”, “us” or “the service”) provides Mastodon accounts.\n")
    assert names.own[0] == "mastodon.me.uk" and names.reason("mastodon.me.uk") == "we_definition"
    names = names_of('This game is published by Infinity Games ("we", "us", "our").\n')
    assert names.own == ("Infinity Games",)
    # not a quoted word that only begins with "our", nor a single data word
    assert "discourse.example.com" not in names_of('Our forum, discourse.example.com (“our websites”), is public.\n').own
    assert names_of('This Privacy Policy for Files ("we", "us", or "our") explains our practices.\n').own == ()


def test_a_title_naming_what_the_policy_documents_names_the_policy():
    # "X telemetry" and "X subprocessors" titles name the service as "X Privacy Policy" does
    assert names_of("# .NET SDK telemetry\n\nThe telemetry feature collects usage data.\n").own[:1] == (".NET SDK",)
    assert names_of("# HEY subprocessors\n\nWe use these subprocessors.\n").own[:1] == ("HEY",)
    assert names_of("# Telemetry\n\nAnonymous usage stats only.\n").own == ()


def test_a_word_capitalised_only_where_a_sentence_or_cell_opens_is_no_name():
    rows = "".join(f"| >=2.0 | Hashed value {i}. |\n| >=5.0 | Elapsed time {i}. |\n" for i in range(6))
    names = names_of("# Data\n\n| Version | Data |\n|---|---|\n" + rows)
    assert "Hashed" not in names.own and "Elapsed" not in names.own
    text = "".join(f"Acmeflow stores note {i}. We share it with Acmeflow staff.\n\n" for i in range(3))
    assert "Acmeflow" in names_of(text).own  # also written inside a sentence: a name
