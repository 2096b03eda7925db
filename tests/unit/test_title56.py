"""title56: a report whose only day was told in the past names its event in that day's
sentence (post.PAST_SENTENCE); a result measured in time after a separator is no part of a
chat line's title (title_chat.without_measured_result). Every sentence here is my own."""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.cli_parse import intent_to_json
from bot.core.language import post, title_chat, title_pointed_back
from bot.core.language.intents import parse_message
from bot.core.language.title_chat import without_measured_result

_NOW = datetime.fromisoformat("2026-05-10T12:00")


def _parsed(text: str) -> dict[str, object]:
    return intent_to_json(parse_message(text, _NOW))


# --- a report's past day's sentence names its event -----------------------------------------

_REPORTS = [
    (
        "Этот концерт – самый звонкий!\nОн весною к нам пришёл.\n\n14 марта в нашей школе "
        "прошёл весенний утренник. Дети пели песни и читали стихи. После выступления начался "
        "настоящий концерт с играми.",
        "Весенний утренник",
        "2026-03-14",  # under half a year old: read back as the report's day (fresh56, `past`)
    ),
    (
        "Урок – это всегда открытие!\n\n5 октября в библиотеке прошла литературная викторина "
        "для пятиклассников. Дети отвечали на вопросы.",
        "Литературная викторина",
        None,  # over half a year old: set aside, the title read from its sentence alone
    ),
]


@pytest.mark.parametrize(("text", "title", "day"), _REPORTS)
def test_a_reports_past_day_gives_the_title_its_sentence(
    text: str, title: str, day: str | None
) -> None:
    got = _parsed(text)
    assert got["start"] == day
    assert got["title"] == title
    if day is not None:
        assert "past" in got["doubts"]  # the bot asks before saving a day gone


@pytest.mark.parametrize(
    ("text", "title"), [(text, title) for text, title, day in _REPORTS if day is None]
)
def test_without_the_past_sentence_another_line_is_read(
    text: str, title: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(post, "PAST_SENTENCE", False)
    assert _parsed(text)["title"] != title


def test_an_announced_event_still_reads_its_own_sentence() -> None:
    text = (
        "Ждём всех!\n\n14 марта в нашей школе прошёл весенний утренник. А 20 мая в актовом "
        "зале состоится отчётный концерт хора."
    )
    got = _parsed(text)
    assert got["start"] == "2026-05-20"
    assert "концерт" in str(got["title"]).lower()


def test_a_report_read_right_before_keeps_its_title() -> None:
    text = (
        "Спасибо всем участникам!\n\n20 апреля в гимназии прошла научная конференция "
        "школьников. Выступили двадцать докладчиков."
    )
    assert _parsed(text)["title"] == "Научная конференция школьников"


# --- a result measured in time -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Школьный забег 20 мая, лучший результат 28:40", "Школьный забег"),
        ("Забег 20 мая, результат 28:40", "Забег"),
        ("Лыжная гонка 3 марта: время победителя 25:10", "Лыжная гонка"),
        ("Кросс 12 мая, лучшее время 21:15", "Кросс"),
        ("Эстафета 20 мая в 10:00, рекордное время 4:05", "Эстафета"),
        ("Забег 20 мая. Лучшее время прошлого года 18:32.", "Забег"),
    ],
)
def test_a_measured_result_is_no_part_of_the_title(line: str, title: str) -> None:
    assert _parsed(line)["title"] == title


@pytest.mark.parametrize(
    "line",
    [
        "Школьный забег 20 мая, лучший результат 28:40",
        "Лыжная гонка 3 марта: время победителя 25:10",
    ],
)
def test_without_the_rule_the_result_stays(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(title_chat, "MEASURED_RESULT", False)
    title = str(_parsed(line)["title"]).lower()
    assert "результат" in title or "время" in title


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Конкурс «Лучший результат»", "Конкурс «Лучший результат»"),  # a quoted name
        ("Тренинг на результат", "Тренинг на результат"),  # no clause of its own
        ("Кросс, время 15:00", "Кросс, время 15:00"),  # a bare «время»: the start's label
        ("Турнир, результаты объявим позже", "Турнир, результаты объявим позже"),  # a verb
        ("Результат", "Результат"),  # nothing else left
    ],
)
def test_other_uses_of_the_words_stay(title: str, kept: str) -> None:
    assert without_measured_result(title) == kept


def test_the_result_clause_is_cut_from_the_title_alone() -> None:
    assert without_measured_result("Забег, лучший результат 28:40") == "Забег"
    assert without_measured_result("Гонка: время победителя 1:02:15") == "Гонка"


# --- a bare generic subject of the dated sentence points back -------------------------------

_POINTED = [
    (
        "Весной в нашем городе пройдут интересные встречи и яркие шоу. Студенты "
        "политехнического колледжа подготовили неделю технического творчества. Мероприятие "
        "проходит с 14 по 19 апреля в главном корпусе.",
        "Неделя технического творчества",
    ),
    (
        "В библиотеке откроются выставки, будут работать кружки. Для младших школьников "
        "готовится декада детской книги. Мероприятие пройдёт с 3 по 13 марта.",
        "Декада детской книги",
    ),
]
_MARCH = datetime.fromisoformat("2026-03-01T12:00")


@pytest.mark.parametrize(("text", "title"), _POINTED)
def test_a_generic_subject_means_the_event_named_before(text: str, title: str) -> None:
    assert intent_to_json(parse_message(text, _MARCH))["title"] == title


@pytest.mark.parametrize(("text", "title"), _POINTED)
def test_without_the_reading_a_side_kind_wins(
    text: str, title: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(title_pointed_back, "GENERIC_BACK", False)
    assert intent_to_json(parse_message(text, _MARCH))["title"] != title


def test_the_antecedent_is_no_generic_noun_nor_a_prepositions_object() -> None:
    text = (
        "Ученики готовятся к празднику. В рамках фестиваля пройдёт городская акция. "
        "Мероприятие пройдёт 12 мая."
    )
    start = text.index("Мероприятие")
    # «акция» is generic, «фестиваля» and «празднику» stand after a preposition
    assert title_pointed_back.named_before(text, start) is None
    text = "Школа готовит концерт хора и спектакль. Мероприятие пройдёт 12 мая."
    # two coordinated events: no single one to point back to (review56 #6, fixgen58)
    assert title_pointed_back.named_before(text, text.index("Мероприятие")) is None
    text = "Школа готовит концерт хора. Мероприятие пройдёт 12 мая."
    found = title_pointed_back.named_before(text, text.index("Мероприятие"))
    assert found is not None
    assert found.group(0) == "концерт"


def test_a_reported_final_is_read_as_an_announced_one() -> None:
    report = (
        "На Первенстве волейбольной лиги сыграли команды из 40 школ района\n"
        "В воскресенье, 9 февраля, в спорткомплексе «Олимп» прошёл финал Первенства "
        "юношеской волейбольной лиги. Участниками стали победители отборочных игр."
    )
    got = intent_to_json(parse_message(report, datetime.fromisoformat("2026-02-10T10:00")))
    assert got["title"] == "Финал Первенства юношеской волейбольной лиги"
