-- Partnerships as reporting sees them: the latest known state of each, built from partnership events.
-- last_event_time/last_event_id say which event the row reflects, so an older or repeated event
-- never overwrites a newer one.
create table partnership_view (
    partnership_id  uuid primary key,
    kind            text        not null,  -- no check constraint: a new kind upstream must not stop the listener
    status          text        not null,
    city_name       text        not null,
    country_code    text        not null,
    last_event_id   uuid        not null,
    last_event_time timestamptz not null,
    updated_at      timestamptz not null
);
-- the overview groups by kind and by status
create index partnership_view_kind_status on partnership_view (kind, status);

-- How far each read model has come: events taken in (each once) and the newest event time seen.
create table read_model_progress (
    read_model      text primary key,
    events_applied  bigint      not null,
    last_event_time timestamptz,
    updated_at      timestamptz not null
);

-- Events of a type or version this build does not know, kept whole (the envelope as received)
-- so a later build can replay them instead of losing them.
create table parked_event (
    event_id   uuid primary key,
    event_type text        not null,
    subject    text        not null,
    topic      text        not null,
    payload    text        not null,
    parked_at  timestamptz not null default now()
);
create index parked_event_type on parked_event (event_type);
