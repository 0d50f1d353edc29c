-- Loads the issue's scale into reporting's ACTIVE read-model generation: 5,000 partnerships,
-- 50,000 projects, 20,000 legislative items (+ 40,000 assessments, 20,000 activities, 500
-- memberships, alerts, consultations). Straight into the read-model tables: it measures the
-- queries at volume, not ingestion. Every row is marked "Bench" and is removed by bench.sh --clean
-- (a rebuild drops them too: they are not on the topics).
\set ON_ERROR_STOP on
begin;
select active as gen from report_generation \gset

insert into partnership_view (gen, partnership_id, kind, status, city_name, country_code, responsible_unit,
    mutual_benefit, priority_areas, kf_decided_on, agreement_start, agreement_end, renewal_due, first_seen,
    status_since, last_event_id, last_event_time)
select :gen, gen_random_uuid(), case when i % 10 = 0 then 'TWIN_CITY' else 'PARTNER_CITY' end,
       (array['PROPOSED','ACTIVE','ACTIVE','ACTIVE','DORMANT','ENDED'])[1 + i % 6], 'Bench city ' || i, 'DE',
       'Bench unit ' || (i % 40), case when i % 7 = 0 then null else 'benefit' end,
       array[(array['OWN_OPERATIONS','BUSINESS_DEVELOPMENT','EXTERNAL_MONITORING'])[1 + i % 3]],
       case when i % 20 = 0 then null else date '2015-01-01' end, date '2015-01-01',
       date '2020-01-01' + (i % 3000), date '2020-01-01' + (i % 3000), now() - interval '3 years',
       now() - interval '2 years', gen_random_uuid(), now() - interval '1 year'
  from generate_series(1, 5000) i;

insert into partnership_activity (gen, activity_id, partnership_id, activity_type, title, start_date, units)
select :gen, gen_random_uuid(), p.partnership_id, 'MEETING', 'Bench meeting', current_date - (random() * 900)::int, '{}'
  from partnership_view p cross join generate_series(1, 4) k
 where p.gen = :gen and p.city_name like 'Bench city %';

insert into membership_view (gen, membership_id, organisation, status, purpose, yearly_cost, currency,
    responsible_unit, review_date, first_seen, status_since, last_event_id, last_event_time)
select :gen, gen_random_uuid(), 'Bench network ' || i, (array['PROPOSED','ACTIVE','ENDED'])[1 + i % 3],
       case when i % 9 = 0 then null else 'purpose' end, 1000, 'EUR', 'Bench unit ' || (i % 40),
       current_date + (i % 400) - 100, now() - interval '2 years', now() - interval '2 years', gen_random_uuid(), now()
  from generate_series(1, 500) i;

insert into project_view (gen, project_id, title, status, programme, eu_funded, call_identifier, lead_unit,
    priority_area, other_priority_areas, start_date, end_date, currency, total_budget, external_grant,
    own_contribution, granted_amount, grant_decision_date, benefit, competing, submitted_on, first_seen,
    status_since, last_event_id, last_event_time)
select :gen, gen_random_uuid(), 'Bench project ' || i,
       (array['IDEA','APPLICATION_SUBMITTED','GRANTED','REJECTED','ONGOING','COMPLETED','WITHDRAWN'])[1 + i % 7],
       (array['HORIZON_EUROPE','INTERREG_OKS','ERDF','ESF_PLUS','LIFE','ERASMUS_PLUS'])[1 + i % 6], i % 10 <> 0,
       'BENCH-CALL-' || (i % 20000), 'Bench unit ' || (i % 37),
       (array['OWN_OPERATIONS','BUSINESS_DEVELOPMENT','EXTERNAL_MONITORING'])[1 + i % 3], '{}',
       date '2021-01-01' + (i % 1500), date '2023-01-01' + (i % 1500), case when i % 5 = 0 then 'SEK' else 'EUR' end,
       1000000, 650000, 350000, case when i % 7 in (2, 4, 5) then 600000 end,
       case when i % 7 in (2, 4, 5) then date '2021-01-01' + (i % 1500) end,
       case when i % 11 = 0 then null else 'benefit' end, false, date '2020-06-01' + (i % 1500),
       now() - interval '2 years', now() - interval '1 year', gen_random_uuid(), now()
  from generate_series(1, 50000) i;

insert into project_partnership (gen, project_id, partnership_id)
select :gen, pr.project_id, pa.partnership_id
  from (select project_id, row_number() over () as n from project_view where gen = :gen and title like 'Bench project %') pr
  join (select partnership_id, row_number() over () as n from partnership_view where gen = :gen and city_name like 'Bench city %') pa
    on pa.n = 1 + pr.n % 5000
 where pr.n % 3 = 0;

insert into project_indicator (gen, project_id, code, name, unit, baseline, target, latest_actual)
select :gen, project_id, 'RCO' || (80 + (abs(hashtext(project_id::text)) % 10)), 'Bench indicator', 'things', 0, 10, 4
  from project_view where gen = :gen and title like 'Bench project %';

insert into milestone_overdue (gen, project_id, milestone_id, title, kind, due_date)
select :gen, project_id, gen_random_uuid(), 'Bench report', 'REPORTING_DEADLINE', current_date - 10
  from project_view where gen = :gen and title like 'Bench project %' and status = 'ONGOING' limit 2000;

insert into legislation_item_view (gen, item_id, celex, title, item_type, stage, proposal_date, first_seen,
    last_event_id, last_event_time)
select :gen, gen_random_uuid(), 'BENCH' || i, 'Bench act ' || i, 'REGULATION',
       (array['PROPOSED','UNDER_NEGOTIATION','ADOPTED','PUBLISHED','IN_FORCE','WITHDRAWN'])[1 + i % 6],
       date '2019-01-01' + (i % 2500), now() - interval '1 year', gen_random_uuid(), now()
  from generate_series(1, 20000) i;

insert into assessment_view (gen, assessment_id, item_id, unit, relevance, expected_impact, actions,
    responsible_unit, due_date, status, first_seen, last_event_id, last_event_time)
select :gen, gen_random_uuid(), item_id, 'Bench unit ' || (k * 7 % 40), (array['HIGH','MEDIUM','LOW','NONE'])[1 + cast(k % 4 as int)],
       case when k % 13 = 0 then null else 'impact' end, 'actions', 'Bench unit ' || (k % 40),
       current_date + cast(k % 200 as int) - 100, (array['OPEN','IN_PROGRESS','DONE'])[1 + cast(k % 3 as int)], now() - interval '1 year',
       gen_random_uuid(), now()
  from (select item_id, row_number() over () as k from legislation_item_view
         where gen = :gen and celex like 'BENCH%') i cross join generate_series(1, 2) r;

insert into consultation_view (gen, consultation_id, title, reference, feedback_end, response_status,
    responsible_unit, answered_on, last_event_id, last_event_time)
select :gen, gen_random_uuid(), 'Bench consultation ' || i, 'Ares(bench)' || i, date '2022-01-01' + i,
       (array['CONSIDERING','DRAFTING','SUBMITTED','NOT_ANSWERING'])[1 + i % 4], 'Bench unit ' || (i % 40),
       case when i % 4 = 2 then date '2022-01-01' + i end, gen_random_uuid(), now()
  from generate_series(1, 1000) i;

insert into alert_view (gen, alert_id, unit, reason, subject_type, subject_id, item_id, raised_at)
select :gen, gen_random_uuid(), 'Bench unit ' || (i % 40), 'NEW_MATCH', 'ITEM', gen_random_uuid(), null,
       now() - (i % 700) * interval '1 day'
  from generate_series(1, 10000) i;
commit;
analyze;
