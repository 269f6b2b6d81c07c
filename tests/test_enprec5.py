"""English first-party precision: data named in sentences that state no practice of the service."""

from __future__ import annotations

from conftest import pairs


def test_data_named_as_what_is_protected_or_at_risk_states_no_practice():
    # GUIDELINES: security measures and breach handling give no tuple, also when they name the data protected
    assert pairs("We require all third parties to respect the security of your personal information.") == set()
    assert pairs("We take measures to prevent unauthorized access to your personal information.") == set()
    assert pairs("We use encryption to ensure the confidentiality of your messages.") == set()
    # the practice stated beside it stays
    assert pairs("We collect your email address and protect it with encryption.") == {("contact.email", "collect")}


def test_data_words_modifying_a_request_name_no_data():
    assert pairs("While we do process private information removal requests as quickly as possible, it may take some "
                 "time for your request to be reviewed.") == set()
