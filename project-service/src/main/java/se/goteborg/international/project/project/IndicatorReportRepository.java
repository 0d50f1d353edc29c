package se.goteborg.international.project.project;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IndicatorReportRepository {

    private final JdbcClient jdbc;

    IndicatorReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID projectId, IndicatorReport r, Instant now) {
        jdbc.sql("""
                insert into indicator_report (id, project_id, indicator_code, reported_on, value, note, created_at)
                values (:id, :project, :code, :on, :value, :note, :now)""")
                .param("id", r.id()).param("project", projectId).param("code", r.indicatorCode())
                .param("on", r.reportedOn()).param("value", r.value()).param("note", r.note())
                .param("now", Timestamp.from(now)).update();
    }

    List<IndicatorReport> list(UUID projectId) {
        return jdbc.sql("""
                select * from indicator_report where project_id = :project order by indicator_code, reported_on, created_at""")
                .param("project", projectId)
                .query((rs, n) -> new IndicatorReport(rs.getObject("id", UUID.class), rs.getString("indicator_code"),
                        rs.getObject("reported_on", LocalDate.class), rs.getBigDecimal("value"), rs.getString("note")))
                .list();
    }
}
