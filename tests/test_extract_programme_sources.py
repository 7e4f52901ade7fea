"""Where programmes come from: notices named by the title line and lists printed below them, designations
after 入选, issuers before 将 or a document in the same sentence, zones issuing their own plans, and names
that never start with a verb (sentences written for these tests: other provinces, bodies and zones)."""

from __future__ import annotations

from kg.extract import Extractor
from kg.model import Article, EntityType, RelationKind

RK = RelationKind


Pairs = set[tuple[str, str]]


def run(extractor: Extractor, text: str, title: str = "") -> tuple[set[str], Pairs, Pairs, Pairs]:
    article = Article(id="a", source="t", text=text, titles=(title,) if title else ())
    mentions, relations = extractor(article)
    policies = {m.canonical or m.text for m in mentions if m.cls is EntityType.POLICY}

    def pairs(kind: RelationKind, left: str, right: str) -> set[tuple[str, str]]:
        return {(dict(r.args)[left].canonical or dict(r.args)[left].text,
                 dict(r.args)[right].canonical or dict(r.args)[right].text)
                for r in relations if r.kind is kind}

    return (policies, pairs(RK.ISSUED_BY, "policy", "body"), pairs(RK.PARTICIPATES, "zone", "policy"),
            pairs(RK.INDUSTRY, "zone", "industry"))


def test_a_notice_named_by_the_title_and_the_zones_numbered_below(extractor: Extractor) -> None:
    title = "福建省科学技术厅关于公布2023年福建省创新型产业集群试点名单的通知"
    text = ("各设区市科技局：\n经园区申报、专家评审，现将2023年福建省创新型产业集群试点名单予以公布。\n"
            "一、泉州高新区智能装备创新型产业集群\n二、莆田高新区新能源汽车零部件特色产业集群\n"
            "请各地加强组织领导。\n福建省科学技术厅\n2023年9月1日")
    policies, issued, joined, industries = run(extractor, text, title)
    notice = "关于公布2023年福建省创新型产业集群试点名单的通知"
    pilot = "福建省创新型产业集群试点"
    assert {notice, pilot} <= policies
    assert not any(p.startswith("现将") for p in policies)
    assert {(notice, "福建省科学技术厅"), (pilot, "福建省科学技术厅")} <= issued
    assert {("泉州高新技术产业开发区", pilot), ("莆田高新技术产业开发区", pilot)} <= joined
    # the cluster's kind (创新型, 特色) is no part of the industry; 新能源… is not a verb 新
    assert {("泉州高新技术产业开发区", "智能装备"),
            ("莆田高新技术产业开发区", "新能源汽车零部件")} <= industries


def test_the_title_notice_is_not_labelled_by_the_body_word(extractor: Extractor) -> None:
    title = "福建省科学技术厅关于公布2023年福建省创新型产业集群试点名单的通知"
    text = "现将2023年福建省创新型产业集群试点名单予以公布。\n一、泉州高新区智能装备创新型产业集群"
    mentions, _ = extractor(Article(id="a", source="t", text=text, titles=(title,)))
    notice = next(m for m in mentions if m.canonical == "关于公布2023年福建省创新型产业集群试点名单的通知")
    assert ("form", "elided") in notice.attrs


def test_no_title_notice_without_a_title(extractor: Extractor) -> None:
    policies, _, _, _ = run(extractor, "现将2023年福建省创新型产业集群试点名单予以公布。")
    assert not any(p.startswith("关于") for p in policies)


def test_the_designation_after_selected_keeps_its_whole_name(extractor: Extractor) -> None:
    text = ("日前，江西省科学技术厅印发《关于公布2021年省级高新技术产业园区名单的通知》，"
            "赣州高新区、吉安高新区等两家园区入选省级高新技术产业园区。")
    policies, issued, joined, _ = run(extractor, text)
    assert "省级高新技术产业园区" in policies
    assert not any(p.endswith("产业") or p.startswith("2021年省级") for p in policies)
    assert ("省级高新技术产业园区", "江西省科学技术厅") in issued
    assert {("赣州高新技术产业开发区", "省级高新技术产业园区"),
            ("吉安高新技术产业开发区", "省级高新技术产业园区")} <= joined


def test_a_ranking_is_no_designation(extractor: Extractor) -> None:
    policies, _, joined, _ = run(extractor, "襄阳高新区入选全国百强营商环境园区。")
    assert not policies and not joined


def test_the_body_before_a_time_word_and_jiang_issues_the_designation(extractor: Extractor) -> None:
    text = "此外，云南省工业和信息化厅去年将玉溪高新区列入全省生物医药产业发展示范基地。"
    _, issued, joined, _ = run(extractor, text)
    assert ("全省生物医药产业发展示范基地", "云南省工业和信息化厅") in issued
    assert ("玉溪高新技术产业开发区", "全省生物医药产业发展示范基地") in joined


def test_the_document_issuer_issues_the_programme_zones_enter_in_its_sentence(extractor: Extractor) -> None:
    text = ("近日，山东省科技厅印发《关于开展创新型园区培育工作的通知》，"
            "潍坊高新区、淄博高新区等6家园区入选山东省创新型园区培育试点。")
    _, issued, joined, _ = run(extractor, text)
    assert ("山东省创新型园区培育试点", "山东省科学技术厅") in issued
    assert ("潍坊高新技术产业开发区", "山东省创新型园区培育试点") in joined


def test_a_zone_that_publishes_its_own_plan_issues_it(extractor: Extractor) -> None:
    text = ("6月5日，绵阳高新区举办2024北斗应用产业发展论坛，发布《绵阳高新区北斗产业三年行动方案》。"
            "会上，宜昌高新区管委会印发《宜昌高新区支持光电子产业发展若干措施》。")
    _, issued, _, _ = run(extractor, text)
    assert ("绵阳高新区北斗产业三年行动方案", "绵阳高新技术产业开发区") in issued
    assert ("宜昌高新区支持光电子产业发展若干措施", "宜昌高新技术产业开发区") in issued


def test_a_unit_inside_a_zone_is_not_the_zone_issuing(extractor: Extractor) -> None:
    text = "例如，绵阳高新区管委会财政局党支部制定《财政局党员积分管理办法》，每月公示。"
    _, issued, _, _ = run(extractor, text)
    assert not any(body == "绵阳高新技术产业开发区" for _, body in issued)


def test_policy_names_never_open_with_a_verb_nor_are_clauses(extractor: Extractor) -> None:
    text = ("各地要统筹用好制造业转型升级专项资金，并通过省级科技创新专项资金支持中试平台。"
            "认定期内市级财政每年给予每个基地5000万元专项资金。")
    policies, _, _, _ = run(extractor, text)
    assert {"制造业转型升级专项资金", "省级科技创新专项资金"} <= policies
    assert not any(p.startswith(("统筹", "用好", "通过")) or "给予" in p or "万元" in p for p in policies)
