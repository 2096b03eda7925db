"""The SignupStore port's contract: sign-ups with a waiting list, and poll answers stored
without who gave them."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

import pytest

from bot.core.models import Event, EventStatus, NewEvent, OrgKind, Person, Role
from bot.core.ports import Directory, EventStore, SignupStore
from tests.contracts.backends import at


class SignupPorts(Directory, EventStore, SignupStore, Protocol):
    """People and events (what is signed up for, by whom) and the sign-up port."""


async def excursion(store: SignupPorts, capacity: int | None = 2) -> Event:
    org = await store.create_organisation("КГТУ", OrgKind.PARTNER)
    [event] = await store.add_events(
        [
            NewEvent(
                "Экскурсия",
                org.id,
                at("2026-12-15T15:00"),
                at("2026-12-15T16:00"),
                capacity=capacity,
            )
        ],
        None,
    )
    return event


async def students(store: SignupPorts, count: int) -> list[Person]:
    return [await store.save_person(900 + i, Role.STUDENT) for i in range(count)]


async def test_signups_waiting_list_and_promotion(store: SignupPorts) -> None:
    event = await excursion(store)
    people = await students(store, 4)
    statuses = [await store.sign_up(event.id, p.id) for p in people]
    assert statuses == ["going", "going", "waiting", "waiting"]
    assert await store.sign_up(event.id, people[0].id) == "going"  # idempotent
    promoted = await store.cancel_signup(event.id, people[1].id)
    assert promoted == people[2].id
    assert await store.signup_status(event.id, people[2].id) == "going"
    assert [p.id for p in await store.signed_up(event.id)] == [people[0].id, people[2].id]
    assert [p.id for p in await store.signed_up(event.id, "waiting")] == [people[3].id]
    assert await store.cancel_signup(event.id, people[3].id) is None  # a waiting one leaves
    assert await store.cancel_signup(event.id, people[3].id) is None  # twice is harmless
    assert await store.signup_counts([event.id]) == {event.id: 2}
    mine = await store.events_of_person(people[0].id, at("2026-12-01T00:00"))
    assert [(e.title, s) for e, s in mine] == [("Экскурсия", "going")]


async def test_a_withdrawn_person_may_sign_up_again(store: SignupPorts) -> None:
    event = await excursion(store, capacity=None)
    [petya] = await students(store, 1)
    assert await store.signup_status(event.id, petya.id) is None
    assert await store.sign_up(event.id, petya.id) == "going"
    assert await store.cancel_signup(event.id, petya.id) is None  # nobody was waiting
    assert await store.signup_status(event.id, petya.id) == "cancelled"
    assert await store.signup_counts([event.id]) == {}
    assert await store.events_of_person(petya.id, at("2026-12-01T00:00")) == []
    assert await store.sign_up(event.id, petya.id) == "going"
    assert await store.signup_counts([event.id, event.id + 1]) == {event.id: 1}
    assert await store.signup_counts([]) == {}


async def test_a_sign_up_for_a_missing_event_is_refused(store: SignupPorts) -> None:
    [petya] = await students(store, 1)
    with pytest.raises(KeyError):
        await store.sign_up(404, petya.id)
    assert await store.events_of_person(petya.id, at("2026-01-01T00:00")) == []


async def test_events_of_person_skip_ended_and_cancelled_events(store: SignupPorts) -> None:
    event = await excursion(store, capacity=None)
    [petya] = await students(store, 1)
    await store.sign_up(event.id, petya.id)
    assert await store.events_of_person(petya.id, at("2026-12-15T16:00")) == []  # ended by then
    assert len(await store.events_of_person(petya.id, at("2026-12-15T15:59"))) == 1
    await store.set_event_status(event.id, EventStatus.CANCELLED, None)
    assert await store.events_of_person(petya.id, at("2026-12-01T00:00")) == []


async def test_feedback_is_kept_per_person_and_reported_without_them(store: SignupPorts) -> None:
    event = await excursion(store, capacity=None)
    anna, petya = await students(store, 2)
    assert await store.answered_by(event.id) == set()
    await store.save_feedback(event.id, anna.id, "student", rating=5)
    await store.save_feedback(event.id, anna.id, "student", recommend=True, comment="Класс\x00!")
    await store.save_feedback(event.id, petya.id, "student", attended=False)
    assert await store.answered_by(event.id) == {anna.id, petya.id}
    answers = sorted(await store.feedback_of([event.id]), key=lambda a: a["rating"] is None)
    assert len(answers) == 2
    assert all(
        set(a) == {"event_id", "role", "attended", "rating", "recommend", "comment"}
        for a in answers
    )
    assert (answers[0]["rating"], bool(answers[0]["recommend"]), answers[0]["comment"]) == (
        5,
        True,
        "Класс!",
    )
    assert not answers[1]["attended"]
    assert {a["event_id"] for a in answers} == {event.id}
    assert await store.feedback_of([]) == []
    assert await store.feedback_of([event.id + 1]) == []


async def test_unknown_feedback_fields_write_nothing(store: SignupPorts) -> None:
    event = await excursion(store, capacity=None)
    [anna] = await students(store, 1)
    with pytest.raises(ValueError, match="unknown feedback fields"):
        await store.save_feedback(event.id, anna.id, "student", rating=4, mood=3)
    assert await store.answered_by(event.id) == set()
    assert await store.feedback_of([event.id]) == []


async def test_undelivered_counts_are_empty_for_events_never_refused(store: SignupPorts) -> None:
    """(Refusals are recorded by the outbox: see test_outbox.py.)"""
    event = await excursion(store)
    assert await store.undelivered_counts([event.id]) == {}
    assert await store.undelivered_counts([]) == {}


async def test_going_since_is_when_a_sign_up_became_going(store: SignupPorts) -> None:
    """going_since (migration 0026): signing up, a promotion from the waiting list and
    signing up again after withdrawing each record the caller's `at`; a waiting sign-up has
    none yet, and one written without `at` none at all."""
    event = await excursion(store, capacity=1)
    anna, boris, vera = await students(store, 3)
    assert await store.sign_up(event.id, anna.id, at=at("2026-12-01T10:00")) == "going"
    assert await store.sign_up(event.id, boris.id, at=at("2026-12-01T10:05")) == "waiting"
    assert await store.going_since([event.id]) == {(event.id, anna.id): at("2026-12-01T10:00")}
    # the same sign-up pressed again keeps its moment
    assert await store.sign_up(event.id, anna.id, at=at("2026-12-02T10:00")) == "going"
    assert await store.going_since([event.id]) == {(event.id, anna.id): at("2026-12-01T10:00")}
    promoted = await store.cancel_signup(event.id, anna.id, at=at("2026-12-15T10:00"))
    assert promoted == boris.id
    assert await store.going_since([event.id]) == {(event.id, boris.id): at("2026-12-15T10:00")}
    assert await store.cancel_signup(event.id, boris.id) is None
    assert await store.sign_up(event.id, anna.id, at=at("2026-12-15T11:00")) == "going"
    assert await store.going_since([event.id, 10_000]) == {
        (event.id, anna.id): at("2026-12-15T11:00")
    }
    assert await store.sign_up(event.id, vera.id) == "waiting"
    assert await store.cancel_signup(event.id, anna.id) == vera.id  # promoted, no `at`
    assert await store.going_since([event.id]) == {}
    assert await store.going_since([]) == {}


async def test_more_seats_move_the_waiting_list_up_in_order(store: SignupPorts) -> None:
    """Seats of a saved event raised in chat (leftconv20, item 1): the waiting list moves up
    in the order it queued, as far as the new seats go; no seats limit takes everyone."""
    event = await excursion(store, capacity=1)
    people = await students(store, 4)
    assert [await store.sign_up(event.id, p.id) for p in people] == ["going", *["waiting"] * 3]
    assert await store.promote_waiting(event.id) == []  # no free seat yet
    more = await store.update_event(replace(event, capacity=3), None)
    promoted = await store.promote_waiting(more.id, at=at("2026-12-10T10:00"))
    assert promoted == [people[1].id, people[2].id]
    assert [p.id for p in await store.signed_up(event.id, "waiting")] == [people[3].id]
    since = await store.going_since([event.id])
    assert since[(event.id, people[1].id)] == at("2026-12-10T10:00")
    assert await store.promote_waiting(event.id) == []  # full again
    await store.update_event(replace(more, capacity=None), None)
    assert await store.promote_waiting(event.id) == [people[3].id]
    assert await store.signup_counts([event.id]) == {event.id: 4}


async def test_an_undone_seats_increase_puts_those_moved_up_back_in_their_old_order(
    store: SignupPorts,
) -> None:
    """«верни» after more seats (leftconv21, item 1): those the seats moved up go back to the
    head of the waiting list in the order they queued, ahead of whoever waits behind them;
    one who gave up the seat meanwhile is left as they are; going_since is cleared."""
    event = await excursion(store, capacity=1)
    people = await students(store, 5)
    for person in people[:4]:
        await store.sign_up(event.id, person.id)
    more = await store.update_event(replace(event, capacity=4), None)
    moved = await store.promote_waiting(more.id, at=at("2026-12-10T10:00"))
    assert moved == [people[1].id, people[2].id, people[3].id]
    assert await store.cancel_signup(event.id, people[2].id) is None  # gave it up meanwhile
    back = await store.update_event(replace(more, capacity=1), None)
    assert await store.sign_up(back.id, people[4].id) == "waiting"  # queued after the increase
    returned = await store.return_to_waiting(event.id, moved)
    assert returned == [people[1].id, people[3].id]
    assert [p.id for p in await store.signed_up(event.id)] == [people[0].id]
    waiting = [p.id for p in await store.signed_up(event.id, "waiting")]
    assert waiting == [people[1].id, people[3].id, people[4].id]
    assert await store.signup_status(event.id, people[2].id) == "cancelled"
    assert await store.going_since([event.id]) == {}
    assert await store.return_to_waiting(event.id, []) == []
