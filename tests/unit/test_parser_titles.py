"""Concise titles in the nominative (issue 10, point 6): the event's kind and its name or
subject, no letter openers, invitations, lecturers, contacts or requests, no fragments.

The posts here are small cases written in the style partners use, one per rule."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from tests.title_probe import card_title

NOW = datetime.fromisoformat("2026-11-30T10:00")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the kind word is an adjective: its noun is the head, both in the nominative
            "Уважаемые коллеги! Информируем о проведении конкурсного отбора участников "
            "профильной смены «Юный инженер». Отбор пройдёт 12 декабря в 10:00 в технопарке "
            "«Кванториум». Заявки принимаются до 8 декабря.",
            "Конкурсный отбор участников профильной смены «Юный инженер»",
        ),
        (  # a stage of an event: the stage is the head, the event its genitive
            "Уважаемые руководители! Направляем информацию о проведении регионального этапа "
            "олимпиады по робототехнике. Этап пройдёт 16 декабря в 10:00 в КГТУ. Контактное "
            "лицо: методист, тел. 8-900-000-00-00.",
            "Региональный этап олимпиады по робототехнике",
        ),
        (  # a bare plural kind takes its subject ("о …")
            "В субботу, 13 декабря, в областной библиотеке пройдут лекции о космосе для "
            "школьников. Начало в 12:00. Вход свободный.",
            "Лекции о космосе",
        ),
        (  # an occasion names the event ("ко Дню …"), two kinds joined by "и" stay together
            "Бесплатные экскурсии и мастер-классы ко Дню матери пройдут в музеях города в "
            "воскресенье, 29 ноября. Музей янтаря приглашает на выставку «Солнечный камень».",
            "Бесплатные экскурсии и мастер-классы ко Дню матери",
        ),
        (  # a programme's time slots are side events; the main event is the post's own
            "Библиотека завершит сезон семейным пикником 13 декабря.\n"
            "В 13:00 – лекция «Зимние птицы»,\n"
            "В 15:00 – мастер-класс по оригами.\n"
            "Начало в 12:00. Вход свободный.",
            "Семейный пикник",
        ),
        (  # a name with a capital after "День" is a named day
            "6 декабря. Особым станет для наших выпускников 12 декабря: в школе пройдёт "
            "традиционный День Гимназии, гостей ждут с 10:00.",
            "Традиционный День Гимназии",
        ),
        (  # a heading with an age rating is still the post's heading
            "Новогодняя ёлка в Доме культуры 6+\n"
            "Дом культуры приглашает детей на новогодние представления 27 и 28 декабря в "
            "11:00. Билеты в кассе.",
            "Новогодняя ёлка в Доме культуры",
        ),
        (  # too long with its genitive chain: the kind and its quoted name remain
            "Зимний фестиваль всероссийского физкультурно-спортивного комплекса «Готов к "
            "труду и обороне» пройдёт в Калининграде 12 декабря. Начало в 10:00.",
            "Зимний фестиваль «Готов к труду и обороне»",
        ),
    ],
)
def test_concise_titles_of_posts(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Добрый день! Концерт 5 декабря в 15:00 в актовом зале", "Концерт"),
        ("Здравствуйте! Лекция по истории 5 декабря в 15:00", "Лекция по истории"),
        ("Субботник на территории школы 5 декабря в 10:00. Просим взять перчатки.", "Субботник"),
        ("Концерт хора 9 декабря в 18:00 в актовом. Приходите всей семьёй!", "Концерт хора"),
        (
            "Мастер-класс по робототехнике 5 декабря в 15:00. Регистрация по ссылке в группе.",
            "Мастер-класс по робототехнике",
        ),
        (
            "Экскурсия в музей 5 декабря в 11:00. Справки по телефону 8-900-000-00-00.",
            "Экскурсия в музей",
        ),
        (
            "Встреча с ветеранами 5 декабря в 12:00. Просим подтвердить участие до 3 декабря.",
            "Встреча с ветеранами",
        ),
        (  # the lecturer is left out, the kind put in the nominative
            "Лекцию проведёт доцент кафедры физики Петров И.И. 5 декабря в 15:00 в ауд. 204",
            "Лекция",
        ),
        ("Экскурсию в музей 5 декабря в 11:00 проведёт экскурсовод", "Экскурсия в музей"),
    ],
)
def test_chat_titles_leave_out_greetings_and_requests(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    "text",
    [
        "Добрый день! Приглашаем учащихся 9–11 классов на лекцию «Нейросети в медицине», "
        "которая состоится 10 декабря в 15:00 в актовом зале КГТУ. Просим подтвердить участие "
        "до 5 декабря по телефону 8-900-000-00-00.",
        "Мастер-класс по робототехнике для ребят 10–14 лет пройдёт 12 декабря в 15:00 в "
        "технопарке. Регистрация по ссылке https://example.org/reg до 10 декабря, справки "
        "по телефону.",
        "Лекцию «ИИ в медицине» прочитает профессор кафедры информатики Иван Петров 5 "
        "декабря в 15:00. Лекция пройдёт в главном корпусе университета.",
    ],
)
def test_post_titles_never_hold_greetings_lecturers_or_registration(text: str) -> None:
    title = card_title(text).lower()
    for word in ("добрый", "регистрац", "просим", "телефон", "профессор", "петров", "ссылк"):
        assert word not in title, title


def test_no_number_fragment_is_left_in_acard_title() -> None:
    title = card_title("Приём заявок до 15: проведения конкурса 20 декабря в 10:00")
    assert not any(ch.isdigit() for ch in title), title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a greeting is never a named day
            "Добрый день! Библиотека им. А. П. Чехова 10 декабря в 14:00 проводит для учащихся "
            "5–7 классов литературную викторину по сказкам Пушкина. Адрес: ул. Чехова, д. 2. "
            "Контактный телефон: 8-900-000-00-00.",
            "Литературная викторина по сказкам Пушкина",
        ),
        (  # an open day takes the name of the organisation that invites to it
            "КГТУ приглашает учащихся 10–11 классов и их родителей на День открытых дверей, "
            "который состоится 14 декабря в 11:00 в главном корпусе университета. Вас ждут "
            "встречи с деканами и экскурсии по лабораториям.",
            "День открытых дверей КГТУ",
        ),
        (  # a kind with a prefix joined by a hyphen
            "Молодёжный центр проводит для школьников арт-фестиваль «Зимние краски». "
            "Фестиваль откроется 19 декабря в 12:00, вход свободный.",
            "Арт-фестиваль «Зимние краски»",
        ),
    ],
)
def test_more_post_titles(text: str, title: str) -> None:
    assert card_title(text) == title


def test_a_letters_lead_is_not_thecard_title() -> None:
    text = (
        "Информируем, что 15 декабря в 10:00 в актовом зале Калининградского областного "
        "музыкального колледжа им. С. В. Рахманинова состоится концерт учащихся."
    )
    got = intent_to_json(parse_message(text, NOW))
    assert got["title"] == "Концерт учащихся"
    assert got["venue"].startswith("актовый зал Калининградского областного музыкального колледжа")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the bare kind of the event's sentence takes the post's earlier, fuller mention
            "Здравствуйте! Исторический парк приглашает учащихся на урок мужества, посвящённый "
            "Дню Героев Отечества. Урок пройдёт 9 декабря в 12:00. Продолжительность 45 минут.",
            "Урок мужества ко Дню Героев Отечества",  # its occasion too (title_enrich.py)
        ),
        (  # … or its quoted name, whatever case it was written in
            "Добрый день! Информируем о проведении акции «Покормите птиц зимой». Акция пройдёт "
            "с 1 по 20 декабря, кормушки принимаются в кабинете 105.",
            "Акция «Покормите птиц зимой»",
        ),
        (  # a meeting names whom it is with, not who organises it, the person's name too
            # (titlestruct42: the bare «Встреча» of the dated sentence points back to it)
            "Областная детская библиотека приглашает на встречу с писателем Анной Ивановой, "
            "автором книг для подростков. Встреча состоится 12 декабря в 15:00 в читальном зале "
            "библиотеки. Вход свободный.",
            "Встреча с писателем Анной Ивановой",
        ),
    ],
)
def test_titles_from_the_posts_fuller_mention(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a quoted name after "для школьников" still names the lecture
            "Кафедра истории КГТУ проводит открытую лекцию для школьников «Кёнигсберг: история "
            "города». Лекция пройдёт 8 декабря в 15:00 в ауд. 301.",
            "Открытая лекция «Кёнигсберг: история города»",
        ),
        (  # cut to 80 characters, a title ends on a noun, never on a dangling adjective
            "Приглашаем учеников 9–11 классов на профориентационную встречу с представителями "
            "Балтийской государственной академии рыбопромыслового флота. Встреча пройдёт онлайн "
            "11 декабря в 15:00.",
            "Профориентационная встреча с представителями",
        ),
    ],
)
def test_titles_with_names_and_cuts(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a heading in capitals reads in sentence case, abbreviations kept
            "ДЕНЬ ОТКРЫТЫХ ДВЕРЕЙ В КГТУ\n14 декабря в 11:00 университет ждёт выпускников и их "
            "родителей. Вас ждут экскурсии и встречи с деканами.",
            "День открытых дверей в КГТУ",
        ),
        (  # an award names the contest it closes, put in the genitive
            "Внимание, конкурс!\nДо 10 декабря принимаются работы на конкурс рисунков «Зимняя "
            "сказка». Награждение победителей состоится 20 декабря в 14:00 в актовом зале.",
            "Награждение победителей конкурса рисунков «Зимняя сказка»",
        ),
    ],
)
def test_titles_of_headings_and_ceremonies(text: str, title: str) -> None:
    assert card_title(text) == title


def test_a_bare_kind_takes_a_later_mention_with_its_format() -> None:
    text = (
        "Ученики гимназии 3 декабря примут участие в телемосте с космонавтами. Телемост "
        "пройдёт в формате открытого урока. Ребята смогут задать вопросы."
    )
    assert card_title(text) == "Телемост в формате открытого урока"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # the event's sentence names it after the announcing verb, with no kind word
            "На этой неделе в нашей школе проходит Неделя математики. В четверг, 10 декабря, в "
            "13:30 в актовом зале состоится математический КВН для 5–6 классов. Болельщики "
            "приветствуются!",
            "Математический КВН",
        ),
        ("Концерт, который проведут ученики 5 класса, 5 декабря в 15:00", "Концерт"),
        (
            "Друзья, мастер-класс по лепке 6 декабря в 12:00, запись у классного руководителя",
            "Мастер-класс по лепке",
        ),
    ],
)
def test_titles_without_a_kind_word_or_with_side_clauses(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title", "ages"),
    [
        (  # ages in words are never a time; the invited are no part of the title
            "Приглашаем детей в возрасте от двух до 6 лет на утренник 5 декабря в 11:00",
            "Утренник",
            [2, 6],
        ),
        (
            "Приглашаем детей 5-7 лет на новогоднюю ёлку 5 декабря в 11:00",
            "Новогодняя ёлка",
            [5, 7],
        ),
        (
            "Приглашаем учеников 9 классов на лекцию «Профессии будущего» 5 декабря в 15:00",
            "Лекция «Профессии будущего»",
            None,
        ),
    ],
)
def test_an_invitation_gives_the_kind_it_invites_to(
    text: str, title: str, ages: list[int] | None
) -> None:
    got = intent_to_json(parse_message(text, NOW))
    assert (got["title"], got["ages"], got["start"][11:]) == (
        title,
        ages,
        "11:00" if ages else "15:00",
    )


def test_an_opening_names_what_opens() -> None:
    text = (
        "В городе появится новый детский центр. Молодёжный центр «Горизонт» откроется 12 "
        "декабря. Его торжественное открытие состоится в 12:00, гостей ждёт концерт."
    )
    assert card_title(text) == "Торжественное открытие молодёжного центра «Горизонт»"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Поездка на концерт 5 декабря в 10:00", "Поездка на концерт"),
        ("Выезд команды на соревнования 5 декабря в 8:00", "Выезд команды на соревнования"),
        ("Приглашаем всех желающих на концерт 5 декабря в 15:00", "Концерт"),
    ],
)
def test_only_the_invited_are_left_out(text: str, title: str) -> None:
    assert card_title(text) == title


def test_a_meeting_of_some_with_others_keeps_both_and_its_name() -> None:
    text = (
        "Добрый день, коллеги! Напоминаем, что 8 декабря в 12:00 в библиотеке им. А. П. Чехова "
        "состоится встреча школьников с ветеранами «Живая память». Просим подтвердить "
        "количество участников до 5 декабря."
    )
    assert card_title(text) == "Встреча школьников с ветеранами «Живая память»"
