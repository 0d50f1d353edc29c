package se.goteborg.international.partnership.partnership;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.goteborg.international.events.contract.partnership.PartnershipEvents;
import se.goteborg.international.events.outbox.Outbox;
import se.goteborg.international.service.problem.ApiException;

/** Use cases on partnerships. Each change and its event commit together through the outbox. */
@Service
public class PartnershipService {

    private final PartnershipRepository repository;
    private final Outbox outbox;
    private final Clock clock;

    PartnershipService(PartnershipRepository repository, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Partnership propose(ProposePartnershipRequest request) {
        Partnership partnership = Partnership.propose(request.kind(), request.cityName(), request.countryCode(),
                clock.instant());
        repository.insert(partnership);
        outbox.append(PartnershipEvents.PROPOSED, partnership.id().toString(), partnership.proposedEvent());
        return partnership;
    }

    @Transactional(readOnly = true)
    public Partnership get(UUID id) {
        return repository.find(id).orElseThrow(() -> ApiException.notFound("partnership", id));
    }
}
