"""Newcomer walk 2026-12-03ad, AD9: the xlsx/pdf «Накладки» cell nested the same quotes
(«Хакатон «Умный город»»); the chat writes the inner ones „…“ (bot.render.quote)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.models import ClashReason
from bot.exports.model import ClashNote
from bot.exports.texts import clash_text, load_labels, short_clash_text

ZONE = ZoneInfo("Europe/Kaliningrad")


def _note(title: str) -> ClashNote:
    return ClashNote(
        1,
        title,
        "Кванториум",
        datetime(2026, 12, 17, 16, tzinfo=ZONE),
        datetime(2026, 12, 17, 17, tzinfo=ZONE),
        all_day=False,
        end_given=True,
        reasons=(ClashReason.AUDIENCE,),
    )


def test_a_quoted_title_in_the_clash_cell_has_inner_quotes() -> None:
    labels = load_labels()
    text = clash_text(labels, [_note("Хакатон «Умный город»")], ZONE)
    assert text.startswith("«Хакатон „Умный город“» — Кванториум"), text
    short = short_clash_text(labels, [_note("Хакатон «Умный город»")])
    assert short == "«Хакатон „Умный город“» (те же классы)", short


def test_a_plain_title_is_quoted_once() -> None:
    labels = load_labels()
    text = clash_text(labels, [_note("Лекция о роботах")], ZONE)
    assert text.startswith("«Лекция о роботах» — Кванториум"), text
