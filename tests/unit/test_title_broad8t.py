"""Concise titles (issue 10, point 6), round broad8t: general mechanisms seen failing on a wide
sample of real posts (tests/data/real_posts_broad8t.jsonl) and in a newcomer's walk, tried on
sentences written for each rule (not copied from any post) and on ones each rule must leave
alone."""

from __future__ import annotations

import pytest

from bot.core.language.organiser_openers import without_organiser_opener
from tests.title_probe import card_title

# --- a chat message opening with its writer: "у нас …", "мы проводим …" ----------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the newcomer walk's message (the title was «Нас профориентационная встреча»)
        (
            "здравствуйте, у нас профориентационная встреча для девятых классов 10.12 с 15.30 "
            "до 17.00 в актовом зале",
            "Профориентационная встреча",
        ),
        ("у нас будет викторина по истории 14 декабря в 13:00", "Викторина по истории"),
        ("Добрый день! Мы проводим турнир по шашкам 12 декабря в 15:00", "Турнир по шашкам"),
        ("Мы приглашаем на лекцию о вулканах 11.12 в 14:00", "Лекция о вулканах"),
        ("Наша библиотека проводит квиз 12 декабря в 16:00", "Квиз"),
        ("Вас ждёт спектакль «Морозко» 20 декабря в 18:00", "Спектакль «Морозко»"),
        ("Мы снова организуем субботник 5 декабря в 10:00", "Субботник"),
    ],
)
def test_the_writer_opening_a_message_is_no_part_of_the_title(text: str, wanted: str) -> None:
    assert card_title(text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a possessive that is part of the name, no verb after it: kept
        ("Наш край в годы войны — лекция 12 декабря в 15:00", "Наш край в годы войны — лекция"),
        # a pronoun that is a subject with no verb: kept
        ("Мы и космос — викторина 12 декабря в 14:00", "Мы и космос — викторина"),
        # a third person opener is a name ("Их мир — выставка"): not the writer
        ("Их мир — выставка рисунков 15 декабря в 12:00", "Их мир — выставка рисунков"),
    ],
)
def test_a_name_opening_with_a_pronoun_is_kept(text: str, wanted: str) -> None:
    assert card_title(text) == wanted


def test_the_opener_rule_leaves_other_openings_alone() -> None:
    line = "Экскурсия в музей"
    assert without_organiser_opener(line) is line
    assert without_organiser_opener("нас") == "нас"  # nothing would be left


# --- a generic kind equated with a named event by a dash -------------------------------------


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Космический марафон — городская просветительская акция для школьников. "
            "В этом году акция пройдёт 14 апреля в 11:00 в планетарии.",
            "космический марафон",
            "акция",
        ),
        (
            "15 марта в 12:00 в центральной библиотеке пройдёт ежегодное мероприятие – "
            "Литературный турнир знатоков сказок. Команды учащихся 3–5 классов ответят на "
            "вопросы о героях русских народных сказок.",
            "литературный турнир знатоков сказок",
            "мероприятие",
        ),
        (
            "20 мая в 16:00 в сквере у ДК пройдёт «Весенняя мастерская» – семейная акция "
            "с играми и мастер-классами.",
            "акция «весенняя мастерская»",  # the kind stays before its quoted name
            "с играми",
        ),
    ],
)
def test_a_generic_kind_gives_way_to_the_name_it_is_equated_with(
    text: str, wanted: str, unwanted: str
) -> None:
    title = card_title(text).lower()
    assert wanted in title
    assert unwanted not in title


def test_a_generic_kind_without_a_name_stays() -> None:
    text = "12 декабря в 12:00 в школьном дворе пройдёт экологическая акция по сбору батареек."
    assert card_title(text) == "Экологическая акция по сбору батареек"


# --- a kind a possessive pronoun ties to the event named before ------------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "В Калининграде пройдёт областной фестиваль школьных театров. Его торжественное "
            "открытие состоится 3 марта в 14:00 в Доме культуры.",
            "фестиваль школьных театров",
        ),
        (
            "Гимназия принимает межрегиональную олимпиаду по химии. Её церемония открытия "
            "начнётся 12 февраля в 10:00 в актовом зале.",
            "олимпиад",
        ),
        (
            "В музее готовят городской конкурс юных экскурсоводов. Его финал пройдёт "
            "18 апреля в 15:00.",
            "конкурс юных экскурсоводов",
        ),
    ],
)
def test_a_possessed_kind_is_the_event_named_before(text: str, wanted: str) -> None:
    assert wanted in card_title(text).lower()


def test_an_opening_without_a_possessive_stays_an_opening() -> None:
    text = (
        "В городе построили новый каток. Торжественное открытие катка состоится 5 декабря в 12:00."
    )
    assert card_title(text).lower().startswith("торжественное открытие")


# --- "Приглашаем на Масленицу": a feast written as a name after an invitation -----------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "Приглашаем на Коляду!\n7 января в 14:00 у Дома культуры.\nВас ждут:\n- "
            "хороводы,\n- спектакль кукольного театра,\n- угощение.",
            "Коляда",
        ),
        (
            "Музей приглашает на Покров!\n14 октября в 12:00. В программе: народные игры, "
            "ярмарка, концерт фольклорного ансамбля.",
            "Покров",
        ),
        (
            "Приглашаем всех на Масленицу!\nВ воскресенье, 1 марта, в 12:00 на площади. "
            "Гостей ждут: блины, конкурсы, представление скоморохов.",
            "Масленица",
        ),
    ],
)
def test_an_invited_feast_is_the_title_not_an_item_of_its_programme(text: str, wanted: str) -> None:
    assert card_title(text) == wanted


def test_an_invitation_to_a_person_names_no_feast() -> None:
    text = "Приглашаем на встречу с писателем Ивановым 12 декабря в 15:00 в библиотеку."
    assert card_title(text).startswith("Встреча с писателем")


# --- a quote after a place noun with adjectives names the place --------------------------------


def test_a_quote_after_a_platform_noun_is_no_title() -> None:
    text = (
        "Трансляция концерта пройдёт 25 мая в 10:00 в официальной группе «Школьный вестник»\n"
        "Учащиеся школы покажут праздничный концерт «Весна Победы» для ветеранов."
    )
    assert "«школьный вестник»" not in card_title(text).lower()


# --- an acronym after "по" is the kind's subject ("урок по ОБЖ") -----------------------------


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (
            "В четверг, 3 апреля, в 12:00 в школах района пройдёт открытый урок по ОБЖ. "
            "Спасатели покажут ребятам, как действовать при пожаре.",
            "открытый урок по обж",
        ),
        (
            "12 декабря в 15:00 в кабинете 204 пройдёт консультация по ОГЭ для девятиклассников "
            "и их родителей. Вопросы можно прислать заранее.",
            "консультация по огэ",
        ),
        (
            "Районный конкурс по ИЗО для учащихся 5–7 классов состоится 14 марта в 11:00 в "
            "Доме детского творчества. Работы принимаются до 10 марта.",
            "конкурс по изо",
        ),
    ],
)
def test_an_acronym_after_po_names_the_subject(text: str, wanted: str) -> None:
    assert wanted in card_title(text).lower()


def test_a_company_legal_form_is_no_subject() -> None:
    text = (
        "15 мая в 10:00 для учащихся 8 классов пройдёт экскурсия по ОАО «Янтарный "
        "комбинат». Сбор у школы в 9:30."
    )
    assert "по оао" not in card_title(text).lower()
