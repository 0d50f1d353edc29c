package se.goteborg.international.monitoring.feed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RssParserTest {

    static byte[] resource(String name) {
        try (InputStream in = RssParserTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsEurLexEntriesAndReportsTheUnusableOnes() {
        List<RssParser.Entry> entries = RssParser.parse(resource("eurlex-legislation.xml"), 100);
        assertThat(entries).hasSize(6);
        RssItem ai = entries.get(0).item();
        assertThat(ai.title()).startsWith("Regulation (EU) 2024/1689");
        assertThat(ai.key()).isEqualTo("eurlex-32024R1689");
        assertThat(ai.published()).isEqualTo(LocalDate.of(2024, 7, 12));
        assertThat(ai.categories()).containsExactly("artificial intelligence", "Digitalisation");
        assertThat(ai.description()).contains("<p>Text with EEA relevance</p>");
        assertThat(entries.get(1).item().published()).as("dc:date").isEqualTo(LocalDate.of(2022, 12, 27));
        RssItem ehds = entries.get(2).item();
        assertThat(ehds.published()).as("an unreadable date is left out").isNull();
        assertThat(ehds.key()).as("no guid: the link identifies it").contains("52022PC0197");
        assertThat(entries.get(3).problem()).contains("no title");
        assertThat(entries.get(4).problem()).contains("neither guid nor link");
        assertThat(entries.get(5).item()).as("CELEX checks belong to ingestion").isNotNull();
    }

    @Test
    void externalEntitiesAndDtdsAreRefused(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rss version="2.0"><channel><item><title>&xxe;</title><guid>x</guid></item></channel></rss>
                """.formatted(secret.toUri());
        assertThatThrownBy(() -> RssParser.parse(xxe.getBytes(StandardCharsets.UTF_8), 10))
                .isInstanceOf(FeedProblem.class)
                .satisfies(e -> assertThat(((FeedProblem) e).reason()).isEqualTo("malformed"))
                .hasMessageNotContaining("TOP-SECRET");
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <rss version="2.0"><channel><item><title>&lol2;</title><guid>y</guid></item></channel></rss>
                """;
        assertThatThrownBy(() -> RssParser.parse(laughs.getBytes(StandardCharsets.UTF_8), 10))
                .isInstanceOf(FeedProblem.class);
    }

    @Test
    void brokenOrForeignDocumentsAreMalformedFeeds() {
        assertThatThrownBy(() -> RssParser.parse("<rss><channel><item><title>cut off".getBytes(StandardCharsets.UTF_8), 10))
                .isInstanceOf(FeedProblem.class).hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> RssParser.parse("<html><body>Maintenance</body></html>".getBytes(StandardCharsets.UTF_8), 10))
                .hasMessageContaining("root element is <html>");
        assertThatThrownBy(() -> RssParser.parse(new byte[0], 10)).isInstanceOf(FeedProblem.class);
    }

    @Test
    void readsNoMoreEntriesThanAllowed() {
        assertThat(RssParser.parse(resource("eurlex-legislation.xml"), 2)).hasSize(2);
    }
}
