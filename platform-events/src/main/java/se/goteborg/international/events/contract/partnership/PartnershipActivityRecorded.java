package se.goteborg.international.events.contract.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Something happened within a partnership: a visit, delegation, meeting, agreement signed or conference.
 *
 * @param partnershipId the partnership (also the Kafka key, so activities stay in order with its changes)
 * @param activityId    the activity's own id
 * @param activityType  VISIT, DELEGATION, MEETING, AGREEMENT_SIGNED, CONFERENCE or OTHER
 * @param title         short title
 * @param startDate     when it took place (or starts)
 * @param endDate       last day, for activities over several days
 * @param place         where
 * @param theme         e.g. the theme of the biennial twin-city meeting
 * @param host          the hosting city or organisation
 * @param participants  people or organisations taking part
 * @param units         the city's units taking part
 * @param outcomes      what came of it
 * @param priorityAreas the priority areas it served
 * @param partnership   the partnership's state at the time
 * @param changedBy     who recorded it
 */
public record PartnershipActivityRecorded(UUID partnershipId, UUID activityId, String activityType, String title,
                                          LocalDate startDate, LocalDate endDate, String place, String theme,
                                          String host, List<String> participants, List<String> units,
                                          String outcomes, List<String> priorityAreas,
                                          PartnershipSnapshot partnership, String changedBy) {
}
