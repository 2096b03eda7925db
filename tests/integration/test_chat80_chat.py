"""chat80: what busy users tripped over in round 45 (tests/data/chat80.md, newcomer78's and
chat78's leftovers), each typed as a user would through the real planner over a real store
(SQLite; PostgreSQL under tests/pg_everywhere.py). The clock is chat_world's NOW, Tuesday
1 December 2026, 10:00 Kaliningrad. All sentences are my own."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from bot.core.models import OrgKind, Role
from bot.core.replies import Reply
from tests import chat_world
from tests.chat_world import CURATOR, SPEAKER, ZONE, ChatWorld, curator_world, open_world, said
from tests.integration.test_poll_keeps_place import Poll, poll

__all__ = ["poll"]  # the after-event poll fixture (a student at its rating question)
plan_student = chat_world.plan_student


def _signup_numbers(replies: list[Reply]) -> list[int]:
    """The numbers of the «Записаться: N» buttons under `replies`."""
    return [
        b.context["number"]
        for r in replies
        for row in r.buttons
        for b in row
        if b.label == "signup"
    ]


# --- W8: a signed-up event offers no «записаться» -----------------------------------------


async def test_a_signed_up_event_offers_no_signup(plan_student: ChatWorld) -> None:
    """After «записаться 1» the list marked the lecture «✅ вы записаны» and still ended
    «Записаться — … «записаться 1»» with the button «Записаться: 1» (newcomer78 W8): the
    list now offers only the events the student is not on."""
    replies = await plan_student.say("что на следующей неделе?")
    assert _signup_numbers(replies) == [1, 2], [plan_student.text(r) for r in replies]
    _, text = await said(plan_student, "записаться 1")
    assert "Вы записаны" in text, text
    replies = await plan_student.say("что на следующей неделе?")
    text = "\n".join(plan_student.text(r) for r in replies)
    assert "✅ вы записаны" in text, text
    assert _signup_numbers(replies) == [2], text
    assert "«записаться 2»" in text, text
    assert "«записаться 1»" not in text, text
    await said(plan_student, "записаться 2")
    replies = await plan_student.say("что на следующей неделе?")
    text = "\n".join(plan_student.text(r) for r in replies)
    assert _signup_numbers(replies) == [], text
    assert "Записаться —" not in text, text


# --- W9: the 0–10 question has 0–10 buttons -----------------------------------------------


async def test_the_recommend_question_and_its_buttons_run_0_to_10(poll: Poll) -> None:
    """«… посоветуете … другу? От 0 до 10 (0 — словом «ноль» или цифрой)» came with buttons
    1–10 (newcomer78 W9). The school's loyalty figure is NPS, on 0–10: the question, its
    repeat and its buttons all run 0–10, the whole row kept together for VK, and the 0
    button stores 0."""
    [asked] = await poll.planner.handle(21, "", {"a": "rate", "e": poll.event_id, "v": 4})
    text = poll.text(asked)
    assert asked.template == "poll_recommend", text
    assert "От 0 до 10: 0 — точно не посоветую, 10 — обязательно посоветую." in text, text
    values = [b.context["value"] for row in asked.buttons for b in row]
    assert values == list(range(11)), values
    assert asked.whole_keyboard
    [again] = await poll.say("не знаю даже")
    assert again.template in ("poll_recommend_again", "poll_comment", "poll_thanks"), again
    if again.template == "poll_recommend_again":
        assert [b.context["value"] for row in again.buttons for b in row] == list(range(11))
    await poll.planner.handle(21, "", {"a": "recommend", "e": poll.event_id, "v": 0})
    [row] = await poll.rows()
    assert (row["rating"], row["recommend"]) == (4, 0), row


# --- W3: moving another person's event ------------------------------------------------------

MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=ZONE)


async def test_moving_the_curators_event_says_whose_it_is(tmp_path: Path) -> None:
    """The class teacher of 7Б asked «у нас классный час 16 декабря пересекается с
    экскурсией, перенесите классный час на 17 декабря» of the curator's class hour and got
    «Среди ваших предстоящих мероприятий нет такого, в названии которого есть слова:
    классный, экскурсия — переносить нечего» (newcomer78 W3): the clash clause was read as
    the event's name. Now the verb's own clause names it, and she is told the curator added
    it and only the curator may move it; her own event is moved by the same words."""
    world = await open_world(tmp_path / "plan.db", MONDAY, Role.STAFF, "Школа", OrgKind.SCHOOL)
    try:
        world.vk_id = CURATOR
        await said(world, "Классный час 16 декабря в 14:00, 7Б")
        assert (await said(world, "да"))[0] == ["saved"]
        world.vk_id = SPEAKER
        await said(world, "я классный руководитель 7Б")
        for text in (
            "у нас классный час 16 декабря пересекается с экскурсией, перенесите классный час"
            " на 17 декабря",
            "у нас накладка с экскурсией, классный час перенесите на 17 декабря",
        ):
            templates, answer = await said(world, text)
            assert templates == ["not_your_event"], answer
            assert "добавил куратор" in answer, answer
            assert "только куратор" in answer, answer
            assert "экскурси" not in answer, answer
        await said(world, "Викторина 18 декабря в 15:00, 7Б")
        assert "saved" in (await said(world, "да"))[0]
        templates, answer = await said(
            world, "викторина совпадает с экскурсией, перенесите викторину на 21 декабря"
        )
        assert templates == ["change_card"], answer
        assert "21 декабря" in answer, answer
    finally:
        await world.store.close()


# --- W6: «что на каникулах?» --------------------------------------------------------------


async def test_the_holidays_are_named_as_a_person_names_them(tmp_path: Path) -> None:
    """«что на каникулах?» answered «На 31 декабря 2026 — 10 января 2027 мероприятий нет»
    (newcomer78 W6): now «С 31 декабря по 10 января (зимние каникулы) …», and a list of
    the holidays is headed «Зимние каникулы: 31 декабря — 10 января»."""
    world = await open_world(tmp_path / "plan.db", MONDAY, Role.STAFF, "Школа", OrgKind.SCHOOL)
    try:
        for text in ("что на каникулах?", "что у нас на зимних каникулах?"):
            templates, answer = await said(world, text)
            assert templates == ["no_events"], answer
            assert answer.startswith(
                "С 31 декабря по 10 января (зимние каникулы) мероприятий нет."
            ), answer
        await said(world, "Новогодний квест 5 января в 12:00, 7Б")
        await said(world, "да")
        templates, answer = await said(world, "что на каникулах?")
        assert templates == ["events_list"], answer
        assert answer.startswith("📅 Зимние каникулы: 31 декабря — 10 января\n"), answer
        templates, answer = await said(world, "что на следующей неделе?")
        assert "каникулы" not in answer.split("\n")[0], answer
    finally:
        await world.store.close()


# --- the parents' events (chat78's leftovers) ---------------------------------------------


async def test_a_parents_lecture_stays_the_parents_when_its_classes_are_answered(
    tmp_path: Path,
) -> None:
    """«Лекция для родителей 15 декабря в 18:00» asked «Для каких классов …?», and «9А»
    gave a card «👥 9А» — 9А's students; so did «Родительское собрание …» (the answer
    replaced the whole audience). The parents of the classes answered now."""
    world = await open_world(tmp_path / "plan.db", MONDAY, Role.STAFF, "Школа", OrgKind.SCHOOL)
    try:
        for post in ("Лекция для родителей 15 декабря в 18:00", "Родительское собрание 15 декабря"):
            templates, answer = await said(world, post + " в 18:00" * ("18:00" not in post))
            assert templates == ["ask_audience"], answer
            templates, answer = await said(world, "9А, 9Б")
            assert templates == ["event_card"], answer
            assert "👥 родители 9А, 9Б" in answer, answer
            await said(world, "нет")
    finally:
        await world.store.close()


async def test_a_lecture_is_made_the_parents_by_its_title_and_back_by_classes(
    tmp_path: Path,
) -> None:
    """«Лекция для родителей» said of the saved «Лекция» was «не понял» (only «это
    мероприятие для …» was read: chat78's leftover); and «для 9-х классов» after it kept
    the parents («родители 9-х классов»). Now the title names the event, and classes alone
    give it back to the students — unless its title is a parents' meeting. With no lecture
    saved, «Лекция для родителей» is still not understood (a new post may open so)."""
    world = await open_world(tmp_path / "plan.db", MONDAY, Role.STAFF, "Школа", OrgKind.SCHOOL)
    try:
        templates, answer = await said(world, "Лекция для родителей")
        assert templates == ["not_understood"], answer
        await said(world, "Лекция 16 декабря в 16:00 в актовом зале, 9А")
        await said(world, "да")
        templates, answer = await said(world, "Лекция для родителей")
        assert templates == ["change_card"], answer
        assert "Классы: 9А → родители 9А" in answer, answer
        await said(world, "да")
        templates, answer = await said(world, "это мероприятие для 9-х классов")
        assert templates == ["change_card"], answer
        assert "Классы: родители 9А → 9-е классы" in answer, answer
        await said(world, "нет")
        await said(world, "Родительское собрание 17 декабря в 18:00, 9А")
        await said(world, "да")
        templates, answer = await said(world, "это мероприятие для 9-х классов")
        assert "родители 9-х классов" in answer, answer
    finally:
        await world.store.close()


# --- a series' new meetings ----------------------------------------------------------------


async def test_a_series_new_meetings_take_the_series_length_in_words_too(tmp_path: Path) -> None:
    """«продли кружок на месяц» said «… время и длительность как у серии», and its card then
    «⏱ Окончание не указано — считаю, что мероприятие идёт час» (chat78's leftover): the
    card now says the length is the series' own; a new event's card is unchanged."""
    world = await open_world(tmp_path / "plan.db", MONDAY, Role.STAFF, "Школа", OrgKind.SCHOOL)
    try:
        templates, answer = await said(
            world, "Кружок робототехники каждый вторник в 15:00 до 22 декабря, 7Б"
        )
        assert "⏱ Окончание не указано — считаю, что мероприятие идёт час." in answer, answer
        await said(world, "да")
        for text in ("продли кружок на месяц", "добавь ещё занятие кружка робототехники 12 января"):
            templates, answer = await said(world, text)
            assert templates[-1] == "event_card", answer
            assert "Окончание не указано" not in answer, answer
            assert "⏱ Длительность как у серии: её окончание не указывали" in answer, answer
            await said(world, "нет")
    finally:
        await world.store.close()


async def test_a_calendar_for_a_class_is_still_a_file_not_an_events_audience(
    tmp_path: Path,
) -> None:
    """chat80's «Лекция для родителей» (a saved event's title, then «для …») read «календарь
    для 9Б» as an event «календарь» and answered «не понял» (stop 61's CI,
    tests/e2e/test_vk_files.py): the file asked for comes first, «Лекция для родителей»
    still changes the lecture."""
    async with curator_world(tmp_path / "plan.db", MONDAY) as world:
        await said(world, "Робототехника 15 декабря в 15:00, 9Б")
        assert "saved" in (await said(world, "да"))[0]
        replies = await world.say("календарь для 9Б")
        assert [r.template for r in replies] in (["export_ready"], ["export_empty"]), [
            world.text(r) for r in replies
        ]
        assert replies[0].template == "export_ready"
        assert replies[0].document is not None
