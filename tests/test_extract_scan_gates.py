"""The cheap gates before whole-text scans in names.py: each is true wherever its pattern can match, so
a gated scan finds what the ungated one does, and text without the gate's words is passed over."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from kg.extract import facts, names

ROOT = Path(__file__).resolve().parents[1]

# (the pattern, the gate its whole-text scan tests first (as the code writes it), sentences it matches)
GATES: list[tuple[re.Pattern[str], Callable[[str], bool], list[str]]] = [
    (names.LIST_CLOSER, lambda t: names.CLOSER_GATE.search(t) is not None,
     ["重点发展电子信息、生物医药两大主导产业。", "形成新材料等三个千亿级产业集群", "光电子等产业集群",
      "A、B和C三大世界级战略性新兴产业集群", "做强5类特色产业"]),
    (names.AS_LEADING, lambda t: names.LEADING_AS.search(t) is not None,
     ["把集成电路作为首位产业", "以生物医药、新材料为主导产业", "以软件和芯片为两大战略性产业",
      "把光电作为重点的现代产业"]),
    (names.AS_LEAD_FIELD, lambda t: names.LEAD_ROLE.search(t) is not None,
     ["以大数据为引领", "发挥生物医药主导产业优势", "发挥光电产业集群优势", "以精细化工为主，",
      "以光电为主攻方向", "以软件为主导", "以芯片为先导"]),
    (names.BARE_DEVELOP, lambda t: names._has_any(t, names.DEVELOP_AFTER_BREAK),
     ["要依托园区，发展光电子和生物医药，加快建设", "；发展新材料、新能源。"]),
    (names.QUOTED_KIND, lambda t: names.QUOTED_KIND_GATE.search(t) is not None,
     ["入选第二批“科创中国”试点城市。", "国家“双创”示范基地，", "全省“专精特新”标杆园区之一",
      "“一区一主导产业”试点", "省级“五星级”园区名单"]),
    (names.FIELD_IS_LEADING, lambda t: names.LEADING_FIELD.search(t) is not None,
     ["电子信息是我们的首位产业", "近年来，光电子信息产业是高新区的主导产业", "汽车是第一产业"]),
    (names.FIELDS_TOGETHER, lambda t: names.TOGETHER.search(t) is not None,
     ["坚持光电子、生物医药、新材料和数字经济四业并举", "推动制造业和服务业两业融合、多业联动"]),
    (names.CLUSTER_DESIGNATION, lambda t: "产业集聚区" in t,
     ["高新区是全国首批光伏产业集聚区之一", "入选省级第二批新材料产业集聚区"]),
    (names.SIGNED_WITH, lambda t: "签约" in t or "签下" in t,
     ["合肥高新区与华为公司正式签约", "同三家企业签下大单"]),
    (names.INVESTS_IN_PROJECT, lambda t: names.INVESTED_BY.search(t) is not None,
     ["由德国博世投资建设的汽车零部件项目", "日本企业出资的新材料项目"]),
    (names.APPOINTED_AS, lambda t: names.APPOINTING.search(t) is not None,
     ["决定任命王明远同志为高新区管委会主任", "提名李华为副主任"]),
    (names.DESIGNATED_AS, lambda t: names._has_any(t, names.DESIGNATING_WORDS),
     ["高新区被认定为省级双创示范基地。", "入选2017年省级高新技术产业园区，",
      "获批建设国家级人工智能创新应用先导区。",
      "授予“中国光谷”称号"]),
    (names.BY_FIELD, lambda t: names._has_any(t, names.SELECTION_WORDS),
     ["以航空装备产业集群入选", "凭借新材料产业获批", "依托光电产业被评为示范园区", "以软件产业获得认定"]),
    (names.LATIN_NAME, lambda t: names.BRACKETED_LATIN.search(t) is not None,
     ["华为技术（Huawei）有限公司", "博世(Bosch China)公司"]),
    (names.CITED_ARTICLE, lambda t: names._has_any(t, names.CITING),
     ["本报昨日刊发的《高新区再添新动能》一文", "《光谷崛起》的报道", "转载《创新之路》"]),
    (names.SALUTATION, lambda t: "委员：" in t or "代表：" in t, ["张海涛委员：", "王丽代表："]),
    (facts.SPEAKER_AND, lambda t: "我和" in t or "我与" in t or "我同" in t, ["我和某董事长签字", "我与他"]),
    (facts.OWNERSHIP, lambda t: any(word in t for word in facts.OWNERSHIP_WORDS),
     ["华为旗下", "其下属企业", "全资子公司", "控股股东"]),
    (facts.CORE_OF, lambda t: any(word in t for word in facts.CORE_PART_WORDS),
     ["东湖高新区是自创区的核心区", "两区成为自贸区的重要组成部分", "是示范区主阵地", "作为新区的核心园区",
      "为试验区的先行区", "是片区的主体区域"]),
]

# text without any gate's words: every gate passes it over
PLAIN = "合肥高新区今年新增企业三百家，营业收入增长百分之十二。"


def _texts() -> list[str]:
    """The project's sample articles and evaluation inputs (plain text), as a wide check of the gates."""
    files = sorted([*ROOT.glob("examples/*.txt"), *ROOT.glob("eval/**/*.txt")])
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def test_each_gate_is_true_where_its_pattern_matches() -> None:
    for pattern, gate, sentences in GATES:
        for sentence in sentences:
            assert pattern.search(sentence), (pattern.pattern[:20], sentence)
            assert gate(sentence), sentence
            gated = list(pattern.finditer(sentence)) if gate(sentence) else []
            assert [m.span() for m in gated] == [m.span() for m in pattern.finditer(sentence)]


def test_the_gates_hold_on_every_sample_text() -> None:
    texts = _texts()
    assert texts
    for text in texts:
        for pattern, gate, _ in GATES:
            if not gate(text):
                assert pattern.search(text) is None, pattern.pattern[:20]


def test_the_gates_pass_over_text_that_cannot_match() -> None:
    for pattern, gate, _ in GATES:
        assert not gate(PLAIN), pattern.pattern[:20]
        assert pattern.search(PLAIN) is None
    assert not names.CLOSER_GATE.search("等待三个月")  # a numeral alone is no closer
    assert not names.LEADING_FIELD.search("主导方向")


def test_has_any_is_a_substring_test_of_any_word() -> None:
    assert names._has_any("高新区入选名单", ("列为", "入选"))
    assert not names._has_any("高新区名单", ("列为", "入选"))
    assert not names._has_any("高新区", ())


def test_the_per_position_gates_are_exact() -> None:
    """The character tests tried before a pattern at one position (``_feature_start``, ``_is_suffixed_zone``,
    ``_clean_item``, ``_zone_ends``): where the test fails, the pattern finds nothing there either."""
    samples = ["台州湾新区", "洋山港保税区", "杭州湾北岸经济开发区", "太湖东岸", "长江南部",
               "合肥高新区（蜀山区）", "两大主导产业", "千亿级钒钛产业集群", "超百亿光电", "世界级集群",
               "5个产业", "“光谷”量子产业"]
    for text in [*samples, *_texts()[:40]]:
        for end in range(len(text) + 1):
            last = text[end - 1] if end > 0 else ""
            for start in range(max(0, end - 8), end):
                if names.FEATURE_PLACE.fullmatch(text, start, end):
                    assert last in names.FEATURE_LAST, text[start:end]
        for pos in range(len(text)):
            if names.PAREN_PLACE.match(text, pos):
                assert text.startswith(names.OPENING_BRACKETS, pos)
            if names.QUANT_HEAD.match(text, pos):
                assert text[pos] in names.QUANT_HEAD_FIRST or text[pos].isdecimal(), text[pos:pos + 4]
            if names.PARK_AFTER_ZONE.match(text, pos):
                assert text.find("园区", pos + 2, pos + 12) >= 0
        if names.QUOTE_QUANT.search(text):
            assert "“" in text
