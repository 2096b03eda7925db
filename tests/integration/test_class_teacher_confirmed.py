"""A class teacher's class is the school's to confirm: «я классный руководитель 9А» said by
anyone on the staff keeps the class as their default, but that class's sign-up counts on
other organisers' events (and in «итоги») are theirs only once a curator pressed
«Подтвердить» under the claim; a forged confirmation (the teacher's own press, a partner's)
changes nothing, and a teacher's «итоги» says whose figures they are. The planner over a
real store, a frozen clock (Tuesday 1 December 2026, partner_world), the real templates."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from bot.core.language.buttons import ButtonAction, payload
from bot.core.models import Role
from bot.core.ports import FixedClock
from bot.core.replies import Reply
from tests import chat_world
from tests.chat_world import CURATOR, NOW, ChatWorld

world = chat_world.partner_world

STUDENT, TEACHER = 301, 500
LECTURE = "Лекция «Искусственный интеллект» 10 декабря в 15:00, 9–11 классы, ауд. 204"


async def _said(world: ChatWorld, text: str, vk_id: int | None = None) -> list[Reply]:
    return await world.planner.handle(world.vk_id if vk_id is None else vk_id, text)


async def _add(world: ChatWorld, text: str, vk_id: int | None = None) -> None:
    await _said(world, text, vk_id)
    [saved, *_] = await _said(world, "да", vk_id)
    assert saved.template == "saved", world.text(saved)


async def _teacher(world: ChatWorld) -> ChatWorld:
    school = await world.planner.own_organisation()
    await world.store.save_person(TEACHER, Role.STAFF, "Ольга Петровна", school.id)
    await world.planner.identify(CURATOR, "Завуч")
    return replace(world, vk_id=TEACHER)


async def _lecture_with_a_9b_student(world: ChatWorld) -> None:
    await _add(world, LECTURE)
    await world.store.save_person(STUDENT, Role.STUDENT, "Ученик", class_name="9Б")
    await _said(world, "что 10 декабря?", STUDENT)
    [joined, *_] = await _said(world, "записаться 1", STUDENT)
    assert joined.template == "signed_up", world.text(joined)


async def test_a_class_teachers_claim_gives_counts_only_after_a_curator_confirms(
    world: ChatWorld,
) -> None:
    await _lecture_with_a_9b_student(world)
    teacher = await _teacher(world)
    told, claim = await teacher.say("я классный руководитель 9Б")
    assert "когда куратор подтвердит" in teacher.text(told), teacher.text(told)
    assert claim.recipients == (CURATOR,)
    assert "Ольга Петровна" in teacher.text(claim)
    assert "9Б" in teacher.text(claim)
    [refused] = await teacher.say("сколько записалось на лекцию?")
    assert refused.template == "signup_count_not_yours", teacher.text(refused)
    [button] = claim.buttons[0]
    done, notice = await world.planner.handle(CURATOR, "", dict(button.payload))
    assert done.template == "class_teacher_confirmed", world.text(done)
    assert notice.recipients == (TEACHER,)
    [counts] = await teacher.say("сколько записалось на лекцию?")
    assert counts.template == "signup_count", teacher.text(counts)
    assert "из 9Б записался 1 ученик" in teacher.text(counts), teacher.text(counts)
    [report] = await teacher.say("итоги декабря")
    assert "мероприятия 9Б" in teacher.text(report).split("\n")[0], teacher.text(report)


async def test_a_forged_confirmation_from_the_teacher_changes_nothing(world: ChatWorld) -> None:
    await _lecture_with_a_9b_student(world)
    teacher = await _teacher(world)
    await teacher.say("я классный руководитель 9Б")
    person = await world.store.get_person_by_vk(TEACHER)
    assert person is not None
    forged = payload(ButtonAction.CLASS_TEACHER, id=person.id, c="9Б")
    [refused] = await teacher.press(forged)
    assert refused.template == "class_teacher_confirm_refused", teacher.text(refused)
    [still] = await teacher.say("кто записался на лекцию?")
    assert still.template == "signup_count_not_yours", teacher.text(still)
    # a partner's press of the same button is no curator's either
    [partner] = await world.press(forged)
    assert partner.template == "class_teacher_confirm_refused"


async def test_a_confirmed_class_teacher_claiming_another_class_is_asked_about_again(
    world: ChatWorld,
) -> None:
    await _lecture_with_a_9b_student(world)
    teacher = await _teacher(world)
    _, claim = await teacher.say("я классный руководитель 10А")
    [button] = claim.buttons[0]
    await world.planner.handle(CURATOR, "", dict(button.payload))
    _, again = await teacher.say("я классный руководитель 9Б")  # not confirmed: asked
    assert again.template == "class_teacher_claimed", teacher.text(again)
    [refused] = await teacher.say("сколько записалось на лекцию?")
    assert refused.template == "signup_count_not_yours", teacher.text(refused)
    # the old 10А button pressed now confirms nothing: the teacher claims 9Б
    [outdated] = await world.planner.handle(CURATOR, "", dict(button.payload))
    assert outdated.template == "class_teacher_claim_outdated", world.text(outdated)
    [still] = await teacher.say("сколько записалось на лекцию?")
    assert still.template == "signup_count_not_yours"


# --- a teacher's «итоги» says whose figures they are --------------------------------------


async def test_a_teachers_report_is_titled_with_their_own_events(world: ChatWorld) -> None:
    teacher = await _teacher(world)
    await _add(world, "Классный час 7 декабря в 10:00, 9Б", TEACHER)
    [report] = await teacher.say("итоги декабря")
    title = teacher.text(report).split("\n")[0]
    assert report.template == "report", teacher.text(report)
    assert title.startswith("📊 Итоги: ваши мероприятия,"), title
    assert "Школа" not in title, title


async def test_a_claim_made_before_any_curator_wrote_is_confirmed_from_the_list(
    world: ChatWorld,
) -> None:
    """No curator stored yet: nobody gets the claim, so the curator's «классные
    руководители» lists it with its button; a teacher typing it is refused."""
    await _lecture_with_a_9b_student(world)
    school = await world.planner.own_organisation()
    await world.store.save_person(TEACHER, Role.STAFF, "Ольга Петровна", school.id)
    teacher = replace(world, vk_id=TEACHER)
    [told] = await teacher.say("я классный руководитель 9Б")  # no curator to ask yet
    assert "«классные руководители»" in teacher.text(told), teacher.text(told)
    [refused] = await teacher.say("классные руководители")
    assert refused.template == "class_teacher_confirm_refused", teacher.text(refused)
    curator = replace(world, vk_id=CURATOR)
    [listed] = await curator.say("классные руководители")
    assert "9Б — Ольга Петровна" in curator.text(listed), curator.text(listed)
    assert "ждёт подтверждения" in curator.text(listed)
    [[button]] = listed.buttons
    [done, _] = await curator.press(dict(button.payload))
    assert done.template == "class_teacher_confirmed", curator.text(done)
    [counts] = await teacher.say("сколько записалось на лекцию?")
    assert counts.template == "signup_count", teacher.text(counts)
    [again] = await curator.say("классные руководители")
    assert "✅ подтверждено" in curator.text(again)
    assert [b.label for [b] in again.buttons] == ["withdraw_class_teacher"]  # «Снять» only


# --- attack 2026-12-02s: a confirmation is of one claim, one class, one teacher ---------------


async def _confirmed_9b(world: ChatWorld) -> ChatWorld:
    """The 9Б lecture with a 9Б student, and the teacher confirmed as 9Б's class teacher."""
    await _lecture_with_a_9b_student(world)
    teacher = await _teacher(world)
    _, claim = await teacher.say("я классный руководитель 9Б")
    [button] = claim.buttons[0]
    done, _ = await world.planner.handle(CURATOR, "", dict(button.payload))
    assert done.template == "class_teacher_confirmed", world.text(done)
    return teacher


async def test_claiming_another_class_and_back_asks_the_curator_again(world: ChatWorld) -> None:
    teacher = await _confirmed_9b(world)
    await teacher.say("я классный руководитель 10А")
    told, again = await teacher.say("я классный руководитель 9Б")
    assert "когда куратор подтвердит" in teacher.text(told), teacher.text(told)
    assert again.template == "class_teacher_claimed", teacher.text(again)
    [refused] = await teacher.say("сколько записалось на лекцию?")
    assert refused.template == "signup_count_not_yours", teacher.text(refused)


async def test_a_teacher_who_left_the_staff_and_came_back_is_asked_about_again(
    world: ChatWorld,
) -> None:
    teacher = await _confirmed_9b(world)
    await world.store.save_person(TEACHER, Role.STUDENT, "Ольга Петровна", class_name="9Б")
    school = await world.planner.own_organisation()
    await world.store.save_person(TEACHER, Role.STAFF, "Ольга Петровна", school.id)
    _, again = await teacher.say("я классный руководитель 9Б")
    assert again.template == "class_teacher_claimed", teacher.text(again)
    [refused] = await teacher.say("сколько записалось на лекцию?")
    assert refused.template == "signup_count_not_yours", teacher.text(refused)


async def test_each_claim_reaches_the_curator_under_its_own_key(world: ChatWorld) -> None:
    await _lecture_with_a_9b_student(world)
    teacher = await _teacher(world)
    _, first = await teacher.say("я классный руководитель 9Б")
    await teacher.say("я классный руководитель 10А")
    clock = world.planner.clock
    assert isinstance(clock, FixedClock)
    clock.set(NOW + timedelta(minutes=5))
    _, third = await teacher.say("я классный руководитель 9Б")
    assert third.recipients == (CURATOR,)
    assert third.dedupe_key != first.dedupe_key


async def test_a_curator_withdraws_a_confirmation_from_the_list(world: ChatWorld) -> None:
    teacher = await _confirmed_9b(world)
    curator = replace(world, vk_id=CURATOR)
    [listed] = await curator.say("классные руководители")
    [[withdraw]] = listed.buttons
    assert "Снять" in curator.text(listed), curator.text(listed)
    done, notice = await curator.press(dict(withdraw.payload))
    assert done.template == "class_teacher_withdrawn", curator.text(done)
    assert notice.recipients == (TEACHER,)
    [refused] = await teacher.say("сколько записалось на лекцию?")
    assert refused.template == "signup_count_not_yours", teacher.text(refused)
    [again] = await curator.press(dict(withdraw.payload))  # pressed twice: nothing to take
    assert again.template == "class_teacher_claim_outdated", curator.text(again)
    # a forged «Снять» from the teacher changes nothing
    [refused_press] = await teacher.press(dict(withdraw.payload))
    assert refused_press.template == "class_teacher_confirm_refused"


async def test_confirming_a_second_teacher_of_a_class_replaces_the_first(
    world: ChatWorld,
) -> None:
    first = await _confirmed_9b(world)
    school = await world.planner.own_organisation()
    await world.store.save_person(501, Role.STAFF, "Ирина Львовна", school.id)
    second = replace(world, vk_id=501)
    _, claim = await second.say("я классный руководитель 9Б")
    [button] = claim.buttons[0]
    done, _ = await world.planner.handle(CURATOR, "", dict(button.payload))
    assert "Ольга Петровна" in world.text(done), world.text(done)
    [counts] = await second.say("сколько записалось на лекцию?")
    assert counts.template == "signup_count", second.text(counts)
    [refused] = await first.say("сколько записалось на лекцию?")
    assert refused.template == "signup_count_not_yours", first.text(refused)


async def test_a_confirmed_class_teacher_sees_only_their_class(world: ChatWorld) -> None:
    teacher = await _confirmed_9b(world)
    await world.store.save_person(310, Role.STUDENT, "Ученик 10А", class_name="10А")
    await _said(world, "что 10 декабря?", 310)
    [joined, *_] = await _said(world, "записаться 1", 310)
    assert joined.template == "signed_up", world.text(joined)
    [counts] = await teacher.say("сколько записалось на лекцию?")
    text = teacher.text(counts)
    assert "9Б" in text, text
    assert "10А" not in text, text
    assert "2" not in text.replace("2026", ""), text  # not the event's total
    # the organiser still sees the whole event
    [whole] = await world.say("сколько записалось на лекцию?")
    assert "10А — 1" in world.text(whole), world.text(whole)


async def test_a_forged_list_class_is_not_echoed(world: ChatWorld) -> None:
    await _lecture_with_a_9b_student(world)
    teacher = await _teacher(world)
    await teacher.say("я классный руководитель 9Б")
    person = await world.store.get_person_by_vk(TEACHER)
    assert person is not None
    forged = {"a": "class_teacher", "id": person.id, "c": ["9Б"]}
    [outdated] = await world.planner.handle(CURATOR, "", forged)
    assert "[" not in world.text(outdated), world.text(outdated)


async def test_the_refusal_needs_no_gender_of_the_title(world: ChatWorld) -> None:
    await _lecture_with_a_9b_student(world)
    teacher = await _teacher(world)
    [refused] = await teacher.say("сколько записалось на лекцию?")
    assert "на него" not in teacher.text(refused), teacher.text(refused)


# --- attack 2026-12-02s #3: a move by title names the event with every word -----------------


@pytest.mark.parametrize(
    "text", ["лекцию о космосе придётся перенести", "перенеси лекцию о космосе на 17 декабря"]
)
async def test_a_move_naming_another_subject_picks_no_event(world: ChatWorld, text: str) -> None:
    await _lecture_with_a_9b_student(world)
    [reply] = await world.say(text)
    assert reply.template == "move_not_found", world.text(reply)
    assert "Искусственный" not in world.text(reply), world.text(reply)
    assert "слова: лекция, космос" in world.text(reply), world.text(reply)  # not «космосе»
    event = await world.store.get_event(1)
    assert event is not None
    assert event.start.day == 10


async def test_a_move_naming_the_event_still_finds_it(world: ChatWorld) -> None:
    await _lecture_with_a_9b_student(world)
    [reply] = await world.say("лекцию про искусственный интеллект придётся перенести")
    assert reply.template == "ask_move_when", world.text(reply)


# --- attack 2026-12-02s #4: a move request is never the answer to «Как назвать …?» -----------


async def test_a_move_request_at_the_title_question_starts_the_move(world: ChatWorld) -> None:
    await _lecture_with_a_9b_student(world)
    [asked] = await world.say("11 декабря в 16:00")
    assert asked.template == "ask_title", world.text(asked)
    replies = await world.say("лекцию про искусственный интеллект придётся перенести")
    assert "ask_move_when" in [r.template for r in replies], [world.text(r) for r in replies]
    assert all("Для каких классов" not in world.text(r) for r in replies)
    assert all("«»" not in world.text(r) for r in replies)  # the untitled draft kept


# --- attack 2026-12-02s #6e: a class teacher names one class --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "я классный руководитель 9А и 9Б",
        "я классный руководитель 9",
        "я классный руководитель 9 классов",
        "я классный руководитель 9-11",
    ],
)
async def test_a_claim_of_no_single_class_asks_for_one(world: ChatWorld, text: str) -> None:
    teacher = await _teacher(world)
    [reply] = await teacher.say(text)
    assert reply.template == "class_teacher_one_class", teacher.text(reply)
    assert "одного класса" in teacher.text(reply)
    person = await world.store.get_person_by_vk(TEACHER)
    assert person is not None
    assert person.class_name is None  # nothing silently chosen


async def test_a_class_teachers_overview_shows_their_class_on_others_events(
    world: ChatWorld,
) -> None:
    teacher = await _confirmed_9b(world)
    await world.store.save_person(310, Role.STUDENT, "Ученик 10А", class_name="10А")
    await _said(world, "что 10 декабря?", 310)
    await _said(world, "записаться 1", 310)
    await _add(world, "Экскурсия в музей 7 декабря в 10:00, 9Б", TEACHER)
    [overview] = await teacher.say("сколько записалось?")
    text = teacher.text(overview)
    assert overview.template == "signup_count_overview", text
    lecture = next(line for line in text.split("\n") if "Искусственный" in line)
    assert "из 9Б записался 1 ученик" in lecture, text  # not the lecture's 2


# --- walk 2026-12-02t #20: the list's buttons stay pressable, in a stable order ---------------


async def test_the_list_buttons_stay_valid_and_in_order_after_a_press(world: ChatWorld) -> None:
    """Two claims in «классные руководители»: pressing the first answers with the list's
    buttons again in the same order (the pressed one now «Снять»), so the second press still
    confirms the second teacher, never un-confirms the first; each button names its teacher."""
    school = await world.planner.own_organisation()
    await world.store.save_person(TEACHER, Role.STAFF, "Ольга Петровна", school.id)
    await world.store.save_person(501, Role.STAFF, "Марина Ивановна", school.id)
    await replace(world, vk_id=TEACHER).say("я классный руководитель 9А")
    await replace(world, vk_id=501).say("я классный руководитель 8А")
    curator = replace(world, vk_id=CURATOR)
    [listed] = await curator.say("классные руководители")
    labels = [world.renderer.button_label(b) for [b] in listed.buttons]
    assert labels == ["Подтвердить: 8А — Марина Ивановна", "Подтвердить: 9А — Ольга Петровна"]
    [done, _] = await curator.press(dict(listed.buttons[0][0].payload))
    assert done.template == "class_teacher_confirmed", curator.text(done)
    after = [world.renderer.button_label(b) for [b] in done.buttons]
    assert after == ["Снять: 8А — Марина Ивановна", "Подтвердить: 9А — Ольга Петровна"]
    [done2, _] = await curator.press(dict(done.buttons[1][0].payload))
    assert done2.template == "class_teacher_confirmed", curator.text(done2)
    assert "9А" in curator.text(done2)
    [again] = await curator.say("классные руководители")
    order = [world.renderer.button_label(b) for [b] in again.buttons]
    assert order == ["Снять: 8А — Марина Ивановна", "Снять: 9А — Ольга Петровна"]


async def test_every_waiting_claim_has_a_button_however_long_the_list(world: ChatWorld) -> None:
    """review19: VK shows at most 6 rows of an inline keyboard (bot.transports.vk.keyboard
    cuts the rest), and the list gave one row per teacher in class order: with 6 teachers
    confirmed before them, 8А and 8Б waited with no button to press. The waiting claims
    come first into the rows; the rows stay in the list's order."""
    school = await world.planner.own_organisation()
    await world.planner.identify(CURATOR, "Завуч")
    curator = replace(world, vk_id=CURATOR)
    classes = ["5А", "5Б", "6А", "6Б", "7А", "7Б", "8А", "8Б"]
    for n, class_name in enumerate(classes):
        vk_id = 600 + n
        await world.store.save_person(vk_id, Role.STAFF, f"Педагог {class_name}", school.id)
        replies = await replace(world, vk_id=vk_id).say(f"я классный руководитель {class_name}")
        notice = next(r for r in replies if r.buttons)
        if class_name < "8":  # the first six are confirmed by their notices' buttons
            await curator.press(dict(notice.buttons[0][0].payload))
    [listed] = await curator.say("классные руководители")
    labels = [world.renderer.button_label(b) for row in listed.buttons for b in row]
    assert len(listed.buttons) <= 6, labels
    assert "Подтвердить: 8А — Педагог 8А" in labels, labels
    assert "Подтвердить: 8Б — Педагог 8Б" in labels, labels
    assert labels == sorted(labels, key=lambda label: label.split(": ")[1]), labels
