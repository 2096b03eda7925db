"""Concise titles (issue 10, point 6), round 10: rules of Russian found by classifying the
title failures of eval6 and eval7 (a word's spelling kept, side mentions, apposition, the
subject of an announcing verb, …). Every post here was written for its rule, not copied from a
set; each case failed on the code before the rule."""

from __future__ import annotations

import pytest

from tests.title_probe import card_title


def test_a_word_written_without_yo_keeps_its_spelling_in_the_nominative() -> None:
    # pymorphy3 writes the nominative "слёт"; the post writes "слет": the title follows the post
    text = (
        "В субботу, 12 декабря, в 11:00 на берегу озера пройдет зимний слет скаутов района. "
        "Слёт продлится до 15:00, участникам нужно взять с собой термос и тёплую одежду."
    )
    assert card_title(text) == "Зимний слет скаутов района"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "12 декабря в 10:00 в Доме творчества пройдёт открытый турнир юных шахматистов "
            "г. Советска. Регистрация участников с 9:00, взнос не нужен.",
            "Открытый турнир юных шахматистов г. Советска",
        ),
        (
            "В пятницу, 11 декабря, в 15:00 в актовом зале состоится конкурс чтецов им. А. С. "
            "Пушкина. Участники читают стихи наизусть, каждому даётся три минуты.",
            "Конкурс чтецов им. А. С. Пушкина",
        ),
    ],
)
def test_an_abbreviation_in_the_subject_keeps_the_name_it_leads(text: str, wanted: str) -> None:
    # pymorphy3 marks "г", "им" as abbreviations (Abbr): never a title's last word alone
    assert card_title(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Ребята, в четверг 10 декабря после 6 урока в кабинете 21 собрание редколлегии "
            "школьной газеты. Обсудим новогодний выпуск, приходите с идеями.",
            "Собрание редколлегии школьной газеты",
        ),
        (
            "Коллеги, напоминаю: во вторник 15 декабря до 3 урока сдаём отчёты, а после 7 урока "
            "в кабинете 12 совещание классных руководителей по итогам четверти.",
            "Совещание классных руководителей по итогам четверти",
        ),
    ],
)
def test_a_numbered_lesson_after_before_or_after_tells_the_time(text: str, wanted: str) -> None:
    # "после 6 урока", "до 3 урока": when, not what (a side mention of a kind)
    assert card_title(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Технопарк «Импульс» проведёт для школьников инженерный хакатон\n"
            "Хакатон начнётся 12 декабря в 10:00, команды по три человека за день соберут "
            "умный светильник.",
            "Инженерный хакатон",
        ),
        (
            "Кванториум «Импульс» проведёт день открытых дверей\n"
            "Гостей ждут 12 декабря с 11:00 до 15:00: экскурсии по лабораториям, знакомство с "
            "наставниками и запись в группы.",
            "День открытых дверей «Импульс»",  # the open day is the technopark's
        ),
    ],
)
def test_a_headline_name_in_apposition_to_a_noun_is_that_nouns(text: str, wanted: str) -> None:
    # "Технопарк «Импульс»": the quoted name is the technopark's, not the event's
    assert card_title(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (  # the subject after "объявляется", no kind word in the post
            "В понедельник, 14 декабря, в 9:00 во всех классах объявляется общешкольная минута "
            "тишины. Просим учителей напомнить детям, зачем она нужна.",
            "Общешкольная минута тишины",
        ),
        (  # "будет проводиться" and its subject: not the whole opening clause
            "С 7 по 11 декабря в гимназии будет проводиться декада правовых знаний. Классным "
            "руководителям подготовить тематические часы, отчёт сдать до 14 декабря.",
            "Декада правовых знаний",
        ),
        (  # the kind after "не на" is skipped; the subject of "пройдут" is the event
            "Хотите провести выходные интересно? Идите не на выставку, а в обсерваторию: "
            "12 декабря в 19:00 там пройдут наблюдения Луны в телескоп.",
            "Наблюдения Луны",
        ),
        (  # a quoted name after the verb; the headline's scare quotes name nothing
            "Школьники «штурмуют» библиотеку\n"
            "12 декабря в 15:00 в центральной библиотеке состоится «Ночь чтения» для учеников "
            "5–7 классов. Вход по записи у классного руководителя.",
            "«Ночь чтения»",
        ),
    ],
)
def test_the_subject_after_a_verb_of_taking_place_names_the_event(text: str, wanted: str) -> None:
    assert card_title(text) == wanted


def test_the_event_a_headline_takes_part_in_is_the_events_own() -> None:
    # "примут участие в …": the kind after "участие в" is the event, not where another is held
    text = (
        "Гимназисты примут участие в городской викторине по истории края\n"
        "Торжественное открытие состоится 12 декабря в 14:00 в Доме молодёжи, команды из "
        "восьми школ ответят на сорок вопросов."
    )
    assert card_title(text) == "Городская викторина по истории края"


def test_a_kind_in_the_genitive_of_a_frame_is_part_of_the_frame() -> None:
    # "в рамках программы летнего чтения": "чтения" belongs to the frame, the trip is the event
    text = (
        "Музей в рамках программы летнего чтения организует 12 июля экскурсию на маяк. Сбор у "
        "входа в 11:00, с собой вода и головной убор."
    )
    assert card_title(text) == "Экскурсия на маяк"


def test_the_prize_a_kind_is_played_for_belongs_to_that_kind() -> None:
    # "турнир на Кубок …": the cup is what the tournament is for, not the event itself; the
    # cup's capitalised name is kept whole
    text = (
        "Внимание, 7–8 классы! Волейбольный турнир на Кубок Деда Мороза пройдёт 26 декабря, "
        "начало в 15:00 в большом спортзале. Заявки от классов до 20 декабря."
    )
    assert card_title(text) == "Волейбольный турнир на Кубок Деда Мороза"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (  # the next meeting's own subject, not the past one's
            "В прошлом месяце прошла встреча с краеведами, посвящённая истории порта. Следующая "
            "встреча к 300-летию Кронштадта состоится 12 декабря в 16:00 в читальном зале.",
            "Встреча к 300-летию Кронштадта",
        ),
        (
            "Библиотека подготовила для старшеклассников литературный вечер к юбилею поэта. "
            "Вечер начнётся 5 декабря в 17:00, вход свободный.",
            "Литературный вечер к юбилею поэта",
        ),
    ],
)
def test_the_anniversary_an_event_is_timed_to_is_its_subject(text: str, wanted: str) -> None:
    # "к 300-летию …", "к юбилею …": the dative of an anniversary after "к", like "ко Дню …"
    assert card_title(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "В Доме культуры 12 декабря в 18:00 состоится отчётный концерт учеников и педагогов "
            "детской школы искусств №3 «Зимняя сказка». Вход свободный, ждём родителей.",
            "Отчётный концерт учеников и педагогов детской школы искусств №3 «Зимняя сказка»",
        ),
        (
            "В Доме культуры 12 декабря в 18:00 состоится концерт воспитанников школы искусств "
            "№ 3 «Зимняя сказка». Вход свободный, ждём родителей.",
            "Концерт воспитанников школы искусств № 3 «Зимняя сказка»",
        ),
    ],
)
def test_a_numbered_institution_in_the_chain_leads_on_to_the_name(text: str, wanted: str) -> None:
    # "школы №3" is one word of the genitive chain: the quoted name after it is the concert's
    assert card_title(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (  # an acronym with its year ("ОИ-2024") is one word of the subject
            "В гимназии проведут урок по истории ОИ-2024 в Париже\n"
            "Урок пройдёт 12 декабря в 10:00 для 8–9 классов. Напомним, в октябре в гимназии "
            "прошёл открытый урок «Дорога в космос».",
            "Урок по истории ОИ-2024",
        ),
        (
            "Лицеистам покажут мастер-класс по робототехнике\n"
            "Он пройдёт 12 декабря в 15:00 в кабинете информатики. В прошлом году большой "
            "успех имел мастер-класс «Умный дом».",
            "Мастер-класс по робототехнике",
        ),
    ],
)
def test_a_headline_kind_with_its_own_subject_keeps_it(text: str, wanted: str) -> None:
    # the body's other named lesson shares no word with "по истории …": another event
    assert card_title(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Осенний бал: праздничное мероприятие пройдёт в гимназии\n"
            "Осенний бал девятиклассников, десятиклассников и выпускников пройдёт в гимназии "
            "20 октября. Начало в 18:00, дресс-код вечерний.",
            "Осенний бал девятиклассников, десятиклассников и выпускников",
        ),
        (
            "Новогодний карнавал: торжественное мероприятие состоится в лицее\n"
            "Новогодний карнавал учеников и учителей состоится 26 декабря в 17:00 в актовом "
            "зале, костюмы обязательны.",
            "Новогодний карнавал учеников и учителей",
        ),
    ],
)
def test_the_subject_before_the_verb_may_have_a_chain_of_several(text: str, wanted: str) -> None:
    # the subject is "бал" (inanimate) with a genitive chain of people joined by "," and "и";
    # it names the event better than the generic "мероприятие"
    assert card_title(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Школьный музей готовит для пятиклассников экскурсию «Город в годы войны». "
            "Экскурсия пройдёт в День Героев Отечества, 9 декабря, в 12:00.",
            # the day is the occasion, named after the event (title_enrich.py)
            "Экскурсия «Город в годы войны» ко Дню Героев Отечества",
        ),
        (
            "Совет старшеклассников проводит благотворительную ярмарку «Добрые руки». Ярмарка "
            "откроется в День волонтёра, 5 декабря, в 11:00 в холле.",
            "Благотворительная ярмарка «Добрые руки» ко Дню волонтёра",
        ),
    ],
)
def test_a_named_day_after_the_announcing_verb_is_when(text: str, wanted: str) -> None:
    # "пройдёт в День …": the day is the event's date, the event is named before
    assert card_title(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (  # the clause's noun phrase and its name before "состоятся": the head and the name
            "Зимой в лицее много праздников: новогодние утренники, ёлки, чаепития.\n"
            "Кукольный спектакль и чаепитие для первоклассников «Варежка» состоятся 25 декабря "
            "в 12:00 в актовом зале лицея.",
            "Кукольный спектакль «Варежка»",
        ),
        (  # a generic "соревнование" stands for the race named as a subject; a schedule's
            # capitalised item after a dash ("13.00 - Награждение") is no proper name
            "Известна программа спортивного соревнования, которое пройдёт в городе 20 декабря.\n"
            "Традиционная велосипедная гонка «Зимний круг» состоится на набережной.\n"
            "10.00 - Регистрация участников\n11.00 - Старт\n13.00 - Награждение победителей",
            "Традиционная велосипедная гонка «Зимний круг»",  # «гонка» is a kind since round 12
        ),
    ],
)
def test_a_quoted_name_after_its_noun_phrase_is_the_subject(text: str, wanted: str) -> None:
    assert card_title(text) == wanted


def test_a_latin_name_after_the_audience_is_the_kinds_name() -> None:
    # "турнир для старшеклассников BrainBattle": like a quoted name after "для …"
    text = (
        "Сегодня в библиотеке пройдёт турнир для старшеклассников BrainBattle. Игра начнётся "
        "в 17:00, команды по пять человек, регистрация на месте."
    )
    assert card_title(text) == "Турнир для старшеклассников BrainBattle"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Открыта запись школьников на «Зимнюю олимпиаду чтецов». Сообщается, что акция "
            "пройдёт 12 декабря в 11:00 в центральной библиотеке.",
            "Акция «Зимняя олимпиада чтецов»",
        ),
        (
            "Началась регистрация команд на «Снежную эстафету». Организаторы напоминают, что "
            "акция пройдёт 20 декабря в 10:00 в парке Победы.",
            "Акция «Снежная эстафета»",
        ),
    ],
)
def test_a_bare_kind_takes_the_name_the_post_opens_with_after_na(text: str, wanted: str) -> None:
    # "запись на «…»": "на" right before a name leads to the event (a place after "на" has
    # its noun first); the name is put back in the nominative (pymorphy3)
    assert card_title(text) == wanted


def test_of_two_as_likely_the_dated_one_that_names_itself_wins() -> None:
    # the headline's bare "зимние праздники" and the dated invitation's named show score the
    # same: the one in the event's own sentence with its quoted name says which event it is
    text = (
        "Дом культуры продолжает свои зимние праздники!\n"
        "Всю неделю у нас гостят школьники района: они играют в снежки, катаются с горки, "
        "лепят снеговиков и пьют чай с пирогами в фойе второго этажа. Спасибо всем, кто "
        "пришёл!\nПоздравляем всех с Новым годом и приглашаем 4 января в 12:00 на кукольный "
        "спектакль «Снежная королева»."
    )
    assert card_title(text) == "Кукольный спектакль «Снежная королева»"


def test_a_kind_an_event_is_timed_to_is_a_side_one() -> None:
    # "приуроченных выставке «…»" like "посвящённых выставке": the exhibition is the occasion
    text = (
        "Цикл лекций по истории края пройдёт в городском музее\n"
        "В городском музее 12 декабря в 15:00 стартует цикл бесплатных лекций, приуроченных "
        "выставке «Старый город на открытках». Первая лекция — о первых трамваях."
    )
    assert card_title(text) == "Лекции по истории края"


def test_a_names_short_form_in_brackets_stays_with_it() -> None:
    # "«Что? Где? Когда?» (ЧГК)": the acronym in brackets is how the name is known
    text = (
        "12 декабря в 10:00 в гимназии состоится открытый турнир Калининградской областной "
        "ассоциации «Что? Где? Когда?» (ЧГК) среди школьных команд. Регистрация команд до "
        "10 декабря."
    )
    wanted = "Открытый турнир Калининградской областной ассоциации «Что? Где? Когда?» (ЧГК)"
    assert card_title(text) == wanted


def test_the_dated_kind_with_its_subject_beats_the_headlines_bare_one() -> None:
    text = (
        "В Зеленоградске разыграют кубок школ района\n"
        "12 декабря в 11:00 в спортзале гимназии пройдут соревнования по настольному теннису "
        "среди команд пяти школ. Каждая команда — три игрока."
    )
    assert card_title(text) == "Соревнования по настольному теннису"


def test_a_stage_that_says_which_event_is_not_replaced_by_the_whole_events_name() -> None:
    # "муниципальный этап конкурса по биологии" is the event; «Юный натуралист» names the
    # whole contest, of which this is one stage
    text = (
        "О проведении муниципального этапа конкурса по биологии среди 7-8 классов\n"
        "Опубликовано 10.12\n\n"
        "15 декабря в 10:00 в гимназии пройдёт муниципальный этап конкурса по биологии для "
        "7-8 классов. Конкурсу дано отдельное название - конкурс «Юный натуралист»."
    )
    assert card_title(text) == "Муниципальный этап конкурса по биологии"
