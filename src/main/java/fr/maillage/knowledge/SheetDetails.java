package fr.maillage.knowledge;

import java.time.LocalDate;
import java.util.Set;

/**
 * What an author writes in an experience sheet (the structure of a fiche d'expérience). Rich text
 * fields may hold simple HTML or plain text with blank lines between paragraphs; they are sanitised
 * before being stored.
 */
public record SheetDetails(String title, String summary, Set<String> communeCodes, Set<String> qpvCodes,
        Long carrierId, Set<Long> partnerIds, Set<String> themeCodes, String targetPublics, LocalDate startDate,
        LocalDate endDate, String context, String objectives, String activities, String means, String results,
        String lessons, String transferability, String contact) {

    public SheetDetails {
        communeCodes = communeCodes == null ? Set.of() : Set.copyOf(communeCodes);
        qpvCodes = qpvCodes == null ? Set.of() : Set.copyOf(qpvCodes);
        partnerIds = partnerIds == null ? Set.of() : Set.copyOf(partnerIds);
        themeCodes = themeCodes == null ? Set.of() : Set.copyOf(themeCodes);
    }

    /** A sheet with only a title, e.g. for tests and imports. */
    public static SheetDetails titled(String title, String summary) {
        return new SheetDetails(title, summary, Set.of(), Set.of(), null, Set.of(), Set.of(), null, null, null, null,
                null, null, null, null, null, null, null);
    }
}
