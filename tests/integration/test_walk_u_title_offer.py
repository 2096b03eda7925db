"""Walk u (2026-12-02), F8, in the chat over a real store (SQLite), a frozen clock and the
real templates: a post titled by a bare kind («Спектакль») that names the event in quotes
right after that kind asks «Как назвать?» with the post's name as a button, once; the
bare title may be kept, or another one typed. The walk's post p02 (donnews.ru) and sentences
written for these tests."""

from __future__ import annotations

from bot.core.language.buttons import ButtonAction
from tests import chat_world
from tests.chat_world import ChatWorld

world = chat_world.partner_world

THEATRE = (
    "В Международный день театра торговый центр «А'СТОР ПЛАЗА» (www.astorplaza.ru) подарит "
    "гостям спектакль в стихах «Зайкина избушка». Русскую народную сказку детям и их "
    "родителям покажут 20 юных актеров из школы «На бис!».\n"
    "Спектакль состоится 13 декабря с 16 до 17 часов, для 5 классов, вход бесплатный."
)


async def _said(world: ChatWorld, text: str) -> tuple[list[str], str, list[dict[str, str]]]:
    replies = await world.say(text)
    payloads = [dict(b.payload) for r in replies for row in r.buttons for b in row]
    return [r.template for r in replies], "\n".join(world.text(r) for r in replies), payloads


async def test_the_posts_own_name_is_offered_and_taken_by_its_button(world: ChatWorld) -> None:
    templates, shown, payloads = await _said(world, THEATRE)
    assert templates == ["ask_title_offered"], (templates, shown)
    assert "Как назвать «Спектакль»?" in shown, shown
    assert "«Спектакль „Зайкина избушка“»" in shown, shown
    assert "ПЛАЗА" not in shown
    assert "На бис" not in shown
    offered, kept = payloads
    assert offered["k"] == kept["k"]  # the question they answer (safety41 #4)
    assert {**offered, "k": ""} == {
        "a": ButtonAction.PICK.value,
        "t": "Спектакль «Зайкина избушка»",
        "k": "",
    }
    assert kept["t"] == "Спектакль"
    replies = await world.press(offered)
    assert [r.template for r in replies] == ["event_card"]
    assert "📌 Спектакль «Зайкина избушка»" in world.text(replies[0])
    await world.say("да")
    [saved] = await world.store.events_between(world.planner.clock.now(), None)
    assert saved.title == "Спектакль «Зайкина избушка»"


async def test_the_bare_title_may_be_kept_and_is_not_asked_again(world: ChatWorld) -> None:
    await world.say(THEATRE)
    templates, card, _ = await _said(world, "Спектакль")
    assert templates == ["event_card"], (templates, card)
    assert "📌 Спектакль\n" in card
    templates, card, _ = await _said(world, "исправь время на 16:30")  # no second question
    assert "ask_title_offered" not in templates, (templates, card)


async def test_a_typed_name_is_the_title(world: ChatWorld) -> None:
    await world.say(THEATRE)
    templates, card, _ = await _said(world, "Сказка «Зайкина избушка»")
    assert templates == ["event_card"], (templates, card)
    assert "📌 Сказка «Зайкина избушка»" in card


async def test_a_title_with_more_than_a_kind_is_not_asked(world: ChatWorld) -> None:
    """«Концерт хора» is a title of its own; a quote after «в ТЦ» is a place's name."""
    for post in (
        "Концерт хора «Жаворонок» 13 декабря 16:00-17:00, 5 классы",
        "Концерт в ТЦ «Европа» 13 декабря 16:00-17:00, 5 классы",
    ):
        templates, shown, _ = await _said(world, post)
        assert templates == ["event_card"], (post, templates, shown)
        await world.say("нет")


async def test_a_new_post_at_the_question_is_no_title(world: ChatWorld) -> None:
    """A whole new event sent instead of a name is a new event (add or replace?), never the
    theatre's title."""
    await world.say(THEATRE)
    templates, shown, _ = await _said(world, "Экскурсия 17 декабря в 10:00, 9А, ауд. 5")
    assert templates == ["draft_choice"], (templates, shown)
    assert "«Спектакль»" in shown


MATRYOSHKA = (
    "Как рождалась коллекция.\n"
    "На экскурсии будет рассмотрено такое яркое явление последних десятилетий, как авторская "
    "Матрёшка. Познакомитесь с удивительными фактами из жизни матрёшек.\n"
    "Экскурсия пройдёт 17 декабря в 15:00, 5 классы.\n"
    "Продолжительность экскурсии 1,5 часа."
)


async def test_the_posts_heading_is_offered_for_a_bare_kind(world: ChatWorld) -> None:
    """Walk u, p03 (eighteenth round, branch fixleft21): the heading above the paragraph that
    names the kind is the event's name, offered as a quoted name after the kind is."""
    templates, shown, payloads = await _said(world, MATRYOSHKA)
    assert templates == ["ask_title_offered"], (templates, shown)
    offered, _ = payloads
    assert offered["t"] == "Экскурсия «Как рождалась коллекция»"
    replies = await world.press(offered)
    assert "📌 Экскурсия «Как рождалась коллекция»" in world.text(replies[0])
