package se.goteborg.international.monitoring.feed;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of an RSS 2.0 feed.
 *
 * @param guid        the entry's stable id, if the feed gives one
 * @param link        the entry's link (EUR-Lex links carry the CELEX number)
 * @param title       its title
 * @param description its description (plain text or escaped HTML)
 * @param published   pubDate or dc:date, if present and readable
 * @param categories  its categories, used as subject areas
 */
public record RssItem(String guid, String link, String title, String description, LocalDate published,
                      List<String> categories) {

    /** What identifies the entry across reads: the guid, else the link. */
    public String key() {
        return guid != null && !guid.isBlank() ? guid.strip() : link.strip();
    }
}
