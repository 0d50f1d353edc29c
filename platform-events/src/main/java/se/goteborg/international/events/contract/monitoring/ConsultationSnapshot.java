package se.goteborg.international.events.contract.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An EU consultation ("Have your say") and the city's response, as it stands after a change.
 *
 * @param consultationId  the aggregate id (also the Kafka key)
 * @param title           the consultation's title
 * @param reference       the Commission's reference, e.g. Ares(2024)1234567
 * @param feedbackStart   first day of the feedback window
 * @param feedbackEnd     last day of the feedback window
 * @param topics          topics, lower case
 * @param responseStatus  CONSIDERING, DRAFTING, SUBMITTED or NOT_ANSWERING
 * @param responsibleUnit the unit preparing the city's answer; may be null
 * @param itemId          the watched item it concerns; may be null
 */
public record ConsultationSnapshot(UUID consultationId, String title, String reference, LocalDate feedbackStart,
                                   LocalDate feedbackEnd, List<String> topics, String responseStatus,
                                   String responsibleUnit, UUID itemId) {
}
