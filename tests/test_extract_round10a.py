"""The holdout10 round's zone, industry, programme and event causes (q10a): sentences written for these
tests, with other places, fields and people than the set's."""

from __future__ import annotations

from extracting import found, run

from kg.extract import Extractor
from kg.model import Article, EntityType, RelationKind

ET = EntityType
RK = RelationKind


def canonical_pairs(extractor: Extractor, text: str, kind: RelationKind) -> set[tuple[str, ...]]:
    _, relations = run(extractor, text)
    return {tuple(m.canonical or m.text for _, m in r.args) for r in relations if r.kind is kind}


# ------------------------------------------------ a zone named after a bay, port or lake (no place before)

def test_a_zone_named_after_a_bay_or_port_is_a_zone(extractor: Extractor) -> None:
    text = ("6月3日，省长调研组先后来到漳州高新区和东山湾南岸经济开发区。"
            "青龙港新区要加快建设总投资12亿元的冷链物流园项目。")
    zones = found(extractor, text, ET.ZONE)
    assert "东山湾南岸经济开发区" in zones
    assert "青龙港新区" in zones
    assert ("冷链物流园项目", "青龙港新区") in canonical_pairs(extractor, text, RK.PROJECT_ZONE)


def test_a_category_of_coastal_zones_is_no_zone(extractor: Extractor) -> None:
    text = "沿海经济开发区和临港新区要发挥开放优势，全省各港新区加快建设。"
    zones = found(extractor, text, ET.ZONE)
    assert not any(z.startswith(("沿海", "临港", "全省")) for z in zones)


# ---------------------------------------------------- the place a sentence points back at (这里是…)

def test_a_sentence_opening_with_zheli_is_about_the_zone_just_reached(extractor: Extractor) -> None:
    text = ("5月8日，省长在漳州高新区调研。随后，调研组来到东山湾南岸经济开发区。"
            "这里是省级开发区，重点发展海洋装备、精细化工和港口物流。"
            "在福建东海化工有限公司，省长察看了总投资30亿元的高端聚烯烃项目施工现场。")
    fields = canonical_pairs(extractor, text, RK.INDUSTRY)
    assert ("东山湾南岸经济开发区", "精细化工") in fields
    assert not any(zone.startswith("漳州") for zone, _ in fields)
    sites = canonical_pairs(extractor, text, RK.PROJECT_ZONE)
    assert sites == {("高端聚烯烃项目", "东山湾南岸经济开发区")}


def test_a_project_in_the_main_zones_paragraph_stays_there(extractor: Extractor) -> None:
    text = ("5月8日，省长来到漳州高新区调研。\n"
            "在福建东海化工有限公司，省长察看了总投资30亿元的高端聚烯烃项目。\n"
            "随后，调研组来到东山湾南岸经济开发区。")
    sites = canonical_pairs(extractor, text, RK.PROJECT_ZONE)
    assert {site for _, site in sites} == {"漳州高新技术产业开发区"}


# ---------------------------------------------- a contrast clause's fields (则主攻A和B, 则以A和B为主攻方向)

def test_fields_of_a_contrast_clause_are_the_second_zones(extractor: Extractor) -> None:
    text = ("南宁高新区已形成生物医药、数字经济两大主导产业，"
            "中国（广西）自由贸易试验区南宁片区则主攻跨境金融和保税维修。"
            "钦州经济开发区将重点发展装备制造、新材料和绿色食品，"
            "灵山香料工业园区则以香精香料和天然色素为主攻方向。")
    fields = canonical_pairs(extractor, text, RK.INDUSTRY)
    pilot = "中国（广西）自由贸易试验区南宁片区"
    assert {(pilot, "跨境金融"), (pilot, "保税维修"),
            ("灵山香料工业园区", "香精香料"), ("灵山香料工业园区", "天然色素")} <= fields
    assert not any(field in ("跨境金融", "天然色素") for zone, field in fields
                   if "南宁高新" in zone or "钦州" in zone)


def test_a_contrast_clause_without_fields_before_it_gives_none(extractor: Extractor) -> None:
    text = "灵山香料工业园区则以招商引资和项目建设为主攻方向，全力冲刺全年目标。"
    assert not found(extractor, text, ET.INDUSTRY)


# ------------------------------------- a zone a 新区 builds on (依托位于新区内的Y), and its bare 发展 clause

def test_a_zone_sited_in_the_new_area_is_part_of_it_and_no_project_site(extractor: Extractor) -> None:
    text = ("对于今年的任务，报告逐一点名。"
            "青龙港新区要依托位于新区内的秦皇岛综合保税区，发展保税物流和跨境贸易，"
            "加快建设总投资18.6亿元的青龙港冷链物流园项目。")
    assert ("秦皇岛综合保税区", "青龙港新区") in canonical_pairs(extractor, text, RK.PART_OF)
    assert canonical_pairs(extractor, text, RK.PROJECT_ZONE) == {("青龙港冷链物流园项目", "青龙港新区")}
    fields = canonical_pairs(extractor, text, RK.INDUSTRY)
    assert fields == {("青龙港新区", "保税物流"), ("青龙港新区", "跨境贸易")}


def test_a_bare_fazhan_clause_of_public_services_gives_no_fields(extractor: Extractor) -> None:
    text = "青龙港新区将坚持创新驱动，发展新质生产力和营商环境，发展教育和医疗卫生事业。"
    assert not found(extractor, text, ET.INDUSTRY)


# ------------------------------------------------------------------------------------------ events

def test_a_quoted_event_name_with_a_year_and_a_dot_is_an_event(extractor: Extractor) -> None:
    text = "9月15日，“2025徐州·韩企合作对接会”在徐州高新区举行。"
    assert found(extractor, text, ET.EVENT) == ["2025徐州·韩企合作对接会"]


def test_a_counted_course_is_no_event_but_the_named_one_is(extractor: Extractor) -> None:
    text = "市里还将每年在高新区举办一期科技成果转化培训班，今年的2023宜宾市技术经纪人培训班已开班。"
    assert found(extractor, text, ET.EVENT) == ["2023宜宾市技术经纪人培训班"]


def test_a_companys_board_and_shareholder_meetings_are_no_events(extractor: Extractor) -> None:
    text = ("公司于2023年3月8日召开第二届董事会第九次会议，本次交易无需提交公司股东大会审议。"
            "1月8日，宜宾市第六届人民代表大会第三次会议开幕。")
    assert found(extractor, text, ET.EVENT) == ["宜宾市第六届人民代表大会第三次会议"]


# ----------------------------------------------- programmes: 获B授予“P”称号, a personnel notice's title

def test_a_title_awarded_by_a_ministry_gives_issuer_and_participation(extractor: Extractor) -> None:
    text = "去年，宜宾高新区获工业和信息化部授予“国家新型工业化产业示范基地（电子信息）”称号。"
    base = "国家新型工业化产业示范基地（电子信息）"
    assert canonical_pairs(extractor, text, RK.ISSUED_BY) == {(base, "工业和信息化部")}
    assert canonical_pairs(extractor, text, RK.PARTICIPATES) == {("宜宾高新技术产业开发区", base)}


def test_a_personnel_notice_named_only_by_its_title_is_a_policy_of_its_issuer(extractor: Extractor) -> None:
    text = ("各县（市）、区人民政府：\n\n经市政府研究决定：任命张海军为鸡西经济开发区管理委员会主任；\n\n"
            "免去刘长青的鸡西经济开发区管理委员会副主任职务。\n\n鸡西市人民政府\n\n2020年3月2日")
    article = Article(id="a", source="t", text=text, titles=("鸡西市人民政府关于张海军等同志职务任免的通知",))
    mentions, relations = extractor(article)
    notice = "关于张海军等同志职务任免的通知"
    assert notice in {m.canonical for m in mentions if m.cls is ET.POLICY}
    assert {tuple(m.canonical or m.text for _, m in r.args) for r in relations if r.kind is RK.ISSUED_BY} \
        == {(notice, "鸡西市人民政府")}
    untitled = Article(id="b", source="t", text=text, titles=("鸡西市人民政府关于印发工作要点的通知",))
    assert not [m for m in extractor(untitled)[0] if m.cls is ET.POLICY]


def test_a_list_after_hangai_does_not_take_the_verb(extractor: Extractor) -> None:
    text = ("5月8日，宜宾高新区重点项目集中签约。8个项目现场签约，总投资46亿元，"
            "涵盖智能终端、新材料和生物医药三大主导产业。")
    fields = found(extractor, text, ET.INDUSTRY)
    assert "智能终端" in fields and not any(f.startswith("涵盖") for f in fields)


# ------------------------------------------------------------- a names row with a Mongolian given name

def test_a_names_row_with_a_mongolian_name_is_a_byline() -> None:
    from kg.segment import name_row

    assert name_row("王建军　其日格") == ("王建军", "其日格")
    assert name_row("刘海 萨日朗") == ("刘海", "萨日朗")
    assert name_row("星期日 天气") == ()
    assert name_row("签约日 李明") == ()


# ----------------------------------------- a project in a paragraph its zone opens (no main zone)

def test_a_project_in_a_paragraph_opened_by_a_zone_is_that_zones(extractor: Extractor) -> None:
    text = ("新华社合肥11月2日电 工业和信息化部近日公布名单，湖北省襄阳高新技术产业开发区汽车电子产业集群、"
            "安徽省芜湖高新技术产业开发区机器人产业集群等100个集群入选。\n"
            "芜湖高新区近年来把机器人作为首位产业，已集聚企业80余家。"
            "由芜湖华通电器股份有限公司投资2.2亿元建设的协作机器人项目将于年底投产。\n"
            "襄阳高新区以汽车电子和新材料为主导产业。")
    assert canonical_pairs(extractor, text, RK.PROJECT_ZONE) == {("协作机器人项目", "芜湖高新技术产业开发区")}
