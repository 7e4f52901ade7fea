"""Projects printed as a table (one a line, columns apart by spaces), amounts in 亿 and 万 parts, a
correction of a printed amount, and phrases that name no project (sentences written for these tests)."""

from __future__ import annotations

import pytest
from extracting import found, pairs

from kg import resolve
from kg.extract import Extractor
from kg.model import Article, EntityType, RelationKind

ET = EntityType
RK = RelationKind

# (as cleaning leaves it: one space of each run, none between a name and a figure)
TABLE = ("5月8日，宜宾三江新区举行重点项目集中签约仪式，现场签约项目9个。\n"
         "部分签约项目如下：\n"
         "项目名称 投资方 投资额\n"
         "动力电池隔膜生产线项目 四川川锂隔膜科技有限公司 二十四亿元\n"
         "智能仓储物流中心项目 宜宾顺达供应链管理有限公司6500万元\n"
         "精密模具产业化项目 重庆铭川模具股份有限公司 约3亿元\n")


def test_a_row_of_a_table_of_projects_gives_its_investor_and_amount(full: Extractor) -> None:
    assert pairs(full, TABLE, RK.INVESTOR) == {
        ("动力电池隔膜生产线项目", "四川川锂隔膜科技有限公司"),
        ("智能仓储物流中心项目", "宜宾顺达供应链管理有限公司"),
        ("精密模具产业化项目", "重庆铭川模具股份有限公司"),
    }
    assert pairs(full, TABLE, RK.AMOUNT) == {
        ("动力电池隔膜生产线项目", "2400000000"),
        ("智能仓储物流中心项目", "65000000"),
    }  # (约3亿元: approximate)


def test_a_project_in_running_text_takes_no_cell(full: Extractor) -> None:
    text = "动力电池隔膜生产线项目 四川川锂隔膜科技有限公司负责建设，二十四亿元资金已到位。"
    assert pairs(full, text, RK.AMOUNT) == set()
    assert pairs(full, text, RK.INVESTOR) == set()


def test_an_amount_in_yi_and_wan_parts_is_the_projects_amount(full: Extractor) -> None:
    text = "江西赣锋精密有限公司投资三亿六千万元建设精密注塑件项目，预计明年投产。"
    assert pairs(full, text, RK.AMOUNT) == {("精密注塑件项目", "360000000")}
    assert found(full, text, ET.PROJECT) == ["精密注塑件项目"]


def test_a_project_named_with_a_bare_zone_kind_keeps_the_printed_name(full: Extractor) -> None:
    """综保区冷链分拨中心项目: 综保区 names no zone by itself, but the printed name stays the project's."""
    text = "钦州港片区举行签约仪式，综保区冷链分拨中心项目由广西北港冷链物流有限公司投资建设。"
    article = Article(id="a", source="t", text=text)
    mentions, relations = full(article)
    [project] = [e for e in resolve.resolve([article], mentions, relations) if e.cls is ET.PROJECT]
    assert project.label == "综保区冷链分拨中心项目"


CORRECTION = ("本报讯 12日，常州高新区与江苏恒远新材料有限公司签约，"
              "总投资二十五亿元的高性能碳纤维项目落户常州高新区。\n"
              "更正：本报前日刊发的《常州高新区签约碳纤维项目》一文中，“总投资二十五亿元”有误，应为“总投资二十二亿元”。"
              "特此更正。")


def test_a_correction_replaces_the_printed_amount(full: Extractor) -> None:
    assert pairs(full, CORRECTION, RK.AMOUNT) == {("高性能碳纤维项目", "2200000000")}


def test_the_headline_a_correction_cites_names_no_project(full: Extractor) -> None:
    assert found(full, CORRECTION, ET.PROJECT) == ["高性能碳纤维项目"]
    text = "日前，本报刊登的《昆山开发区光电显示项目开工》报道引起关注。"
    assert found(full, text, ET.PROJECT) == []


@pytest.mark.parametrize("text", [
    "省发展改革委将支持开发区用好保税物流中心，吸引更多跨境电商项目向园区集聚。",
    "园区由该集团建设运营，专门承接院所的中试项目。五年来入园项目已有86个。",
    "园区已预留1500亩工业用地，专门用于承接大项目落地。",
    "自2019年以来入园项目已超过百个。",
])
def test_projects_named_only_by_quantity_time_or_size_are_no_projects(full: Extractor, text: str) -> None:
    assert found(full, text, ET.PROJECT) == []

