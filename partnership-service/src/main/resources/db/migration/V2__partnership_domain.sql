-- The partnership domain: the full description of a partnership, its decisions and lifecycle,
-- activities, memberships, the managed cooperation-area vocabulary, and the local view of projects.

-- Cooperation areas are a managed vocabulary: data the city can extend, not code.
create table cooperation_area (
    code    text primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_en text not null,
    name_sv text not null,
    active  boolean not null default true
);
insert into cooperation_area (code, name_en, name_sv) values
    ('SCHOOL',       'School and education',      'Skola och utbildning'),
    ('WELFARE',      'Welfare and social affairs', 'Välfärd och sociala frågor'),
    ('CULTURE',      'Culture',                   'Kultur'),
    ('BUSINESS',     'Business and trade',        'Näringsliv'),
    ('ENVIRONMENT',  'Environment and climate',   'Miljö och klimat'),
    ('MOBILITY',     'Mobility and transport',    'Mobilitet och transport'),
    ('URBAN_PLANNING', 'Urban planning',          'Stadsplanering'),
    ('DIGITALISATION', 'Digitalisation',          'Digitalisering'),
    ('DEMOCRACY',    'Democracy and governance',  'Demokrati och styrning'),
    ('YOUTH',        'Youth and sport',           'Unga och idrott');

alter table partnership
    add column local_name       text,
    add column latitude         numeric(9, 6),
    add column longitude        numeric(9, 6),
    add column priority_areas   jsonb not null default '[]',
    add column mutual_benefit   text,
    add column responsible_unit text,
    add column contacts         jsonb not null default '[]',
    add column meeting_cadence  text,
    add column decisions        jsonb not null default '[]',
    add column agreement_start  date,
    add column agreement_end    date,
    add column renewal_due      date,
    add column dormant_since    date,
    add column dormant_reason   text,
    add column ended_on         date,
    add column ended_reason     text,
    add column changed_by       text not null default 'anonymous';
create index partnership_country on partnership (country_code);
create index partnership_unit on partnership (lower(responsible_unit));

create table partnership_cooperation_area (
    partnership_id uuid not null references partnership (id) on delete cascade,
    area_code      text not null references cooperation_area (code),
    primary key (partnership_id, area_code)
);
create index partnership_cooperation_area_code on partnership_cooperation_area (area_code);

create table partnership_activity (
    id             uuid primary key,
    partnership_id uuid        not null references partnership (id) on delete cascade,
    type           text        not null,
    title          text        not null,
    start_date     date        not null,
    end_date       date,
    place          text,
    theme          text,
    host           text,
    participants   jsonb       not null default '[]',
    units          jsonb       not null default '[]',
    outcomes       text,
    priority_areas jsonb       not null default '[]',
    recorded_at    timestamptz not null,
    recorded_by    text        not null
);
create index partnership_activity_partnership on partnership_activity (partnership_id, start_date desc);

create table membership (
    id               uuid primary key,
    organisation     text        not null,
    status           text        not null check (status in ('PROPOSED', 'ACTIVE', 'ENDED')),
    purpose          text,
    yearly_cost      numeric(14, 2),
    currency         char(3),
    responsible_unit text,
    review_date      date,
    decisions        jsonb       not null default '[]',
    ended_on         date,
    ended_reason     text,
    version          bigint      not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    changed_by       text        not null default 'anonymous'
);
create index membership_status on membership (status);

-- Projects (owned by project-service) that involve a partnership, kept from project events.
create table project_link (
    project_id      uuid        not null,
    partnership_id  uuid        not null,
    project_title   text        not null,
    project_status  text        not null,
    partner_names   jsonb       not null default '[]',
    last_event_time timestamptz not null,
    primary key (project_id, partnership_id)
);
create index project_link_partnership on project_link (partnership_id);
