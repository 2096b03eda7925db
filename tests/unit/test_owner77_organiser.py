"""owner77 (tests/data/owner77.md): a saved event's organiser said in words
(organiser_change.saved_organiser), a guest of the school's lesson is not its organiser
(organiser_named.named_guest), a venue repeated as the post's last line is no signature.
All sentences are my own."""

from __future__ import annotations

import pytest

from bot.core.language.organiser_change import OrganiserChangeSaid, saved_organiser
from bot.core.language.organiser_named import SCHOOL, named_guest, named_organiser


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("организатор — КГТУ", OrganiserChangeSaid("КГТУ")),
        ("Организатор: Музей янтаря.", OrganiserChangeSaid("Музей янтаря")),
        (
            "организатор спектакля — Калининградский драмтеатр",
            OrganiserChangeSaid("Калининградский драмтеатр", reference="спектакля"),
        ),
        ("смени организатора 4 на БФУ", OrganiserChangeSaid("БФУ", number=4)),
        ("организатор у 2: Музей янтаря", OrganiserChangeSaid("Музей янтаря", number=2)),
        ("поменяй организатора лекции на школу", OrganiserChangeSaid(SCHOOL, reference="лекции")),
        ("организатор — наша школа", OrganiserChangeSaid(SCHOOL)),
        ("это мероприятие школы", OrganiserChangeSaid(SCHOOL)),
        ("Это наше мероприятие!", OrganiserChangeSaid(SCHOOL)),
        ("это мероприятие КГТУ", OrganiserChangeSaid("КГТУ", exact=False)),
        ("это мероприятие музея янтаря", OrganiserChangeSaid("музея янтаря", exact=False)),
        ("лекция — мероприятие школы", OrganiserChangeSaid(SCHOOL, reference="лекция")),
        ("проводит Музей янтаря", OrganiserChangeSaid("Музей янтаря")),
        ("его проводит КГТУ", OrganiserChangeSaid("КГТУ")),
        ("экскурсию проводит КГТУ", OrganiserChangeSaid("КГТУ", reference="экскурсию")),
        ("проводит музей", OrganiserChangeSaid("музей")),
        ("мы проводим сами", OrganiserChangeSaid(SCHOOL)),
        ("проводим сами", OrganiserChangeSaid(SCHOOL)),
        ("проводит школа", OrganiserChangeSaid(SCHOOL)),
    ],
)
def test_a_saved_events_organiser_is_read_in_several_shapes(
    text: str, said: OrganiserChangeSaid
) -> None:
    assert saved_organiser(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "кто организатор спектакля?",
        "организатор кто",
        "проводит урок",
        "проводит Иванова М. П.",
        "проводит представитель МЧС",
        "организатор: Иванова М. П.",
        "Экскурсию проводит Музей янтаря\n16 декабря в 15:00 для 7А",  # a post, not a change
        "это мероприятие",
        "организатор — " + "очень длинное название " * 5,
    ],
)
def test_what_is_no_organiser_change(text: str) -> None:
    assert saved_organiser(text) is None


@pytest.mark.parametrize(
    ("post", "guest"),
    [
        ("Урок мужества для 8А 10 декабря в 12:00, каб. 21. Проводит МЧС", "МЧС"),
        ("Урок мужества «Герои среди нас» 10 декабря в 12:00 для 8А, проводит МЧС", "МЧС"),
        ("10 декабря в 12:00 к нам придут сотрудники МЧС: урок безопасности, 5-е классы", "МЧС"),
        ("МЧС проведёт урок безопасности для 5-х классов 10 декабря в 12:00", "МЧС"),
        ("В гости к 7Б 11 декабря в 14:00 придёт инспектор ГИБДД, классный час", "ГИБДД"),
        ("Классный час 11 декабря в 14:00 в 7Б с участием Музея янтаря", "Музей янтаря"),
        ("Урок проведёт представитель КГТУ 17 декабря в 13:00, 10А", "КГТУ"),
        ("Открытый урок физики 15 декабря, 9Б. Гость — КГТУ", "КГТУ"),
    ],
)
def test_a_guest_of_the_schools_lesson_is_no_organiser(post: str, guest: str) -> None:
    """Was: «Урок мужества … Проводит МЧС» from a class teacher became МЧС's event."""
    assert named_guest(post) == guest
    assert named_organiser(post) is None


@pytest.mark.parametrize(
    ("post", "host"),
    [
        ("МЧС проводит учения в школе 12 декабря в 10:00 для всех классов", "МЧС"),
        ("КГТУ проводит в нашей школе олимпиаду по физике 15 декабря в 14:00", "КГТУ"),
        ("Экскурсию проводит Музей янтаря 16 декабря в 15:00 для 7А", "Музей янтаря"),
        ("Экскурсия после 6 урока 16 декабря, проводит Музей янтаря, 7А", "Музей янтаря"),
        ("Урок мужества 10 декабря в 12:00, 8А. Организатор: МЧС", "МЧС"),
        (
            "Музей янтаря приглашает учащихся 7 классов на встречу с художником 16 декабря "
            "в 15:00 в Музее янтаря",
            "Музей янтаря",
        ),
        ("КГТУ приглашает 9–11 классы на открытый урок робототехники 16 декабря", "КГТУ"),
        (
            "КГТУ приглашает школьников на день открытых дверей, к нам придут студенты, "
            "16 декабря в 15:00",
            "КГТУ",
        ),
    ],
)
def test_a_partners_own_event_at_school_stays_the_partners(post: str, host: str) -> None:
    """A partner holding its own event at the school (or named by the label) is its
    organiser; «после 6 урока» is a time, not a lesson of the school's."""
    assert named_guest(post) is None
    assert named_organiser(post) == host


@pytest.mark.parametrize(
    "post",
    [
        "Экскурсия «Янтарная комната» для 7А\n16 декабря в 15:00\n"
        "Место: Музей янтаря\nМузей янтаря",
        "Экскурсия для 7А 16 декабря в 15:00 в Музее янтаря.\nЖдём всех!\nМузей янтаря",
        "Экскурсия для 7А 16 декабря в 15:00\n📍 Музей янтаря",
        "Литературная гостиная, 8-е классы, 18 декабря в 16:00\n"
        "Где: Библиотека им. Чехова, ул. Ленина, 5\nБиблиотека им. Чехова",
        "Концерт 20 декабря в 12:00 для 5-х классов в Областной филармонии\n"
        "🎵 Областная филармония 🎵",
        "📍 Музей янтаря\nЭкскурсия 16 декабря в 15:00 для 7А",
    ],
)
def test_a_venue_repeated_as_a_line_of_its_own_is_no_organiser(post: str) -> None:
    """Was: the last line repeating the place («… в Музее янтаря.\\nМузей янтаря») made the
    venue the organiser of a school's trip."""
    assert named_organiser(post) is None


@pytest.mark.parametrize(
    ("post", "host"),
    [
        (
            "Мастер-класс по керамике 19 декабря в 14:00, 6Б\nС уважением, Музей янтаря",
            "Музей янтаря",
        ),
        ("Музей янтаря приглашает на экскурсию 16 декабря в 15:00\nМузей янтаря", "Музей янтаря"),
        (
            "📚 Библиотека им. Чехова 📚\nЛитературная гостиная 18 декабря в 16:00",
            "Библиотека им. Чехова",
        ),
    ],
)
def test_a_signature_and_a_heading_still_name_the_organiser(post: str, host: str) -> None:
    assert named_organiser(post) == host
