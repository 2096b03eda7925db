"""Video-call services named as the place of an online event («в Zoom», «…, Телемост»).

A Russian announcement names an online event's place by the service it runs on, with «в»
(«в Zoom», «в Сферуме») or as a bare item of the message's list («…, 10А, Zoom»). Lower
case, as bot.core.language.tokens.normalize gives the text; the names in Latin and in
Cyrillic, with the case endings of the Cyrillic ones.
"""

from __future__ import annotations

PLATFORMS = (
    r"zoom|зум[еау]?|teams|тимс[еа]?|jitsi(?:\s+meet)?|джитси|телемост[еау]?|сферум[еау]?"
    r"|skype|скайп[еау]?|google\s+meet|(?:vk|вк)[\s-]*(?:звонк(?:и|ах|е|ов|ом)|звонок|call)"
)
