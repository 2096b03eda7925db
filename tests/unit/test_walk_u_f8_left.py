"""Walk u (2026-12-02), F8 left-overs (eighteenth round, branch fixleft21): two general
constructions of a post's own name.

- A name nested in another, the two closed by one mark («Кубок СШОР «Витязь»): the title
  keeps the outer words («Соревнования по плаванию «Кубок СШОР «Витязь»»», p12), not the
  inner name alone.
- A heading line above a paragraph that names the event's kind (p03: «Как рождалась
  коллекция.» above «На экскурсии …»): offered as the name of the bare kind («Экскурсия «Как
  рождалась коллекция»»), as a quoted name after the kind is; a news headline, a page's
  label, a greeting or a heading that names the kind itself is not.

The walk's posts p12 (shor-vityaz35.ru) and p03 (tomskmuseum.ru), and sentences written here."""

from __future__ import annotations

import pytest

from bot.core.language.title import concise_title
from bot.core.language.title_nested import with_outer_name
from bot.core.language.title_offer import offered_title

SWIMMING = (
    "Соревнования по плаванию «Кубок СШОР «Витязь» пройдут в эту субботу.\n"
    "В соревнованиях примут участие ребята от 7 до 15 лет , которые занимаются в "
    "коммерческих группах.\nЭто второй этап соревнований, третий, заключительный, состоится "
    "в мае."
)
BODY = (
    "\nНа экскурсии будет рассмотрено такое яркое явление последних десятилетий, как "
    "авторская Матрёшка. Познакомитесь с удивительными фактами из жизни матрёшек.\n"
    "Экскурсия пройдёт 19 марта в 15:00.\nПродолжительность экскурсии 1,5 часа."
)


def test_a_nested_name_keeps_its_outer_words() -> None:
    assert concise_title(SWIMMING, None) == "Соревнования по плаванию «Кубок СШОР «Витязь»»"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # both marks written: the quote rules read it, nothing to give back
        ("Турнир «Кубок «Витязя»» пройдёт 5 мая.", "Турнир «Витязя»"),
        # the outer quote is a sentence quoted, not a name around the title's one
        (
            "«На лекции «Хищные птицы» ученики узнают много нового», — сказал директор.",
            "Лекция «Хищные птицы»",
        ),
    ],
)
def test_no_outer_name_without_the_construction(text: str, title: str) -> None:
    assert with_outer_name(text, title, 80) == title


def test_the_heading_above_the_kinds_paragraph_is_offered() -> None:
    text = "Как рождалась коллекция." + BODY
    assert offered_title("Экскурсия", text) == "Экскурсия «Как рождалась коллекция»"
    text = "Тайны русской матрёшки" + BODY
    assert offered_title("Экскурсия", text) == "Экскурсия «Тайны русской матрёшки»"


@pytest.mark.parametrize(
    "heading",
    [
        "В Томске открылась выставка матрёшек",  # news: a finite verb, no question word
        "Экскурсия в музей",  # names the kind itself: a headline about the event
        "Анонс",  # a page's label
        "Уважаемые коллеги!",  # a greeting
        "19 марта, 15:00",  # a stamp
        "Все новости\nОбщее",  # the page's heading, not above the kind's paragraph
    ],
)
def test_other_first_lines_are_not_offered(heading: str) -> None:
    assert offered_title("Экскурсия", heading + BODY) is None
