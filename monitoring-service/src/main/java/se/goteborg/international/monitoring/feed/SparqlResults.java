package se.goteborg.international.monitoring.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads W3C SPARQL 1.1 Query Results JSON ({@code application/sparql-results+json}): each solution
 * as variable → lexical value. Unbound variables are simply absent.
 */
public final class SparqlResults {

    private SparqlResults() {
    }

    public static List<Map<String, String>> parse(JsonMapper json, byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new FeedProblem("malformed", "the SPARQL answer is not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode bindings = root == null ? null : root.path("results").path("bindings");
        if (bindings == null || !bindings.isArray() || !root.path("head").isObject()) {
            throw new FeedProblem("malformed", "the SPARQL answer lacks head and results.bindings");
        }
        List<Map<String, String>> solutions = new ArrayList<>();
        for (JsonNode solution : bindings) {
            if (!solution.isObject()) {
                throw new FeedProblem("malformed", "a SPARQL solution is not an object");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> binding : solution.properties()) {
                JsonNode value = binding.getValue().get("value");
                if (value == null || !value.isString()) {
                    throw new FeedProblem("malformed", "the SPARQL binding '" + binding.getKey() + "' has no value");
                }
                values.put(binding.getKey(), value.asString());
            }
            solutions.add(values);
        }
        return solutions;
    }
}
