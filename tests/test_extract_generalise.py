"""Rules that generalise beyond the dev page: full-width text, subsidiaries, parks, company left edges,
investors by reference (sentences written for these tests)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.doc import fold_width
from kg.model import Article, EntityType, Mention, Relation, RelationKind

ET = EntityType
RK = RelationKind


@pytest.fixture(scope="module")
def full(tmp_path_factory: pytest.TempPathFactory) -> Extractor:
    return Extractor(cache_dir=tmp_path_factory.mktemp("jieba"))


def run(extractor: Extractor, text: str) -> tuple[list[Mention], list[Relation]]:
    return extractor(Article(id="a", source="t", text=text))


def found(extractor: Extractor, text: str, cls: EntityType) -> list[str]:
    mentions, _ = run(extractor, text)
    return [m.text for m in mentions if m.cls is cls]


def pairs(extractor: Extractor, text: str, kind: RelationKind) -> set[tuple[str, ...]]:
    _, relations = run(extractor, text)
    return {tuple(m.text for _, m in r.args) + ((r.value,) if r.value else ()) for r in relations
            if r.kind is kind}


# ------------------------------------------------------------------------------------ full width

def test_width_folding_keeps_the_length_and_folds_only_digits_letters_and_decimal_points() -> None:
    text = "总投资１２．５亿元，建设ＡＩ平台。（一）"
    folded = fold_width(text)
    assert len(folded) == len(text)
    assert folded == "总投资12.5亿元，建设AI平台。（一）"
    assert fold_width("第一章．概述") == "第一章．概述"  # a point not between digits stays


def test_a_full_width_amount_is_read_whole(full: Extractor) -> None:
    text = "青岚智联科技有限公司车规级传感器产业化项目总投资３８．６亿元。"
    assert ("车规级传感器产业化项目", "3860000000") in pairs(full, text, RK.AMOUNT)


def test_a_project_name_keeps_its_full_width_latin_prefix(full: Extractor) -> None:
    text = "会上，栖霞智芯科技有限公司签约落户，其中，栖霞智芯６G光模块研发中心项目总投资１８亿元。"
    projects = found(full, text, ET.PROJECT)
    assert any(p.endswith("6G光模块研发中心项目") for p in projects), projects
    assert any(r[-1] == "1800000000" for r in pairs(full, text, RK.AMOUNT))
