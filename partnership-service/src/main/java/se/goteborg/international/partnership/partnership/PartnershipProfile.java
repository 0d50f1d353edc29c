package se.goteborg.international.partnership.partnership;

import java.util.List;
import java.util.Set;

import se.goteborg.international.partnership.shared.PriorityArea;
import se.goteborg.international.partnership.shared.Texts;

/**
 * What describes a partnership and may be edited without a lifecycle command: the city, what it
 * serves, the mutual benefit, who is responsible, contacts, meeting cadence and agreement terms.
 */
public record PartnershipProfile(City city, Set<PriorityArea> priorityAreas, Set<String> cooperationAreas,
                                 String mutualBenefit, String responsibleUnit, List<Contact> contacts,
                                 String meetingCadence, AgreementTerms agreement) {

    public PartnershipProfile {
        priorityAreas = priorityAreas == null ? Set.of() : Set.copyOf(priorityAreas);
        cooperationAreas = cooperationAreas == null ? Set.of() : Set.copyOf(cooperationAreas);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        agreement = agreement == null ? AgreementTerms.NONE : agreement;
        mutualBenefit = Texts.clean(mutualBenefit);
        responsibleUnit = Texts.clean(responsibleUnit);
        meetingCadence = Texts.clean(meetingCadence);
    }

    public PartnershipProfile withAgreement(AgreementTerms terms) {
        return new PartnershipProfile(city, priorityAreas, cooperationAreas, mutualBenefit, responsibleUnit, contacts,
                meetingCadence, terms);
    }
}
