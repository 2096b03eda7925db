"""parse72: runs going on and runs begun on the news' day, through the real chat core
(tests/chat_world.py: a partner of КГТУ, clock Tuesday 1 December 2026; the real planner, a
real store — SQLite, PostgreSQL under tests/pg_everywhere.py — the real templates). All
sentences are my own."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld, said

world = chat_world.partner_world

_NEWS = (
    "В школах района стартовала благотворительная акция «Добрые крышечки». Ребята собирают"
    " пластиковые крышки, которые потом отправят на переработку, а вырученные средства"
    " пойдут на помощь детям. Организаторы приглашают родителей поддержать детей и принять"
    " участие в акции, фотографии будут опубликованы на сайте школы."
)


async def test_news_of_an_event_begun_asks_its_days_from_today(world: ChatWorld) -> None:
    """Before: «не понял» (no day written, no event read). Now the post's day is the start
    and its days are asked; a span answered is saved."""
    templates, text = await said(world, _NEWS)
    assert "уже идёт, но не сказано, до какого дня" in text, text
    assert "1 декабря" in text, text
    templates, text = await said(world, "1–10 декабря")
    templates, text = await said(world, "весь день")
    templates, text = await said(world, "для 9Б")
    assert templates == ["event_card"], text
    assert "🗓 1–10 декабря" in text, text
    templates, text = await said(world, "да")
    assert "saved" in templates, text
    [stored] = await world.store._all("SELECT title FROM events")
    assert "Добрые крышечки" in str(stored[0]), stored


async def test_news_of_an_event_begun_answered_today_is_one_day(world: ChatWorld) -> None:
    """«сегодня» settles the question: the card names the post's day alone."""
    templates, text = await said(world, _NEWS)
    templates, text = await said(world, "сегодня")
    assert "до какого дня" not in text, text
    templates, text = await said(world, "весь день")
    templates, text = await said(world, "для 9Б")
    assert templates == ["event_card"], text
    assert "🗓 1 декабря" in text, text


async def test_a_clocked_run_going_on_is_not_asked_as_gone(world: ChatWorld) -> None:
    """Before: «29 ноября (вс), 10:00 уже прошло.» Now the card says it goes on."""
    templates, text = await said(
        world, "Выставка в музее работает с 29 ноября по 20 декабря с 10:00 до 18:00."
    )
    assert "уже прошло" not in text, text
    templates, text = await said(world, "для 9Б")
    assert templates == ["event_card"], text
    assert "Уже идёт (началось 29 ноября), последний день — 20 декабря" in text, text
