package fr.maillage.knowledge.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.knowledge.ExperienceSheet;
import fr.maillage.knowledge.KnowledgeAction;
import fr.maillage.knowledge.KnowledgeManagement;
import fr.maillage.knowledge.KnowledgeSearch;
import fr.maillage.knowledge.Licence;
import fr.maillage.knowledge.WatchItem;
import fr.maillage.shared.MaillageProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published experience sheets as open data (no token needed), and a workspace's watch items for
 * its members, with the same rights as the pages.
 */
@RestController
@Tag(name = "Capitalisation", description = "Fiches d'expériences publiées et veille des espaces")
class KnowledgeApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final KnowledgeGate gate;
    private final KnowledgeManagement knowledge;
    private final KnowledgeSearch search;
    private final KnowledgeViews views;
    private final MaillageProperties properties;

    KnowledgeApiController(KnowledgeGate gate, KnowledgeManagement knowledge, KnowledgeSearch search,
            KnowledgeViews views, MaillageProperties properties) {
        this.gate = gate;
        this.knowledge = knowledge;
        this.search = search;
        this.views = views;
        this.properties = properties;
    }

    record PageJson<T>(List<T> items, int number, int size, long totalElements, int totalPages) {

        static <T> PageJson<T> of(Page<?> page, List<T> items) {
            return new PageJson<>(items, page.getNumber(), page.getSize(), page.getTotalElements(),
                    page.getTotalPages());
        }
    }

    record ExperienceSummaryJson(Long id, String title, String summary, Set<String> themes, Instant publishedAt,
            String url) {
    }

    record LicenceJson(Licence code, String label, String url) {
    }

    record ExperienceJson(Long id, String title, String summary, String url, Instant publishedAt, String carrier,
            List<String> partners, List<String> communes, List<String> qpvs, List<String> themes,
            String targetPublics, LocalDate startDate, LocalDate endDate, String context, String objectives,
            String activities, String means, String results, String lessons, String transferability,
            String contact, LicenceJson licence) {
    }

    record WatchItemJson(Long id, Long sourceId, String title, String link, String summary, Instant publishedAt,
            Instant fetchedAt, boolean starred, boolean shared, Set<String> tags) {

        static WatchItemJson of(WatchItem i) {
            return new WatchItemJson(i.getId(), i.getSourceId(), i.getTitle(), i.getLink(), i.getSummary(),
                    i.getPublishedAt(), i.getFetchedAt(), i.isStarred(), i.isShared(), Set.copyOf(i.getTags()));
        }
    }

    @GetMapping("/api/v1/experiences")
    @Operation(summary = "Rechercher les fiches d'expériences publiées", description = "Accessible sans jeton. "
            + "Par mots (racinisation française) et thématique ; les plus récentes d'abord sans mots ; 20 par page.")
    PageJson<ExperienceSummaryJson> experiences(@RequestParam(required = false) String q,
            @RequestParam(required = false) String theme, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Page<ExperienceSheet> result = search.sheets(null, new KnowledgeSearch.SheetFilters(q, theme, null),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE)));
        return PageJson.of(result, result.getContent().stream().map(s -> new ExperienceSummaryJson(s.getId(),
                s.getTitle(), s.getSummary(), Set.copyOf(s.getThemeCodes()), s.getPublishedAt(), url(s))).toList());
    }

    @GetMapping("/api/v1/experiences/{id}")
    @Operation(summary = "Lire une fiche d'expérience publiée", description = "Accessible sans jeton ; les parties "
            + "rédigées sont en HTML assaini ; la licence de l'espace accompagne la fiche.")
    ExperienceJson experience(@PathVariable Long id) {
        ExperienceSheet s = knowledge.published(id);
        var labels = views.labels(s);
        Licence licence = knowledge.licence(s.getWorkspaceId());
        return new ExperienceJson(s.getId(), s.getTitle(), s.getSummary(), url(s), s.getPublishedAt(),
                labels.carrier() == null ? null : labels.carrier().getName(),
                labels.partners().stream().map(o -> o.getName()).toList(), labels.communes(), labels.qpvs(),
                labels.themes(), s.getTargetPublics(), s.getStartDate(), s.getEndDate(), s.getContext(),
                s.getObjectives(), s.getActivities(), s.getMeans(), s.getResults(), s.getLessons(),
                s.getTransferability(), s.getContact(),
                new LicenceJson(licence, views.text(licence.getLabelKey()), licence.getUrl()));
    }

    @GetMapping("/api/v1/workspaces/{id}/watch-items")
    @Operation(summary = "Lire la veille d'un espace", description = "Les articles des sources de veille de "
            + "l'espace, par mots, étiquette ou favoris ; les plus récents d'abord ; réservé aux membres.")
    PageJson<WatchItemJson> watchItems(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String q, @RequestParam(required = false) String tag,
            @RequestParam(defaultValue = "false") boolean starred, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        gate.require(id, me, KnowledgeAction.VIEW);
        Page<WatchItem> result = search.watchItems(id, q, tag, null, starred,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE)));
        return PageJson.of(result, result.getContent().stream().map(WatchItemJson::of).toList());
    }

    private String url(ExperienceSheet sheet) {
        return properties.link("/fiches/" + sheet.getSlug());
    }
}
