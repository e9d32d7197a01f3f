package fr.maillage.knowledge.web;

import fr.maillage.knowledge.ExperienceSheet;
import fr.maillage.knowledge.KnowledgeManagement;
import fr.maillage.knowledge.KnowledgeSearch;
import fr.maillage.shared.Crumb;
import fr.maillage.shared.MaillageProperties;
import fr.maillage.shared.pdf.PdfDocuments;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public portal's experience sheets, open to anyone: the list of published sheets (with words
 * and a theme to narrow it) and each sheet's page under its clean address, with similar sheets, and
 * its PDF.
 */
@Controller
class PublicSheetController {

    static final int PAGE_SIZE = 20;
    private static final int SIMILAR = 4;

    private final KnowledgeManagement knowledge;
    private final KnowledgeSearch search;
    private final KnowledgeViews views;
    private final PdfDocuments pdf;
    private final MaillageProperties properties;

    PublicSheetController(KnowledgeManagement knowledge, KnowledgeSearch search, KnowledgeViews views,
            PdfDocuments pdf, MaillageProperties properties) {
        this.knowledge = knowledge;
        this.search = search;
        this.views = views;
        this.pdf = pdf;
        this.properties = properties;
    }

    @GetMapping("/fiches")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String theme,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Page<ExperienceSheet> sheets = search.sheets(null, new KnowledgeSearch.SheetFilters(q, theme, null),
                PageRequest.of(Math.max(0, page), PAGE_SIZE));
        model.addAttribute("sheets", sheets);
        model.addAttribute("q", q);
        model.addAttribute("theme", theme);
        model.addAttribute("themes", views.themes());
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/fiches").queryParamIfPresent("q",
                java.util.Optional.ofNullable(q).filter(s -> !s.isBlank())).queryParamIfPresent("theme",
                java.util.Optional.ofNullable(theme).filter(s -> !s.isBlank())).build().toUriString());
        model.addAttribute("breadcrumb", List.of(Crumb.here(views.text("knowledge.public.title"))));
        return "knowledge/public-sheets";
    }

    @GetMapping("/fiches/{slug}")
    String show(@PathVariable String slug, Model model) {
        ExperienceSheet sheet = knowledge.published(slug);
        model.addAttribute("sheet", sheet);
        model.addAttribute("labels", views.labels(sheet));
        model.addAttribute("licence", knowledge.licence(sheet.getWorkspaceId()));
        model.addAttribute("similar", search.similar(sheet, SIMILAR));
        model.addAttribute("files", knowledge.files(sheet.getId()));
        model.addAttribute("breadcrumb", List.of(new Crumb(views.text("knowledge.public.title"), "/fiches"),
                Crumb.here(sheet.getTitle())));
        return "knowledge/public-sheet";
    }

    /** The sheet printed as PDF, with its licence and the address of its page. */
    @GetMapping("/fiches/{slug}.pdf")
    ResponseEntity<byte[]> print(@PathVariable String slug) {
        ExperienceSheet sheet = knowledge.published(slug);
        Map<String, Object> variables = new HashMap<>();
        variables.put("sheet", sheet);
        variables.put("labels", views.labels(sheet));
        variables.put("licence", knowledge.licence(sheet.getWorkspaceId()));
        variables.put("url", properties.link("/fiches/" + sheet.getSlug()));
        byte[] document = pdf.render("knowledge/sheet-pdf", variables);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(sheet.getSlug() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(document);
    }
}
