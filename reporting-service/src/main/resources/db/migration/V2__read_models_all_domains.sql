-- Read models for every domain, in generations: each table carries "gen", the generation it belongs
-- to. Queries read the active generation only; a rebuild fills the next generation from the topics
-- while the active one keeps serving, then one update of report_generation switches over.
-- last_event_time/last_event_id say which event a row reflects, so an older or repeated event
-- never overwrites a newer one. No check constraints on codes: a new value upstream must not stop
-- the listener.
drop table partnership_view;
drop table read_model_progress;

create table report_generation (
    singleton  boolean primary key default true check (singleton),
    active     int not null,
    building   int,             -- the generation a rebuild is filling; live events go to it too
    switched_at timestamptz
);
insert into report_generation (active) values (1);

-- which events a generation took in: makes every read-model write idempotent per generation
create table applied_event (
    gen        int  not null,
    event_id   uuid not null,
    primary key (gen, event_id)
);

create table read_model_progress (
    gen             int         not null,
    read_model      text        not null,
    events_applied  bigint      not null,
    last_event_time timestamptz,
    last_event_id   uuid,
    primary key (gen, read_model)
);

create table rebuild_run (
    id             bigserial primary key,
    gen            int         not null,
    status         text        not null,  -- RUNNING, SWITCHED, FAILED
    started_at     timestamptz not null default now(),
    finished_at    timestamptz,
    records_target bigint      not null default 0,
    records_read   bigint      not null default 0,
    error          text
);

create table partnership_view (
    gen              int         not null,
    partnership_id   uuid        not null,
    kind             text        not null,
    status           text        not null,
    city_name        text        not null,
    country_code     text,
    responsible_unit text,
    mutual_benefit   text,
    priority_areas   text[]      not null default '{}',
    kf_decided_on    date,        -- earliest KF decision; null when KF never decided
    agreement_start  date,
    agreement_end    date,
    renewal_due      date,
    ended_on         date,
    first_seen       timestamptz not null,  -- time of the earliest event seen: "registered"
    status_since     timestamptz not null,
    last_event_id    uuid        not null,
    last_event_time  timestamptz not null,
    primary key (gen, partnership_id)
);
create index partnership_view_kind_status on partnership_view (gen, kind, status);
create index partnership_view_unit on partnership_view (gen, responsible_unit);

create table partnership_activity (
    gen            int  not null,
    activity_id    uuid not null,
    partnership_id uuid not null,
    activity_type  text not null,
    title          text,
    start_date     date not null,
    units          text[] not null default '{}',
    primary key (gen, activity_id)
);
create index partnership_activity_by_partnership on partnership_activity (gen, partnership_id, start_date);

create table membership_view (
    gen              int         not null,
    membership_id    uuid        not null,
    organisation     text        not null,
    status           text        not null,
    purpose          text,
    yearly_cost      numeric(19, 2),
    currency         text,
    responsible_unit text,
    review_date      date,
    ended_on         date,
    first_seen       timestamptz not null,
    status_since     timestamptz not null,
    last_event_id    uuid        not null,
    last_event_time  timestamptz not null,
    primary key (gen, membership_id)
);
create index membership_view_status on membership_view (gen, status);

create table project_view (
    gen                  int         not null,
    project_id           uuid        not null,
    title                text        not null,
    status               text        not null,
    programme            text,
    eu_funded            boolean     not null,
    call_identifier      text,
    lead_unit            text,
    priority_area        text,
    other_priority_areas text[]      not null default '{}',
    start_date           date,
    end_date             date,
    currency             text        not null,
    total_budget         numeric(19, 2),
    external_grant       numeric(19, 2),
    own_contribution     numeric(19, 2),
    granted_amount       numeric(19, 2),
    grant_decision_date  date,
    benefit              text,
    competing            boolean     not null default false,
    submitted_on         date,        -- when it went to APPLICATION_SUBMITTED, as far as events tell
    first_seen           timestamptz not null,
    status_since         timestamptz not null,
    last_event_id        uuid        not null,
    last_event_time      timestamptz not null,
    primary key (gen, project_id)
);
create index project_view_status on project_view (gen, status);
create index project_view_call on project_view (gen, call_identifier) where call_identifier is not null;
create index project_view_unit on project_view (gen, lead_unit);
create index project_view_grant_year on project_view (gen, grant_decision_date);

create table project_partnership (
    gen            int  not null,
    project_id     uuid not null,
    partnership_id uuid not null,
    primary key (gen, project_id, partnership_id)
);
create index project_partnership_by_partnership on project_partnership (gen, partnership_id);

create table project_indicator (
    gen              int  not null,
    project_id       uuid not null,
    code             text not null,
    name             text,
    unit             text,
    baseline         numeric(19, 4),
    target           numeric(19, 4),
    latest_actual    numeric(19, 4),
    latest_reported_on date,
    primary key (gen, project_id, code)
);

create table milestone_overdue (
    gen          int  not null,
    project_id   uuid not null,
    milestone_id uuid not null,
    title        text,
    kind         text,
    due_date     date not null,
    primary key (gen, milestone_id)
);

create table legislation_item_view (
    gen               int         not null,
    item_id           uuid        not null,
    celex             text,
    title             text,
    item_type         text,
    stage             text        not null,
    proposal_date     date,
    transposition_deadline date,
    first_seen        timestamptz not null,
    last_event_id     uuid        not null,
    last_event_time   timestamptz not null,
    primary key (gen, item_id)
);
create index legislation_item_stage on legislation_item_view (gen, stage);

create table assessment_view (
    gen              int         not null,
    assessment_id    uuid        not null,
    item_id          uuid        not null,
    unit             text        not null,
    relevance        text        not null,
    expected_impact  text,
    actions          text,
    responsible_unit text,
    due_date         date,
    status           text        not null,
    first_seen       timestamptz not null,
    last_event_id    uuid        not null,
    last_event_time  timestamptz not null,
    primary key (gen, assessment_id)
);
create index assessment_view_unit on assessment_view (gen, unit, relevance);
create index assessment_view_due on assessment_view (gen, due_date) where status <> 'DONE';
create index assessment_view_item on assessment_view (gen, item_id, unit);

create table consultation_view (
    gen              int         not null,
    consultation_id  uuid        not null,
    title            text,
    reference        text,
    feedback_end     date,
    response_status  text        not null,
    responsible_unit text,
    answered_on      date,
    last_event_id    uuid        not null,
    last_event_time  timestamptz not null,
    primary key (gen, consultation_id)
);

create table alert_view (
    gen          int         not null,
    alert_id     uuid        not null,
    unit         text        not null,
    reason       text        not null,
    subject_type text,
    subject_id   uuid,
    item_id      uuid,
    raised_at    timestamptz not null,
    primary key (gen, alert_id)
);
create index alert_view_match on alert_view (gen, item_id, unit) where reason = 'NEW_MATCH';

-- Rates used to report amounts in SEK: one per currency and year (the Commission's yearly average
-- of its monthly accounting rates). The rows below are EXAMPLE values for a local run; the city
-- maintains the real ones.
create table exchange_rate (
    currency text          not null,
    year     int           not null,
    sek      numeric(12, 6) not null,
    source   text          not null,
    primary key (currency, year)
);
insert into exchange_rate (currency, year, sek, source) values
    ('EUR', 2022, 10.630000, 'example: EC InforEuro yearly average'),
    ('EUR', 2023, 11.470000, 'example: EC InforEuro yearly average'),
    ('EUR', 2024, 11.430000, 'example: EC InforEuro yearly average'),
    ('EUR', 2025, 11.100000, 'example: EC InforEuro yearly average'),
    ('EUR', 2026, 11.000000, 'example: EC InforEuro yearly average');
