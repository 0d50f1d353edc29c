package se.goteborg.international.events.contract.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A watched item's reportable state after a change, carried by every item event so consumers can
 * upsert without calling back.
 *
 * @param itemId                the aggregate id (also the Kafka key)
 * @param celex                 CELEX number, e.g. 32024R1689; null when unknown
 * @param procedureReference    interinstitutional procedure, e.g. 2021/0106(COD); null when unknown
 * @param eli                   European Legislation Identifier once adopted; may be null
 * @param titleSv               Swedish title where known
 * @param titleEn               English title where known
 * @param type                  REGULATION, DIRECTIVE, DECISION, PROPOSAL, COMMUNICATION, RECOMMENDATION, OTHER
 * @param stage                 PROPOSED, UNDER_NEGOTIATION, ADOPTED, PUBLISHED, IN_FORCE, WITHDRAWN, REJECTED
 * @param proposalDate          date of the Commission proposal
 * @param adoptionDate          date of adoption
 * @param publicationDate       date of publication in the Official Journal
 * @param entryIntoForce        entry-into-force dates (an act may enter into force in parts)
 * @param applicationDate       date of application
 * @param transpositionDeadline deadline for transposing a directive into national law
 * @param subjectAreas          subject areas, lower case (e.g. "ai", "cybersecurity")
 * @param sourceLink            where the item was found (EUR-Lex link)
 * @param proposalItemId        for an adopted act: the watched item of its proposal; may be null
 */
public record LegislationItemSnapshot(UUID itemId, String celex, String procedureReference, String eli,
                                      String titleSv, String titleEn, String type, String stage,
                                      LocalDate proposalDate, LocalDate adoptionDate, LocalDate publicationDate,
                                      List<LocalDate> entryIntoForce, LocalDate applicationDate,
                                      LocalDate transpositionDeadline, List<String> subjectAreas, String sourceLink,
                                      UUID proposalItemId) {
}
