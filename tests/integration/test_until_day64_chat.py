"""A post whose only day is written after «до», whatever verb governs it («Увидеть «Мир
красок» можно будет до 20 декабря»), is never saved with that day as its start (doubt64); a
post that also tells the run begun yesterday is that run, going on (parse69). Real planner,
store and templates, frozen clock (1 December 2026)."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world

POST = (
    "Вчера в Доме культуры открылась выставка детских рисунков. Увидеть «Мир красок» юных "
    "художников можно будет до 20 декабря, 9 классы"
)


async def test_a_run_begun_yesterday_is_offered_as_running(world: ChatWorld) -> None:
    """Since parse66 («можно … до <day>» is the run's end) and fresh66 (a run told begun is this
    year's) the post reads 30 November – 20 December. It asked «30 ноября (пн) уже прошло»;
    since parse69 a run begun and still going on is its span (doubt `running`, not asked) and
    the card says it goes on — never saved unseen: the card comes before «да»."""
    replies = await world.say(POST)
    text = "\n".join(world.text(r) for r in replies)
    assert "уже прошло" not in text, text
    assert "Выставка детских рисунков" in text, text
    replies = await world.say("весь день")
    text = "\n".join(world.text(r) for r in replies)
    assert [r.template for r in replies] == ["event_card"], text
    assert "30 ноября — 20 декабря" in text, text
    assert "Уже идёт (началось 30 ноября), последний день — 20 декабря" in text, text
