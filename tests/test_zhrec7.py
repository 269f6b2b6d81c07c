"""Chinese first-party recall: data phrases and readings that name first-party data the extractor used to miss."""

from __future__ import annotations

from conftest import pairs, statements_of


def test_information_under_a_third_party_login_account_is_account_data():
    text = ("如您使用第三方平台的账号登录的，我们将根据您的授权获取该第三方账号下的相关信息（包括：用户名、昵称、头像）。")
    found = {(s.data_type, s.action, s.actor) for s in statements_of(text)}
    assert ("account", "collect", "first_party") in found
    assert ("account.profile", "collect", "first_party") in found
    # the refusal names no practice, and "该等账号下的相关信息" keeps its examples only
    assert pairs("若您拒绝提供第三方账号下的信息，则您无法选择使用第三方账号登录。") == set()
    assert ("account", "collect") not in pairs(
        "如您使用第三方平台的帐号登录本产品时，我们将根据您的授权获取该等账号下的相关信息（例如：用户名、昵称、头像）。")
