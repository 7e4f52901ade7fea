"""Tables of projects with a header row (a web page's <table> as a pipe table, or columns apart by spaces
in text): each row's project, its investor, its amount (the header's unit for bare numbers) and its zone
(tables and sentences written for these tests)."""

from __future__ import annotations

import pytest
from extracting import pairs, run

from kg.extract import Extractor
from kg.extract.tables import Role, cell_yuan, header_of, pipe_cells, rows_of
from kg.model import RelationKind

RK = RelationKind

# (as a web page's table reaches the extractor: a pipe table with a header and a |---| line)
PIPE = ("10月9日，芜湖经开区与芜湖三山经开区联合举办招商推介会，现场签约项目4个。\n"
        "签约项目如下：\n"
        "| 项目名称 | 签约企业 | 总投资 | 落户园区 |\n"
        "|---|---|---|---|\n"
        "| 储能电池模组项目 | 安徽江岸储能科技有限公司 | 12亿元 | 芜湖经开区 |\n"
        "| 精密轴承加工项目 | 施泰纳轴承（芜湖）有限公司 | 8000万美元 | 芜湖经开区 |\n"
        "| 冷链物流分拨中心项目 | 芜湖鲜达冷链物流有限公司 | 4500万元 | 芜湖三山经开区 |\n"
        "其中，精密轴承加工项目由施泰纳集团在华全资子公司施泰纳轴承（芜湖）有限公司投资建设。")


def test_a_pipe_tables_rows_give_each_project_its_investor_amount_and_zone(full: Extractor) -> None:
    assert pairs(full, PIPE, RK.INVESTOR) >= {
        ("储能电池模组项目", "安徽江岸储能科技有限公司"),
        ("精密轴承加工项目", "施泰纳轴承（芜湖）有限公司"),
        ("冷链物流分拨中心项目", "芜湖鲜达冷链物流有限公司"),
    }
    assert pairs(full, PIPE, RK.AMOUNT) == {
        ("储能电池模组项目", "1200000000"),
        ("冷链物流分拨中心项目", "45000000"),
    }  # (8000万美元: another currency, no amount in yuan)
    assert pairs(full, PIPE, RK.PROJECT_ZONE) == {
        ("储能电池模组项目", "芜湖经开区"),
        ("精密轴承加工项目", "芜湖经开区"),
        ("冷链物流分拨中心项目", "芜湖三山经开区"),
    }  # (the 其中 sentence after the table guesses no other zone for a project the table placed)


def test_a_rows_facts_point_at_the_row(full: Extractor) -> None:
    _, relations = run(full, PIPE)
    row = "| 冷链物流分拨中心项目 | 芜湖鲜达冷链物流有限公司 | 4500万元 | 芜湖三山经开区 |"
    [amount] = [r for r in relations if r.kind is RK.AMOUNT and r.args[0][1].text == "冷链物流分拨中心项目"]
    assert PIPE[amount.evidence_start:amount.evidence_end] == row


def test_the_headers_unit_counts_the_bare_numbers_below_it(full: Extractor) -> None:
    text = ("近日，常德经开区举行第三季度重点项目集中签约活动。\n"
            "| 序号 | 项目名称 | 投资主体 | 投资额（万元） | 选址 |\n"
            "| --- | --- | --- | --- | --- |\n"
            "| 1 | 高端纺织面料项目 | 湖南锦程纺织有限公司 | 35000 | 常德经开区 |\n"
            "| 2 | 汽车线束生产基地项目 | 常德恒联电子有限公司 | 8,600 | 常德经开区 |\n")
    assert pairs(full, text, RK.AMOUNT) == {("高端纺织面料项目", "350000000"),
                                           ("汽车线束生产基地项目", "86000000")}
    assert pairs(full, text, RK.INVESTOR) == {("高端纺织面料项目", "湖南锦程纺织有限公司"),
                                             ("汽车线束生产基地项目", "常德恒联电子有限公司")}


def test_a_table_printed_with_spaces_is_read_by_its_header(full: Extractor) -> None:
    # (as cleaning leaves it: one space of each run, none between a name and a figure or after a bracket)
    text = ("6月18日，九江经开区举行项目签约仪式。\n"
            "项目名称 企业名称 投资额（亿元）所在园区\n"
            "光伏玻璃深加工项目 江西晶澈新材料有限公司12 九江经开区\n"
            "智能家居配件项目 九江安居智能科技有限公司 3.5 九江经开区\n"
            "九江经开区将为项目落地做好服务。")
    assert pairs(full, text, RK.AMOUNT) == {("光伏玻璃深加工项目", "1200000000"),
                                           ("智能家居配件项目", "350000000")}
    assert pairs(full, text, RK.INVESTOR) == {("光伏玻璃深加工项目", "江西晶澈新材料有限公司"),
                                             ("智能家居配件项目", "九江安居智能科技有限公司")}


def test_a_table_without_a_project_column_is_not_read() -> None:
    text = ("| 企业名称 | 投资额 |\n|---|---|\n| 湖南锦程纺织有限公司 | 3亿元 |\n")
    assert rows_of(text) == ()


@pytest.mark.parametrize(("cells", "roles", "unit"), [
    (["项目名称", "投资方", "投资额", "落户平台"], (Role.PROJECT, Role.INVESTOR, Role.AMOUNT, Role.ZONE), ""),
    (["序号", "项目", "签约单位", "总投资(亿元)"], (None, Role.PROJECT, Role.INVESTOR, Role.AMOUNT), "亿"),
    (["项目名称", "建设单位", "投资金额/万元", "建设内容", "所在地"],
     (Role.PROJECT, Role.INVESTOR, Role.AMOUNT, None, Role.ZONE), "万"),
])
def test_a_headers_labels_map_to_columns(cells: list[str], roles: tuple, unit: str) -> None:
    header = header_of(cells)
    assert header is not None and header.roles == roles and header.unit == unit


@pytest.mark.parametrize("cells", [
    ["储能电池模组项目", "安徽江岸储能科技有限公司", "12亿元"],  # a row, not a header
    ["项目名称", "项目名称"],  # one role twice
    ["项目名称", "建设内容"],  # nothing read but the project
])
def test_other_rows_are_no_header(cells: list[str]) -> None:
    assert header_of(cells) is None


@pytest.mark.parametrize(("cell", "unit", "yuan"), [
    ("15亿元", "", "1500000000"),
    ("6800万元", "亿", "68000000"),  # a written unit wins over the header's
    ("2.5", "亿", "250000000"),
    ("1,200", "万", "12000000"),
    ("1.2亿欧元", "", None),
    ("约3亿元", "", None),
    ("15", "", None),  # a bare small number with no unit in the header
    ("待定", "亿", None),
])
def test_a_cells_amount_in_yuan(cell: str, unit: str, yuan: str | None) -> None:
    assert cell_yuan(cell, unit) == yuan


def test_pipe_cells_are_stripped_spans_of_the_line() -> None:
    line = "| 甲项目 |  乙公司 | 3亿元 |"
    cells = pipe_cells(line, 0, len(line))
    assert cells is not None and [line[a:b] for a, b in cells] == ["甲项目", "乙公司", "3亿元"]
    assert pipe_cells("甲项目 | 乙公司", 0, 9) is None  # text before the first pipe: no table line


SHORT = ("11月2日，滁州经开区举行第四季度项目集中签约活动。\n"
         "| 项目名称 | 投资方 | 投资额（亿元） |\n"
         "|---|---|---|\n"
         "| 钠离子电池正极材料生产线 | 皖东钠能 | 6 |\n"
         "| 光伏支架智能制造基地 | 滁州恒扬新能源有限公司、安徽固邦钢构有限公司 | 9.5 |\n"
         "| 合计 | | 15.5 |\n")


def test_a_project_cell_without_a_project_word_is_a_project(full: Extractor) -> None:
    assert pairs(full, SHORT, RK.AMOUNT) == {("钠离子电池正极材料生产线", "600000000"),
                                            ("光伏支架智能制造基地", "950000000")}  # (合计: no project)


def test_an_investor_cell_gives_a_short_name_and_each_of_its_companies(full: Extractor) -> None:
    assert pairs(full, SHORT, RK.INVESTOR) == {
        ("钠离子电池正极材料生产线", "皖东钠能"),
        ("光伏支架智能制造基地", "滁州恒扬新能源有限公司"),
        ("光伏支架智能制造基地", "安徽固邦钢构有限公司"),
    }
    assert pairs(full, SHORT, RK.PROJECT_ZONE) == {("钠离子电池正极材料生产线", "滁州经开区"),
                                                  ("光伏支架智能制造基地", "滁州经开区")}  # (no zone column)


@pytest.mark.parametrize("cell", ["自然人刘建华", "刘建华", "刘建华、孙立"])
def test_a_person_in_the_investor_cell_is_no_company(full: Extractor, cell: str) -> None:
    text = ("| 项目名称 | 投资方 | 投资额 |\n|---|---|---|\n"
            f"| 生态农业观光园项目 | {cell} | 2亿元 |\n")
    assert pairs(full, text, RK.INVESTOR) == set()
    assert pairs(full, text, RK.AMOUNT) == {("生态农业观光园项目", "200000000")}
