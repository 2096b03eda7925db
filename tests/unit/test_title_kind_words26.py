"""Which words the title rules take for a kind of event (bot/core/language/title.py, issue 10,
the twenty-sixth round): a word that shares a kind's stem but names a person ("концертмейстер",
"конкурсанты") or qualifies a noun that is no event ("конкурсная комиссия", "игровая зона") is
not the event's kind; pymorphy3 tells the readings. Our own sentences, none from the corpus."""

from __future__ import annotations

from bot.core.language.title import concise_title
from bot.core.language.title_words import kind_word_of_other


def _title(text: str) -> str | None:
    return concise_title(text, (0, len(text)))


def test_a_person_named_from_a_kind_is_no_kind() -> None:
    assert kind_word_of_other("Концертмейстеры", "", "")
    assert kind_word_of_other("конкурсантов", "приглашаем ", "")
    assert kind_word_of_other("олимпиадники", "", "")
    assert not kind_word_of_other("субботник", "", "")  # a person too in the dictionary, not only
    assert not kind_word_of_other("викторины", "", "")


def test_an_adjective_of_a_body_another_noun_belongs_to_is_no_kind() -> None:
    assert kind_word_of_other("конкурсной", "члены ", " комиссии при управлении")
    assert kind_word_of_other("игровой", "тренер ", " команды лицея")
    assert not kind_word_of_other("Конкурсная", "", " комиссия соберётся")  # no noun before
    assert not kind_word_of_other("концертной", "начало ", " программы")  # a kind follows
    assert not kind_word_of_other("выпускного", "начало ", " вечера")  # an adjective as a noun
    assert not kind_word_of_other("конкурсного", "о проведении ", " отбора")  # an act's, no body


def test_the_ceremony_is_the_title_not_the_accompanists() -> None:
    text = (
        "Торжественное вручение дипломов выпускникам музыкальной школы\n\n"
        "12 апреля в 16:00 дипломы получат 30 выпускников. "
        "Аккомпанировать им будут концертмейстеры школы."
    )
    title = _title(text) or ""
    assert "концертмейстер" not in title.lower()
    assert "вручение дипломов" in title.lower()


def test_a_meeting_with_the_commission_is_the_meeting() -> None:
    text = (
        "15 мая в 17:00 в актовом зале гимназии состоится встреча выпускников "
        "с представителями конкурсной комиссии университета."
    )
    assert (_title(text) or "").lower().startswith("встреча выпускников")


def test_contestants_do_not_title_the_contest() -> None:
    text = (
        "Областной конкурс юных чтецов пройдёт 20 марта в 11:00 в библиотеке. "
        "Конкурсантов просят прийти за полчаса до начала."
    )
    assert (_title(text) or "").lower().startswith("областной конкурс юных чтецов")


def test_the_honouring_is_the_title_not_the_people_honoured() -> None:
    text = "В пятницу в 14:00 в школе пройдёт торжественное чествование олимпиадников района."
    title = (_title(text) or "").lower()
    assert title.startswith("торжественное чествование олимпиадников")
