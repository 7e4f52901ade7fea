"""The holdout12 round's zone, park, industry, programme and issuer causes (q12a): sentences written for
these tests, with other places, fields and names than the set's."""

from __future__ import annotations

from extracting import found, posts, run

from kg.extract import Extractor
from kg.model import Article, EntityType, Mention, Relation, RelationKind

ET = EntityType
RK = RelationKind


def canonical_pairs(extractor: Extractor, text: str, kind: RelationKind) -> set[tuple[str, ...]]:
    _, relations = run(extractor, text)
    return {tuple(m.canonical or m.text for _, m in r.args) for r in relations if r.kind is kind}


def zone_names(extractor: Extractor, text: str) -> set[str]:
    mentions, _ = run(extractor, text)
    return {m.canonical or m.text for m in mentions if m.cls is ET.ZONE}


# ------------------------------------------------------------- zones named by their purpose and kind

PILOT = ("6月3日，云南瑞丽国际陆港先行区管理局与昆明天衡物流有限公司签署投资协议，后者将在先行区投资"
         "5亿元建设跨境冷链物流中心项目。先行区管理局局长周立群出席签约仪式。"
         "瑞丽国际陆港先行区位于瑞丽市，重点发展跨境物流和国际贸易。瑞丽陆港先行区管理局表示将优化服务。")


def test_a_pilot_zone_run_by_a_bureau_is_one_zone_with_its_posts(extractor: Extractor) -> None:
    assert zone_names(extractor, PILOT) == {"云南瑞丽国际陆港先行区"}
    assert ("周立群", "局长", "云南瑞丽国际陆港先行区") in posts(extractor, PILOT)
    sites = canonical_pairs(extractor, PILOT, RK.PROJECT_ZONE)
    assert ("跨境冷链物流中心项目", "云南瑞丽国际陆港先行区") in sites


def test_a_pilot_zone_is_in_the_city_stated_and_the_province_its_name_opens_with(
        extractor: Extractor) -> None:
    places = {(zone, area) for zone, area in canonical_pairs(extractor, PILOT, RK.LOCATED_IN)}
    assert places == {("云南瑞丽国际陆港先行区", "瑞丽市"), ("云南瑞丽国际陆港先行区", "云南省")}


def test_a_zone_named_after_no_place_is_a_zone_when_it_has_its_own_organs(extractor: Extractor) -> None:
    text = ("青松岭循环经济试验区党工委书记、管委会主任李明远出席开工仪式。试验区管委会副主任赵一鸣介绍，"
            "南山工业园是试验区“一区三园”之一。")
    assert "青松岭循环经济试验区" in zone_names(extractor, text)
    held = posts(extractor, text)
    assert ("李明远", "管委会主任", "青松岭循环经济试验区") in held
    assert ("赵一鸣", "管委会副主任", "青松岭循环经济试验区") in held


def test_a_park_written_after_a_purpose_zone_is_its_part(extractor: Extractor) -> None:
    text = "4月2日，青松岭循环经济试验区南山工业园3个项目集中开工。试验区管委会主任李明远宣布开工。"
    names = zone_names(extractor, text)
    assert names == {"青松岭循环经济试验区", "青松岭循环经济试验区南山工业园"}
    assert ("青松岭循环经济试验区南山工业园", "青松岭循环经济试验区") in canonical_pairs(
        extractor, text, RK.PART_OF)


def test_a_purpose_zone_designation_in_a_clause_is_no_zone(extractor: Extractor) -> None:
    for text in ("该市将打造国家级循环经济示范区，推动产业转型。",
                 "全县积极争创全国生态文明先行区，加快绿色发展。",
                 "长河市获批建设新一代人工智能创新发展试验区。"):
        assert not found(extractor, text, ET.ZONE), text


def test_a_ranked_base_to_be_built_is_no_park(extractor: Extractor) -> None:
    text = "园区将重点发展锂电材料和精细化工，打造世界级锂电产业基地，建成国家级化工产业园。"
    assert not found(extractor, text, ET.ZONE)


# ------------------------------------------------------------------------------------------ industries

def industry_pairs(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(zone, field) for zone, field in canonical_pairs(extractor, text, RK.INDUSTRY)}


def test_a_list_between_a_leading_yi_and_wei_after_a_verb_keeps_its_last_field(
        extractor: Extractor) -> None:
    text = "近年来，长春高新区坚持以光电信息及精密仪器、汽车电子、现代中药为三大主导产业，发展势头良好。"
    fields = {field for _, field in industry_pairs(extractor, text)}
    assert fields == {"光电信息及精密仪器", "汽车电子", "现代中药"}


def test_the_fields_after_a_zone_is_sited_belong_to_that_zone(extractor: Extractor) -> None:
    text = "据介绍，凯里经济开发区位于黔东南州州府凯里市，以装备制造、新型建材和民族医药为主导产业。"
    assert industry_pairs(extractor, text) == {("凯里经济开发区", "装备制造"), ("凯里经济开发区", "新型建材"),
                                               ("凯里经济开发区", "民族医药")}


def test_the_fields_a_zone_brings_its_strengths_in_are_its_own(extractor: Extractor) -> None:
    text = "会上，杭州高新区表示将发挥在集成电路、数字安防和检验检测方面的优势，深化两地合作。"
    fields = {field for _, field in industry_pairs(extractor, text)}
    assert fields == {"集成电路", "数字安防", "检验检测"}


def test_a_company_head_naming_the_zone_s_leading_fields_gives_them_whole(extractor: Extractor) -> None:
    text = "A：南沙新区的主导产业就是高端装备、船舶与海洋工程和跨境电商，配套企业都在附近。"
    fields = {field for _, field in industry_pairs(extractor, text)}
    assert fields == {"高端装备", "船舶与海洋工程", "跨境电商"}


# ----------------------------------------------------------------- a ministry's list of clusters by province

CLUSTERS = ("本报北京1月9日电 工业和信息化部日前印发《关于公布2025年度中小企业特色产业集群名单的通知》。"
            "按省份分列如下：\n"
            "江苏省：常州国家高新区碳纤维复合材料集群，昆山经济技术开发区光电显示集群；\n"
            "湖北省：襄阳高新区新能源汽车产业集群；\n"
            "贵州省：凯里经济开发区民族医药集群。")


def test_each_zone_of_a_list_by_province_has_its_cluster_s_field(extractor: Extractor) -> None:
    assert industry_pairs(extractor, CLUSTERS) == {
        ("常州高新技术产业开发区", "碳纤维复合材料"), ("昆山经济技术开发区", "光电显示"),
        ("襄阳高新技术产业开发区", "新能源汽车"), ("凯里经济开发区", "民族医药")}


def test_each_zone_of_a_list_by_province_takes_part_in_the_cluster_programme(extractor: Extractor) -> None:
    taking_part = canonical_pairs(extractor, CLUSTERS, RK.PARTICIPATES)
    assert {zone for zone, _ in taking_part} == {"常州高新技术产业开发区", "昆山经济技术开发区",
                                                 "襄阳高新技术产业开发区", "凯里经济开发区"}
    assert {programme for _, programme in taking_part} == {"中小企业特色产业集群"}


def test_a_listed_cluster_s_kind_is_no_part_of_its_field(extractor: Extractor) -> None:
    text = ("入选名单如下：\n芜湖高新区智能网联汽车创新型产业集群；\n"
            "马鞍山经济技术开发区轨道交通装备特色产业集群。")
    fields = {field for _, field in industry_pairs(extractor, text)}
    assert fields == {"智能网联汽车", "轨道交通装备"}


# ------------------------------------------------------------------------- a 公示 of bases and its table

GONGSHI_TITLE = "河南省工业和信息化厅关于第四批省级新型工业化产业示范基地拟认定名单的公示"
GONGSHI = ("根据《河南省新型工业化产业示范基地管理办法》，经各地推荐和专家评审，拟认定以下3个园区为"
           "第四批省级新型工业化产业示范基地，现予以公示。\n"
           "序号 示范基地名称 依托园区 所在市\n"
           "1 超硬材料 郑州高新技术产业开发区 郑州市\n"
           "2 农机装备 洛阳经济技术开发区 洛阳市\n"
           "3 尼龙新材料 平顶山经济开发区 平顶山市\n"
           "公示期为2023年8月1日至8月7日。\n"
           "河南省工业和信息化厅\n"
           "2023年7月28日")


def gongshi(extractor: Extractor) -> tuple[list[Mention], list[Relation]]:
    return extractor(Article(id="g", source="t", text=GONGSHI, titles=(GONGSHI_TITLE,)))


def test_each_base_of_a_table_is_the_field_of_the_zone_it_rests_on(extractor: Extractor) -> None:
    _, relations = gongshi(extractor)
    fields = {tuple(m.canonical or m.text for _, m in r.args) for r in relations if r.kind is RK.INDUSTRY}
    assert fields == {("郑州高新技术产业开发区", "超硬材料"), ("洛阳经济技术开发区", "农机装备"),
                      ("平顶山经济开发区", "尼龙新材料")}


def test_the_designation_a_gongshi_proposes_is_a_programme_of_the_title_s_body(extractor: Extractor) -> None:
    mentions, relations = gongshi(extractor)
    assert "第四批省级新型工业化产业示范基地" in {m.text for m in mentions if m.cls is ET.POLICY}
    issued = {tuple(m.canonical or m.text for _, m in r.args) for r in relations if r.kind is RK.ISSUED_BY}
    assert ("第四批省级新型工业化产业示范基地", "河南省工业和信息化厅") in issued


# ------------------------------------------------------------------------------- issuers named after

def test_bodies_named_after_a_document_as_its_joint_issuers_issue_it(extractor: Extractor) -> None:
    text = ("会上还发布了《湖南省园区高质量发展评价办法》，由湖南省商务厅、湖南省发展和改革委员会联合印发，"
            "自发布之日起施行。")
    issued = canonical_pairs(extractor, text, RK.ISSUED_BY)
    assert issued == {("湖南省园区高质量发展评价办法", "湖南省商务厅"),
                      ("湖南省园区高质量发展评价办法", "湖南省发展和改革委员会")}


# ----------------------------------------------------------------------- forms declared in a bracket

def test_an_english_abbreviation_and_a_short_form_declared_together_are_one_zone(
        extractor: Extractor) -> None:
    text = ("5月6日，嘉兴经济技术开发区（英文简称JXEDZ，以下简称嘉兴开发区）与一家德国企业签署合作协议。"
            "嘉兴开发区党工委书记王建平出席仪式。JXEDZ有关负责人表示，项目将于年内开工。")
    mentions, _ = run(extractor, text)
    zones = {(m.text, m.canonical) for m in mentions if m.cls is ET.ZONE}
    assert zones == {("嘉兴经济技术开发区", "嘉兴经济技术开发区"), ("嘉兴开发区", "嘉兴经济技术开发区"),
                     ("JXEDZ", "嘉兴经济技术开发区")}


# ------------------------------------------------------------------------------------ a park of the zone

def test_a_park_inside_the_bare_park_word_is_part_of_the_article_s_zone_and_in_its_city(
        extractor: Extractor) -> None:
    text = ("4月2日，运城经济技术开发区召开招商推介会。运城经开区管委会主任刘文华介绍，今年以来，"
            "园区内的运城新材料产业园已入驻企业8家。")
    assert ("运城新材料产业园", "运城经济技术开发区") in canonical_pairs(extractor, text, RK.PART_OF)
    assert ("运城新材料产业园", "运城市") in canonical_pairs(extractor, text, RK.LOCATED_IN)


def test_a_park_named_after_another_place_than_its_zone_s_city_is_not_placed_by_its_name(
        extractor: Extractor) -> None:
    text = ("4月2日，运城经济技术开发区召开招商推介会。运城经开区管委会主任刘文华介绍，今年以来，"
            "园区内的临汾合作产业园已入驻企业8家。")
    assert ("临汾合作产业园", "临汾市") not in canonical_pairs(extractor, text, RK.LOCATED_IN)


def test_other_purpose_zone_kinds_are_zones(extractor: Extractor) -> None:
    for text, zone in (("9月1日，山西晋中国家农业高新技术产业示范区与一家企业签约。",
                        "山西晋中国家农业高新技术产业示范区"),
                       ("郑州航空港经济综合实验区今年引进项目12个。", "郑州航空港经济综合实验区"),
                       ("深汕特别合作区党工委书记王立新出席仪式。", "深汕特别合作区"),
                       ("中韩（长春）国际合作示范区管委会副主任李海涛介绍。", "中韩（长春）国际合作示范区")):
        assert zone in zone_names(extractor, text), text
