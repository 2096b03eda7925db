"""Title rules of the fourteenth round (branch `titles17`), each a fact of Russian or of how
announcements are written, with small cases written for them (not taken from a corpus):

- „…“, „…” and ”…” are pairs of quotation marks (the German-style low opening mark, and the
  right mark written at both ends), so a name in them is a quoted name like one in «…»;
- a headline that names the event's kind without a name ("В Туле пройдёт областной конкурс
  чтецов") is completed by the dated sentence below that mentions the same kind, with the
  headline's adjectives, followed by its quoted name ("… пройдёт открытый областной конкурс
  юных чтецов «Живое слово»");
- "по схеме", "по правилам", "по мотивам", "в формате", "в форме" give the form or the source
  an event borrows, not the event ("турнир … по схеме игры «Что? Где? Когда?»");
- an ordinal in Roman numerals or digits stands where an adjective does, so "в рамках XXXIV
  Международного фестиваля" is an umbrella like "в рамках Международного фестиваля";
- a word pymorphy3 reads as a finite verb by far ("стали", "были") ends a noun phrase, never
  continues its genitive chain ("стали" of "сталь");
- a bare contest word ("Турнир откроется 2 марта") stands for the contest the post has named
  under another contest word ("пройдёт первенство области по шахматам"): news writes турнир,
  соревнования, состязания, первенство and чемпионат of one contest;
- "в честь Дня учителя" names the day a kind honours, as "ко Дню учителя" does: part of the
  kind's phrase.
"""

from __future__ import annotations

import pytest

from bot.core.language.quote_marks import with_guillemets
from bot.core.language.title import concise_title


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("акция „Чистый двор“ пройдёт", "акция «Чистый двор» пройдёт"),
        ("в центре „Радуга” завтра", "в центре «Радуга» завтра"),
        ("участие в ”Школьном марафоне” 5 мая", "участие в «Школьном марафоне» 5 мая"),
        ("(„Весна“)", "(«Весна»)"),
        ("“Весна” пройдёт", "«Весна» пройдёт"),  # the English pair, as venues17 read it
    ],
)
def test_low_and_right_quotation_marks_are_read_as_guillemets(text: str, normal: str) -> None:
    assert with_guillemets(text) == normal
    assert len(with_guillemets(text)) == len(text)  # offsets into the post stay valid


@pytest.mark.parametrize(
    "text",
    [
        "писали слово” и шли",  # a right mark after a word opens nothing
        "писали ”весна и шли",  # no closing mark on the line
        "рост 6” и вес",  # inches
        "акция „Весна пройдёт",  # no closing mark on the line
    ],
)
def test_other_marks_are_left_as_written(text: str) -> None:
    assert with_guillemets(text) == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Музыкальный вечер ”Осенний вальс” состоится 20 октября в 18:00 в актовом зале.",
            "Музыкальный вечер «Осенний вальс»",
        ),
        (
            "Завтра в 12:00 в парке пройдёт праздник „Здравствуй, лето“. Приглашаются все.",
            "Праздник «Здравствуй, лето»",
        ),
        (
            "Открыта регистрация на ”Городской диктант”. Диктант пройдёт 12 марта онлайн.",
            "«Городской диктант»",
        ),
    ],
)
def test_a_name_in_other_quotation_marks_is_the_events_name(text: str, name: str) -> None:
    title = concise_title(text, (0, len(text)))
    assert title is not None
    assert name in title, title


@pytest.mark.parametrize(
    ("text", "sentence", "name"),
    [
        (
            "В Туле пройдёт областной конкурс чтецов\n\n"
            "14 марта в Туле пройдёт открытый областной конкурс юных чтецов «Живое слово». "
            "В нём примут участие школьники 5–9 классов.",
            "14 марта",
            "«Живое слово»",
        ),
        (
            "Городской праздник семьи в парке\n\n"
            "В субботу, 15 мая, в парке пройдёт городской праздник «Моя семья». "
            "Начало в 11:00.",
            "В субботу",
            "«Моя семья»",
        ),
        (
            "Районный фестиваль песни для школьников\n\n"
            "3 апреля в Доме культуры состоится районный фестиваль «Весенняя капель». "
            "Начало в 12:00.",
            "3 апреля",
            "«Весенняя капель»",
        ),
    ],
)
def test_a_headlines_bare_kind_takes_the_name_of_the_dated_sentence(
    text: str, sentence: str, name: str
) -> None:
    start = text.index(sentence)
    title = concise_title(text, (start, text.index(".", start + 10) + 1))
    assert title is not None
    assert name in title, title


@pytest.mark.parametrize(
    "text",
    [
        # another event's name in the dated sentence: the headline's kind stays
        "В Туле пройдёт областной конкурс чтецов\n\n"
        "14 марта в Туле пройдёт открытый областной конкурс чтецов в рамках фестиваля "
        "«Живое слово». В нём примут участие школьники 5–9 классов.",
    ],
)
def test_a_headlines_kind_keeps_its_own_words_without_such_a_name(text: str) -> None:
    start = text.index("14 марта")
    title = concise_title(text, (start, text.index(".", start + 10) + 1))
    assert title == "Областной конкурс чтецов", title


def test_the_game_an_event_follows_the_scheme_of_is_not_the_event() -> None:
    text = (
        "Юные знатоки сразятся в турнире «Звёздный час»\n\n"
        "Тема – «Космос». Турнир пройдёт 12 и 14 марта по схеме игры «Что? Где? Когда?». "
        "Участвуют команды 7–9 классов."
    )
    start = text.index("Турнир пройдёт")
    assert concise_title(text, (start, text.index("Участвуют"))) == "Турнир «Звёздный час»"


def test_the_form_an_event_takes_is_not_the_event() -> None:
    text = "Школьный квест пройдёт 12 марта в формате игры «Форт Боярд». Участвуют 5–7 классы."
    assert concise_title(text, (0, len(text))) == "Школьный квест"


def test_the_source_of_a_play_stays_in_its_phrase() -> None:
    text = "Спектакль по мотивам сказки «Морозко» покажут 3 января в 12:00. Приглашаются все."
    assert concise_title(text, (0, len(text))) == "Спектакль по мотивам сказки «Морозко»"


@pytest.mark.parametrize("ordinal", ["XXV", "XХIII", "12-го"])
def test_an_umbrella_with_an_ordinal_is_still_an_umbrella(ordinal: str) -> None:
    text = (
        f"15 апреля в рамках {ordinal} Международного фестиваля «Весна» состоится выставка "
        "детского рисунка. Приглашаются все."
    )
    assert concise_title(text, (0, len(text))) == "Выставка детского рисунка"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Выходные, которые благодаря Дню народного единства стали на один день длиннее. "
            "В понедельник, 4 ноября, библиотека работает.",
            "День народного единства",
        ),
        ("Конкурс чтецов стали проводить весной. Он пройдёт 4 марта.", "Конкурс чтецов"),
    ],
)
def test_a_verb_ends_the_genitive_chain(text: str, title: str) -> None:
    assert concise_title(text, (0, len(text))) == title


@pytest.mark.parametrize(
    ("text", "sentence", "title"),
    [
        (
            "В Туле пройдёт первенство области по шахматам среди школьников.\n\n"
            "Турнир откроется 12 марта в 10:00. Соревнования продлятся три дня.",
            "Турнир откроется",
            "Первенство области по шахматам",
        ),
        (
            "В городе пройдёт чемпионат школьной лиги по мини-футболу. Состязания начнутся "
            "5 апреля в 11:00 на стадионе.",
            "Состязания",
            "Чемпионат школьной лиги по мини-футболу",
        ),
        # a lecture is no contest: the bare contest word keeps its own name
        (
            "В школе пройдёт лекция по истории. Турнир начнётся 5 апреля в 11:00.",
            "Турнир",
            "Турнир",
        ),
    ],
)
def test_a_bare_contest_word_stands_for_the_contest_named_before(
    text: str, sentence: str, title: str
) -> None:
    start = text.index(sentence)
    assert concise_title(text, (start, text.index(".", start) + 1)) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Концерт в честь Дня матери пройдёт 29 ноября в 15:00.", "Концерт в честь Дня матери"),
        (
            "Праздник в честь дня рождения школы пройдёт 3 марта.",
            "Праздник в честь дня рождения школы",
        ),
    ],
)
def test_the_day_a_kind_honours_is_its_subject(text: str, title: str) -> None:
    assert concise_title(text, (0, len(text))) == title
