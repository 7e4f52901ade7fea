"""Synthetic graphs in the contract's shape, for the explorer's tests and benchmark.

Every name is made up from small pools of characters; nothing comes from a real article.
``synthetic_graph(nodes=5000)`` gives roughly that many entity nodes, with posts, projects,
agreements, policies, industries, areas, articles and an evidence node for every relation triple.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, SKOS, XSD

from kg.graph import SCHEMA, new_graph
from kg.iri import mint
from kg.namespace import HK

XSS_NAME = "<img src=x onerror=alert(1)>"
XSS_TITLE = "</script><script>alert(2)</script>标题"

PROVINCES = ("江南省", "河西省", "岭东省", "云北省", "海川省", "天澜省")
CITY_HEADS = "青白金云星汉澜锦泽祥瑞丰安宁禾嘉松柏明远"
CITY_TAILS = "州阳川源城江山宁平"
WORDS = ("星辰", "华拓", "瑞达", "中科", "智联", "恒新", "博远", "天工", "云启", "芯源", "光合", "海纳",
         "鼎盛", "启明", "汇智", "卓越", "长风", "金石", "蓝海", "聚能", "微光", "远航", "极客", "慧眼")
COMPANY_TAILS = ("科技有限公司", "集团有限公司", "电子股份有限公司", "新材料有限公司", "生物医药有限公司")
INDUSTRIES = ("新一代信息技术", "新材料", "生物医药", "高端装备制造", "新能源汽车", "集成电路", "人工智能",
              "光电子", "现代服务业", "节能环保", "航空航天", "智能网联汽车", "软件和信息服务", "精细化工",
              "医疗器械", "工业互联网", "储能", "氢能", "先进计算", "数字创意")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰文辉建国志红"
ZONE_TITLES = ("党工委书记", "管委会主任", "管委会副主任", "党工委副书记")
BODY_TITLES = ("局长", "副局长", "主任", "副主任")
COMPANY_TITLES = ("董事长", "总经理", "副总裁")
PROJECT_TAILS = ("产业园项目", "生产基地项目", "研发中心项目")
BODIES = ("发展和改革委员会", "科学技术局", "工业和信息化局", "商务局", "财政局")


@dataclass
class _Builder:
    rng: random.Random
    graph: Graph = field(default_factory=new_graph)
    articles: list[URIRef] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    count: int = 0

    def entity(self, cls: URIRef, name: str, *, alt: tuple[str, ...] = ()) -> URIRef:
        node = mint(cls.split("#")[-1], name)
        self.graph.add((node, RDF.type, cls))
        self.graph.add((node, RDFS.label, Literal(name, lang="zh")))
        for other in alt:
            self.graph.add((node, SKOS.altLabel, Literal(other, lang="zh")))
        if cls == HK.Industry:
            self.graph.add((node, RDF.type, SKOS.Concept))
        self.graph.add((node, HK.mentionedIn, self.article()))
        self.count += 1
        return node

    def article(self) -> URIRef:
        return self.rng.choice(self.articles)

    def fact(self, s: URIRef, p: URIRef, o: URIRef, sentence: str) -> None:
        self.graph.add((s, p, o))
        article = self.article()
        ev = mint("evidence", f"{s}|{p}|{o}")
        g = self.graph
        g.add((ev, RDF.type, HK.Evidence))
        g.add((ev, RDF.subject, s))
        g.add((ev, RDF.predicate, p))
        g.add((ev, RDF.object, o))
        g.add((ev, PROV.wasDerivedFrom, article))
        g.add((ev, HK.evidenceText, Literal(sentence, lang="zh")))
        g.add((ev, HK.startOffset, Literal(0)))
        g.add((ev, HK.endOffset, Literal(len(sentence))))
        for node in (s, o):
            g.add((node, HK.mentionedIn, article))

    def unique(self, make) -> str:
        name = make()
        for attempt in range(2, 10_000):
            if name not in self.used:
                break
            name = f"{make()}{attempt}" if attempt > 20 else make()
        self.used.add(name)
        return name


def _label(graph: Graph, node: URIRef) -> str:
    return str(graph.value(node, RDFS.label))


def synthetic_graph(nodes: int = 200, *, seed: int = 7, xss: bool = False) -> Graph:
    """A graph with about ``nodes`` entity nodes (not counting articles, posts or evidence)."""
    rng = random.Random(seed)
    b = _Builder(rng)
    g = b.graph
    n_articles = max(3, nodes // 25)
    for i in range(n_articles):
        art = mint("article", f"synthetic-{seed}-{i}")
        g.add((art, RDF.type, HK.Article))
        title = XSS_TITLE if xss and i == 0 else f"第{i + 1}期：园区观察{i + 1}"
        g.add((art, DCTERMS.title, Literal(title, lang="zh")))
        g.add((art, DCTERMS.creator, Literal("本报记者", lang="zh")))
        g.add((art, SCHEMA.articleBody, Literal(f"园区观察第{i + 1}期正文。", lang="zh")))
        g.add((art, DCTERMS.date, Literal(f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", datatype=XSD.date)))
        g.add((art, HK.sourceFile, Literal(f"synthetic/{i:04d}.txt")))
        b.articles.append(art)

    industries = [b.entity(HK.Industry, name) for name in INDUSTRIES]
    provinces = [b.entity(HK.AdministrativeArea, name, alt=(name[:-1],)) for name in PROVINCES]
    # Per zone: ~1 city share, 3 people, 6 companies, 2 projects, 1 agreement, 1 body, 1 policy.
    n_zones = max(2, nodes // 17)
    cities: list[URIRef] = []
    for _ in range(max(2, n_zones // 3)):
        name = b.unique(lambda: rng.choice(CITY_HEADS) + rng.choice(CITY_HEADS) + rng.choice(CITY_TAILS))
        city = b.entity(HK.AdministrativeArea, name + "市", alt=(name,))
        b.fact(city, HK.locatedIn, rng.choice(provinces), f"{name}市位于本省。")
        cities.append(city)

    def person() -> URIRef:
        name = b.unique(lambda: rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN))
        return b.entity(HK.Person, name)

    def post(who: URIRef, where: URIRef, title: str) -> None:
        key = f"{who}|{where}|{title}"
        node = mint("post", key)
        role = mint("role", title)
        g.add((node, RDF.type, ORG.Post))
        g.add((role, RDF.type, ORG.Role))
        g.add((role, RDFS.label, Literal(title, lang="zh")))
        g.add((node, ORG.role, role))
        g.add((node, PROV.wasDerivedFrom, b.article()))
        sentence = f"{_label(g, where)}{title}{_label(g, who)}出席活动。"
        b.fact(who, ORG.holds, node, sentence)
        b.fact(node, ORG.postIn, where, sentence)

    bodies: list[URIRef] = []
    zone_list: list[URIRef] = []
    for z in range(n_zones):
        city = cities[z % len(cities)]
        city_name = _label(g, city)[:-1]
        short = b.unique(lambda: city_name + rng.choice(("高新区", "经开区", "新区", "科学城", "综保区")))
        zone = b.entity(HK.Zone, f"{city_name}市{short[len(city_name):]}" if rng.random() < 0.3 else short,
                        alt=(short,) if rng.random() < 0.3 else ())
        zone_list.append(zone)
        zname = _label(g, zone)
        b.fact(zone, HK.locatedIn, city, f"{zname}地处{city_name}。")
        for industry in rng.sample(industries, 3):
            pred = HK.leadingIndustry if rng.random() < 0.5 else HK.developsIndustry
            b.fact(zone, pred, industry, f"{zname}重点发展{_label(g, industry)}产业。")
        for title in rng.sample(ZONE_TITLES, 2):
            post(person(), zone, title)
        body = b.entity(HK.GovernmentBody, b.unique(lambda: city_name + "市" + rng.choice(BODIES)))
        bodies.append(body)
        post(person(), body, rng.choice(BODY_TITLES))
        companies = []
        for c in range(6):
            name = b.unique(lambda: rng.choice(WORDS) + rng.choice(WORDS) + rng.choice(COMPANY_TAILS))
            if xss and z == 0 and c == 0:
                name = XSS_NAME
            company = b.entity(HK.Company, name, alt=(name[:4],) if rng.random() < 0.4 else ())
            companies.append(company)
        post(person(), companies[0], rng.choice(COMPANY_TITLES))
        parent = companies[1]
        child = companies[2]
        b.fact(child, ORG.subOrganizationOf, parent, f"{_label(g, child)}隶属{_label(g, parent)}。")
        for p in range(2):
            name = b.unique(lambda: rng.choice(WORDS) + rng.choice(WORDS) + rng.choice(PROJECT_TAILS))
            project = b.entity(HK.Project, name)
            amount = str(rng.randint(1, 500) * 10**8)
            g.add((project, HK.investmentCNY, Literal(amount, datatype=XSD.decimal)))
            g.add((project, PROV.wasDerivedFrom, b.article()))
            investor = companies[3 + p]
            b.fact(project, HK.investor, investor, f"{_label(g, investor)}投资建设{_label(g, project)}。")
            b.fact(project, HK.locatedIn, zone, f"{_label(g, project)}落户{zname}。")
        agreement = mint("agreement", f"{zname}|{_label(g, companies[5])}")
        g.add((agreement, RDF.type, HK.Agreement))
        g.add((agreement, RDFS.label, Literal(f"{zname}与{_label(g, companies[5])}合作协议", lang="zh")))
        g.add((agreement, PROV.wasDerivedFrom, b.article()))
        g.add((agreement, HK.mentionedIn, b.article()))
        b.count += 1
        sentence = f"{zname}与{_label(g, companies[5])}签署合作协议。"
        b.fact(agreement, HK.party, zone, sentence)
        b.fact(agreement, HK.party, companies[5], sentence)
        signer = person()
        b.fact(agreement, HK.signatory, signer, sentence)
        if z % 2 == 0:
            name = b.unique(lambda: f"关于支持{rng.choice(WORDS)}{rng.choice(WORDS)}发展的实施方案")
            policy = b.entity(HK.Policy, name)
            b.fact(policy, HK.issuedBy, rng.choice(bodies), f"{_label(g, policy)}由有关部门印发。")
            for other in rng.sample(zone_list, min(3, len(zone_list))):
                b.fact(other, HK.participatesIn, policy, f"{_label(g, other)}入选{_label(g, policy)}。")
        if z % 8 == 7:
            name = b.unique(lambda: f"第{rng.randint(1, 20)}届{rng.choice(WORDS)}创新大会")
            event = b.entity(HK.Event, name)
            b.fact(event, HK.locatedIn, zone, f"{_label(g, event)}在{zname}举行。")
        if z % 5 == 4 and len(zone_list) > 1:
            b.fact(zone, HK.partOf, zone_list[z - 1], f"{zname}是{_label(g, zone_list[z - 1])}的园中园。")
    return g


ENTITY_CLASSES = frozenset({HK.Zone, HK.Company, HK.GovernmentBody, HK.Organization, HK.Person, HK.Industry,
                            HK.Policy, HK.Project, HK.Agreement, HK.Event, HK.AdministrativeArea})


def entities(graph: Graph) -> set[URIRef]:
    """Resources typed with a contract class other than hk:Article or hk:Evidence."""
    return {s for s, o in graph.subject_objects(RDF.type) if o in ENTITY_CLASSES}


def entity_count(graph: Graph) -> int:
    return len(entities(graph))
