-- Outgoing notifications exactly once (issue 9). A batch of up to 100 recipients of one
-- notification is claimed (its keys in sent_notifications plus one row here, with the batch's
-- stable VK random_id) in one transaction right before it is sent, and the row is deleted when
-- VK's answer has been recorded. A row still here after a crash is a batch that may or may not
-- have reached VK: it is sent again with the same random_id, and VK drops the repeat.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY,
    random_id    INTEGER NOT NULL,
    kind         TEXT    NOT NULL,   -- reminder | poll | poll_nudge | digest
    ref          TEXT    NOT NULL,   -- JSON: what the message is rebuilt from (event, side, …)
    items        TEXT    NOT NULL,   -- JSON [[key, peer_id], …]
    event_id     INTEGER,
    plain        INTEGER NOT NULL DEFAULT 0,  -- 1: VK refused its keyboard (912/911)
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,   -- not worth sending after this (UTC epoch seconds)
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_try_at  INTEGER NOT NULL
);
CREATE INDEX outbox_by_next_try ON outbox (next_try_at);

-- Recipients VK did not deliver to because they closed messages from the community (error
-- 901 in their item of a peer_ids answer): never retried, counted on the event's lists.
CREATE TABLE undelivered (
    key       TEXT    PRIMARY KEY,
    peer_id   INTEGER NOT NULL,
    event_id  INTEGER,
    code      INTEGER NOT NULL,
    at        INTEGER NOT NULL
);
CREATE INDEX undelivered_by_event ON undelivered (event_id, peer_id);
