"""Files in and out of VK messages.

Out: docs.getMessagesUploadServer → POST the file to the upload URL → docs.save, giving the
attachment "doc<owner>_<id>" for messages.send. In: a plan sent as a document is fetched
from the URL VK puts in the message, size-checked before (the `size` VK reports, then
Content-Length) and while reading, so a document of any size VK allows (up to 200 MB)
costs at most MAX_DOWNLOAD bytes of memory. Any network failure becomes a DocumentError.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import aiohttp

from bot.exports.files import ExportFile
from bot.exports.limits import DEFAULT_LIMITS
from bot.transports.vk.api import HTTP_TIMEOUT, LimitedAPI

MAX_DOWNLOAD = DEFAULT_LIMITS.max_bytes  # the importer refuses anything bigger anyway
PLAN_EXTENSIONS = ("xlsx", "xlsm", "ods", "docx", "csv", "tsv", "txt")
TOO_LARGE = "too large"


class DocumentError(Exception):
    """An upload or download went wrong; the message says what ("too large" for a
    document over the limit, which the planner words as such)."""


@dataclass(frozen=True, slots=True)
class IncomingDocument:
    """A document a VK message carries: its file name, download URL and size in bytes."""

    filename: str
    url: str
    size: int


async def upload_document(api: LimitedAPI, peer_id: int, file: ExportFile) -> str:
    """Upload a file for a message to `peer_id`; returns the attachment string."""
    server = await api.request("docs.getMessagesUploadServer", {"type": "doc", "peer_id": peer_id})
    upload_url = server["response"]["upload_url"]
    form = aiohttp.FormData()
    form.add_field("file", file.data, filename=file.filename, content_type=file.content_type)
    async with (
        aiohttp.ClientSession(timeout=HTTP_TIMEOUT) as http,
        http.post(upload_url, data=form) as response,
    ):
        if response.status >= 400:
            raise DocumentError(f"upload failed with HTTP {response.status}")
        uploaded = await response.json(content_type=None)
    if "file" not in uploaded:
        raise DocumentError(f"upload refused: {uploaded.get('error', uploaded)}")
    saved = await api.request("docs.save", {"file": uploaded["file"], "title": file.filename})
    doc = saved["response"].get("doc") or saved["response"]
    return f"doc{doc['owner_id']}_{doc['id']}"


def plan_document(
    attachments: Sequence[Any] | None, *, any_kind: bool = False
) -> IncomingDocument | None:
    """The first spreadsheet or CSV among a message's attachments, if any; with `any_kind`
    the first document of any type (a message that is nothing but a file: an .xls, .pdf or
    picture sent as a plan gets the importer's reply naming what it is — attack x, #7)."""
    for item in attachments or ():
        data = item if isinstance(item, Mapping) else as_dict(item)
        if data.get("type") != "doc":
            continue
        doc = data.get("doc") or {}
        title = str(doc.get("title") or "")
        ext = str(doc.get("ext") or title.rpartition(".")[2]).lower()
        if (any_kind or ext in PLAN_EXTENSIONS) and doc.get("url"):
            name = title if title.lower().endswith(f".{ext}") else f"{title or 'plan'}.{ext}"
            return IncomingDocument(name, str(doc["url"]), int(doc.get("size") or 0))
    return None


def shared_post_text(attachments: Sequence[Any] | None) -> str | None:
    """The text of the first wall post shared into the message (VK «Поделиться → в
    сообщении»: an attachment of type "wall", its object a wall post with `text`; a post
    that is itself a repost has empty or short text of its own and the original in
    `copy_history`). The post's own text comes first, then the reposted texts; None when no
    shared post has text."""
    for item in attachments or ():
        data = item if isinstance(item, Mapping) else as_dict(item)
        post = data.get("wall") if data.get("type") == "wall" else None
        if not isinstance(post, Mapping):
            continue
        chain = [post, *(p for p in post.get("copy_history") or () if isinstance(p, Mapping))]
        texts = [str(p.get("text") or "").strip() for p in chain]
        joined = "\n\n".join(text for text in texts if text)
        if joined:
            return joined
    return None


MAX_FORWARD_DEPTH = 3  # forwarded messages inside forwarded messages: VK nests them


def forwarded_messages(forwarded: Sequence[Any] | None, depth: int = 0) -> list[Mapping[str, Any]]:
    """The messages forwarded with a message (VK «Переслать»: `fwd_messages`, each a message
    with `text`, `attachments` and maybe `fwd_messages` of its own), as plain dicts in
    reading order, nested ones after their parent, at most MAX_FORWARD_DEPTH levels deep."""
    found: list[Mapping[str, Any]] = []
    if depth >= MAX_FORWARD_DEPTH:
        return found
    for item in forwarded or ():
        data = item if isinstance(item, Mapping) else as_dict(item)
        if not data:
            continue
        found.append(data)
        found.extend(forwarded_messages(data.get("fwd_messages"), depth + 1))
    return found


def forwarded_from_others(
    forwarded: Sequence[Any] | None, community: int | None
) -> list[Mapping[str, Any]]:
    """The forwarded messages (`fwd_messages`, as plain dicts) without those community
    `community` (a VK group id; None: keep all) wrote itself — the bot's own reminder, card
    or notice sent back — at every depth: the bot's words are not an announcement (attack z,
    2026-12-03, #3: a reminder forwarded back became a new event «Напоминание: …»; a reply
    to the bot's message was already read as written)."""
    kept: list[Mapping[str, Any]] = []
    for item in forwarded or ():
        data = item if isinstance(item, Mapping) else as_dict(item)
        if not data:
            continue
        author = data.get("from_id")
        if community is not None and isinstance(author, int) and author == -community:
            continue
        nested = data.get("fwd_messages")
        if nested:
            data = {**data, "fwd_messages": forwarded_from_others(nested, community)}
        kept.append(data)
    return kept


def forwarded_text(forwarded: Sequence[Any] | None) -> str | None:
    """The text of the forwarded messages (attack x, 2026-12-03, #3: a colleague's
    announcement forwarded was «не понял»): each one's own text, or the wall post shared in
    it, joined by blank lines; None when none has any."""
    texts = []
    for message in forwarded_messages(forwarded):
        own = str(message.get("text") or "").strip()
        text = own or shared_post_text(message.get("attachments"))
        if text:
            texts.append(text)
    return "\n\n".join(texts) or None


def forwarded_document(forwarded: Sequence[Any] | None) -> IncomingDocument | None:
    """The first plan file attached to a forwarded message, if any."""
    for message in forwarded_messages(forwarded):
        document = plan_document(message.get("attachments"))
        if document is not None:
            return document
    return None


# attachments the bot cannot read, by the word its reply names them with (VK docs, "Media
# attachments": their `type`); a message of these alone gets «attachment_unread»
UNREAD_KINDS = {
    "photo": "photo",
    "graffiti": "photo",
    "video": "video",
    "audio_message": "voice",
    "audio": "audio",
    "sticker": "sticker",
    "link": "link",
    "poll": "other",
    "market": "other",
    "gift": "other",
    "story": "other",
    "call": "other",
}


def unread_kind(attachments: Sequence[Any] | None) -> str | None:
    """What a message with no text brought that the bot does not read: "photo", "voice",
    "video", "audio", "sticker", "link" or "other" (the first attachment's); None when there
    is no attachment or one the bot reads (a document, a wall post)."""
    kinds = []
    for item in attachments or ():
        data = item if isinstance(item, Mapping) else as_dict(item)
        kind = str(getattr(data.get("type"), "value", data.get("type")) or "")
        if kind in ("doc", "wall"):
            return None
        kinds.append(UNREAD_KINDS.get(kind, "other"))
    return kinds[0] if kinds else None


async def download(document: IncomingDocument, limit: int = MAX_DOWNLOAD) -> bytes:
    """The document's bytes; raises DocumentError("too large") for a file over `limit`
    (never read whole) and DocumentError for a URL that cannot be fetched (bad address,
    refused connection, timeout, HTTP error, broken transfer)."""
    if document.size > limit:
        raise DocumentError(TOO_LARGE)
    try:
        return await _fetch(document.url, limit)
    except DocumentError:
        raise
    except (TimeoutError, aiohttp.ClientError, ValueError, OSError) as error:
        raise DocumentError(f"download failed: {type(error).__name__}") from error


async def _fetch(url: str, limit: int) -> bytes:
    chunks, total = [], 0
    async with (
        aiohttp.ClientSession(timeout=HTTP_TIMEOUT) as http,
        http.get(url) as response,
    ):
        if response.status >= 400:
            raise DocumentError(f"download failed with HTTP {response.status}")
        if (response.content_length or 0) > limit:
            raise DocumentError(TOO_LARGE)
        async for chunk in response.content.iter_chunked(64 * 1024):
            total += len(chunk)
            if total > limit:
                raise DocumentError(TOO_LARGE)
            chunks.append(chunk)
    return b"".join(chunks)


def as_dict(item: Any) -> Mapping[str, Any]:
    """vkbottle's attachment models, as plain dicts."""
    dump = getattr(item, "model_dump", None) or getattr(item, "dict", None)
    if dump is None:
        return {}
    data = dump()
    return data if isinstance(data, Mapping) else {}
