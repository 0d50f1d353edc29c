-- The project aggregate's core; the project issue adds budget, partners, indicators and milestones.
create table project (
    id          uuid primary key,
    title       text        not null,
    status      text        not null,
    version     bigint      not null default 0,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
