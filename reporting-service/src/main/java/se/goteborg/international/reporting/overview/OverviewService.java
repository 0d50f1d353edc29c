package se.goteborg.international.reporting.overview;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import se.goteborg.international.reporting.partnership.PartnershipKind;
import se.goteborg.international.reporting.partnership.PartnershipView;
import se.goteborg.international.reporting.readmodel.ReadModelProgress;

@Service
class OverviewService {

    private final PartnershipView partnerships;
    private final ReadModelProgress progress;

    OverviewService(PartnershipView partnerships, ReadModelProgress progress) {
        this.partnerships = partnerships;
        this.progress = progress;
    }

    /** One snapshot for all queries, so the counts and "as of" describe the same moment. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    Overview overview(PartnershipKind kind) {
        return new Overview(partnerships.counts(kind), progress.asOf());
    }
}
