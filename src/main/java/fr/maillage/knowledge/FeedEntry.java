package fr.maillage.knowledge;

import java.time.Instant;

/**
 * One entry read from a feed, already cut to the stored sizes and reduced to plain text.
 *
 * @param guid the entry's id in its feed (guid, Atom id, or the link when it has none)
 */
public record FeedEntry(String guid, String title, String link, String summary, Instant publishedAt) {
}
