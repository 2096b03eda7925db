"""Concise titles of posts copied from web pages (issue 10, point 6): page chrome above the
heading, news headlines that are sentences, quoted names as the subject of the announcing verb
and days named by a genitive noun. Small cases written for each rule, not taken from a corpus."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language.intents import parse_message
from bot.core.language.title_heading import read_heading
from bot.core.models import EventIntent
from tests.title_probe import card_title

NOW = datetime.fromisoformat("2026-11-30T10:00")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a site's section name above the article is not the event's name
            "Анонсы\nВ гимназии пройдёт турнир по настольному теннису\n12 декабря в 10:00 в "
            "спортзале гимназии №3 состоится турнир по настольному теннису среди учащихся "
            "7–9 классов. Заявки от классов принимаются до 8 декабря.",
            "Турнир по настольному теннису",
        ),
        (  # a date-and-time stamp line, then the heading
            "14 декабря, 11.00 – 15.00\nЗимняя шахматная ярмарка\nВ этот день юные шахматисты "
            "сыграют блиц-партии с тренерами клуба. Вход свободный, приходите всей семьёй.",
            "Зимняя шахматная ярмарка",
        ),
        (  # the organisation's legal form and name above the news item
            'МБУК "Районный дом культуры"\n03.12.2026\nВ Зеленоградске состоится районный '
            "смотр детских хоров «Поющая зима»\n19 декабря в 12:00 на сцене дома культуры "
            "выступят хоры школ района. Приглашаем родителей и учителей.",
            "Районный смотр детских хоров «Поющая зима»",
        ),
        (  # the library's name as a page heading, the event below it
            "Городская юношеская библиотека\nКонкурс эссе «Мой край» для старшеклассников.\n"
            "Конкурс пройдёт 18 декабря в 16:00 в читальном зале, работы принимаются до "
            "10 декабря.",
            "Конкурс эссе «Мой край»",
        ),
        (  # a news headline with a verb names the kind; the body gives the kind's name
            "Гурьевских школьников позвали на конкурс юных экскурсоводов\nУчащиеся могут "
            "подать заявки на областной конкурс юных экскурсоводов «Мой музей». Финал "
            "конкурса пройдёт 16 декабря в 11:00 в краеведческом музее.",
            "Областной конкурс юных экскурсоводов «Мой музей»",
        ),
        (  # a quoted name opening the sentence with the announcing verb is the event's
            "Сотрудники обсерватории подготовили для детей наблюдения, опыты и мультфильмы. "
            "Гостям покажут лекцию и выставку телескопов.\n«Звёздная суббота» пройдёт 12 "
            "декабря с 16:00 до 20:00 в обсерватории университета.",
            "«Звёздная суббота»",
        ),
        (  # a day named by a genitive noun ("День молодёжи", "День рыбака")
            "Этнографический музей пригласил семьи отметить День рыбака. Праздник для всей "
            "семьи пройдёт 12 июля с 11:00 до 16:00 во дворе музея: игры, ярмарка, уха.",
            "День рыбака",
        ),
    ],
)
def test_titles_of_web_page_posts(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    "line",
    ["Новости", "Расписание", "Описание мероприятия", "ИНФОРМАЦИОННОЕ ПИСЬМО", "16:08"],
)
def test_page_chrome_is_never_a_heading(line: str) -> None:
    heading = read_heading(f"{line}\nЛекция о вулканах пройдёт в пятницу\nНачало в 15:00.")
    assert heading.title is None
    assert heading.headline is not None  # the next line is read instead: a news headline


def test_a_headline_with_a_verb_is_not_a_title_but_a_heading_without_one_is() -> None:
    assert read_heading("Школьники сразятся в шахматы\nТекст.").title is None
    heading = read_heading("Шахматный турнир школьников\nТекст.")
    assert heading.title == "Шахматный турнир школьников"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # school kinds of event written in chat: a consultation, "олимп." written out
            "Коллеги, в четверг в 14:30 каб. 3.05 — консультация по ЕГЭ для 11-х, "
            "предупредите детей. Явка обязательна.",
            "Консультация по ЕГЭ",
        ),
        (
            "Напоминаю: олимп. по химии школьн. этап 12 декабря, начало в 9:00, каб. 204. "
            "Регистрация до 8.12. Участвуют 7–11 классы, бланки выдаст методист.",
            "Олимпиада по химии",
        ),
        (  # "Неделя" with a genitive noun names the event, like "День"
            "В районе с 7 по 11 декабря пройдёт Неделя профилактики гриппа\nВ школах "
            "проведут классные часы, конкурсы рисунков и викторины для учащихся.",
            "Неделя профилактики гриппа",
        ),
        (  # an invitation to a quoted name with no kind word before it
            "Краеведческий музей приглашает\n12 декабря с 17 до 21 часа\nна «Вечер в музее».\n"
            "В программе: экскурсии по залам, выставки «Старый город» и «Янтарный край», "
            "мастер-классы.",
            "«Вечер в музее»",
        ),
    ],
)
def test_titles_of_school_kinds_weeks_and_invitations(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a breadcrumb trail above the heading is page chrome
            "Главная / Новости / Мероприятия\nОткрытый урок «Безопасный интернет»\n8 декабря "
            "в 12:00 в актовом зале гимназии №32 состоится открытый урок для 5–7 классов.",
            "Открытый урок «Безопасный интернет»",
        ),
        (  # openers one after another; a school meeting as the kind
            "Коллеги, напоминаю: 9 декабря в 15:30 в кабинете 214 методическое объединение "
            "учителей математики. Тема — подготовка к ОГЭ.",
            "Методическое объединение учителей математики",
        ),
        (  # an open day names the organisation that invites, with its "им. …"
            "БФУ им. И. Канта приглашает старшеклассников на День открытых дверей. "
            "Мероприятие пройдёт 19 декабря в 11:00 в главном корпусе университета.",
            "День открытых дверей БФУ им. И. Канта",
        ),
        (  # the quoted name of the place the post opens with is not the event's
            "Ребята! 8 декабря на катке «Янтарный» пройдёт весёлая эстафета на коньках для "
            "3–6 классов. Сбор в 14:30 у раздевалок, старт в 15:00.",
            "Весёлая эстафета",
        ),
        (
            "Новогодняя сказка в ДК «Строитель»!\n27 декабря в 12:00 ждём ребят на "
            "новогоднее представление «Приключения Деда Мороза». Билеты в кассе.",
            "Новогоднее представление «Приключения Деда Мороза»",
        ),
    ],
)
def test_titles_past_crumbs_openers_and_place_names(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # an occasion of a series: the occasion's own name, not the series'
            "15 декабря в 13:00 в Музее изобразительных искусств пройдёт занятие из цикла "
            "«Искусство для детей» — «Зимний пейзаж». Дети нарисуют свою зиму.",
            "Занятие «Зимний пейзаж»",
        ),
        (  # a bare "Праздник" refers back to the event named before it
            "Администрация города приглашает школьников на торжественное открытие главной "
            "городской ёлки. Праздник начнётся 25 декабря в 17:00 на площади Победы.",
            "Торжественное открытие главной городской ёлки",
        ),
    ],
)
def test_titles_of_series_occasions_and_feasts_named_before(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a premiere names the play
            "Театр юного зрителя откроет новый сезон\nТеатр открывает сезон подарком для "
            "школьников. Премьера спектакля «Снежная королева» состоится 18 декабря в 11:00. "
            "Билеты в кассе.",
            "Премьера спектакля «Снежная королева»",
        ),
        (  # a week with a quoted name
            "С 7 по 12 декабря в городской библиотеке проходит традиционная неделя «Книжкины "
            "именины». Читателей ждут громкие чтения и встречи с авторами.",
            "Традиционная неделя «Книжкины именины»",
        ),
        (  # a name of its own right after the announcing verb, not a dictionary word
            "В Зеленоградске пройдёт Библиосумерки-2026\n12 декабря в 18:00 библиотеки района "
            "откроют двери для вечерних чтений. Вход свободный.",
            "Библиосумерки-2026",
        ),
    ],
)
def test_titles_of_premieres_named_weeks_and_names_after_the_verb(text: str, title: str) -> None:
    assert card_title(text) == title


def test_a_page_under_a_section_name_is_an_announcement_not_a_question() -> None:
    post = (
        "Афиша\nСпектакль «Снежная королева» 6+\n20 декабря, 11:00, 14:00\n"
        "Областной драматический театр\nБилеты в кассе театра."
    )
    got = intent_to_json(parse_message(post, NOW))
    assert got["intent"] == "event"
    assert got["title"] == "Спектакль «Снежная королева»"
    assert got["start"] == "2026-12-20T11:00"
    # a short line under the same word is still a question about the poster
    assert intent_to_json(parse_message("Афиша\nна эту неделю", NOW))["intent"] == "query"
    assert intent_to_json(parse_message("Афиша на субботу?", NOW))["intent"] == "query"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # one long sentence: its kind and name, not the invitation around them
            "МАУ ДО ДДТ «Родник» приглашает учащихся 1–4 классов на новогодний утренник "
            "«Ёлка желаний», который пройдёт 26 декабря в 10:00 в актовом зале ДДТ.",
            "Новогодний утренник «Ёлка желаний»",
        ),
        (  # a name in straight single quotes
            "Отделение полиции приглашает 8-е классы на открытый урок 'Закон и подросток', "
            "который пройдёт 15 декабря в 12:00 в актовом зале, явка обязательна",
            "Открытый урок «Закон и подросток»",
        ),
    ],
)
def test_titles_of_one_sentence_posts(text: str, title: str) -> None:
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # a bare "Соревнования" refers back to the championship named before
            "Добрый день! Направляем приглашение на региональный чемпионат «Профессионалы» "
            "среди школьников. Соревнования пройдут 9 декабря в 10:00 в колледже сервиса. "
            "Просим подтвердить участие до 1 декабря.",
            "Региональный чемпионат «Профессионалы»",
        ),
        (  # the school's news section above a report and an announcement
            "Новости школы\n25.11.2026\nНаши пятиклассники приняли участие в квесте\nА 12 "
            "декабря в 14:00 в библиотеке школы состоится литературная викторина «По страницам "
            "сказок» для 5-х классов.",
            "Литературная викторина «По страницам сказок»",
        ),
        (  # after a noun the kind keeps its own word ("урок", never "урка")
            "Сотрудники Росгвардии проведут для кадет урок мужества 23 февраля в 11:00 в "
            "кадетском классе школы №10. Ребята узнают о службе.",
            "Урок мужества",
        ),
    ],
)
def test_titles_of_letters_school_news_and_governed_kinds(text: str, title: str) -> None:
    assert card_title(text) == title


def test_a_live_broadcast_is_a_kind_of_event() -> None:
    text = (
        "Прямой эфир с космонавтом состоится 12 апреля в 13:00 в группе ВКонтакте «Наука "
        "детям». Смотрим всем классом в кабинете 205."
    )
    assert card_title(text) == "Прямой эфир"


def test_a_posters_page_title_is_not_a_question_about_the_poster() -> None:
    post = (
        "Афиша городского планетария на декабрь\n12 декабря 2026, суббота\n«Путешествие к "
        "кольцам Сатурна». Начало в 12.00\nДля детей 7-10 лет. Вместе с героями программы "
        "ребята облетят планеты-гиганты."
    )
    got = intent_to_json(parse_message(post, NOW))
    assert got["intent"] == "event"
    assert "Сатурна" in got["title"]
    assert intent_to_json(parse_message("Афиша на декабрь?", NOW))["intent"] == "query"


def test_an_invitation_to_a_name_of_its_own() -> None:
    text = (
        "Районная библиотека приглашает 18 апреля на Библиосумерки. Акция начнётся в "
        "18:00: громкие чтения, квиз и мастер-классы для всей семьи."
    )
    assert card_title(text) == "Библиосумерки"
    # a dictionary word after "на" is no name ("приглашает на Красную площадь")
    text = (
        "Администрация приглашает 9 мая на Красную площадь. Праздничный концерт начнётся "
        "в 12:00, выступят хоры школ города."
    )
    # the generic title on 9 May names the holiday (title_enrich.py)
    assert card_title(text) == "Праздничный концерт ко Дню Победы"


def test_a_bare_stage_takes_the_event_named_before() -> None:
    """A letter whose dated sentence names only a stage ("Школьный этап конкурса проводится
    …") takes the competition named earlier (found when the date and title branches met)."""
    text = (
        "Сообщаем о проведении районного конкурса эссе «Мой город».\n"
        "Школьный этап конкурса проводится с 14 по 18 декабря 2026 года.\n"
        "Районный этап конкурса проводится с 11 по 15 января 2027 года."
    )
    draft = parse_message(text, datetime(2026, 12, 1, 10, 0))  # noqa: DTZ001
    assert isinstance(draft, EventIntent)
    assert "конкурс эссе" in draft.draft.title.lower()
