"""Rules that read the story around a sentence: bare titles (省政府副秘书长, 市委常委) held in the story's own
province or city, and title chains that never cross a sentence end (sentences written for these tests)."""

from __future__ import annotations

from extracting import posts

from kg.extract import Extractor
from kg.model import Article, EntityType, RelationKind


def test_bare_titles_are_held_in_the_storys_province_and_city(extractor: Extractor) -> None:
    text = ("6月3日，吉林省副省长赵文平到长春高新区调研。省政府副秘书长钱立群，长春市委副书记、市长孔德林，"
            "市委常委、常务副市长邵春雷陪同调研。")
    found = posts(extractor, text)
    assert ("钱立群", "副秘书长", "吉林省人民政府") in found
    assert ("邵春雷", "市委常委", "长春市委") in found
    assert ("邵春雷", "常务副市长", "长春市人民政府") in found


def test_bare_titles_stay_unplaced_when_the_story_names_two_cities(extractor: Extractor) -> None:
    text = "长春高新区与吉林高新区签署协议。市委常委、常务副市长邵春雷出席。"
    assert not [p for p in posts(extractor, text) if p[0] == "邵春雷"]


def test_a_committee_title_before_a_bare_zone_kind_is_the_persons_too(extractor: Extractor) -> None:
    text = ("温州市委副书记林东海，市委常委、高新区党工委书记、管委会主任蔡明远一同考察。"
            "温州高新区将加快发展。")
    found = posts(extractor, text)
    assert ("蔡明远", "市委常委", "温州市委") in found
    assert ("蔡明远", "党工委书记", "温州高新技术产业开发区") in found


def test_titles_never_cross_a_sentence_end(extractor: Extractor) -> None:
    text = ("4月8日，潍坊市委常委、潍坊高新区党工委书记郑广宁到企业调研。"
            "高新区党工委副书记、管委会主任冯晓春陪同调研。")
    found = posts(extractor, text)
    assert ("郑广宁", "市委常委", "潍坊市委") in found
    assert ("冯晓春", "管委会主任", "潍坊高新技术产业开发区") in found
    assert not [p for p in found if p[0] == "冯晓春" and p[1] == "市委常委"]


def test_a_kind_of_department_is_not_the_ministry(extractor: Extractor) -> None:
    text = "各地市科技部门和商务部门要加强指导。商务部将出台细则。"
    mentions, _ = extractor(Article(id="a", source="t", text=text))
    bodies = sorted(m.text for m in mentions if m.cls is EntityType.GOVERNMENT_BODY)
    assert bodies == ["商务部"]


def _companies(extractor: Extractor, text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    mentions, relations = extractor(Article(id="a", source="t", text=text))
    found = sorted({(m.text, m.canonical or m.text) for m in mentions if m.cls is EntityType.COMPANY})
    subs = sorted((dict(r.args)["child"].canonical or "", dict(r.args)["parent"].canonical or "")
                  for r in relations if r.kind is RelationKind.SUBORG)
    return found, subs


def test_a_declared_group_short_form_is_the_group_and_owns_its_subsidiaries(extractor: Extractor) -> None:
    text = ("江西赣锋矿业集团有限公司（以下简称“赣锋集团”）锂盐项目在新余高新区投产。项目由赣锋集团全资子公司"
            "新余赣锋锂材料有限公司建设运营。集团旗下另一家子公司新余赣锋循环科技有限公司同步开工。")
    found, subs = _companies(extractor, text)
    assert ("赣锋集团", "江西赣锋矿业集团有限公司") in found
    assert not [f for f in found if f[0].startswith("由")]
    assert ("新余赣锋锂材料有限公司", "江西赣锋矿业集团有限公司") in subs
    assert ("新余赣锋循环科技有限公司", "江西赣锋矿业集团有限公司") in subs


def test_a_group_short_form_joins_the_one_group_whose_core_it_opens(extractor: Extractor) -> None:
    text = ("河南华禹重工集团有限公司在许昌高新区投资建设智能装备项目。华禹集团董事长周立新表示，"
            "由华禹集团全资子公司许昌华禹智能装备有限公司负责建设。")
    found, subs = _companies(extractor, text)
    assert ("华禹集团", "河南华禹重工集团有限公司") in found
    assert subs == [("许昌华禹智能装备有限公司", "河南华禹重工集团有限公司")]


def _project_facts(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    _, relations = extractor(Article(id="a", source="t", text=text))
    out = []
    for r in relations:
        args = dict(r.args)
        if r.kind is RelationKind.INVESTOR:
            out.append(("investor", args["project"].text, args["company"].canonical or ""))
        elif r.kind is RelationKind.AMOUNT:
            out.append(("amount", args["project"].text, r.value or ""))
    return sorted(out)


def test_an_amount_before_in_zone_building_is_the_projects(extractor: Extractor) -> None:
    text = "会上，岳阳经开区与湖南湘江食品有限公司签约，该公司计划投资2.6亿元在园区建设冷链物流中心项目。"
    assert ("amount", "冷链物流中心项目", "260000000") in _project_facts(extractor, text)


def test_a_project_the_named_company_built_in_the_zone_is_its_own(extractor: Extractor) -> None:
    text = ("4月2日，市领导一行走访江苏恒力纺织科技有限公司。在恒力纺织，韩冬梅察看了该公司在高新区投资建设的"
            "年产5万吨功能性纤维项目进展。")
    found = _project_facts(extractor, text)
    assert ("investor", "年产5万吨功能性纤维项目", "江苏恒力纺织科技有限公司") in found
