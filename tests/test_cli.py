"""``kg.cli``: one command's module loaded, and a ``kg`` process that ends at once with the right code."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg import cli

ROOT = Path(__file__).resolve().parents[1]
ENV = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}


@pytest.mark.parametrize(("argv", "command"), [
    (["build", "examples"], "build"),
    (["-v", "query", "SELECT"], "query"),
    (["--help"], None),
    (["nonsense", "build"], None),
    ([], None),
])
def test_the_command_is_the_first_word_that_is_not_an_option(argv: list[str], command: str | None) -> None:
    assert cli._command(argv) == command


def test_a_command_parser_configures_that_command_only() -> None:
    top = cli.parser("validate")
    args = top.parse_args(["validate", "out/graph.ttl"])
    assert args.command == "validate"
    with pytest.raises(SystemExit):  # build's options were not configured: its INPUT is unknown
        top.parse_args(["build", "examples"])
    assert cli.parser().parse_args(["build", "examples"]).inputs == ["examples"]


def _kg(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True, text=True,
                          env=ENV, timeout=300)


def test_a_build_process_loads_no_server_and_ends_with_its_files_and_messages(tmp_path: Path) -> None:
    script = ("import sys; import kg.cli as c;"
              "code = c.main(['build', sys.argv[1], '--out', sys.argv[2], '--no-progress']);"
              "print(sorted(m for m in ('kg.server', 'kg.commands.serve') if m in sys.modules));"
              "sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", script, str(ROOT / "examples"), str(tmp_path / "a")],
                          capture_output=True, text=True, env=ENV, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    ran = _kg("build", str(ROOT / "examples"), "--out", str(tmp_path / "b"), "--no-progress", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    assert "articles" in ran.stderr and "entities" in ran.stderr  # the closing line got out before the end
    for name in ("graph.ttl", "graph.html"):
        assert (tmp_path / "b" / name).read_bytes() == (tmp_path / "a" / name).read_bytes()
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == ["graph.html", "graph.ttl"]


def test_a_kg_process_exits_with_its_command_s_code(tmp_path: Path) -> None:
    missing = _kg("build", str(tmp_path / "nothing-here"), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert missing.returncode == 2
    assert "nothing-here" in missing.stderr
    usage = _kg("build", cwd=tmp_path)
    assert usage.returncode == 2 and "usage" in usage.stderr
    assert _kg("--help", cwd=tmp_path).returncode == 0


def test_printed_output_is_flushed_before_the_process_ends(tmp_path: Path) -> None:
    _kg("build", str(ROOT / "examples"), "--out", str(tmp_path / "out"), "--no-progress", cwd=tmp_path)
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?t }"
    ran = _kg("query", query, "--graph", str(tmp_path / "out" / "graph.ttl"), "--format", "csv", cwd=tmp_path)
    assert ran.returncode == 0, ran.stderr
    lines = ran.stdout.split()
    assert lines[0] == "n" and int(lines[1]) > 100
