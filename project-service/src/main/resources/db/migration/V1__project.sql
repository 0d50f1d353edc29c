-- Funding programmes: a managed list (new ones are added through the API, not code).
create table funding_programme (
    code       text primary key,
    name       text    not null,
    eu_funded  boolean not null,
    active     boolean not null default true
);
insert into funding_programme (code, name, eu_funded) values
    ('HORIZON_EUROPE', 'Horizon Europe', true),
    ('INTERREG_OKS', 'Interreg Öresund-Kattegat-Skagerrak', true),
    ('INTERREG_NORTH_SEA', 'Interreg North Sea', true),
    ('INTERREG_BALTIC_SEA', 'Interreg Baltic Sea Region', true),
    ('INTERREG_EUROPE', 'Interreg Europe', true),
    ('ERDF', 'European Regional Development Fund (ERDF)', true),
    ('ESF_PLUS', 'European Social Fund Plus (ESF+)', true),
    ('ERASMUS_PLUS', 'Erasmus+', true),
    ('LIFE', 'LIFE Programme', true),
    ('CEF', 'Connecting Europe Facility (CEF)', true),
    ('CREATIVE_EUROPE', 'Creative Europe', true),
    ('URBACT', 'URBACT', true),
    ('DIGITAL_EUROPE', 'Digital Europe', true),
    ('CERV', 'Citizens, Equality, Rights and Values (CERV)', true),
    ('SIDA_ICLD', 'Sida through ICLD', false),
    ('NORDIC_COUNCIL', 'Nordic Council of Ministers', false);

-- The project aggregate. Partners and indicator definitions live in it as JSON (always read and
-- written with the project); reports and milestones have tables of their own.
create table project (
    id                      uuid primary key,
    title                   text        not null,
    acronym                 text,
    description             text,
    status                  text        not null,
    lead_unit_type          text,
    lead_unit_name          text,
    primary_priority_area   text        not null,
    other_priority_areas    text[]      not null default '{}',
    programme               text        not null references funding_programme (code),
    call_identifier         text,
    start_date              date        not null,
    end_date                date        not null,
    currency                text        not null,
    total_budget            numeric(15, 2) not null,
    external_grant          numeric(15, 2) not null,
    own_contribution        numeric(15, 2) not null,
    own_staff_time          numeric(15, 2) not null,
    granted_amount          numeric(15, 2),
    grant_decision_date     date,
    rejection_reason        text,
    benefit                 text,
    celex_numbers           text[]      not null default '{}',
    partners                jsonb       not null default '[]',
    indicators              jsonb       not null default '[]',
    version                 bigint      not null default 0,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    constraint project_period check (end_date > start_date),
    constraint project_money check (total_budget >= 0 and external_grant >= 0 and own_contribution >= 0
        and own_staff_time >= 0 and external_grant <= total_budget and coalesce(granted_amount, 0) >= 0)
);
create index project_status on project (status);
create index project_call on project (upper(call_identifier)) where call_identifier is not null;
create index project_partners on project using gin (partners jsonb_path_ops);

-- Dated actual values of a project's indicators.
create table indicator_report (
    id             uuid primary key,
    project_id     uuid           not null references project (id),
    indicator_code text           not null,
    reported_on    date           not null,
    value          numeric(15, 2) not null,
    note           text,
    created_at     timestamptz    not null
);
create index indicator_report_project on indicator_report (project_id, indicator_code, reported_on);

-- Milestones and reporting deadlines; *_announced_at records that the due-soon / overdue event went
-- out, so the scheduler never announces the same milestone and condition twice.
create table milestone (
    id                    uuid primary key,
    project_id            uuid        not null references project (id),
    title                 text        not null,
    kind                  text        not null,
    due_date              date        not null,
    done_on               date,
    due_soon_announced_at timestamptz,
    overdue_announced_at  timestamptz,
    created_at            timestamptz not null
);
create index milestone_open on milestone (due_date) where done_on is null;

-- Competing applications already announced, one row per pair (lower id first).
create table competing_application (
    project_a       uuid        not null references project (id),
    project_b       uuid        not null references project (id),
    call_identifier text        not null,
    detected_at     timestamptz not null,
    primary key (project_a, project_b),
    check (project_a < project_b)
);

-- Monthly EUR→SEK rates (the Commission publishes them monthly), e.g. loaded from CSV.
create table exchange_rate (
    month      date           primary key,   -- first day of the month
    eur_to_sek numeric(12, 6) not null check (eur_to_sek > 0),
    source     text           not null,
    loaded_at  timestamptz    not null
);
