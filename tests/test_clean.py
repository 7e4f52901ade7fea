"""Joining OCR'd printed lines back into paragraphs, with an offset map into the source."""

from __future__ import annotations

from clean_reference import from_offsets

from kg.clean import (
    Piece,
    clean,
    clean_lines,
    concat,
    ends_paragraph,
    ends_sentence,
    is_hard_wrapped,
    join,
    paragraphs,
    source_lines,
)
from kg.model import Article

# A column of about 16 characters, a blank line between printed lines, names and words split.
PAGE = (
    "近日，西宁经开区管委会副主任孙国\n\n"
    "栋在锂电产业推进会上表示，西宁经\n\n"
    "开区将全力做好项目服务保障。\n\n"
    "据了解，青海锂源新能源科技有限公司\n\n"
    "锂电池正极材料项目总投资 12 亿元，\n\n"
    "计划 2025 年建成投产，引进 Smart\n\n"
    "Factory 系统。\n"
)


def assert_offsets_point_at_source(piece: Piece, source: str) -> None:
    assert len(piece.offsets) == len(piece.text)
    for char, offset in zip(piece.text, piece.offsets, strict=True):
        if char not in "\n ":
            assert source[offset] == char


def test_names_and_words_split_over_lines_are_joined() -> None:
    text = clean(PAGE).text
    assert "副主任孙国栋在锂电产业推进会上表示" in text
    assert "西宁经开区将全力做好项目服务保障。" in text
    assert "\n\n" not in text


def test_short_line_ending_a_sentence_ends_the_paragraph() -> None:
    text = clean(PAGE).text
    assert text.split("\n")[0] == ("近日，西宁经开区管委会副主任孙国栋在锂电产业推进会上表示，"
                                   "西宁经开区将全力做好项目服务保障。")
    assert text.split("\n")[1].startswith("据了解，青海锂源")
    assert len(text.split("\n")) == 2


def test_spaces_between_cjk_and_digits_go_latin_words_keep_theirs() -> None:
    text = clean(PAGE).text
    assert "总投资12亿元" in text
    assert "计划2025年建成投产" in text
    assert "Smart Factory" in text  # joined over a line break, the space between the words kept


def test_offsets_map_back_to_the_source() -> None:
    piece = clean(PAGE)
    assert_offsets_point_at_source(piece, PAGE)
    start = piece.text.index("孙国栋")
    assert PAGE[piece.offsets[start]: piece.offsets[start] + 2] == "孙国"
    assert PAGE[piece.offsets[start + 2]] == "栋"
    article = Article(id="x", source="p.txt", text=piece.text, spans=piece.spans)
    assert article.source_offset(start + 2) == PAGE.index("栋在锂电")


def test_from_offsets_compresses_runs_into_spans() -> None:
    piece = from_offsets("abcde", [10, 11, 12, 20, 21])
    assert [(s.start, s.source_start, s.length) for s in piece.spans] == [(0, 10, 3), (3, 20, 2)]
    assert piece.offsets == (10, 11, 12, 20, 21)


def test_concat_puts_a_line_break_between_paragraphs() -> None:
    lines = source_lines("甲乙丙。\n\n丁戊己。\n")
    piece = concat([join([lines[0]]), join([lines[1]])])
    assert piece.text == "甲乙丙。\n丁戊己。"
    assert_offsets_point_at_source(piece, "甲乙丙。\n\n丁戊己。\n")


def test_source_lines_record_offsets_numbers_and_blank_lines() -> None:
    lines = source_lines("  标题行\n\n正文第一行\n正文第二行\n")
    assert [(x.text, x.number, x.blank_before) for x in lines] == [
        ("标题行", 1, False), ("正文第一行", 3, True), ("正文第二行", 4, False)]
    assert lines[0].start == 2


def test_paragraph_end_needs_both_a_short_line_and_sentence_punctuation() -> None:
    full, short, open_short = source_lines("一二三四五六七八九十一二三四五。\n一二三四。\n一二三四\n")
    assert not ends_paragraph(full, 32)
    assert ends_paragraph(short, 32)
    assert not ends_paragraph(open_short, 32)
    assert ends_sentence("他说：“很好。”") and not ends_sentence("他说：“很好")


def test_a_full_line_ending_with_a_full_stop_does_not_split_a_paragraph() -> None:
    text = "一二三四五六七八九十一二三四。\n\n十九二十一二三四五六七八九十\n\n一二三。\n"
    assert len(paragraphs(source_lines(text))) == 1


def test_hard_wrapped_pages_are_told_from_stories() -> None:
    assert is_hard_wrapped(source_lines(PAGE))
    paragraph = "近日，西宁经开区与青海锂源新能源科技有限公司签订投资协议，总投资12亿元。\n\n"
    story = "西宁经开区锂电产业再添新项目\n\n" + paragraph * 4
    assert not is_hard_wrapped(source_lines(story))


def test_a_story_listing_zones_one_a_line_is_not_hard_wrapped() -> None:
    # short lines that end no sentence, but between paragraphs far longer than them: a list, not a column
    story = ("近日，四川省科学技术厅印发通知，确定首批科技金融对接试点国家高新区，共10家园区入选，分别是：\n"
             "绵阳高新区\n四川自贡高新技术产业开发区\n乐山高新区\n四川泸州高新技术产业开发区\n"
             "德阳高新区\n内江高新区\n宜宾高新区\n四川遂宁高新技术产业开发区\n眉山高新区\n南充高新区\n"
             "试点园区要在两年内建成科技金融服务平台，并与合作银行推出专属信贷产品，支持科技型中小企业发展。\n")
    assert not is_hard_wrapped(source_lines(story))
    assert clean_lines(source_lines(story)).text.count("\n") == 11
