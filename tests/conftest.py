"""Session fixtures shared by the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED_EVAL = ROOT.parent / "shared" / "eval"
DEV_PAGE = SHARED_EVAL / "dev" / "page-001.txt"
DEV_GOLD = SHARED_EVAL / "dev" / "page-001.gold.json"


@pytest.fixture(scope="session")
def dev_page() -> Path:
    if not DEV_PAGE.exists():
        pytest.skip("../shared/eval/dev is not here")
    return DEV_PAGE
