"""English cookie tables: the party whose cookie a row lists when its description names the vendor an embedded
component uses ("… font Inter UI which uses Cloudflare") or says the cookie serves the makers of an embedded component
("This helps the makers of the GOV.UK prototype kit count …")."""

from __future__ import annotations

from conftest import statements_of


def _found(text: str) -> set[tuple]:
    return {(s.line, s.data_type, s.action, s.actor, s.recipient)
            for s in statements_of("# Acme cookies\n\n" + text + "\n", name="policy.md")}


TABLE = "| Name | Purpose | Expires |\n| --- | --- | --- |\n"


def test_a_component_which_uses_a_known_vendor_is_that_vendors_cookie():
    found = _found("## Other cookies\n\n" + TABLE + "| _cfduid | We use an open source font "
                   "[Inter UI](https://rsms.me/inter/) which uses [Cloudflare](https://www.cloudflare.com/) | 6 months |")
    assert (7, "usage.cookies", "use", "cloudflare", None) in found
    assert not any(actor == "first_party" for (_, _, _, actor, _) in found)


def test_a_cookie_helping_the_makers_of_a_component_is_another_partys():
    found = _found("## Other cookies\n\n" + TABLE + "| _kit_cookie | This helps the makers of the prototype kit "
                   "count how many times the kit is used | 24 hours |")
    assert (7, "usage.cookies", "use", "third_party", None) in found
    assert not any(actor == "first_party" for (_, _, _, actor, _) in found)


def test_a_cookie_that_helps_us_stays_ours():
    found = _found("## Other cookies\n\n" + TABLE + "| session | This helps us remember your preferences | 1 day |")
    assert (7, "usage.cookies", "use", "first_party", None) in found
    assert not any(actor == "third_party" for (_, _, _, actor, _) in found)
