package se.goteborg.international.partnership.partnership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PartnershipRepository {

    private final JdbcClient jdbc;

    PartnershipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Partnership p) {
        jdbc.sql("""
                insert into partnership (id, kind, city_name, country_code, status, version, created_at, updated_at)
                values (:id, :kind, :city, :country, :status, :version, :created, :created)""")
                .param("id", p.id())
                .param("kind", p.kind().name())
                .param("city", p.cityName())
                .param("country", p.countryCode())
                .param("status", p.status().name())
                .param("version", p.version())
                .param("created", Timestamp.from(p.createdAt()))
                .update();
    }

    Optional<Partnership> find(UUID id) {
        return jdbc.sql("select * from partnership where id = :id").param("id", id)
                .query(PartnershipRepository::map).optional();
    }

    private static Partnership map(ResultSet rs, int row) throws SQLException {
        return new Partnership(rs.getObject("id", UUID.class), PartnershipKind.valueOf(rs.getString("kind")),
                rs.getString("city_name"), rs.getString("country_code"),
                PartnershipStatus.valueOf(rs.getString("status")), rs.getLong("version"),
                rs.getTimestamp("created_at").toInstant());
    }
}
