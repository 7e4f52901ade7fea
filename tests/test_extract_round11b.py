"""The holdout11 round's company, investor, zone, park, industry and project causes (q11b): sentences
written for these tests, with other places, fields and firms than the set's."""

from __future__ import annotations

from extracting import found, pairs, run

from kg.extract import Extractor
from kg.model import EntityType, RelationKind

ET = EntityType
RK = RelationKind


def canonical_pairs(extractor: Extractor, text: str, kind: RelationKind) -> set[tuple[str, ...]]:
    _, relations = run(extractor, text)
    return {tuple(m.canonical or m.text for _, m in r.args) for r in relations if r.kind is kind}


# ------------------------------------------------- a Latin name with spaces, its Chinese name in brackets

def test_a_latin_name_with_spaces_and_its_bracketed_chinese_name_are_one_company(
        extractor: Extractor) -> None:
    text = ("今年5月，德国企业Blue Harbor Optics（蓝港光学有限公司）在高新区光电产业园投资5000万美元，"
            "建设激光镜片研发中心。")
    mentions, _ = run(extractor, text)
    firms = {m.text: m.canonical for m in mentions if m.cls is ET.COMPANY}
    assert firms == {"Blue Harbor Optics": "蓝港光学有限公司", "蓝港光学有限公司": "蓝港光学有限公司"}
    assert ("激光镜片研发中心", "蓝港光学有限公司") in pairs(extractor, text, RK.INVESTOR)


def test_a_latin_name_ending_in_inc_keeps_its_dot(extractor: Extractor) -> None:
    text = "美国Osprey Robotics Inc.（鱼鹰机器人公司）与苏州工业园区签订投资协议。"
    assert "Osprey Robotics Inc." in found(extractor, text, ET.COMPANY)


def test_a_latin_phrase_before_a_bracketed_word_that_is_no_company_is_no_company(
        extractor: Extractor) -> None:
    text = "高新区正在建设Smart Valley（智慧谷）创新街区，吸引科技企业入驻。"
    assert not found(extractor, text, ET.COMPANY)


# ------------------------------------------------------------------- investors of projects, more forms

def test_a_row_with_its_cells_apart_by_spaces_gives_its_investor(extractor: Extractor) -> None:
    text = ("项目名称：智能仓储机器人项目　投资方：杭州云擎智能装备有限公司　投资额：12亿元\n"
            "项目名称：锂电隔膜项目 投资方：江苏恒膜新材料科技有限公司 投资额：8亿元人民币\n")
    investors = pairs(extractor, text, RK.INVESTOR)
    assert investors == {("智能仓储机器人项目", "杭州云擎智能装备有限公司"),
                         ("锂电隔膜项目", "江苏恒膜新材料科技有限公司")}
    assert ("智能仓储机器人项目", "1200000000") in pairs(extractor, text, RK.AMOUNT)


def test_a_company_that_sets_up_a_subsidiary_invests_in_what_it_builds(extractor: Extractor) -> None:
    text = ("9月2日，美国Osprey Robotics Inc.（鱼鹰机器人公司）与苏州工业园区签订投资协议，"
            "在园区设立鱼鹰机器人（苏州）有限公司，注册资本1000万美元，建设协作机器人研发生产基地，"
            "项目总投资3.6亿元。")
    investors = canonical_pairs(extractor, text, RK.INVESTOR)
    assert ("协作机器人研发生产基地", "鱼鹰机器人公司") in investors


def test_a_company_that_expands_builds_the_new_project(extractor: Extractor) -> None:
    text = "台资企业鼎盛精密电子（昆山）有限公司增资扩产，新建高频连接器项目，投资近5亿元。"
    assert ("高频连接器项目", "鼎盛精密电子（昆山）有限公司") in pairs(extractor, text, RK.INVESTOR)


# ------------------------------------------------ a national zone named without its city (X葛店 → 葛店…)

def test_a_zone_named_after_a_place_in_its_city_is_found_without_the_city(extractor: Extractor) -> None:
    text = ("其中，襄阳高新区新能源汽车产业集群、南沙经济技术开发区海洋装备产业集群、"
            "小蓝经开区汽车零部件产业集群榜上有名。")
    mentions, _ = run(extractor, text)
    zones = {m.text: m.canonical for m in mentions if m.cls is ET.ZONE}
    assert zones["南沙经济技术开发区"] == "广州南沙经济技术开发区"
    assert zones["小蓝经开区"] == "南昌小蓝经济技术开发区"
    assert ("广州南沙经济技术开发区", "海洋装备") in canonical_pairs(extractor, text, RK.INDUSTRY)


def test_a_zone_named_after_a_trade_in_its_city_keeps_its_city() -> None:
    from kg.gazetteer import city_less_aliases

    assert city_less_aliases("鄂州葛店经济技术开发区", "鄂州市")[:2] == ("葛店经济技术开发区", "葛店经开区")
    assert city_less_aliases("泰州医药高新技术产业开发区", "泰州市") == ()
    assert city_less_aliases("北京经济技术开发区", "北京市") == ()


def test_a_zone_whose_place_reads_as_another_citys_keeps_its_city() -> None:
    from kg.gazetteer import Area, cities_of_places, city_less_aliases

    places = cities_of_places((Area("湖州市", "湖州", "city", "浙江省"),
                               Area("长兴县", "长兴", "county", "湖州市"),
                               Area("广州市", "广州", "city", "广东省"),
                               Area("南沙区", "南沙", "county", "广州市")))
    assert city_less_aliases("大连长兴岛经济技术开发区", "大连市", places) == ()
    assert "南沙经开区" in city_less_aliases("广州南沙经济技术开发区", "广州市", places)


# ------------------------------------------------------------- a zone's branch park, parks written again

TWO_PARKS = ("铜陵高新区管委会主任介绍，目前高新区形成了“一区两园”格局，铜陵高新区新能源产业园位于义安区，"
             "铜陵高新区枞阳分园位于枞阳县。新能源产业园重点承接光伏组件项目，枞阳分园以精细化工为主。")


def test_a_branch_park_of_a_zone_is_a_park_of_it_in_its_city(extractor: Extractor) -> None:
    mentions, _ = run(extractor, TWO_PARKS)
    assert {m.canonical for m in mentions if m.text == "枞阳分园"} == {"铜陵高新区枞阳分园"}
    parts = canonical_pairs(extractor, TWO_PARKS, RK.PART_OF)
    assert ("铜陵高新区枞阳分园", "铜陵高新技术产业开发区") in parts
    assert ("铜陵高新区枞阳分园", "铜陵市") in canonical_pairs(extractor, TWO_PARKS, RK.LOCATED_IN)
    assert ("铜陵高新区枞阳分园", "精细化工") in canonical_pairs(extractor, TWO_PARKS, RK.INDUSTRY)


def test_a_zone_led_park_written_again_alone_is_the_same_park(extractor: Extractor) -> None:
    mentions, _ = run(extractor, TWO_PARKS)
    assert {m.canonical for m in mentions if m.text == "新能源产业园"} == {"铜陵高新区新能源产业园"}


def test_a_park_alone_named_after_two_zones_parks_stays_as_written(extractor: Extractor) -> None:
    text = ("芜湖高新区新能源产业园和铜陵高新区新能源产业园签约共建。"
            "新能源产业园将互派干部挂职。")
    mentions, _ = run(extractor, text)
    alone = [m for m in mentions if m.text == "新能源产业园" and m.start > text.index("。")]
    assert alone and all(m.canonical == "新能源产业园" for m in alone)


def test_the_kind_of_projects_a_park_takes_in_is_no_project(extractor: Extractor) -> None:
    assert not found(extractor, TWO_PARKS, ET.PROJECT)


def test_a_park_of_a_provincial_zone_is_in_that_zones_city(extractor: Extractor) -> None:
    text = ("6月2日，省级开发区泊头经济开发区与河北铸联机械有限公司签约，将在泊头经济开发区智能装备产业园"
            "建设铸造基地。智能装备产业园已入驻企业16家。")
    mentions, _ = run(extractor, text)
    assert {m.canonical for m in mentions if m.text == "智能装备产业园"} == {"泊头经济开发区智能装备产业园"}
    places = {area for park, area in canonical_pairs(extractor, text, RK.LOCATED_IN)
              if park == "泊头经济开发区智能装备产业园"}
    assert places == {"泊头市"}


def test_a_field_a_zone_is_mainly_about_is_its_industry(extractor: Extractor) -> None:
    text = "铜陵高新区以精细化工为主。铜陵高新区以招商引资为主，以服务企业为辅。"
    assert canonical_pairs(extractor, text, RK.INDUSTRY) == {("铜陵高新技术产业开发区", "精细化工")}


# ------------------------------------------------------------------------- industries, more list forms

def test_fields_closed_by_a_count_of_chains_leave_the_count(extractor: Extractor) -> None:
    text = "芜湖高新区聚焦机器人、新能源汽车、光伏组件三条重点产业链，同时培育工业软件和低空经济产业。"
    fields = {field for _, field in canonical_pairs(extractor, text, RK.INDUSTRY)}
    assert {"机器人", "新能源汽车", "光伏组件"} <= fields
    assert not any("产业链" in field for field in fields)


def test_a_scope_before_a_count_of_clusters_is_no_industry(extractor: Extractor) -> None:
    text = "安徽省科技厅公布名单，全省8个产业集群入选。其中，芜湖高新区机器人产业集群榜上有名。"
    assert "全省" not in found(extractor, text, ET.INDUSTRY)
    assert {field for _, field in canonical_pairs(extractor, text, RK.INDUSTRY)} == {"机器人"}


def test_fields_after_a_zones_relying_clause_are_its_industries(extractor: Extractor) -> None:
    text = ("芜湖高新区相关负责人介绍，该区将依托机器人产业集群，重点培育低空飞行器和特种无人艇，"
            "力争到2025年集群产值突破五百亿元。")
    fields = canonical_pairs(extractor, text, RK.INDUSTRY)
    assert {("芜湖高新技术产业开发区", "低空飞行器"), ("芜湖高新技术产业开发区", "特种无人艇")} <= fields


def test_work_after_a_relying_clause_is_no_industry(extractor: Extractor) -> None:
    text = "芜湖高新区相关负责人介绍，该区将依托机器人产业集群，重点培育项目建设和招商引资。"
    assert not {"项目建设", "招商引资"} & set(found(extractor, text, ET.INDUSTRY))


def test_a_project_in_a_zone_led_park_written_alone_is_in_the_zone_too(extractor: Extractor) -> None:
    text = ("铜陵高新区新能源产业园位于义安区。今年5月，德国企业Blue Harbor Optics（蓝港光学有限公司）"
            "在新能源产业园投资5000万美元，建设激光镜片研发中心。")
    sites = canonical_pairs(extractor, text, RK.PROJECT_ZONE)
    assert sites == {("激光镜片研发中心", "铜陵高新技术产业开发区"),
                     ("激光镜片研发中心", "铜陵高新区新能源产业园")}
