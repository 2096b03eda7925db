"""The planner's use cases against a real SQLite store, a frozen clock and the real templates."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import EventStatus, OrgKind, Role
from bot.core.planner import Planner, PlannerConfig
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from bot.render import Renderer
from bot.storage.sqlite_store import SqliteStore, open_store

TZ = ZoneInfo("Europe/Kaliningrad")
CURATOR, KGTU_REP, BFU_REP, STUDENT = 100, 200, 300, 400


@dataclass
class World:
    store: SqliteStore
    planner: Planner
    renderer: Renderer
    clock: FixedClock

    async def say(self, vk_id: int, text: str) -> list[Reply]:
        return await self.planner.handle(vk_id, text)

    async def press(self, vk_id: int, payload: dict[str, object]) -> list[Reply]:
        return await self.planner.handle(vk_id, "", payload)

    def text(self, reply: Reply) -> str:
        return self.renderer.render(reply.template, reply.context)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    store = await open_store(tmp_path / "plan.db", TZ)
    clock = FixedClock(datetime(2026, 11, 23, 10, 0, tzinfo=TZ))  # Monday
    planner = Planner(store, clock, PlannerConfig(tz=TZ, admins=frozenset({CURATOR})))
    kgtu = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    bfu = await store.create_organisation("БФУ", OrgKind.PARTNER)
    await store.save_person(KGTU_REP, Role.PARTNER, "Анна", kgtu.id)
    await store.save_person(BFU_REP, Role.PARTNER, "Борис", bfu.id)
    await planner.identify(CURATOR, "Завуч")
    yield World(store, planner, Renderer(), clock)
    await store.close()


ROBOTICS = "Мастер-класс по робототехнике 15 декабря с 15:00 до 16:30, 9–11 классы, ауд. 204"


async def test_add_shows_card_and_yes_saves(world: World) -> None:
    [card] = await world.say(KGTU_REP, ROBOTICS)
    assert card.template == "event_card"
    text = world.text(card)
    assert "Мастер-класс по робототехнике" in text
    assert "15 декабря (вт), 15:00–16:30" in text
    assert "9–11 классы" in text
    assert "Накладок нет" in text
    [saved, waiting] = await world.say(KGTU_REP, "да")
    assert saved.template == "saved"
    # a partner's new event waits for the curator, who is told (walk t, #16)
    assert (waiting.template, waiting.recipients) == ("agreement_waiting_notice", (CURATOR,))
    events = await world.store.events_between(datetime(2026, 12, 15, tzinfo=TZ), None)
    assert [(e.title, e.start.hour, e.venue) for e in events] == [
        ("Мастер-класс по робототехнике", 15, "ауд. 204")
    ]


async def test_second_partner_is_warned_and_both_organisers_notified(world: World) -> None:
    await world.say(KGTU_REP, ROBOTICS)
    await world.say(KGTU_REP, "да")
    [card] = await world.say(BFU_REP, "Лекция о космосе 15 декабря в 16:00, 10А")
    assert card.template == "event_card"
    assert [c["reasons"] for c in card.context["clashes"]] == [["audience"]]
    assert card.context["slots"], "free slots are proposed"
    assert all(s["end"] - s["start"] == timedelta(hours=1) for s in card.context["slots"])
    replies = await world.press(BFU_REP, {"a": "save"})
    assert replies[0].template == "saved"
    notices = {r.recipients: r for r in replies[1:] if r.template == "clash_added"}
    assert set(notices) == {(KGTU_REP,), (CURATOR,)}
    assert all(r.template == "clash_added" and r.dedupe_key for r in notices.values())
    assert "Мастер-класс по робототехнике" in world.text(notices[(KGTU_REP,)])


async def test_touching_events_do_not_clash(world: World) -> None:
    await world.say(KGTU_REP, "Лекция 15 декабря с 15:00 до 16:00, 9 классы")
    await world.say(KGTU_REP, "да")
    [card] = await world.say(BFU_REP, "Экскурсия 15 декабря с 16:00 до 17:00, 9 классы")
    assert card.context["clashes"] == []


async def test_missing_time_then_audience_are_asked_one_at_a_time(world: World) -> None:
    [ask] = await world.say(KGTU_REP, "Олимпиада по физике 16 декабря")
    assert ask.template == "ask_time"
    [again] = await world.say(KGTU_REP, "когда-нибудь")
    assert again.template == "ask_time_again"
    [ask_audience] = await world.say(KGTU_REP, "в 10:00")
    assert ask_audience.template == "ask_audience"
    [card] = await world.say(KGTU_REP, "8 и 9 классы")
    assert card.template == "event_card"
    assert card.context["event"]["start"] == datetime(2026, 12, 16, 10, 0, tzinfo=TZ)
    assert sorted(card.context["event"]["audience"].grades) == [8, 9]


async def test_question_state_survives_a_restart(world: World, tmp_path: Path) -> None:
    await world.say(KGTU_REP, "Олимпиада по физике 16 декабря")
    restarted = Planner(world.store, world.clock, PlannerConfig(tz=TZ))
    [ask] = await restarted.handle(KGTU_REP, "весь день")
    assert ask.template == "ask_audience"
    [card] = await restarted.handle(KGTU_REP, "все")
    assert card.context["event"]["all_day"] is True


async def test_student_cannot_add_and_gets_an_explanation(world: World) -> None:
    [reply] = await world.say(STUDENT, ROBOTICS)
    assert reply.template == "not_allowed_add"
    assert "Добавлять мероприятия могут педагоги и партнёры" in world.text(reply)
    assert await world.store.count_events() == 0


async def test_partner_cannot_cancel_another_organisations_event(world: World) -> None:
    await world.say(KGTU_REP, ROBOTICS)
    await world.say(KGTU_REP, "да")
    await world.say(BFU_REP, "что 15 декабря?")
    [reply] = await world.say(BFU_REP, "отмени 1")
    assert reply.template == "not_your_event"
    [event] = await world.store.events_between(datetime(2026, 12, 1, tzinfo=TZ), None)
    assert event.status is EventStatus.CONFIRMED


async def test_move_and_cancel_own_event(world: World) -> None:
    await world.say(KGTU_REP, ROBOTICS)
    await world.say(KGTU_REP, "да")
    [card] = await world.say(KGTU_REP, "перенеси на 17:00")
    assert card.template == "change_card"  # issue 11: a move waits for «да»
    [moved, curators] = await world.say(KGTU_REP, "да")
    assert moved.template == "moved"
    assert curators.recipients == (CURATOR,)  # issue 11: a partner's move tells curators
    [event] = await world.store.events_between(datetime(2026, 12, 1, tzinfo=TZ), None)
    assert (event.start.hour, event.end.hour, event.end.minute) == (17, 18, 30)
    await world.say(KGTU_REP, "перенеси на 18 декабря")
    [moved_day, _] = await world.say(KGTU_REP, "да")
    assert moved_day.template == "moved"
    event = await world.store.get_event(event.id)
    assert event is not None
    assert (event.start.day, event.start.hour) == (18, 17)
    await world.say(KGTU_REP, "отмени")
    replies = await world.say(KGTU_REP, "да")
    assert replies[0].template == "cancelled"
    assert [r.recipients for r in replies[1:]] == [(CURATOR,)]
    cancelled = await world.store.get_event(event.id)
    assert cancelled is not None
    assert cancelled.status is EventStatus.CANCELLED
    log = await world.store.audit_entries(event.id)
    assert [e["action"] for e in log] == ["add", "update", "update", "update"]


async def test_move_checks_clashes_again(world: World) -> None:
    await world.say(KGTU_REP, "Лекция 15 декабря с 10:00 до 11:00, 9 классы")
    await world.say(KGTU_REP, "да")
    await world.say(BFU_REP, "Экскурсия 15 декабря с 15:00 до 16:00, 9 классы")
    await world.say(BFU_REP, "да")
    await world.say(BFU_REP, "перенеси на 10:30")
    replies = await world.say(BFU_REP, "да")
    assert replies[0].template == "moved"
    assert [c["event"]["title"] for c in replies[0].context["clashes"]] == ["Лекция"]
    assert {r.recipients for r in replies[1:]} == {(KGTU_REP,), (CURATOR,)}


async def test_pasted_plan_reports_clashes_between_its_lines(world: World) -> None:
    plan = (
        "1. Лекция 15 декабря с 15:00 до 16:00, 9 классы\n"
        "2. Экскурсия 15 декабря с 15:30 до 17:00, 9А\n"
        "3. Концерт 16 декабря в 12:00, актовый зал, 5 классы"
    )
    [summary] = await world.say(KGTU_REP, plan)
    assert summary.template == "plan_summary"
    assert summary.context["clash_count"] == 1  # one pair (1 with 2), counted once
    replies = await world.press(KGTU_REP, {"a": "save"})
    assert replies[0].context["count"] == 3
    assert await world.store.count_events() == 3


async def test_recurring_event_is_stored_per_occurrence(world: World) -> None:
    await world.say(KGTU_REP, "Кружок каждый четверг в 15:00 до конца декабря, 7 классы")
    await world.say(KGTU_REP, "да")
    events = await world.store.events_between(datetime(2026, 11, 1, tzinfo=TZ), None)
    assert [e.start.day for e in events] == [26, 3, 10, 17, 24, 31]
    assert len({e.series_id for e in events}) == 1


async def test_queries_group_by_day_and_default_to_the_students_class(world: World) -> None:
    for text in (
        "Лекция 1 декабря в 15:00, 9 классы",
        "Турнир 2 декабря в 15:00, 5 классы",
        "Встреча 3 декабря в 15:00, 9Б",
    ):
        await world.say(KGTU_REP, text)
        await world.say(KGTU_REP, "да")
    [listing] = await world.say(STUDENT, "что на следующей неделе?")
    assert [d["day"].day for d in listing.context["days"]] == [1, 2, 3]
    await world.say(STUDENT, "я из 9Б")
    [mine] = await world.say(STUDENT, "что на следующей неделе?")
    titles = [ev["title"] for d in mine.context["days"] for ev in d["events"]]
    assert titles == ["Лекция", "Встреча"]
    assert "9Б" in world.text(mine)


async def test_query_by_organiser(world: World) -> None:
    await world.say(KGTU_REP, "Лекция 1 декабря в 15:00, 9 классы")
    await world.say(KGTU_REP, "да")
    await world.say(BFU_REP, "Турнир 2 декабря в 15:00, 5 классы")
    await world.say(BFU_REP, "да")
    [listing] = await world.say(CURATOR, "мероприятия КГТУ в декабре")
    assert [ev["title"] for d in listing.context["days"] for ev in d["events"]] == ["Лекция"]
    [unknown] = await world.say(CURATOR, "мероприятия МФТИ в декабре")
    assert unknown.template == "unknown_organiser"


@pytest.mark.parametrize(
    "text",
    ["", "   ", "🤷", "asdf qwer", "отмени 99", "перенеси на ?", "да", "\x00\x7f", "я " * 5000],
)
async def test_bad_input_gets_a_polite_reply_and_loses_nothing(world: World, text: str) -> None:
    await world.say(KGTU_REP, ROBOTICS)
    await world.say(KGTU_REP, "да")
    replies = await world.say(KGTU_REP, text)
    assert replies
    assert all(world.text(r) for r in replies)
    assert await world.store.count_events() == 1
    [event] = await world.store.events_between(datetime(2026, 12, 1, tzinfo=TZ), None)
    assert event.status is EventStatus.CONFIRMED


async def test_a_failing_store_gives_the_error_reply(world: World) -> None:
    await world.store.close()
    [reply] = await world.say(KGTU_REP, ROBOTICS)
    assert reply.template == "error"
    assert "Ничего из сохранённого не потерялось" in world.text(reply)
    world.store.conn = (await open_store(":memory:", TZ)).conn  # let the fixture close cleanly


async def test_help_depends_on_role(world: World) -> None:
    [student_help] = await world.say(STUDENT, "помощь")
    [partner_help] = await world.say(KGTU_REP, "начать")
    assert "я из 9Б" in world.text(student_help)
    assert "Пришлите мероприятие" in world.text(partner_help)


async def test_curator_cancels_a_partner_event_and_the_partner_is_told(world: World) -> None:
    await world.say(KGTU_REP, ROBOTICS)
    await world.say(KGTU_REP, "да")
    await world.say(CURATOR, "что в декабре?")
    await world.say(CURATOR, "отмени 1")
    replies = await world.say(CURATOR, "да")
    assert replies[0].template == "cancelled"
    [notice] = replies[1:]
    assert notice.recipients == (KGTU_REP,)
    assert "Отменено куратором" in world.text(notice)


async def test_move_by_number_from_a_list(world: World) -> None:
    for text in ("Лекция 1 декабря в 15:00, 9 классы", "Турнир 2 декабря в 15:00, 5 классы"):
        await world.say(KGTU_REP, text)
        await world.say(KGTU_REP, "да")
    [mine] = await world.say(KGTU_REP, "мои мероприятия")
    assert mine.template == "my_events"
    await world.say(KGTU_REP, "перенеси 2 на 3 декабря в 12:00")
    [moved, _] = await world.say(KGTU_REP, "да")
    assert moved.template == "moved"
    events = await world.store.events_between(datetime(2026, 12, 1, tzinfo=TZ), None)
    assert [(e.title, e.start.day, e.start.hour) for e in events] == [
        ("Лекция", 1, 15),
        ("Турнир", 3, 12),
    ]


async def test_saved_reply_says_who_was_warned(world: World) -> None:
    await world.say(KGTU_REP, ROBOTICS)
    first, *_ = await world.say(KGTU_REP, "да")  # then the curator's agreement notice
    assert first.context["notified"] == 0
    await world.say(BFU_REP, "Лекция о космосе 15 декабря в 16:00, 10А")
    replies = await world.say(BFU_REP, "да")
    assert replies[0].context["notified"] == 2
    assert "О накладке я предупредил" in world.text(replies[0])


async def test_clash_overview(world: World) -> None:
    [none] = await world.say(CURATOR, "накладки")
    assert none.template == "clash_overview"
    assert "накладок нет" in world.text(none)
    await world.say(KGTU_REP, ROBOTICS)
    await world.say(KGTU_REP, "да")
    await world.say(BFU_REP, "Лекция о космосе 15 декабря в 16:00, 10А")
    await world.say(BFU_REP, "да")
    [overview] = await world.say(CURATOR, "накладки")
    assert len(overview.context["items"]) == 1  # one pair, not one per side
    assert "Причина: те же ученики" in world.text(overview)
    [student] = await world.say(STUDENT, "накладки")
    assert student.template == "clashes_not_allowed"  # who sees clashes, not «не понял»


async def test_plan_lines_without_time_are_listed_not_saved(world: World) -> None:
    plan = (
        "План КГТУ на декабрь:\n"
        "Лекция 15 декабря с 15:00 до 16:00, 9 классы\n"
        "Экскурсия 16 декабря в 10:00, 5 классы\n"
        "Олимпиада 17 декабря, 8 классы"
    )
    [summary] = await world.say(KGTU_REP, plan)
    assert summary.template == "plan_summary"
    assert [i["event"]["title"] for i in summary.context["items"]] == ["Лекция", "Экскурсия"]
    assert summary.context["incomplete"] == ["Олимпиада"]
    assert summary.context["skipped"] == []  # a heading is not "not understood" (newcomer walk)
    text = world.text(summary)
    assert "План КГТУ на декабрь" not in text
    assert "Не сохраню, пока не исправите" in text
    assert "• Олимпиада (строка 3) — нет времени" in text
    assert "• Олимпиада" in text
    replies = await world.say(KGTU_REP, "да")
    assert replies[0].context["count"] == 2
    assert await world.store.count_events() == 2


async def test_a_question_during_a_question_is_answered(world: World) -> None:
    [ask] = await world.say(KGTU_REP, "Олимпиада по физике 16 декабря")
    assert ask.template == "ask_time"
    [listing, _kept] = await world.say(KGTU_REP, "что 15 декабря?")  # the draft is kept
    assert listing.template == "no_events"
    # a day at «Во сколько?» amends the day and asks the time again (newcomer walk
    # 2026-12-02n, #11; before, «Не понял время» dropped the day the person gave)
    [day, again] = await world.say(KGTU_REP, "завтра")
    assert (day.template, again.template) == ("day_kept", "ask_time")
    assert world.text(day) == "📅 День записал: 24 ноября (вт)."
    [choice] = await world.say(KGTU_REP, "Олимпиада по химии 17 декабря в 10:00, 9 классы")
    assert choice.template == "draft_choice"  # issue 11: a pending draft is never dropped silently
    [card] = await world.say(KGTU_REP, "замени")
    assert card.template == "event_card"
    assert card.context["event"]["title"] == "Олимпиада по химии"


async def test_each_move_into_a_clash_is_a_new_notice(world: World) -> None:
    await world.say(KGTU_REP, "Лекция 15 декабря с 10:00 до 11:00, 9 классы")
    await world.say(KGTU_REP, "да")
    await world.say(BFU_REP, "Экскурсия 15 декабря с 15:00 до 16:00, 9 классы")
    await world.say(BFU_REP, "да")
    await world.say(BFU_REP, "перенеси на 10:30")
    first = await world.say(BFU_REP, "да")
    await world.say(BFU_REP, "перенеси на 15:00")
    await world.say(BFU_REP, "да")
    await world.say(BFU_REP, "перенеси на 10:15")
    second = await world.say(BFU_REP, "да")
    keys = [{r.dedupe_key for r in replies[1:]} for replies in (first, second)]
    assert keys[0]
    assert keys[1]
    assert not keys[0] & keys[1]


async def test_the_only_listed_event_is_the_default_target(world: World) -> None:
    await world.say(KGTU_REP, ROBOTICS)
    await world.say(KGTU_REP, "да")
    await world.say(KGTU_REP, "Лекция 16 декабря в 10:00, 9 классы")
    await world.say(KGTU_REP, "да")
    [listing] = await world.say(KGTU_REP, "что 15 декабря?")
    assert len(listing.context["days"]) == 1
    await world.say(KGTU_REP, "отмени")
    replies = await world.say(KGTU_REP, "да")
    assert replies[0].template == "cancelled"
    assert replies[0].context["event"]["title"] == "Мастер-класс по робототехнике"


async def test_curator_invites_a_partner_who_redeems_the_code_once(world: World) -> None:
    [created] = await world.say(CURATOR, "пригласить партнёра Музей янтаря")
    assert created.template == "invite_created"
    code = created.context["code"]
    assert code in world.text(created)
    replies = await world.say(777, code)
    assert replies[0].template == "invite_accepted"
    assert [r.recipients for r in replies[1:]] == [(CURATOR,)]
    person = await world.store.get_person_by_vk(777)
    assert person is not None
    assert person.role is Role.PARTNER
    org = await world.store.find_organisation("Музей янтаря")
    assert org is not None
    assert person.organisation_id == org.id
    [again] = await world.say(778, code)
    assert again.template == "invite_used"  # «попросите у куратора новый»
    [refused] = await world.say(KGTU_REP, "пригласить партнёра БФУ")
    assert refused.template == "invite_not_allowed"


async def test_card_buttons_edit_one_field_at_a_time(world: World) -> None:
    [card] = await world.say(KGTU_REP, ROBOTICS)
    edits = [b.payload for b in card.buttons[1]]
    assert edits == [{"a": "edit", "f": f} for f in ("when", "audience", "venue", "title")]
    [question] = await world.press(KGTU_REP, edits[0])
    assert question.template == "ask_edit"
    [again] = await world.say(KGTU_REP, "когда-нибудь потом")
    assert again.template == "ask_edit_again"
    [card] = await world.say(KGTU_REP, "16 декабря с 14 до 15:30")
    assert card.template == "event_card"
    assert card.context["event"]["start"] == datetime(2026, 12, 16, 14, 0, tzinfo=TZ)
    assert card.context["event"]["end"] == datetime(2026, 12, 16, 15, 30, tzinfo=TZ)
    await world.press(KGTU_REP, edits[2])
    [card] = await world.say(KGTU_REP, "нет")
    assert card.context["event"]["venue"] is None
    await world.press(KGTU_REP, edits[1])
    [card] = await world.say(KGTU_REP, "10А и 10Б")
    assert sorted(card.context["event"]["audience"].classes) == ["10А", "10Б"]
    await world.press(KGTU_REP, edits[3])
    [card] = await world.say(KGTU_REP, "Что умеют роботы: 25 минут о главном")
    assert card.context["event"]["title"] == "Что умеют роботы: 25 минут о главном"
    [saved, *_] = await world.say(KGTU_REP, "да")
    assert saved.template == "saved"
    [stored] = await world.store.events_between(world.clock.now(), None)
    assert (stored.title, stored.venue) == ("Что умеют роботы: 25 минут о главном", None)
    assert stored.start == datetime(2026, 12, 16, 14, 0, tzinfo=TZ)


async def test_edit_without_a_draft_is_answered_politely(world: World) -> None:
    [reply] = await world.press(KGTU_REP, {"a": "edit", "f": "when"})
    assert reply.template == "nothing_pending"


async def test_places_in_the_message_become_the_capacity(world: World) -> None:
    [card] = await world.say(
        KGTU_REP, "Экскурсия в лабораторию 15 декабря в 11:00, 8 классы, мест: 12"
    )
    assert "🎟 Мест: 12" in world.text(card)
    await world.say(KGTU_REP, "да")
    [event] = await world.store.events_between(world.clock.now(), None)
    assert event.capacity == 12


async def test_help_has_buttons_for_the_roles_everyday_questions(world: World) -> None:
    [student_help] = await world.say(STUDENT, "помощь")
    labels = [world.renderer.button_label(b) for row in student_help.buttons for b in row]
    assert labels == [
        "Что на этой неделе",
        "Что на следующей неделе",
        "Мои мероприятия",
        "Календарь .ics",
    ]
    [curator_help] = await world.say(CURATOR, "начать")
    clashes = curator_help.buttons[0][0]
    [overview] = await world.press(CURATOR, clashes.payload)
    assert overview.template == "clash_overview"
    [unknown] = await world.press(STUDENT, {"a": "say", "t": "drop table"})
    assert unknown.template == "unknown_button"


async def test_a_day_at_the_time_question_amends_the_day(world: World) -> None:
    """Newcomer walk 2026-12-02n, #11: «в пятницу», «15 декабря» at «Во сколько?» change
    the draft's day and ask the time again; a day with a clock takes both."""
    [ask] = await world.say(KGTU_REP, "Экскурсия 12 декабря, 9А")
    assert ask.template == "ask_time"
    replies = await world.say(KGTU_REP, "Отмена отменяется! Лекция 18 декабря состоится")
    assert "day_kept" not in [r.template for r in replies]  # a long text is no day answer
    [day, again] = await world.say(KGTU_REP, "в пятницу")
    assert (day.template, again.template) == ("day_kept", "ask_time")
    assert world.text(day) == "📅 День записал: 27 ноября (пт)."
    [day, again] = await world.say(KGTU_REP, "15 января")
    assert world.text(day) == "📅 День записал: 15 января 2027 года (пт)."
    [card] = await world.say(KGTU_REP, "в 11:00")
    assert card.context["event"]["start"] == datetime(2027, 1, 15, 11, 0, tzinfo=TZ)
    await world.say(KGTU_REP, "нет")
    await world.say(KGTU_REP, "Квиз 12 декабря, 9А")
    [card] = await world.say(KGTU_REP, "16 декабря в 14:00")
    assert card.context["event"]["start"] == datetime(2026, 12, 16, 14, 0, tzinfo=TZ)
    [again] = await world.say(KGTU_REP, "нет")
    await world.say(KGTU_REP, "Квиз 12 декабря, 9А")
    [again] = await world.say(KGTU_REP, "12 декабря")  # the same day: the time is still asked
    assert again.template == "ask_time_again"
