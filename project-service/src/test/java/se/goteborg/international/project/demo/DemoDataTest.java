package se.goteborg.international.project.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import se.goteborg.international.project.exchangerate.ExchangeRates;
import se.goteborg.international.project.milestone.MilestoneService;
import se.goteborg.international.project.project.ProjectService;
import se.goteborg.international.testsupport.PlatformIntegrationTest;

/** The demo loader (profile demo) goes through the use cases; run here in the shared context. */
@PlatformIntegrationTest
class DemoDataTest {

    @Autowired
    RestTestClient http;
    @Autowired
    ProjectService projects;
    @Autowired
    MilestoneService milestones;
    @Autowired
    ExchangeRates rates;
    @Autowired
    JdbcClient jdbc;

    @Test
    void demoProjectsAreRegisteredWithPartnerCitiesAndACompetingApplication() {
        new DemoData(projects, milestones, rates, jdbc).load();
        http.get().uri("/api/projects?q=[DEMO]&size=50").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(12)
                .jsonPath("$.items[?(@.acronym == 'SED')].competingApplications[0].title")
                .isEqualTo("[DEMO] Energy Communities Göteborg");
        http.get().uri("/api/projects?partnershipId=" + DemoData.PARTNERSHIPS.get("Bergen")).exchange().expectBody()
                .jsonPath("$.items[0].acronym").isEqualTo("NCB");
    }
}
