"""Byline names that hold a role character (文, 图, 摄) inside them (names written for these tests)."""

from __future__ import annotations

import pytest

from kg.segment import body_creators, names_in


@pytest.mark.parametrize(("byline", "names"), [
    ("记者 韦思远 通讯员 卢文涛", ("韦思远", "卢文涛")),
    ("记者 葛文静", ("葛文静",)),
    ("通讯员 蒋图南", ("蒋图南",)),
    ("韦思远 摄", ("韦思远",)),
    ("文/图 韦思远", ("韦思远",)),
    ("文 韦思远", ("韦思远",)),
])
def test_role_characters_inside_a_name_stay_in_it(byline: str, names: tuple[str, ...]) -> None:
    assert names_in(byline) == names


def test_dateline_byline_with_a_wen_name() -> None:
    text = "本报讯（记者 葛文静）9月3日，宜春高新区首批8个项目集中开工，总投资36亿元。"
    assert body_creators(text) == ("葛文静",)


def test_closing_byline_with_reporter_and_correspondent() -> None:
    text = "宜春高新区首批8个项目集中开工。\n（记者 韦思远 通讯员 卢文涛）"
    assert body_creators(text) == ("韦思远", "卢文涛")
