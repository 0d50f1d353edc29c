-- pgbench: the SQL of one POST /api/projects, as project-service sends it (checked against the
-- service's rows: same tables and indexes, same row sizes). In one transaction: the programme lookup,
-- the project row, the outbox row (a real ~1.1 KB CloudEvents envelope) and the audit entry (a real
-- ~1.4 KB field list: every field of a new project); after the commit, the response's SEK rate.
\set n random(1, 1000000000)
BEGIN;
select eu_funded from funding_programme where code = 'INTERREG_NORTH_SEA' and active;
insert into project (id, title, acronym, description, status, lead_unit_type, lead_unit_name, primary_priority_area,
    other_priority_areas, programme, call_identifier, start_date, end_date, currency, total_budget, external_grant,
    own_contribution, own_staff_time, granted_amount, grant_decision_date, rejection_reason, benefit, celex_numbers,
    partners, indicators, version, created_at, updated_at)
values (gen_random_uuid(), 'Bench project ' || :n, null, null, 'IDEA', 'FORVALTNING', 'Bench unit', 'BUSINESS_DEVELOPMENT',
    '{}', 'INTERREG_NORTH_SEA', null, '2026-01-01', '2028-12-31', 'SEK', 1000000.00, 600000.00, 400000.00, 100000.00,
    null, null, null, 'Benchmark data: an example project that is not real', '{}', '[]', '[]', 0, now(), now());
insert into platform.outbox_event (event_id, topic, message_key, event_type, payload, created_at, trace_headers)
values (gen_random_uuid(), 'intl.project.events.v1', gen_random_uuid()::text, 'se.goteborg.intl.project.registered.v1',
    $p${"specversion":"1.0","id":"ff5a3fe4-45fd-4fd7-92f8-33780ea1d5df","source":"urn:se:goteborg:intl:project-service","type":"se.goteborg.intl.project.registered.v1","subject":"63e27938-dba0-4724-93b2-404b047b3b36","time":"2026-11-28T09:23:05.769934734Z","datacontenttype":"application/json","dataversion":"1","actor":"department-system","data":{"projectId":"63e27938-dba0-4724-93b2-404b047b3b36","project":{"projectId":"63e27938-dba0-4724-93b2-404b047b3b36","title":"Bench project","acronym":null,"status":"IDEA","programme":"INTERREG_NORTH_SEA","euFunded":true,"callIdentifier":null,"leadUnitType":"FORVALTNING","leadUnitName":"Bench unit","primaryPriorityArea":"BUSINESS_DEVELOPMENT","otherPriorityAreas":[],"startDate":"2026-01-01","endDate":"2028-12-31","currency":"SEK","totalBudget":1000000.00,"externalGrant":600000.00,"ownContribution":400000.00,"ownStaffTimeContribution":100000.00,"coFinancingRate":0.6000,"grantedAmount":null,"grantDecisionDate":null,"rejectionReason":null,"benefitForGothenburg":"Benchmark data: an example project that is not real","partners":[],"indicators":[],"celexNumbers":[],"competingApplication":false,"version":0}}}$p$,
    now(), 'traceparent:00-5a4cd40bc29303565f30998a8b63e982-095c5b1c86a8d91d-01');
insert into platform.audit_entry (id, item_type, item_id, action, actor, actor_unit, occurred_at, changes)
values (gen_random_uuid(), 'project', gen_random_uuid()::text, 'register', 'department-system', null, now(),
    cast($c$[{"to": "Benchmark data: an example project that is not real", "from": null, "field": "benefitForGothenburg"}, {"to": [], "from": null, "field": "celexNumbers"}, {"to": 0.6000, "from": null, "field": "coFinancingRate"}, {"to": false, "from": null, "field": "competingApplication"}, {"to": "SEK", "from": null, "field": "currency"}, {"to": "2028-12-31", "from": null, "field": "endDate"}, {"to": true, "from": null, "field": "euFunded"}, {"to": 600000.00, "from": null, "field": "externalGrant"}, {"to": [], "from": null, "field": "indicators"}, {"to": "Bench unit", "from": null, "field": "leadUnitName"}, {"to": "FORVALTNING", "from": null, "field": "leadUnitType"}, {"to": [], "from": null, "field": "otherPriorityAreas"}, {"to": 400000.00, "from": null, "field": "ownContribution"}, {"to": 100000.00, "from": null, "field": "ownStaffTimeContribution"}, {"to": [], "from": null, "field": "partners"}, {"to": "BUSINESS_DEVELOPMENT", "from": null, "field": "primaryPriorityArea"}, {"to": "INTERREG_NORTH_SEA", "from": null, "field": "programme"}, {"to": "63e27938-dba0-4724-93b2-404b047b3b36", "from": null, "field": "projectId"}, {"to": "2026-01-01", "from": null, "field": "startDate"}, {"to": "IDEA", "from": null, "field": "status"}, {"to": "Bench project", "from": null, "field": "title"}, {"to": 1000000.00, "from": null, "field": "totalBudget"}, {"to": 0, "from": null, "field": "version"}]$c$ as jsonb));
COMMIT;
select * from exchange_rate where month <= date '2026-01-01' order by month desc limit 1;
