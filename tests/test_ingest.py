"""Reading inputs: files, folders and globs; encodings; HTML, PDF and JSON lines; bad inputs."""

from __future__ import annotations

import codecs
import json
import logging
import os
from pathlib import Path, PurePath

import pytest

from kg import ingest
from kg.ingest import decode, expand, read
from kg.model import DocKind, Document, InputError

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
STORY = ("衡山科技园引进新材料项目\n\n"
         "本报讯 近日，衡山科技园与湖南华锐新材料有限公司签订投资协议，项目总投资8亿元。\n")


def documents(items: list[Document | InputError]) -> list[Document]:
    return [x for x in items if isinstance(x, Document)]


def errors(items: list[Document | InputError]) -> list[InputError]:
    return [x for x in items if isinstance(x, InputError)]


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding",
                         ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-le", "utf-16-be"])
def test_text_is_decoded_in_every_encoding(encoding: str) -> None:
    raw = STORY.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # with a byte-order mark
        raw = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + raw
    text, _ = decode(raw)
    assert text == STORY


@pytest.mark.parametrize("short", ["高新区", "衡阳市", "签约"])
def test_a_few_gbk_characters_are_not_taken_for_big5(short: str) -> None:
    text, encoding = decode(short.encode("gbk"))
    assert (text, encoding) == (short, "gb18030")


def test_encoding_is_recorded_on_the_document(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(STORY.encode("gb18030"))
    (doc,) = documents(list(read([str(tmp_path / "a.txt")])))
    assert doc.encoding == "gb18030" and doc.text == STORY and doc.kind is DocKind.STORY


def test_example_gb18030_file_reads() -> None:
    (doc,) = documents(list(read([str(ROOT / "examples" / "wuhan-optics-gb18030.txt")])))
    assert doc.text.startswith("东湖高新区举办光谷科技创新大会")


def test_a_page_is_told_from_a_story(tmp_path: Path) -> None:
    (doc,) = documents(list(read([str(FIXTURES / "page-datelines.txt")])))
    assert doc.kind is DocKind.PAGE
    (doc,) = documents(list(read([str(FIXTURES / "story.txt")])))
    assert doc.kind is DocKind.STORY


# ---------------------------------------------------------------- formats


def test_web_page_main_text_title_and_date() -> None:
    (doc,) = documents(list(read([str(ROOT / "examples" / "hefei-ic.html")])))
    assert doc.kind is DocKind.HTML
    assert doc.title == "合肥高新区集成电路产业再添重大项目"
    assert doc.date == "2024-03-15"
    assert doc.text.startswith("本报讯（记者方雅琴）")  # the headline is not repeated in the body
    assert doc.title not in doc.text
    for boilerplate in ("首页", "新闻中心", "版权所有", "备案号"):
        assert boilerplate not in doc.text


def test_web_page_without_article_text(tmp_path: Path) -> None:
    page = "<html><body><div class='nav'><a href='/'>首页</a></div></body></html>"
    (tmp_path / "nav.html").write_text(page, encoding="utf-8")
    (err,) = errors(list(read([str(tmp_path / "nav.html")])))
    assert "no article text" in err.message


def _cjk_pdf(text: str) -> bytes:
    """A one-page PDF whose text layer is ``text`` (a CID font with a ToUnicode map, no glyphs needed)."""
    chars = sorted(set(text) - {"\n"})
    cid = {ch: i + 1 for i, ch in enumerate(chars)}
    bfchars = "\n".join(f"<{cid[ch]:04X}> <{ord(ch):04X}>" for ch in chars)
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            f"{len(chars)} beginbfchar\n{bfchars}\nendbfchar\n"
            "endcmap CMapName currentdict /CMap defineresource pop end end")
    ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
    ops += ["<" + "".join(f"{cid[ch]:04X}" for ch in line) + "> Tj T*" for line in text.split("\n")]
    content = "\n".join(ops + ["ET"])
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
        "/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        f"<< /Length {len(content.encode())} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /STSong-Light "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
        f"<< /Length {len(cmap.encode())} >>\nstream\n{cmap}\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{obj}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_pdf_text_layer(tmp_path: Path) -> None:
    text = "衡山科技园引进新材料项目\n本报讯 近日，衡山科技园与湖南华锐新材料有限公司签约，总投资8亿元。"
    (tmp_path / "a.pdf").write_bytes(_cjk_pdf(text))
    (doc,) = documents(list(read([str(tmp_path / "a.pdf")])))
    assert doc.kind is DocKind.PDF
    assert doc.text.strip() == text


def test_broken_pdf(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(_cjk_pdf("衡山科技园")[:60])
    (err,) = errors(list(read([str(tmp_path / "a.pdf")])))
    assert err.source.endswith("a.pdf") and "PDF" in err.message


def test_json_lines_good_and_bad_lines(tmp_path: Path) -> None:
    good = {"text": "本报讯 近日，衡山科技园签约。", "title": "衡山科技园签约", "date": "2024-05-01",
            "url": "https://news.example.cn/1", "source": "示例日报"}
    lines = [json.dumps(good, ensure_ascii=False), "{not json", "", json.dumps({"title": "无正文"}),
             json.dumps(["a"]), json.dumps({"text": "第二篇：某高新区召开会议。"}, ensure_ascii=False)]
    (tmp_path / "w.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read([str(tmp_path / "w.jsonl")]))
    docs, errs = documents(items), errors(items)
    assert [(d.line, d.title, d.date, d.url, d.outlet) for d in docs] == [
        (1, "衡山科技园签约", "2024-05-01", "https://news.example.cn/1", "示例日报"),
        (6, None, None, None, None)]
    assert [e.line for e in errs] == [2, 4, 5]
    assert "not valid JSON" in errs[0].message and '"text"' in errs[1].message
    assert str(errs[0]).startswith("kg: error: w.jsonl:2: ")


# ---------------------------------------------------------------- bad inputs


def test_missing_file_names_the_file() -> None:
    (err,) = list(read(["no/such/file.txt"]))
    assert isinstance(err, InputError) and err.source == "no/such/file.txt" and "no such file" in err.message


@pytest.mark.parametrize(("content", "words"), [
    (b"", "empty"),
    (b"  \n\n\t \n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    (b"\x80\x80\xff\xfe\x80" * 3 + b"abc", "not valid"),
])
def test_bad_text_files(tmp_path: Path, content: bytes, words: str) -> None:
    (tmp_path / "bad.txt").write_bytes(content)
    (err,) = list(read([str(tmp_path / "bad.txt")]))
    assert isinstance(err, InputError) and err.source == "bad.txt" and words in err.message


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(STORY, encoding="utf-8")
    path.chmod(0)
    if os.access(path, os.R_OK):  # running as root: permissions do not stop us, so simulate them
        def deny(file: Path) -> bytes:
            raise PermissionError(13, "Permission denied", str(file))
        monkeypatch.setattr(ingest, "_read_bytes", deny)
    try:
        (err,) = list(read([str(path)]))
    finally:
        path.chmod(0o644)
    assert isinstance(err, InputError) and "permission denied" in err.message


def test_read_bytes_reads_whole_files_and_raises_what_path_read_bytes_raises(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(bytes(range(256)) * 9000)  # more than one read's worth
    assert ingest._read_bytes(big) == big.read_bytes()
    empty = tmp_path / "empty.txt"
    empty.touch()
    assert ingest._read_bytes(empty) == b""
    for missing in (tmp_path, tmp_path / "missing.txt"):
        with pytest.raises(OSError) as expected:
            missing.read_bytes()
        with pytest.raises(type(expected.value)) as raised:
            ingest._read_bytes(missing)
        assert raised.value.strerror == expected.value.strerror


def test_other_inputs_still_build_around_a_bad_one(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 50)
    items = list(read([str(tmp_path)]))
    assert [d.source for d in documents(items)] == [f"{tmp_path.name}/good.txt"]
    assert [e.source for e in errors(items)] == [f"{tmp_path.name}/bad.txt"]


# ---------------------------------------------------------------- files, folders, globs


def _tree(root: Path) -> None:
    (root / "news" / "sub").mkdir(parents=True)
    (root / "news" / "a.txt").write_text(STORY, encoding="utf-8")
    (root / "news" / "sub" / "b.txt").write_text(STORY, encoding="utf-8")
    (root / "news" / "sub" / "c.jsonl").write_text(json.dumps({"text": "正文。"}, ensure_ascii=False),
                                                   encoding="utf-8")
    (root / "news" / ".hidden.txt").write_text(STORY, encoding="utf-8")
    (root / "news" / ".git").mkdir()
    (root / "news" / ".git" / "x.txt").write_text(STORY, encoding="utf-8")
    (root / "news" / "photo.jpg").write_bytes(b"\xff\xd8\xff")


def test_folders_are_read_recursively_skipping_hidden_and_unknown(tmp_path: Path,
                                                                  caplog: pytest.LogCaptureFixture) -> None:
    _tree(tmp_path)
    with caplog.at_level(logging.INFO, logger="kg.ingest"):
        files, errs = expand([str(tmp_path / "news")])
    assert errs == []
    assert [name for _, name in files] == ["news/a.txt", "news/sub/b.txt", "news/sub/c.jsonl"]
    assert "photo.jpg" in caplog.text and ".hidden.txt" in caplog.text


def test_names_are_the_same_from_any_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    relative = [name for _, name in expand(["news"])[0]]
    monkeypatch.chdir(tmp_path / "news" / "sub")
    absolute = [name for _, name in expand([str(tmp_path / "news")])[0]]
    assert relative == absolute == ["news/a.txt", "news/sub/b.txt", "news/sub/c.jsonl"]


def test_globs_files_and_folders_mix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    files, errs = expand(["news/*.txt", "news/sub", "news/a.txt", "missing/*.txt"])
    assert [name for _, name in files] == ["news/a.txt", "news/sub/b.txt", "news/sub/c.jsonl"]
    assert [e.source for e in errs] == ["missing/*.txt"]
    files, _ = expand(["news/**/*.txt"])
    assert [name for _, name in files] == ["news/a.txt", "news/sub/b.txt"]


def test_a_file_reached_twice_is_read_once(tmp_path: Path) -> None:
    story = tmp_path / "news" / "a.txt"
    story.parent.mkdir()
    story.write_text("青岚高新区召开项目推进会。", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(story)
    (tmp_path / "news" / "b.txt").write_text("白沙经开区签约新项目。", encoding="utf-8")
    again = tmp_path / "news" / ".." / "news" / "a.txt"
    files, errors = expand([str(tmp_path / "news"), str(story), str(again), str(tmp_path / "link.txt")])
    assert errors == []
    assert [path.name for path, _ in files] == ["a.txt", "b.txt"]


def test_a_folder_is_walked_in_path_order_like_rglob(tmp_path: Path) -> None:
    """``_walk`` lists what ``sorted(folder.rglob("*"))`` lists, in that order (parts compared one by one:
    ``a/b.txt`` before ``a-b.txt``), links to folders not entered, broken links and hidden paths skipped."""
    for rel in ("a/b.txt", "a-b.txt", "a/.hid/c.txt", ".h.txt", "z/y/x.html", "a/B.TXT", "n.doc",
                "d.txt/e.txt", "sub dir/f.jsonl"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    (tmp_path / "link-to-z").symlink_to(tmp_path / "z")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a-b.txt")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "missing")
    expected = [(path, f"in/{path.relative_to(tmp_path)}") for path in sorted(tmp_path.rglob("*"))
                if not ingest._is_hidden(path.relative_to(tmp_path)) and path.is_file()
                and path.suffix.lower() in ingest.READERS]
    walked = list(ingest._walk(tmp_path, PurePath("in")))
    assert [(path, name) for path, name, _ in walked] == expected
    # each with the identity of the file it reaches (a link: its target's), from the one stat made
    assert [key for _, _, key in walked] == [(os.stat(p).st_dev, os.stat(p).st_ino) for p, _ in expected]
    assert [name for _, name, _ in walked] == ["in/a/B.TXT", "in/a/b.txt", "in/a-b.txt", "in/d.txt/e.txt",
                                            "in/link.txt", "in/sub dir/f.jsonl", "in/z/y/x.html"]
