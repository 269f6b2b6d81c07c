"""English data-type precision: sentences about the policy, pointers and security risks that name personal data but
state no practice (GUIDELINES: what is not annotated)."""

from __future__ import annotations

from conftest import pairs


def test_a_long_pointer_to_another_section_or_policy_states_no_practice():
    assert pairs("For more information about each category of personal information, purpose of use, and third parties "
                 "to which we disclose personal information, please see the \"What we collect and why\" and \"When we "
                 "access or disclose your information\" sections of our Privacy Policy.") == set()
    assert pairs("For more information about your rights to your data, please view our general privacy policy.") == set()


def test_our_wish_that_the_user_know_the_practices_states_none():
    assert pairs("We value the privacy of our users and want you to be familiar with how we collect, use, and disclose "
                 "personal information from and about you.") == set()
    assert pairs("We let you know, in our Privacy Statement, what purposes we have for collecting and using your "
                 "information, who we share that information with and under what restrictions.") == set()
    assert pairs("In these guidelines, we provide a little background about what we do, the types of data we have, and "
                 "the conditions under which we will disclose private user information.") == set()


def test_the_risks_security_guards_against_name_no_practice():
    assert pairs("The write_token is used to prevent unauthorized modification of your data.") == set()
    assert pairs("In assessing the appropriate level of security, account shall be taken of the risks from accidental "
                 "or unlawful destruction, loss, alteration, unauthorised disclosure of, or access to Personal Data "
                 "transmitted, stored or otherwise processed.") == set()
    assert pairs("We consider the potential risk of harm from unauthorized use or disclosure of your personal "
                 "information.") == set()


def test_a_practice_beside_a_pointer_or_a_risk_keeps_its_tuple():
    assert ("network.ip", "use") in pairs("We use your IP address to prevent unauthorized access to your data.")
    assert ("contact.email", "collect") in pairs("We want you to know that we collect your email address.")
    assert ("contact.email", "collect") in pairs("We collect your email address. For more information, please see "
                                                 "our cookie policy.")
