-- Removes what load.sql added (every bench row is named "Bench ..." or "BENCH...").
\set ON_ERROR_STOP on
begin;
delete from partnership_activity where title = 'Bench meeting';
delete from project_partnership pp using project_view p
 where p.gen = pp.gen and p.project_id = pp.project_id and p.title like 'Bench project %';
delete from project_indicator where name = 'Bench indicator';
delete from milestone_overdue where title = 'Bench report';
delete from project_view where title like 'Bench project %';
delete from partnership_view where city_name like 'Bench city %';
delete from membership_view where organisation like 'Bench network %';
delete from assessment_view where unit like 'Bench unit %';
delete from legislation_item_view where celex like 'BENCH%';
delete from consultation_view where title like 'Bench consultation %';
delete from alert_view where unit like 'Bench unit %';
commit;
