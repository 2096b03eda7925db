"""Walk v (2026-12-02, real partner announcements pasted into the console) in the chat:
findings F5 (several starts, one per audience: the bot took the first without asking) and F4
(a side meeting's address glued onto the event's place; the «which date» button of the side
meeting's day carrying the event's time), over a real store (SQLite), a frozen clock (1
December 2026) and the real templates. Posts written for these tests after the walk's."""

from __future__ import annotations

from bot.core.replies import Reply
from tests import chat_world
from tests.chat_world import ChatWorld, own

world = chat_world.partner_world

# F5: three starts, each for its own audience, the schoolchildren's in the middle
PUPILS_POST = (
    "Здравствуйте! Лыжный забег «Зимние старты» пройдёт 12 декабря в парке «Сосновый бор». "
    "Дистанции рассчитаны на разный возраст.\n"
    "Первыми в 9:30 стартуют малыши из детских садов. В 10:45 на дистанцию выйдут "
    "школьники, а в 12:15 побегут взрослые любители.\nЖдём всех желающих!"
)
# F5: two starts for two audiences, neither of them pupils: the bot cannot tell
NO_PUPILS_POST = (
    "Добрый день! Открытый шахматный турнир «Белая ладья» состоится 12 декабря в шахматном "
    "клубе «Гамбит». Турнир проводится в несколько потоков.\n"
    "Для дошкольников партии начнутся в 10:00, для ветеранов — в 14:00. Приглашаем всех "
    "любителей шахмат!"
)
# F4: the event's day and place in one sentence, the judges' meeting on another day (both
# dates in figures) at an address of its own
SIDE_MEETING_POST = (
    "Здравствуйте! Приглашаем школьные команды принять участие в городском турнире по "
    "мини-футболу, посвящённом Дню конституции.\n"
    "Турнир состоится на стадионе «Труд» 19.12.2026 в 10.00. Заседание судейской коллегии "
    "пройдёт 15.12.2026 г. с 17.00 в спорткомитете по адресу: ул. Садовая, 12.\n"
    "С уважением, оргкомитет."
)
SIDE_EVENT_POST = SIDE_MEETING_POST.replace(
    "Заседание судейской коллегии", "Мастер-класс для болельщиков"
)


async def _card(world: ChatWorld, replies: list[Reply]) -> str:
    """The card after answering any question about the classes with «все»."""
    reply = replies[-1]
    while reply.template != "event_card":
        assert reply.template == "ask_audience", (reply.template, world.text(reply))
        reply = (await world.say("все"))[-1]
    return world.text(reply)


async def test_the_pupils_start_of_several_audiences_starts_is_the_events(
    world: ChatWorld,
) -> None:
    """«малыши в 9:30 … школьники в 10:45 … взрослые в 12:15»: a school's event starts at
    the schoolchildren's 10:45 (before: 9:30, the first clock, with no question)."""
    card = await _card(world, await world.say(PUPILS_POST))
    assert "12 декабря (сб), 10:45" in card, card
    [saved] = own(await world.say("да"))
    assert saved.template == "saved"
    [event] = await world.store.events_between(world.planner.clock.now(), None)
    assert event.start.astimezone(chat_world.ZONE).strftime("%H:%M") == "10:45"


async def test_audiences_starts_without_pupils_are_offered_as_buttons(
    world: ChatWorld,
) -> None:
    """«для дошкольников в 10:00, для ветеранов — в 14:00»: which is the event's start is
    asked with both clocks as buttons (before: 10:00 taken silently); the tapped one is kept."""
    [ask] = await world.say(NO_PUPILS_POST)
    assert ask.template == "ask_time", (ask.template, world.text(ask))
    picks = [b for row in ask.buttons for b in row]
    assert [b.context["at"].strftime("%d.%m %H:%M") for b in picks] == [
        "12.12 10:00",
        "12.12 14:00",
    ]
    card = await _card(world, await world.press(dict(picks[1].payload)))
    assert "12 декабря (сб), 14:00" in card, card


async def test_a_side_events_day_is_offered_with_its_own_time_and_not_its_address(
    world: ChatWorld,
) -> None:
    """The «which date» button of a side event's day carries its own 17:00 (before: the
    tournament's 10:00), and the tournament's place is the stadium alone (before: with the
    side event's «ул. Садовая, 12» glued on). A judges' meeting there is no rival day since
    starts44 (below); a fans' master-class is."""
    [ask] = await world.say(SIDE_EVENT_POST)
    assert ask.template == "ask_date", (ask.template, world.text(ask))
    picks = [b for row in ask.buttons for b in row]
    assert [b.context["at"].strftime("%d.%m %H:%M") for b in picks] == [
        "19.12 10:00",
        "15.12 17:00",
    ]
    card = await _card(world, await world.press(dict(picks[0].payload)))
    assert "19 декабря (сб), 10:00" in card, card
    assert "стадион «Труд»" in card, card
    assert "Садовая" not in card, card


async def test_a_judges_meeting_is_no_rival_day(world: ChatWorld) -> None:
    """The judges' meeting held for the tournament belongs to it, like its closing or awards
    (starts44): the tournament's card comes without a «which date» question, on its own day
    and at its own stadium."""
    card = await _card(world, await world.say(SIDE_MEETING_POST))
    assert "19 декабря (сб), 10:00" in card, card
    assert "стадион «Труд»" in card, card
    assert "Садовая" not in card, card


# F5: one event on two listed sites
TWO_SITES_POST = (
    "Добрый день! 12 декабря в 11:00 пройдёт городской турнир юных шахматистов среди "
    "учащихся 5–7 классов.\nСостязания пройдут на двух площадках:\n"
    "Гимназия №8, где соберутся команды центральных школ.\n"
    "Шахматный клуб «Ладья» (ул. Мира, 3).\n"
    "Оргкомитет"
)


async def test_sites_a_post_lists_are_offered_before_the_card(world: ChatWorld) -> None:
    """«на двух площадках:» and two lines of places: the bot asks which with each as a
    button (before: the card showed one of them with no word), the tapped one is the card's
    place, and the question is not asked again."""
    replies = await world.say(TWO_SITES_POST)
    ask = replies[-1]
    while ask.template == "ask_audience":
        ask = (await world.say("все"))[-1]
    assert ask.template == "ask_venue_offered", (ask.template, world.text(ask))
    picks = [b for row in ask.buttons for b in row]
    assert [b.context["venue"] for b in picks] == ["Гимназия №8", "Шахматный клуб «Ладья»"]
    [card] = await world.press(dict(picks[1].payload))
    assert card.template == "event_card", (card.template, world.text(card))
    assert "📍 Шахматный клуб «Ладья»" in world.text(card), world.text(card)
    [saved] = own(await world.say("да"))
    assert saved.template == "saved"
    [event] = await world.store.events_between(world.planner.clock.now(), None)
    assert event.venue == "Шахматный клуб «Ладья»"
