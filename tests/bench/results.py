"""Where a benchmark's figures go: its own marked block in RESULTS.md, replaced on every run."""

from __future__ import annotations

from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def write_section(name: str, heading: str, lines: list[str]) -> None:
    """Replace the block between `<!-- name:begin -->` and `<!-- name:end -->` with `lines`;
    without such a block, append one under `heading` (a `## ...` title)."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    text = RESULTS.read_text() if RESULTS.exists() else ""
    block = "\n".join([begin, *lines, end])
    if begin in text and end in text:
        head, _, rest = text.partition(begin)
        _, _, tail = rest.partition(end)
        text = head + block + tail
    else:
        text = text.rstrip("\n") + f"\n\n{heading}\n\n" + block + "\n"
    RESULTS.write_text(text)
