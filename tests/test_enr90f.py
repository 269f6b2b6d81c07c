"""English round (90) families: the fields of a telemetry table's data classes (crash, exception, request and
performance rows; names of things, not of people; a test's location), the use of a machine's resources, a session
ID no cookie keeps, and "Processor time" no data processor."""

from __future__ import annotations

from conftest import tuples

CLASSES = ("# Data collection\n\n"
           "#### The classes of collected data\n\n"
           "| Collected data class | Includes (not an exhaustive list) |\n| --- | --- |\n"
           "| DeviceContext |Id, IP, Locale, Device model, OEM name, Role Instance, Role Name, Device Type |\n"
           "| Session |session id |\n"
           "| Inferred |geo location from IP address, timestamp, OS, browser |\n"
           "| Metrics |Metric name and value |\n"
           "| Client perf |URL/page name, browser load time |\n"
           "| Requests |URL, duration, response code |\n"
           "| Exceptions |Type, message, call stacks, source file and line number, thread id |\n"
           "| Perf counters |Processor time, available memory, request rate |\n"
           "| Availability |Web test response code, test name, timestamp, test location |\n")


def _row(found: set, line: int) -> set:
    return {t[1] for t in found if t[0] == line}


def test_names_of_things_in_a_telemetry_table_name_no_person():
    found = tuples(CLASSES, name="classes.md")
    assert "identity.name" not in {t[1] for t in found}


def test_a_test_location_and_a_session_id_are_no_data_of_the_user():
    found = tuples(CLASSES, name="classes.md")
    assert "location" not in _row(found, 15)
    assert "usage.cookies" not in {t[1] for t in found}


def test_a_location_from_ip_address_without_article_is_coarse():
    found = tuples(CLASSES, name="classes.md")
    assert "location.coarse" in _row(found, 9)
    assert "location" not in _row(found, 9)


def test_request_exception_and_load_time_fields_are_logs():
    found = tuples(CLASSES, name="classes.md")
    for line in (11, 12, 13):
        assert (line, "usage.logs", "collect", "first_party") in found


def test_performance_counters_are_the_devices_state_collected_by_us():
    found = tuples(CLASSES, name="classes.md")
    assert (14, "device", "collect", "first_party") in found
    assert not {t for t in found if t[3] != "first_party"}


def test_cpu_among_resources_whose_occupancy_is_sent_is_device():
    found = tuples("We collect telemetry about CPU, memory, and network occupancy.\n", name="p.md")
    assert (1, "device", "collect", "first_party") in found
    assert "device.hardware" not in {t[1] for t in found}


def test_a_session_id_a_cookie_keeps_stays_a_cookie():
    found = tuples("If you are logged in, your current session ID is stored in this cookie.\n", name="p.md")
    assert "usage.cookies" in {t[1] for t in found}


def test_stack_dumps_are_logs():
    found = tuples("We collect exceptions and crashes: stack dumps, build id, CPU type.\n", name="p.md")
    assert (1, "usage.logs", "collect", "first_party") in found


def test_the_machinery_of_telemetry_is_no_telemetry_sent():
    found = tuples("This would be possible by writing a telemetry processor plugin.\n", name="p.md")
    assert "usage" not in {t[1] for t in found}


def test_processors_named_to_process_donations_give_no_transactions():
    found = tuples("We use Stripe and PayPal to process donations.\n", name="p.md")
    assert "financial.transactions" not in {t[1] for t in found}
    found = tuples("* To process donations or workshop administration fees for our programs\n", name="p.md")
    assert (1, "financial.transactions", "use", "first_party") in found


def test_whether_data_is_personal_information_is_no_practice():
    for text in ("The first part examines whether there is a collection of personal information.\n",
                 "Nevertheless, should a different conclusion be reached regarding the assessment of whether any data "
                 "element could be considered personal information, all requirements have been met.\n"):
        assert "personal_info" not in {t[1] for t in tuples(text, name="p.md")}
    assert (1, "personal_info", "collect", "first_party") in tuples("We collect personal information.\n", name="p.md")
