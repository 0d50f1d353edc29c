package se.goteborg.international.reporting.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.goteborg.international.events.envelope.EventEnvelope;
import se.goteborg.international.reporting.partnership.PartnershipProjection.MembershipRow;
import se.goteborg.international.reporting.partnership.PartnershipProjection.PartnershipRow;

import static se.goteborg.international.reporting.readmodel.Sql.array;
import static se.goteborg.international.reporting.readmodel.Sql.list;
import static se.goteborg.international.reporting.readmodel.Sql.ts;

/**
 * Writes of the partnership, activity and membership read models. A row takes an event only if the
 * event is newer than the one it reflects ((time, id) order), so arrival order and repeats do not matter.
 */
@Repository
class PartnershipView {

    private final JdbcClient jdbc;

    PartnershipView(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsertPartnership(int gen, PartnershipRow r, EventEnvelope e) {
        int took = jdbc.sql("""
                insert into partnership_view as v (gen, partnership_id, kind, status, city_name, country_code,
                    responsible_unit, mutual_benefit, priority_areas, kf_decided_on, agreement_start, agreement_end,
                    renewal_due, ended_on, first_seen, status_since, last_event_id, last_event_time)
                values (:gen, :id, :kind, :status, :city, :country, :unit, :benefit, %s, :kf, :aStart, :aEnd,
                    :renewal, :ended, :time, :time, :eventId, :time)
                on conflict (gen, partnership_id) do update
                   set kind = excluded.kind, status = excluded.status, city_name = excluded.city_name,
                       country_code = excluded.country_code, responsible_unit = excluded.responsible_unit,
                       mutual_benefit = excluded.mutual_benefit, priority_areas = excluded.priority_areas,
                       kf_decided_on = excluded.kf_decided_on, agreement_start = excluded.agreement_start,
                       agreement_end = excluded.agreement_end, renewal_due = excluded.renewal_due,
                       ended_on = excluded.ended_on,
                       status_since = case when v.status = excluded.status then v.status_since else excluded.status_since end,
                       last_event_id = excluded.last_event_id, last_event_time = excluded.last_event_time
                 where (v.last_event_time, v.last_event_id) < (excluded.last_event_time, excluded.last_event_id)"""
                        .formatted(array("areas")))
                .param("gen", gen).param("id", r.id()).param("kind", r.kind()).param("status", r.status())
                .param("city", r.cityName()).param("country", r.countryCode()).param("unit", r.responsibleUnit())
                .param("benefit", r.mutualBenefit()).param("areas", list(r.priorityAreas()))
                .param("kf", r.kfDecidedOn()).param("aStart", r.agreementStart()).param("aEnd", r.agreementEnd())
                .param("renewal", r.renewalDue()).param("ended", r.endedOn())
                .param("eventId", e.id()).param("time", ts(e.time()))
                .update();
        if (took == 1) {
            return; // inserted, or newer than every event the row saw: first_seen is already <= its time
        }
        // an older event arriving late still tells when the partnership first appeared
        jdbc.sql("update partnership_view set first_seen = :time where gen = :gen and partnership_id = :id and first_seen > :time")
                .param("gen", gen).param("id", r.id()).param("time", ts(e.time())).update();
    }

    void recordActivity(int gen, UUID activityId, UUID partnershipId, String type, String title, LocalDate start,
                        List<String> units) {
        jdbc.sql("""
                insert into partnership_activity (gen, activity_id, partnership_id, activity_type, title, start_date, units)
                values (:gen, :id, :partnership, :type, :title, :start, %s)
                on conflict (gen, activity_id) do update
                   set activity_type = excluded.activity_type, title = excluded.title,
                       start_date = excluded.start_date, units = excluded.units""".formatted(array("units")))
                .param("gen", gen).param("id", activityId).param("partnership", partnershipId).param("type", type)
                .param("title", title).param("start", start).param("units", list(units))
                .update();
    }

    void upsertMembership(int gen, MembershipRow m, EventEnvelope e) {
        int took = jdbc.sql("""
                insert into membership_view as v (gen, membership_id, organisation, status, purpose, yearly_cost, currency,
                    responsible_unit, review_date, ended_on, first_seen, status_since, last_event_id, last_event_time)
                values (:gen, :id, :org, :status, :purpose, :cost, :currency, :unit, :review, :ended, :time, :time,
                    :eventId, :time)
                on conflict (gen, membership_id) do update
                   set organisation = excluded.organisation, status = excluded.status, purpose = excluded.purpose,
                       yearly_cost = excluded.yearly_cost, currency = excluded.currency,
                       responsible_unit = excluded.responsible_unit, review_date = excluded.review_date,
                       ended_on = excluded.ended_on,
                       status_since = case when v.status = excluded.status then v.status_since else excluded.status_since end,
                       last_event_id = excluded.last_event_id, last_event_time = excluded.last_event_time
                 where (v.last_event_time, v.last_event_id) < (excluded.last_event_time, excluded.last_event_id)""")
                .param("gen", gen).param("id", m.id()).param("org", m.organisation()).param("status", m.status())
                .param("purpose", m.purpose()).param("cost", m.yearlyCost()).param("currency", m.currency())
                .param("unit", m.responsibleUnit()).param("review", m.reviewDate()).param("ended", m.endedOn())
                .param("eventId", e.id()).param("time", ts(e.time()))
                .update();
        if (took == 1) {
            return; // as for partnerships
        }
        jdbc.sql("update membership_view set first_seen = :time where gen = :gen and membership_id = :id and first_seen > :time")
                .param("gen", gen).param("id", m.id()).param("time", ts(e.time())).update();
    }
}
