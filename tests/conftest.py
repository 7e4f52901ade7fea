"""Session fixtures shared by the tests."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from kg.extract import Extractor

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


@pytest.fixture(scope="session")
def extractor(tmp_path_factory: pytest.TempPathFactory) -> Extractor:
    """One extractor for every extraction test: loading jieba and the lexicon once is enough."""
    from kg.extract import Extractor

    return Extractor(cache_dir=tmp_path_factory.mktemp("jieba"))


@pytest.fixture(scope="session")
def full(extractor: Extractor) -> Extractor:
    """The same extractor, by the name some tests give it (jieba tokenizing on)."""
    return extractor
