"""review49 #8: a quoted name after «в» is the event's place only when its clause says the
event is held there — a verb of holding («пройдёт», «состоится», «ждём») or no verb at all
(«Утренник 27 декабря в «Ёлочке»»). A clause whose verb is another («появится», «доступны»)
or that opens a sign-up («откроется запись», «регистрация») names a service, a card, an app
or a programme («в «Госуслугах»», «в «Пушкинской карте»»), never a place."""

from __future__ import annotations

import pytest

from tests.title_probe import long_post_venue as parsed_venue


@pytest.mark.parametrize(
    ("text", "service"),
    [
        # review49's inputs
        ("12 декабря в 15:00 в «Госуслугах» откроется запись на экскурсию.", "госуслуг"),
        (
            "12 декабря в 11:00 в «Пушкинской карте» появится новое мероприятие — спектакль в "
            "драмтеатре.",
            "пушкинск",
        ),
        # variants of my own: other services and programmes, other verbs
        ("С 10 декабря в «Навигаторе» откроется регистрация на зимние смены.", "навигатор"),
        ("15 декабря в «Большой перемене» откроется приём заявок.", "перемен"),
        ("Билеты на новогодний спектакль 20 декабря доступны в «Пушкинской карте».", "пушкинск"),
        ("Заявки на конкурс 14 декабря принимаются в «Электронном дневнике».", "дневник"),
    ],
)
def test_quoted_service_is_no_place(text: str, service: str) -> None:
    assert service not in str(parsed_venue(text)).lower()


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Новогодний утренник для малышей пройдёт 27 декабря в «Ёлочке».", "«Ёлочка»"),
        ("Утренник для малышей 27 декабря в 10:00 в «Ёлочке».", "«Ёлочка»"),
        ("27 декабря в 10:00 в «Ёлочке» ждём малышей на утренник.", "«Ёлочка»"),
        ("Праздник двора состоится 5 июня в Омске на «зелёной поляне».", "«зелёная поляна»"),
    ],
)
def test_quoted_place_of_the_event_stays(text: str, venue: str) -> None:
    assert parsed_venue(text) == venue
