"""Readings behind the misses of tests/data/real_posts_broad16.jsonl at first sight
(tests/data/fresh48.md), each checked in sentences of my own, not the set's posts."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message


def _parsed(text: str, now: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, datetime.fromisoformat(now)))


# Reading: what visitors may do up to a day — «её можно будет посетить (вплоть) до 9 марта»,
# «увидеть работы можно до 20 мая» — is the end of the thing that opened on the post's first
# day, never its start.
@pytest.mark.parametrize(
    ("text", "now", "start", "end"),
    [
        (
            "Фотовыставка «Мой край» станет передвижной. 12 апреля из краеведческого музея "
            "фотовыставка переедет в городскую библиотеку. Её можно будет посетить вплоть до "
            "30 апреля. Затем снимки покажут в сельских клубах района.",
            "2024-04-08T10:00",
            "2024-04-12",
            "2024-04-30",
        ),
        (
            "Коллекция минералов из университета едет к школьникам. 3 октября коллекция "
            "откроется в школьном музее на втором этаже. Там её смогут увидеть до 25 октября, "
            "а потом камни вернутся в университет.",
            "2023-09-28T10:00",
            "2023-10-03",
            "2023-10-25",
        ),
    ],
)
def test_visiting_until_a_day_ends_the_opened_thing(
    text: str, now: str, start: str, end: str
) -> None:
    got = _parsed(text, now)
    assert (got["start"], got["end"]) == (start, end)


# Reading: «с D1 вплоть до D2» is the span «с D1 до D2».
def test_up_to_a_day_closes_a_span() -> None:
    got = _parsed("Выставка рисунков открыта с 5 марта вплоть до 19 марта.", "2024-03-01T10:00")
    assert (got["start"], got["end"]) == ("2024-03-05", "2024-03-19")


# Reading: online named as one more way («…, а также онлайн на сайте», «или онлайн») does not
# make the event an online one: the site the post names for its own readers is the venue.
@pytest.mark.parametrize(
    "text",
    [
        "12 марта по всей области, а также онлайн на сайте конкурса пройдёт олимпиада по истории "
        "родного края. В нашем районе олимпиаду можно написать на площадке, расположенной в "
        "Доме детского творчества. Начало в 11.00.",
        "Экологический тест пройдёт 5 апреля в школах, библиотеках или онлайн на сайте акции. "
        "Жители посёлка смогут пройти тест на площадке в Доме детского творчества. "
        "Начало в 10.00.",
    ],
)
def test_online_as_one_more_way_leaves_the_named_site(text: str) -> None:
    got = _parsed(text, "2024-03-01T10:00")
    assert "дом детского творчества" in str(got["venue"] or "").lower()


def test_an_online_event_stays_online() -> None:
    got = _parsed(
        "12 марта пройдёт олимпиада по истории родного края. Олимпиада пройдёт онлайн на "
        "сайте конкурса. Задания откроются в 11.00, на работу даётся час.",
        "2024-03-01T10:00",
    )
    assert got["venue"] == "онлайн"


# Reading: «у (широкой, молодой) аудитории» without a room's number is the audience, people
# who may get interested, never a room to meet beside; the place named with the opening stands.
@pytest.mark.parametrize(
    "text",
    [
        "В рамках Дней города 20 и 21 июля пройдет фестиваль уличного кино, чтобы вызвать "
        "интерес к кино у широкой аудитории. Открытие фестиваля - 20 июля в 19:00 в кинотеатре "
        "«Родина».",
        "20 и 21 июля пройдет фестиваль любительских фильмов - показ работ юных авторов с целью "
        "поддержать интерес к кино у молодой аудитории. Открытие фестиваля - 20 июля в 19:00 в "
        "кинотеатре «Родина».",
    ],
)
def test_an_audience_is_no_room(text: str) -> None:
    got = _parsed(text, "2024-07-10T10:00")
    assert "родина" in str(got["venue"] or "").lower()


def test_a_numbered_room_beside_which_they_meet_stays() -> None:
    got = _parsed(
        "Консультация перед экзаменом по физике пройдёт 14 июня в 10:00. Встречаемся у "
        "аудитории 214 главного корпуса, с собой взять паспорт и ручку.",
        "2024-06-01T10:00",
    )
    assert "ауд" in str(got["venue"] or "").lower()  # (its number is not shown yet)


# Reading: the object of a verb of visiting («ученики посетили художественный музей») is the
# place of the visit, as «побывали в художественном музее» is.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "10 октября ученики 6 класса посетили художественный музей г. Вологды. Экскурсовод "
            "провела для ребят обзорную экскурсию по залам музея. Ребята рассматривали картины.",
            "художественный музей",
        ),
        (
            "В пятницу, 18 апреля, пятиклассники посетят областную детскую библиотеку. Для "
            "ребят подготовлена викторина по сказкам, а после неё - чаепитие.",
            "областная детская библиотека",
        ),
    ],
)
def test_the_place_visited_is_the_venue(text: str, place: str) -> None:
    got = _parsed(text, "2025-04-14T10:00" if "апреля" in text else "2024-10-10T16:00")
    assert place in str(got["venue"] or "").lower()


def test_a_chance_to_visit_is_no_venue() -> None:
    got = _parsed(
        "Праздник для первоклассников пройдёт 1 сентября в 11:00 в городском парке. После "
        "праздника ребята получат возможность бесплатно посетить зоопарк.",
        "2024-08-25T10:00",
    )
    venue = str(got["venue"] or "").lower()
    assert "парк" in venue
    assert "зоопарк" not in venue


# Reading: a post whose event is only «праздничные мероприятия» and which says what the feast
# is («Акатуй – ежегодный чувашский праздник …») names its event by that feast.
@pytest.mark.parametrize(
    ("text", "now", "name"),
    [
        (
            "21 июня в 11:00 на стадионе «Олимп» начнутся праздничные мероприятия. Среди них "
            "ярмарка народных промыслов, концерт и игровые площадки для детей. Напомним, Акатуй "
            "– ежегодный чувашский праздник окончания весенних полевых работ.",
            "2024-06-15T10:00",
            "акатуй",
        ),
        (
            "21 марта в 12:00 в городском парке начнутся праздничные мероприятия. Гостей ждут "
            "концерт, угощения и народные игры. Отметим, Навруз – древний праздник весеннего "
            "равноденствия.",
            "2024-03-15T10:00",
            "навруз",
        ),
    ],
)
def test_a_generic_event_takes_the_feast_the_post_defines(text: str, now: str, name: str) -> None:
    got = _parsed(text, now)
    assert name in str(got["title"] or "").lower()


# Reading: what follows «Организатор(ы) (мероприятия) —» is who organises the event, never
# where it is held.
def test_the_organiser_after_a_dash_is_no_venue() -> None:
    got = _parsed(
        "12-14 мая в Самаре пройдет фестиваль молодёжной песни «Голос веры» для воспитанников "
        "воскресных школ. Организатор мероприятия — Епархиальный отдел по делам молодёжи. Все "
        "участники получат дипломы.",
        "2024-05-01T10:00",
    )
    assert "отдел" not in str(got["venue"] or "").lower()


# Reading: the word right after a settlement's mark («пос.», «с.», «в посёлке») is the
# settlement's own name, never an adjective of the place noun that follows it.
def test_a_settlements_name_is_no_adjective_of_the_next_place() -> None:
    got = _parsed(
        "Завтра, 1 июня, в пос. Заречный Районная библиотека организует праздник в честь Дня "
        "защиты детей. Для ребят подготовлены конкурсы, игры и концерт.",
        "2024-05-31T10:00",
    )
    venue = str(got["venue"] or "")
    assert "Районная библиотека" in venue
    assert "Заречная" not in venue


# Reading: a school's report or notice of a visit («ученики посетили художественный музей»)
# with no kind of event named is the visit of that place: «Посещение художественного музея»,
# never the sentence's opening words with their date.
@pytest.mark.parametrize(
    ("text", "now", "title"),
    [
        (
            "10 октября ученики 6 класса посетили художественный музей. Ребята с интересом "
            "рассматривали картины и задавали вопросы экскурсоводу.",
            "2024-10-10T16:00",
            "посещение художественного музея",
        ),
        (
            "15 ноября учащиеся 3 «Б» класса посетят городскую библиотеку. Библиотекари "
            "расскажут ребятам о новых книгах и о том, как пользоваться каталогом.",
            "2024-11-11T10:00",
            "посещение городской библиотеки",
        ),
    ],
)
def test_a_visit_with_no_kind_is_the_visit_of_its_place(text: str, now: str, title: str) -> None:
    got = _parsed(text, now)
    assert str(got["title"] or "").lower() == title
