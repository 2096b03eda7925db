"""Concise titles (issue 10, point 6), round tune9: general mechanisms seen failing on the
untuned titles of tests/data/real_posts_broad8d.jsonl and the remaining failures of broad8t,
broad7t and broad7d, tried on sentences written for each rule (not copied from any post) and
on ones each rule must leave alone."""

from __future__ import annotations

import pytest

from bot.core.language.morphology import agrees, to_nominative
from bot.core.language.title_heading import read_heading
from tests.title_probe import card_title

# --- an adjective standing for its noun: «выпускной» --------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "В субботу, 19 декабря, в школьном дворе пройдёт новогодний выпускной начальной "
            "школы. Начало в 12:00. Ребят ждут песни, танцы и хоровод. Родителей просим прийти "
            "заранее и взять сменную обувь.",
            "Новогодний выпускной",
        ),
        (
            "Выпускные в лицее пройдут 26 и 27 июня. Торжественные мероприятия начнутся в 17:00 "
            "в актовом зале, после церемонии вручения аттестатов ребят ждут дискотека и фотозона.",
            "Выпускные",
        ),
        ("25 июня в школе пройдёт выпускной для 9-х классов.", "Выпускной"),
    ],
)
def test_a_substantivised_adjective_is_a_kind(text: str, wanted: str) -> None:
    assert card_title(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the adjective qualifies a noun that agrees with it: the noun heads the title
        (
            "Выпускные экзамены в 9 классах начнутся 20 мая. Первым будет экзамен по русскому "
            "языку, он пройдёт в 10:00 в кабинетах 201 и 202. Ученикам нужно взять паспорт.",
            "Выпускные экзамены",
        ),
        ("Выпускной вечер состоится 26 июня в 18:00 в кафе «Волна»", "Выпускной вечер"),
    ],
)
def test_an_adjective_before_its_noun_stays_an_adjective(text: str, wanted: str) -> None:
    assert card_title(text).startswith(wanted)


def test_agreement_and_the_nominative_of_a_substantive() -> None:
    assert agrees("выпускной", "вечер")
    assert agrees("выпускных", "классов")
    assert not agrees("выпускной", "родителей")  # "на выпускной родителей не зовут"
    assert not agrees("выпускные", "в")  # a preposition, never the letter's name
    assert to_nominative(["выпускном"], case="loct") == ["выпускной"]
    assert to_nominative(["новогоднем", "выпускном"]) == ["новогодний", "выпускной"]
    assert to_nominative(["выпускных"]) == ["выпускные"]


# --- a bare noun announced by the verb yields to a named kind -----------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Трансляция пройдёт 12 декабря в 14:00 на сайте гимназии.\nГимназия проведёт "
            "открытый урок «Мой город в годы войны» для учеников 8 классов и их родителей. "
            "Урок подготовили учителя истории вместе с городским музеем.",
            "Открытый урок «Мой город в годы войны»",
        ),
        (
            "Прогулка начнётся 5 декабря в 11:00 у главного входа в парк.\nЭкологический центр "
            "проводит акцию «Покорми птиц зимой» для школьников и их семей. Участники развесят "
            "кормушки и узнают, какие птицы зимуют в городе.",
            "Акция «Покорми птиц зимой»",
        ),
    ],
)
def test_a_bare_announced_noun_yields_to_a_named_kind(text: str, wanted: str) -> None:
    assert card_title(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Мастерская Деда Мороза откроется 20 декабря в 12:00 в холле первого этажа. Ребята "
            "смогут написать письма и сделать открытки. Вход свободный для всех учеников.",
            "Мастерская Деда Мороза",
        ),
        # a bare noun with no kind anywhere else: still the title
        (
            "Каток откроется 20 декабря в 10:00 на школьном стадионе. Коньки можно взять "
            "напрокат, вход свободный для всех учеников.",
            "Каток",
        ),
    ],
)
def test_an_announced_subject_without_a_rival_is_still_the_title(text: str, wanted: str) -> None:
    assert card_title(text) == wanted


# --- a headline's kind named in the body; a subject stops at a line's end -------------------


def test_a_headline_kind_takes_the_name_the_body_gives_it() -> None:
    text = (
        "В Казани пройдёт фестиваль о героях войны\n\nЕго цель — рассказать школьникам о "
        "подвиге земляков.\n\nГородская библиотека 10 декабря в 15:00 проведёт IV фестиваль "
        "«Наши герои» для учеников 5-9 классов. Участники прочтут стихи и покажут инсценировки."
    )
    assert card_title(text) == "Фестиваль «Наши герои»"


def test_a_word_in_scare_quotes_is_no_name_for_the_headline_kind() -> None:
    text = (
        "Начался приём заявок на городской диктант\n\nВ этом году городской диктант пройдёт "
        "12 декабря в 12:00.\nОрганизаторы хотят сделать диктант «по-настоящему массовым», "
        "поэтому писать его можно в школах, библиотеках и музеях."
    )
    assert card_title(text) == "Городской диктант"


def test_a_subject_never_runs_past_a_line_break() -> None:
    text = (
        "В гимназии проведут викторину о птицах края\n\nЕё авторы — ученики 7 класса.\n\n"
        "Викторина начнётся 12 декабря в 14:00 в кабинете биологии, участвуют команды 5-6 "
        "классов."
    )
    title = card_title(text)
    assert title.startswith("Викторина о птицах края")
    assert "Её" not in title


# --- a heading about several events: the event's own sentence names the one meant ----------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Экскурсии для школьников на зимних каникулах\nМузей истории города подготовил "
            "несколько программ для ребят. 3 января в 11:00 начнётся квест «Тайны старой "
            "крепости» для учеников 5-7 классов. Записаться можно по телефону.",
            "Квест «Тайны старой крепости»",
        ),
        (
            "Новогодние спектакли в театре кукол\nВ декабре театр кукол покажет несколько "
            "спектаклей для детей и родителей. 27 декабря в 12:00 состоится премьера спектакля "
            "«Морозко». Билеты в кассе театра.",
            "Премьера спектакля «Морозко»",
        ),
    ],
)
def test_a_heading_of_several_events_yields_to_the_named_one(text: str, wanted: str) -> None:
    assert card_title(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # one event named in the plural: the heading stays
        (
            "Соревнования по плаванию\nВ бассейне школы 12 декабря в 10:00 пройдут соревнования "
            "среди 5-7 классов. В программе эстафета «Быстрые дельфины» и заплывы на 50 м.",
            "Соревнования по плаванию",
        ),
        # several events and no name at the date: the heading stays
        (
            "Мастер-классы для всей семьи\nЦентр детского творчества приглашает на мастер-классы "
            "в декабре. Мастер-классы проводят педагоги центра, запись по телефону. 14 декабря в "
            "15:00 — роспись пряников, 21 декабря в 15:00 — ёлочная игрушка из фетра.",
            "Мастер-классы для всей семьи",
        ),
    ],
)
def test_a_heading_naming_one_event_stays(text: str, wanted: str) -> None:
    assert card_title(text) == wanted


# --- a school site's accessibility switch is chrome ----------------------------------------


@pytest.mark.parametrize("switch", ["Версия для слабовидящих", "Режим для слабовидящих"])
def test_the_accessibility_switch_is_no_heading(switch: str) -> None:
    text = f"{switch}\nКонкурс чтецов «Зимние стихи»\n12 декабря в 15:00 в актовом зале."
    assert read_heading(text).title == "Конкурс чтецов «Зимние стихи»"


# --- a headline's kind in the locative after "в"/"на" is where, not what --------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "На форуме молодёжи в технопарке пройдёт турнир по робототехнике\nКоманды школ "
            "встретятся 12 декабря в 10:00, заявки принимают до 5 декабря.",
            "Турнир по робототехнике",
        ),
        (
            "На фестивале науки в Доме молодёжи откроется выставка роботов\nВыставка роботов "
            "школьников откроется 14 декабря. Работы пришлют команды из 12 школ города.",
            "Выставка роботов",
        ),
        (
            "На фестивале «Весна» в колледже покажут выставку рисунков\nРаботы учеников "
            "художественной школы будут ждать гостей 14 декабря с 10:00 до 17:00.",
            "Выставка рисунков",
        ),
    ],
)
def test_a_headline_kind_in_the_locative_is_the_frame(text: str, wanted: str) -> None:
    assert card_title(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the only kind: the event itself, whatever its case
        (
            "В конкурсе чтецов примут участие 40 школьников\nГородской конкурс чтецов пройдёт "
            "15 декабря в 14:00 в библиотеке имени Пушкина. Участники прочтут стихи о зиме.",
            "Городской конкурс чтецов",
        ),
        # "на конкурс «…»": the accusative of an invitation names the event
        (
            "Школьников зовут на конкурс «Зимняя сказка» в библиотеке\nРаботы принимают до "
            "10 декабря, награждение 20 декабря в 15:00.",
            "Конкурс «Зимняя сказка»",
        ),
    ],
)
def test_a_headline_kind_that_is_the_event_stays(text: str, wanted: str) -> None:
    assert card_title(text) == wanted


# --- "перед показом спектакля", "после окончания лекции": an event that tells the time -----


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Мастер-класс по росписи пряников пройдёт 16 декабря в 12:00 в фойе театра, перед "
            "показом спектакля «Щелкунчик». Участие бесплатное, материалы выдадут на месте.",
            "Мастер-класс по росписи пряников",
        ),
        (
            "Перед концертом «Зимняя сказка» 20 декабря в 17:00 в холле школы пройдёт ярмарка "
            "поделок учеников. Вырученные деньги пойдут в приют для животных.",
            "Ярмарка поделок учеников",
        ),
        (
            "Экскурсия по выставке начнётся 14 декабря в 15:00, после окончания лекции «Звёзды "
            "и планеты». Записаться можно у классного руководителя.",
            "Экскурсия по выставке",
        ),
    ],
)
def test_an_event_telling_the_time_is_a_side_event(text: str, wanted: str) -> None:
    assert card_title(text) == wanted


def test_the_event_named_first_stays_when_another_comes_before_it() -> None:
    text = (
        "Спектакль «Щелкунчик» покажут 16 декабря в 12:00 в актовом зале, перед ним для малышей "
        "пройдёт игровая программа. Вход свободный."
    )
    assert card_title(text) == "Спектакль «Щелкунчик»"
