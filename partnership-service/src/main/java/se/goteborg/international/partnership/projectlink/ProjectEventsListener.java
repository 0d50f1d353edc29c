package se.goteborg.international.partnership.projectlink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import se.goteborg.international.events.EventCatalog;
import se.goteborg.international.events.EventType;
import se.goteborg.international.events.Topics;
import se.goteborg.international.events.consumer.EventInbox;
import se.goteborg.international.events.contract.project.CompetingApplicationDetected;
import se.goteborg.international.events.contract.project.IndicatorReported;
import se.goteborg.international.events.contract.project.MilestoneDueSoon;
import se.goteborg.international.events.contract.project.MilestoneOverdue;
import se.goteborg.international.events.contract.project.ProjectGranted;
import se.goteborg.international.events.contract.project.ProjectRegistered;
import se.goteborg.international.events.contract.project.ProjectSnapshot;
import se.goteborg.international.events.contract.project.ProjectStatusChanged;
import se.goteborg.international.events.contract.project.ProjectUpdated;
import se.goteborg.international.events.envelope.EventEnvelope;
import se.goteborg.international.events.envelope.MalformedEventException;

/**
 * Keeps {@link ProjectLinks} from project-service's events: every project event carries the project's
 * snapshot, whose partner organisations may name a partnership. Each event is applied once (the inbox
 * records it in the same transaction); malformed ones are dead-lettered by the platform's error
 * handler; types this build does not know are skipped, since no project link can be read from them.
 */
@Component
class ProjectEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ProjectEventsListener.class);

    private final EventInbox inbox;
    private final ProjectLinks links;

    ProjectEventsListener(EventInbox inbox, ProjectLinks links) {
        this.inbox = inbox;
        this.links = links;
    }

    @KafkaListener(topics = Topics.PROJECT_EVENTS)
    void on(ConsumerRecord<String, String> record) {
        inbox.process(record, this::apply);
    }

    private void apply(EventEnvelope envelope) {
        Optional<EventType<?>> type = EventCatalog.byWireType(envelope.type());
        if (type.isEmpty() || !Topics.PROJECT_EVENTS.equals(type.get().topic())) {
            log.debug("Skipping {} {}: not a project event this build knows", envelope.type(), envelope.id());
            return;
        }
        Object payload = inbox.codec().payload(envelope, type.get());
        if (!carriesSnapshot(payload)) {
            log.debug("Skipping {} {}: this build reads no project snapshot from it", envelope.type(), envelope.id());
            return;
        }
        ProjectSnapshot project = snapshotOf(payload);
        if (project == null || project.projectId() == null || project.title() == null || project.status() == null) {
            throw new MalformedEventException(envelope.type() + " " + envelope.id() + " lacks the project snapshot");
        }
        if (!project.projectId().toString().equals(envelope.subject())) {
            throw new MalformedEventException(envelope.type() + " " + envelope.id() + ": subject does not match projectId");
        }
        links.replace(project.projectId(), project.title(), project.status(), linksOf(project), envelope.time());
    }

    /** Which partnerships the project involves, with the partner organisations that make the link. */
    private static List<ProjectLinks.Link> linksOf(ProjectSnapshot project) {
        Map<UUID, List<String>> byPartnership = new LinkedHashMap<>();
        if (project.partners() != null) {
            for (ProjectSnapshot.Partner partner : project.partners()) {
                if (partner != null && partner.partnershipId() != null) {
                    byPartnership.computeIfAbsent(partner.partnershipId(), id -> new ArrayList<>()).add(partner.name());
                }
            }
        }
        return byPartnership.entrySet().stream().map(e -> new ProjectLinks.Link(e.getKey(), e.getValue())).toList();
    }

    private static boolean carriesSnapshot(Object payload) {
        return payload instanceof ProjectRegistered || payload instanceof ProjectUpdated
                || payload instanceof ProjectStatusChanged || payload instanceof ProjectGranted
                || payload instanceof IndicatorReported || payload instanceof MilestoneDueSoon
                || payload instanceof MilestoneOverdue || payload instanceof CompetingApplicationDetected;
    }

    private static ProjectSnapshot snapshotOf(Object payload) {
        if (payload instanceof ProjectRegistered e) {
            return e.project();
        } else if (payload instanceof ProjectUpdated e) {
            return e.project();
        } else if (payload instanceof ProjectStatusChanged e) {
            return e.project();
        } else if (payload instanceof ProjectGranted e) {
            return e.project();
        } else if (payload instanceof IndicatorReported e) {
            return e.project();
        } else if (payload instanceof MilestoneDueSoon e) {
            return e.project();
        } else if (payload instanceof MilestoneOverdue e) {
            return e.project();
        } else if (payload instanceof CompetingApplicationDetected e) {
            return e.project();
        }
        return null;
    }
}
