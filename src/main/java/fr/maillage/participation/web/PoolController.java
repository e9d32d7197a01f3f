package fr.maillage.participation.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.participation.Council;
import fr.maillage.participation.ListSource;
import fr.maillage.participation.ParticipationAction;
import fr.maillage.participation.ParticipationManagement;
import fr.maillage.participation.ParticipationPersonalData;
import fr.maillage.participation.ParticipationProperties;
import fr.maillage.participation.Volunteer;
import fr.maillage.participation.VolunteerImport;
import fr.maillage.participation.VolunteerPool;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.shared.PersonalDataSource;
import fr.maillage.workspace.Workspace;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Volunteer pools: creation, the residents (entered or imported from a file), and a resident's
 * RGPD access and erasure. Names are only shown to those who may see personal data; the others see
 * the pseudonyms the draws publish.
 */
@Controller
class PoolController {

    private final ParticipationGate gate;
    private final ParticipationManagement participation;
    private final VolunteerImport importer;
    private final ParticipationPersonalData personalData;
    private final ParticipationViews views;
    private final Flash flash;
    private final long maxBytes;

    PoolController(ParticipationGate gate, ParticipationManagement participation, VolunteerImport importer,
            ParticipationPersonalData personalData, ParticipationViews views, Flash flash,
            ParticipationProperties properties) {
        this.gate = gate;
        this.participation = participation;
        this.importer = importer;
        this.personalData = personalData;
        this.views = views;
        this.flash = flash;
        this.maxBytes = properties.importMaxBytes();
    }

    @GetMapping("/espaces/{id}/participation/conseils/{councilId}/viviers/nouveau")
    String initCreationForm(@PathVariable Long id, @PathVariable Long councilId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, ParticipationAction.EDIT);
        model.addAttribute("form", PoolForm.empty());
        return formView(workspace, me, participation.council(id, councilId), model);
    }

    @PostMapping("/espaces/{id}/participation/conseils/{councilId}/viviers/nouveau")
    String processCreationForm(@PathVariable Long id, @PathVariable Long councilId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") PoolForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, ParticipationAction.EDIT);
        Council council = participation.council(id, councilId);
        if (result.hasErrors()) {
            return formView(workspace, me, council, model);
        }
        VolunteerPool pool = participation.createPool(id, councilId, form.name(), form.retainUntil());
        flash.success(redirect, "participation.pool.created", pool.getName());
        return "redirect:" + poolUrl(id, pool.getId());
    }

    @GetMapping("/espaces/{id}/participation/viviers/{poolId}")
    String show(@PathVariable Long id, @PathVariable Long poolId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, ParticipationAction.VIEW);
        model.addAttribute("form", VolunteerForm.empty());
        return poolView(workspace, me, poolId, page, model);
    }

    @PostMapping("/espaces/{id}/participation/viviers/{poolId}/volontaires")
    String addVolunteer(@PathVariable Long id, @PathVariable Long poolId, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") VolunteerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, ParticipationAction.EDIT);
        if (result.hasErrors()) {
            return poolView(workspace, me, poolId, 0, model);
        }
        Volunteer added = participation.addVolunteer(id, poolId, form.details());
        flash.success(redirect, "participation.volunteer.added", added.fullName(), added.getReference());
        return "redirect:" + poolUrl(id, poolId);
    }

    @PostMapping("/espaces/{id}/participation/viviers/{poolId}/import")
    String importFile(@PathVariable Long id, @PathVariable Long poolId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam("fichier") MultipartFile file, @RequestParam(defaultValue = "VOLONTAIRES") ListSource source,
            Model model, RedirectAttributes redirect) throws IOException {
        Workspace workspace = gate.require(id, me, ParticipationAction.EDIT);
        if (file.isEmpty() || file.getSize() > maxBytes) {
            throw new BusinessRuleException(file.isEmpty() ? "participation.import.empty" : "participation.import.tooLarge");
        }
        VolunteerImport.Outcome outcome = importer.importFile(id, poolId, file.getBytes(), source);
        if (!outcome.succeeded()) {
            model.addAttribute("form", VolunteerForm.empty());
            model.addAttribute("problems", outcome.problems());
            model.addAttribute("fileName", file.getOriginalFilename());
            return poolView(workspace, me, poolId, 0, model);
        }
        flash.success(redirect, "participation.import.done", outcome.imported());
        return "redirect:" + poolUrl(id, poolId);
    }

    @GetMapping("/espaces/{id}/participation/volontaires/{volunteerId}/donnees.json")
    ResponseEntity<PersonalDataSource.Found> data(@PathVariable Long id, @PathVariable Long volunteerId,
            @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, ParticipationAction.PERSONAL_DATA);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("donnees-volontaire-" + volunteerId + ".json").build().toString())
                .body(personalData.volunteer(id, volunteerId));
    }

    @PostMapping("/espaces/{id}/participation/volontaires/{volunteerId}/effacer")
    String erase(@PathVariable Long id, @PathVariable Long volunteerId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, ParticipationAction.PERSONAL_DATA);
        Volunteer volunteer = participation.volunteer(id, volunteerId);
        participation.eraseVolunteer(id, volunteerId);
        flash.success(redirect, "participation.volunteer.erased", volunteer.getReference());
        return "redirect:" + poolUrl(id, volunteer.getPoolId());
    }

    private String poolView(Workspace workspace, AccountPrincipal me, Long poolId, int page, Model model) {
        Long id = workspace.getId();
        VolunteerPool pool = participation.pool(id, poolId);
        Council council = participation.council(id, pool.getCouncilId());
        views.common(model, workspace, me);
        model.addAttribute("council", council);
        model.addAttribute("pool", pool);
        model.addAttribute("qpvNames", views.qpvNames(council));
        model.addAttribute("volunteers", participation.volunteers(id, poolId, PageRequest.of(Math.max(0, page), 50)));
        model.addAttribute("pageUrl", poolUrl(id, poolId));
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", List.of());
        }
        model.addAttribute("breadcrumb", views.crumbs(workspace, council, pool.getName(), null));
        return "participation/pool";
    }

    private String formView(Workspace workspace, AccountPrincipal me, Council council, Model model) {
        views.common(model, workspace, me);
        model.addAttribute("council", council);
        model.addAttribute("breadcrumb", views.crumbs(workspace, council, views.text("participation.pool.newTitle"), null));
        return "participation/pool-form";
    }

    static String poolUrl(Long workspaceId, Long poolId) {
        return ParticipationViews.base(workspaceId) + "/viviers/" + poolId;
    }
}
