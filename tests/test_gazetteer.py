"""The packaged gazetteers: loading, lookups, alias generation and the consistency of the data."""

from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from kg import gazetteer
from kg.gazetteer import Gazetteer, generated_aliases, normalise

DATA_FILES = (
    "areas.tsv",
    "zones.tsv",
    "bodies.tsv",
    "departments.tsv",
    "industries.txt",
    "titles.txt",
    "surnames.txt",
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return gazetteer.default()


def data_rows(name: str) -> list[list[str]]:
    text = (resources.files("kg") / "data" / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


# -- loading -------------------------------------------------------------------------------------


def test_package_data_is_found() -> None:
    folder = resources.files("kg") / "data"
    for name in DATA_FILES:
        assert (folder / name).is_file(), name


def test_default_is_loaded_once() -> None:
    gazetteer.default.cache_clear()
    first = gazetteer.default()
    assert gazetteer.default() is first


def test_load_from_a_folder(tmp_path: Path) -> None:
    (tmp_path / "areas.tsv").write_text(
        "# comment\nname\tshort\tlevel\tparent\n湖南省\t湖南\tprovince\t\n衡阳市\t衡阳\tcity\t湖南省\n"
        "耒阳市\t耒阳\tcounty\t衡阳市\n",
        encoding="utf-8",
    )
    (tmp_path / "zones.tsv").write_text(
        "name\tkind\tcity\tprovince\taliases\n衡阳高新技术产业开发区\thightech\t衡阳市\t湖南省\t\n",
        encoding="utf-8",
    )
    (tmp_path / "bodies.tsv").write_text("name\taliases\tparent\tlevel\n科学技术部\t科技部\t\tnational\n")
    (tmp_path / "departments.tsv").write_text("short\tfull\n发改委\t发展和改革委员会\n", encoding="utf-8")
    (tmp_path / "industries.txt").write_text("name\tmark\n新材料\n实体经济\tgeneric\n", encoding="utf-8")
    (tmp_path / "titles.txt").write_text("title\tkind\n副区长\tgovernment\n", encoding="utf-8")
    (tmp_path / "surnames.txt").write_text("surname\tmark\n宋\n高\tambiguous\n", encoding="utf-8")
    small = Gazetteer.load(tmp_path)
    assert [area.name for area in small.areas] == ["湖南省", "衡阳市", "耒阳市"]
    assert small.zone("衡阳国家高新区").name == "衡阳高新技术产业开发区"
    assert small.city_of("耒阳").name == "衡阳市"
    assert small.province_of("耒阳市").name == "湖南省"
    assert small.body("科技部").name == "科学技术部"
    assert small.dept_suffixes == (("发改委", "发展和改革委员会"),)
    assert small.industries == ("新材料", "实体经济")
    assert small.generic_industries == ("实体经济",)
    assert small.title_kind("副区长") == "government"
    assert small.ambiguous_surnames == ("高",)


def test_bad_level_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown level"):
        gazetteer.parse_areas(["name\tshort\tlevel\tparent", "衡阳市\t衡阳\tprefecture\t湖南省"])


# -- counts --------------------------------------------------------------------------------------


def test_counts_are_plausible(gaz: Gazetteer) -> None:
    levels = Counter(area.level for area in gaz.areas)
    assert levels["province"] == 34
    assert 333 <= levels["city"] <= 360  # 333 prefecture-level + province-administered county-level
    assert levels["county"] >= 2800  # every county-level division under a prefecture or municipality
    county_cities = [area for area in gaz.areas if area.level == "county" and area.name.endswith("市")]
    assert 360 <= len(county_cities) <= 400  # every county-level city not administered by a province
    kinds = Counter(zone.kind for zone in gaz.zones)
    assert 150 <= kinds["hightech"] <= 180
    assert 180 <= kinds["etdz"] <= 235
    assert kinds["new_area"] == 19
    assert 20 <= kinds["demo"] <= 23
    assert sum(1 for zone in gaz.zones if zone.kind == "ftz" and "片区" not in zone.name) == 22
    assert len(gaz.industries) >= 300
    assert len(gaz.surnames) >= 400
    assert len(gaz.titles) >= 100
    assert len(gaz.bodies) >= 50
    assert len(gaz.dept_suffixes) >= 40


# -- lookups -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "name", "level"),
    [
        ("湖南省", "湖南省", "province"),
        ("湖南", "湖南省", "province"),
        ("广西", "广西壮族自治区", "province"),
        ("内蒙古", "内蒙古自治区", "province"),
        ("新疆", "新疆维吾尔自治区", "province"),
        ("衡阳", "衡阳市", "city"),
        ("延边", "延边朝鲜族自治州", "city"),
        ("吉林", "吉林市", "city"),  # a bare short name prefers the city
        ("吉林省", "吉林省", "province"),
        ("朝阳", "朝阳市", "city"),
        ("昆山", "昆山市", "county"),
        ("浦东", "浦东新区", "county"),
        ("新市区", "新市区", "county"),
        ("衡阳市", "衡阳市", "city"),
    ],
)
def test_area_lookup(gaz: Gazetteer, query: str, name: str, level: str) -> None:
    area = gaz.area(query)
    assert area is not None and (area.name, area.level) == (name, level)


@pytest.mark.parametrize(
    ("query", "name", "city", "province"),
    [
        ("江山", "江山市", "衢州市", "浙江省"),
        ("龙游", "龙游县", "衢州市", "浙江省"),
        ("义乌", "义乌市", "金华市", "浙江省"),
        ("龙港", "龙港市", "温州市", "浙江省"),
        ("公主岭", "公主岭市", "长春市", "吉林省"),
        ("珲春", "珲春市", "延边朝鲜族自治州", "吉林省"),
        ("绥芬河", "绥芬河市", "牡丹江市", "黑龙江省"),
        ("辉县", "辉县市", "新乡市", "河南省"),
        ("霍尔果斯", "霍尔果斯市", "伊犁哈萨克自治州", "新疆维吾尔自治区"),
        ("盱眙", "盱眙县", "淮安市", "江苏省"),
        ("邹平", "邹平市", "滨州市", "山东省"),
        ("曹县", "曹县", "菏泽市", "山东省"),
    ],
)
def test_county_level_places(gaz: Gazetteer, query: str, name: str, city: str, province: str) -> None:
    area = gaz.area(query)
    assert area is not None and (area.name, area.level) == (name, "county")
    assert gaz.city_of(query).name == city
    assert gaz.province_of(query).name == province


def test_county_short_forms_are_safe(gaz: Gazetteer) -> None:
    """No short form that is a common word, one character, or a city's or province's short form."""
    for word in ("樟树", "灯塔", "合作", "平原", "惠民", "天台", "阳春", "津市", "丰", "曹"):
        assert not any(area.short == word for area in gaz.areas), word
    assert gaz.area("喀什").name == "喀什地区"  # the prefecture, not 喀什市
    assert gaz.area("喀什市").parent == "喀什地区"
    higher = {area.short for area in gaz.areas if area.level != "county"}
    clashes = [area.name for area in gaz.areas
               if area.level == "county" and area.short != area.name and area.short in higher]
    assert clashes == []


def test_short_forms_are_unique(gaz: Gazetteer) -> None:
    """A short form (other than the full name) is no other area's name or short form: 吉林 alone is shared,
    on purpose (吉林省 and 吉林市; a bare 吉林 is the city)."""
    holders: dict[str, set[tuple[str, str | None]]] = {}
    for area in gaz.areas:
        for form in {area.name, area.short}:
            holders.setdefault(normalise(form), set()).add((area.name, area.parent))
    shared = sorted(area.short for area in gaz.areas
                    if area.short != area.name and len(holders[normalise(area.short)]) > 1)
    assert shared == ["吉林", "吉林"]


def test_counties_have_unique_names_within_a_parent(gaz: Gazetteer) -> None:
    names = Counter((area.parent, area.name) for area in gaz.areas)
    assert [key for key, n in names.items() if n > 1] == []
    assert all(len(area.short) >= 2 for area in gaz.areas), "no one-character short form"


@pytest.mark.parametrize(
    ("query", "name", "city", "province"),
    [
        ("正定", "正定县", "石家庄市", "河北省"),
        ("平遥", "平遥县", "晋中市", "山西省"),
        ("准格尔", "准格尔旗", "鄂尔多斯市", "内蒙古自治区"),
        ("科尔沁左翼中旗", "科尔沁左翼中旗", "通辽市", "内蒙古自治区"),
        ("岫岩", "岫岩满族自治县", "鞍山市", "辽宁省"),
        ("长阳", "长阳土家族自治县", "宜昌市", "湖北省"),
        ("兰考", "兰考县", "开封市", "河南省"),
        ("管城", "管城回族区", "郑州市", "河南省"),
        ("顺河", "顺河回族区", "开封市", "河南省"),
        ("梅里斯", "梅里斯达斡尔族区", "齐齐哈尔市", "黑龙江省"),
        ("六枝", "六枝特区", "六盘水市", "贵州省"),
        ("双江", "双江拉祜族佤族布朗族傣族自治县", "临沧市", "云南省"),
        ("墨竹工卡", "墨竹工卡县", "拉萨市", "西藏自治区"),
        ("塔什库尔干", "塔什库尔干塔吉克自治县", "喀什地区", "新疆维吾尔自治区"),
        ("秀山", "秀山土家族苗族自治县", "重庆市", "重庆市"),
        ("沙县区", "沙县区", "三明市", "福建省"),
    ],
)
def test_districts_and_counties_of_every_province(
    gaz: Gazetteer, query: str, name: str, city: str, province: str
) -> None:
    area = gaz.area(query)
    assert area is not None and (area.name, area.level) == (name, "county")
    assert gaz.city_of(query).name == city
    assert gaz.province_of(query).name == province


def test_province_administered_counties(gaz: Gazetteer) -> None:
    for name in ("神农架林区", "澄迈县", "陵水黎族自治县", "东方市"):
        area = gaz.area(name)
        assert area is not None and area.level == "city" and area.parent in ("湖北省", "海南省"), name
    assert gaz.area("陵水").name == "陵水黎族自治县"
    assert gaz.area("东方") is None  # a common word, no area's short form


def test_common_words_are_no_short_forms(gaz: Gazetteer) -> None:
    """Stems that are ordinary words, or that text holds across a word boundary, are no short form."""
    for word in ("中方", "会同", "通道", "比如", "南部", "资源", "港口", "公安", "友谊", "前进", "商城",
                 "大城", "延长", "盐湖", "平安", "和安", "高要", "上高", "万年", "振兴", "和平", "太湖",
                 "新和", "临高", "杂多", "阳高", "和政", "新平",  # 更新|和, 莅临|高新区, 复杂|多变…
                 "内乡", "建水", "定边", "民丰",  # 省内|乡镇, 修建|水利, 确定|边界, 农民|丰收
                 "鄱阳", "甘泉", "明水", "塔河", "祁连"):  # 鄱阳湖, 甘泉堡, 明水 (济南), 塔河油田, 祁连山
        assert not any(area.short == word for area in gaz.areas), word


def test_ambiguous_and_unknown_areas(gaz: Gazetteer) -> None:
    assert gaz.area("鼓楼区") is None  # 南京 and 福州 both have one
    assert {area.parent for area in gaz.areas_named("鼓楼区")} >= {"南京市", "福州市"}
    assert gaz.area("高新区") is None
    assert gaz.area("") is None
    assert gaz.area("和平") is None  # a common word is no district's short form


@pytest.mark.parametrize(("name", "city"), [
    ("南山区", "深圳市"), ("宝山区", "上海市"), ("普陀区", "上海市"), ("河东区", "天津市"),
    ("青山区", "武汉市"), ("市中区", "济南市"), ("铁西区", "沈阳市"), ("城中区", "西宁市"),
])
def test_a_district_name_several_cities_share_is_the_central_city_s(gaz: Gazetteer, name: str,
                                                                   city: str) -> None:
    assert len(gaz.areas_named(name)) > 1
    area = gaz.area(name)
    assert area is not None and area.parent == city
    assert gaz.city_of(name) == gaz.area(city)


def test_the_central_cities_are_cities_of_the_gazetteer(gaz: Gazetteer) -> None:
    for name in gazetteer.CENTRAL_CITIES:
        area = gaz.area(name)
        assert area is not None and area.name == name, name
        assert area.level in ("city", "province"), name  # a municipality is province-level
    assert len(gazetteer.CENTRAL_CITIES) == 4 + 27 + 5


@pytest.mark.parametrize(
    ("query", "name", "city"),
    [
        ("衡阳高新技术产业开发区", "衡阳高新技术产业开发区", "衡阳市"),
        ("衡阳高新区", "衡阳高新技术产业开发区", "衡阳市"),
        ("衡阳国家高新区", "衡阳高新技术产业开发区", "衡阳市"),
        ("安康高新区", "安康高新技术产业开发区", "安康市"),
        ("东湖高新区", "武汉东湖新技术开发区", "武汉市"),
        ("中关村", "中关村科技园区", "北京市"),
        ("广州开发区", "广州经济技术开发区", "广州市"),
        ("北京经开区", "北京经济技术开发区", "北京市"),
        ("苏州工业园区", "苏州工业园区", "苏州市"),
        ("中国(湖南)自由贸易试验区长沙片区", "中国（湖南）自由贸易试验区长沙片区", "长沙市"),
        ("湖南自贸区长沙片区", "中国（湖南）自由贸易试验区长沙片区", "长沙市"),
        ("衡阳综保区", "衡阳综合保税区", "衡阳市"),
        ("两江新区", "两江新区", "重庆市"),
    ],
)
def test_zone_lookup(gaz: Gazetteer, query: str, name: str, city: str) -> None:
    zone = gaz.zone(query)
    assert zone is not None and (zone.name, zone.city) == (name, city)


def test_zone_lookup_misses(gaz: Gazetteer) -> None:
    assert gaz.zone("高新区") is None
    assert gaz.zone("火星高新区") is None
    assert gaz.zone("雄安新区").city is None  # spans several counties; no single city


@pytest.mark.parametrize(
    ("query", "name", "parent"),
    [
        ("科技部", "科学技术部", "国务院"),
        ("国家发改委", "国家发展和改革委员会", "国务院"),
        ("国家发展改革委", "国家发展和改革委员会", "国务院"),
        ("工信部", "工业和信息化部", "国务院"),
        ("人社部", "人力资源和社会保障部", "国务院"),
        ("国务院国资委", "国务院国有资产监督管理委员会", "国务院"),
        ("科技部火炬中心", "科技部火炬高技术产业开发中心", "科学技术部"),
        ("火炬中心", "科技部火炬高技术产业开发中心", "科学技术部"),
        ("国家知识产权局", "国家知识产权局", "国务院"),
        ("国家能源局", "国家能源局", "国家发展和改革委员会"),
    ],
)
def test_body_lookup(gaz: Gazetteer, query: str, name: str, parent: str) -> None:
    body = gaz.body(query)
    assert body is not None and (body.name, body.parent) == (name, parent)


def test_city_and_province_of(gaz: Gazetteer) -> None:
    assert gaz.city_of("昆山").name == "苏州市"
    assert gaz.city_of("耒阳市").name == "衡阳市"
    assert gaz.city_of("衡阳").name == "衡阳市"
    assert gaz.city_of("浦东新区").name == "上海市"  # a municipality stands for the city
    assert gaz.city_of("湖南") is None
    assert gaz.city_of("火星") is None
    assert gaz.province_of("昆山").name == "江苏省"
    assert gaz.province_of("衡阳").name == "湖南省"
    assert gaz.province_of("湖南省").name == "湖南省"
    assert gaz.province_of("海淀区").name == "北京市"
    assert gaz.province_of("鼓楼区") is None
    zone = gaz.zone("衡阳高新区")
    assert gaz.city_of(zone.city).name == "衡阳市"
    assert gaz.province_of(zone.city).name == zone.province


def test_vocabularies(gaz: Gazetteer) -> None:
    for word in ("新一代信息技术", "集成电路", "人工智能", "生物医药", "新材料", "现代服务业"):
        assert word in gaz.industries and not gaz.is_generic_industry(word)
    for word in ("高新技术产业", "战略性新兴产业", "实体经济", "数字经济"):
        assert gaz.is_generic_industry(word)
    assert gaz.title_kind("党工委书记") == "party"
    assert gaz.title_kind("副区长") == "government"
    assert gaz.title_kind("董事长") == "company"
    assert gaz.title_kind("院士") == "academic"
    assert gaz.title_kind("火星人") is None
    assert {"王", "欧阳", "诸葛", "东方"} <= set(gaz.surnames)
    assert "东方" in gaz.ambiguous_surnames and "王" not in gaz.ambiguous_surnames
    assert ("发改委", "发展和改革委员会") in gaz.dept_suffixes
    assert ("住建厅", "住房和城乡建设厅") in gaz.dept_suffixes


# -- alias generation ----------------------------------------------------------------------------


def test_generated_aliases() -> None:
    assert generated_aliases("衡阳高新技术产业开发区") == (
        "衡阳高新区",
        "衡阳国家高新区",
        "衡阳国家高新技术产业开发区",
    )
    assert generated_aliases("长沙经济技术开发区") == (
        "长沙经开区",
        "长沙国家级经济技术开发区",
        "长沙国家级经开区",
    )
    assert "湖南自贸区" in generated_aliases("中国（湖南）自由贸易试验区")
    assert "湖南自贸试验区长沙片区" in generated_aliases("中国（湖南）自由贸易试验区长沙片区")
    assert generated_aliases("苏州工业园区") == ()
    assert generated_aliases("高新技术产业开发区") == ()


def test_normalise() -> None:
    assert normalise("中国（湖南） 自由贸易试验区") == "中国(湖南)自由贸易试验区"


# -- consistency of the data ---------------------------------------------------------------------


def test_no_duplicate_keys(gaz: Gazetteer) -> None:
    areas = Counter((area.name, area.parent) for area in gaz.areas)
    assert [key for key, n in areas.items() if n > 1] == []
    for entries in (gaz.zones, gaz.bodies):
        names = Counter(normalise(entry.name) for entry in entries)
        assert [key for key, n in names.items() if n > 1] == []
    for values in (gaz.industries, gaz.titles, gaz.surnames, gaz.dept_suffixes):
        assert len(values) == len(set(values))
    claimed = Counter(normalise(alias) for zone in gaz.zones for alias in set(zone.aliases))
    assert [alias for alias, n in claimed.items() if n > 1] == []
    zone_names = {normalise(zone.name) for zone in gaz.zones}
    assert [alias for alias in claimed if alias in zone_names] == []


def test_every_alias_resolves_to_its_zone(gaz: Gazetteer) -> None:
    for zone in gaz.zones:
        assert gaz.zone(zone.name) is zone
        for alias in zone.aliases:
            assert gaz.zone(alias) is zone, alias


def test_area_parents_exist_and_levels_nest(gaz: Gazetteer) -> None:
    full = {area.name: area for area in gaz.areas if area.level != "county"}
    for area in gaz.areas:
        if area.level == "province":
            assert area.parent is None, area
        elif area.level == "city":
            assert full[area.parent].level == "province", area
        else:
            assert full[area.parent].level == "city" or full[area.parent].name in gazetteer.MUNICIPALITIES


def test_zone_cities_and_provinces_exist(gaz: Gazetteer) -> None:
    provinces = {area.name for area in gaz.areas if area.level == "province"}
    cities = {area.name: area for area in gaz.areas if area.level == "city"}
    for zone in gaz.zones:
        assert zone.kind in gazetteer.ZONE_KINDS
        assert zone.province in provinces, zone
        if zone.city is None:
            continue
        if zone.city in gazetteer.MUNICIPALITIES:
            assert zone.province == zone.city, zone
        else:
            assert cities[zone.city].parent == zone.province, zone


def test_hightech_zone_names_match_their_city(gaz: Gazetteer) -> None:
    """A zone named after its city (衡阳高新技术产业开发区) must be in that city: catches misfiled rows."""
    named_after_a_bay = {"杭州湾上虞经济技术开发区"}  # 杭州湾 is a bay, the zone is in 绍兴
    for zone in gaz.zones:
        if zone.city is None or zone.kind not in ("hightech", "etdz") or zone.name in named_after_a_bay:
            continue
        for end in range(2, 5):
            named = gaz.area(zone.name[:end])
            if named is not None and named.level != "county":
                assert named.name in (zone.city, zone.province), zone
                break


def test_zone_names_start_with_no_other_citys_county(gaz: Gazetteer) -> None:
    """The longest place a zone's name or alias starts with, when a county, lies in the zone's city: no
    county's short form opens another place's zone (明水经济技术开发区 is in 济南, not in 绥化's 明水县)."""
    for zone in gaz.zones:
        if zone.city is None:
            continue
        for name in (zone.name, *zone.aliases):
            for end in range(min(9, len(name) - 2), 1, -1):
                area = gaz.area(name[:end])
                if area is not None:
                    break
            if area is None or area.level != "county":
                continue
            county = area
            while area is not None and area.level == "county":  # by parent: 南沙区 is also in 三沙
                area = gaz.area(area.parent)
            assert area is not None and area.name == zone.city, (name, county)


def test_body_parents_exist(gaz: Gazetteer) -> None:
    for body in gaz.bodies:
        assert body.parent is None or gaz.body(body.parent) is not None, body


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_files_are_sorted(name: str) -> None:
    rows = data_rows(name)
    assert rows, name
    if name == "areas.tsv":
        rank = {"province": 0, "city": 1, "county": 2}
        keys = [(rank[row[2]], row[3], row[0]) for row in rows]
    elif name == "zones.tsv":
        keys = [(gazetteer.ZONE_KINDS.index(row[1]), row[3], row[0]) for row in rows]
    elif name == "bodies.tsv":
        keys = [(row[2] != "", row[2], row[0]) for row in rows]
    else:
        keys = [tuple(row) for row in rows]
    assert keys == sorted(keys)


def test_area_memo_answers_as_the_lookup(gaz: Gazetteer) -> None:
    for query in ("株洲", "株洲市", "鼓楼区", "喀什", "高新区", "", "和平", "湖南 省", "ＸＹ"):
        first = gaz.area(query)
        assert first == gaz._find_area(query)
        assert gaz.area(query) is first  # the memo's answer
        assert query in gaz._area_memo
