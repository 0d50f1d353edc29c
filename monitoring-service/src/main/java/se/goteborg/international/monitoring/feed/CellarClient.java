package se.goteborg.international.monitoring.feed;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.json.JsonMapper;

import se.goteborg.international.monitoring.legislation.CelexNumber;
import se.goteborg.international.monitoring.legislation.KeyDates;

/**
 * Asks the Publications Office's Cellar SPARQL endpoint what it knows about a CELEX number: dates
 * (document, signature, entry into force, transposition deadline) and the ELI. The CELEX number is
 * validated before it goes into the query, so nothing but a CELEX number can be injected there.
 */
@Component
public class CellarClient {

    static final String ACCEPT = "application/sparql-results+json";

    private final ResilientHttp http;
    private final JsonMapper json;

    CellarClient(ResilientHttp http, JsonMapper json) {
        this.http = http;
        this.json = json;
    }

    /** What Cellar knows about one act. */
    public record CellarRecord(KeyDates dates, String eli) {
    }

    static String query(CelexNumber celex) {
        return """
                PREFIX cdm: <http://publications.europa.eu/ontology/cdm#>
                SELECT DISTINCT ?dateDocument ?dateSignature ?dateEntryIntoForce ?dateTransposition ?eli WHERE {
                  ?work cdm:resource_legal_id_celex ?celex .
                  FILTER(str(?celex) = "%s")
                  OPTIONAL { ?work cdm:work_date_document ?dateDocument }
                  OPTIONAL { ?work cdm:resource_legal_date_signature ?dateSignature }
                  OPTIONAL { ?work cdm:resource_legal_date_entry-into-force ?dateEntryIntoForce }
                  OPTIONAL { ?work cdm:directive_date_transposition ?dateTransposition }
                  OPTIONAL { ?work cdm:resource_legal_eli ?eli }
                } LIMIT 100""".formatted(celex.value());
    }

    /**
     * Looks {@code celex} up at {@code endpoint}. Empty when Cellar does not know it.
     *
     * @throws FeedProblem when the endpoint is unavailable or its answer unusable
     */
    public Optional<CellarRecord> lookup(URI endpoint, CelexNumber celex) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("query", query(celex));
        form.add("format", ACCEPT);
        List<Map<String, String>> rows = SparqlResults.parse(json, http.postForm(endpoint, form, ACCEPT));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        LocalDate document = first(rows, "dateDocument");
        LocalDate signature = first(rows, "dateSignature");
        boolean proposal = celex.sector() == '5';
        List<LocalDate> entryIntoForce = rows.stream().map(r -> date(r.get("dateEntryIntoForce")))
                .filter(Objects::nonNull).distinct().sorted().toList();
        LocalDate transposition = rows.stream().map(r -> date(r.get("dateTransposition"))).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        KeyDates dates = new KeyDates(proposal ? document : null,
                proposal ? null : signature != null ? signature : document, null, entryIntoForce, null, transposition);
        String eli = rows.stream().map(r -> r.get("eli")).filter(Objects::nonNull).findFirst().orElse(null);
        return Optional.of(new CellarRecord(dates, eli));
    }

    private static LocalDate first(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> date(r.get(var))).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    /** xsd:date values, sometimes with a time zone suffix ("2024-06-13+02:00"). */
    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            throw new FeedProblem("malformed", "Cellar sent '" + value + "' where a date belongs");
        }
    }
}
