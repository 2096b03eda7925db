"""Attack v (2026-12-02) on «Там же» / «Адрес тот же» in one post, over a real store (SQLite),
a frozen clock and the real templates: whose last place a teacher's «там же» takes (#11),
a «там же» that is the place of another action (#12), the phrase left in the title (#13).
Sentences written for these tests."""

from __future__ import annotations

from tests import chat_world
from tests.chat_world import CURATOR, ChatWorld
from tests.integration.test_walk_t_agreement import MUSEUM, TEACHER, _events, _people, _say

world = chat_world.partner_world


async def _add(world: ChatWorld, text: str, vk_id: int | None = None) -> None:
    await _say(world, text, vk_id)
    await _say(world, "да", vk_id)


async def test_a_teachers_same_place_is_not_the_curators(world: ChatWorld) -> None:
    """#11: the curator's meeting is in the head's office; a teacher with no event of her own
    writes «Там же.»: she is asked where, never given the curator's place."""
    await _people(world)
    await _add(world, "Педсовет 10 декабря 15:00-16:00, педагоги, кабинет директора", CURATOR)
    templates, shown = await _say(
        world, "Классный час 22 декабря 15:00-16:00, 9А. Там же.", TEACHER
    )
    assert templates == ["ask_edit"], (templates, shown)
    assert "Где пройдёт «Классный час»?" in shown, shown
    assert "кабинет директора" not in shown


async def test_a_teachers_same_place_is_her_own_last_one(world: ChatWorld) -> None:
    """#11: a teacher's «Адрес тот же» is the place of her own last event, even when the
    curator wrote one later."""
    await _people(world)
    await _add(world, "Классный час 9 декабря 15:00-16:00, 9А, каб. 12", TEACHER)
    await _add(world, "Педсовет 10 декабря 15:00-16:00, педагоги, кабинет директора", CURATOR)
    said = "Родительское собрание 23 декабря 18:00-19:00, 9А. Адрес тот же."
    templates, card = await _say(world, said, TEACHER)
    assert templates == ["event_card"], (templates, card)
    assert "📍 каб. 12" in card, card


async def test_there_in_another_clause_is_no_place(world: ChatWorld) -> None:
    """#12: «Сбор у проходной, там же выдадим пропуска» — «там же» is at the gate, not the
    partner's last place: the bot asks where."""
    await _add(world, "Мастер-класс 17 декабря 15:00-16:00, 9 классы, ауд. 310")
    said = (
        "Экскурсия в лабораторию 22 декабря 10:00-11:00, 9А. "
        "Сбор у проходной, там же выдадим пропуска."
    )
    templates, shown = await _say(world, said)
    assert templates == ["ask_edit"], (templates, shown)
    assert "ауд. 310" not in shown, shown
    assert "Где пройдёт «Экскурсия в лабораторию»?" in shown, shown


async def test_the_phrase_leaves_the_title(world: ChatWorld) -> None:
    """#13: «Адрес тот же.» / «Там же.» fill the place and are not stored in the title."""
    await _add(world, "Мастер-класс 17 декабря 15:00-16:00, 9 классы, ауд. 310")
    for said, title in (
        ("Экскурсия по залам 21 декабря 10:00-11:00, 7А. Адрес тот же.", "Экскурсия по залам"),
        ("Лекция по химии 23 декабря 15:00-16:00, 10 классы. Там же.", "Лекция по химии"),
    ):
        templates, card = await _say(world, said)
        assert templates == ["event_card"], (said, templates, card)
        assert card.split("\n")[1] == f"📌 {title}", card
        assert "📍 ауд. 310" in card, card
        await _say(world, "да")
    stored = await _events(world)
    assert stored["Экскурсия по залам"].venue == "ауд. 310"
    assert stored["Лекция по химии"].venue == "ауд. 310"


# --- finding 25: asking about an event that is not one's own --------------------------------


async def test_asking_about_anothers_event_names_it_missing(world: ChatWorld) -> None:
    """#25: the museum (one event) asks about КГТУ's master class: «Среди ваших мероприятий
    нет …» and its own list, never its own event's state as if it were the one asked about;
    «а мою встречу одобрили?» still answers about its only event."""
    await _people(world)
    await _add(world, "Мастер-класс по робототехнике 17 декабря 15:00-16:00, 9 классы, каб. 21")
    await _add(world, "Экскурсия в музей 18 декабря 16:00-17:00, 8А, Музей янтаря", MUSEUM)
    for asked in ("а мастер-класс по робототехнике одобрили?", "а концерт согласовали?"):
        templates, shown = await _say(world, asked, MUSEUM)
        assert templates == ["agreement_list"], (asked, templates, shown)
        assert shown.startswith("Среди ваших мероприятий нет «"), shown
        assert "1. Экскурсия в музей" in shown, shown
        assert "робототехник" not in shown.split("\n", 1)[1], shown
    templates, shown = await _say(world, "а мою встречу одобрили?", MUSEUM)
    assert templates == ["agreement_state"], (templates, shown)
    assert shown.startswith("«Экскурсия в музей»"), shown
