"""Attack v (2026-12-02), findings 16, 4, 15, 24, 26 and 27 on the curator's agreement, over a
real store (SQLite), a frozen clock and the real templates: a stale or malformed «✅
Согласовать» button, a bare «согласовано» that answers the last notice the curator got, a
withdrawn agreement, the Monday digest's waiting events, «верни» right after an agreement,
«согласовано» under the curator's own open card. Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.core.digest import DigestDue, digest_reply
from bot.core.models import Role
from bot.core.replies import Reply
from tests import chat_world
from tests.chat_world import CURATOR, ZONE, ChatWorld
from tests.integration.test_walk_t_agreement import MUSEUM, _events, _people, _say

world = chat_world.partner_world

MASTER_CLASS = "Мастер-класс по Python 17 декабря 15:00-16:00, 9 классы, каб. 21"
EXCURSION = "Экскурсия в музей 16 декабря 10:00-11:30, 9А, Музей янтаря"


async def _add(world: ChatWorld, text: str, vk_id: int | None = None) -> list[Reply]:
    """`text` sent and confirmed; the replies to «да» (notices included)."""
    await _say(world, text, vk_id)
    return await world.planner.handle(world.vk_id if vk_id is None else vk_id, "да")


def _notice(replies: list[Reply]) -> Reply:
    [notice] = [r for r in replies if r.template == "agreement_waiting_notice"]
    return notice


async def test_a_stale_button_shows_the_change_and_asks_again(world: ChatWorld) -> None:
    await _people(world)
    await _add(world, MASTER_CLASS)
    old = _notice(await _add(world, EXCURSION, MUSEUM))
    [[button]] = old.buttons
    await _say(world, "перенеси экскурсию на 18 декабря", MUSEUM)
    await _say(world, "да", MUSEUM)
    pressed = await world.planner.handle(CURATOR, "", button.payload)
    assert [r.template for r in pressed] == ["agreement_stale"], pressed
    shown = world.text(pressed[0])
    assert "18 декабря" in shown, shown
    assert not any(e.agreed for e in (await _events(world)).values())
    [[again]] = pressed[0].buttons  # the new button carries the version shown
    agreed = await world.planner.handle(CURATOR, "", again.payload)
    assert agreed[0].template == "agreement_done", [r.template for r in agreed]
    events = await _events(world)
    assert events["Экскурсия в музей"].agreed
    assert not events["Мастер-класс по Python"].agreed


async def test_a_malformed_agree_payload_agrees_nothing(world: ChatWorld) -> None:
    await _people(world)
    await _add(world, MASTER_CLASS)
    button = _notice(await _add(world, EXCURSION, MUSEUM)).buttons[0][0]
    for forged in (
        {"a": "agree", "id": "abc"},
        {"a": "agree"},
        {"a": "agree", "id": None},
        {"a": "agree", "id": [1]},
        {"a": "agree", "id": True},
    ):
        replies = await world.planner.handle(CURATOR, "", forged)
        assert [r.template for r in replies] == ["unknown_button"], (forged, replies)
    no_version = {"a": "agree", "id": button.payload["id"]}  # a button from before versions
    replies = await world.planner.handle(CURATOR, "", no_version)
    assert [r.template for r in replies] == ["agreement_stale"], replies
    assert not any(e.agreed for e in (await _events(world)).values())
    replies = await world.planner.handle(CURATOR, "", button.payload)
    assert replies[0].template == "agreement_done"
    assert (await _events(world))["Экскурсия в музей"].agreed


async def test_a_bare_agreement_answers_the_last_waiting_notice(world: ChatWorld) -> None:
    await _people(world)
    await _add(world, MASTER_CLASS)
    await _add(world, EXCURSION, MUSEUM)  # the last «⏳ Ждёт вашего согласования»
    await _say(world, "переименуй мастер-класс в Мастер-класс по роботам")
    await _say(world, "да")  # «✏️ Изменено» asks nothing
    templates, shown = await _say(world, "согласовано", CURATOR)
    assert templates[0] == "agreement_done", (templates, shown)
    events = await _events(world)
    assert events["Экскурсия в музей"].agreed
    assert not events["Мастер-класс по роботам"].agreed
    templates, shown = await _say(world, "согласовано", CURATOR)  # that one no longer waits
    assert templates == ["agreement_which"], (templates, shown)
    assert "уже согласовано" in shown, shown
    assert not (await _events(world))["Мастер-класс по роботам"].agreed


async def test_a_bare_agreement_after_a_class_teachers_claim_agrees_nothing(
    world: ChatWorld,
) -> None:
    await _people(world)
    await _add(world, MASTER_CLASS)  # the only waiting event, its notice first
    curator = await world.store.get_person_by_vk(CURATOR)
    assert curator is not None
    await world.store.save_person(203, Role.STAFF, "Ирина", curator.organisation_id)
    replies = await world.planner.handle(203, "я классный руководитель 8А")
    assert any(CURATOR in r.recipients and r.buttons for r in replies), replies
    templates, shown = await _say(world, "согласовано", CURATOR)  # «yes» to the claim
    assert templates == ["agreement_which"], (templates, shown)
    assert "не о согласовании" in shown, shown
    assert not (await _events(world))["Мастер-класс по Python"].agreed
    templates, _shown = await _say(world, "согласую 1", CURATOR)
    assert templates[0] == "agreement_done"


async def test_the_second_curator_never_agrees_an_event_they_were_not_asked(
    world: ChatWorld,
) -> None:
    second = 101
    world.planner.config = replace(
        world.planner.config, admins=world.planner.config.admins | {second}
    )
    await _people(world)
    await _say(world, "помощь", second)
    await _add(world, MASTER_CLASS)
    await _add(world, EXCURSION, MUSEUM)
    await _say(world, "согласую экскурсию в музей", CURATOR)
    templates, shown = await _say(world, "согласовано", second)
    assert templates == ["agreement_which"], (templates, shown)
    assert "Экскурсия в музей" in shown
    assert "уже согласовано" in shown
    assert not (await _events(world))["Мастер-класс по Python"].agreed


async def test_an_admin_not_yet_written_is_told_and_the_digest_marks_what_waits(
    world: ChatWorld,
) -> None:
    assert await world.store.get_person_by_vk(CURATOR) is None  # the curator never wrote
    notice = _notice(await _add(world, MASTER_CLASS))
    assert notice.recipients == (CURATOR,)
    assert notice.dedupe_key  # through the outbox: delivered once VK lets it
    await _add(world, "Концерт хора 16 декабря 15:00-16:00, 5 классы, актовый зал", CURATOR)
    curator = await world.store.get_person_by_vk(CURATOR)
    assert curator is not None
    reply = await digest_reply(world.store, DigestDue("k", curator, date(2026, 12, 14)), ZONE)
    lines = world.text(reply).splitlines()
    assert "⏳ Ждут согласования: 1 — «что ждёт согласования?»." in lines, lines
    assert any(line.startswith("• ⏳ 15:00 Мастер-класс по Python") for line in lines), lines
    assert any(line.startswith("• 15:00 Концерт хора") for line in lines), lines


async def test_an_admins_first_help_counts_what_waits_for_them(world: ChatWorld) -> None:
    """VK refuses a community's messages to someone who never wrote (error 901), so the
    waiting notices of events saved before the deputy head's first message never reach
    them: their first «помощь» says how many wait. Nobody else is told."""
    await _add(world, MASTER_CLASS)
    await _add(world, EXCURSION)
    templates, shown = await _say(world, "помощь", CURATOR)
    assert templates == ["help"], templates
    assert "Сейчас ждут согласования: 2." in shown, shown
    assert "«что ждёт согласования?»" in shown
    _, own_help = await _say(world, "помощь")  # the partner who added them
    assert "ждут согласования" not in own_help, own_help
    await _say(world, "согласовать всё", CURATOR)
    _, shown = await _say(world, "помощь", CURATOR)
    assert "Сейчас ждут согласования" not in shown, shown


async def test_an_agreement_is_withdrawn_after_a_confirmation(world: ChatWorld) -> None:
    await _people(world)
    await _add(world, MASTER_CLASS)
    await _add(world, EXCURSION, MUSEUM)
    await _say(world, "согласую мастер-класс по python", CURATOR)
    for text in (
        "не согласовываю мастер-класс по python",
        "отмени согласование мастер-класса по python",
        "отзови согласование мастер-класса",
    ):
        templates, shown = await _say(world, text, CURATOR)
        assert templates == ["agreement_withdraw_question"], (text, templates, shown)
        assert "не согласовано" not in shown, shown
        assert "Мастер-класс по Python" in shown
        templates, shown = await _say(world, "нет", CURATOR)
        assert templates == ["agreement_withdraw_kept"], (text, templates, shown)
        assert (await _events(world))["Мастер-класс по Python"].agreed, text
    await _say(world, "отзови согласование мастер-класса", CURATOR)
    replies = await world.planner.handle(CURATOR, "да")
    assert [r.template for r in replies] == ["agreement_withdrawn", "agreement_withdrawn_notice"]
    assert replies[1].recipients == (world.vk_id,)  # КГТУ, the organiser
    assert "отозвал" in world.text(replies[1])
    events = await _events(world)
    assert not events["Мастер-класс по Python"].agreed
    assert not events["Экскурсия в музей"].agreed  # the cancel card never opened
    assert all(e.status.value != "cancelled" for e in events.values())
    templates, shown = await _say(world, "что ждёт согласования?", CURATOR)
    assert "Мастер-класс по Python" in shown
    templates, shown = await _say(world, "не согласовываю мастер-класс по python", CURATOR)
    assert templates == ["agreement_refuse"], (templates, shown)  # waiting: the advice
    assert "отмени" in shown


async def test_an_unanswered_withdrawal_question_changes_nothing(world: ChatWorld) -> None:
    await _people(world)
    await _add(world, MASTER_CLASS)
    await _say(world, "согласую мастер-класс по python", CURATOR)
    await _say(world, "отзови согласование мастер-класса", CURATOR)
    templates, _shown = await _say(world, "что ждёт согласования?", CURATOR)
    assert "agreement_withdraw_kept" in templates, templates
    templates, _shown = await _say(world, "да", CURATOR)
    assert (await _events(world))["Мастер-класс по Python"].agreed, templates


def _again(replies: list[Reply], world: ChatWorld) -> bool:
    """Whether the curator's change notice among `replies` says the event waits again."""
    [notice] = [r for r in replies if r.template == "change_notice" and CURATOR in r.recipients]
    return "теперь снова ждёт" in world.text(notice)


async def test_wider_classes_or_another_event_take_the_agreement_back(world: ChatWorld) -> None:
    await _people(world)
    await _add(world, MASTER_CLASS)
    await _say(world, "согласую мастер-класс по python", CURATOR)
    await _say(world, "добавьте 10 классы")
    replies = await world.planner.handle(world.vk_id, "да")
    assert _again(replies, world)
    event = (await _events(world))["Мастер-класс по Python"]
    assert not event.agreed
    assert 10 in event.audience.grades
    await _say(world, "согласую мастер-класс по python", CURATOR)
    await _say(world, "переименуй мастер-класс в Мастер-класс по Python для начинающих")
    replies = await world.planner.handle(world.vk_id, "да")
    assert not _again(replies, world)  # the same event, a word added: still agreed
    assert (await _events(world))["Мастер-класс по Python для начинающих"].agreed
    await _say(world, "переименуй мастер-класс в Продажа платных курсов КГТУ")
    replies = await world.planner.handle(world.vk_id, "да")
    assert _again(replies, world)
    assert not (await _events(world))["Продажа платных курсов КГТУ"].agreed


async def test_undo_right_after_an_agreement_takes_that_agreement_back(world: ChatWorld) -> None:
    await _people(world)
    await _add(world, MASTER_CLASS)
    await _add(world, EXCURSION, MUSEUM)
    before = (await _events(world))["Экскурсия в музей"]
    await _say(world, "перенеси экскурсию в музей на 12:00", CURATOR)
    await _say(world, "да", CURATOR)
    moved = (await _events(world))["Экскурсия в музей"]
    assert moved.start != before.start
    await _say(world, "согласую мастер-класс по python", CURATOR)
    replies = await world.planner.handle(CURATOR, "верни")
    assert [r.template for r in replies] == ["agreement_withdrawn", "agreement_withdrawn_notice"]
    assert replies[1].recipients == (world.vk_id,)
    events = await _events(world)
    assert not events["Мастер-класс по Python"].agreed
    assert events["Экскурсия в музей"].start == moved.start  # the older move stays
    replies = await world.planner.handle(CURATOR, "верни")  # a second «верни»: the move
    assert replies[0].template != "agreement_withdrawn", [r.template for r in replies]
    assert (await _events(world))["Экскурсия в музей"].start == before.start


async def test_the_curators_agreement_under_their_own_card_asks_which(world: ChatWorld) -> None:
    await _people(world)
    await _add(world, MASTER_CLASS)
    await _say(world, "Концерт хора 18 декабря 15:00-16:00, 5 классы, актовый зал", CURATOR)
    templates, shown = await _say(world, "согласовано", CURATOR)
    assert templates == ["agreement_or_card"], (templates, shown)
    assert "Концерт хора" in shown
    assert "1. Мастер-класс по Python" in shown, shown
    assert not (await _events(world))["Мастер-класс по Python"].agreed
    templates, shown = await _say(world, "согласую 1", CURATOR)
    assert templates[0] == "agreement_done", (templates, shown)
    replies = await world.planner.handle(CURATOR, "да")  # the card is still open
    assert replies[0].template == "saved", [r.template for r in replies]
    assert "Концерт хора" in await _events(world)


async def test_a_partners_agreement_under_their_own_card_is_as_before(world: ChatWorld) -> None:
    await _people(world)
    await _say(world, MASTER_CLASS)
    templates, shown = await _say(world, "согласовано")
    assert "agreement_or_card" not in templates, (templates, shown)
    assert "agreement_not_allowed" not in templates, (templates, shown)


async def test_the_waits_again_notice_carries_a_button_of_the_moved_event(
    world: ChatWorld,
) -> None:
    await _people(world)
    await _add(world, MASTER_CLASS)
    await _say(world, "согласую мастер-класс по python", CURATOR)
    await _say(world, "перенеси мастер-класс на 18 декабря")
    replies = await world.planner.handle(world.vk_id, "да")
    [notice] = [r for r in replies if r.template == "change_notice" and CURATOR in r.recipients]
    assert "теперь снова ждёт" in world.text(notice)
    [[button]] = notice.buttons
    pressed = await world.planner.handle(CURATOR, "", button.payload)
    assert pressed[0].template == "agreement_done", [r.template for r in pressed]
    assert (await _events(world))["Мастер-класс по Python"].agreed
