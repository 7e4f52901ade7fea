"""Headless Chromium (Debian's, at /usr/bin/chromium) driven by Playwright, with the network cut off.

Skipped when Chromium is missing, unless KG_REQUIRE_BROWSER=1 (CI), where a missing browser fails.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def browser_missing_reason() -> str | None:
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is not installed"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    reason = browser_missing_reason()
    if reason:
        if os.environ.get("KG_REQUIRE_BROWSER") == "1":
            pytest.fail(f"KG_REQUIRE_BROWSER=1 but {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class Session:
    """An open explorer page and what it tried: console errors, dialogs, requests blocked."""

    page: object
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)


def open_offline(browser, path: Path, *, timeout_ms: int = 60_000) -> Session:
    """Open ``path`` from file:// with every non-file request aborted; wait until the graph is drawn."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    session = Session(page)
    page.on("console", lambda msg: session.errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: session.errors.append(str(exc)))

    def on_dialog(dialog) -> None:
        session.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)

    def route(route) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            session.blocked.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    page.goto(path.resolve().as_uri())
    page.wait_for_function("window.kgExplorer && window.kgExplorer.isReady", timeout=timeout_ms)
    return session


@pytest.fixture
def explorer(browser) -> Iterator:
    """``explorer(path)`` opens a page; pages are closed after the test."""
    sessions: list[Session] = []

    def open_page(path: Path) -> Session:
        session = open_offline(browser, path)
        sessions.append(session)
        return session

    yield open_page
    for session in sessions:
        session.page.close()
