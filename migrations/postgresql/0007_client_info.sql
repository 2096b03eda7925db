-- PostgreSQL mirror of migrations/0007: what each person's VK app can show, by VK id.
CREATE TABLE client_info (
    vk_id            BIGINT   PRIMARY KEY,
    keyboard         BOOLEAN  NOT NULL,
    inline_keyboard  BOOLEAN  NOT NULL,
    callback         BOOLEAN  NOT NULL,
    updated_at       BIGINT   NOT NULL
);
