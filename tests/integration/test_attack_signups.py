"""Sign-up buttons tried as an attacker (or a slow student) would: a switch button pressed
after the event it switches to was cancelled, or forged to name one that does not exist,
must not cost the student the seat they hold (nor hand it to the waiting list)."""

from __future__ import annotations

from tests.integration.test_students import ANNA, BORIS, PARTNER, env, press

__all__ = ["env"]  # the fixture


async def test_a_stale_switch_to_a_cancelled_event_keeps_the_seat(env: tuple) -> None:
    store, planner, _, ids = env
    excursion, lecture = ids
    await press(planner, ANNA, a="signup", id=excursion)
    [waiting] = await press(planner, BORIS, a="signup", id=excursion)  # capacity 1
    assert waiting.template == "signup_waiting"
    [refusal] = await press(planner, ANNA, a="signup", id=lecture)
    [switch] = [b for row in refusal.buttons for b in row]
    await planner.handle(PARTNER, "что 15 декабря?")
    await planner.handle(PARTNER, "отмени 2")
    assert (await planner.handle(PARTNER, "да"))[0].template == "cancelled"
    replies = await press(planner, ANNA, **switch.payload)  # the lecture is gone now
    assert [r.template for r in replies] == ["signup_unavailable"]
    anna, boris = await store.get_person_by_vk(ANNA), await store.get_person_by_vk(BORIS)
    assert anna is not None
    assert boris is not None
    assert await store.signup_status(excursion, anna.id) == "going"
    assert await store.signup_status(excursion, boris.id) == "waiting"


async def test_a_forged_switch_to_no_event_keeps_the_seat(env: tuple) -> None:
    store, planner, _, ids = env
    excursion = ids[0]
    await press(planner, ANNA, a="signup", id=excursion)
    for target in (999_999, None, "x", 2**70):
        replies = await press(planner, ANNA, a="switch", **{"from": excursion, "to": target})
        assert [r.template for r in replies] == ["signup_unavailable"]
    anna = await store.get_person_by_vk(ANNA)
    assert anna is not None
    assert await store.signup_status(excursion, anna.id) == "going"
