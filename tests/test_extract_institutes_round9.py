"""A company's institute (X集团有限公司Y研究院, 该公司在Z设有Y研究院) is a company of its own and part of the
company — sentences written for these tests (other companies and places)."""

from __future__ import annotations

from extracting import found, pairs

from kg.extract import Extractor
from kg.model import EntityType, RelationKind

ET = EntityType
RK = RelationKind


def test_an_institute_named_after_its_groups_full_name_is_the_groups(full: Extractor) -> None:
    text = ("根据协议，福建闽江航运集团有限公司将在莆田高新区设立福建闽江航运集团有限公司智慧港口研究院，"
            "开展港口自动化研究。")
    assert "福建闽江航运集团有限公司智慧港口研究院" in found(full, text, ET.COMPANY)
    institute = ("福建闽江航运集团有限公司智慧港口研究院", "福建闽江航运集团有限公司")
    assert institute in pairs(full, text, RK.SUBORG)


def test_an_institute_the_company_of_the_sentence_before_set_up_is_its(full: Extractor) -> None:
    text = ("浙江瑞丰精工科技股份有限公司原名温州瑞丰机械有限公司，去年更名。"
            "该公司在瓯江口新区设有瑞丰精密传动研究院，拥有研发人员120余人。")
    assert "瑞丰精密传动研究院" in found(full, text, ET.COMPANY)
    assert ("瑞丰精密传动研究院", "浙江瑞丰精工科技股份有限公司") in pairs(full, text, RK.SUBORG)


def test_an_institute_a_zone_sets_up_stays_an_organisation(full: Extractor) -> None:
    text = "温州浙南科技城与浙江大学共建智能制造研究院，首期投入5000万元。"
    assert not any(name.endswith("研究院") for name in found(full, text, ET.COMPANY))


def test_an_institute_named_by_the_short_name_of_a_company_named_before_is_its(full: Extractor) -> None:
    text = "5月，宁波经开区与宁波凯越动力科技有限公司签约。凯越动力研究院同步揭牌，将开展电驱技术研发。"
    assert "凯越动力研究院" in found(full, text, ET.COMPANY)
    assert ("凯越动力研究院", "宁波凯越动力科技有限公司") in pairs(full, text, RK.SUBORG)


def test_a_universitys_institute_stays_an_organisation(full: Extractor) -> None:
    text = "浙江大学与宁波经开区共建浙大宁波研究院，首期投入5000万元。"
    assert not any(name.endswith("研究院") for name in found(full, text, ET.COMPANY))
