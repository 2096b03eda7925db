"""chat74: conversation leftovers of round 40 (tests/data/chat74.md), each typed as a user
would through the real planner over a real store (SQLite; PostgreSQL under
tests/pg_everywhere.py). The partner's clock is chat_world's NOW, Tuesday 1 December 2026,
10:00 Kaliningrad. All sentences are my own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.models import OrgKind, Role
from bot.core.ports import FixedClock
from tests import chat_world
from tests.chat_world import CURATOR, ZONE, ChatWorld, said

partner_world = chat_world.partner_world


async def _excursion_saved(world: ChatWorld, clock: str) -> None:
    """The partner's «Экскурсия в музей» on 10 December at `clock` for 9Б, saved."""
    await said(world, f"Экскурсия 10 декабря в {clock} в музей, 9Б")
    templates, text = await said(world, "да")
    assert "saved" in templates, text


# --- an open draft of a run already begun is not «past» ----------------------------------


async def test_an_open_draft_of_a_run_begun_is_kept_under_a_new_event(
    partner_world: ChatWorld,
) -> None:
    """«Прежний несохранённый черновик «Выставка „Зима“» я убрал: … его дата уже прошла» — a
    minute-old card of an exhibition begun 25 November and open to 20 December, dropped when
    a lecture came: the staleness check read the first day only (newcomer72, left 3)."""
    await said(partner_world, "Выставка «Зима» с 25 ноября по 20 декабря в музее, 5 классы")
    templates, text = await said(partner_world, "весь день")
    assert templates == ["event_card"], text
    templates, text = await said(partner_world, "Лекция 9 декабря в 15:00 в музее, 9 классы")
    assert "draft_stale_dropped" not in templates, text
    assert "Выставка" in text, text


async def test_an_open_draft_of_a_run_over_is_still_dropped(partner_world: ChatWorld) -> None:
    """The guard: a card of a run 2–5 December left open on 1 December is past on the 7th
    (its last day gone) and is dropped when a new event comes."""
    await said(partner_world, "Выставка «Осень» со 2 по 5 декабря в музее, 5 классы")
    templates, text = await said(partner_world, "весь день")
    assert templates == ["event_card"], text
    clock = partner_world.planner.clock
    assert isinstance(clock, FixedClock)
    clock.set(datetime(2026, 12, 7, 10, 0, tzinfo=ZONE))
    templates, text = await said(partner_world, "Лекция 9 декабря в 15:00 в музее, 9 классы")
    assert templates[0] == "draft_stale_dropped", text


# --- a reminder request under an open card does not edit the card -----------------------


async def test_a_reminder_asked_at_an_open_card_leaves_the_card(partner_world: ChatWorld) -> None:
    """«напомни завтра в 9» at a card asking «Сохранить?» moved the card to 2 December 09:00
    (read as the draft's correction; safety72 left). It is a reminder request: the card's
    day and time stay, the answer says a reminder needs the event saved, and «да» then saves
    the card as it was."""
    templates, text = await said(partner_world, "Экскурсия 10 декабря в 15:00 в музей, 9Б")
    assert templates == ["event_card"], text
    templates, text = await said(partner_world, "напомни завтра в 9")
    assert "event_card" not in templates, text
    assert "2 декабря (ср), 09:00" not in text, text
    assert "«Экскурсия в музей» ещё не сохранено" in text, text
    assert "Когда сохраните его, напишите «напомни завтра в 9» снова" in text, text
    templates, text = await said(partner_world, "да")
    assert "saved" in templates, text
    assert "10 декабря (чт), 15:00" in text, text


async def test_a_reminder_of_a_saved_event_is_set_at_an_open_card(
    partner_world: ChatWorld,
) -> None:
    """A reminder naming a saved event is set while another card is open, and the card
    stays open (its «да» saves it)."""
    await _excursion_saved(partner_world, "15:00")
    await said(partner_world, "Лекция о космосе 11 декабря в 15:00, 9Б, ауд. 5")
    templates, text = await said(partner_world, "напомни 9 декабря в 18:00 про экскурсию")
    assert templates[0] == "moment_reminder_set", text
    assert "9 декабря" in text, text
    templates, text = await said(partner_world, "да")
    assert "saved" in templates, text
    assert "Лекция о космосе" in text, text


# --- «отмени напоминания» under an open card ---------------------------------------------


async def test_a_partners_reminders_cancelled_at_an_open_question(
    partner_world: ChatWorld,
) -> None:
    """«отмени напоминания» at «Во сколько «Выставка „Зима“»?» → «Не нашёл среди ваших
    предстоящих мероприятий такое, чтобы его отменить: «напоминания»» (newcomer72 left 11):
    the partner's one-off reminder is cancelled, the draft and its question kept."""
    await _excursion_saved(partner_world, "15:00")
    templates, text = await said(partner_world, "напомни 9 декабря в 18:00 про экскурсию")
    assert templates == ["moment_reminder_set"], text
    templates, text = await said(
        partner_world, "Выставка «Зима» с 10 по 20 декабря в музее, 5 классы"
    )
    assert templates == ["ask_time"], text
    templates, text = await said(partner_world, "отмени напоминания")
    assert "cancel_not_found" not in templates, text
    assert templates[0] == "moment_reminders_forgotten", text
    assert "Экскурсия в музей" in text, text
    assert templates[-1] == "draft_kept", text
    templates, text = await said(partner_world, "мои напоминания")
    assert "Экскурсия в музей" not in text, text
    templates, text = await said(partner_world, "весь день")
    assert "event_card" in templates, text


# --- «да» to «… уже идёт, но не сказано, до какого дня» ----------------------------------

_BEGUN = (
    "В нашей школе стартовала неделя чтения «Книжная зима». Ребята приносят любимые книги,"
    " обмениваются ими на переменах и пишут короткие отзывы, лучшие из которых будут"
    " опубликованы в школьной газете. Приглашаем всех присоединиться к неделе чтения."
)


async def test_yes_to_the_begun_today_question_keeps_today(partner_world: ChatWorld) -> None:
    """«По сообщению, «…» уже идёт … я записал только сегодня, 1 декабря (вт). Если только
    сегодня — напишите «сегодня» …» answered «да» was «Не понял дату» (parse72 left): «да»
    keeps the day the bot wrote down, as «сегодня» does; the next question follows."""
    templates, text = await said(partner_world, _BEGUN)
    assert "уже идёт, но не сказано, до какого дня" in text, text
    templates, text = await said(partner_world, "да")
    assert templates != ["ask_date_again"], text
    assert "Не понял дату" not in text, text
    assert "уже идёт" not in text, text
    await said(partner_world, "весь день")
    templates, text = await said(partner_world, "для 5А")
    assert templates == ["event_card"], text
    assert "🗓 1 декабря (вт)" in text, text


async def test_no_to_the_begun_today_question_is_not_today(partner_world: ChatWorld) -> None:
    """The guard: «нет» does not keep today as «да» does."""
    await said(partner_world, _BEGUN)
    templates, text = await said(partner_world, "нет")
    assert "event_card" not in templates, text
    assert "Во сколько" not in text, text


# --- a lead with a clock after the event's name -------------------------------------------


async def test_a_lead_in_hours_before_the_event_at_its_clock(partner_world: ChatWorld) -> None:
    """«напомни за 3 часа до экскурсии в 9» was «Не понял, когда напоминать» (chat72 left):
    «в 9» names the excursion at 9, so the reminder is three hours before it."""
    await _excursion_saved(partner_world, "9:00")
    templates, text = await said(partner_world, "напомни за 3 часа до экскурсии в 9")
    assert templates == ["moment_reminder_set"], text
    assert "10 декабря (чт) в 06:00" in text, text


async def test_a_lead_in_hours_before_another_clock_is_asked(partner_world: ChatWorld) -> None:
    """The excursion is at 15:00, not at 9: when to remind is asked (the lead's moment and
    a day with that clock offered), and «за 3 часа» answers it."""
    await _excursion_saved(partner_world, "15:00")
    templates, text = await said(partner_world, "напомни за 3 часа до экскурсии в 9")
    assert templates == ["remind_at_moment"], text
    assert "а не в 09:00" in text, text
    assert "«за 3 часа» (будет 10 декабря (чт) в 12:00)" in text, text
    templates, text = await said(partner_world, "за 3 часа")
    assert templates == ["moment_reminder_set"], text
    assert "10 декабря (чт) в 12:00" in text, text


async def test_a_lead_of_a_day_with_an_hour_in_words(partner_world: ChatWorld) -> None:
    """«напомни за день до экскурсии часов в шесть вечера» (an hour in words, «часов»
    before it: about six) is 18:00 on the eve; «в семь утра» 07:00."""
    await _excursion_saved(partner_world, "15:00")
    templates, text = await said(partner_world, "напомни за день до экскурсии часов в шесть вечера")
    assert templates == ["moment_reminder_set"], text
    assert "9 декабря (ср) в 18:00" in text, text
    templates, text = await said(partner_world, "напомни за день до экскурсии в семь утра")
    assert templates == ["moment_reminder_set"], text
    assert "9 декабря (ср) в 07:00" in text, text


# --- a run's last day changed in words -----------------------------------------------------


async def _winter_exhibition(world: ChatWorld) -> None:
    """The partner's all-day «Выставка „Зима“», 2–20 December, 5th classes, saved."""
    await said(world, "Выставка «Зима» с 2 по 20 декабря в музее, 5 классы")
    await said(world, "весь день")
    templates, text = await said(world, "да")
    assert "saved" in templates, text


@pytest.mark.parametrize(
    "request_text",
    [
        "продли выставку до 10 января",
        "выставка продлится до 10 января",
        "перенеси окончание выставки на 10 января",
    ],
)
async def test_a_runs_last_day_changed_in_words(
    partner_world: ChatWorld, request_text: str
) -> None:
    """Each was a new event («Во сколько «Выставка»?», «В объявлении указаны дни с 1
    декабря по 10 января …») or «нет такого» (newcomer72 left 5). Now the move card of the
    exhibition with its first day kept and its last day 10 January; «да» stores it."""
    await _winter_exhibition(partner_world)
    templates, text = await said(partner_world, request_text)
    assert templates == ["change_card"], text
    assert "Изменить последний день «Выставка „Зима“» — 10 января (вс)?" in text, text
    assert "Станет: 2 декабря — 10 января" in text, text
    templates, text = await said(partner_world, "да")
    [event] = await partner_world.store.events_between(
        datetime(2026, 12, 1, tzinfo=ZONE), datetime(2027, 2, 1, tzinfo=ZONE)
    )
    assert event.start == datetime(2026, 12, 2, tzinfo=ZONE), event
    assert event.end == datetime(2027, 1, 11, tzinfo=ZONE), event
    assert event.all_day, event


async def test_a_runs_last_day_is_not_before_its_first(partner_world: ChatWorld) -> None:
    """The guards: a last day before the first, the same last day, a one-day event."""
    await _winter_exhibition(partner_world)
    templates, text = await said(partner_world, "продли выставку до 1 декабря")
    assert templates == ["run_end_before_start"], text
    templates, text = await said(partner_world, "выставка продлится до 20 декабря")
    assert templates == ["run_end_same"], text
    await said(partner_world, "Лекция о космосе 11 декабря в 15:00, 9Б, ауд. 5")
    await said(partner_world, "да")
    templates, text = await said(partner_world, "продли лекцию до 12 декабря")
    assert templates == ["run_end_not_run"], text


async def test_the_signed_up_student_is_told_the_new_last_day(partner_world: ChatWorld) -> None:
    """The partner's reply and the student's notice say the last day changed, not
    «перенесено» (the first day is the same)."""
    await _winter_exhibition(partner_world)
    await said(partner_world, "я из 5А", 400)
    templates, text = await said(partner_world, "запиши меня на выставку", 400)
    assert templates == ["signed_up"], text
    await said(partner_world, "продли выставку до 10 января")
    replies = await partner_world.planner.handle(chat_world.SPEAKER, "да")
    texts = {r.template: partner_world.text(r) for r in replies}
    assert texts["moved"].startswith("Последний день изменён ✅ «Выставка „Зима“»"), texts
    told = texts["participant_moved"]
    assert "«Выставка „Зима“» продлится до 10 января: теперь 2 декабря — 10 января" in told, told
    await said(partner_world, "выставка продлится до 25 декабря")
    replies = await partner_world.planner.handle(chat_world.SPEAKER, "да")
    told = next(partner_world.text(r) for r in replies if r.template == "participant_moved")
    assert "закончится раньше — 25 декабря" in told, told


async def test_someone_elses_run_is_not_extended(partner_world: ChatWorld) -> None:
    """Another organisation's partner is refused politely (only its organiser or a curator
    changes it), and the exhibition keeps its last day."""
    await _winter_exhibition(partner_world)
    other = await partner_world.store.create_organisation("Театр", OrgKind.PARTNER)
    await partner_world.store.save_person(300, Role.PARTNER, "Пётр", other.id)
    templates, text = await said(partner_world, "продли выставку до 10 января", 300)
    assert templates == ["not_your_event"], text
    assert "проводит КГТУ" in text, text
    templates, text = await said(partner_world, "продли выставку до 10 января", CURATOR)
    assert templates == ["change_card"], text
