"""Parks, 自贸试验区片区, part_of, industry lists, programmes after 获评 and event names: the holdout7 round's
zone causes (sentences written for these tests, other places and fields).
"""

from __future__ import annotations

from extracting import run

from kg.extract import Extractor
from kg.model import EntityType, RelationKind

ET = EntityType
RK = RelationKind


def canonical_pairs(extractor: Extractor, text: str, kind: RelationKind) -> set[tuple[str, ...]]:
    """The arguments of each relation of a kind, by canonical name (the name the graph labels)."""
    _, relations = run(extractor, text)
    return {tuple(m.canonical or m.text for _, m in r.args) for r in relations if r.kind is kind}


# ------------------------------------------------------------------------ a park named with its zone

def test_a_park_named_with_its_zone_in_front_keeps_the_zone_in_its_name(full: Extractor) -> None:
    text = "考察组走进常德高新区智能装备产业园，常德高新区智能装备产业园已入驻企业32家。"
    mentions, _ = run(full, text)
    parks = {m.canonical for m in mentions if m.cls is ET.ZONE and m.text == "智能装备产业园"}
    assert parks == {"常德高新区智能装备产业园"}
    assert ("常德高新区智能装备产业园", "常德高新技术产业开发区") in canonical_pairs(full, text, RK.PART_OF)


def test_two_zones_parks_of_one_field_stay_two_parks(full: Extractor) -> None:
    text = ("柳州高新区将建设柳州高新区汽车电子产业园。双方将在鹿寨县规划建设南宁经开区鹿寨汽车电子产业园。")
    mentions, _ = run(full, text)
    parks = {m.canonical for m in mentions if m.cls is ET.ZONE and m.text.endswith("汽车电子产业园")}
    assert parks == {"柳州高新区汽车电子产业园", "南宁经开区鹿寨汽车电子产业园"}


def test_a_park_named_with_its_zone_takes_the_programme_and_the_industries(full: Extractor) -> None:
    text = ("毕节高新区和兰州新区精细化工产业园入选首批“省级绿色园区试点”。"
            "兰州新区精细化工产业园位于兰州新区秦川园区，重点发展化工新材料、医药中间体和电子化学品。")
    joined = canonical_pairs(full, text, RK.PARTICIPATES)
    assert ("兰州新区精细化工产业园", "省级绿色园区试点") in joined
    assert not any(zone == "兰州新区" for zone, _ in joined)
    fields = canonical_pairs(full, text, RK.INDUSTRY)
    assert {("兰州新区精细化工产业园", "化工新材料"), ("兰州新区精细化工产业园", "医药中间体")} <= fields
    assert not any(zone == "兰州新区" for zone, _ in fields)


# ------------------------------------------------------------------- a free trade zone's area (片区)

def test_a_free_trade_zones_area_written_again_by_its_own_name_is_the_same_zone(full: Extractor) -> None:
    text = ("中国（广西）自由贸易试验区钦州港片区招商推介会在南宁举行。"
            "钦州港片区将发挥向海通道优势，重点发展港航物流、绿色化工和新能源材料产业。")
    mentions, _ = run(full, text)
    short = [m for m in mentions if m.cls is ET.ZONE and m.text == "钦州港片区"]
    assert short and short[0].canonical == "中国（广西）自由贸易试验区钦州港片区"
    assert ("钦州港片区", "港航物流") in {(z.text, i.text) for z, i in
                                       ((dict(r.args)["zone"], dict(r.args)["industry"])
                                        for r in run(full, text)[1] if r.kind is RK.INDUSTRY)}


def test_the_zone_opening_a_speakers_words_is_the_subject_of_the_list(full: Extractor) -> None:
    text = ("凭祥综合保税区管委会主任韦某在会上表示，中国（广西）自由贸易试验区崇左片区将用好口岸优势，"
            "重点发展跨境物流、边境贸易和坚果加工产业。")
    fields = canonical_pairs(full, text, RK.INDUSTRY)
    assert ("中国（广西）自由贸易试验区崇左片区", "跨境物流") in fields
    assert not any(zone == "凭祥综合保税区" for zone, _ in fields)


def test_a_company_building_a_site_in_a_zone_names_a_project(full: Extractor) -> None:
    text = "泰国正昌食品进出口公司将在钦州保税港区建设东盟水果分拨加工中心。"
    mentions, _ = run(full, text)
    assert "东盟水果分拨加工中心" in [m.text for m in mentions if m.cls is ET.PROJECT]
    assert ("东盟水果分拨加工中心", "泰国正昌食品进出口公司") in canonical_pairs(full, text, RK.INVESTOR)
    # without a company building it, or with a bare kind of site, no project
    for plain in ("钦州市将在钦州保税港区建设东盟水果分拨加工中心。", "该公司将在钦州保税港区建设研发中心。"):
        assert not [m for m in run(full, plain)[0] if m.cls is ET.PROJECT], plain


# ------------------------------------------------------------------------------- parts stated in words

def test_a_park_said_to_be_inside_the_zone_of_a_kind_is_part_of_the_zone_named_before(
        full: Extractor) -> None:
    text = ("芜湖经济技术开发区举行推介会，芜湖高新区派员参加。芜湖经开区以汽车及零部件为主导产业，"
            "中德（芜湖）产业园是经开区内对德合作的重要平台。")
    assert ("中德（芜湖）产业园", "芜湖经济技术开发区") in canonical_pairs(full, text, RK.PART_OF)
    parents = {parent for _, parent in canonical_pairs(full, text, RK.PART_OF)}
    assert "芜湖高新技术产业开发区" not in parents


def test_a_park_said_to_be_inside_a_named_zone_is_part_of_it(full: Extractor) -> None:
    text = "会上介绍，星湖生物产业园是常州高新区内规模最大的专业园区。"
    assert ("星湖生物产业园", "常州高新技术产业开发区") in canonical_pairs(full, text, RK.PART_OF)


def test_a_zone_an_area_is_said_to_hold_is_part_of_it(full: Extractor) -> None:
    text = ("中国（广西）自由贸易试验区崇左片区举行推介会。"
            "据悉，崇左片区于2019年8月挂牌，实施范围15平方公里，其中包括凭祥综合保税区8.5平方公里。")
    assert ("凭祥综合保税区", "中国（广西）自由贸易试验区崇左片区") in canonical_pairs(full, text, RK.PART_OF)
    plain = "崇左片区与凭祥综合保税区签约，其中包括凭祥综合保税区的两个项目。"
    assert canonical_pairs(full, plain, RK.PART_OF) == set()
    two = "常州高新区和武进高新区总面积约300平方公里，其中武进高新区150平方公里。"  # no one subject
    assert canonical_pairs(full, two, RK.PART_OF) == set()


# ----------------------------------------------------------------------------------- industry lists

def industry_names(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(zone, field) for zone, field in canonical_pairs(extractor, text, RK.INDUSTRY)}


def test_a_list_between_yi_and_wei_with_liangda_is_cut_at_both(full: Extractor) -> None:
    text = "宜宾高新区是四川省首批数字经济示范园区，以动力电池、晶硅光伏为两大主导产业，招商势头良好。"
    fields = industry_names(full, text)
    assert fields == {("宜宾高新技术产业开发区", "动力电池"), ("宜宾高新技术产业开发区", "晶硅光伏")}
    text = "南通经开区以高端纺织、船舶海工、智能装备为三大主导产业，今年增长一成。"
    assert {field for _, field in industry_names(full, text)} == {"高端纺织", "船舶海工", "智能装备"}


def test_a_trigger_with_le_opens_the_list_after_it(full: Extractor) -> None:
    text = "萍乡经开区近年来培育了工业陶瓷和新型电池两个百亿级产业集群。"
    assert {field for _, field in industry_names(full, text)} == {"工业陶瓷", "新型电池"}


def test_fields_named_together_by_their_count(full: Extractor) -> None:
    text = "曲靖经开区党工委书记王某介绍，该区坚持硅光伏、新能源电池、精细化工和绿色食品四业并举。"
    fields = {field for _, field in industry_names(full, text)}
    assert fields == {"硅光伏", "新能源电池", "精细化工", "绿色食品"}
    assert industry_names(full, "该区坚持党建引领四业并举。") == set()
    assert industry_names(full, "常州高新区坚持工业强区、科技兴区、人才立区三业并举。") == set()


def test_a_cluster_designation_names_the_zones_field(full: Extractor) -> None:
    text = "景德镇高新区是全省首批陶瓷产业集聚区之一，去年营收增长两成。"
    assert industry_names(full, text) == {("景德镇高新技术产业开发区", "陶瓷")}
    assert industry_names(full, "宿迁经开区已成为全省重要的光伏产业集聚区。") == set()


# ------------------------------------------------------------------------ a programme after 获评

def test_a_quoted_designation_after_a_verb_of_selection_is_a_programme_not_a_project(full: Extractor) -> None:
    text = ("商务部近日发布《关于公布第五批国家外贸转型升级基地名单的通知》，"
            "湖北襄阳高新技术产业开发区以汽车零部件产业入选，获评“国家外贸转型升级示范基地”。")
    mentions, _ = run(full, text)
    assert not [m for m in mentions if m.cls in (ET.PROJECT, ET.COMPANY)]
    assert "国家外贸转型升级示范基地" in [m.text for m in mentions if m.cls is ET.POLICY]
    joined = canonical_pairs(full, text, RK.PARTICIPATES)
    assert ("湖北襄阳高新技术产业开发区", "国家外贸转型升级示范基地") in joined
    # a company's quoted project stays a project
    text = "江苏恒瑞生物科技有限公司“创新药产业化基地”落户泰州。"
    assert "创新药产业化基地" in [m.text for m in run(full, text)[0] if m.cls is ET.PROJECT]


# ----------------------------------------------------------------------------------------- events

def test_an_event_name_never_opens_with_the_verb_before_it(full: Extractor) -> None:
    text = ("2025中国（芜湖）机器人产业大会在芜湖开幕。"
            "作为大会分论坛，芜湖高新区同期举办工业机器人应用对接会。")
    events = [m.text for m in run(full, text)[0] if m.cls is ET.EVENT]
    assert "工业机器人应用对接会" in events
    assert not any(name.startswith("作为") for name in events), events
