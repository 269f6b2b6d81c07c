"""Chinese action: an introduction that states several actions of ours gives each of them to its items even when it
does not end in "：" ("…出于本政策所述的下列目的收集和使用您的个人信息。"), names the way or the information it lists
("按照如下方式", "如下信息", "下述的各项功能") or names it in a later sentence of its block (goldcons30)."""

from __future__ import annotations

import pytest

from conftest import tuples


@pytest.mark.parametrize("intro", [
    "我们会遵循正当、合法、必要的原则，出于本政策所述的下列目的收集和使用您的个人信息。",
    "在您使用我们服务的过程中，我们会按照如下方式收集和使用您在使用服务时产生的信息，用以向您提供服务",
    "我们会在符合法律规定并根据您具体授权的情况下收集并使用如下信息。这类信息将在您选择的具体功能中进行收集。",
    "为实现本政策下述的各项功能，我们收集和使用您的个人信息：",
    "您可选择授权我们收集、使用相应的个人信息，如您拒绝提供，您将无法使用扩展功能。我们可能需要收集相应的下述信息：",
])
def test_items_of_an_introduction_without_a_colon_take_use(intro):
    found = tuples("隐私政策\n" + intro + "\n1、帮助您成为我们的用户\n当您注册时，我们会收集您的手机号码。\n")
    assert {(4, "contact.phone", "collect", "first_party"), (4, "contact.phone", "use", "first_party")} <= found


def test_a_sentence_naming_nothing_that_follows_gives_no_use():
    found = tuples("隐私政策\n我们会收集和使用您的个人信息。\n1、帮助您成为我们的用户\n当您注册时，我们会收集您的手机号码。\n")
    assert (4, "contact.phone", "use", "first_party") not in found
