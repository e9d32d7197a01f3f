package fr.maillage.knowledge.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.knowledge.KnowledgeAction;
import fr.maillage.knowledge.KnowledgeSearch;
import fr.maillage.knowledge.LibraryManagement;
import fr.maillage.knowledge.LibraryResource;
import fr.maillage.knowledge.ResourceKind;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.shared.text.RichText;
import fr.maillage.workspace.Workspace;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A workspace's resource library: search by words (in the documents' text too), type and theme;
 * adding a document with its metadata; its page and download.
 */
@Controller
class ResourceController {

    private static final int PAGE_SIZE = 20;
    private static final int EXCERPT = 1500;

    private final KnowledgeGate gate;
    private final LibraryManagement library;
    private final KnowledgeSearch search;
    private final KnowledgeViews views;
    private final Flash flash;

    ResourceController(KnowledgeGate gate, LibraryManagement library, KnowledgeSearch search, KnowledgeViews views,
            Flash flash) {
        this.gate = gate;
        this.library = library;
        this.search = search;
        this.views = views;
        this.flash = flash;
    }

    static String base(Long workspaceId) {
        return "/espaces/" + workspaceId + "/ressources";
    }

    @InitBinder("form")
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/espaces/{id}/ressources")
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String q, @RequestParam(required = false) ResourceKind type,
            @RequestParam(required = false) String theme, @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, KnowledgeAction.VIEW);
        model.addAttribute("workspace", workspace);
        model.addAttribute("resources", search.resources(id, q, type, theme, PageRequest.of(Math.max(0, page),
                PAGE_SIZE)));
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("theme", theme);
        model.addAttribute("kinds", kinds());
        model.addAttribute("themes", views.themes());
        model.addAttribute("canEdit", gate.can(id, me, KnowledgeAction.EDIT_RESOURCE, false));
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath(base(id))
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("type", Optional.ofNullable(type))
                .queryParamIfPresent("theme", Optional.ofNullable(theme).filter(s -> !s.isBlank())).build()
                .toUriString());
        model.addAttribute("breadcrumb", views.crumbs(workspace, "knowledge.resources.title", null));
        return "knowledge/resources";
    }

    @GetMapping("/espaces/{id}/ressources/nouvelle")
    String initCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, KnowledgeAction.EDIT_RESOURCE);
        model.addAttribute("form", ResourceForm.empty());
        return formView(workspace, null, model);
    }

    @PostMapping("/espaces/{id}/ressources/nouvelle")
    String processCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") ResourceForm form, BindingResult result,
            @RequestParam(name = "fichier", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, KnowledgeAction.EDIT_RESOURCE);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", views.text("knowledge.resource.file.required"));
        } else if (!result.hasErrors()) {
            try (InputStream content = file.getInputStream()) {
                LibraryResource resource = library.add(id, form.details(), file.getOriginalFilename(), content);
                flash.success(redirect, "knowledge.resource.added", resource.getTitle());
                return "redirect:" + base(id) + "/" + resource.getId();
            } catch (BusinessRuleException e) {
                model.addAttribute("fileError", views.text(e.messageKey(), e.arguments()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return formView(workspace, null, model);
    }

    @GetMapping("/espaces/{id}/ressources/{resourceId}")
    String show(@PathVariable Long id, @PathVariable Long resourceId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, KnowledgeAction.VIEW);
        LibraryResource resource = library.resource(id, resourceId);
        Map<String, String> themes = views.themes();
        model.addAttribute("workspace", workspace);
        model.addAttribute("resource", resource);
        model.addAttribute("themeLabels", resource.getThemeCodes().stream().map(c -> themes.getOrDefault(c, c))
                .sorted().toList());
        model.addAttribute("excerpt", RichText.excerpt(resource.getExtractedText(), EXCERPT));
        model.addAttribute("canEdit", gate.can(id, me, KnowledgeAction.EDIT_RESOURCE, false));
        model.addAttribute("breadcrumb", views.crumbs(workspace, "knowledge.resources.title", base(id),
                resource.getTitle()));
        return "knowledge/resource";
    }

    @GetMapping("/espaces/{id}/ressources/{resourceId}/fichier")
    ResponseEntity<InputStreamResource> download(@PathVariable Long id, @PathVariable Long resourceId,
            @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, KnowledgeAction.VIEW);
        LibraryResource resource = library.resource(id, resourceId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(resource.getContentType()))
                .contentLength(resource.getSize())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(resource.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(library.open(resource)));
    }

    @GetMapping("/espaces/{id}/ressources/{resourceId}/modifier")
    String initUpdateForm(@PathVariable Long id, @PathVariable Long resourceId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, KnowledgeAction.EDIT_RESOURCE);
        LibraryResource resource = library.resource(id, resourceId);
        model.addAttribute("form", ResourceForm.of(resource));
        return formView(workspace, resource, model);
    }

    @PostMapping("/espaces/{id}/ressources/{resourceId}/modifier")
    String processUpdateForm(@PathVariable Long id, @PathVariable Long resourceId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") ResourceForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, KnowledgeAction.EDIT_RESOURCE);
        LibraryResource resource = library.resource(id, resourceId);
        if (result.hasErrors()) {
            return formView(workspace, resource, model);
        }
        library.describe(id, resourceId, form.version() == null ? -1 : form.version(), form.details());
        flash.success(redirect, "knowledge.resource.updated");
        return "redirect:" + base(id) + "/" + resourceId;
    }

    @PostMapping("/espaces/{id}/ressources/{resourceId}/supprimer")
    String delete(@PathVariable Long id, @PathVariable Long resourceId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, KnowledgeAction.EDIT_RESOURCE);
        String title = library.resource(id, resourceId).getTitle();
        library.delete(id, resourceId);
        flash.success(redirect, "knowledge.resource.deleted", title);
        return "redirect:" + base(id);
    }

    private String formView(Workspace workspace, LibraryResource resource, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("resource", resource);
        model.addAttribute("kinds", kinds());
        model.addAttribute("themes", views.themes());
        model.addAttribute("breadcrumb", resource == null
                ? views.crumbs(workspace, "knowledge.resources.title", base(workspace.getId()),
                        views.text("knowledge.resource.newTitle"))
                : views.crumbs(workspace, "knowledge.resources.title", base(workspace.getId()), resource.getTitle(),
                        base(workspace.getId()) + "/" + resource.getId(), views.text("knowledge.resource.editTitle")));
        return "knowledge/resource-form";
    }

    private Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (ResourceKind kind : ResourceKind.values()) {
            kinds.put(kind.name(), views.text(kind.getLabelKey()));
        }
        return kinds;
    }
}
