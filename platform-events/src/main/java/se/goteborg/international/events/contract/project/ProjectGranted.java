package se.goteborg.international.events.contract.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Funding was granted to a project.
 *
 * @param projectId     the aggregate id
 * @param grantedAmount the amount granted, in {@code currency}
 * @param currency      EUR or SEK
 * @param decisionDate  date of the funder's decision
 * @param project       its state after the change
 */
public record ProjectGranted(UUID projectId, BigDecimal grantedAmount, String currency, LocalDate decisionDate,
                             ProjectSnapshot project) {
}
