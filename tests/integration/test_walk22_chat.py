"""Newcomer walk 2026-12-03aa (tests/data/newcomer_walk_2026-12-03aa.md): a partner pasting
real announcements and answering the bot's questions as a hurried person does. Real planner,
real SQLite store, real templates, frozen clock; the posts are shortened to the part the
finding turns on."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.models import OrgKind, Role
from tests.chat_world import CURATOR, open_world, own
from tests.chat_world import ChatWorld as World

TZ = ZoneInfo("Europe/Kaliningrad")
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=TZ)  # the walk's frozen clock
# 23 January 2027 is a Saturday: the bot asks which day is meant, offering 23 and 24 January
COMET = (
    "«Вслед за кометой» отправятся в виртуальном путешествии юные псковичи, посетив "
    "познавательную программу планетария в воскресенье, 23 января, в 11:30. Программа "
    "рассчитана на 1–4 классы. Планетарий расположен по адресу улица Советская, 64А."
)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    opened = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "Музей", OrgKind.PARTNER)
    yield opened
    await opened.store.close()


async def _card_after(world: World, post: str, answer: str) -> str:
    """The card's text after `post` and `answer` to its day question."""
    [ask] = own(await world.say(post))
    assert ask.template == "ask_date", ask.template
    assert "23 января (сб)" in world.text(ask), world.text(ask)
    [card] = own(await world.say(answer))
    assert card.template == "event_card", card.template
    return world.text(card)


@pytest.mark.parametrize("answer", ["24го", "24-го", "на 24-е", "в воскресенье 24"])
async def test_a_bare_day_answering_the_offered_days_is_in_their_month(
    world: World, answer: str
) -> None:
    card = await _card_after(world, COMET, answer)
    assert "24 января 2027 года (вс), 11:30" in card, card
    assert "декабря" not in card, card


async def test_a_day_with_its_month_is_read_as_written(world: World) -> None:
    card = await _card_after(world, COMET, "25 января")
    assert "25 января 2027 года (пн), 11:30" in card, card
    await world.say("нет")
    card = await _card_after(world, COMET, "24 декабря")
    assert "24 декабря (чт), 11:30" in card, card


# «будет проходить два дня - 29 и 30 марта» answered «весь день»: the card shows both days
TWO_DAYS = (
    "Открытый городской конкурс демонстрации моделей одежды «Весенний калейдоскоп» будет "
    "проходить два дня - 29 и 30 марта, в актовом зале пединститута. Возраст конкурсантов - "
    "от 7 до 30 лет."
)


async def test_an_all_day_card_over_the_stated_days_does_not_say_days_are_missing(
    world: World,
) -> None:
    [ask] = own(await world.say(TWO_DAYS))
    assert ask.template == "ask_time", ask.template
    own(await world.say("весь день"))
    [card] = own(await world.say("все"))
    assert card.template == "event_card", card.template
    shown = world.text(card)
    assert "29–30 марта 2027 года" in shown, shown
    assert "а здесь" not in shown, shown


async def test_a_single_events_clash_notice_keeps_its_lines(tmp_path: Path) -> None:
    """The notice of an event that is no series: «Пересекается с:» starts its own line."""
    world = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "ДЮСШ", OrgKind.PARTNER)
    try:
        await world.planner.identify(CURATOR, "Завуч")
        await world.planner.handle(CURATOR, "Турнир по бадминтону 13 марта в 15:00, 5-11 классы")
        await world.planner.handle(CURATOR, "да")
        await world.say("Соревнования по пионерболу 11-14 марта весь день, 5-7 классы")
        [notice] = [r for r in await world.say("да") if r.template == "clash_added"]
        shown = world.text(notice)
        assert "\nПересекается с: Турнир по бадминтону" in shown, shown
        assert "и ещё" not in shown, shown
    finally:
        await world.store.close()


async def test_a_daily_series_clashing_on_many_days_is_one_block_per_other_event(
    tmp_path: Path,
) -> None:
    """A sports school's «Первенство по шахматам» daily from 24 to 31 March against the
    school's «Неделя науки» 25–31 March: the curator's notice named the same clash seven
    times, each with its free times (the walk's was 70 lines); now one block says how many
    more meetings of the series clash with it. (run72: a run of a week or more shares its
    students with nothing — it is visited at any hour of its days — so both are in the
    school's hall, and the clash is its room's.)"""
    world = await open_world(tmp_path / "plan.db", MONDAY, Role.PARTNER, "ДЮСШ", OrgKind.PARTNER)
    try:
        await world.planner.identify(CURATOR, "Завуч")
        science = "Неделя науки с 25 по 31 марта, весь день, актовый зал, 5-11 классы"
        [card] = await world.planner.handle(CURATOR, science)
        assert card.template == "event_card", card.template
        saved = await world.planner.handle(CURATOR, "да")
        assert saved[0].template == "saved", saved[0].template
        await world.say(
            "Первенство по шахматам с 24 по 31 марта в 10:00, 5-11 классы, актовый зал школы"
        )
        replies = await world.say("да")
        [notice] = [r for r in replies if r.template == "clash_added"]
        shown = world.text(notice)
        assert shown.count("Добавлено:") == 1, shown
        assert shown.count("\nПересекается с:") == 1, shown
        assert "и ещё 6 встреч этой серии" in shown, shown
        assert "31 марта" in shown, shown
        assert len(shown.splitlines()) <= 12, shown
    finally:
        await world.store.close()


OLYMPIAD = "Олимпиада по истории 7 февраля в читальном зале семинарии, 5-11 классы"


@pytest.mark.parametrize(
    "answer", ["в 11, там же написано", "в 11, как в письме", "в 11:00 — как в анонсе"]
)
async def test_a_time_answer_with_a_grumble_after_it_is_the_answer(
    world: World, answer: str
) -> None:
    """«в 11, там же написано» to «Во сколько …?» opened a new draft «Там же написано» and
    asked whether to add it to a plan (the walk's Z3)."""
    [ask] = own(await world.say(OLYMPIAD))
    assert ask.template == "ask_time", ask.template
    [card] = own(await world.say(answer))
    assert card.template == "event_card", world.text(card)
    assert "7 февраля 2027 года (вс), 11:00" in world.text(card), world.text(card)


async def test_a_time_with_another_event_after_it_is_still_a_message(world: World) -> None:
    [ask] = own(await world.say(OLYMPIAD))
    assert ask.template == "ask_time", ask.template
    [choice] = own(await world.say("в 11, а ещё лекция о космосе 12 февраля в 15:00"))
    assert choice.template != "event_card", world.text(choice)


async def test_a_place_after_the_time_answer_is_kept(world: World) -> None:
    [ask] = own(await world.say("Олимпиада по истории 7 февраля, 5-11 классы"))
    assert ask.template == "ask_time", ask.template
    [card] = own(await world.say("в 15, в актовом зале"))
    shown = world.text(card)
    assert "15:00" in shown, shown
    assert "📍 актовый зал" in shown, shown


SKI = (
    "Состязания школьников пройдут в Горьковском районе. Омские лыжники выходят на «Гонку "
    "сильнейших» 17 декабря в 12:00 в детском оздоровительном лагере «Альпийский», 5-11 классы."
)


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("назови гонка сильнейших", "Гонка сильнейших"),
        ("назовите его «Гонка сильнейших»", "Гонка сильнейших"),
        ("переименуй в Гонка сильнейших", "Гонка сильнейших"),
    ],
)
async def test_a_naming_verb_on_an_open_card_renames_it(
    world: World, said: str, title: str
) -> None:
    """«назови гонка сильнейших» on the card was «не понял — карточка не изменилась», and the
    hurried «да» saved «Состязания школьников» (the walk's Z7)."""
    [card] = own(await world.say(SKI))
    assert card.template == "event_card", world.text(card)
    [again] = own(await world.say(said))
    assert again.template == "event_card", world.text(again)
    assert f"📌 {title}\n" in world.text(again), world.text(again)


@pytest.mark.parametrize("answer", ["все желающие", "всем желающим", "для всех желающих"])
async def test_all_comers_answer_the_classes_question(world: World, answer: str) -> None:
    """«В состязании могут принять участие все желающие»: «все желающие» to «Для каких
    классов?» was «Не понял, для кого мероприятие» (the walk's Z9)."""
    [ask] = own(await world.say("Первенство по шахматам 24 марта в 10:00, клуб «Дебют»"))
    assert ask.template == "ask_audience", ask.template
    [card] = own(await world.say(answer))
    assert card.template == "event_card", world.text(card)
    assert "👥 все классы" in world.text(card), world.text(card)


@pytest.mark.parametrize(
    ("answer", "shown"),
    [
        ("сборные 7-11", "7–11 классы"),
        ("ребята 5-6", "5–6 классы"),
        ("для учащихся 9, 10", "9–10 классы"),
    ],
)
async def test_a_word_before_bare_grades_answers_the_classes_question(
    world: World, answer: str, shown: str
) -> None:
    """«сборные 7-11» to «Для каких классов?» was «Не понял, для кого мероприятие» (the
    walk's Z9, left by walk22): a word naming who before the bare grades is read past."""
    [ask] = own(await world.say("Первенство по шахматам 24 марта в 10:00, клуб «Дебют»"))
    assert ask.template == "ask_audience", ask.template
    [card] = own(await world.say(answer))
    assert card.template == "event_card", world.text(card)
    assert f"👥 {shown}" in world.text(card), world.text(card)


@pytest.mark.parametrize("answer", ["кроме 7-11", "человек 10"])
async def test_a_word_that_excludes_or_counts_is_no_grade(world: World, answer: str) -> None:
    """Guard: «кроме 7-11» or «человек 10» (ten people) is never read as those grades."""
    [ask] = own(await world.say("Первенство по шахматам 24 марта в 10:00, клуб «Дебют»"))
    assert ask.template == "ask_audience", ask.template
    replies = own(await world.say(answer))
    texts = " ".join(world.text(r) for r in replies)
    assert "👥 7–11 классы" not in texts, texts
    assert "👥 10 классы" not in texts, texts


async def test_a_bare_time_while_add_or_replace_is_asked_asks_again(world: World) -> None:
    """«в 11» typed while «добавь / замени / оставь оба» was open became a second line of the
    new text: «Что сделать с новым планом (2 строки): …, без названия?» (the walk's Z5)."""
    [ask] = own(await world.say("Олимпиада по истории 7 февраля в читальном зале, 5-11 классы"))
    assert ask.template == "ask_time", ask.template
    [choice] = own(await world.say("Лекция о космосе 12 февраля в 15:00, 9 классы, ауд. 5"))
    assert choice.template == "draft_choice", choice.template
    [again] = own(await world.say("в 11"))
    shown = world.text(again)
    assert again.template == "draft_choice_again", shown
    assert shown.startswith("«в 11» я пока никуда не вписал"), shown
    assert "2 строки" not in shown, shown
    assert "без названия" not in shown, shown
    first = own(await world.say("оставь оба"))[0]
    assert "Лекция о космосе" in world.text(first), world.text(first)
