package se.goteborg.international.events;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog is the one list of events; the AsyncAPI document must describe exactly what it holds. */
class EventCatalogTest {

    @Test
    void wireTypesAreUniqueVersionedAndNeverJavaClassNames() {
        Set<String> seen = new HashSet<>();
        for (EventType<?> type : EventCatalog.ALL) {
            assertThat(seen.add(type.wireType())).as("duplicate %s", type.wireType()).isTrue();
            assertThat(type.wireType()).startsWith(EventType.TYPE_PREFIX).endsWith(".v" + type.version())
                    .doesNotContain(type.payload().getSimpleName());
            assertThat(Topics.DOMAIN_TOPICS).contains(type.topic());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void asyncApiDocumentDescribesEveryEventWithItsTopicAndPayloadFields() throws Exception {
        Map<String, Object> doc;
        try (InputStream in = getClass().getResourceAsStream("/asyncapi/platform-events.yaml")) {
            doc = new Yaml().load(in);
        }
        Map<String, Map<String, Object>> channels = (Map<String, Map<String, Object>>) doc.get("channels");
        Map<String, Map<String, Object>> messages =
                (Map<String, Map<String, Object>>) ((Map<String, Object>) doc.get("components")).get("messages");

        for (String topic : Topics.DOMAIN_TOPICS) {
            assertThat(channels.values()).as("channel for %s", topic).anyMatch(c -> topic.equals(c.get("address")));
        }
        assertThat(messages).hasSameSizeAs(EventCatalog.ALL);
        for (EventType<?> type : EventCatalog.ALL) {
            var entry = messages.entrySet().stream().filter(m -> type.wireType().equals(m.getValue().get("name")))
                    .findFirst().orElseThrow(() -> new AssertionError("AsyncAPI lacks " + type.wireType()));
            Map<String, Object> channel = channels.values().stream()
                    .filter(c -> type.topic().equals(c.get("address"))).findFirst().orElseThrow();
            assertThat(((Map<String, Object>) channel.get("messages")).keySet())
                    .as("%s on %s", type.wireType(), type.topic()).contains(entry.getKey());

            List<Map<String, Object>> allOf = (List<Map<String, Object>>) ((Map<String, Object>) entry.getValue()
                    .get("payload")).get("allOf");
            Map<String, Object> data = (Map<String, Object>) ((Map<String, Object>) allOf.get(1).get("properties"))
                    .get("data");
            Set<String> documented = ((Map<String, Object>) data.get("properties")).keySet();
            Set<String> fields = new HashSet<>(Arrays.stream(type.payload().getRecordComponents())
                    .map(RecordComponent::getName).toList());
            assertThat(documented).as("payload fields of %s", type.wireType()).isEqualTo(fields);
        }
    }
}
