"""English table cells: the fields a developer tool's telemetry records about how it is run (its command arguments and
options, the build properties a build is run with, whether the output was redirected) are usage, and the runtime
identifier of the platform it runs on is the machine's kind (GUIDELINES: developer-tool telemetry fields)."""

from __future__ import annotations

from conftest import markdown_policy_tuples, statements_of


def _tuples(text: str) -> set[tuple]:
    return {(s.data_type, s.action, s.actor, s.recipient) for s in statements_of(text)}


TELEMETRY_TABLE = """The telemetry feature collects the following data:

| SDK versions | Data |
|--------------|------|
| All          | Runtime ID (RID) the SDK is running on. |
| >=2.0         | Target frameworks (from the `TargetFramework` event), hashed starting in 2.1. |
| >=3.0.100     | Whether the output was redirected (true or false). |
| >=5.0.100     | Hashed OutputType used for build (MSBuild property  |
| >=5.0.100     | Hashed RuntimeIdentifier used for build (MSBuild property) |"""


def test_telemetry_table_rows_naming_how_the_tool_is_run_are_usage():
    found = {(t[0], t[1], t[2], t[3]) for t in markdown_policy_tuples(TELEMETRY_TABLE)}
    rows = {line: {(t[1], t[2], t[3]) for t in found if t[0] == line} for line in range(7, 12)}
    assert rows[7] == {("device.hardware", "collect", "first_party")}
    assert rows[8] == {("usage", "collect", "first_party")}
    assert rows[9] == {("usage", "collect", "first_party")}
    assert rows[10] == {("usage", "collect", "first_party")}
    # a build property named by its identifier is how the build is run, not the machine's runtime identifier
    assert rows[11] == {("usage", "collect", "first_party")}


def test_command_arguments_and_options_are_usage():
    assert _tuples("We collect the command arguments and options you use.") == {
        ("usage", "collect", "first_party", None)}
    assert _tuples("The tool sends command-line arguments to us.") >= {("usage", "collect", "first_party", None)}


COMMAND_TABLES = """Certain commands send additional data. A subset of commands sends the first argument:

| Command               | First argument data sent                |
|-----------------------|-----------------------------------------|
| `dotnet new <arg>`    | The template name (hashed).             |
| `dotnet sln <arg>`    | The word `add`, `list`, or `remove`.    |

A subset of commands sends selected options if they're used, along with their values:

| Option                  | Commands                                                                                       |
|-------------------------|------------------------------------------------------------------------------------------------|
| `--verbosity`           | All commands                                                                                   |
| `--framework`           | `dotnet build`, `dotnet clean`, `dotnet publish`, `dotnet run`, `dotnet test`, `dotnet vstest` |"""


def test_a_command_or_option_row_under_what_the_commands_send_is_usage_we_collect():
    # the tool's own commands send to its publisher: a collection by us, no sharing with another party
    found = markdown_policy_tuples(COMMAND_TABLES)
    assert {t for t in found if t[0] in (7, 8, 14, 15)} == {
        (7, "usage", "collect", "first_party"), (8, "usage", "collect", "first_party"),
        (14, "usage", "collect", "first_party"), (15, "usage", "collect", "first_party")}


def test_commands_sending_data_send_it_to_us():
    assert _tuples("Certain commands send the command arguments and options.") == {
        ("usage", "collect", "first_party", None)}
    assert _tuples("A subset of commands sends the command-line arguments.") == {
        ("usage", "collect", "first_party", None)}


def test_a_command_or_option_cell_without_a_practice_gives_nothing():
    assert markdown_policy_tuples("""| Option | Description |
|---|---|
| `--verbosity` | How much the tool prints |""") == set()


COOKIE_TABLE = """| Cookie Name | Description |
|---|---|
| `_octo` | This cookie is used by Octolytics, our internal analytics service, to distinguish unique users and clients. |
| `_hjid` | This cookie is used by Hotjar, our analytics provider, to distinguish unique users. |"""


def test_a_name_called_our_internal_service_is_our_own():
    found = markdown_policy_tuples(COOKIE_TABLE)
    assert {t for t in found if t[0] == 5} == {(5, "usage.cookies", "use", "first_party")}
    # a vendor in our role stays another party
    assert {t for t in found if t[0] == 6} == {(6, "usage.cookies", "use", "hotjar")}


def test_our_internal_tool_in_a_sentence_is_us():
    assert _tuples("Your usage data is collected by Octolytics, our internal analytics service.") == {
        ("usage", "collect", "first_party", None)}


RECIPIENT_TABLE = """We disclose personal information to the following categories of recipients:

| Recipient | Information disclosed | Purpose |
|---|---|---|
| Your prescriber | Fill status, therapeutic substitutions and interaction alerts | To coordinate your care |
| State boards of pharmacy | Records of controlled-substance dispensing | Regulatory reporting |
| Collection agencies | Name, contact details, amount owed | Recovery of unpaid balances |
| The Owner of your property | Your lease, your ledger and communications with the leasing office | Leasing decisions |"""


def test_data_words_of_a_recipient_table():
    # what a pharmacy records of the prescriptions it fills is health data; what the user owes is financial; the
    # tenant's ledger records the charges and payments of the tenancy
    found = markdown_policy_tuples(RECIPIENT_TABLE)
    assert (7, "health", "share", "first_party") in found
    assert (8, "health", "share", "first_party") in found
    assert (9, "financial", "share", "first_party") in found
    assert (10, "financial.transactions", "share", "first_party") in found


def test_days_supply_and_amounts_owed_in_sentences():
    assert ("health", "share", "first_party", "third_party") in _tuples(
        "We share the days' supply of your prescription with your health plan.")
    assert _tuples("We share the amount owed with collection agencies.") == {
        ("financial", "share", "first_party", "third_party")}


def test_amounts_owed_as_the_purpose_of_a_collection_are_no_data():
    assert _tuples("We use your information to enforce the lease, pursue amounts owed and defend legal claims.") == {
        ("personal_info", "use", "first_party", None)}
