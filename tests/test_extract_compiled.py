"""Patterns read back from the compile cache are the patterns ``re.compile`` makes."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from kg import compiled as patterns_cache
from kg import gazetteer as gazetteer_module
from kg.extract import compiled
from kg.extract.lexicon import Lexicon, trie_pattern

SOURCES = {
    "zone": (rf"(?P<place>{trie_pattern(['西安', '西咸', '宝鸡', '榆林'], lead=True)})"
             r"(?:国家)?(?P<suffix>高新区|经开区)"),
    "named": r"(?P<a>[甲乙])(?P<b>丙)?|(?<=签订)协议",
    "plain": "有限公司|集团",
}
TEXT = "西安高新区与宝鸡国家经开区签订协议，榆林高新区、西咸新区、甲丙公司、乙方，某某有限公司和某集团。"


def shape(pattern: re.Pattern[str]) -> tuple:
    return (pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex),
            [(m.span(), m.groups()) for m in pattern.finditer(TEXT)])


def test_compiled_and_cached_patterns_equal_re_compile(tmp_path: Path) -> None:
    expected = {key: shape(re.compile(source)) for key, source in SOURCES.items()}
    first = compiled.compile_all(SOURCES, tmp_path)  # compiles and writes the cache
    assert list(tmp_path.glob("patterns-*.marshal"))
    second = compiled.compile_all(SOURCES, tmp_path)  # reads it
    assert {key: shape(p) for key, p in first.items()} == expected
    assert {key: shape(p) for key, p in second.items()} == expected
    assert expected["zone"][4], "the sample text must hold matches"


def test_a_cached_pattern_is_read_not_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compiled.compile_all(SOURCES, tmp_path)

    def no_compiling(source: str) -> patterns_cache.Compiled:
        raise AssertionError("compiled again although cached")
    monkeypatch.setattr(compiled, "_parts", no_compiling)
    assert shape(compiled.compile_all(SOURCES, tmp_path)["named"]) == shape(re.compile(SOURCES["named"]))


def test_other_patterns_get_their_own_cache(tmp_path: Path) -> None:
    compiled.compile_all(SOURCES, tmp_path)
    changed = {**SOURCES, "plain": "股份有限公司"}
    assert compiled.compile_all(changed, tmp_path)["plain"].pattern == "股份有限公司"
    assert len(list(tmp_path.glob("patterns-*.marshal"))) == 2


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", None])
def test_a_broken_cache_falls_back_and_is_written_anew(tmp_path: Path, damage: bytes | None) -> None:
    compiled.compile_all(SOURCES, tmp_path)
    (path,) = tmp_path.glob("patterns-*.marshal")
    if damage is None:  # valid marshal data of the wrong shape
        damage = marshal.dumps({"zone": ("x", 0, [1, 2, 3], 0, {}, (None,))})
    path.write_bytes(damage)
    patterns = compiled.compile_all(SOURCES, tmp_path)
    expected = {key: shape(re.compile(source)) for key, source in SOURCES.items()}
    assert {key: shape(p) for key, p in patterns.items()} == expected
    assert compiled._read(path, SOURCES) is not None  # rewritten whole


def test_no_folder_means_no_cache(tmp_path: Path) -> None:
    patterns = compiled.compile_all(SOURCES, None)
    assert shape(patterns["zone"]) == shape(re.compile(SOURCES["zone"]))
    assert not list(tmp_path.iterdir())


def test_an_unwritable_folder_still_compiles(tmp_path: Path) -> None:
    missing = tmp_path / "gone"  # the cache cannot be written into a folder that does not exist
    assert shape(compiled.compile_all(SOURCES, missing)["plain"]) == shape(re.compile(SOURCES["plain"]))


def test_the_lexicon_from_the_cache_equals_the_compiled_one(tmp_path: Path) -> None:
    gaz = gazetteer_module.default()
    plain = Lexicon.load(gazetteer=gaz)
    Lexicon.load(gazetteer=gaz, cache=tmp_path)
    cached = Lexicon.load(gazetteer=gaz, cache=tmp_path)
    assert plain.patterns.keys() == cached.patterns.keys()
    for key, pattern in plain.patterns.items():
        again = cached.patterns[key]
        assert (again.pattern, again.flags, again.groups, again.groupindex) == (
            pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex), key
    text = ("陕西省科技厅、西安市发展和改革委员会与西安高新区、宝鸡高新区签订战略合作协议，"
            "发展光子和集成电路产业。")
    for key, pattern in plain.patterns.items():
        found = [m.span() for m in cached.patterns[key].finditer(text)]
        assert found == [m.span() for m in pattern.finditer(text)], key


def test_an_re_built_otherwise_falls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def other_signature(parts: tuple) -> re.Pattern[str]:
        raise TypeError("compile() takes 7 arguments")
    monkeypatch.setattr(compiled, "_sre_compile", other_signature)
    patterns = compiled.compile_all(SOURCES, tmp_path)
    expected = {key: shape(re.compile(source)) for key, source in SOURCES.items()}
    assert {key: shape(p) for key, p in patterns.items()} == expected
    assert not list(tmp_path.glob("patterns-*.marshal"))  # nothing cached that could not be read back


def test_tries_come_back_from_their_cache_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A second load (in a new process: nothing memoised) reads every trie from the file the first wrote;
    a damaged file means the tries are built again, the same."""
    from kg.extract import lexicon

    gaz = gazetteer_module.default()
    first = Lexicon.load(gazetteer=gaz, cache=tmp_path)
    expected = {key: pattern.pattern for key, pattern in first.patterns.items()}
    (path,) = tmp_path.glob("tries-*.marshal")

    def no_building(unique: tuple[str, ...], *, lead: bool) -> str:
        raise AssertionError("built again although cached")
    monkeypatch.setattr(lexicon, "_TRIES", {})
    monkeypatch.setattr(lexicon, "_trie_pattern", no_building)
    second = Lexicon.load(gazetteer=gaz, cache=tmp_path)
    assert {key: pattern.pattern for key, pattern in second.patterns.items()} == expected
    assert second.anchors == first.anchors and second.gates.keys() == first.gates.keys()
    monkeypatch.undo()
    monkeypatch.setattr(lexicon, "_TRIES", {})
    path.write_bytes(b"not marshal")
    third = Lexicon.load(gazetteer=gaz, cache=tmp_path)
    assert {key: pattern.pattern for key, pattern in third.patterns.items()} == expected
    assert marshal.loads(path.read_bytes())  # written anew


def test_a_changed_word_list_gets_its_own_trie() -> None:
    assert trie_pattern(["高新区", "经开区"]) != trie_pattern(["高新区", "经开区", "新区"])
    assert trie_pattern(["经开区", "高新区", "高新区", ""]) == trie_pattern(["高新区", "经开区"])
    assert re.fullmatch(trie_pattern(["高新区", "新区"]), "新区")


def test_two_lexicons_loaded_in_turn_keep_each_others_tries(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.extract import lexicon

    gaz = gazetteer_module.default()
    other = tmp_path / "lexicon.toml"  # the same lists, but one more park suffix
    text = lexicon.DATA.read_text(encoding="utf-8")
    assert "\npark_suffixes = [" in text
    more = text.replace("\npark_suffixes = [", '\npark_suffixes = ["甲乙丙园", ', 1)
    other.write_text(more, encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    first = Lexicon.load(gazetteer=gaz, cache=cache)
    second = Lexicon.load(gazetteer=gaz, path=other, cache=cache)
    assert first.patterns["park"].pattern != second.patterns["park"].pattern

    def no_building(unique: tuple[str, ...], *, lead: bool) -> str:
        raise AssertionError("built again although cached")
    monkeypatch.setattr(lexicon, "_TRIES", {})  # a new process: only the file
    monkeypatch.setattr(lexicon, "_trie_pattern", no_building)
    assert Lexicon.load(gazetteer=gaz, cache=cache).patterns["park"].pattern == first.patterns["park"].pattern
    again = Lexicon.load(gazetteer=gaz, path=other, cache=cache)
    assert again.patterns["park"].pattern == second.patterns["park"].pattern


REGEXES = (
    (r"(?P<zone>[\u4e00-\u9fff]{2,8}?)(?:高新区|经开区)", 0),
    (r"^(?:本报讯|新华社)[\u4e00-\u9fff]*", re.MULTILINE),
    (r"[（(](?:以下简称|简称)[“\"]?(?P<alias>[\u4e00-\u9fffA-Za-z0-9]{2,12})", 0),
)
REGEX_TEXT = "本报讯 西安高新区与宝鸡经开区（以下简称“宝鸡经开”）签约。\n新华社电 榆林高新区开工。"


@pytest.fixture
def fresh_regexes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``regex``'s cache as in a new process, its file in an empty folder."""
    monkeypatch.setattr(patterns_cache, "DEFAULT_FOLDER", tmp_path / "cache")
    monkeypatch.setattr(patterns_cache, "_REGEXES", None)
    monkeypatch.setattr(patterns_cache, "_USED", {})
    monkeypatch.setattr(patterns_cache, "_NEW", [])
    return tmp_path / "cache"


def test_regex_gives_re_compiles_patterns_and_reads_them_back(fresh_regexes: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    expected = [shape_of(re.compile(source, flags)) for source, flags in REGEXES]
    assert [shape_of(patterns_cache.regex(source, flags)) for source, flags in REGEXES] == expected
    patterns_cache.save_regexes()
    (path,) = fresh_regexes.glob("regexes-*.marshal")
    written = path.stat().st_mtime_ns
    patterns_cache.save_regexes()  # nothing new: nothing written
    assert path.stat().st_mtime_ns == written
    monkeypatch.setattr(patterns_cache, "_REGEXES", None)  # a new process: the file alone

    def no_compiling(source: str, flags: int = 0) -> patterns_cache.Compiled:
        raise AssertionError("compiled again although cached")
    monkeypatch.setattr(patterns_cache, "_parts", no_compiling)
    assert [shape_of(patterns_cache.regex(source, flags)) for source, flags in REGEXES] == expected


def test_a_changed_pattern_is_compiled_not_read_stale(fresh_regexes: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    source, flags = REGEXES[1]
    patterns_cache.regex(source, flags)
    patterns_cache.save_regexes()
    monkeypatch.setattr(patterns_cache, "_REGEXES", None)
    changed = source.replace("新华社", "中新社")
    assert shape_of(patterns_cache.regex(changed, flags)) == shape_of(re.compile(changed, flags))
    assert shape_of(patterns_cache.regex(source)) == shape_of(re.compile(source))  # other flags
    assert shape_of(patterns_cache.regex(source)) != shape_of(patterns_cache.regex(source, flags))
    next(fresh_regexes.glob("regexes-*.marshal")).write_bytes(b"broken")
    monkeypatch.setattr(patterns_cache, "_REGEXES", None)
    assert shape_of(patterns_cache.regex(source, flags)) == shape_of(re.compile(source, flags))


def shape_of(pattern: re.Pattern[str]) -> tuple:
    return (pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex),
            [(m.span(), m.groups()) for m in pattern.finditer(REGEX_TEXT)])


# The modules a build imports before and while it extracts: their constant patterns go through ``regex``.
PATTERN_MODULES = ("kg/extract/names.py", "kg/extract/facts.py", "kg/extract/text.py", "kg/extract/doc.py",
                   "kg/extract/amounts.py", "kg/segment.py", "kg/clean.py", "kg/ingest.py", "kg/gazetteer.py",
                   "kg/resolve.py", "kg/iri.py")


@pytest.mark.parametrize("module", PATTERN_MODULES)
def test_module_level_patterns_go_through_the_cache(module: str) -> None:
    """No pattern compiled at import with ``re.compile`` (each costs a parse in Python at every start:
    ``regex`` reads it from the cache); patterns compiled inside functions may use either."""
    import ast

    source = (Path(__file__).resolve().parents[1] / module).read_text(encoding="utf-8")
    direct = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            if (isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute)
                    and child.func.attr == "compile" and isinstance(child.func.value, ast.Name)
                    and child.func.value.id == "re" and not in_function):
                direct.append(child.lineno)
            visit(child, inner)
    visit(ast.parse(source), False)
    assert not direct, f"{module}: re.compile at import on lines {direct}; use kg.compiled.regex"
