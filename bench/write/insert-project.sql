-- pgbench: what POST /api/projects writes in its one transaction: the project row, the audit entry and
-- the outbox row (the CloudEvents envelope, about the size the service writes). Same database, same tables.
\set n random(1, 1000000000)
BEGIN;
insert into project (id, title, acronym, description, status, lead_unit_type, lead_unit_name, primary_priority_area,
    other_priority_areas, programme, call_identifier, start_date, end_date, currency, total_budget, external_grant,
    own_contribution, own_staff_time, granted_amount, grant_decision_date, rejection_reason, benefit, celex_numbers,
    partners, indicators, version, created_at, updated_at)
values (gen_random_uuid(), 'Bench project ' || :n, null, null, 'IDEA', 'FORVALTNING', 'Bench unit', 'BUSINESS_DEVELOPMENT',
    '{}', 'INTERREG_NORTH_SEA', null, '2026-01-01', '2028-12-31', 'SEK', 1000000.00, 600000.00, 400000.00, 100000.00,
    null, null, null, 'Benchmark data: an example project that is not real', '{}', '[]', '[]', 0, now(), now());
insert into platform.audit_entry (id, item_type, item_id, action, actor, actor_unit, occurred_at, changes)
values (gen_random_uuid(), 'project', gen_random_uuid()::text, 'created', 'department-system', null, now(),
    '[{"field":"title","from":null,"to":"Bench project"},{"field":"status","from":null,"to":"IDEA"}]');
insert into platform.outbox_event (event_id, topic, message_key, event_type, payload, created_at, trace_headers)
values (gen_random_uuid(), 'intl.project.events.v1', gen_random_uuid()::text, 'se.goteborg.intl.project.created.v1',
    repeat('{"specversion":"1.0","type":"se.goteborg.intl.project.created.v1","data":{"title":"Bench project"}}', 12),
    now(), 'traceparent=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
COMMIT;
