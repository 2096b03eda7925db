-- What each person's VK app can show (from `client_info` of their latest message): replies
-- to them carry only keyboards and button types the app supports. Keyed by VK id, because
-- the app is known before the person is identified (and for people never stored).
CREATE TABLE client_info (
    vk_id            INTEGER PRIMARY KEY,
    keyboard         INTEGER NOT NULL,
    inline_keyboard  INTEGER NOT NULL,
    callback         INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
