package fr.maillage.knowledge;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Theme;
import fr.maillage.shared.search.SearchableContent;
import fr.maillage.shared.search.SearchableRemoved;
import fr.maillage.shared.text.RichText;
import fr.maillage.territory.TerritoryDirectory;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.territory.TerritoryRef;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the global search about the module's records: sheets ("experience", public once published),
 * library documents ("resource") and watch items ("watch"), the last two for the workspace only.
 */
@Component
class KnowledgeSearchEvents {

    static final String EXPERIENCE = "experience";
    static final String RESOURCE = "resource";
    static final String WATCH = "watch";
    private static final int MAX_TEXT = 20_000;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ApplicationEventPublisher events;
    private final DirectoryManagement directory;
    private final TerritoryDirectory territories;

    KnowledgeSearchEvents(ApplicationEventPublisher events, DirectoryManagement directory,
            TerritoryDirectory territories) {
        this.events = events;
        this.directory = directory;
        this.territories = territories;
    }

    void sheetChanged(ExperienceSheet sheet) {
        List<String> places = new ArrayList<>(names(TerritoryKind.COMMUNE, sheet.getCommuneCodes()));
        places.addAll(names(TerritoryKind.QPV, sheet.getQpvCodes()));
        Integer year = sheet.getStartDate() != null ? Integer.valueOf(sheet.getStartDate().getYear())
                : Integer.valueOf(sheet.getCreatedAt().atZone(PARIS).getYear());
        String url = sheet.isPublished() ? "/fiches/" + sheet.getSlug()
                : "/espaces/" + sheet.getWorkspaceId() + "/capitalisation/" + sheet.getId();
        String text = cap(String.join(" ", Objects.toString(sheet.getSummary(), ""), sheet.getBodyText()));
        events.publishEvent(new SearchableContent(EXPERIENCE, sheet.getId(), sheet.getWorkspaceId(),
                sheet.isPublished(), sheet.getTitle(), text, themes(sheet.getThemeCodes()), places, year, url));
    }

    void sheetRemoved(Long sheetId) {
        events.publishEvent(new SearchableRemoved(EXPERIENCE, sheetId));
    }

    void resourceChanged(LibraryResource resource) {
        Integer year = resource.getDocumentDate() == null ? null : resource.getDocumentDate().getYear();
        String text = cap(String.join(" ", Objects.toString(resource.getDescription(), ""),
                Objects.toString(resource.getAuthor(), ""), Objects.toString(resource.getExtractedText(), "")));
        events.publishEvent(new SearchableContent(RESOURCE, resource.getId(), resource.getWorkspaceId(), false,
                resource.getTitle(), text.strip(), themes(resource.getThemeCodes()),
                resource.getTerritory() == null ? List.of() : List.of(resource.getTerritory()), year,
                "/espaces/" + resource.getWorkspaceId() + "/ressources/" + resource.getId()));
    }

    void resourceRemoved(Long resourceId) {
        events.publishEvent(new SearchableRemoved(RESOURCE, resourceId));
    }

    void watchItemChanged(WatchItem item) {
        Integer year = item.getPublishedAt() == null ? null : item.getPublishedAt().atZone(PARIS).getYear();
        events.publishEvent(new SearchableContent(WATCH, item.getId(), item.getWorkspaceId(), false, item.getTitle(),
                cap(Objects.toString(item.getSummary(), "")), List.copyOf(item.getTags()), List.of(), year,
                "/espaces/" + item.getWorkspaceId() + "/veille/" + item.getId()));
    }

    void watchItemRemoved(Long itemId) {
        events.publishEvent(new SearchableRemoved(WATCH, itemId));
    }

    private List<String> themes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, String> labels = directory.themes().stream()
                .collect(Collectors.toMap(Theme::getCode, Theme::getLabel));
        return codes.stream().map(c -> labels.getOrDefault(c, c)).sorted().toList();
    }

    private List<String> names(TerritoryKind kind, Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return territories.findAll(kind, codes).values().stream().map(TerritoryRef::name).sorted().toList();
    }

    private static String cap(String text) {
        return RichText.excerpt(text, MAX_TEXT);
    }
}
