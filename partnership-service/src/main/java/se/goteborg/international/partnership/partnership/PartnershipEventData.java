package se.goteborg.international.partnership.partnership;

import java.util.List;

import se.goteborg.international.events.contract.partnership.DecisionData;
import se.goteborg.international.events.contract.partnership.PartnershipSnapshot;
import se.goteborg.international.partnership.shared.Decision;

/** Maps the domain to the event contract: what reporting needs, without personal data (contacts). */
final class PartnershipEventData {

    private PartnershipEventData() {
    }

    static PartnershipSnapshot snapshot(Partnership p) {
        PartnershipProfile pr = p.profile();
        return new PartnershipSnapshot(p.id(), p.kind().name(), p.status().name(), pr.city().name(),
                pr.city().localName(), pr.city().countryCode(), pr.city().latitude(), pr.city().longitude(),
                pr.priorityAreas().stream().map(Enum::name).sorted().toList(),
                pr.cooperationAreas().stream().sorted().toList(), pr.mutualBenefit(), pr.responsibleUnit(),
                pr.meetingCadence(), decisions(p.decisions()), pr.agreement().start(), pr.agreement().end(),
                pr.agreement().renewalDue(), p.dormantSince(), p.dormantReason(), p.endedOn(), p.endedReason(),
                p.version());
    }

    static DecisionData decision(Decision d) {
        return d == null ? null : new DecisionData(d.body().name(), d.decidedOn(), d.caseReference());
    }

    static List<DecisionData> decisions(List<Decision> ds) {
        return ds.stream().map(PartnershipEventData::decision).toList();
    }
}
