"""Never silently wrong, and never asked for nothing (issue 10 point 4), doubt53: a day
written without its year that passed a few days ago («12 декабря» on 16 December) is a report
of what was done — a letter sent, a dateline — never a day a year ahead offered beside the
event's (`several_dates`). The post's sentences are weighed so already (post.just_passed);
the days offered when the event's sentence speaks of awards, registration or results
(post_other_events.other_days_ahead) read them as next year's and asked which day the event was, in
three tuned posts (eval7:43 «13 апреля направлено письмо» → 13 April a year on, broad7t:9 a
dateline «… - 28 августа.», eval13:28 «с 11 января по 15 февраля 2023 года»). Sentences of
our own."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-12-16T10:00")  # a Wednesday


def draft_of(text: str):  # type: ignore[no-untyped-def]
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


AWARDS = (
    "Награждение победителей городского конкурса рисунков «Зимняя сказка» состоится "
    "23 декабря в актовом зале Дома детского творчества. Победители получат дипломы и "
    "подарки от спонсоров конкурса."
)


@pytest.mark.parametrize(
    "other",
    [
        # a letter sent, told with a short participle (no finite verb)
        "Школам района 12 декабря направлено письмо с приглашением для победителей.",
        # a news agency's dateline on the first line
        "ГОРОД-ИНФО - 14 декабря.",
    ],
)
def test_a_day_just_passed_is_never_offered_a_year_ahead(other: str) -> None:
    text = f"{other}\n{AWARDS}" if "ИНФО" in other else f"{AWARDS}\n{other}"
    draft = draft_of(text)
    assert draft.start is not None
    assert draft.start.date() == date(2026, 12, 23)
    assert all(c.year == 2026 for c in draft.choices), draft.choices
    assert "several_dates" not in draft.doubts


def test_a_day_ahead_beside_the_awards_is_still_offered() -> None:
    # the guard: a day ahead in another sentence stays a rival when the pick is the awards'
    draft = draft_of(f"{AWARDS}\nСписки победителей опубликуют 20 декабря на сайте.")
    assert "several_dates" in draft.doubts
    assert date(2026, 12, 20) in {c.date() for c in draft.choices}


AFTERNOON = datetime.fromisoformat("2026-12-16T16:00")  # the same Wednesday, later


def afternoon_draft(text: str):  # type: ignore[no-untyped-def]
    intent = parse_message(text, AFTERNOON)
    assert isinstance(intent, EventIntent), intent
    return intent.draft


@pytest.mark.parametrize(
    "today",
    [
        # the exhibition opened today, told in the past; the awards are ahead
        "16 декабря в Доме детского творчества состоялось открытие выставки рисунков.",
    ],
)
def test_today_told_in_the_past_is_no_rival(today: str) -> None:
    draft = afternoon_draft(f"{today}\n{AWARDS}")
    assert draft.start is not None
    assert draft.start.date() == date(2026, 12, 23)
    assert "several_dates" not in draft.doubts


def test_an_announcement_made_today_is_no_rival() -> None:
    # the news of the festival was given today: a report, the festival's span is the event
    text = (
        "Городской фестиваль школьных театров пройдёт с 19 по 27 декабря.\n"
        "В среду, 16 декабря, глава города анонсировал фестиваль на пресс-конференции.\n"
        "Спектакли покажут на трёх площадках города."
    )
    draft = afternoon_draft(text)
    assert draft.start is not None
    assert draft.start.date() == date(2026, 12, 19)
    assert "several_dates" not in draft.doubts


def test_today_told_ahead_stays_a_rival() -> None:
    # the guard: «пройдёт» today (later this day) is still a day the post may be about
    contest = "Конкурс чтецов для учеников 5–7 классов пройдёт 22 декабря в актовом зале школы."
    draft = afternoon_draft(
        f"{contest}\nВ среду, 16 декабря, в школе пройдёт родительское собрание."
    )
    assert "several_dates" in draft.doubts
    assert date(2026, 12, 16) in {c.date() for c in draft.choices}


# a sign-up or a document intake is the way in, never the event: its day is no rival start
CONCERT = (
    "Отчётный концерт хорового отделения детской школы искусств состоится 18 декабря в "
    "большом зале. Вход свободный"
)


@pytest.mark.parametrize(
    "intake",
    [
        "Запись в хоровую студию на второе полугодие начнётся 21 декабря.",
        "Заявления на обучение в подготовительном классе принимают до 25 декабря.",
        "Документы для поступления в музыкальную школу можно будет подать с 28 декабря.",
    ],
)
def test_a_sign_up_day_is_no_rival(intake: str) -> None:
    draft = draft_of(f"{CONCERT}.\n{intake}")
    assert draft.start is not None
    assert draft.start.date() == date(2026, 12, 18)
    assert "several_dates" not in draft.doubts


def test_an_event_day_beside_it_is_still_a_rival() -> None:
    # the guard: the same shape with a second concert stays a choice of days
    draft = draft_of(f"{CONCERT}.\nКонцерт фортепианного отделения пройдёт 21 декабря.")
    assert draft.start is not None
    assert "several_dates" in draft.doubts


def test_an_event_clause_with_a_sign_up_beside_it_is_still_a_rival() -> None:
    # the sign-up is in another clause of the sentence; the clause of the day is a concert
    draft = draft_of(
        f"{CONCERT}.\nВторой концерт пройдёт 21 декабря, запись на него у администратора."
    )
    assert draft.start is not None
    assert "several_dates" in draft.doubts
