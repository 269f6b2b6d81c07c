"""English third-party recall: trackers another party is said to place ("Cloudflare creates a single cookie on your
computer", "advertising partners, including Google, Meta and LinkedIn, which place cookies, pixels and software
development kits on our websites") are that party's `use` of cookies, wherever they are placed."""

from __future__ import annotations

from conftest import tuples


def test_a_named_party_creating_a_cookie_on_the_device_uses_it():
    found = tuples("Cloudflare creates a single cookie on your computer when you use this website.")
    assert (1, "usage.cookies", "use", "cloudflare") in found
    assert (1, "usage.cookies", "use", "first_party") not in found


def test_each_party_placing_trackers_on_our_site_uses_them():
    found = tuples("We also work with advertising partners, including Google, Meta and LinkedIn, which place cookies, "
                   "pixels and software development kits on our websites and apps.")
    for party in ("google", "facebook", "linkedin"):
        assert (1, "usage.cookies", "use", party) in found


def test_our_own_placing_and_a_denied_placing_keep_their_readings():
    assert (1, "usage.cookies", "use", "first_party") in tuples("We place cookies on your device.")
    assert not {t for t in tuples("Google does not place cookies on our website.") if t[3] == "google"}

