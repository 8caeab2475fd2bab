"""The review page end to end in headless Chromium: a keyboard accept, a typed correction,
the ledger rows they write, and the corrected tables after the next `foi extract`.

Needs Debian's `chromium` and `chromium-driver` (CI installs them: see .ci/run) and the
`selenium` test extra; skipped only when they are absent. Chromium is started with every
background service off: on a machine without internet it would otherwise wait on the
network and hang.
"""
from __future__ import annotations

import shutil
import threading

import pytest

from pipeline.corrections import read_ledger
from pipeline.review.page import item_key
from pipeline.review.server import make_server
from review_helpers import SCRIPT, make_run

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is a test extra")
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
DRIVER = shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="chromium and chromedriver are not installed "
                                       "(apt-get install chromium chromium-driver)")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-dev-shm-usage", "--window-size=1280,900")


@pytest.fixture
def browser(tmp_path, monkeypatch):
    monkeypatch.setenv("SE_OFFLINE", "true")  # Selenium Manager must not look for drivers online
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture
def served(tmp_path):
    run = make_run(tmp_path / "run")
    server = make_server(run.processed, run.corrections, [run.raw], port=0, reviewer="browser")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield run, server
    server.shutdown()
    server.server_close()


def progress(driver) -> str:
    return driver.find_element(By.ID, "progress").text


def test_accept_with_a_key_and_correct_with_the_button(served, browser):
    run, server = served
    queue = run.table("review_queue")
    holder = next(r for r in queue if r["field"] == "portfolio_holder_name")
    count = next(r for r in queue if r["field"] == "care_packages_count")
    wait = WebDriverWait(browser, 20)

    browser.get(f"{server.url}?k={item_key(holder)}")
    assert progress(browser) == f"0 of {len(queue)} done"
    answer = browser.find_element(By.ID, "answer")
    assert SCRIPT in answer.text  # shown as text, never run
    assert answer.find_element(By.TAG_NAME, "mark").text == "Owen Bradwell"
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text

    browser.find_element(By.TAG_NAME, "body").send_keys("a")  # accept
    wait.until(EC.text_to_be_present_in_element((By.ID, "progress"), f"1 of {len(queue)} done"))
    assert "Accepted Owen Bradwell" in browser.page_source

    browser.get(f"{server.url}?k={item_key(count)}")
    browser.find_element(By.TAG_NAME, "body").send_keys("c")  # focus the value box
    box = browser.switch_to.active_element
    assert box.get_attribute("id") == "value"
    box.clear()
    box.send_keys("13,500")
    browser.find_element(By.ID, "correct").click()
    wait.until(EC.text_to_be_present_in_element((By.ID, "progress"), f"2 of {len(queue)} done"))

    ledger = read_ledger(run.corrections)
    assert [(c.field, c.corrected_value, c.corrected_state, c.reviewer) for c in ledger] == [
        ("portfolio_holder_name", "Owen Bradwell", "", "browser"),
        ("care_packages_count", "13500", "", "browser")]
    assert [c.original_value for c in ledger] == ["Owen Bradwell", "13482"]

    run.extract()
    rows = {(a["field"], a["item"]): a for a in run.table("answers")}
    assert rows[("portfolio_holder_name", 0)]["status"] == "corrected"
    corrected = rows[("care_packages_count", 0)]
    assert (corrected["status"], corrected["value"], corrected["original_value"]) == (
        "corrected", "13500", "13482")
    wide = run.table("asc_joint_funding")[0]
    assert (wide["care_packages_count"], wide["portfolio_holder_name"]) == ("13500", "Owen Bradwell")
    assert {r["field"] for r in run.table("review_queue")}.isdisjoint(
        {"portfolio_holder_name", "care_packages_count"})
