package fr.maillage.participation.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.participation.Council;
import fr.maillage.participation.Draw;
import fr.maillage.participation.DrawCitizenCouncil;
import fr.maillage.participation.DrawEntry;
import fr.maillage.participation.ParticipationAction;
import fr.maillage.participation.ParticipationManagement;
import fr.maillage.participation.QuotaShortfallException;
import fr.maillage.participation.VolunteerPool;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Drawing residents by lot, in two steps (pool, seats and dimensions; then the proposed quota cells
 * and the public seed phrase), the result page, the anonymised pool list, and the appointment of the
 * drawn as members.
 */
@Controller
class DrawController {

    private final ParticipationGate gate;
    private final ParticipationManagement participation;
    private final DrawCitizenCouncil draws;
    private final ParticipationViews views;
    private final Flash flash;
    private final DrawReport report;

    DrawController(ParticipationGate gate, ParticipationManagement participation, DrawCitizenCouncil draws,
            ParticipationViews views, Flash flash, DrawReport report) {
        this.report = report;
        this.gate = gate;
        this.participation = participation;
        this.draws = draws;
        this.views = views;
        this.flash = flash;
    }

    @GetMapping("/espaces/{id}/participation/conseils/{councilId}/tirages/nouveau")
    String setup(@PathVariable Long id, @PathVariable Long councilId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Long vivier, Model model) {
        Workspace workspace = gate.require(id, me, ParticipationAction.DRAW);
        Council council = participation.council(id, councilId);
        model.addAttribute("form", new DrawSetupForm(vivier, council.getResidentSeats() > 0 ? council.getResidentSeats() : 12,
                council.isGenderParity(), false, false, 1));
        return setupView(workspace, me, council, model);
    }

    @PostMapping("/espaces/{id}/participation/conseils/{councilId}/tirages/preparer")
    String prepare(@PathVariable Long id, @PathVariable Long councilId, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") DrawSetupForm form, BindingResult result, Model model) {
        Workspace workspace = gate.require(id, me, ParticipationAction.DRAW);
        Council council = participation.council(id, councilId);
        if (result.hasErrors()) {
            return setupView(workspace, me, council, model);
        }
        VolunteerPool pool = poolOf(id, council, form.poolId());
        var cells = draws.proposeCells(id, pool.getId(), form.seats(),
                new DrawCitizenCouncil.Dimensions(form.crossesGender(), form.crossesAgeBand(), form.crossesQuartier()));
        model.addAttribute("form", DrawForm.of(pool.getId(), form.substitutes(), cells));
        return cellsView(workspace, me, council, pool, List.of(), model);
    }

    @PostMapping("/espaces/{id}/participation/conseils/{councilId}/tirages/nouveau")
    String draw(@PathVariable Long id, @PathVariable Long councilId, @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("form") DrawForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, ParticipationAction.DRAW);
        Council council = participation.council(id, councilId);
        VolunteerPool pool = poolOf(id, council, form.getPoolId());
        if (form.getSeedPhrase() == null || form.getSeedPhrase().isBlank()) {
            result.rejectValue("seedPhrase", "participation.draw.seed.required");
        } else if (form.getSeedPhrase().strip().length() > 500) {
            result.rejectValue("seedPhrase", "participation.draw.seed.size");
        }
        if (result.hasErrors()) {
            return cellsView(workspace, me, council, pool, List.of(), model);
        }
        try {
            Draw draw = draws.draw(id, pool.getId(), form.quotaCells(), form.getSubstitutesPerSeat(),
                    form.getSeedPhrase(), me.getDisplayName());
            flash.success(redirect, "participation.draw.done", draw.getSeats());
            return "redirect:" + drawUrl(id, draw.getId());
        } catch (QuotaShortfallException e) {
            return cellsView(workspace, me, council, pool, e.reasons(), model);
        }
    }

    @GetMapping("/espaces/{id}/participation/tirages/{drawId}")
    String show(@PathVariable Long id, @PathVariable Long drawId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, ParticipationAction.VIEW);
        Draw draw = draws.draw(id, drawId);
        Council council = participation.council(id, draw.getCouncilId());
        views.common(model, workspace, me);
        List<DrawEntry> entries = draws.entries(drawId);
        model.addAttribute("council", council);
        model.addAttribute("draw", draw);
        model.addAttribute("pool", participation.pool(id, draw.getPoolId()));
        model.addAttribute("cells", draws.cellLabels(draw));
        model.addAttribute("entries", entries);
        model.addAttribute("people", gate.can(id, me, ParticipationAction.PERSONAL_DATA)
                ? draws.volunteersOf(entries) : java.util.Map.of());
        model.addAttribute("breadcrumb", views.crumbs(workspace, council,
                views.text("participation.draw.title", draw.getId()), null));
        return "participation/draw";
    }

    @GetMapping("/espaces/{id}/participation/tirages/{drawId}/vivier-anonymise.csv")
    ResponseEntity<byte[]> anonymisedPool(@PathVariable Long id, @PathVariable Long drawId,
            @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, ParticipationAction.VIEW);
        return poolFile(draws.draw(id, drawId));
    }

    @GetMapping("/espaces/{id}/participation/tirages/{drawId}/rapport.pdf")
    ResponseEntity<byte[]> report(@PathVariable Long id, @PathVariable Long drawId,
            @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, ParticipationAction.VIEW);
        Draw draw = draws.draw(id, drawId);
        return report.render(participation.council(id, draw.getCouncilId()), draw,
                gate.can(id, me, ParticipationAction.PERSONAL_DATA));
    }

    @PostMapping("/espaces/{id}/participation/tirages/{drawId}/nommer")
    String appoint(@PathVariable Long id, @PathVariable Long drawId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, ParticipationAction.DRAW);
        Draw draw = draws.draw(id, drawId);
        int count = draws.appoint(id, drawId, null).size();
        flash.success(redirect, "participation.draw.appointed", count);
        return "redirect:" + ParticipationViews.councilUrl(id, draw.getCouncilId());
    }

    /** The published pool list of a draw, exactly the text whose SHA-256 the report prints. */
    static ResponseEntity<byte[]> poolFile(Draw draw) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("tirage-" + draw.getId() + "-vivier-anonymise.csv").build().toString())
                .body(draw.getAnonymisedPool().getBytes(StandardCharsets.UTF_8));
    }

    private VolunteerPool poolOf(Long workspaceId, Council council, Long poolId) {
        VolunteerPool pool = participation.pool(workspaceId, poolId);
        if (!pool.getCouncilId().equals(council.getId())) {
            throw new fr.maillage.shared.NotFoundException("pool " + poolId);
        }
        return pool;
    }

    private String setupView(Workspace workspace, AccountPrincipal me, Council council, Model model) {
        views.common(model, workspace, me);
        model.addAttribute("council", council);
        model.addAttribute("pools", participation.pools(workspace.getId(), council.getId()));
        model.addAttribute("breadcrumb", views.crumbs(workspace, council, views.text("participation.draw.newTitle"), null));
        return "participation/draw-setup";
    }

    private String cellsView(Workspace workspace, AccountPrincipal me, Council council, VolunteerPool pool,
            List<String> shortfalls, Model model) {
        views.common(model, workspace, me);
        model.addAttribute("council", council);
        model.addAttribute("pool", pool);
        model.addAttribute("shortfalls", shortfalls);
        model.addAttribute("qpvNames", views.qpvNames(council));
        model.addAttribute("breadcrumb", views.crumbs(workspace, council, views.text("participation.draw.newTitle"), null));
        return "participation/draw-cells";
    }

    static String drawUrl(Long workspaceId, Long drawId) {
        return ParticipationViews.base(workspaceId) + "/tirages/" + drawId;
    }
}
