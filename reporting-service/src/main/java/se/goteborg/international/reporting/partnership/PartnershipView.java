package se.goteborg.international.reporting.partnership;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.goteborg.international.events.contract.partnership.PartnershipActivityRecorded;
import se.goteborg.international.events.envelope.EventEnvelope;
import se.goteborg.international.reporting.partnership.PartnershipProjection.MembershipRow;
import se.goteborg.international.reporting.partnership.PartnershipProjection.PartnershipRow;
import se.goteborg.international.reporting.readmodel.RowHistory;

import static se.goteborg.international.reporting.readmodel.Sql.array;
import static se.goteborg.international.reporting.readmodel.Sql.list;
import static se.goteborg.international.reporting.readmodel.Sql.ts;

/**
 * Writes of the partnership, activity and membership read models. A row takes an event only if the
 * event is newer than the one it reflects ((time, id) order), so arrival order and repeats do not matter.
 * The upserts take a {@link RowHistory}: one event (live), or a rebuild poll's in-order events of the row.
 */
@Repository
class PartnershipView {

    private static final String UPSERT_PARTNERSHIP = """
            insert into partnership_view as v (gen, partnership_id, kind, status, city_name, country_code,
                responsible_unit, mutual_benefit, priority_areas, kf_decided_on, agreement_start, agreement_end,
                renewal_due, ended_on, first_seen, status_since, last_event_id, last_event_time)
            values (:gen, :id, :kind, :status, :city, :country, :unit, :benefit, %s, :kf, :aStart, :aEnd,
                :renewal, :ended, :firstSeen, :statusSince, :eventId, :time)
            on conflict (gen, partnership_id) do update
               set kind = excluded.kind, status = excluded.status, city_name = excluded.city_name,
                   country_code = excluded.country_code, responsible_unit = excluded.responsible_unit,
                   mutual_benefit = excluded.mutual_benefit, priority_areas = excluded.priority_areas,
                   kf_decided_on = excluded.kf_decided_on, agreement_start = excluded.agreement_start,
                   agreement_end = excluded.agreement_end, renewal_due = excluded.renewal_due,
                   ended_on = excluded.ended_on, %s""".formatted(array("areas"), RowHistory.SEEN_STATUS_LAST);

    private static final String UPSERT_MEMBERSHIP = """
            insert into membership_view as v (gen, membership_id, organisation, status, purpose, yearly_cost, currency,
                responsible_unit, review_date, ended_on, first_seen, status_since, last_event_id, last_event_time)
            values (:gen, :id, :org, :status, :purpose, :cost, :currency, :unit, :review, :ended, :firstSeen,
                :statusSince, :eventId, :time)
            on conflict (gen, membership_id) do update
               set organisation = excluded.organisation, status = excluded.status, purpose = excluded.purpose,
                   yearly_cost = excluded.yearly_cost, currency = excluded.currency,
                   responsible_unit = excluded.responsible_unit, review_date = excluded.review_date,
                   ended_on = excluded.ended_on, %s""".formatted(RowHistory.SEEN_STATUS_LAST);

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    PartnershipView(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void upsertPartnership(int gen, PartnershipRow r, EventEnvelope e) {
        // not taken: an older event arriving late still tells when the partnership first appeared
        if (upsertPartnerships(gen, List.of(RowHistory.of(r, r.status(), e)))[0] == 0) {
            lowerFirstSeen("partnership_view", "partnership_id", gen, r.id(), e);
        }
    }

    private void lowerFirstSeen(String table, String idColumn, int gen, UUID id, EventEnvelope e) {
        jdbc.sql("update " + table + " set first_seen = :time where gen = :gen and " + idColumn + " = :id and first_seen > :time")
                .param("gen", gen).param("id", id).param("time", ts(e.time())).update();
    }

    /** One upsert per history, batched; the update counts in order (0: the row holds a newer event). */
    int[] upsertPartnerships(int gen, List<RowHistory<PartnershipRow>> histories) {
        return batch.batchUpdate(UPSERT_PARTNERSHIP, histories.stream().map(h -> {
            PartnershipRow r = h.row();
            return (SqlParameterSource) h.params(gen).addValue("id", r.id()).addValue("kind", r.kind())
                    .addValue("status", r.status()).addValue("city", r.cityName()).addValue("country", r.countryCode())
                    .addValue("unit", r.responsibleUnit()).addValue("benefit", r.mutualBenefit())
                    .addValue("areas", list(r.priorityAreas())).addValue("kf", r.kfDecidedOn())
                    .addValue("aStart", r.agreementStart()).addValue("aEnd", r.agreementEnd())
                    .addValue("renewal", r.renewalDue()).addValue("ended", r.endedOn());
        }).toArray(SqlParameterSource[]::new));
    }

    /** Activities in arrival order (a repeated activity id takes the later one's fields). */
    void recordActivities(int gen, List<PartnershipActivityRecorded> activities) {
        if (activities.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                insert into partnership_activity (gen, activity_id, partnership_id, activity_type, title, start_date, units)
                values (:gen, :id, :partnership, :type, :title, :start, %s)
                on conflict (gen, activity_id) do update
                   set activity_type = excluded.activity_type, title = excluded.title,
                       start_date = excluded.start_date, units = excluded.units""".formatted(array("units")),
                activities.stream().map(a -> (SqlParameterSource) new MapSqlParameterSource().addValue("gen", gen)
                        .addValue("id", a.activityId()).addValue("partnership", a.partnershipId())
                        .addValue("type", a.activityType()).addValue("title", a.title())
                        .addValue("start", a.startDate()).addValue("units", list(a.units())))
                        .toArray(SqlParameterSource[]::new));
    }

    void upsertMembership(int gen, MembershipRow m, EventEnvelope e) {
        if (upsertMemberships(gen, List.of(RowHistory.of(m, m.status(), e)))[0] == 0) {
            lowerFirstSeen("membership_view", "membership_id", gen, m.id(), e); // as for partnerships
        }
    }

    int[] upsertMemberships(int gen, List<RowHistory<MembershipRow>> histories) {
        return batch.batchUpdate(UPSERT_MEMBERSHIP, histories.stream().map(h -> {
            MembershipRow m = h.row();
            return (SqlParameterSource) h.params(gen).addValue("id", m.id()).addValue("org", m.organisation())
                    .addValue("status", m.status()).addValue("purpose", m.purpose()).addValue("cost", m.yearlyCost())
                    .addValue("currency", m.currency()).addValue("unit", m.responsibleUnit())
                    .addValue("review", m.reviewDate()).addValue("ended", m.endedOn());
        }).toArray(SqlParameterSource[]::new));
    }
}
