"""The admin runs its mutations through one helper (`admin_ui.session.mutate`): no page keeps
its own copy of running one and telling the user why it failed."""

from __future__ import annotations

from pathlib import Path

import pytest

PAGES = sorted((Path(__file__).resolve().parents[2] / "admin_ui" / "pages").glob("*.py"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_no_page_tells_a_refusal_itself(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert "show_refusal(" not in text, f"{page.name}: run the mutation through mutate()"
