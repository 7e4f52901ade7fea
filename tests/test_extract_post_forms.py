"""Posts written in less common forms: acting posts, a bracketed note between a title and a name, a chain
broken by a comma, a prefecture's party committee, names with a middle dot (sentences written for these
tests)."""

from __future__ import annotations

from extracting import posts

from kg.extract import Extractor


def test_an_acting_head_of_a_zone_committee(extractor: Extractor) -> None:
    text = "株洲高新区党工委副书记、管委会代主任周立新出席开工仪式。"
    assert posts(extractor, text) == [
        ("周立新", "党工委副书记", "株洲高新技术产业开发区"),
        ("周立新", "管委会代主任", "株洲高新技术产业开发区"),
    ]


def test_an_acting_mayor_is_a_post_at_the_city_government(extractor: Extractor) -> None:
    assert posts(extractor, "芜湖市代市长柯文静出席签约仪式。") == [("柯文静", "代市长", "芜湖市人民政府")]


def test_dai_closing_a_word_is_no_acting_post(extractor: Extractor) -> None:
    text = "北京现代总经理李峰表示，新一代董事长将于明年产生。"
    assert all(not title.startswith("代") for _, title, _ in posts(extractor, text))
