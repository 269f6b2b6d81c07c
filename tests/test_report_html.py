"""The self-contained HTML report of `check`: structure, escaping, Chinese and English, and a real browser.

The browser test opens the report in headless Chromium through Selenium; it is skipped (with the reason) when
selenium, chromium or chromedriver is missing, and every wait in it is bounded.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
import threading
import time
from contextlib import contextmanager
from html.parser import HTMLParser

import pytest

from policycheck import __version__
from policycheck.cli import main
from policycheck.compare import check
from policycheck.extract import extract
from policycheck.ingest import parse_policy
from policycheck.records import STATUSES, Behaviour, Observation, Unmapped
from policycheck.report.html import check_html

# --- cases built with the real pipeline ---------------------------------------------------------------------------

FILLER_ZH = "本段为说明性文字，仅用于阐明本政策的结构（第{}段）。"

POLICY_ZH_LINES = [
    "一、我们如何收集和使用您的个人信息",
    "在您授权后，我们会获取您的精确位置信息，用于向您推荐附近门店。",
    "为保障账号安全，我们会收集您的设备信息，包括设备型号、IMEI。",
    "我们不会收集您的通讯录。",
    "我们会与合作方共享您的IP地址。",
    "我们会读取您的短信内容用于自动填写验证码，但不会收集您的短信内容。",  # states and denies: ambiguous
    "二、第三方SDK目录",
    "SDK名称：某某统计SDK",
    "收集个人信息类型：OAID",
]


def zh_policy(filler: int = 0) -> str:
    """The zh policy; `filler` paragraphs between its statements make the page long enough to need scrolling."""
    lines = []
    for number, line in enumerate(POLICY_ZH_LINES):
        lines.append(line)
        lines += [FILLER_ZH.format(number * 100 + k) for k in range(filler)]
    return "\n".join(lines) + "\n"


def obs(data_type: str, actor: str = "first_party", **kwargs) -> Observation:
    return Observation(kind=kwargs.pop("kind", "api"), name=kwargs.pop("name", "api.Method"),
                       data_types=[data_type], actor=actor, **kwargs)


ZH_OBSERVATIONS = [
    obs("location.precise", name="android.location.LocationManager.getLastKnownLocation",
        caller="com.example.shop.Nearby", source="trace.xls row 2"),                            # clear
    obs("device.id.imei", name="android.telephony.TelephonyManager.getDeviceId",
        caller="com.example.shop.MainActivity", before_consent=True, count=3, source="trace.xls row 5"),  # clear
    obs("device.id.android_id", name="android.provider.Settings$Secure.getString"),            # vague (设备信息)
    obs("social.contacts", name="android.content.ContentResolver.query"),                       # incorrect
    obs("calendar", name="android.provider.CalendarContract.query"),                            # omitted
    obs("communication.sms", name="android.telephony.SmsManager.getAllMessages"),               # ambiguous
    obs("device.id.ad_id", actor="umeng", kind="network", name="ulogs.umeng.com", host="ulogs.umeng.com",
        fields=["oaid"]),                                                                        # vague (unknown SDK)
]

POLICY_EN_HTML = """<html><body>
<h1>Privacy Policy</h1>
<p>We collect your precise location to show nearby stores. We also collect device information,
such as your device model and IMEI, to keep your account secure.</p>
<p>We do not collect your contacts.</p>
<p lang="zh">我们会收集您的电子邮箱地址。</p>
<h2>Third-party SDKs</h2>
<table>
<tr><th>SDK</th><th>Provider</th><th>Data collected</th></tr>
<tr><td>Acme Analytics SDK</td><td>Acme</td>
<td>IMEI, OAID</td></tr>
</table>
</body></html>
"""

EN_OBSERVATIONS = [obs("location.precise"), obs("device.id.imei"), obs("social.contacts"), obs("calendar"),
                   obs("device.id.imei", actor="umeng", caller="com.umeng.commonsdk.statistics.common.DeviceConfig")]

SCRIPT = "<script>window.__pwned=1;alert(1)</script>"
IMG = "<img src=x onerror=\"window.__pwned=2;alert(2)\">"
ATTR = "\"><svg onload=alert(3)>"
POLICY_SCRIPT = (f"隐私政策{SCRIPT}\n"
                 f"我们会收集您的精确位置信息{SCRIPT}。\n"
                 f"我们不会收集您的通讯录{IMG}。\n"
                 f"We collect your email address{ATTR}.\n")


def render(policy: str, observations: list[Observation], name: str = "policy.txt", fmt: str | None = None,
           app: dict | None = None, unmapped: list[Unmapped] | None = None):
    extraction = extract(parse_policy(policy, name, fmt=fmt))
    behaviour = Behaviour(app=app or {"id": "com.example.shop"}, observations=observations,
                          unmapped=list(unmapped or []))
    result = check(extraction, behaviour)
    return result, extraction, check_html(result, extraction)


class Page(HTMLParser):
    """What the tests need to know about a rendered report."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.marks: list[dict] = []  # {"attrs", "text"}
        self.data: list[str] = []
        self._open_marks: list[dict] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if "id" in attributes:
            self.ids.append(attributes["id"])
        if tag == "a" and "href" in attributes:
            self.hrefs.append(attributes["href"])
        if tag == "mark":
            mark = {"attrs": attributes, "text": ""}
            self.marks.append(mark)
            self._open_marks.append(mark)

    def handle_endtag(self, tag):
        if tag == "mark" and self._open_marks:
            self._open_marks.pop()

    def handle_data(self, data):
        self.data.append(data)
        for mark in self._open_marks:
            mark["text"] += data

    @property
    def text(self) -> str:
        return "".join(self.data)

    def tag(self, tag_id: str) -> tuple[str, dict]:
        return next((t, a) for t, a in self.tags if a.get("id") == tag_id)

    def marks_of(self, evidence_id: str) -> list[dict]:
        return [m for m in self.marks if evidence_id in (m["attrs"].get("data-ev") or "").split()]

    def evidence_links(self, number: int) -> list[tuple[str, str]]:
        """(evidence id, href) of the policy-evidence links of finding F<number>."""
        return [(a["data-ev"], a["href"]) for t, a in self.tags
                if t == "a" and "evlink" in (a.get("class") or "") and a.get("data-ev", "").startswith(f"F{number}-")]


def assert_well_formed(page: Page) -> None:
    """Unique ids, internal links only, every link resolves, no script and no external resource."""
    assert len(page.ids) == len(set(page.ids)), "duplicate ids"
    ids = set(page.ids)
    for href in page.hrefs:
        assert href.startswith("#"), f"non-internal link {href!r}"
        assert href[1:] in ids, f"link {href} has no target"
    for tag, attrs in page.tags:
        assert tag not in ("script", "img", "iframe", "object", "embed", "link", "svg", "base", "form"), tag
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "src" not in attrs, (tag, attrs)
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "script-src" not in csp


def check_findings_structure(result, extraction, page: Page) -> None:
    """Each finding has its row; each evidence is a link to an existing anchor and a highlighted sentence."""
    for number, finding in enumerate(result.findings, start=1):
        tag, attrs = page.tag(f"F{number}")
        assert tag == "tr" and f"st-{finding.status}" in attrs["class"]
        links = page.evidence_links(number)
        assert len(links) == len(finding.policy_evidence)
        for (evidence_id, href), evidence in zip(links, finding.policy_evidence, strict=True):
            assert f"L{evidence['line']}" in page.ids  # every evidence line has its anchor
            assert href == f"#L{evidence['line']}" or href.startswith(f"#L{evidence['line']}-")
            marks = page.marks_of(evidence_id)
            assert marks, f"evidence {evidence_id} is not highlighted"
            assert all(f"st-{finding.status}" in m["attrs"]["class"].split() for m in marks)
            assert all(f"F{number}" in m["attrs"]["data-f"].split() for m in marks)
            highlighted = "".join(m["text"] for m in marks)
            quoted = evidence["text"].replace(" | ", "")  # table rows are quoted with " | " between their cells
            assert quoted in highlighted.replace(" | ", "") or highlighted in evidence["text"]
        if finding.policy_evidence:
            assert f"#F{number}" in page.hrefs  # back-link from the policy text


# --- unit tests ---------------------------------------------------------------------------------------------------


def test_zh_report_structure():
    result, extraction, text = render(zh_policy(), ZH_OBSERVATIONS,
                                      unmapped=[Unmapped("api", "com.example.Unknown.call", 4, "no mapping")])
    assert {f.status for f in result.findings} == set(STATUSES), "the case must have every status"
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    page = Page(text)
    assert_well_formed(page)
    check_findings_structure(result, extraction, page)
    assert page.tags[0] == ("html", {"lang": "zh-CN"})
    # header
    body = page.text
    assert "com.example.shop" in body and "policy.txt" in body and extraction.document.sha256 in body
    assert f"policycheck {__version__}" in body and "中文" in body
    for status in STATUSES:
        count = sum(f.status == status for f in result.findings)
        assert f"{status} · " in body and f": {count}" in body
    assert "隐私政策既声明收集又声明不收集" in body  # legend, in the policy's language
    # data-type names in the policy's language, before-consent marker, observation count, behaviour evidence
    imei_row = next(n for n, f in enumerate(result.findings, 1) if f.data_type == "device.id.imei")
    row = text[text.index(f'<tr id="F{imei_row}"'):]
    row = row[:row.index("</tr>")]
    assert "IMEI" in row and "同意前收集" in row and ">3<" in row
    assert "android.telephony.TelephonyManager.getDeviceId" in row and "com.example.shop.MainActivity" in row
    assert "trace.xls row 5" in row
    assert "精确位置" in text and "通讯录" in text
    # regulatory checks, unmapped, declared-but-not-observed
    assert 'id="checks"' in text and "sensitive-without-notice" in text and "个人信息保护法" in text
    assert 'id="unmapped"' in text and "com.example.Unknown.call" in text
    assert 'id="declared"' in text and "network.ip" in text
    # the policy text: headings as headings, one anchor per line
    assert page.tag("L1")[0] in ("h3", "h4") and page.tag("L2")[0] == "p"
    assert all(f"L{line}" in page.ids for line in range(1, len(POLICY_ZH_LINES) + 1))
    # the ambiguous finding cites one sentence twice (collect and not_collect): one mark, both evidence ids
    ambiguous = next(n for n, f in enumerate(result.findings, 1) if f.status == "ambiguous")
    assert page.marks_of(f"F{ambiguous}-1") == page.marks_of(f"F{ambiguous}-2")
    # a sentence cited by a clear and a vague finding is one mark carrying both statuses
    shared = page.marks_of(f"F{imei_row}-1")[0]
    assert {"st-clear", "st-vague"} <= set(shared["attrs"]["class"].split())


def test_english_policy_with_table_and_mixed_language():
    result, extraction, text = render(POLICY_EN_HTML, EN_OBSERVATIONS, name="policy.html")
    assert extraction.document.language == "en"
    page = Page(text)
    assert_well_formed(page)
    check_findings_structure(result, extraction, page)
    assert page.tags[0] == ("html", {"lang": "en"})
    assert "Findings" in page.text and "Policy text" in page.text
    assert "precise location" in page.text  # English data-type names
    # headings are headings, the table is a table with its header cells, the Chinese paragraph is marked zh
    assert page.tag("L2")[0] in ("h3", "h4") and page.tag("L7")[0] in ("h3", "h4")
    assert page.tag("L9")[0] == "tr" and "Data collected" in text
    assert [t for t, _ in page.tags].count("th") >= 3 + 8  # 3 header cells + the findings table header
    assert page.tag("L6") == ("p", {"id": "L6", "class": "blk", "lang": "zh-CN"})
    # the SDK row is cited from its data cell, on line 11: the link goes there, the cells are highlighted
    sdk = next(n for n, f in enumerate(result.findings, 1) if f.actor == "umeng")
    (evidence_id, href), = page.evidence_links(sdk)
    assert href == "#L11" and page.tag("L11")[0] == "span"
    assert "IMEI, OAID" in "".join(m["text"] for m in page.marks_of(evidence_id))
    # a sentence that starts in the middle of line 3 is still found and highlighted
    imei = next(n for n, f in enumerate(result.findings, 1) if f.data_type == "device.id.imei" and f.actor != "umeng")
    assert page.marks_of(f"F{imei}-1")[0]["text"].startswith("We also collect device information")


def test_script_in_policy_is_text_not_markup():
    app = {"id": "com.evil<script>alert(4)</script>", "name": IMG}
    result, extraction, text = render(POLICY_SCRIPT, [obs("location.precise"), obs("social.contacts"),
                                                      obs("contact.email", caller=SCRIPT)],
                                      fmt="text", app=app,
                                      unmapped=[Unmapped("api", SCRIPT, 1, IMG)])
    assert {f.status for f in result.findings} >= {"clear", "incorrect"}
    page = Page(text)
    assert_well_formed(page)  # no <script>, <img>, <svg>, no on* attribute anywhere
    check_findings_structure(result, extraction, page)
    assert "<script" not in text.lower() and "<img" not in text.lower() and "<svg" not in text.lower()
    assert "&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;" in text
    # the payloads are there as text, inside the highlighted evidence
    assert SCRIPT in page.text and IMG in page.text and ATTR in page.text
    location = next(n for n, f in enumerate(result.findings, 1) if f.data_type == "location.precise")
    assert SCRIPT in page.marks_of(f"F{location}-1")[0]["text"]


def test_escaped_markup_in_html_policy_stays_text():
    policy = ("<html><body><p>We collect your precise location &lt;script&gt;alert(1)&lt;/script&gt;.</p>"
              "<script>alert('dropped by ingest')</script></body></html>")
    result, extraction, text = render(policy, [obs("location.precise")], name="p.html")
    page = Page(text)
    assert_well_formed(page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text and "<script" not in text.lower()


def test_one_line_html_policy_gets_distinct_anchors():
    policy = ("<html><body><h1>Privacy</h1><p>We collect your precise location.</p>"
              "<p>We do not collect your contacts.</p><p>We share your IP address with advertisers.</p></body></html>")
    result, extraction, text = render(policy, [obs("location.precise"), obs("social.contacts"),
                                               obs("network.ip", actor="umeng")], name="p.html")
    page = Page(text)
    assert_well_formed(page)
    check_findings_structure(result, extraction, page)
    # every block is on line 1: the first carries L1, the later ones L1-2, L1-3…, and each link targets its own block
    assert page.tag("L1")[0] in ("h3", "h4") and page.tag("L1-2")[0] == "p"
    hrefs = [href for n in range(1, len(result.findings) + 1) for _, href in page.evidence_links(n)]
    assert len(set(hrefs)) == len(hrefs) == 3
    assert page.tag(hrefs[0][1:])[0] in ("p", "h3", "h4")


def test_sentence_far_into_a_long_line_gets_its_own_anchor():
    filler = "This paragraph explains how this policy is organised and when it applies to you. " * 6
    policy = f"<html><body><p>{filler}We do not collect your contacts.</p></body></html>"
    result, extraction, text = render(policy, [obs("social.contacts")], name="p.html")
    page = Page(text)
    assert_well_formed(page)
    check_findings_structure(result, extraction, page)
    (evidence_id, href), = page.evidence_links(1)
    assert href == "#L1-2" and page.tag("L1-2")[0] == "span"
    # the anchor sits right where the highlighted sentence starts
    assert '<span class="anchor" id="L1-2"></span><mark class="ev st-incorrect" data-f="F1" data-ev="F1-1"' in text


def test_report_without_findings():
    result, extraction, text = render("We collect your email address.\n", [])
    page = Page(text)
    assert_well_formed(page)
    assert "No personal-information flow was observed." in page.text
    assert 'id="checks"' not in text and 'id="L1"' in text


def test_cli_writes_the_html_report(tmp_path, capsys):
    policy = tmp_path / "policy.txt"
    policy.write_text(zh_policy(), encoding="utf-8")
    behaviour = tmp_path / "behaviour.json"
    behaviour.write_text(json.dumps({"app": {"id": "com.example.cli"}, "observations": [
        {"kind": "data", "data_type": "location.precise", "caller": "com.example.cli.Nearby"},
        {"kind": "data", "data_type": "social.contacts", "caller": "com.example.cli.Friends"}]}), encoding="utf-8")
    assert main(["check", str(policy), "--behaviour", str(behaviour), "--format", "html"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>") and "com.example.cli" in out
    assert_well_formed(Page(out))


# --- the report in a real browser ---------------------------------------------------------------------------------

BROWSER_NAMES = ("chromium", "chromium-browser")
DRIVER_NAMES = ("chromedriver",)
CHROME_ARGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
               "--window-size=1280,800")
WAIT = 10  # seconds, for every wait in the browser
DEADLINE = 120  # seconds, for starting the browser and for each browser test as a whole


def _which(names: tuple[str, ...]) -> str | None:
    for name in names:
        found = shutil.which(name) or (f"/usr/bin/{name}" if os.access(f"/usr/bin/{name}", os.X_OK) else None)
        if found:
            return found
    return None


@contextmanager
def deadline(seconds: int, what: str):
    """Fail (never hang) when the block takes longer than `seconds` (Unix main thread; elsewhere a no-op)."""
    if not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum, frame):
        raise TimeoutError(f"{what} took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    binary, driver_path = _which(BROWSER_NAMES), _which(DRIVER_NAMES)
    if binary is None or driver_path is None:
        pytest.skip("chromium and chromedriver are needed for the browser test "
                    "(Debian: apt-get install chromium chromium-driver)")
    profile = tempfile.mkdtemp(prefix="policycheck-chromium-")
    options = Options()
    options.binary_location = binary
    for argument in CHROME_ARGS + (f"--user-data-dir={profile}",):
        options.add_argument(argument)
    options.unhandled_prompt_behavior = "ignore"  # an alert stays open, so the test can see it
    driver = None
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SE_OFFLINE", "true")  # Selenium Manager must not download anything
        try:
            with deadline(DEADLINE, "starting chromium"):
                driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
        except Exception as error:  # installed but not startable: a real failure, say why
            shutil.rmtree(profile, ignore_errors=True)
            pytest.fail(f"chromium ({binary}) with {driver_path} did not start: {type(error).__name__}: {error}")
    driver.set_page_load_timeout(WAIT * 3)
    driver.set_script_timeout(WAIT)
    driver.implicitly_wait(0)
    try:
        yield driver
    finally:
        with deadline(30, "stopping chromium"):
            driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _viewport_rect(driver, element) -> dict:
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return {top: r.top, bottom: r.bottom, height: window.innerHeight, width: r.width};", element)


def _in_viewport(rect: dict) -> bool:
    return rect["width"] > 0 and rect["top"] >= -1 and rect["top"] < rect["height"] and rect["bottom"] > 0


def test_report_in_headless_chromium(browser, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    started = time.monotonic()
    result, extraction, text = render(zh_policy(filler=6), ZH_OBSERVATIONS)
    assert {f.status for f in result.findings} == set(STATUSES)
    report = tmp_path / "report.html"
    report.write_text(text, encoding="utf-8")
    with deadline(DEADLINE, "the browser test"):
        browser.get(report.as_uri())
        WebDriverWait(browser, WAIT).until(lambda d: d.execute_script("return document.readyState") == "complete")
        assert browser.execute_script("return document.documentElement.lang") == "zh-CN"
        height = browser.execute_script("return window.innerHeight")
        assert browser.execute_script("return document.documentElement.scrollHeight") > 2 * height  # needs scrolling
        seen_statuses = set()
        for number, finding in enumerate(result.findings, start=1):
            row = browser.find_element(By.ID, f"F{number}")
            assert row.is_displayed(), f"row F{number} is hidden"
            seen_statuses.add(row.get_attribute("data-status"))
            for link in row.find_elements(By.CSS_SELECTOR, "a.evlink"):
                href = link.get_dom_attribute("href")
                evidence_id = link.get_dom_attribute("data-ev")
                link.click()
                WebDriverWait(browser, WAIT).until(lambda d, h=href: d.execute_script("return location.hash") == h)
                target = browser.find_element(By.ID, href[1:])
                assert _in_viewport(_viewport_rect(browser, target)), f"{href} not scrolled into view"
                marks = browser.find_elements(By.CSS_SELECTOR, f'mark[data-ev~="{evidence_id}"]')
                assert marks, f"no highlight for {evidence_id}"
                visible = [m for m in marks if m.is_displayed() and _in_viewport(_viewport_rect(browser, m))]
                assert visible, f"the highlight of {evidence_id} is not visible after following {href}"
                assert f"st-{finding.status}" in visible[0].get_attribute("class").split()
                colour = browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor", visible[0])
                assert colour not in ("rgba(0, 0, 0, 0)", "transparent", "rgb(255, 255, 0)"), colour  # styled
                # and back to the finding
                back = browser.find_elements(By.CSS_SELECTOR, f'#policy sup.bl a[href="#F{number}"]')
                assert back, f"no back-link to F{number}"
                back[0].click()
                WebDriverWait(browser, WAIT).until(
                    lambda d, h=f"#F{number}": d.execute_script("return location.hash") == h)
                assert _in_viewport(_viewport_rect(browser, browser.find_element(By.ID, f"F{number}")))
        assert seen_statuses == set(STATUSES)
        # nothing was fetched: the only resource is the page itself
        resources = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        assert resources == []
    assert time.monotonic() - started < DEADLINE


def test_script_policy_raises_no_alert_in_chromium(browser, tmp_path):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    result, extraction, text = render(POLICY_SCRIPT, [obs("location.precise"), obs("social.contacts")], fmt="text",
                                      app={"id": "com.evil<script>alert(4)</script>"})
    report = tmp_path / "evil.html"
    report.write_text(text, encoding="utf-8")
    with deadline(DEADLINE, "the script-policy browser test"):
        browser.get(report.as_uri())
        WebDriverWait(browser, WAIT).until(lambda d: d.execute_script("return document.readyState") == "complete")
        time.sleep(0.3)  # give an (unexpected) onerror/onload handler its chance
        with pytest.raises(NoAlertPresentException):
            _ = browser.switch_to.alert.text
        assert browser.execute_script("return window.__pwned === undefined")
        assert browser.execute_script("return document.scripts.length") == 0
        policy_text = browser.find_element(By.ID, "policy").text
        assert SCRIPT in policy_text and IMG in policy_text  # shown as text
