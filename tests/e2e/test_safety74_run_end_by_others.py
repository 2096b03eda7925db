"""safety74: a run's span changed by someone who is not its author, through the real bot and
the local VK server (Long Poll): the curator's exhibition going on (10–20 December, today 14
December); a teacher of the school, a partner and a student type a move or a new last day,
forge the move/cancel/edit buttons and press the curator's own «Да, перенести». Nothing
stored changes and no card offers them the change."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.ports import FixedClock
from tests.e2e.conftest import CURATOR, Running
from tests.e2e.test_vk_conversation import button, invite
from tests.e2e.vk_steps import teacher_joined, vk_and_store, vk_say

TEACHER, KGTU, STUDENT = 3301, 2201, 3201
RUN = "Выставка рисунков с 10 по 20 декабря, весь день, школьный музей, 5-11 классы"
TYPED = (
    "перенеси выставку рисунков на 22 декабря",
    "выставка рисунков продлится до 25 декабря",
    "перенеси выставку рисунков на 15–30 декабря",
    "отмени выставку рисунков",
)


async def test_nobody_but_its_author_changes_a_running_exhibition(
    clocked_bot: tuple[Running, FixedClock],
) -> None:
    vk, store = vk_and_store(clocked_bot[0])
    await teacher_joined(vk, TEACHER)
    await invite(vk, vk_say(vk), KGTU, "КГТУ")
    vk.push_message(STUDENT, "я из 9Б")
    await vk.wait_text(STUDENT, "Запомнил")
    vk.push_message(CURATOR, RUN)
    await vk.wait_for(lambda s: any("Выставка рисунков" in t for t in s.texts_to(CURATOR)))
    vk.push_message(CURATOR, "да")
    await vk.wait_text(CURATOR, "Сохранено")
    [event] = await store.events_between(datetime(2026, 12, 1, tzinfo=UTC), None)
    vk.push_message(CURATOR, "перенеси выставку рисунков на 22 декабря")
    await vk.wait_text(CURATOR, "Перенести «Выставка рисунков»?")
    yes = button(vk, CURATOR, "Да, перенести")

    forged: list[dict[str, object]] = [
        {"a": "cancel_event", "id": event.id},
        {"a": "move_event", "id": event.id},
        {"a": "edit_event", "id": event.id, "f": "title"},
        yes,
    ]
    for person in (TEACHER, KGTU, STUDENT):
        seen = len(vk.texts_to(person))
        for text in TYPED:
            vk.push_message(person, text)
            vk.push_message(person, "да")
        for data in forged:
            vk.push_callback(person, data)
        expected = seen + 2 * len(TYPED) + len(forged)
        await vk.wait_for(lambda s, p=person, n=expected: len(s.texts_to(p)) >= n, within=30)
        said = vk.texts_to(person)[seen:]
        assert not any(t.startswith(("Перенести «", "Отменить «", "Изменить «")) for t in said), (
            person,
            said,
        )
        assert not any(
            marker in t for t in said for marker in ("Перенесено ✅", "Отменено", "Изменено ✅")
        ), (person, said)
    stored = await store.get_event(event.id)
    assert stored is not None
    assert (stored.start, stored.end, stored.status, stored.version, stored.title) == (
        event.start,
        event.end,
        event.status,
        event.version,
        event.title,
    )
    vk.push_callback(CURATOR, yes)  # the author's own card still works
    await vk.wait_text(CURATOR, "Перенесено ✅")
