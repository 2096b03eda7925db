"""Attack 76 (held): while a teacher's card of a museum's pasted post is open («🏛
Организатор: Музей янтаря — такого партнёра у меня ещё нет»), a partner (КГТУ) and a student
press (callback) and send (text payload) its buttons and «say» payloads naming the museum,
and type «организатор: Музей янтаря» and «да»; the partner also sends its own post
«Организатор: Музей янтаря». Nothing of the teacher's card is saved or changed by them, no
museum partner appears, the partner's own lecture is КГТУ's; the teacher's «да» then saves
the excursion as the museum's. Through the real bot over Long Poll (tests/data/attack76.md).
"""

from __future__ import annotations

from typing import Any

from tests.e2e.conftest import CURATOR, Running
from tests.e2e.test_vk_conversation import invite
from tests.e2e.vk_steps import teacher_joined, vk_say

KGTU, TEACHER, STUDENT = 7601, 7602, 7603
POST = (
    "Музей янтаря приглашает учащихся 7–9 классов на интерактивное занятие «Янтарная сказка» "
    "16 декабря 2099 в 15:00, пл. Маршала Василевского, 1"
)
OWN = "Лекция о янтаре 18 декабря 2099 в 15:00, 9А, ауд. 12. Организатор: Музей янтаря"
SAY = "организатор: Музей янтаря"
FORGED: list[dict[str, Any]] = [
    {"a": "save"},
    {"a": "save_copy"},
    {"a": "discard"},
    *({"a": "draft", "c": c} for c in ("add", "replace", "both")),
    {"a": "say", "t": SAY},
    {"a": "say", "t": "да"},
    {"a": "say", "t": "организатор — школа"},
]


async def _names(running: Running) -> list[str]:
    return sorted(org.name for org in await running.app.store.list_organisations())


async def test_nobody_else_files_or_takes_over_a_teachers_pasted_post(
    polling_bot: Running,
) -> None:
    vk, app = polling_bot.vk, polling_bot.app
    await invite(vk, vk_say(vk), KGTU, "КГТУ")
    await teacher_joined(vk, TEACHER)
    vk.push_message(STUDENT, "я из 9А")
    await vk.wait_text(STUDENT, "Запомнил")
    vk.push_message(TEACHER, POST)
    await vk.wait_text(TEACHER, "такого партнёра у меня ещё нет")
    orgs = await _names(polling_bot)
    for who in (KGTU, STUDENT):
        for data in FORGED:
            vk.push_callback(who, data)
            vk.push_message(who, "", payload=data)
        vk.push_message(who, SAY)
        vk.push_message(who, "да")
    vk.push_message(STUDENT, "помощь")
    vk.push_message(KGTU, OWN)
    await vk.wait_text(KGTU, "Лекция о янтаре", within=60)
    vk.push_message(KGTU, SAY)
    await vk.wait_text(KGTU, "от имени «Музей янтаря» добавить его нельзя", within=30)
    vk.push_callback(KGTU, {"a": "say", "t": SAY})
    vk.push_message(KGTU, "да")
    await vk.wait_text(KGTU, "Сохранено", within=30)
    await vk.wait_for(lambda s: any("Согласовано" in t for t in s.texts_to(STUDENT)), 60)
    assert await _names(polling_bot) == orgs  # no museum partner from anyone else
    events = await app.store.events_between(app.planner.clock.now(), None)
    kgtu = await app.store.get_person_by_vk(KGTU)
    assert kgtu is not None
    assert [(e.title, e.organisation_id) for e in events] == [
        ("Лекция о янтаре", kgtu.organisation_id)
    ]
    assert not [t for p in (KGTU, STUDENT) for t in vk.texts_to(p) if "пошло не так" in t]
    assert not [t for t in vk.texts_to(TEACHER) if "Сохранено" in t]
    vk.push_message(TEACHER, "да")  # the teacher's card is still open, as it was
    saved = await vk.wait_text(TEACHER, "Сохранено", within=30)
    assert "🏛 Организатор — Музей янтаря (добавил в партнёры" in saved, saved
    assert await _names(polling_bot) == sorted([*orgs, "Музей янтаря"])


async def test_an_organiser_named_as_a_vk_mention_pings_nobody(polling_bot: Running) -> None:
    """A plan file's «Организатор» cell (or a title) «[id1|Админ] @all» is shown as written
    on the card, «Сохранено», lists and notices; VK would make it a mention and, in a chat,
    notify that person or everyone. Was: messages.send without disable_mentions."""
    vk = polling_bot.vk
    vk.push_message(CURATOR, "Лекция [id1|Админ] @all 28 декабря 2099 в 15:00, 7В, ауд. 3")
    await vk.wait_text(CURATOR, "Сохранить?", within=30)
    sends = vk.calls_of("messages.send")
    assert sends, sends
    assert all(params.get("disable_mentions") == "1" for params in sends), sends
