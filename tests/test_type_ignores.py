"""Every `# type: ignore` names the error it silences and says why, on the same line, so a reader
(and the next change) can tell whether it still holds; mypy's warn_unused_ignores (strict) finds
those that no longer silence anything."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("api", "admin_ui", "etebar", "models", "workers", "migrations", "tests", "scripts")
# `# type: ignore[code]  # why`: a code in brackets, then a comment of its own with words in it.
EXPLAINED = re.compile(r"#\s*type:\s*ignore\[[a-z-]+(,\s*[a-z-]+)*\]\s+#\s*\S.{4,}")


def _ignores(source: str) -> list[tuple[int, str]]:
    """(line, comment) of each comment that holds `type: ignore`, found by the tokenizer, so a
    string that mentions one is not counted."""
    found = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT and re.search(r"type:\s*ignore", token.string):
            found.append((token.start[0], token.string))
    return found


def _unexplained(source: str) -> list[int]:
    lines = source.splitlines()
    return [number for number, _ in _ignores(source)
            if not EXPLAINED.search(lines[number - 1])]


def test_an_ignore_without_a_code_or_a_reason_is_found():
    assert _unexplained("x = f()  # type: ignore\n") == [1]
    assert _unexplained("x = f()  # type: ignore[arg-type]\n") == [1]
    assert _unexplained("x = f()  # type: ignore[arg-type]  # zeep declares no types\n") == []
    assert _unexplained('x = "# type: ignore"\n') == []


def test_every_type_ignore_says_what_and_why():
    missing = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            missing += [f"{path.relative_to(ROOT)}:{n}" for n in _unexplained(path.read_text())]
    assert missing == [], "each `# type: ignore[code]` needs `  # why` after it"
