"""Eighteenth round (branch fixleft21): a long answer to «Как назвать мероприятие?» — the
post pasted again after the card's ✏️ Название (newcomer walk 2026-12-02u, p05: the card's
📌 line became the whole post, cut at 200 characters) — gives the event's name, and the card
says why; a title typed by hand stays as typed. Over a real store (SQLite), a frozen clock and
the real templates; the walk's post p05 (essentukiportal.ru) with its day moved into the
world's December."""

from __future__ import annotations

from bot.core.replies import Reply
from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world

LECTURE = (
    "Мероприятие (0+) пройдёт 13 декабря, в воскресенье. Необычная лекция позволит расширить "
    "знания о космосе, взглянуть на мир за пределами Земли. Астрономия – одна из древнейших "
    "наук, восходящая к самым первым цивилизациям. Но зачем её используют сегодня? Участники "
    "лекции смогут ответить на этот вопрос и понять, как астрономия влияет на настоящее и "
    "будущее человечества. Каждый слушатель сможет задать вопросы эксперту в области этой "
    "науки.\nНачало в 12:00, вход свободный."
)


def _title_button(replies: list[Reply]) -> dict[str, object]:
    """The payload of the ✏️ Название button among `replies`' buttons."""
    return next(
        dict(b.payload)
        for r in replies
        for row in r.buttons
        for b in row
        if b.payload.get("f") == "title"
    )


async def _card(world: ChatWorld) -> list[Reply]:
    replies = await world.say(LECTURE)
    if replies[-1].template != "event_card":  # the classes are asked first
        replies = await world.say("все")
    assert replies[-1].template == "event_card", [world.text(r) for r in replies]
    return replies


async def test_the_post_pasted_at_the_title_question_gives_its_name(world: ChatWorld) -> None:
    card = await _card(world)
    asked = await world.press(_title_button(card))
    assert [r.template for r in asked] == ["ask_edit"], [world.text(r) for r in asked]
    replies = await world.say(LECTURE)
    templates = [r.template for r in replies]
    shown = "\n".join(world.text(r) for r in replies)
    assert templates == ["title_shortened", "event_card"], (templates, shown)
    # a praising adjective is no part of the name (title20; test_title_answer.py likewise)
    assert "📌 Лекция\n" in shown, shown
    assert "Астрономия" not in shown, shown
    assert "«Лекция»" in world.text(replies[0])
    await world.say("да")
    [saved] = await world.store.events_between(world.planner.clock.now(), None)
    assert saved.title == "Лекция"


async def test_a_hand_typed_title_stays_as_typed(world: ChatWorld) -> None:
    """One sentence of up to 120 characters is a title someone typed, even past 80."""
    card = await _card(world)
    await world.press(_title_button(card))
    typed = (
        "Лекция «Космос рядом»: астрономия сегодня и завтра, встреча с экспертом, вопросы и ответы"
    )
    replies = await world.say(typed)
    assert [r.template for r in replies] == ["event_card"], [world.text(r) for r in replies]
    assert f"📌 {typed}\n" in world.text(replies[0])


async def test_a_saved_events_title_button_takes_the_posts_name(world: ChatWorld) -> None:
    """The same answer to a saved event's ✏️ Название («изменить 1»): the change card shows
    the name, not the post."""
    await _card(world)
    await world.say("да")
    await world.say("мои мероприятия")
    buttons = await world.say("изменить 1")
    await world.press(_title_button(buttons))
    replies = await world.say(LECTURE.replace("Необычная лекция", "Лекция «Звёздное небо»"))
    shown = "\n".join(world.text(r) for r in replies)
    assert "→ «Лекция „Звёздное небо“»" in shown, shown
    assert "Астрономия" not in shown, shown
