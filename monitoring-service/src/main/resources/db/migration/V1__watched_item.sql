-- A watched item (mostly an EU act or proposal); the monitoring issue adds dates, assessments and alerts.
create table watched_item (
    id          uuid primary key,
    celex       text unique,
    title       text        not null,
    stage       text        not null,
    version     bigint      not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
