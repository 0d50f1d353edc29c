package se.goteborg.international.project.milestone;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the milestone check daily, once across all instances (ShedLock on platform.shedlock). */
@Component
class MilestoneCheckJob {

    private static final Logger log = LoggerFactory.getLogger(MilestoneCheckJob.class);

    private final MilestoneService milestones;
    private final Clock clock;
    private final ZoneId zone;

    MilestoneCheckJob(MilestoneService milestones, Clock clock, @Value("${project.zone:Europe/Stockholm}") ZoneId zone) {
        this.milestones = milestones;
        this.clock = clock;
        this.zone = zone;
    }

    @Scheduled(cron = "${project.milestone-check-cron:0 15 6 * * *}", zone = "${project.zone:Europe/Stockholm}")
    @SchedulerLock(name = "project-milestone-check", lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
    void run() {
        int events = milestones.announceDueAndOverdue(LocalDate.now(clock.withZone(zone)));
        log.info("Milestone check announced {} milestone(s)", events);
    }
}
