"""A small VK-compatible API server on 127.0.0.1, for end-to-end tests of the real bot.

It speaks what the bot uses: groups.getById, groups.getLongPollServer, groups.getMembers,
users.get, messages.send / edit / sendMessageEventAnswer, docs.getMessagesUploadServer,
the upload endpoint and docs.save, and a Bot Long Poll endpoint. Tests push updates
(`push_message`, `push_callback`), inject failures (VK error codes, HTTP 5xx, long-poll
`failed: 2`, a long-poll history that was dropped (`forget_history`: `failed: 1`), button
answers refused as late (`answer_deadline`: error 100, as VK does after about a minute)) and
assert on what the bot sent (`sent`, `wait_for`, `max_calls_per_second`).

Run as a command (`python -m tests.e2e.vk_server --port 8099`) it also serves control
routes (`control`): POST /say and /press push a message or a button press, GET /sent lists
what the bot sent, so the real `python -m bot run` can be tried without a VK token.

Like VK, `messages.send` drops a repeated `random_id` to the same peer (`sent` holds only
what was delivered; `raw_sends` and `deduplicated` count the calls and the dropped repeats),
answers a `peer_ids` call with one item per recipient (an error 901 item for people in
`closed`), and refuses a keyboard with error 912 while `bot_capabilities` is off.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

GROUP_ID = 4242
BUTTON_ACTIONS = ["text", "vkpay", "open_app", "location", "open_link", "callback"]


@dataclass
class SentMessage:
    peer_ids: list[int]
    text: str
    keyboard: dict[str, Any] | None
    attachment: str | None
    random_id: int
    group_id: int = GROUP_ID  # the community it was sent from (by the token used)

    def buttons(self) -> list[dict[str, Any]]:
        rows = (self.keyboard or {}).get("buttons", [])
        return [b["action"] for row in rows for b in row]


@dataclass
class FakeVK:
    managers: tuple[int, ...] = ()
    # several communities on one server (a city, issue 14): token -> group_id; each call
    # acts as the community of its access_token, each long poll serves /lp/<group_id>
    communities: dict[str, int] = field(default_factory=lambda: {"test-token": GROUP_ID})
    managers_of: dict[int, tuple[int, ...]] = field(default_factory=dict)  # default: managers
    calls: list[tuple[float, str, dict[str, str]]] = field(default_factory=list)
    sent: list[SentMessage] = field(default_factory=list)
    event_answers: list[dict[str, str]] = field(default_factory=list)
    uploads: list[tuple[str, bytes]] = field(default_factory=list)
    saved_docs: list[dict[str, Any]] = field(default_factory=list)
    hosted: dict[str, bytes] = field(default_factory=dict)
    base_url: str = ""
    _updates: list[dict[str, Any]] = field(default_factory=list)
    _key: int = 1
    _fail_long_poll: int = 0
    _errors: dict[str, list[int]] = field(default_factory=dict)
    _http_errors: dict[str, list[int]] = field(default_factory=dict)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _changed: asyncio.Condition | None = None
    _closing: bool = False
    # VK's random_id dedupe and per-recipient refusals (issue 9), see _m_messages_send
    closed: set[int] = field(default_factory=set)
    bot_capabilities: bool = True
    dedupe_window: float | None = None
    raw_sends: int = 0
    deduplicated: int = 0
    on_send: Callable[[dict[str, Any]], None] | None = None
    # awaited after a messages.send is delivered and before VK answers it: a test acts
    # (types, presses) while the bot waits for that answer, e.g. mid fan-out (attack56)
    before_answer: Callable[[dict[str, Any]], Awaitable[None]] | None = None
    _remembered: dict[tuple[int, int], tuple[float, int]] = field(default_factory=dict)
    _runner: web.AppRunner | None = None
    answer_deadline: float | None = None  # seconds after a press; later answers get error 100
    refused_answers: list[dict[str, str]] = field(default_factory=list)
    _pressed_at: dict[str, float] = field(default_factory=dict)
    _history_from: int = 1
    file_delay: float = 0.0  # seconds a hosted document takes to start downloading
    file_requests: list[str] = field(default_factory=list)
    control: bool = False  # also serve /say, /press and /sent (the command's routes)
    # utils.getServerTime's answer (Unix s); None: answered with error 3 (unknown method)
    server_time: Callable[[], int] | None = None

    # --- lifecycle ---------------------------------------------------------------------

    async def start(self, port: int = 0) -> str:
        """Listen on 127.0.0.1:`port` (0: any free port); returns the API's base URL."""
        self._changed = asyncio.Condition()
        app = web.Application(client_max_size=20 * 1024 * 1024)
        app.router.add_post("/method/{name}", self._method)
        app.router.add_route("*", "/lp", self._long_poll)
        app.router.add_route("*", "/lp/{group}", self._long_poll)
        app.router.add_post("/upload", self._upload)
        app.router.add_get("/files/{name}", self._file)
        if self.control:
            app.router.add_post("/say", self._say)
            app.router.add_post("/press", self._press)
            app.router.add_get("/sent", self._sent)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"
        return f"{self.base_url}/method/"

    async def stop(self) -> None:
        """Release held long polls at once, then shut the server down."""
        self._closing = True
        if self._changed is not None:
            async with self._changed:
                self._changed.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()

    # --- what tests do -----------------------------------------------------------------

    def push_message(
        self,
        from_id: int,
        text: str,
        payload: dict[str, Any] | None = None,
        attachments: list[dict[str, Any]] | None = None,
        *,
        client_info: dict[str, Any] | None = None,
        date: int | None = None,
        peer_id: int | None = None,
        group_id: int = GROUP_ID,
        reply_message: dict[str, Any] | None = None,
        action: dict[str, Any] | None = None,
        fwd_messages: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """A `message_new`; `client_info` overrides what the app supports (default: all),
        `date` (Unix seconds) when it was written, `peer_id` a group chat's id, `group_id`
        the community it was written to, `reply_message` the message it replies to, `action`
        a chat's service action (e.g. {"type": "chat_invite_user", "member_id": -4242}),
        `fwd_messages` the messages forwarded with it (VK «Переслать»)."""
        message_id = next(self._ids)
        message: dict[str, Any] = {
            "id": message_id,
            "date": int(time.time()) if date is None else date,
            "peer_id": from_id if peer_id is None else peer_id,
            "from_id": from_id,
            "text": text,
            "out": 0,
            "version": 1,
            "attachments": attachments or [],
            "conversation_message_id": message_id,
            "fwd_messages": fwd_messages or [],
            "important": False,
            "is_hidden": False,
            "random_id": 0,
        }
        if payload is not None:
            message["payload"] = json.dumps(payload)
        if reply_message is not None:
            message["reply_message"] = reply_message
        if action is not None:
            message["action"] = action
        obj = {
            "message": message,
            "client_info": {
                "button_actions": BUTTON_ACTIONS,
                "keyboard": True,
                "inline_keyboard": True,
                "carousel": True,
                "lang_id": 0,
                **(client_info or {}),
            },
        }
        return self.push({"type": "message_new", "object": obj}, group_id=group_id)

    def push_document(self, from_id: int, filename: str, data: bytes) -> dict[str, Any]:
        """A message with a file attached, as VK delivers it (the bot downloads the URL)."""
        return self.push_message(
            from_id, "", attachments=[self.host_document(from_id, filename, data)]
        )

    def host_document(self, from_id: int, filename: str, data: bytes) -> dict[str, Any]:
        """A "doc" attachment of `data`, served at its URL, not yet sent in any message."""
        doc_id = next(self._ids)
        self.hosted[f"{doc_id}-{filename}"] = data
        doc = {
            "id": doc_id,
            "owner_id": from_id,
            "title": filename,
            "size": len(data),
            "ext": filename.rpartition(".")[2],
            "url": f"{self.base_url}/files/{doc_id}-{filename}",
            "date": int(time.time()),
            "type": 8,
        }
        return {"type": "doc", "doc": doc}

    def push_callback(
        self,
        user_id: int,
        payload: dict[str, Any],
        *,
        peer_id: int | None = None,
        group_id: int = GROUP_ID,
    ) -> dict[str, Any]:
        """A `message_event` (callback button); `peer_id` a group chat's id."""
        event_id = f"cb{next(self._ids)}"
        self._pressed_at[event_id] = time.monotonic()
        obj = {
            "user_id": user_id,
            "peer_id": user_id if peer_id is None else peer_id,
            "event_id": event_id,
            "payload": payload,
            "conversation_message_id": next(self._ids),
        }
        return self.push({"type": "message_event", "object": obj}, group_id=group_id)

    def push(
        self, update: dict[str, Any], *, event_id: str | None = None, group_id: int = GROUP_ID
    ) -> dict[str, Any]:
        update = {
            **update,
            "group_id": group_id,
            "event_id": event_id or f"ev{next(self._ids)}",
            "v": "5.199",
        }
        self._updates.append(update)
        self._notify()
        return update

    def repeat(self, update: dict[str, Any]) -> None:
        """Deliver the same update again (VK does that after timeouts)."""
        self._updates.append(update)
        self._notify()

    def fail_next(self, method: str, code: int, times: int = 1) -> None:
        self._errors.setdefault(method, []).extend([code] * times)

    def fail_http(self, method: str, status: int = 500, times: int = 1) -> None:
        self._http_errors.setdefault(method, []).extend([status] * times)

    def expire_long_poll_key(self) -> None:
        """The next long-poll request answers {"failed": 2}."""
        self._fail_long_poll += 1

    def forget_history(self) -> None:
        """VK dropped the long-poll history so far: an older `ts` gets {"failed": 1}."""
        self._history_from = len(self._updates) + 1

    def texts_from(self, group_id: int, peer_id: int) -> list[str]:
        """What community `group_id` sent to `peer_id`, in order."""
        return [m.text for m in self.sent if peer_id in m.peer_ids and m.group_id == group_id]

    def texts_to(self, peer_id: int) -> list[str]:
        return [m.text for m in self.sent if peer_id in m.peer_ids]

    def last_to(self, peer_id: int) -> SentMessage:
        return [m for m in self.sent if peer_id in m.peer_ids][-1]

    async def wait_for(self, predicate: Callable[[FakeVK], bool], within: float = 10.0) -> None:
        assert self._changed is not None
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: predicate(self)), within)

    async def wait_text(self, peer_id: int, fragment: str, within: float = 10.0) -> str:
        """The first text sent to `peer_id` that contains `fragment` (waits for it)."""
        await self.wait_for(lambda s: any(fragment in t for t in s.texts_to(peer_id)), within)
        return next(t for t in self.texts_to(peer_id) if fragment in t)

    def calls_of(self, method: str) -> list[dict[str, str]]:
        return [params for _, name, params in self.calls if name == method]

    def max_calls_per_second(self) -> int:
        stamps = sorted(t for t, _, _ in self.calls)
        best, start = 0, 0
        for end, stamp in enumerate(stamps):
            while stamp - stamps[start] >= 1.0:
                start += 1
            best = max(best, end - start + 1)
        return best

    # --- the API ---------------------------------------------------------------------

    async def _method(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        params = {**dict(request.query), **dict(await request.post())}
        self.calls.append((time.monotonic(), name, {k: str(v) for k, v in params.items()}))
        self._notify()
        if self._http_errors.get(name):
            return web.Response(status=self._http_errors[name].pop(0), text="Internal error")
        if self._errors.get(name):
            code = self._errors[name].pop(0)
            return web.json_response(
                {
                    "error": {
                        "error_code": code,
                        "error_msg": f"injected {code}",
                        "request_params": [],
                    }
                }
            )
        group = self.communities.get(str(params.get("access_token")))
        if group is None:
            return web.json_response(
                {
                    "error": {
                        "error_code": 5,
                        "error_msg": "User authorization failed",
                        "request_params": [],
                    }
                }
            )
        if name == "messages.sendMessageEventAnswer" and self._answer_late(params):
            self.refused_answers.append(params)
            return web.json_response(
                {
                    "error": {
                        "error_code": 100,
                        "error_msg": "One of the parameters specified was missing or invalid:"
                        " event_id is outdated",
                        "request_params": [],
                    }
                }
            )
        refusal = self._refusal(name, params)
        if refusal:
            return web.json_response(
                {"error": {"error_code": refusal, "error_msg": "refused", "request_params": []}}
            )
        handler = getattr(self, "_m_" + name.replace(".", "_"), None)
        if name == "utils.getServerTime" and self.server_time is None:
            handler = None
        if handler is None:
            return web.json_response(
                {"error": {"error_code": 3, "error_msg": "Unknown method", "request_params": []}}
            )
        response = handler({**params, "_group": group})
        if name == "messages.send" and self.before_answer is not None:
            await self.before_answer(params)
        return web.json_response({"response": response})

    def _m_groups_getById(self, params: dict[str, Any]) -> Any:
        # VK answers for the community asked for (any public one), else the token's own
        group = {
            "id": int(params.get("group_id") or params["_group"]),
            "name": "Гимназия",
            "screen_name": "school",
            "type": "group",
            "is_closed": 0,
        }
        return {"groups": [group], "profiles": []}

    def _m_groups_getLongPollServer(self, params: dict[str, Any]) -> Any:
        lp = "/lp" if params["_group"] == GROUP_ID else f"/lp/{params['_group']}"
        return {
            "key": f"key{self._key}",
            "server": f"{self.base_url}{lp}",
            # the command's server keeps what was written before the bot first polled
            "ts": "1" if self.control else str(len(self._updates) + 1),
        }

    def _m_groups_getMembers(self, params: dict[str, Any]) -> Any:
        managers = self.managers_of.get(params["_group"], self.managers)
        return {
            "count": len(managers),
            "items": [{"id": m, "role": "administrator"} for m in managers],
        }

    def _m_utils_getServerTime(self, params: dict[str, Any]) -> Any:
        assert self.server_time is not None
        return self.server_time()

    def _m_users_get(self, params: dict[str, Any]) -> Any:
        ids = [int(i) for i in str(params.get("user_ids", "")).split(",") if i]
        return [{"id": i, "first_name": f"User{i}", "last_name": "Test"} for i in ids]

    def _refusal(self, name: str, params: dict[str, Any]) -> int | None:
        """A whole-call error VK gives for this call: 912 for a message with a keyboard while
        the community's bot capabilities are off."""
        if name == "messages.send" and params.get("keyboard") and not self.bot_capabilities:
            return 912
        return None

    def _m_messages_send(self, params: dict[str, Any]) -> Any:
        """VK's messages.send: a peer that already got this random_id from us (within
        `dedupe_window` seconds; None: VK's documented "whole history") gets nothing new and
        the same message id back; a peer in `closed` gets an error item (901). `on_send`
        runs after the delivery is recorded and before the answer (tests kill the bot there:
        "VK accepted, the bot never heard")."""
        self.raw_sends += 1
        peers = [int(p) for p in str(params.get("peer_ids") or params.get("peer_id")).split(",")]
        keyboard = json.loads(params["keyboard"]) if params.get("keyboard") else None
        random_id = int(params.get("random_id", 0))
        results: dict[int, Any] = {}
        fresh: list[int] = []
        for peer in peers:
            if peer in self.closed:
                results[peer] = {
                    "code": 901,
                    "description": "Can't send messages for users without permission",
                }
                continue
            earlier = self._remembered_id(peer, random_id)
            if earlier is not None:
                self.deduplicated += 1
                results[peer] = earlier
                continue
            results[peer] = next(self._ids)
            if random_id:
                self._remembered[(peer, random_id)] = (time.monotonic(), results[peer])
            fresh.append(peer)
        if fresh:
            self.sent.append(
                SentMessage(
                    fresh,
                    str(params.get("message", "")),
                    keyboard,
                    params.get("attachment"),
                    random_id,
                    params["_group"],
                )
            )
        if self.on_send is not None:
            self.on_send(params)
        if "peer_ids" in params:
            return [_item(p, results[p], next(self._ids)) for p in peers]
        return results[peers[0]]

    def _remembered_id(self, peer: int, random_id: int) -> int | None:
        if not random_id or (peer, random_id) not in self._remembered:
            return None
        stamp, message_id = self._remembered[(peer, random_id)]
        if self.dedupe_window is not None and time.monotonic() - stamp > self.dedupe_window:
            return None
        return message_id

    def _m_messages_edit(self, params: dict[str, Any]) -> Any:
        return 1

    def _answer_late(self, params: dict[str, Any]) -> bool:
        pressed = self._pressed_at.get(str(params.get("event_id")))
        if self.answer_deadline is None or pressed is None:
            return False
        return time.monotonic() - pressed > self.answer_deadline

    def _m_messages_sendMessageEventAnswer(self, params: dict[str, Any]) -> Any:
        self.event_answers.append(params)
        return 1

    def _m_docs_getMessagesUploadServer(self, params: dict[str, Any]) -> Any:
        return {"upload_url": f"{self.base_url}/upload"}

    def _m_docs_save(self, params: dict[str, Any]) -> Any:
        name, _ = json.loads(params["file"])
        doc = {
            "id": next(self._ids),
            "owner_id": -params["_group"],
            "title": params.get("title", name),
        }
        self.saved_docs.append(doc)
        return {"type": "doc", "doc": doc}

    async def _file(self, request: web.Request) -> web.Response:
        self.file_requests.append(request.match_info["name"])
        self._notify()
        await asyncio.sleep(self.file_delay)
        data = self.hosted.get(request.match_info["name"])
        if data is None:
            return web.Response(status=404)
        return web.Response(body=data, content_type="application/octet-stream")

    async def _upload(self, request: web.Request) -> web.Response:
        reader = await request.multipart()
        part = await reader.next()
        assert part is not None
        filename = part.filename or "file"  # type: ignore[union-attr]
        data = await part.read()  # type: ignore[union-attr]
        self.uploads.append((filename, bytes(data)))
        return web.json_response({"file": json.dumps([filename, len(data)])})

    # --- control routes (the command) ------------------------------------------------

    async def _say(self, request: web.Request) -> web.Response:
        """{"from_id": 100, "text": "привет", "payload": {...}?, "peer_id": chat?}"""
        body = await request.json()
        update = self.push_message(
            int(body["from_id"]),
            str(body.get("text", "")),
            body.get("payload"),
            peer_id=body.get("peer_id"),
        )
        return web.json_response({"index": len(self._updates) - 1, "update": update})

    async def _press(self, request: web.Request) -> web.Response:
        """{"user_id": 100, "payload": {"a": "save"}}: a callback button pressed."""
        body = await request.json()
        update = self.push_callback(int(body["user_id"]), dict(body["payload"]))
        return web.json_response({"index": len(self._updates) - 1, "update": update})

    async def _sent(self, request: web.Request) -> web.Response:
        """What the bot sent, from number `since` on: peers, text, buttons (label, payload)."""
        since = int(request.query.get("since", "0"))
        items = [
            {
                "i": i,
                "peers": m.peer_ids,
                "text": m.text,
                "buttons": [
                    {"label": b.get("label"), "payload": _json(b.get("payload"))}
                    for b in m.buttons()
                ],
                "attachment": m.attachment,
            }
            for i, m in enumerate(self.sent)
            if i >= since
        ]
        return web.json_response(items, dumps=lambda o: json.dumps(o, ensure_ascii=False))

    # --- long poll ---------------------------------------------------------------------

    async def _long_poll(self, request: web.Request) -> web.Response:
        query = {**dict(request.query), **dict(await request.post())}
        if self._fail_long_poll:
            self._fail_long_poll -= 1
            self._key += 1
            return web.json_response({"failed": 2})
        if query.get("key") != f"key{self._key}":
            return web.json_response({"failed": 2})
        ts = int(str(query.get("ts", 1)))
        if ts < self._history_from:
            return web.json_response({"failed": 1, "ts": str(self._history_from)})
        wait = min(float(str(query.get("wait", 25))), 25.0)
        assert self._changed is not None
        async with self._changed:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(
                    self._changed.wait_for(lambda: self._closing or len(self._updates) >= ts),
                    wait,
                )
        updates = self._updates[ts - 1 :]
        group = int(request.match_info.get("group", GROUP_ID))
        updates = [u for u in updates if u.get("group_id", GROUP_ID) == group]
        return web.json_response({"ts": str(len(self._updates) + 1), "updates": updates})

    def _notify(self) -> None:
        if self._changed is None:
            return

        async def wake() -> None:
            assert self._changed is not None
            async with self._changed:
                self._changed.notify_all()

        asyncio.get_running_loop().create_task(wake())


def _item(peer: int, result: Any, conversation_id: int) -> dict[str, Any]:
    """One recipient's item of a peer_ids answer: its message, or its error object."""
    if isinstance(result, dict):
        return {"peer_id": peer, "error": result}
    return {"peer_id": peer, "message_id": result, "conversation_message_id": conversation_id}


def _json(raw: Any) -> Any:
    """A button's payload as an object (VK keyboards carry it as JSON text)."""
    try:
        return json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return raw


def instructions(base_url: str, group_id: int) -> str:
    """How to point the bot at this server and talk to it (printed by the command)."""
    say = json.dumps({"from_id": 100, "text": "привет"}, ensure_ascii=False)
    press = json.dumps({"user_id": 100, "payload": {"a": "save"}})
    return "\n".join(
        [
            f"Local VK API: {base_url}/method/ (token test-token, community {group_id})",
            "Start the bot in another terminal (person 100 is the curator):",
            f"  VK_TOKEN=test-token VK_API_URL={base_url}/method/ BOT_ADMINS=100 "
            "BOT_DB=try.db python -m bot run",
            "Write as person 100, press a button (a payload from /sent), read the answers:",
            f"  curl -s {base_url}/say -d '{say}'",
            f"  curl -s {base_url}/press -d '{press}'",
            f"  curl -s '{base_url}/sent?since=0'",
        ]
    )


async def _serve(port: int) -> None:
    server = FakeVK(control=True)
    api = await server.start(port)
    print(instructions(api.removesuffix("/method/"), GROUP_ID), flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await server.stop()


def main() -> None:
    """`python -m tests.e2e.vk_server [--port N]`: serve until Ctrl-C."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.e2e.vk_server",
        description="a local VK-compatible API server to try the bot without a VK token",
    )
    parser.add_argument("--port", type=int, default=8099, help="port (default: 8099)")
    args = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.port))


if __name__ == "__main__":
    main()
