package se.goteborg.international.partnership.projectlink;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local view of which projects involve each partnership ({@code project_link}), kept from
 * project-service's events; project-service owns the projects themselves.
 */
@Component
public class ProjectLinks {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProjectLinks(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<LinkedProject> forPartnership(UUID partnershipId) {
        return jdbc.sql("""
                select project_id, project_title, project_status, partner_names::text from project_link
                where partnership_id = :id order by project_title, project_id""")
                .param("id", partnershipId)
                .query((rs, i) -> new LinkedProject(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        json.readValue(rs.getString(4), STRINGS)))
                .list();
    }

    /**
     * Replaces the links of one project with those of its latest state, unless a newer event was
     * already applied (events of one project arrive in order, but a replay may bring older ones).
     */
    void replace(UUID projectId, String title, String status, List<Link> links, Instant eventTime) {
        Instant newest = jdbc.sql("select last_event_time from project_link where project_id = :id order by last_event_time desc limit 1")
                .param("id", projectId).query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
        if (newest != null && newest.isAfter(eventTime)) {
            return;
        }
        jdbc.sql("delete from project_link where project_id = :id").param("id", projectId).update();
        for (Link link : links) {
            jdbc.sql("""
                    insert into project_link (project_id, partnership_id, project_title, project_status, partner_names,
                        last_event_time) values (:project, :partnership, :title, :status, cast(:names as jsonb), :time)""")
                    .param("project", projectId).param("partnership", link.partnershipId()).param("title", title)
                    .param("status", status).param("names", json.writeValueAsString(link.partnerNames()))
                    .param("time", Timestamp.from(eventTime)).update();
        }
    }

    /** One partnership a project involves, through the named partner organisations. */
    record Link(UUID partnershipId, List<String> partnerNames) {
    }
}
