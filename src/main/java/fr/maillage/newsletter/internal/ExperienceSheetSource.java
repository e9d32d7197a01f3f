package fr.maillage.newsletter.internal;

import fr.maillage.knowledge.ExperienceSheet;
import fr.maillage.knowledge.ExperienceSheets;
import fr.maillage.knowledge.SheetStatus;
import fr.maillage.newsletter.NewsletterItem;
import fr.maillage.newsletter.NewsletterSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's experience sheets published since the last issue, newest first, linked to their
 * public page.
 */
@Component
@Transactional(readOnly = true)
class ExperienceSheetSource implements NewsletterSource {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ExperienceSheets sheets;

    ExperienceSheetSource(ExperienceSheets sheets) {
        this.sheets = sheets;
    }

    @Override
    public String kind() {
        return "experience";
    }

    @Override
    public List<NewsletterItem> candidates(Long workspaceId, LocalDate since, int limit) {
        return sheets.findByWorkspaceIdAndStatus(workspaceId, SheetStatus.PUBLISHED,
                        PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "publishedAt"))).stream()
                .filter(s -> since == null || s.getPublishedAt() == null
                        || !LocalDate.ofInstant(s.getPublishedAt(), PARIS).isBefore(since))
                .map(ExperienceSheetSource::item).toList();
    }

    private static NewsletterItem item(ExperienceSheet sheet) {
        return new NewsletterItem("experience", sheet.getId(), sheet.getTitle(), sheet.getSummary(),
                "/fiches/" + sheet.getSlug(),
                sheet.getPublishedAt() == null ? null : LocalDate.ofInstant(sheet.getPublishedAt(), PARIS));
    }
}
