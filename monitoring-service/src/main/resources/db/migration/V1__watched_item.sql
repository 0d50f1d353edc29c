-- Omvärldsbevakning: watched EU items, their history, units' assessments, consultations,
-- subscriptions and alerts, and what the feed connector has seen.

create table watched_item (
    id                     uuid primary key,
    celex                  text unique,
    procedure_ref          text,
    eli                    text,
    title_sv               text,
    title_en               text,
    item_type              text        not null check (item_type in
                               ('REGULATION','DIRECTIVE','DECISION','PROPOSAL','COMMUNICATION','RECOMMENDATION','OTHER')),
    stage                  text        not null check (stage in
                               ('PROPOSED','UNDER_NEGOTIATION','ADOPTED','PUBLISHED','IN_FORCE','WITHDRAWN','REJECTED')),
    proposal_date          date,
    adoption_date          date,
    publication_date       date,
    entry_into_force       date[]      not null default '{}',
    application_date       date,
    transposition_deadline date,
    subject_areas          text[]      not null default '{}',
    source_link            text,
    proposal_item_id       uuid references watched_item (id),
    origin                 text        not null check (origin in ('MANUAL','FEED','DEMO')),
    version                bigint      not null default 0,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    check (title_sv is not null or title_en is not null)
);
create index watched_item_stage on watched_item (stage);
create index watched_item_procedure on watched_item (procedure_ref);
create index watched_item_subjects on watched_item using gin (subject_areas);

-- Every change of stage or date (and other fields): who or what, when, from what to what.
create table item_history (
    id          bigserial primary key,
    item_id     uuid        not null references watched_item (id),
    field       text        not null,
    old_value   text,
    new_value   text,
    changed_by  text        not null,
    reason      text,
    changed_at  timestamptz not null
);
create index item_history_item on item_history (item_id, id);

create table assessment (
    id               uuid primary key,
    item_id          uuid        not null references watched_item (id),
    unit             text        not null,
    relevance        text        not null check (relevance in ('HIGH','MEDIUM','LOW','NONE')),
    influence        text        not null check (influence in ('LEGAL','POLITICAL','BOTH')),
    expected_impact  text,
    actions          text,
    responsible_unit text        not null,
    due_date         date,
    status           text        not null check (status in ('OPEN','IN_PROGRESS','DONE')),
    project_ids      uuid[]      not null default '{}',
    partnership_ids  uuid[]      not null default '{}',
    version          bigint      not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    unique (item_id, unit)
);
create index assessment_due on assessment (due_date) where status <> 'DONE';

create table consultation (
    id               uuid primary key,
    title            text        not null,
    reference        text        not null unique,
    feedback_start   date        not null,
    feedback_end     date        not null,
    topics           text[]      not null default '{}',
    response_status  text        not null check (response_status in ('CONSIDERING','DRAFTING','SUBMITTED','NOT_ANSWERING')),
    responsible_unit text,
    item_id          uuid references watched_item (id),
    version          bigint      not null default 0,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    check (feedback_end >= feedback_start)
);

create table subscription (
    id         uuid primary key,
    unit       text        not null,
    kind       text        not null check (kind in ('SUBJECT_AREA','KEYWORD','ITEM')),
    value      text        not null,   -- lower-case subject area or keyword, or an item id
    created_at timestamptz not null,
    unique (unit, kind, value)
);
create index subscription_kind_value on subscription (kind, value);

-- One alert per unit and condition: the condition key makes a repeated check raise nothing new.
create table alert (
    id            uuid primary key,
    unit          text        not null,
    reason        text        not null,
    subject_type  text        not null,
    subject_id    uuid        not null,
    item_id       uuid,
    message       text        not null,
    condition_key text        not null,
    raised_at     timestamptz not null,
    unique (unit, condition_key)
);
create index alert_unit on alert (unit, raised_at desc);

-- Deadline events already announced (one per subject, kind and deadline date).
create table deadline_notice (
    subject_id uuid not null,
    kind       text not null,
    deadline   date not null,
    noticed_at timestamptz not null,
    primary key (subject_id, kind, deadline)
);

-- Feed entries already read, by guid (or link): reading a feed twice creates nothing new.
create table feed_entry (
    entry_key  text primary key,
    feed_url   text        not null,
    item_id    uuid references watched_item (id),
    seen_at    timestamptz not null
);
