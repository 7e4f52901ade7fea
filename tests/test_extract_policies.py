"""Programmes announced as lists or pilot units, bracketed years, issuers and participants.

Sentences written for these tests (other provinces, bodies and programmes).
"""

from __future__ import annotations

from kg.extract import Extractor
from kg.model import Article, EntityType, RelationKind

RK = RelationKind


def run(extractor: Extractor, text: str) -> tuple[set[str], dict[RelationKind, set[tuple[str, str]]]]:
    mentions, relations = extractor(Article(id="a", source="t", text=text))
    policies = {m.canonical or m.text for m in mentions if m.cls is EntityType.POLICY}
    pairs: dict[RelationKind, set[tuple[str, str]]] = {RK.ISSUED_BY: set(), RK.PARTICIPATES: set()}
    for r in relations:
        if r.kind is RK.ISSUED_BY:
            args = dict(r.args)
            pairs[r.kind].add((args["policy"].text, args["body"].text))
        elif r.kind is RK.PARTICIPATES:
            args = dict(r.args)
            pairs[r.kind].add((args["zone"].text, args["policy"].text))
    return policies, pairs


def test_designation_announced_as_a_list(extractor: Extractor) -> None:
    text = "日前，湖北省科技厅公布2022年度湖北省创新型产业集群名单，襄阳高新区、荆门高新区等12个集群入选。"
    policies, pairs = run(extractor, text)
    assert policies == {"湖北省创新型产业集群"}
    assert pairs[RK.ISSUED_BY] == {("湖北省创新型产业集群", "湖北省科技厅")}
    assert pairs[RK.PARTICIPATES] == {("襄阳高新区", "湖北省创新型产业集群"),
                                      ("荆门高新区", "湖北省创新型产业集群")}


def test_a_list_of_winners_is_no_programme(extractor: Extractor) -> None:
    policies, _ = run(extractor, "大赛组委会公布了获奖名单，共有30支团队获奖。")
    assert policies == set()


def test_document_title_with_bracketed_years(extractor: Extractor) -> None:
    text = "近日，河南省科技厅、河南省财政厅联合印发《河南省科技园区提质发展行动计划（2023—2025年）》。"
    policies, pairs = run(extractor, text)
    assert policies == {"河南省科技园区提质发展行动计划（2023—2025年）"}
    assert {body for _, body in pairs[RK.ISSUED_BY]} == {"河南省科技厅", "河南省财政厅"}


def test_pilot_announced_in_the_same_sentence_has_the_same_issuers(extractor: Extractor) -> None:
    text = ("近日，江西省科技厅、江西省发展改革委联合印发《关于推进园区高质量发展的意见》，"
            "同时公布首批江西省科技园区改革试点名单，南昌高新区、赣州高新区入选。")
    _, pairs = run(extractor, text)
    pilot = {(p, b) for p, b in pairs[RK.ISSUED_BY] if p.endswith("试点")}
    assert pilot == {("首批江西省科技园区改革试点", "江西省科技厅"),
                     ("首批江西省科技园区改革试点", "江西省发展改革委")}
    assert ("赣州高新区", "首批江西省科技园区改革试点") in pairs[RK.PARTICIPATES]


def test_zones_listed_as_pilot_units(extractor: Extractor) -> None:
    text = ("近日，广西壮族自治区人民政府印发《关于开展园区管理体制改革的通知》，"
            "确定南宁高新区、柳州高新区、桂林高新区为首批自治区园区管理体制改革试点单位。")
    policies, pairs = run(extractor, text)
    assert "首批自治区园区管理体制改革试点" in policies
    pilot = "首批自治区园区管理体制改革试点"
    assert {z for z, p in pairs[RK.PARTICIPATES] if p == pilot} == {"南宁高新区", "柳州高新区", "桂林高新区"}
    assert (pilot, "广西壮族自治区人民政府") in pairs[RK.ISSUED_BY]
