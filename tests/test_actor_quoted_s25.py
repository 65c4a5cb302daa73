"""Which tokens the actors stage counts as inside quotation marks: an opening mark left
unclosed at a paragraph's end (news prints a quote running on into the next paragraph that
way) closes with the paragraph, so the next paragraph's narration is not a quote."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tacitus.actors.mention import Context
from tacitus.parse import Parse


@pytest.mark.model
def test_an_unclosed_quote_ends_with_its_paragraph(parse_text: Callable[[str], Parse]) -> None:
    text = (
        "The governor spoke to farmers in Mbale on Friday.\n\n"
        "“We will rebuild every bridge the floods took, and we will do it this year.\n\n"
        "The minister of works later toured the district with local officials."
    )
    parse = parse_text(text)
    kb: Any = None  # the quote marks need no knowledge base
    ctx = Context(text, parse, kb, None, [], [])
    quoted = ctx.quoted
    words = {t.text: quoted[t.i] for t in parse.tokens if t.text in ("rebuild", "toured")}
    assert words == {"rebuild": True, "toured": False}
