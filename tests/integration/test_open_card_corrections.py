"""Corrections typed under an open card, and right after saving it (newcomer walk
2026-12-01f, findings 6 and 7): «ошибся, не 5, а 12», «это онлайн», «время 15:30» were not
understood and the next «да» saved the old card; «нет, не 5-го, а 12-го» opened the add /
replace question about a new draft «Нет, не, а 12-го», and after saving became an event of
its own. The phrasings below are this file's own, not the walk's. Real planner, real store,
real templates, frozen clock."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from bot.core.models import Event
from bot.core.replies import Reply
from tests import chat_world
from tests.chat_world import NOW, ZONE, ChatWorld
from tests.chat_world import said as _said

LECTURE = "Лекция «Морские профессии» 10 декабря в 14:00, 9–11 классы, ауд. 255"
PLAN = (
    "10 декабря в 14:00 — лекция «Морские профессии», 9–11 классы, ауд. 255\n"
    "11 декабря в 15:30 — мастер-класс по робототехнике, 9 классы\n"
    "17 декабря в 11:00 — экскурсия в лабораторию, 10 классы"
)


world = chat_world.partner_world


async def _events(world: ChatWorld) -> list[Event]:
    return await world.store.events_between(NOW, NOW + timedelta(days=90))


async def _saved_one(world: ChatWorld) -> Event:
    templates, text = await _said(world, "да")
    assert "saved" in templates, text
    [event] = await _events(world)
    return event


# --- 6. a correction of the open card changes the card ----------------------------------


@pytest.mark.parametrize(
    "correction",
    [
        "ой, ошибся: не 10, а 17",
        "нет, не 10-го, а 17-го",
        "опечатка, не 10 а 17",
        "10-го не получится, лучше 17-го",
        "10 декабря нельзя — давайте 17 декабря",
        "дата 17 декабря",
        "дата: 17",
        "поменяй дату на 17-е",
    ],
)
async def test_a_day_correction_of_the_open_card_moves_the_card(
    world: ChatWorld, correction: str
) -> None:
    await world.say(LECTURE)
    templates, card = await _said(world, correction)
    assert templates == ["event_card"], card
    assert "17 декабря" in card, card
    assert "14:00" in card, card
    assert "ауд. 255" in card, card
    assert "📌 Лекция «Морские профессии»" in card, card
    event = await _saved_one(world)
    assert event.start == datetime(2026, 12, 17, 14, 0, tzinfo=ZONE)
    assert event.title == "Лекция «Морские профессии»"


@pytest.mark.parametrize(
    "correction",
    [
        "время 16:30",
        "время: 16.30",
        "измени время на 16:30",
        "ошиблась, не в 14, а в 16:30",
        "в 14 не можем, давайте в 16:30",
    ],
)
async def test_a_time_correction_of_the_open_card_moves_the_card(
    world: ChatWorld, correction: str
) -> None:
    await world.say(LECTURE)
    templates, card = await _said(world, correction)
    assert templates == ["event_card"], card
    assert "10 декабря" in card, card
    assert "16:30" in card, card
    event = await _saved_one(world)
    assert event.start == datetime(2026, 12, 10, 16, 30, tzinfo=ZONE)


async def test_a_bare_hour_contrast_is_an_hour_when_it_replaces_the_cards_hour(
    world: ChatWorld,
) -> None:
    await world.say(LECTURE)
    templates, card = await _said(world, "ошибся, не 14, а 16")
    assert templates == ["event_card"], card
    assert "10 декабря" in card, card
    assert "16:00" in card, card


@pytest.mark.parametrize(
    "correction",
    [
        "это онлайн",
        "будет в Zoom",
        "формат онлайн",
        "проходит дистанционно",
        "место: онлайн",
        "нет, онлайн",
        "мероприятие пройдёт в Телемосте",
        "исправь место: онлайн",
    ],
)
async def test_an_online_correction_makes_the_cards_place_online(
    world: ChatWorld, correction: str
) -> None:
    await world.say(LECTURE)
    templates, card = await _said(world, correction)
    assert templates == ["event_card"], card
    assert "📍 онлайн" in card, card
    assert "ауд. 255" not in card, card
    assert "10 декабря" in card, card
    assert "14:00" in card, card
    event = await _saved_one(world)
    assert event.venue == "онлайн"
    assert event.title == "Лекция «Морские профессии»"


async def test_an_online_correction_keeps_the_link_it_gives(world: ChatWorld) -> None:
    await world.say(LECTURE)
    templates, card = await _said(world, "это онлайн, ссылка https://telemost.yandex.ru/j/123")
    assert templates == ["event_card"], card
    assert "📍 онлайн" in card, card
    assert "https://telemost.yandex.ru/j/123" in card, card


@pytest.mark.parametrize("text", ["ошибся, не 3, а 4", "нет, не в тот день", "шмяк"])
async def test_what_corrects_nothing_says_the_card_is_open_and_unchanged(
    world: ChatWorld, text: str
) -> None:
    await world.say(LECTURE)
    templates, reply = await _said(world, text)
    assert templates == ["card_unchanged"], reply
    assert "не изменилась" in reply, reply
    assert "10 декабря" in reply, reply
    assert "ауд. 255" in reply, reply
    event = await _saved_one(world)  # «да» saves the card shown, as it was
    assert event.start == datetime(2026, 12, 10, 14, 0, tzinfo=ZONE)
    assert event.venue == "ауд. 255"


async def test_a_new_event_under_an_open_card_is_still_a_new_event(world: ChatWorld) -> None:
    await world.say(LECTURE)
    templates, text = await _said(world, "Лекция по химии 17 декабря в 15:00, 9 классы")
    assert templates == ["draft_choice"], text


@pytest.mark.parametrize(
    "correction", ["время 15:30", "это онлайн", "нет, не 10-го, а 17-го", "дата: 12 декабря"]
)
async def test_a_correction_under_a_pasted_plan_never_becomes_a_plan_line(
    world: ChatWorld, correction: str
) -> None:
    await world.say(PLAN)
    templates, reply = await _said(world, correction)
    assert templates == ["card_unchanged"], reply
    assert "исправь 2:" in reply, reply
    templates, text = await _said(world, "да")
    assert "plan_saved" in templates or "saved" in templates, text
    events = await _events(world)
    assert len(events) == 3, [e.title for e in events]
    assert not any(e.title.lower().startswith(("время", "нет", "дата", "это")) for e in events)
    lecture = next(e for e in events if e.title.startswith("Лекция"))
    assert lecture.start == datetime(2026, 12, 10, 14, 0, tzinfo=ZONE)
    assert lecture.venue == "ауд. 255"


# --- 7. a correction after saving moves the saved event, behind «да» ----------------------


@pytest.mark.parametrize(
    ("correction", "day", "hour"),
    [
        ("нет, не 10-го, а 17-го", 17, (14, 0)),
        ("ошибся, не 10, а 17", 17, (14, 0)),
        ("10-го нельзя, давайте 17-го", 17, (14, 0)),
        ("ой, не 14, а 16", 10, (16, 0)),
        ("время 16:30", 10, (16, 30)),
    ],
)
async def test_a_correction_after_saving_moves_the_saved_event(
    world: ChatWorld, correction: str, day: int, hour: tuple[int, int]
) -> None:
    await world.say(LECTURE)
    await _saved_one(world)
    templates, card = await _said(world, correction)
    assert templates == ["change_card"], card
    assert "Морские профессии" in card, card
    [unchanged] = await _events(world)
    assert unchanged.start == datetime(2026, 12, 10, 14, 0, tzinfo=ZONE)  # nothing before «да»
    templates, text = await _said(world, "да")
    assert "moved" in templates, text
    [moved] = await _events(world)  # the same event, never a second one
    assert moved.title == "Лекция «Морские профессии»"
    assert moved.start == datetime(2026, 12, day, *hour, tzinfo=ZONE)


# --- newcomer walk 2026-12-01g, #6: a bare number that is a day, an hour or the classes -----

GRADE_TEN = "Лекция о профессиях 10 декабря в 14:00, 10 классы, ауд. 255"


def _picks(world: ChatWorld, reply: Reply) -> dict[str, dict[str, object]]:
    """The reply's buttons by label, each with its payload."""
    return {world.renderer.button_label(b): dict(b.payload) for row in reply.buttons for b in row}


async def test_a_number_that_is_the_day_and_the_classes_is_asked_about(world: ChatWorld) -> None:
    await world.say(GRADE_TEN)
    [question] = await world.say("ой, не 10, а 11")
    assert question.template == "correction_readings", world.text(question)
    assert "не изменилась" in world.text(question)
    picks = _picks(world, question)
    assert set(picks) == {"11 декабря (пт)", "11-е классы"}, picks
    [card] = await world.press(picks["11-е классы"])
    text = world.text(card)
    assert card.template == "event_card", text
    assert "👥 11-е классы" in text, text
    assert "10 декабря" in text, text
    # The question was answered: its other button is from a closed question now (safety41:
    # a «pick» press acts only on the question it was shown with) and changes nothing ...
    [stale] = await world.press(picks["11 декабря (пт)"])
    assert stale.template == "pick_answer_stale", world.text(stale)
    # ... and the other reading, typed, still applies to the card just shown.
    [card] = await world.say("11 декабря")
    text = world.text(card)
    assert "👥 11-е классы" in text, text
    assert "11 декабря" in text, text
    event = await _saved_one(world)
    assert event.start == datetime(2026, 12, 11, 14, 0, tzinfo=ZONE)
    assert event.audience.grades == frozenset({11})


async def test_the_question_changes_nothing_before_a_choice(world: ChatWorld) -> None:
    await world.say(GRADE_TEN)
    await world.say("не 10, а 11")
    event = await _saved_one(world)  # «да» saves the card as shown
    assert event.start == datetime(2026, 12, 10, 14, 0, tzinfo=ZONE)
    assert event.audience.grades == frozenset({10})


@pytest.mark.parametrize(
    ("card", "correction", "line", "when"),
    [
        (GRADE_TEN, "ошибся, не 10, а 17", "👥 10-е классы", "17 декабря"),  # no 17th grade
        (  # 10 is no day or hour of this card: the classes only
            "Лекция о профессиях 5 декабря в 14:00, 10 классы",
            "ой, не 10, а 11",
            "👥 11-е классы",
            "5 декабря",
        ),
    ],
)
async def test_a_number_with_one_possible_reading_is_taken(
    world: ChatWorld, card: str, correction: str, line: str, when: str
) -> None:
    await world.say(card)
    templates, text = await _said(world, correction)
    assert templates == ["event_card"], text
    assert line in text, text
    assert when in text, text


async def test_a_number_that_is_the_day_and_the_hour_is_asked_about(world: ChatWorld) -> None:
    await world.say("Концерт 15 декабря в 15:00, 5 классы")
    [question] = await world.say("не 15, а 12")
    assert question.template == "correction_readings", world.text(question)
    picks = _picks(world, question)
    assert set(picks) == {"12 декабря (сб)", "12:00"}, picks
    [card] = await world.press(picks["12:00"])
    assert "15 декабря (вт), 12:00" in world.text(card), world.text(card)


async def test_a_saved_events_number_that_is_the_day_and_the_classes_is_asked_about(
    world: ChatWorld,
) -> None:
    await world.say(GRADE_TEN)
    await _saved_one(world)
    [question] = await world.say("ой, не 10, а 11")
    assert question.template == "correction_readings", world.text(question)
    assert "ничего не изменилось" in world.text(question)
    picks = _picks(world, question)
    [card] = await world.press(picks["11-е классы"])
    assert card.template == "change_card", world.text(card)
    assert "Классы: 10-е классы → 11-е классы" in world.text(card), world.text(card)
    templates, text = await _said(world, "да")
    assert "updated" in templates, text
    [event] = await _events(world)
    assert event.audience.grades == frozenset({11})
    assert event.start == datetime(2026, 12, 10, 14, 0, tzinfo=ZONE)
    [question] = await world.say("нет, не 10, а 12")  # the day now: 10 is no longer a class
    assert question.template == "change_card", world.text(question)


# --- newcomer walk 2026-12-01i, #5 and #8: the question answered in words, or repeated ------

AT_TEN = "Лекция о роботах 10 декабря в 10:00, 10А"


@pytest.mark.parametrize(
    ("answer", "line"),
    [
        ("11 декабря", "Станет: 11 декабря (пт), 10:00"),
        ("11 декабря (пт)", "Станет: 11 декабря (пт), 10:00"),
        ("день", "Станет: 11 декабря (пт), 10:00"),
        ("в 11:00", "Станет: 10 декабря (чт), 11:00"),
        ("11:00", "Станет: 10 декабря (чт), 11:00"),
        ("время", "Станет: 10 декабря (чт), 11:00"),
        ("на 11 часов", "Станет: 10 декабря (чт), 11:00"),  # walk 12-01j, #7
        ("не день, а время", "Станет: 10 декабря (чт), 11:00"),
        ("время, а не день", "Станет: 10 декабря (чт), 11:00"),
        ("не время, а дата", "Станет: 11 декабря (пт), 10:00"),
        ("11А", "Классы: 10А → 11А"),
        ("11 классы", "Классы: 10А → 11А"),
        ("классы", "Классы: 10А → 11А"),
    ],
)
async def test_a_saved_events_question_answered_in_words_picks_the_reading(
    world: ChatWorld, answer: str, line: str
) -> None:
    await world.say(AT_TEN)
    await _saved_one(world)
    [question] = await world.say("ой, не 10, а 11")
    assert question.template == "correction_readings", world.text(question)
    assert len(_picks(world, question)) == 3
    [card] = await world.say(answer)
    text = world.text(card)
    assert card.template == "change_card", text
    assert line in text, text
    [event] = await _events(world)  # nothing changed before «да»
    assert event.start == datetime(2026, 12, 10, 10, 0, tzinfo=ZONE)


async def test_yes_to_a_saved_events_question_asks_again(world: ChatWorld) -> None:
    await world.say(AT_TEN)
    await _saved_one(world)
    await world.say("ой, не 10, а 11")
    [again] = await world.say("да")
    text = world.text(again)
    assert again.template == "correction_readings", text
    assert "«Да» здесь ничего не выбирает" in text, text
    assert len(_picks(world, again)) == 3
    [card] = await world.say("11 декабря")  # the question is still open
    assert card.template == "change_card", world.text(card)
    assert "Станет: 11 декабря (пт), 10:00" in world.text(card), world.text(card)


@pytest.mark.parametrize("answer", ["нет", "Нет, ничего не надо", "ничего не меняй", "отмена"])
async def test_no_to_a_saved_events_question_closes_it_and_says_so(
    world: ChatWorld, answer: str
) -> None:
    """«нет» (walk 12-01j, #7) closes the question with «ничего не меняю», not «нечего
    подтверждать»; the event stays, and a later «да» has nothing to confirm."""
    await world.say(AT_TEN)
    await _saved_one(world)
    await world.say("ой, не 10, а 11")
    [closed] = await world.say(answer)
    assert closed.template == "change_dropped", world.text(closed)
    templates, text = await _said(world, "да")
    assert "correction_readings" not in templates, text
    [event] = await _events(world)
    assert event.start == datetime(2026, 12, 10, 10, 0, tzinfo=ZONE)
    assert event.audience.classes == frozenset({"10А"})


async def test_another_message_closes_a_saved_events_question(world: ChatWorld) -> None:
    """Counter-case: a new event typed instead of an answer is a new event."""
    await world.say(AT_TEN)
    await _saved_one(world)
    await world.say("ой, не 10, а 11")
    templates, text = await _said(world, "Концерт 18 декабря в 15:00, 5 классы")
    assert templates == ["event_card"], text
    assert "Концерт" in text, text


async def test_a_repeated_correction_of_the_open_card_is_asked_about(world: ChatWorld) -> None:
    """«не 10, а 11» again after its day was taken: 10 is now only the class, but the
    repeat may mean the day again — asked, not changed (walk 2026-12-01i, #8)."""
    await world.say("Лекция о роботах 10 декабря в 15:00, 10А")
    [question] = await world.say("ой, не 10, а 11")
    await world.press(_picks(world, question)["11 декабря (пт)"])
    [again] = await world.say("ой, не 10, а 11")
    text = world.text(again)
    assert again.template == "correction_readings", text
    assert set(_picks(world, again)) == {"11 декабря (пт) — уже так", "11А"}, text
    [card] = await world.press(_picks(world, again)["11 декабря (пт) — уже так"])
    text = world.text(card)
    assert "11 декабря (пт), 15:00" in text, text
    assert "👥 10А" in text, text


# --- walk l #10: a day alone under an open card is the card's new day ------------------


@pytest.mark.parametrize("day", ["17 декабря", "17-го", "на 17 декабря", "17.12", "на 17-е"])
async def test_a_day_alone_under_an_open_card_moves_the_card(world: ChatWorld, day: str) -> None:
    await world.say(LECTURE)
    templates, card = await _said(world, day)
    assert templates == ["event_card"], card
    assert "17 декабря" in card, card
    assert "14:00" in card, card
    event = await _saved_one(world)
    assert event.start == datetime(2026, 12, 17, 14, 0, tzinfo=ZONE)


async def test_a_question_about_a_day_under_an_open_card_is_still_a_question(
    world: ChatWorld,
) -> None:
    await world.say(LECTURE)
    templates, text = await _said(world, "что 17 декабря?")
    assert "event_card" not in templates, text
    event = await _saved_one(world)
    assert event.start == datetime(2026, 12, 10, 14, 0, tzinfo=ZONE)


# --- newcomer walk 2026-12-02n: a day under a series, a day of the month, a day and a place


async def test_a_day_alone_under_a_weekly_series_moves_the_series_not_one_meeting(
    world: ChatWorld,
) -> None:
    await world.say("Кружок по шахматам каждый четверг в 16:00 с 10 декабря по 24 декабря, 8Б")
    templates, card = await _said(world, "11 декабря")
    assert templates == ["event_card"], card
    assert "11 декабря" in card, card
    assert "и ещё 2 раза" in card, card  # three meetings before, three after
    templates, text = await _said(world, "да")
    assert "saved" in templates, text
    starts = [e.start for e in await _events(world)]
    assert starts == [datetime(2026, 12, d, 16, 0, tzinfo=ZONE) for d in (11, 18, 25)], starts


@pytest.mark.parametrize("day", ["20-го", "на 20-е", "20 числа"])
async def test_a_day_of_the_month_keeps_the_cards_month(world: ChatWorld, day: str) -> None:
    await world.say("Семинар по физике 14 января в 12:00, 10А")
    templates, card = await _said(world, day)
    assert templates == ["event_card"], card
    assert "20 января" in card, card
    assert "декабря" not in card, card
    event = await _saved_one(world)
    assert event.start == datetime(2027, 1, 20, 12, 0, tzinfo=ZONE)


@pytest.mark.parametrize(
    ("correction", "day", "hour", "place"),
    [
        ("17 декабря, ауд. 12", 17, 14, "ауд. 12"),
        ("17 декабря в 16:30, каб. 7", 17, 16, "каб. 7"),
        ("17-го в спортзале", 17, 14, "спортзал"),
    ],
)
async def test_a_day_and_a_place_under_the_card_amend_both(
    world: ChatWorld, correction: str, day: int, hour: int, place: str
) -> None:
    await world.say(LECTURE)
    templates, card = await _said(world, correction)
    assert templates == ["event_card"], card
    assert f"{day} декабря" in card, card
    assert f"📍 {place}" in card, card
    event = await _saved_one(world)
    assert (event.start.day, event.start.hour) == (day, hour)
    assert event.venue == place
