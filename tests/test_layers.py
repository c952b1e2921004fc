"""The imports follow the data's flow: spider → item → pipeline stages → store → feed and trends.

``store`` imports no stage, spider or page; ``pipeline`` imports no web, CLI or scheduler code; the web app
never imports Scrapy; ``cli.py`` and ``scheduler.py`` sit on top, imported by nothing but the CLI. Read from
the source (``ast``), so a lazy import inside a function counts as much as one at the top. And no module
imports, at import time, one that imports it back: a circle makes the order of imports matter.
"""
from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIRST_PARTY = ("benchmarks", "cli", "config", "crawlers", "evaluation", "pipeline", "replay", "scheduler", "store",
               "web")
FORBIDDEN = {
    "store": {"pipeline", "crawlers", "web", "cli", "scheduler", "evaluation", "benchmarks", "replay", "scrapy",
              "twisted"},
    "pipeline": {"web", "cli", "scheduler", "evaluation", "benchmarks"},
    "crawlers": {"pipeline", "web", "cli", "scheduler", "evaluation", "benchmarks"},
    "web": {"scrapy", "twisted", "cli", "scheduler", "evaluation", "benchmarks"},
    "replay": {"pipeline", "store", "web", "cli", "scheduler"},
    "config": set(FIRST_PARTY) - {"config"},
}


def modules() -> Iterator[tuple[str, Path]]:
    for top in FIRST_PARTY:
        single = ROOT / f"{top}.py"
        if single.exists():
            yield top, single
            continue
        for path in sorted((ROOT / top).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            yield ".".join(parts[:-1] if parts[-1] == "__init__" else parts), path


KNOWN = frozenset(name for name, _ in modules())


def imports(path: Path, module: str, *, top_level_only: bool = False) -> set[str]:
    """The absolute names ``path`` imports: ``import a.b`` gives ``a.b``; ``from a import b`` gives ``a.b`` and,
    unless ``b`` is a module of ours, ``a`` (a name taken from ``a`` needs ``a`` run to its end; a submodule
    taken from it does not)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else ast.walk(tree)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            names = {f"{base}.{a.name}" for a in node.names}
            out |= names
            if not names <= KNOWN:
                out.add(base)
    return out


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_above_it(layer: str) -> None:
    wrong = sorted(f"{module} imports {name}" for module, path in modules() if module.split(".")[0] == layer
                   for name in imports(path, module) if name.split(".")[0] in FORBIDDEN[layer])
    assert wrong == []


def test_only_the_cli_imports_the_cli_and_the_scheduler() -> None:
    wrong = sorted(f"{module} imports {name}" for module, path in modules() if module not in ("cli", "scheduler")
                   for name in imports(path, module) if name.split(".")[0] in ("cli", "scheduler"))
    assert wrong == []


def test_no_module_imports_one_that_imports_it_back() -> None:
    known = dict(modules())
    graph = {m: {n for n in imports(p, m, top_level_only=True) if n in known and n != m} for m, p in known.items()}
    circles = []
    state: dict[str, int] = {}  # 1: on the path being walked, 2: done

    def walk(m: str, path: list[str]) -> None:
        state[m] = 1
        for n in sorted(graph[m]):
            if state.get(n) == 1:
                circles.append(" -> ".join([*path[path.index(n):], n]))
            elif n not in state:
                walk(n, [*path, n])
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            walk(m, [m])
    assert circles == []


def test_the_checker_sees_a_circle_and_a_layer_breach(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("from store.models import Posting\nimport pipeline.tags\n", encoding="utf-8")
    assert {"store.models", "pipeline.tags"} <= imports(tmp_path / "a.py", "store.a")
    (tmp_path / "d.py").write_text("from pipeline.dedupe import signature\n", encoding="utf-8")
    assert imports(tmp_path / "d.py", "pipeline.dedupe.d") == {"pipeline.dedupe.signature"}
    (tmp_path / "b.py").write_text("def f():\n    from . import c\n", encoding="utf-8")
    assert "store.c" in imports(tmp_path / "b.py", "store.b")
    assert "store.c" not in imports(tmp_path / "b.py", "store.b", top_level_only=True)
