"""English first-party precision: lines that name no practice on the data they mention. The "No" cells of a table's
Collected column deny the row's data, also with a mark before the answer ("| Precise geolocation | ❌ No | N/A |");
permissions removed from a manifest are not requested; logs said to hold only metadata or to exclude content are no
logging of the logs' data; "zero storage of X" denies the storage as "no storage of X" does; the transcripts of a
transcription service are the user's content; "usage history" is the app-usage history; an item of a right to know
("Whether we sell or share your personal information") is an indirect question, no practice; a remote login named as
a kind of connection is no credential."""

from __future__ import annotations

from conftest import markdown_policy_tuples


_found = markdown_policy_tuples


def test_no_cells_of_a_collected_column_deny_the_rows_data():
    found = _found("#### Categories We Collect\n\n| **Category** | **Collected** | **Usage** |\n|---|---|---|\n"
                   "| Precise geolocation | ❌ No | N/A |\n| Racial or ethnic origin | No | N/A |\n"
                   "| Audio recordings | ✅ Yes | Voice notes for transcription only |")
    assert {t for t in found if t[0] in (7, 8)} == {
        (7, "location.precise", "not_collect", "first_party"), (8, "identity.ethnicity", "not_collect", "first_party")}
    assert (9, "media.audio", "collect", "first_party") in found


def test_permissions_removed_from_the_manifest_are_not_requested():
    found = _found("To protect user privacy, the following permissions have been manually removed from the app's "
                   "manifest:\n\n```\n<uses-permission android:name=\"com.google.android.gms.permission.AD_ID\" "
                   "tools:node=\"remove\" />\n```")
    assert found == {(6, "device.id.ad_id", "not_collect", "first_party")}
    # a requested one stays requested
    assert _found("The app requests the following permissions:\n\n- android.permission.ACCESS_FINE_LOCATION") == {
        (5, "location.precise", "collect", "first_party")}


def test_logs_said_to_hold_only_metadata_log_nothing():
    # (what they exclude keeps its own denial)
    assert _found("#### Metadata-Only Logging\n\n- System logs contain only technical metadata\n"
                  "- Error logs exclude all personal content") == {(6, "content", "not_collect", "first_party")}
    # logs a line says are kept stay logs
    assert (3, "usage.logs", "store", "first_party") in _found("We keep server logs for 30 days.")


def test_zero_storage_denies_the_storage():
    assert _found("- Zero persistent storage of audio recordings") == set()
    assert _found("- No persistent storage of audio recordings") == set()


def test_transcripts_of_a_transcription_service_are_content():
    assert _found("- No transcript content is ever logged or stored") == {(3, "content", "not_collect", "first_party")}
    # a voice assistant's transcripts of requests stay the request history
    assert (3, "usage.history", "store", "first_party") in _found(
        "We keep your voice recordings and transcripts with your account.")


def test_usage_history_is_the_app_usage_history():
    assert _found("We use your usage history to provide the account dashboard.") == {
        (3, "usage.history", "use", "first_party")}


def test_an_item_of_a_right_to_know_is_no_practice():
    assert _found("As a California resident, you have the following rights:\n\n#### Right to Know\n\n"
                  "- Whether we sell or share your personal information") == set()
    # a fronted "whether" clause before a main clause keeps the practice
    assert _found("Whether you use our app or our website, we collect your email address.") == {
        (3, "contact.email", "collect", "first_party")}


def test_a_remote_login_named_as_a_connection_is_no_credential():
    assert not any(t[1] == "account.credentials" for t in _found(
        "Similar information is gathered for anonymous ftp, remote account login, or for other comparable types of "
        "connections."))


def test_an_invitation_to_write_with_questions_is_no_practice():
    assert _found("If you have any questions about this policy or personal information protection, please send your "
                  "inquiries, opinions, or suggestions to: privacy@example.com") == set()
    assert _found("If you have any questions about this Policy, you can send your written questions, opinions, or "
                  "suggestions to the following E-Mail address: privacy@example.com") == set()
    # a practice stated in a sentence of its own after it stays
    assert (3, "contact.email", "store", "first_party") in _found(
        "If you have questions, please contact us. We keep your email address for two years.")


def test_leaving_the_site_is_no_practice():
    assert _found("When you link to these websites you leave our website and your communications no longer are "
                  "protected by our privacy policy.") == set()
