"""Walk u (2026-12-02), F8, through the real bot and the local VK server: a post titled by a
bare kind («Спектакль») that names the event in quotes asks «Как назвать?», and the button
with the post's name sets the title the card shows and the plan stores."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.e2e.conftest import CURATOR, Running
from tests.e2e.test_vk_conversation import button

POST = (
    "Торговый центр «А'СТОР ПЛАЗА» подарит гостям спектакль в стихах «Зайкина избушка». "
    "Спектакль состоится 13 декабря 2099 с 16 до 17 часов, для 5 классов."
)


async def test_the_posts_name_is_offered_as_a_button(polling_bot: Running) -> None:
    vk, app = polling_bot.vk, polling_bot.app
    vk.push_message(CURATOR, POST)
    await vk.wait_text(CURATOR, "Как назвать «Спектакль»?")
    vk.push_callback(CURATOR, button(vk, CURATOR, "Спектакль «Зайкина"))
    await vk.wait_text(CURATOR, "📌 Спектакль «Зайкина избушка»")
    vk.push_callback(CURATOR, button(vk, CURATOR, "Сохранить"))
    await vk.wait_text(CURATOR, "Сохранено")
    stored = await app.store.events_between(datetime(2099, 1, 1, tzinfo=UTC), None)
    assert [e.title for e in stored] == ["Спектакль «Зайкина избушка»"]
