"""The ``hk:`` namespace: a closed set of terms, so a typo is an AttributeError, not a new IRI.

Generated from ``ontology/hitech-kg.ttl`` by ``scripts/sync_ontology.py`` (rdflib's
``defined_namespace_creator`` lists the terms); do not edit by hand. ``tests/test_namespace.py``
checks the two agree.
"""
# ruff: noqa: N815  (the attribute names are the ontology's camelCase terms)

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class HK(DefinedNamespace):
    """hitech-kg ontology <https://w3id.org/hitech-kg/ontology>"""

    _fail = True

    # classes
    AdministrativeArea: URIRef  # 行政区 / Administrative area
    Agreement: URIRef  # 协议 / Agreement
    Article: URIRef  # 文章 / Article
    BondedZone: URIRef  # 综合保税区 / Bonded zone
    Company: URIRef  # 企业 / Company
    DemonstrationZone: URIRef  # 示范区 / Demonstration zone
    DevelopmentZone: URIRef  # 开发区 / Development zone
    Event: URIRef  # 活动 / Event
    Evidence: URIRef  # 证据 / Evidence
    FreeTradeZone: URIRef  # 自贸区 / Free trade zone
    GovernmentBody: URIRef  # 政府机构 / Government body
    HighTechZone: URIRef  # 高新区 / High-tech zone
    Industry: URIRef  # 产业 / Industry
    NewArea: URIRef  # 新区 / New area
    Organization: URIRef  # 组织 / Organization
    Park: URIRef  # 产业园 / Park
    Person: URIRef  # 人物 / Person
    Policy: URIRef  # 政策 / Policy
    Project: URIRef  # 项目 / Project
    Zone: URIRef  # 园区 / Zone

    # properties
    developsIndustry: URIRef  # 发展产业 / develops industry
    endOffset: URIRef  # 结束位置 / end offset
    evidenceText: URIRef  # 证据句 / evidence text
    investmentCNY: URIRef  # 投资额（元） / investment (CNY)
    investor: URIRef  # 投资方 / investor
    issuedBy: URIRef  # 发布机构 / issued by
    leadingIndustry: URIRef  # 主导产业 / leading industry
    locatedIn: URIRef  # 位于 / located in
    mentionedIn: URIRef  # 提及于 / mentioned in
    partOf: URIRef  # 隶属园区 / part of
    participatesIn: URIRef  # 入选 / participates in
    party: URIRef  # 签约方 / party
    signatory: URIRef  # 签署人 / signatory
    sourceFile: URIRef  # 来源文件 / source file
    sourceLine: URIRef  # 来源行号 / source line
    startOffset: URIRef  # 起始位置 / start offset

    _NS = Namespace("https://w3id.org/hitech-kg/ontology#")
