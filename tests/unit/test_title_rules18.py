"""Title rules of the fifteenth round (branch `titles18`), each a fact of Russian or of how
announcements are written, with small cases written for them (not taken from a corpus):

- a page may open a name with the English “ and close it with a straight " (marks pasted from
  two keyboards): the pair is a quoted name like «…»;
- a name in Latin letters may hold a point with no space after it ("PRO.NRG", "ROBO.KIDS"):
  the point ends no sentence and the name is one word;
- an audience of two joined by "и" ("для детей и молодёжи") may stand between a kind and its
  quoted name, as one audience word does: the name is still the kind's own;
- a genitive chain longer than eight words that runs straight to a quoted name ("этап конкурса
  … работ и … проектов дошкольников и младших школьников «…»") gives the kind that name;
- a title cut short around its name keeps the event the name is of when the words that go are
  only its adjectives and its edition's number ("гала-концерт XV Международного … фестиваля-
  конкурса … «…»" -> "Гала-концерт фестиваля-конкурса «…»"); an edition's number (VII, 47-й)
  stands for an adjective and is never left dangling;
- a kind that is the subject of "откроет", "завершит" or "закроет" with another kind as the
  object ("Парад оркестров откроет городской фестиваль") is a number of that event, and the
  object is the event itself, not its "Открытие" (which an impersonal "откроют ёлку" gives);
- "Информация о …", "Объявление о …", "Сообщение о …" on a page's top line label a notice and
  give its subject: a headline, not the event's name; a stage it tells of ("о школьном этапе")
  is a stage of the event the body names ("Школьный этап олимпиады по математике");
- an adjective is put in the genitive as an adjective when pymorphy3 reads it so first, though
  it may also be a noun ("городской конкурс" -> "городского конкурса", not "городского
  конкурс");
- two quoted names joined by a slash are one name in two languages ("«Жаңа жыл» / «Новый
  год»"): a Russian card shows the one whose words are Russian (pymorphy3 knows more of them);
- a procession ("шествие") is a kind of event, as a parade or a rally is;
- where the winners go on to ("Победители отправятся на областную олимпиаду «…»"), outside
  the event's dated sentence, is a later event, not the one announced;
- "свой день рождения отметит зоопарк": Russian may put the anniversary before its verb and
  the owner after it; the anniversary is still the event, with its owner in the genitive;
- a bare concert is named by its performers, the subject of "выступит"/"выступят" in the
  event's sentence ("юные хористы … выступят …. В концерте …" -> "Концерт юных хористов"); a
  person's name is left out, as a lecturer's is.
"""

from __future__ import annotations

import pytest

from bot.core.language.morphology import to_genitive
from bot.core.language.quote_marks import with_guillemets
from bot.core.language.title import concise_title


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ('конкурс “Живое слово" (положение)', "конкурс «Живое слово» (положение)"),
        ('“Весна" пройдёт 5 мая', "«Весна» пройдёт 5 мая"),
    ],
)
def test_an_english_opening_mark_closed_by_a_straight_one_is_a_quoted_name(
    text: str, normal: str
) -> None:
    assert with_guillemets(text) == normal
    assert len(with_guillemets(text)) == len(text)


def test_a_straight_mark_inside_a_word_closes_no_english_quote() -> None:
    text = 'слово “весна и 5"б класс'  # the straight mark of a class letter, not a closing one
    assert with_guillemets(text) == text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            '12 мая состоится городской фестиваль-конкурс чтецов “Живое слово" (положение).',
            "Городской фестиваль-конкурс чтецов «Живое слово»",
        ),
        (
            "5 марта пройдёт ежегодный фестиваль робототехники ROBO.KIDS 2027: новые горизонты.",
            "Ежегодный фестиваль робототехники ROBO.KIDS 2027",
        ),
    ],
)
def test_names_written_with_mixed_marks_or_a_point_inside_are_kept_whole(
    text: str, title: str
) -> None:
    assert concise_title(text, None) == title


def test_a_point_between_sentences_still_ends_the_latin_name() -> None:
    text = "20 мая пройдёт турнир NASA. Next year приходите."
    assert concise_title(text, None) == "Турнир NASA"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "15 мая пройдёт городской фестиваль для школьников и студентов «Весенняя капель», "
            "посвящённый Году семьи.",
            "Городской фестиваль «Весенняя капель»",
        ),
        (
            "20 апреля пройдёт XII региональный этап Всероссийского конкурса научных работ и "
            "творческих проектов учащихся и студентов колледжей «Шаг в будущее».",
            "Региональный этап Всероссийского конкурса научных работ «Шаг в будущее»",
        ),
        (
            "7 июня состоится гала-концерт XV Международного детско-юношеского фестиваля-конкурса"
            " вокального и хореографического творчества «Звёздный дождь».",
            "Гала-концерт фестиваля-конкурса «Звёздный дождь»",
        ),
    ],
)
def test_a_long_phrase_keeps_the_kind_and_its_quoted_name(text: str, title: str) -> None:
    assert concise_title(text, None) == title


def test_an_audience_without_a_name_is_not_read_past() -> None:
    assert concise_title("10 мая пройдёт конкурс чтецов для учащихся 5-7 классов.", None) == (
        "Конкурс чтецов"
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Парад оркестров откроет городской фестиваль в Туле\n"
            "12 июня в Туле пройдёт фестиваль. Программу откроет парад оркестров.",
            "Городской фестиваль",
        ),
        (
            "Концерт завершит школьную спартакиаду\n20 мая на стадионе пройдут последние старты.",
            "Школьная спартакиада",
        ),
    ],
)
def test_a_kind_that_opens_or_closes_another_is_a_number_of_it(text: str, title: str) -> None:
    assert concise_title(text, None) == title


def test_what_they_open_with_no_kind_as_subject_is_still_an_opening() -> None:
    text = "В Нарьян-Маре откроют главную ёлку НАО\n25 декабря в 17:00 на площади."
    assert concise_title(text, None) == "Открытие главной ёлки НАО"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Объявление о финальном туре\n\n"
            "Олимпиада по математике для 5-8 классов пройдёт 3 марта в 10:00.",
            "Финальный тур олимпиады по математике",
        ),
        (
            "Информация о муниципальном этапе\n\n"
            "12 ноября пройдёт городской конкурс чтецов «Живое слово». Заявки до 1 ноября.",
            "Муниципальный этап городского конкурса чтецов «Живое слово»",
        ),
        (
            "Информация о проведении\n\n"
            "Олимпиада по математике для 5-8 классов пройдёт 3 марта в 10:00.",
            "Олимпиада по математике",
        ),
    ],
)
def test_a_notice_label_is_a_headline_and_its_stage_is_of_the_event_below(
    text: str, title: str
) -> None:
    assert concise_title(text, None) == title


def test_an_adjective_that_may_be_a_noun_goes_to_the_genitive_as_an_adjective() -> None:
    assert to_genitive(["городской", "конкурс", "чтецов"]) == ["городского", "конкурса", "чтецов"]
    assert to_genitive(["летний", "лагерь"]) == ["летнего", "лагеря"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "С 1 по 20 мая пройдёт конкурс рисунков «Жасыл қала біздің үйіміз» / «Зелёный город –"
            " наш дом».",
            "Конкурс рисунков «Зелёный город – наш дом»",
        ),
        (
            "С 1 по 20 мая пройдёт конкурс рисунков «Зелёный город – наш дом» / «Green city».",
            "Конкурс рисунков «Зелёный город – наш дом»",
        ),
    ],
)
def test_of_a_name_in_two_languages_the_russian_one_is_kept(text: str, title: str) -> None:
    assert concise_title(text, None) == title


def test_a_procession_is_a_kind_of_event() -> None:
    text = (
        "9 мая в 11:00 от школы начнётся шествие юнармейцев и ветеранов. Шествие приурочено к"
        " городскому празднику, который пройдёт в парке."
    )
    assert concise_title(text, None) == "Шествие юнармейцев и ветеранов"


def test_where_the_winners_go_on_to_is_a_later_event() -> None:
    text = (
        "Юные химики соберутся в лицее\n\n"
        "Сегодня в лицее откроется турнир юных химиков. На него пригласили 80 школьников. "
        "Победители весной поедут в Казань на всероссийскую олимпиаду «Химия будущего»."
    )
    assert concise_title(text, None) == "Турнир юных химиков"


def test_an_anniversary_before_its_verb_is_the_event() -> None:
    text = (
        "В субботу свой день рождения отпразднует детская библиотека. В программе – викторина"
        " и чаепитие."
    )
    assert concise_title(text, None) == "День рождения детской библиотеки"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "12 мая юные сельские музыканты в составе областного оркестра выступят в филармонии."
            " Концерт начнётся в 18:00.",
            "Концерт юных сельских музыкантов",
        ),
        ("5 мая Иван Петров выступит в доме культуры. Концерт начнётся в 18:00.", "Концерт"),
        (
            "12 июня детский хор гимназии выступит в парке на концерте, посвящённом Дню России."
            " Вход свободный.",
            "Концерт детского хора гимназии, посвящённый Дню России",
        ),
    ],
)
def test_a_bare_concert_is_named_by_its_performers(text: str, title: str) -> None:
    assert concise_title(text, (0, text.index("."))) == title
