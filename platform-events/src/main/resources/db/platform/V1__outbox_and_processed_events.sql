-- The transactional outbox: one row per event, written in the transaction of the change it records.
create table platform.outbox_event (
    id           bigserial primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    message_key  text        not null,
    event_type   text        not null,
    payload      text        not null,          -- the CloudEvents envelope, exactly as published
    created_at   timestamptz not null,
    published_at timestamptz
);
-- the relay reads only unpublished rows, in id order
create index outbox_event_unpublished on platform.outbox_event (id) where published_at is null;

-- Events this service has applied, per consumer: the idempotency record of the inbox.
create table platform.processed_event (
    consumer      text        not null,
    event_id      uuid        not null,
    event_type    text        not null,
    topic         text        not null,
    partition_no  int         not null,
    record_offset bigint      not null,
    processed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);
