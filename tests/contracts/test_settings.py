"""The SettingsStore port's contract: reminder preferences, settings and dialog states."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from bot.core.models import Role
from bot.core.ports import Directory, SettingsStore
from tests.contracts.backends import KGD, Backend


class SettingsPorts(Directory, SettingsStore, Protocol):
    """People (to own a dialog or preferences) and the settings port."""


async def test_dialog_state_survives_reopening(backend: Backend) -> None:
    first = await backend.open(KGD)
    person = await first.save_person(5, Role.PARTNER)
    await first.set_dialog(person.id, {"step": "ask_time", "draft": {"title": "Лекция"}})
    await first.close()
    second = await backend.open(KGD)
    try:
        assert await second.get_dialog(person.id) == {
            "step": "ask_time",
            "draft": {"title": "Лекция"},
        }
        await second.set_dialog(person.id, None)
        assert await second.get_dialog(person.id) is None
    finally:
        await second.close()


async def test_a_dialog_is_replaced_whole_and_kept_per_person(store: SettingsPorts) -> None:
    anna = await store.save_person(1, Role.PARTNER, "Анна")
    petya = await store.save_person(2, Role.STUDENT, "Петя")
    assert await store.get_dialog(anna.id) is None
    await store.set_dialog(anna.id, {"version": 2, "waiting": {"kind": "nothing"}, "listed": [3]})
    await store.set_dialog(petya.id, {"version": 2, "note": "«ёлка» 🎄"})
    await store.set_dialog(anna.id, {"version": 2})
    assert await store.get_dialog(anna.id) == {"version": 2}
    assert await store.get_dialog(petya.id) == {"version": 2, "note": "«ёлка» 🎄"}
    await store.set_dialog(anna.id, None)
    await store.set_dialog(anna.id, None)  # deleting twice is harmless
    assert await store.get_dialog(anna.id) is None
    assert await store.get_dialog(petya.id) is not None


async def test_reminder_preferences_default_and_change(store: SettingsPorts) -> None:
    anna = await store.save_person(1, Role.STUDENT, "Анна")
    petya = await store.save_person(2, Role.STUDENT, "Петя")
    assert await store.reminder_prefs(anna.id) == (True, None)  # the school's defaults
    await store.set_reminder_prefs(anna.id, True, [1440, 60])
    await store.set_reminder_prefs(petya.id, False, None)
    assert await store.reminder_prefs(anna.id) == (True, [1440, 60])
    assert await store.reminder_prefs(petya.id) == (False, None)
    await store.set_reminder_prefs(anna.id, True, None)
    assert await store.reminder_prefs(anna.id) == (True, None)
    await store.set_reminder_prefs(petya.id, True, [30])
    assert await store.reminder_prefs(petya.id) == (True, [30])


async def test_a_clock_time_and_when_the_times_were_chosen(store: SettingsPorts) -> None:
    """Migration 0030 (walk r #22): a clock-time reminder and the moment the reminder times
    were chosen, written with the rest of the preference and cleared by a write without
    them; the instant comes back aware and equal."""
    anna = await store.save_person(1, Role.STUDENT, "Анна")
    petya = await store.save_person(2, Role.STUDENT, "Петя")
    await store.set_reminder_prefs(petya.id, True, [60])
    assert await store.reminder_clocks() == {}  # neither recorded
    chosen = datetime(2026, 12, 8, 20, 0, tzinfo=KGD)
    await store.set_reminder_prefs(anna.id, True, [60], "1 19:00", chosen_at=chosen)
    assert await store.reminder_prefs(anna.id) == (True, [60])
    [(clock, at)] = (await store.reminder_clocks()).values()
    assert clock == "1 19:00"
    assert at == chosen
    assert at is not None
    assert at.utcoffset() is not None
    await store.set_reminder_prefs(anna.id, True, None, "0 08:00", chosen_at=chosen)
    assert await store.reminder_clocks() == {anna.id: ("0 08:00", chosen)}
    await store.set_reminder_prefs(anna.id, False, None)  # «не напоминай»: all cleared
    assert await store.reminder_clocks() == {}
    assert await store.reminder_prefs(anna.id) == (False, None)


async def test_settings_are_kept_by_key_and_overwritten(store: SettingsStore) -> None:
    assert await store.get_setting("digest_day") is None
    await store.set_setting("digest_day", "monday")
    await store.set_setting("school_year", '{"start": "2026-09-01"}')
    await store.set_setting("digest_day", "friday")
    assert await store.get_setting("digest_day") == "friday"
    assert await store.get_setting("school_year") == '{"start": "2026-09-01"}'
    await store.set_setting("digest_day", "")
    assert await store.get_setting("digest_day") == ""
