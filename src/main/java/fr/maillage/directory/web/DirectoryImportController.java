package fr.maillage.directory.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.directory.DirectoryAction;
import fr.maillage.directory.DirectoryImport;
import fr.maillage.directory.ImportJob;
import fr.maillage.directory.ImportKind;
import fr.maillage.directory.ImportPlan;
import fr.maillage.shared.Flash;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.TableReader;
import fr.maillage.workspace.Workspace;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages: upload, choice of columns, preview, then the progress of the confirmed import
 * and its report. Nothing reaches the database before the confirmation.
 */
@Controller
class DirectoryImportController {

    /** Prefix of the request parameters that carry the column chosen for each field. */
    static final String COLUMN = "colonne.";

    private final DirectoryGate gate;
    private final DirectoryImport imports;
    private final DirectoryViews views;
    private final Flash flash;

    DirectoryImportController(DirectoryGate gate, DirectoryImport imports, DirectoryViews views, Flash flash) {
        this.gate = gate;
        this.imports = imports;
        this.views = views;
        this.flash = flash;
    }

    @GetMapping("/espaces/{id}/annuaire/import")
    String initUploadForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, DirectoryAction.IMPORT);
        return uploadView(workspace, "organisations", null, model);
    }

    @PostMapping("/espaces/{id}/annuaire/import")
    String processUploadForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "organisations") String type,
            @RequestParam(name = "fichier", required = false) MultipartFile file, Model model) throws IOException {
        Workspace workspace = gate.require(id, me, DirectoryAction.IMPORT);
        ImportKind kind = kind(type);
        if (file == null || file.isEmpty()) {
            return uploadView(workspace, type, "directory.import.file.required", model);
        }
        try {
            String token = imports.upload(id, kind, file.getOriginalFilename(), file.getInputStream());
            return "redirect:" + DirectoryViews.base(id) + "/import/" + kind.slug() + "/" + token;
        } catch (TableReader.UnreadableTableException e) {
            return uploadView(workspace, type, "directory.import.file.unreadable", model);
        }
    }

    @GetMapping("/espaces/{id}/annuaire/import/{type}/{token}")
    String initMappingForm(@PathVariable Long id, @PathVariable String type, @PathVariable String token,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, DirectoryAction.IMPORT);
        DirectoryImport.Pending pending = imports.pending(id, token, kind(type));
        return mappingView(workspace, pending, imports.suggestedColumns(id, pending), List.of(), model);
    }

    @PostMapping("/espaces/{id}/annuaire/import/{type}/{token}/apercu")
    String processMappingForm(@PathVariable Long id, @PathVariable String type, @PathVariable String token,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam Map<String, String> params, Model model) {
        Workspace workspace = gate.require(id, me, DirectoryAction.IMPORT);
        DirectoryImport.Pending pending = imports.pending(id, token, kind(type));
        Map<String, Integer> columns = columns(params, pending);
        List<String> missing = missing(pending.kind(), columns);
        if (!missing.isEmpty()) {
            return mappingView(workspace, pending, columns, missing, model);
        }
        ImportPlan plan = imports.preview(id, pending, columns);
        model.addAttribute("workspace", workspace);
        model.addAttribute("pending", pending);
        model.addAttribute("columns", columns);
        model.addAttribute("plan", plan);
        model.addAttribute("actions", ImportPlan.Action.values());
        model.addAttribute("breadcrumb", views.crumbs(workspace, flash.text("directory.import.title")));
        return "directory/import-preview";
    }

    @PostMapping("/espaces/{id}/annuaire/import/{type}/{token}/confirmer")
    String confirm(@PathVariable Long id, @PathVariable String type, @PathVariable String token,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam Map<String, String> params) {
        gate.require(id, me, DirectoryAction.IMPORT);
        DirectoryImport.Pending pending = imports.pending(id, token, kind(type));
        Map<String, Integer> columns = columns(params, pending);
        if (!missing(pending.kind(), columns).isEmpty()) {
            return "redirect:" + DirectoryViews.base(id) + "/import/" + pending.kind().slug() + "/" + token;
        }
        ImportJob job = imports.confirm(id, me.id(), pending, columns);
        return "redirect:" + DirectoryViews.base(id) + "/import/suivi/" + job.getId();
    }

    @PostMapping("/espaces/{id}/annuaire/import/{type}/{token}/annuler")
    String cancel(@PathVariable Long id, @PathVariable String type, @PathVariable String token,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, DirectoryAction.IMPORT);
        imports.cancel(id, token, kind(type));
        flash.success(redirect, "directory.import.cancelled");
        return "redirect:" + DirectoryViews.base(id);
    }

    @GetMapping("/espaces/{id}/annuaire/import/suivi/{job}")
    String job(@PathVariable Long id, @PathVariable("job") Long jobId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Workspace workspace = gate.require(id, me, DirectoryAction.IMPORT);
        model.addAttribute("workspace", workspace);
        model.addAttribute("job", imports.job(id, jobId));
        model.addAttribute("breadcrumb", views.crumbs(workspace, flash.text("directory.import.title")));
        return htmx != null ? "directory/import-job :: progress" : "directory/import-job";
    }

    private String uploadView(Workspace workspace, String type, String error, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("type", type);
        model.addAttribute("fileError", error);
        model.addAttribute("breadcrumb", views.crumbs(workspace, flash.text("directory.import.title")));
        return "directory/import-upload";
    }

    private String mappingView(Workspace workspace, DirectoryImport.Pending pending, Map<String, Integer> columns,
            List<String> missing, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("pending", pending);
        model.addAttribute("columns", columns);
        model.addAttribute("missing", missing);
        model.addAttribute("samples", pending.table().rows().stream().limit(3).toList());
        model.addAttribute("breadcrumb", views.crumbs(workspace, flash.text("directory.import.title")));
        return "directory/import-mapping";
    }

    /** The chosen column of each field; an empty or out-of-range choice means "not imported". */
    private static Map<String, Integer> columns(Map<String, String> params, DirectoryImport.Pending pending) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (ImportKind.Field field : pending.kind().fields()) {
            String value = params.get(COLUMN + field.code());
            if (value != null && value.matches("\\d{1,4}")) {
                int column = Integer.parseInt(value);
                if (column < pending.table().headers().size()) {
                    columns.put(field.code(), column);
                }
            }
        }
        return columns;
    }

    private static List<String> missing(ImportKind kind, Map<String, Integer> columns) {
        return kind.fields().stream().filter(f -> f.required() && !columns.containsKey(f.code()))
                .map(ImportKind.Field::code).toList();
    }

    private static ImportKind kind(String type) {
        for (ImportKind kind : ImportKind.values()) {
            if (kind.slug().equals(type)) {
                return kind;
            }
        }
        throw new NotFoundException("import type " + type);
    }
}
