package fr.maillage.knowledge;

import fr.maillage.shared.text.RichText;
import java.time.Instant;

/**
 * A published sheet as lists show it: title, address, a short summary and its date.
 */
public record SheetSummary(Long id, String title, String slug, String summary, Instant publishedAt) {

    private static final int EXCERPT = 220;

    public static SheetSummary of(ExperienceSheet sheet) {
        return new SheetSummary(sheet.getId(), sheet.getTitle(), sheet.getSlug(),
                RichText.excerpt(sheet.getSummary(), EXCERPT), sheet.getPublishedAt());
    }

    public String url() {
        return "/fiches/" + slug;
    }
}
