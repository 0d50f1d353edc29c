package se.goteborg.international.partnership.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.goteborg.international.partnership.membership.MembershipService;
import se.goteborg.international.partnership.partnership.PartnershipService;
import se.goteborg.international.testsupport.PlatformIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data goes through the real use cases (so every rule holds for it and its events are
 * published) and loads once. Built by hand here so the module keeps one Spring context (no profile).
 */
@PlatformIntegrationTest
class DemoDataTest {

    @Autowired
    PartnershipService partnerships;

    @Autowired
    MembershipService memberships;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsTwinCitiesPartnerCitiesDormantOnesAndMembershipsOnce() {
        DemoData demo = new DemoData(partnerships, memberships, jdbc);
        demo.run(null);
        demo.run(null);

        assertThat(count("select count(*) from partnership where changed_by = 'demo-data' and kind = 'TWIN_CITY' and status = 'ACTIVE'"))
                .isEqualTo(3);
        assertThat(count("select count(*) from partnership where changed_by = 'demo-data' and kind = 'PARTNER_CITY' and status = 'ACTIVE'"))
                .isEqualTo(2);
        assertThat(count("select count(*) from partnership where changed_by = 'demo-data' and status = 'DORMANT'"))
                .isEqualTo(8);
        assertThat(count("select count(*) from membership where changed_by = 'demo-data' and status = 'ACTIVE'"))
                .isEqualTo(4);
        // invented references are labelled as examples
        assertThat(count("select count(*) from partnership where changed_by = 'demo-data'"
                + " and decisions::text not like '%(example)%'")).isZero();
        // through the use cases: every change has its event in the outbox
        assertThat(count("select count(*) from platform.outbox_event where payload like '%\"changedBy\":\"demo-data\"%'"))
                .isEqualTo(13 + 13 + 3 + 8 + 4 + 4);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
