create table partnership (
    id           uuid primary key,
    kind         text        not null check (kind in ('TWIN_CITY', 'PARTNER_CITY')),
    city_name    text        not null,
    country_code char(2)     not null,
    status       text        not null check (status in ('PROPOSED', 'ACTIVE', 'DORMANT', 'ENDED')),
    version      bigint      not null default 0,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index partnership_kind_status on partnership (kind, status);
