"""chat53: the last reviews' conversation leftovers through the real chat core
(tests/chat_world.py: real planner, SQLite store, templates; clock Tuesday 1 December 2026,
PLAN42: КГТУ's 9Б lecture on the 9th, 10А's rehearsal on the 9th, 9Б's excursion on the
10th, 10А's concert on the 16th), written by the amber museum's methodist (a partner) or a
school teacher. All sentences are my own."""

from __future__ import annotations

from pathlib import Path

from bot.core.models import OrgKind, Role
from tests import chat_world
from tests.chat_world import ChatWorld, said

teacher = chat_world.plan_teacher
student = chat_world.plan_student
plan_student = chat_world.plan_student
METHODIST = 300  # the amber museum's methodist (a partner)


async def _museum(tmp_path: Path, *drafts: str) -> ChatWorld:
    """PLAN42 at the school, and the museum's methodist writing, each of whose `drafts` is
    saved (its card answered «да»)."""
    world = await chat_world.school_with_plan(tmp_path, Role.STAFF, chat_world.PLAN42)
    museum = await world.store.create_organisation("Музей янтаря", OrgKind.PARTNER)
    await world.store.save_person(METHODIST, Role.PARTNER, "Мария", museum.id)
    world.vk_id = METHODIST
    for draft in drafts:
        await said(world, draft)
        templates, answer = await said(world, "да")
        assert "saved" in templates, (draft, answer)
    return world


# the museum's two named events: the play clashes with КГТУ's 9Б lecture on the 9th
PLAY = "Спектакль «Зимняя сказка» для 9Б 9 декабря в 15:00"
QUEST = "Квест «Тайная комната» для 10А 10 декабря в 15:00"


# --- 1: an event's clashes asked by its quoted name ----------------------------------------


async def test_a_misspelt_quoted_name_still_finds_the_event(tmp_path: Path) -> None:
    """Before: «Не нашёл … по словам «зимняя скаска»», though the play is saved."""
    world = await _museum(tmp_path, PLAY, QUEST)
    try:
        for question in (
            "с чем пересекается «Зимняя скаска»?",
            "есть ли накладки у «Зимней скаски»?",
        ):
            templates, answer = await said(world, question)
            assert templates == ["event_clashes"], (question, answer)
            assert "Зимняя сказка" in answer, (question, answer)
            assert "Лекция о космосе" in answer, (question, answer)
    finally:
        await world.store.close()


async def test_a_misspelt_name_picks_only_the_event_it_names(tmp_path: Path) -> None:
    """«Тайная комнта» is the quest, never every event with «комната» in its name."""
    world = await _museum(tmp_path, QUEST, "Экскурсия «Янтарная комната» для 9Б 9 декабря в 15:00")
    try:
        templates, answer = await said(world, "с чем пересекается «Тайная комнта»?")
        assert templates == ["event_clashes"], answer
        assert "Тайная комната" in answer, answer
        assert "Янтарная" not in answer, answer
    finally:
        await world.store.close()


async def test_a_quoted_name_with_its_day_is_a_clash_question(tmp_path: Path) -> None:
    """Before: a new draft «„Зимняя сказка“» on the 9th, asking its time."""
    world = await _museum(tmp_path, PLAY)
    try:
        templates, answer = await said(world, "с чем пересекается «Зимняя сказка» 9 декабря?")
        assert templates == ["event_clashes"], answer
        assert "Лекция о космосе" in answer, answer
        templates, answer = await said(world, "с чем пересекается «Зимняя сказка» 10 декабря?")
        assert templates == ["event_details_not_found"], answer
    finally:
        await world.store.close()


async def test_a_name_nothing_is_called_is_not_found(tmp_path: Path) -> None:
    """Guard: a name no saved title is near is still «не нашёл», not some other event."""
    world = await _museum(tmp_path, PLAY)
    try:
        templates, answer = await said(world, "с чем пересекается «Весенняя капель»?")
        assert templates == ["event_details_not_found"], answer
    finally:
        await world.store.close()


# --- 2: a follow-up keeps the question's filters -------------------------------------------


async def test_a_partners_ours_is_kept_by_a_follow_up(tmp_path: Path) -> None:
    """Before: «а в январе?» after «что у нас в декабре?» listed every organiser's January."""
    world = await _museum(
        tmp_path,
        PLAY,
        "Экскурсия «Янтарная комната» для 9Б 12 января в 15:00",
    )
    try:
        world.vk_id = chat_world.SPEAKER  # the school's teacher adds КГТУ-free January work
        await said(world, "Лекция о роботах 13 января в 15:00 в актовом зале для 10А")
        await said(world, "да")
        world.vk_id = METHODIST
        _, answer = await said(world, "что у нас в декабре?")
        assert "Зимняя сказка" in answer, answer
        assert "Лекция о космосе" not in answer, answer
        templates, answer = await said(world, "а в январе?")
        assert templates == ["events_list"], answer
        assert "Янтарная комната" in answer, answer
        assert "Лекция о роботах" not in answer, answer
        assert "Музей янтаря" in answer.split("\n")[0], answer
    finally:
        await world.store.close()


async def test_a_room_and_an_organiser_are_kept_by_a_follow_up(teacher: ChatWorld) -> None:
    for text in (
        "Концерт 14 декабря в 15:00 в актовом зале для 10А",
        "Лекция о роботах 13 января в 15:00 в актовом зале для 10А",
        "Ярмарка 14 января в 15:00 в спортзале для 9Б",
    ):
        await said(teacher, text)
        await said(teacher, "да")
    await said(teacher, "что в актовом зале в декабре?")
    templates, answer = await said(teacher, "а в январе?")
    assert templates == ["events_list"], answer
    assert "Лекция о роботах" in answer, answer
    assert "Ярмарка" not in answer, answer
    _, answer = await said(teacher, "что у КГТУ в декабре?")
    assert "Лекция о космосе" in answer, answer
    assert "Концерт\n" not in answer, answer
    templates, answer = await said(teacher, "а в январе?")
    assert templates == ["no_events"], answer
    assert "Лекция о роботах" not in answer, answer


async def test_a_title_is_kept_by_a_follow_up(teacher: ChatWorld) -> None:
    await said(teacher, "Лекция о роботах 13 января в 15:00 для 10А")
    await said(teacher, "да")
    await said(teacher, "Ярмарка 14 января в 15:00 для 9Б")
    await said(teacher, "да")
    await said(teacher, "когда лекции в декабре?")
    templates, answer = await said(teacher, "а в январе?")
    assert templates == ["events_list"], answer
    assert "Лекция о роботах" in answer, answer
    assert "Ярмарка" not in answer, answer
    await said(teacher, "когда лекции в декабре?")
    templates, answer = await said(teacher, "а что в январе?")  # what is on: anew
    assert templates == ["events_list"], answer
    assert "Ярмарка" in answer, answer


async def test_a_new_question_drops_the_filters(tmp_path: Path) -> None:
    """Guard: «что в январе?» (no «а») after «что у нас в декабре?» is the whole plan."""
    world = await _museum(tmp_path, PLAY, "Экскурсия «Янтарная комната» для 9Б 12 января в 15:00")
    try:
        world.vk_id = chat_world.SPEAKER
        await said(world, "Лекция о роботах 13 января в 15:00 для 10А")
        await said(world, "да")
        world.vk_id = METHODIST
        await said(world, "что у нас в декабре?")
        _, answer = await said(world, "что в январе?")
        assert "Лекция о роботах" in answer, answer
        assert "Янтарная комната" in answer, answer
    finally:
        await world.store.close()


# --- 3: an invitation inside an announcement is no question --------------------------------


async def test_an_invitation_in_an_announcement_is_no_question(teacher: ChatWorld) -> None:
    """Before: the card, then «Ваш вопрос «Придёте на концерт?» я не понял»."""
    for text in (
        "Концерт хора 20 декабря в 15:00 для 9Б. Придёте на концерт?",
        "20 декабря в 15:00 в актовом зале концерт хора для 10А. Вы придёте на наш концерт?",
        "Ярмарка 18 декабря в 14:00 для 9Б. Успеете купить подарки?",
    ):
        templates, answer = await said(teacher, text)
        assert templates == ["event_card"], (text, answer)
        await said(teacher, "нет")


async def test_a_question_to_the_bot_after_a_draft_is_still_answered(teacher: ChatWorld) -> None:
    """Guard (chat51): a plan question after the draft is answered after the card."""
    templates, answer = await said(teacher, "12 декабря в 15:00 концерт для 10А. А ярмарка будет?")
    assert templates == ["event_card", "no_events"], answer


async def test_a_students_lone_question_is_still_a_query(student: ChatWorld) -> None:
    """Guard: «Что за концерт в пятницу?» alone asks the plan."""
    templates, answer = await said(student, "Что за концерт в пятницу?")
    assert templates == ["no_events"], answer
    assert "концерт" in answer, answer


# --- the walk: what was silently wrong -------------------------------------------------------

class_teacher = chat_world.class_teacher


async def test_a_count_for_ones_own_class_counts_its_events(class_teacher: ChatWorld) -> None:
    """Before: «📅 Декабрь, Всего: 4 мероприятия» — every class's, 10А's concert too."""
    templates, answer = await said(class_teacher, "сколько мероприятий у моего класса в декабре?")
    assert templates == ["events_list"], answer
    assert "Всего: 2 мероприятия" in answer, answer
    assert "Концерт хора" not in answer, answer
    assert "9Б" in answer.split("\n")[0], answer


async def test_an_events_end_asked_by_its_title_is_answered(plan_student: ChatWorld) -> None:
    """Before: «Сейчас нет открытой карточки …», though the excursion is saved."""
    for question in (
        "экскурсия во сколько заканчивается?",
        "до скольки будет экскурсия?",
        "сколько длится экскурсия в музей?",
    ):
        templates, answer = await said(plan_student, question)
        assert templates == ["event_details"], (question, answer)
        assert "10 декабря (чт), 15:00–16:00" in answer, (question, answer)


async def test_an_end_asked_alone_is_still_the_cards(plan_student: ChatWorld) -> None:
    """Guard: «до скольки?» naming nothing, with no card open, says no card is open."""
    templates, answer = await said(plan_student, "до скольки?")
    assert templates != ["event_details"], answer


async def test_show_my_sign_ups_is_the_list_of_ones_sign_ups(plan_student: ChatWorld) -> None:
    """Before: «покажи мои записи» listed the class's plan «📅 С 1 декабря, 9Б»."""
    await said(plan_student, "запиши меня на экскурсию")
    for text in ("покажи мои записи", "покажите мои мероприятия"):
        templates, answer = await said(plan_student, text)
        assert templates == ["my_signups"], (text, answer)
        assert "Экскурсия в музей янтаря" in answer, (text, answer)
        assert "Лекция о космосе" not in answer, (text, answer)


async def test_a_weekday_after_a_day_outside_the_week_listed_is_near(
    plan_student: ChatWorld,
) -> None:
    """Before: «а в воскресенье?» after next week's list and «что в субботу?» (the 5th) was
    Sunday the 13th, the listed week's, not the 6th after the Saturday just asked."""
    await said(plan_student, "что на следующей неделе?")
    _, answer = await said(plan_student, "что в субботу?")
    assert "5 декабря" in answer, answer
    _, answer = await said(plan_student, "а в воскресенье?")
    assert "6 декабря" in answer, answer
    await said(plan_student, "что на следующей неделе?")
    await said(plan_student, "а в четверг?")
    _, answer = await said(plan_student, "а в среду?")  # guard: within the week
    assert "9 декабря" in answer, answer


async def test_an_unconfirmed_class_teacher_is_told_why_no_counts(
    class_teacher: ChatWorld,
) -> None:
    """Before: «Для 9Б … нет мероприятий, записи на которые я могу вам показать» — though
    9Б has two, whose counts wait for the curator's word that this is 9Б's teacher."""
    templates, answer = await said(class_teacher, "кто из моего класса записался?")
    assert templates == ["signup_count_class_none"], answer
    assert "когда куратор подтвердит" in answer, answer
