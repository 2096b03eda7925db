"""Walk v (2026-12-02, real partner announcements pasted into the console) in the chat:
findings F1 (a daily excursion over a span of days saved as 40 overlapping events), F3 (a
weekly plan's two dated events read as one with a date doubt) and F7 (a post with no date
answered with the generic «не понял»), over a real store (SQLite), a frozen clock (1
December 2026) and the real templates. Posts written for these tests after the walk's
constructions, not its words."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.core.language.intents import parse_message
from bot.core.models import EventIntent
from tests import chat_world
from tests.chat_world import NOW, ChatWorld, said

world = chat_world.partner_world

# --- F1: «начнётся 7 декабря и будет проводиться ежедневно до 19 декабря» ----------------

# p13's construction: a start day, «ежедневно до» a last day, no clock time, a letter's
# greeting and the place on its own line
DAILY_EXCURSION = (
    "Добрый день! Приглашаем школьников на новогоднюю экскурсию.\n\n"
    "Экскурсия начнётся 7 декабря и будет проводиться ежедневно до 19 декабря.\n"
    "На экскурсии ребята узнают, как встречали Новый год в старину.\n\n"
    "Краеведческий музей"
)


async def _excursion_card(world: ChatWorld, when: str) -> str:
    templates, text = await said(world, DAILY_EXCURSION)
    assert templates == ["ask_time"], (templates, text)
    await said(world, when)
    templates, card = await said(world, "5–7 классы")
    assert templates == ["event_card"], (templates, card)
    return card


async def test_a_daily_excursion_over_a_span_all_day_is_one_event_over_its_days(
    world: ChatWorld,
) -> None:
    """«весь день» to the time asked: one event 7–19 December, saved once — never a daily
    series of 13-day events running 40 times into January."""
    card = await _excursion_card(world, "весь день")
    assert "🗓 7–19 декабря\n" in card, card
    assert "и ещё" not in card, card
    await said(world, "да")
    [event] = await world.store.events_between(NOW, None)
    assert event.start.astimezone(NOW.tzinfo).date().day == 7, event.start
    assert (event.end - event.start).days == 13, (event.start, event.end)


async def test_a_daily_excursion_over_a_span_at_a_time_is_one_meeting_a_day(
    world: ChatWorld,
) -> None:
    """«в 11:00» to the time asked: the card names 13 meetings up to 19 December, «да» saves
    one meeting at 11:00 on each day 7–19 December and says which is the last."""
    card = await _excursion_card(world, "в 11:00")
    assert "и ещё 12 раз (каждый день до 19 декабря (сб))" in card, card
    _, saved = await said(world, "да")
    assert "13 встреч" in saved, saved
    assert "последняя — 19 декабря (сб)" in saved, saved
    events = await world.store.events_between(NOW, None)
    days = [e.start.astimezone(NOW.tzinfo) for e in events]
    assert [d.day for d in days] == list(range(7, 20)), days
    assert {(d.hour, d.minute) for d in days} == {(11, 0)}, days
    for event in events:
        assert event.end - event.start <= timedelta(days=1), (event.start, event.end)


@pytest.mark.parametrize(
    ("text", "repeats"),
    [
        ("Экскурсия 7–19 декабря, ежедневно, краеведческий музей", False),
        ("Экскурсия 7–19 декабря, ежедневно кроме понедельника, краеведческий музей", True),
    ],
)
def test_a_daily_span_all_day_is_its_days_never_a_series_of_spans(text: str, repeats: bool) -> None:
    """«7–19 декабря, ежедневно» with no clock: the days of the span all day, as «с 7 по 19
    декабря ежедневно» is read; skipping Mondays, a daily series of one-day meetings up to
    19 December. Never a repeat whose every meeting lasts the whole span."""
    parsed = parse_message(text, NOW.replace(tzinfo=None))
    assert isinstance(parsed, EventIntent), parsed
    draft = parsed.draft
    assert draft.start is not None, draft
    assert draft.all_day, draft
    last = draft.end if not repeats else None
    if repeats:
        assert draft.end is None, draft
        assert draft.recurrence is not None, draft
        last = draft.recurrence.until
    else:
        assert draft.recurrence is None, draft.recurrence
    assert last is not None, draft
    assert (last.month, last.day) == (12, 19), draft


async def test_a_repeat_with_no_last_day_names_the_last_meeting_on_its_card(
    world: ChatWorld,
) -> None:
    """«ежедневно в 8:00 с 2 декабря» runs as many meetings as the bot saves for a repeat
    with no last day: the card and the saved message name the last one's day, so a plain
    «да» never saves dozens of meetings unseen (F1: «и ещё 39 раз (каждый день)»)."""
    templates, card = await said(world, "Зарядка для 5А ежедневно в 8:00 с 2 декабря, спортзал")
    assert templates == ["event_card"], (templates, card)
    events_to_be = card.split("и ещё ", 1)[1].split(" раз", 1)[0]
    assert "(каждый день до " in card, card
    await said(world, "да")
    events = await world.store.events_between(NOW, None)
    assert len(events) == int(events_to_be) + 1, card
    last = events[-1].start.astimezone(NOW.tzinfo)
    assert f"до {last.day} " in card, (card, last)


# --- F7: a post announcing an event with no day ------------------------------------------

# p15's construction: a greeting, «Для … пройдёт <kind>» with no day or clock, a few
# sentences about it, the host's name on the last line
DATELESS = (
    "Добрый день!\n\n"
    "Для девятиклассников состоится классный час о профессиях будущего. Ребята узнают, "
    "какие специальности понадобятся через десять лет, и попробуют себя в деловой игре. "
    "Расскажем, где учиться и как выбрать колледж.\n\n"
    "Дом культуры «Современник»"
)


async def test_a_post_with_no_day_asks_only_for_the_day_and_keeps_the_rest(
    world: ChatWorld,
) -> None:
    """The bot says the day alone is missing and asks it by the event's name; with the day
    and the clock answered, the card keeps the post's name, classes and place."""
    templates, asked = await said(world, DATELESS)
    assert templates == ["ask_date"], (templates, asked)
    assert "нет даты" in asked, asked
    assert "не понял" not in asked, asked
    assert "«Классный час" in asked, asked
    await said(world, "10 декабря")
    templates, card = await said(world, "в 14:00")
    assert templates == ["event_card"], (templates, card)
    assert "10 декабря (чт), 14:00" in card, card
    assert "9-е классы" in card or "9 классы" in card, card
    assert "📍 Дом культуры «Современник»" in card, card


@pytest.mark.parametrize(
    "text",
    [
        # a report of what was, no event ahead
        "Добрый день!\n\nВ нашем центре прошёл классный час о профессиях будущего. Ребята "
        "узнали, какие специальности понадобятся через десять лет, и сыграли в деловую "
        "игру.\n\nЦентр занятости населения",
        # a question about an event, not its announcement
        "Добрый день!\n\nКогда пройдёт классный час о профессиях будущего? Ребята спрашивают, "
        "какие специальности понадобятся через десять лет.\n\nЦентр занятости населения",
    ],
)
async def test_a_long_text_announcing_nothing_is_still_not_understood(
    world: ChatWorld, text: str
) -> None:
    """No sentence says an event is ahead: no day is asked for a report or a question."""
    templates, reply = await said(world, text)
    assert "ask_date" not in templates, (templates, reply)


# --- F3: a weekly plan's two dated events under its heading and over a signature ----------

WEEKLY = (
    "Добрый день! Наш план на неделю:\n\n"
    "План мероприятий, проводимых с 7.12.2026 по 12.12.2026 г.\n"
    "10 декабря 2026 года в 15:00 на базе Дома детского творчества будет проведена "
    "викторина по истории родного края.\n"
    "11 декабря 2026 года в 16:00 в кружке «Юный химик» будет проведён мастер-класс "
    "«Опыты с водой».\n\n"
    "Педагог-организатор Дома детского творчества"
)


async def test_a_weekly_plans_two_dated_events_are_both_read(world: ChatWorld) -> None:
    """Each dated line is its own event: the plan's heading and the signature are no prose
    that would make the two lines one announcement (the second was lost without a word)."""
    templates, text = await said(world, WEEKLY)
    assert templates == ["plan_summary"], (templates, text)
    assert "В плане 2 мероприятия" in text, text
    assert "Викторина по истории родного края — 10 декабря (чт), 15:00" in text, text
    assert "11 декабря (пт), 16:00" in text, text
