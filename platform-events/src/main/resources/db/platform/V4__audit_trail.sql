-- The audit trail every service keeps: who changed which item, when, and each field from → to.
-- Written by platform-service-support's AuditTrail in the same transaction as the change.
create table platform.audit_entry (
    id          uuid        not null primary key,
    item_type   text        not null,
    item_id     text        not null,
    action      text        not null,
    actor       text        not null,
    actor_unit  text,
    occurred_at timestamptz not null,
    changes     jsonb       not null
);
create index audit_entry_item on platform.audit_entry (item_type, item_id, occurred_at);
