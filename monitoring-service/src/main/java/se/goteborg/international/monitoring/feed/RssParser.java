package se.goteborg.international.monitoring.feed;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads RSS 2.0 with a hardened StAX parser: any DTD is refused outright, so neither external
 * entities (XXE) nor entity expansion ("billion laughs") can be used against us. Entries without a
 * title or without anything to recognise them by are returned as problems, not items.
 */
public final class RssParser {

    private static final XMLInputFactory FACTORY = hardenedFactory();

    /** An entry of the feed: an item, or why the entry could not be used. */
    public record Entry(RssItem item, String problem) {
    }

    private RssParser() {
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /**
     * Parses a whole feed document; at most {@code maxEntries} entries are read.
     *
     * @throws FeedProblem (reason "malformed") if the document is not well-formed RSS 2.0
     */
    public static List<Entry> parse(byte[] document, int maxEntries) {
        List<Entry> entries = new ArrayList<>();
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(document));
            boolean root = true;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new FeedProblem("malformed", "the feed declares a DTD; feeds with DTDs are refused (XXE)");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (root) {
                    root = false;
                    if (!"rss".equals(r.getLocalName())) {
                        throw new FeedProblem("malformed", "not an RSS 2.0 feed: the root element is <"
                                + r.getLocalName() + ">");
                    }
                    continue;
                }
                if ("item".equals(r.getLocalName())) {
                    if (entries.size() >= maxEntries) {
                        break;
                    }
                    entries.add(readItem(r));
                }
            }
            if (root) {
                throw new FeedProblem("malformed", "the feed is empty");
            }
            return entries;
        } catch (XMLStreamException e) {
            throw new FeedProblem("malformed", "the feed is not well-formed XML: " + e.getMessage(), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    private static Entry readItem(XMLStreamReader r) throws XMLStreamException {
        String guid = null;
        String link = null;
        String title = null;
        String description = null;
        String pubDate = null;
        String dcDate = null;
        List<String> categories = new ArrayList<>();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                boolean dc = "http://purl.org/dc/elements/1.1/".equals(r.getNamespaceURI());
                switch (name) {
                    case "guid" -> guid = text(r);
                    case "link" -> link = text(r);
                    case "title" -> title = text(r);
                    case "description" -> description = text(r);
                    case "pubDate" -> pubDate = text(r);
                    case "date" -> {
                        String v = text(r);
                        if (dc) {
                            dcDate = v;
                        }
                    }
                    case "category" -> {
                        String v = text(r);
                        if (v != null && !v.isBlank()) {
                            categories.add(v.strip());
                        }
                    }
                    default -> skip(r);
                }
            }
        }
        if (title == null || title.isBlank()) {
            return new Entry(null, "an entry has no title (guid " + guid + ", link " + link + ")");
        }
        if ((guid == null || guid.isBlank()) && (link == null || link.isBlank())) {
            return new Entry(null, "the entry '" + title + "' has neither guid nor link, so it could not be"
                    + " recognised when read again");
        }
        if (link != null && !link.isBlank() && !link.strip().matches("(?i)https?://\\S+")) {
            return new Entry(null, "the entry '" + title + "' has a link that is not http(s): " + link);
        }
        LocalDate published = date(pubDate, dcDate);
        return new Entry(new RssItem(blankToNull(guid), blankToNull(link), title.strip(), description, published,
                categories), null);
    }

    private static String text(XMLStreamReader r) throws XMLStreamException {
        return r.getElementText();
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** pubDate is RFC 822 (RFC 1123); dc:date is ISO 8601. An unreadable date is left out, not fatal. */
    static LocalDate date(String pubDate, String dcDate) {
        if (pubDate != null && !pubDate.isBlank()) {
            try {
                return ZonedDateTime.parse(pubDate.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
            } catch (DateTimeParseException ignored) {
                // fall back to dc:date
            }
        }
        if (dcDate != null && !dcDate.isBlank()) {
            String d = dcDate.strip();
            try {
                return d.length() <= 10 ? LocalDate.parse(d) : OffsetDateTime.parse(d).toLocalDate();
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
