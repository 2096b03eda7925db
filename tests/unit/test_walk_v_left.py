"""Findings of walk v (tests/data/newcomer_walk_2026-12-02v.md, F5, F6) and attack w (#14)
left open by the eighteenth round: straight quotes paired as a careful reader pairs them, a
letter's greeting above a news headline, a show named after «покажут», a place noun located
by a named place. The walk's posts are tuned material (/tmp/walkv_data, pasted here as the
walker sent them); the other sentences were written for these tests."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.core.language.intents import parse_message
from bot.core.language.place_located import located_by
from bot.core.language.plan_text import signature
from bot.core.language.title_heading import read_heading
from bot.core.language.title_phrase import kind_phrase
from bot.core.language.title_quotes import accusative_named
from bot.core.models import EventIntent

NOW = datetime.fromisoformat("2026-05-01T10:00")  # the parser takes naive wall-clock time
SIGNED = "\n\nС уважением, Марина Викторовна, методист. Тел. 8 (900) 123-45-67"


def _draft(text: str, now: datetime = NOW) -> tuple[str, str | None]:
    parsed = parse_message(text, now)
    assert isinstance(parsed, EventIntent), text
    return parsed.draft.title, parsed.draft.venue


P03 = (
    "Здравствуйте!\n\nВ городском зоопарке сейчас ведется подготовка к детскому празднику, "
    'который состоится 24 мая и будет приурочен ко "Дню Европарков". В программе праздника - '
    'веселые экологические викторины, конкурс рисунков на асфальте "Живая планета", выставка '
    'детских рисунков "Мир заповедной природы", выступление музыкального коллектива "Лель" '
    "дома детского творчества.\n\nЗоопарк, отдел просвещения"
)


@pytest.mark.parametrize(
    ("text", "word", "phrase"),
    [
        (
            'Праздник приурочен ко "Дню птиц". В программе праздника - викторины, конкурс '
            'поделок "Скворечник".',
            "Дню",
            "День птиц",
        ),
        ('Праздник приурочен ко "Дню птиц". Конкурс "Весна".', "Дню", "День птиц"),
        ('Праздник ко Дню птиц "Скворушка" пройдёт 5 мая.', "Дню", "День птиц «Скворушка»"),
    ],
)
def test_a_straight_mark_after_a_word_closes_the_name_it_ends(
    text: str, word: str, phrase: str
) -> None:
    """F6 (p03): the mark after «Европарков» closes its name; the text up to the next name's
    opening mark is no name of the day."""
    at = text.index(word)
    assert kind_phrase(text, at, at + len(word)) == phrase


def test_p03_title_is_not_built_between_two_quoted_names() -> None:
    title, _ = _draft(P03, datetime.fromisoformat("2007-05-20T10:00"))
    assert "Европарков" in title
    assert "В программе" not in title
    assert "«." not in title


@pytest.mark.parametrize(
    "greeting", ["Добрый день!", "Здравствуйте, коллеги!", "Уважаемые родители!"]
)
def test_a_greeting_line_is_no_heading_and_the_headline_below_it_is_read(greeting: str) -> None:
    """F6 (p12): a letter's greeting above a forwarded news post hid its headline."""
    text = f"{greeting}\n\nВ Самаре покажут «Снежную королеву»\n5 марта на сцене …"
    heading = read_heading(text)
    assert heading.headline is not None
    assert text[heading.headline[0] : heading.headline[1]].startswith("В Самаре покажут")


@pytest.mark.parametrize(
    ("quote", "nominative"),
    [("«Муху-цокотуху»", "«Муха-цокотуха»"), ("«Снежную королеву»", "«Снежная королева»")],
)
def test_a_shown_name_in_the_accusative_is_read_in_the_nominative(
    quote: str, nominative: str
) -> None:
    """Both nouns of a hyphened compound are put back in the nominative."""
    assert accusative_named(quote) == nominative


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Добрый день!\n\nВ Смоленске покажут «Муху-цокотуху»\n22 августа на сцене "
            "областного театра кукол - детский спектакль-розыгрыш. История, описанная в "
            "одноимённой сказке Корнея Чуковского, любима многими поколениями россиян. "
            "Режиссёр-постановщик - Павел Акинин. Начало спектакля в 11. 00. Стоимость "
            "билетов от 180 до 300 рублей." + SIGNED,
            "Детский спектакль-розыгрыш «Муха-цокотуха»",
        ),
        (
            "Здравствуйте, коллеги!\n\nВ Самаре покажут «Снежную королеву»\n5 марта на сцене "
            "театра юного зрителя - музыкальный спектакль для всей семьи. Сказка Андерсена "
            "знакома всем с детства. Начало спектакля в 12:00. Билеты в кассе театра." + SIGNED,
            "Музыкальный спектакль «Снежная королева»",
        ),
    ],
)
def test_the_show_a_headline_says_is_shown_names_the_event(text: str, title: str) -> None:
    """F6 (p12): «покажут «…»» in the headline names the show; the body's unnamed show
    phrase is its kind (was «Детский спектакль-розыгрыш», the name lost)."""
    assert _draft(text)[0] == title


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("на площади перед Драмтеатром.", " перед Драмтеатром"),
        ("на площади перед Саратовским цирком.", " перед Саратовским цирком"),
        ("в сквере возле Дома культуры.", " возле Дома культуры"),
        ("на площадке у школы № 5.", " у школы № 5"),
        ("на площади перед городским ДК", " перед городским ДК"),
        ("на площади у входа", ""),
        ("на площади перед началом", ""),
    ],
)
def test_a_locating_phrase_after_a_place_noun(text: str, phrase: str) -> None:
    noun = text.split()[1]
    assert located_by(text, text.index(noun) + len(noun)) == phrase


P09 = (
    "Добрый день!\n\nСегодня четверг 2 мая 2024\n\n78 Майская легкоатлетическая эстафета, "
    "посвященная 79-годовщине Победы в Великой Отечественной войне. Она будет состоять из 11 "
    "этапов, её общая протяжённость - 4493 метра. Для дошколят - 6 этапов по 60 метров. В ней "
    "примут участие около 2000 человек. Старт для самых маленьких назначен на 10:00. В 11:00 "
    "пройдет церемония открытия Майской эстафеты на площади перед Драмтеатром. В 11:30 "
    "начинаются забеги для школьников, а в 12:20 стартуют взрослые команды.\n\nСпорткомитет"
)


@pytest.mark.parametrize(
    ("text", "now", "venue"),
    [
        (P09, "2024-05-02T08:00", "площадь перед Драмтеатром"),
        (
            "Добрый день!\n\nГородской праздник, посвящённый Дню защиты детей, состоится 1 июня. "
            "В 11:00 на площади перед Горсоветом начнётся концертная программа, а затем "
            "пройдут игры и конкурсы для школьников.\n\nОтдел молодёжи",
            "2026-05-01T10:00",
            "площадь перед Горсоветом",
        ),
    ],
)
def test_a_square_keeps_the_named_place_that_locates_it(text: str, now: str, venue: str) -> None:
    """F5 (p09): «на площади перед Драмтеатром» gave «площадь» alone."""
    assert _draft(text, datetime.fromisoformat(now))[1] == venue


P06 = (
    "Здравствуйте, коллеги!\n\nСпециально для юных жителей города, которые в первый раз "
    "отправятся в школу, администрация Петрозаводска устроит небольшое торжество. Оно "
    "состоится 1 сентября во Дворце творчества детей и юношества, начало в 12 часов.\n"
    "Новоиспеченных школьников ждет встреча с ростовыми куклами и беседа с сотрудниками ГИБДД. "
    "Инспекторы расскажут детям о правилах дорожного движения и о том, как безопасно дойти до "
    "своей школы. Праздник завершится веселыми играми и конкурсами.\n\n"
    "Администрация, отдел по делам молодёжи"
)


@pytest.mark.parametrize(
    ("text", "now"),
    [
        (P06, "2025-08-28T10:00"),
        (
            "Добрый день!\n\nДля выпускников школ района администрация устроит торжество. Оно "
            "состоится 25 июня в городском парке, начало в 18 часов.\nВыпускников ждёт беседа "
            "с главой района и выступление оркестра. Праздник завершится фейерверком.\n\n"
            "Администрация района",
            "2026-05-01T10:00",
        ),
    ],
)
def test_a_celebration_is_the_event_and_a_talk_one_item_of_it(text: str, now: str) -> None:
    """F6 (p06): «торжество … Оно состоится …» is the event; «беседа с …» one item of its
    programme (was «Беседа»)."""
    title, _ = _draft(text, datetime.fromisoformat(now))
    assert "оржество" in title


@pytest.mark.parametrize(
    ("text", "now", "title"),
    [
        (
            "Добрый день, коллеги!\n\nСегодня в Забайкальском крае стартует отборочный тур "
            "регионального этапа Всероссийской олимпиады школьников по вопросам избирательного "
            "права и процесса «Софиум».\nУчащиеся 10 и 11 классов из восьми муниципальных "
            "образований проверят свои знания в области избирательного права.\n\n"
            "Избирательная комиссия",
            "2025-11-19T08:00",
            "Региональный этап Всероссийской олимпиады школьников «Софиум»",
        ),
        (
            "Здравствуйте! Пересылаю вам наше приглашение.\n\n22 января 2014 года в лицее "
            "математики и информатики Кировского района состоится фестиваль ораторского "
            "мастерства на английском языке «О спорт, ты – мир!».\nВ нем примут участие "
            "ученики 8-10 классов.\nНачало в 14.00 (ул. Посадского, 246)." + SIGNED,
            "2014-01-18T10:00",
            "Фестиваль ораторского мастерства на английском языке «О спорт, ты – мир!»",
        ),
    ],
)
def test_a_long_title_keeps_its_name_and_no_fragment(text: str, now: str, title: str) -> None:
    """F6: p14 «… по вопросам «Софиум»» (a preposition's noun cut from its genitive, glued to
    the name) and p02 «на английском языке» (the language, no place) before the name."""
    assert _draft(text, datetime.fromisoformat(now))[0] == title


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        (
            "План:\n10 декабря — лекция\n\nПедагог-организатор станции",
            {"Педагог-организатор станции"},
        ),
        (
            "План:\n10 декабря — лекция\n\nЗоопарк, отдел просвещения",
            {"Зоопарк, отдел просвещения"},
        ),
        (
            "План:\n10 декабря — лекция\n\nС уважением, Марина Викторовна\nТел. 8 (900) 123-45-67",
            {"С уважением, Марина Викторовна", "Тел. 8 (900) 123-45-67"},
        ),
        ("План:\n10 декабря — лекция\n\n11 декабря — экскурсия", set()),  # a row, no signature
        ("План:\n10 декабря — лекция\n\nЭкскурсия пройдёт в музее", set()),  # a sentence
        ("10 декабря — лекция\nПедагог-организатор станции", set()),  # no paragraph of its own
    ],
)
def test_a_plans_signature_is_its_last_short_paragraph_without_a_day_or_a_verb(
    text: str, signed: set[str]
) -> None:
    """F3 «Left» (p04): the signature was listed among «Не понял эти строки»."""
    assert signature(text) == signed


@pytest.mark.parametrize(
    ("said", "title", "venue"),
    [
        (  # o*: was «Спектакль, Театр покажет спектакль «Морозко»», «актовый зал, Театр»
            "Спектакль 20 декабря в 12:00 для 5-х классов, актовый зал. Театр покажет "
            "спектакль «Морозко».",
            "Спектакль «Морозко»",
            "актовый зал",
        ),
        (
            "Спектакль 20 декабря в 12:00 для 5А, кабинет 12. Театр «Бэби» представит "
            "спектакль «Золушка».",
            "Спектакль «Золушка»",
            "каб. 12",
        ),
        (  # the theatre that shows is no place the message states
            "Спектакль 20 декабря в 12:00 для 5А. Театр покажет спектакль «Морозко».",
            "Спектакль «Морозко»",
            None,
        ),
    ],
)
def test_a_theatre_showing_the_kind_by_name_names_the_event_not_the_place(
    said: str, title: str, venue: str | None
) -> None:
    """Attack w #14 (o*): «Театр покажет спектакль «…»» after a bare «Спектакль …»."""
    assert _draft(said, datetime.fromisoformat("2026-12-07T10:00")) == (title, venue)


@pytest.mark.parametrize(
    "said",
    [
        "Приглашаем на спектакль! 20 декабря в 12:00 для 5-х классов, драмтеатр.",
        "Спектакль 20 декабря в 12:00 для 5-х классов, драмтеатр. Спектакль «Морозко» "
        "покажет театр «Бэби».",
    ],
)
def test_a_drama_theatre_written_short_is_the_place(said: str) -> None:
    """Attack w #14 (t2): «драмтеатр» was lost (no 📍)."""
    assert _draft(said, datetime.fromisoformat("2026-12-07T10:00"))[1] == "драмтеатр"
