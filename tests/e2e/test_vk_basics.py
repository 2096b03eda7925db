"""The real vkbottle bot against the local VK server: transport behaviour."""

from __future__ import annotations

from tests.e2e.conftest import CURATOR, Running

STUDENT = 5001


async def test_help_is_answered_through_messages_send(polling_bot: Running) -> None:
    vk = polling_bot.vk
    vk.push_message(STUDENT, "помощь")
    text = await vk.wait_text(STUDENT, "Согласовано")
    assert "я из 9Б" in text
    send = vk.calls_of("messages.send")[-1]
    assert send["access_token"] == "test-token"
    assert send["v"] == "5.199"


async def test_error_6_burst_is_retried_and_the_reply_arrives(polling_bot: Running) -> None:
    vk = polling_bot.vk
    vk.fail_next("messages.send", 6, times=3)
    vk.push_message(STUDENT, "помощь")
    await vk.wait_text(STUDENT, "Согласовано")
    assert len(vk.calls_of("messages.send")) == 4


async def test_5xx_is_retried(polling_bot: Running) -> None:
    vk = polling_bot.vk
    vk.fail_http("messages.send", 502, times=2)
    vk.push_message(STUDENT, "помощь")
    await vk.wait_text(STUDENT, "Согласовано")


async def test_long_poll_failed_2_gets_a_new_key(polling_bot: Running) -> None:
    vk = polling_bot.vk
    servers_before = len(vk.calls_of("groups.getLongPollServer"))
    vk.expire_long_poll_key()
    vk.push_message(STUDENT, "помощь")
    await vk.wait_text(STUDENT, "Согласовано")
    assert len(vk.calls_of("groups.getLongPollServer")) > servers_before


async def test_a_repeated_update_is_answered_once(polling_bot: Running) -> None:
    vk = polling_bot.vk
    update = vk.push_message(STUDENT, "помощь")
    await vk.wait_text(STUDENT, "Согласовано")
    vk.repeat(update)
    vk.push_message(STUDENT, "я из 9Б")
    await vk.wait_text(STUDENT, "Запомнил")
    assert len([t for t in vk.texts_to(STUDENT) if "Согласовано" in t]) == 1


async def test_a_failing_message_gets_a_polite_reply_and_the_bot_goes_on(
    polling_bot: Running,
) -> None:
    vk = polling_bot.vk
    await polling_bot.app.store.conn.execute("DROP TABLE dialogs")
    vk.push_message(STUDENT, "помощь")
    await vk.wait_text(STUDENT, "что-то пошло не так")
    vk.push_message(CURATOR, "пригласить партнёра КГТУ")
    await vk.wait_text(CURATOR, "что-то пошло не так")


async def test_callback_button_gets_an_event_answer(polling_bot: Running) -> None:
    vk = polling_bot.vk
    vk.push_callback(STUDENT, {"a": "help"})
    await vk.wait_text(STUDENT, "Согласовано")
    assert vk.event_answers[-1]["user_id"] == str(STUDENT)
