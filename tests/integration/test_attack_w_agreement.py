"""Attack w (2026-12-02), findings 1, 3, 10, 11, 13 and 15 on the curator's agreement, over a
real store (SQLite), a frozen clock and the real templates: a withdrawal question's button
pressed while a cancel card is open (and the reverse), «согласую всё от музея, КГТУ
подождёт», an event months ahead agreed by name, «верни» after a withdrawal, «согласую 1 и
2», the plural withdrawal notice. Sentences written for these tests."""

from __future__ import annotations

from bot.core.models import EventStatus
from tests import chat_world
from tests.chat_world import CURATOR, ChatWorld
from tests.integration.test_attack_v_agreement_fixes import EXCURSION, MASTER_CLASS, _add
from tests.integration.test_walk_t_agreement import MUSEUM, TEACHER, _events, _people, _say

world = chat_world.partner_world


async def _agreed_excursion(world: ChatWorld) -> None:
    await _people(world)
    await _add(world, MASTER_CLASS)
    await _add(world, EXCURSION, MUSEUM)
    templates, _ = await _say(world, "согласую экскурсию", CURATOR)
    assert templates[0] == "agreement_done", templates


async def test_an_old_withdraw_button_never_cancels(world: ChatWorld) -> None:
    await _agreed_excursion(world)
    question = await world.planner.handle(CURATOR, "отзови согласование экскурсии")
    assert question[0].template == "agreement_withdraw_question"
    [[withdraw, keep]] = question[0].buttons
    card = await world.planner.handle(CURATOR, "отмени экскурсию, причина: закрыт музей")
    assert any(r.template == "change_card" for r in card), [r.template for r in card]
    [[cancel, _]] = next(r for r in card if r.template == "change_card").buttons
    assert withdraw.payload != cancel.payload  # each question's buttons name their question
    for old in (withdraw, keep):
        pressed = await world.planner.handle(CURATOR, "", old.payload)
        assert [r.template for r in pressed] == ["change_outdated"], [r.template for r in pressed]
        assert not any(MUSEUM in r.recipients or TEACHER in r.recipients for r in pressed)
    excursion = (await _events(world))["Экскурсия в музей"]
    assert excursion.status is not EventStatus.CANCELLED
    assert excursion.agreed
    done = await world.planner.handle(CURATOR, "", cancel.payload)  # the card's own button
    assert done[0].template == "cancelled", [r.template for r in done]


async def test_an_old_cancel_button_never_withdraws(world: ChatWorld) -> None:
    await _agreed_excursion(world)
    card = await world.planner.handle(CURATOR, "отмени экскурсию, причина: закрыт музей")
    [[cancel, _]] = next(r for r in card if r.template == "change_card").buttons
    question = await world.planner.handle(CURATOR, "отзови согласование экскурсии")
    assert question[-1].template == "agreement_withdraw_question"
    [[withdraw, _]] = question[-1].buttons
    pressed = await world.planner.handle(CURATOR, "", cancel.payload)
    assert [r.template for r in pressed] == ["change_outdated"], [r.template for r in pressed]
    excursion = (await _events(world))["Экскурсия в музей"]
    assert excursion.agreed
    assert excursion.status is not EventStatus.CANCELLED
    done = await world.planner.handle(CURATOR, "", withdraw.payload)  # the question stayed open
    assert done[0].template == "agreement_withdrawn", [r.template for r in done]
    assert not (await _events(world))["Экскурсия в музей"].agreed


async def test_a_button_without_its_question_does_nothing(world: ChatWorld) -> None:
    """A payload from before the buttons named their question (or forged) answers nothing."""
    await _agreed_excursion(world)
    card = await world.planner.handle(CURATOR, "отмени экскурсию, причина: закрыт музей")
    [[cancel, _]] = next(r for r in card if r.template == "change_card").buttons
    for forged in (
        {"a": "change", "v": 1, "id": cancel.payload["id"]},
        {**cancel.payload, "k": "withdraw"},
        {**cancel.payload, "k": "move"},
        {**cancel.payload, "k": ["cancel"]},
    ):
        pressed = await world.planner.handle(CURATOR, "", forged)
        assert [r.template for r in pressed] == ["change_outdated"], forged
    assert (await _events(world))["Экскурсия в музей"].status is not EventStatus.CANCELLED
    done = await world.planner.handle(CURATOR, "да")  # typed «да» answers the open card
    assert done[0].template == "cancelled", [r.template for r in done]


OLYMPIAD = "Олимпиада по физике 15 марта 10:00-12:00, 9 классы, ауд. 5"


async def test_an_event_months_ahead_is_agreed_and_withdrawn_by_name(world: ChatWorld) -> None:
    """What «что ждёт согласования?» lists (no horizon) is found by name (attack w, #10)."""
    await _people(world)
    await _add(world, OLYMPIAD)
    templates, text = await _say(world, "что ждёт согласования?", CURATOR)
    assert "Олимпиада по физике" in text, text
    templates, text = await _say(world, "согласую олимпиаду", CURATOR)
    assert templates[0] == "agreement_done", (templates, text)
    assert (await _events(world))["Олимпиада по физике"].agreed
    templates, text = await _say(world, "отзови согласование олимпиады", CURATOR)
    assert templates == ["agreement_withdraw_question"], (templates, text)
    templates, text = await _say(world, "да", CURATOR)
    assert templates[0] == "agreement_withdrawn", (templates, text)
    assert not (await _events(world))["Олимпиада по физике"].agreed


MUSEUM_EXCURSION = "Экскурсия в музей 18 декабря 16:00-17:00, 8А, Музей янтаря"


async def _two_waiting(world: ChatWorld) -> None:
    await _people(world)
    await _add(world, MASTER_CLASS)  # КГТУ's
    await _add(world, MUSEUM_EXCURSION, MUSEUM)


async def test_agree_all_from_one_organiser_with_words_after_it_agrees_nothing(
    world: ChatWorld,
) -> None:
    """Attack w, #3: words after the organiser («КГТУ подождёт», «КГТУ не согласовываю»)
    never agree the other organiser's events; the waiting ones are listed."""
    await _two_waiting(world)
    for text in (
        "согласую всё от музея, КГТУ подождёт",
        "согласовать всё от музея, а КГТУ пусть перенесёт",
        "согласовать всё, КГТУ не согласовываю",
        "согласовать всё от музея, по КГТУ вопросы",
        "согласую всё, что прислал музей, а не КГТУ",
        "согласовать всё от КГТУ? нет, только музей",
    ):
        replies = await world.planner.handle(CURATOR, text)
        assert [r.template for r in replies] == ["agreement_which"], (text, replies)
        shown = world.text(replies[0])
        assert "ничего не согласовал" in shown, shown
        assert not any(r.recipients for r in replies if r.template != "agreement_which")
        assert not any(e.agreed for e in (await _events(world)).values()), text


async def test_agree_all_from_named_organisers(world: ChatWorld) -> None:
    await _two_waiting(world)
    templates, text = await _say(world, "согласую всё от партнёра Музей янтаря", CURATOR)
    assert templates[0] == "agreement_done", (templates, text)
    events = await _events(world)
    assert events["Экскурсия в музей"].agreed
    assert not events["Мастер-класс по Python"].agreed


async def test_agree_all_from_two_organisers(world: ChatWorld) -> None:
    await _two_waiting(world)
    templates, text = await _say(world, "согласую всё от музея и КГТУ", CURATOR)
    assert templates[0] == "agreement_done", (templates, text)
    assert all(e.agreed for e in (await _events(world)).values())


async def test_agree_two_numbers_of_the_list(world: ChatWorld) -> None:
    """Attack w, #13: «согласую 1 и 2» / «согласую 1, 2» agree both listed events."""
    await _two_waiting(world)
    for text in ("согласую 1 и 2", "согласую 1, 2"):
        await _say(world, "что ждёт согласования?", CURATOR)
        templates, shown = await _say(world, text, CURATOR)
        assert templates[0] == "agreement_done", (text, templates, shown)
        assert all(e.agreed for e in (await _events(world)).values()), text
        await _say(world, "верни", CURATOR)
        assert not any(e.agreed for e in (await _events(world)).values()), text


async def test_agree_numbers_off_the_list_agrees_nothing(world: ChatWorld) -> None:
    await _two_waiting(world)
    await _say(world, "что ждёт согласования?", CURATOR)
    templates, _ = await _say(world, "согласую 1 и 5", CURATOR)
    assert templates == ["not_on_list"], templates
    assert not any(e.agreed for e in (await _events(world)).values())


async def test_undo_after_a_withdrawal_agrees_again(world: ChatWorld) -> None:
    """Attack w, #11: «верни» after «отзови согласование …» — «да» agrees the event again and
    tells its organiser (it answered «уже изменили после вас»)."""
    await _agreed_excursion(world)
    await _say(world, "отзови согласование экскурсии", CURATOR)
    templates, _ = await _say(world, "да", CURATOR)
    assert templates[0] == "agreement_withdrawn", templates
    assert not (await _events(world))["Экскурсия в музей"].agreed
    replies = await world.planner.handle(CURATOR, "верни")
    assert replies[0].template == "agreement_done", [world.text(r) for r in replies]
    assert any(MUSEUM in r.recipients for r in replies[1:])
    assert (await _events(world))["Экскурсия в музей"].agreed
    assert not (await _events(world))["Мастер-класс по Python"].agreed


async def test_the_withdrawal_of_several_speaks_of_them_in_plural(world: ChatWorld) -> None:
    """Attack w, #15: «… ваших мероприятий — они снова ждут согласования», never «оно»."""
    await _people(world)
    await _add(world, EXCURSION, MUSEUM)
    await _add(world, MUSEUM_EXCURSION.replace("18 декабря", "19 декабря"), MUSEUM)
    templates, _ = await _say(world, "согласовать всё", CURATOR)
    assert templates[0] == "agreement_done", templates
    replies = await world.planner.handle(CURATOR, "верни")
    [notice] = [r for r in replies if MUSEUM in r.recipients]
    told = world.text(notice)
    assert "они снова ждут согласования" in told, told
    assert "оно" not in told, told
    assert "Снова ждут вашего согласования" in world.text(replies[0]), world.text(replies[0])
