package fr.maillage.newsletter;

import java.time.LocalDate;

/**
 * A record another module offers for an issue: a published experience sheet, an upcoming event, a
 * starred watch item.
 *
 * @param kind {@code experience}, {@code event}, {@code watch}
 * @param url absolute path on the portal; the e-mail prefixes the public base URL
 */
public record NewsletterItem(String kind, Long id, String title, String summary, String url, LocalDate date) {
}
