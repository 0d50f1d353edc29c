package se.goteborg.international.monitoring.feed;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import se.goteborg.international.monitoring.legislation.CelexNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SparqlResultsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsW3cJsonResultsLeavingUnboundVariablesOut() {
        List<Map<String, String>> rows = SparqlResults.parse(json, RssParserTest.resource("sparql-32024R1689.json"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("dateDocument", "2024-06-13")
                .containsEntry("eli", "http://data.europa.eu/eli/reg/2024/1689/oj")
                .doesNotContainKey("dateTransposition");
    }

    @Test
    void unusableAnswersAreMalformed() {
        for (String body : List.of("<html>busy</html>", "{}", "{\"head\":{},\"results\":{}}",
                "{\"head\":{},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\"}}]}}")) {
            assertThatThrownBy(() -> SparqlResults.parse(json, body.getBytes(StandardCharsets.UTF_8)))
                    .as(body).isInstanceOf(FeedProblem.class);
        }
    }

    @Test
    void theQueryHoldsOnlyAValidatedCelexNumber() {
        String query = CellarClient.query(CelexNumber.parse("32024R1689", 2026));
        assertThat(query).contains("FILTER(str(?celex) = \"32024R1689\")").contains("cdm:resource_legal_id_celex");
    }
}
