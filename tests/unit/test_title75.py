"""title75: the label a human reads off a post's quoted name or headline — a heading that
names a series above its item, a kind named again later with a naming word, a heading that
names a trip by where it goes, a bare kind completed from the sentence before (a season's or
a stage's genitive, a visit). Sentences written for the test (tests/data/title75.md), none
from a post."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import EventIntent, parse_message
from bot.core.language.title_named_as import named_again

NOW = datetime.fromisoformat("2026-12-01T10:00")  # school wall clock, as the parser reads it


def _title(text: str) -> str:
    intent = parse_message(text, NOW)
    assert isinstance(intent, EventIntent)
    return intent.draft.title


@pytest.mark.parametrize(
    ("post", "title"),
    [
        (
            "Абонемент «Музыка для школьников»\n\nФилармония приглашает учащихся 1–7 классов"
            " на концерт «Сказки в музыке» из цикла «Музыка для школьников». Концерт состоится"
            " 13 декабря в 12:00 в большом зале. Вход по билетам, для групп скидка.",
            "Концерт «Сказки в музыке»",
        ),
        (
            "Цикл «Космос рядом»\n\nПланетарий приглашает школьников на лекцию «Звёзды над"
            " городом» из цикла «Космос рядом». Лекция пройдёт 14 мая в 15:00. Продолжительность"
            " — 45 минут, после лекции — показ фильма.",
            "Лекция «Звёзды над городом»",
        ),
        (
            "Серия «Читаем вместе»\n\nБиблиотека приглашает ребят 14 мая в 15:00 на встречу"
            " «Книги о войне» из серии «Читаем вместе». Встречу проведёт библиотекарь Анна"
            " Иванова, после встречи — чаепитие для всех участников.",
            "Встреча «Книги о войне»",
        ),
    ],
)
def test_a_heading_naming_the_series_of_the_item(post: str, title: str) -> None:
    """A heading whose quoted name the body writes as the series of an item («из цикла
    «…»», «из серии «…»») names the series; the item is the event."""
    assert _title(post) == title


def test_a_heading_the_body_does_not_call_a_series_stays() -> None:
    """The body naming the heading's name as the concert's own keeps the heading."""
    post = (
        "Концерт «Музыка для школьников»\n\nФилармония приглашает учащихся 1–7 классов на"
        " концерт «Музыка для школьников». Концерт состоится 13 декабря в 12:00 в большом зале."
        " Вход по билетам, для групп скидка."
    )
    assert _title(post) == "Концерт «Музыка для школьников»"


@pytest.mark.parametrize(
    ("post", "title"),
    [
        (
            "Со 2 мая в ледовом дворце «Молния» проходят дополнительные сеансы массового катания"
            " для школьников. Сеансы под говорящим названием «Ура! Каникулы!» продлятся до 6 мая."
            " Вход по школьному билету.",
            "Дополнительные сеансы массового катания «Ура! Каникулы!»",
        ),
        (
            "12 мая в 15:00 в библиотеке пройдёт встреча с писателем Иваном Петровым. Встреча,"
            " получившая название «Слово о войне», будет интересна старшеклассникам и их"
            " родителям.",
            "Встреча с писателем «Слово о войне»",
        ),
        (
            "В субботу, 14 мая, в 12:00 на стадионе пройдут соревнования по лёгкой атлетике"
            " среди школьников. Соревнования носят название «Весенние старты» и проводятся"
            " ежегодно.",
            "Соревнования по лёгкой атлетике «Весенние старты»",
        ),
    ],
)
def test_a_kind_named_again_takes_its_name(post: str, title: str) -> None:
    """The dated kind said again with a naming word («под … названием», «получившая
    название», «носят название») takes that name."""
    assert _title(post) == title


@pytest.mark.parametrize(
    "text",
    [
        "12 мая в 15:00 в библиотеке пройдёт встреча с писателем Иваном Петровым. Там же"
        " откроется выставка под названием «Книги войны», она продлится до конца месяца.",
        "12 мая в 15:00 в библиотеке пройдёт встреча с писателем Иваном Петровым. В прошлом"
        " году встреча под названием «Слово о войне» собрала полный зал.",
    ],
)
def test_a_name_of_another_noun_or_a_past_event_is_not_added(text: str) -> None:
    """A naming word after another noun (the exhibition's name) or in a sentence told in the
    past (last year's meeting) gives the dated kind no name."""
    assert named_again(text, "Встреча с писателем") is None


@pytest.mark.parametrize(
    ("post", "title"),
    [
        (
            "Поездка в Ботанический сад\n12 мая ребята нашего класса побывали в Ботаническом"
            " саду на экскурсии по оранжереям. Ребята увидели пальмы, кактусы и цветущие"
            " азалии и получили огромное удовольствие!",
            "Поездка в Ботанический сад",
        ),
        (
            "Путешествие в Казань\nВ субботу, 14 мая, ученики 7 «Б» класса отправятся в"
            " Казань. В программе — обзорная экскурсия по кремлю и мастер-класс по чак-чаку."
            " Сбор у школы в 7:00.",
            "Путешествие в Казань",
        ),
        (
            "Визит к ветеранам\n14 мая в 11:00 волонтёры школы навестят ветеранов в доме"
            " престарелых и подарят им открытки, сделанные своими руками. Сбор у входа в школу.",
            "Визит к ветеранам",
        ),
    ],
)
def test_a_heading_naming_a_trip_by_where_it_goes(post: str, title: str) -> None:
    """A heading opening with a verbal noun of going and «в/на/к» + where is the trip's
    name, not a catchphrase, though the body calls the trip otherwise."""
    assert _title(post) == title


@pytest.mark.parametrize(
    ("post", "title"),
    [
        (
            "Новый сезон школьной лиги КВН стартует в Бурятии. Фестиваль пройдет 18 октября в"
            " 17 часов в актовом зале университета. Всего ожидается участие порядка 25 команд"
            " из разных школ города.",
            "Фестиваль школьной лиги КВН",
        ),
        (
            "Более 9 000 ребят станут участниками заключительного этапа ВсОШ\nСостязания"
            " пройдут по 24 предметам с 15 марта по 30 апреля. Первыми пройдут олимпиады по"
            " искусству и астрономии.",
            "Состязания ВсОШ",
        ),
        (
            "В субботу в Ижевске завершится второй тур областной олимпиады по химии."
            " Награждение пройдёт 14 мая в 15:00 в актовом зале университета, приглашаются"
            " участники и их учителя.",
            "Награждение областной олимпиады по химии",
        ),
    ],
)
def test_a_bare_kind_takes_the_season_or_stage_before(post: str, title: str) -> None:
    """A bare kind opening the dated sentence is completed by the genitive the sentence
    before gives a season, a stage, a round or a final of."""
    assert _title(post) == title


def test_a_tourist_is_no_round() -> None:
    """«туристы» is no «тур»: the bare kind stays."""
    post = (
        "Юные туристы школы отправятся в поход. Слёт пройдёт 14 мая в 10:00 в лесопарке, сбор"
        " у школы в 9:00."
    )
    assert _title(post) == "Слёт"


@pytest.mark.parametrize(
    ("post", "title"),
    [
        (
            "Школьники Орехово-Зуевского округа посетили Ликинский автобусный завод\nЭкскурсия"
            " состоялась 6 февраля в рамках образовательного проекта. Восьмиклассники"
            " познакомились с историей предприятия и узнали о профессиях.",
            "Посещение Ликинского автобусного завода",
        ),
        (
            "Ученики 5 «А» класса побывают в краеведческом музее. Экскурсия пройдёт 14 мая в"
            " 11:00, сбор у школы в 10:30, с собой взять сменную обувь.",
            "Посещение краеведческого музея",
        ),
    ],
)
def test_a_bare_excursion_takes_the_visit_before(post: str, title: str) -> None:
    """A bare «Экскурсия» opening the dated sentence is the visit the sentence before tells."""
    assert _title(post) == title
