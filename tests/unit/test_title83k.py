"""title83k: concise titles without a quoted name of their own kind, where the phrase was cut
to a fragment: adjectives joined by «и» before a genitive noun («неделя детской и юношеской
книги», title_apposition.py) and a work's author between the work and its name («фильм
режиссёра Андрея Петрова «…»», title_phrase.py). Posts written for the test, none from a
corpus post (tests/data/title83k.md)."""

from __future__ import annotations

import pytest

from bot.core.language.morphology import to_nominative
from tests.title_probe import card_title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "15 декабря в библиотеке откроется неделя детской и юношеской книги «Читаем"
            " вместе». Будут встречи с писателями и викторины.",
            "Неделя детской и юношеской книги «Читаем вместе»",
        ),
        (
            "18 января в центре стартует декада научной и технической книги «Мир открытий»."
            " Гостей ждут встречи с инженерами.",
            "Декада научной и технической книги «Мир открытий»",
        ),
        (
            "В гимназии 20 декабря пройдёт фестиваль народной или эстрадной песни «Родные"
            " напевы». Приглашаем учеников 5–7 классов.",
            "Фестиваль народной или эстрадной песни «Родные напевы»",
        ),
        (
            "В лицее 20 декабря пройдёт конкурс классической или современной поэзии."
            " Приглашаем учеников 5–7 классов на праздник.",
            "Конкурс классической или современной поэзии",
        ),
    ],
)
def test_joined_adjectives_keep_their_noun_with_its_kind(text: str, title: str) -> None:
    """Two adjectives joined by «и»/«или» belong to one noun: the kind before them keeps
    the genitive chain, never "Юношеская книга «…»" cut from its week nor "Фестиваль
    народной" cut before «или»."""
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "15 декабря для учащихся 7 классов покажут фильм режиссёра Андрея Петрова «Дом у"
            " реки». После показа ребята обсудят увиденное.",
            "Фильм «Дом у реки»",
        ),
        (
            "В субботу, 19 декабря, в актовом зале покажут мультфильм братьев Олега и Ивана"
            " Сомовых «Ледяной мост». Сеанс для учеников начальной школы.",
            "Мультфильм «Ледяной мост»",
        ),
        (
            "15 декабря в галерее откроется выставка художника В. Н. Орлова «Северные"
            " мотивы». Вход свободный для всех школьников.",
            "Выставка «Северные мотивы»",
        ),
        (
            "15 декабря в Доме культуры покажут спектакль режиссёра Олега Смирнова. После"
            " показа зрители обсудят увиденное с актёрами.",
            "Спектакль режиссёра Олега Смирнова",
        ),
    ],
)
def test_author_between_work_and_name(text: str, title: str) -> None:
    """A work's author in the genitive with his name: the work's quoted name after it is the
    title's, and without one the author keeps his name (never "Фильм режиссёра")."""
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "15 декабря в Доме культуры пройдёт концерт учащихся музыкальной школы"
            " «Гармония». Вход свободный для всех школьников.",
            "Концерт учащихся музыкальной школы «Гармония»",
        ),
        (
            "15 декабря в школе пройдёт неделя русского языка и литературы. Будут конкурсы"
            " и викторины для всех классов.",
            "Неделя русского языка и литературы",
        ),
    ],
)
def test_unnamed_author_and_joined_nouns_left_as_they_were(text: str, title: str) -> None:
    """Who performs with no name of his own (a school's quoted name is the school's) and two
    nouns joined by «и» keep the phrase read before."""
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Квиз, посвящённый Дню матери!\n15 декабря в клубе «Орион» пройдёт квиз,"
            " посвящённый Дню матери. Команды ответят на вопросы о семье.",
            "Квиз, посвящённый Дню матери",
        ),
        (
            "В пятницу, 18 декабря, в 16:00 в библиотеке пройдёт квиз о героях сказок."
            " Приглашаем учеников 3–5 классов.",
            "Квиз о героях сказок",
        ),
    ],
)
def test_a_borrowed_kind_the_dictionary_lacks_stays_singular(text: str, title: str) -> None:
    """«квиз» is not in the dictionary and is guessed as the genitive plural of «квиза»:
    a borrowed noun ending in a consonant is a masculine, its nominative as written (never
    "Квизы" nor the bare occasion "День" the plural participle then gave)."""
    assert card_title(text) == title


@pytest.mark.parametrize(
    ("words", "nominative"),
    [(["квиз"], ["квиз"]), (["Квиз"], ["Квиз"]), (["митап"], ["митап"]), (["книг"], ["книги"])],
)
def test_borrowed_consonant_noun_nominative(words: list[str], nominative: list[str]) -> None:
    """A known word's genitive plural still becomes its nominative ("книг" -> "книги")."""
    assert to_nominative(words) == nominative


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "В рамках акции «Тёплые руки» 15 декабря в сквере пройдёт ярмарка поделок.",
            "Ярмарка поделок",
        ),
        ("В рамках недели здоровья 16 декабря в спортзале пройдёт эстафета.", "Эстафета"),
        (
            "В рамках месячника безопасности 17 декабря пройдёт учебная эвакуация.",
            "Учебная эвакуация",
        ),
        ("В преддверии Нового года 18 декабря в актовом зале пройдёт концерт.", "Концерт"),
        ("В ходе декады математики 16 декабря в 13:00 олимпиада в кабинете 12", "Олимпиада"),
        (
            "В рамках проекта «Театр — детям» 19 декабря спектакль «Снежная королева».",
            "Спектакль «Снежная королева»",
        ),
        (
            "Ко Дню героев Отечества 9 декабря в актовом зале пройдёт концерт.",
            "Концерт ко Дню героев Отечества",
        ),
    ],
)
def test_a_chat_lines_fronted_frame_is_not_its_title(text: str, title: str) -> None:
    """«В рамках …», «В преддверии …», «В ходе …» open a chat line with the umbrella or the
    occasion; the event is the nominative kind after it (never "Рамках акции … ярмарка");
    an occasion «ко Дню …» follows the kind."""
    assert card_title(text) == title
