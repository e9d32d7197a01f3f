package fr.maillage.newsletter;

import java.time.LocalDate;
import java.util.List;

/**
 * Where issue content comes from: one bean per kind of record (sheets, events, watch items), kept in
 * this module's {@code internal} package as an adapter of the providing module's API.
 */
public interface NewsletterSource {

    /** The {@link NewsletterItem#kind()} it offers. */
    String kind();

    /**
     * What the workspace could put in an issue composed today: records published since the given day
     * (the last issue's sending, or null for the first issue), at most {@code limit}.
     */
    List<NewsletterItem> candidates(Long workspaceId, LocalDate since, int limit);
}
