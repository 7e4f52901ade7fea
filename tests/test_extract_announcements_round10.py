"""A listed company's announcement, people and titles, agreements and amounts as real news writes them
(the holdout10 round; sentences written for these tests, with other places, companies and people)."""

from __future__ import annotations

import pytest
from extracting import found, pairs

from kg.extract import Extractor
from kg.extract.amounts import to_yuan
from kg.model import DocKind, Document, EntityType, RelationKind
from kg.segment import split

ET = EntityType
RK = RelationKind

ANNOUNCEMENT = (
    "为进一步完善公司在锂电材料领域的布局，江西赣锋新材料股份有限公司（以下简称“公司”）与南昌高新技术产业开发区"
    "管理委员会签订了投资协议。本次协议不代表公司对未来业绩的预测，不存在损害公司及股东利益的情形，有利于公司"
    "长远发展。"
)


# ---------------------------------------------------------------------------------- the announcement

def test_gong_si_after_a_verb_is_the_company_itself_not_a_name(full: Extractor) -> None:
    companies = found(full, ANNOUNCEMENT, ET.COMPANY)
    assert "江西赣锋新材料股份有限公司" in companies
    assert not [c for c in companies if c.endswith("公司") and c != "公司" and "赣锋" not in c]
    (agreement,) = pairs(full, ANNOUNCEMENT, RK.AGREEMENT)
    assert len(agreement) == 3  # the agreement and its two parties, no third made of 进一步完善公司


@pytest.mark.parametrize("text", [
    "1．项目名称：年产10万吨锂电隔膜项目（以下简称“本项目”）。",
    "甲方负责协调项目用地、供水等要素保障。",
    "项目实施尚需办理项目备案、环评等前置手续。",
])
def test_a_declared_or_common_xiang_mu_is_no_project(full: Extractor, text: str) -> None:
    projects = found(full, text, ET.PROJECT)
    assert not [p for p in projects if p in ("本项目",) or "甲方" in p or "办理" in p or "协调" in p]


def test_an_announcements_title_is_under_its_securities_header() -> None:
    text = ("证券代码：300123　　证券简称：赣锋新材　　公告编号：2023-052\n\n"
            "江西赣锋新材料股份有限公司\n关于签订项目投资协议的公告\n\n"
            "本公司及董事会全体成员保证信息披露的内容真实、准确和完整。\n"
            "公司与南昌高新区管委会签订了投资协议。\n特此公告。\n")
    (article,) = split(Document(source="notice.txt", kind=DocKind.STORY, text=text))
    assert article.title == "江西赣锋新材料股份有限公司关于签订项目投资协议的公告"
    assert article.text.startswith("本公司及董事会")


# ---------------------------------------------------------------------------------- amounts

@pytest.mark.parametrize(("text", "yuan"), [
    ("注册资本6千万元", "60000000"),
    ("投资3百万元", "3000000"),
    ("总投资七亿三千万元", "730000000"),
])
def test_qian_wan_is_one_unit(text: str, yuan: str) -> None:
    assert to_yuan(text) == yuan
