"""The holdout13 round C causes (traditional-character text read on a simplified shadow, interviews,
signatories, bylines): sentences written for these tests, with other places, zones and firms than the
set's."""

from __future__ import annotations

from extracting import agreements, found, posts

from kg.extract import Extractor
from kg.model import Article, EntityType
from kg.resolve import resolve
from kg.segment import body_creators
from kg.traditional import is_traditional, simplify

ET = EntityType

TRADITIONAL = ("肇慶國家高新技術產業開發區管委會昨日與澳門恆達電子集團有限公司簽署投資協議，"
               "後者將投資八億元，在肇慶高新區建設新型顯示模組生產基地。肇慶高新區黨工委書記陳志遠與恆達電子集團董事長"
               "黃國樑代表雙方簽約。")


def test_a_traditional_text_has_a_simplified_shadow_of_the_same_length() -> None:
    shadow = simplify(TRADITIONAL)
    assert len(shadow) == len(TRADITIONAL)
    assert shadow.startswith("肇庆国家高新技术产业开发区管委会昨日与澳门")
    assert is_traditional(TRADITIONAL)


def test_a_simplified_text_with_one_traditional_name_is_left_as_it_is() -> None:
    text = "苏州工业园区与台积電（南京）有限公司签约，总投资30亿元。"
    assert not is_traditional(text)
    assert simplify(text) == text


def test_a_traditional_zone_and_its_posts(extractor: Extractor) -> None:
    assert "肇庆国家高新技术产业开发区" in found(extractor, TRADITIONAL, ET.ZONE)
    held = [(person, title) for person, title, org in posts(extractor, TRADITIONAL) if org.startswith("肇庆")]
    assert ("陈志远", "党工委书记") in held


def test_yu_opens_no_traditional_firm_name(extractor: Extractor) -> None:
    companies = found(extractor, TRADITIONAL, ET.COMPANY)
    assert "澳门恒达电子集团有限公司" in companies
    assert not any(name.startswith(("与", "與")) for name in companies)


def test_a_traditional_agreement_has_its_sides_and_signatories(extractor: Extractor) -> None:
    [(parties, signers)] = agreements(extractor, TRADITIONAL)
    assert signers == {"陈志远", "黄国梁"}
    assert len(parties) == 2


def test_the_printed_traditional_form_is_a_name_of_the_entity(extractor: Extractor) -> None:
    article = Article(id="a", source="t", text=TRADITIONAL)
    mentions, relations = extractor(article)
    entities = resolve([article], mentions, relations, gazetteer=None)
    names = {e.label: {e.label, *e.alt_labels} for e in entities}
    firm = next(forms for forms in names.values() if "澳门恒达电子集团有限公司" in forms)
    assert "澳門恆達電子集團有限公司" in firm
    person = next(forms for forms in names.values() if "陈志远" in forms)
    assert "陳志遠" in person


def test_a_traditional_byline_is_read_with_its_names_as_printed() -> None:
    text = "【本報訊】（記者 鄭嘉慧）肇慶高新區管委會日前與一家港資企業簽署投資協議。"
    assert body_creators(text) == ("鄭嘉慧",)
