package fr.maillage.participation.web;

import fr.maillage.participation.Council;
import fr.maillage.participation.Draw;
import fr.maillage.participation.DrawCitizenCouncil;
import fr.maillage.participation.FairDraw;
import fr.maillage.participation.ParticipationManagement;
import fr.maillage.shared.Crumb;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public portal's citizen councils: only what the pilote chose to publish (name, QPV, charter,
 * members per college, contact address, meeting dates), the draws with pseudonyms, the method in
 * plain French and the page that re-runs any draw from its published data.
 */
@Controller
class PublicCouncilController {

    static final String BASE = "/conseils-citoyens";

    private final ParticipationManagement participation;
    private final DrawCitizenCouncil draws;
    private final ParticipationViews views;
    private final DrawReport report;

    PublicCouncilController(ParticipationManagement participation, DrawCitizenCouncil draws, ParticipationViews views,
            DrawReport report) {
        this.report = report;
        this.participation = participation;
        this.draws = draws;
        this.views = views;
    }

    @GetMapping(BASE)
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        var councils = participation.publishedCouncils(PageRequest.of(Math.max(0, page), 20));
        model.addAttribute("councils", councils);
        model.addAttribute("qpvNames", participation.qpvNames(councils.getContent().stream()
                .flatMap(c -> c.getQpvCodes().stream()).distinct().toList()));
        model.addAttribute("pageUrl", BASE);
        model.addAttribute("breadcrumb", List.of(Crumb.here(views.text("participation.public.title"))));
        return "participation/public-councils";
    }

    @GetMapping(BASE + "/{councilId}")
    String show(@PathVariable Long councilId, Model model) {
        Council council = participation.publishedCouncil(councilId);
        model.addAttribute("council", council);
        model.addAttribute("qpvNames", participation.qpvNames(council.getQpvCodes()));
        if (council.isPublishMemberCounts()) {
            model.addAttribute("counts", participation.memberCounts(councilId));
        }
        model.addAttribute("draws", draws.publicDraws(councilId));
        model.addAttribute("breadcrumb", List.of(new Crumb(views.text("participation.public.title"), BASE),
                Crumb.here(council.getName())));
        return "participation/public-council";
    }

    @GetMapping(BASE + "/tirages/{drawId}")
    String draw(@PathVariable Long drawId, Model model) {
        Draw draw = draws.publicDraw(drawId);
        Council council = participation.publishedCouncil(draw.getCouncilId());
        model.addAttribute("council", council);
        model.addAttribute("draw", draw);
        model.addAttribute("cells", draws.cellLabels(draw));
        model.addAttribute("entries", draws.entries(drawId));
        model.addAttribute("breadcrumb", List.of(new Crumb(views.text("participation.public.title"), BASE),
                new Crumb(council.getName(), BASE + "/" + council.getId()),
                Crumb.here(views.text("participation.draw.title", draw.getId()))));
        return "participation/public-draw";
    }

    @GetMapping(BASE + "/tirages/{drawId}/vivier-anonymise.csv")
    ResponseEntity<byte[]> anonymisedPool(@PathVariable Long drawId) {
        return DrawController.poolFile(draws.publicDraw(drawId));
    }

    @GetMapping(BASE + "/tirages/{drawId}/rapport.pdf")
    ResponseEntity<byte[]> report(@PathVariable Long drawId) {
        Draw draw = draws.publicDraw(drawId);
        return report.render(participation.publishedCouncil(draw.getCouncilId()), draw, false);
    }

    @GetMapping(BASE + "/methode")
    String method(Model model) {
        model.addAttribute("algorithm", FairDraw.ALGORITHM);
        model.addAttribute("breadcrumb", List.of(new Crumb(views.text("participation.public.title"), BASE),
                Crumb.here(views.text("participation.method.title"))));
        return "participation/public-method";
    }

    @GetMapping(BASE + "/verifier")
    String verifyForm(@RequestParam(required = false) Long tirage, Model model) {
        VerificationForm form = VerificationForm.empty();
        if (tirage != null) {
            Draw draw = draws.publicDraw(tirage);
            form = new VerificationForm(draw.getSeedPhrase(), FairDraw.formatCells(draw.quotaCells()),
                    draw.getSubstitutesPerSeat(), draw.getAnonymisedPool());
            model.addAttribute("expected", draw);
        }
        model.addAttribute("form", form);
        return verifyView(model);
    }

    @PostMapping(BASE + "/verifier")
    String verify(@Valid @ModelAttribute("form") VerificationForm form, BindingResult result, Model model) {
        if (result.hasErrors()) {
            return verifyView(model);
        }
        List<FairDraw.Cell> cells;
        List<FairDraw.Candidate> pool;
        try {
            cells = FairDraw.parseCells(form.cells());
        } catch (IllegalArgumentException e) {
            result.rejectValue("cells", "participation.verify.cells.invalid");
            return verifyView(model);
        }
        try {
            pool = FairDraw.parseList(form.pool());
        } catch (IllegalArgumentException e) {
            result.rejectValue("pool", "participation.verify.pool.invalid");
            return verifyView(model);
        }
        List<String> shortfalls = new ArrayList<>();
        try {
            FairDraw.shortfalls(pool, cells).forEach(s -> shortfalls.add(draws.explain(s)));
        } catch (IllegalArgumentException e) {
            result.rejectValue("cells", "participation.verify.cells.invalid");
            return verifyView(model);
        }
        if (!shortfalls.isEmpty()) {
            model.addAttribute("shortfalls", shortfalls);
            return verifyView(model);
        }
        try {
            FairDraw.Result outcome = FairDraw.draw(pool, cells, form.substitutesPerSeat(), form.seedPhrase());
            model.addAttribute("outcome", outcome);
            model.addAttribute("cellLabels", outcome.cells().stream().map(c -> draws.label(c.cell())).toList());
        } catch (IllegalArgumentException e) {
            result.rejectValue("cells", "participation.verify.cells.invalid");
        }
        return verifyView(model);
    }

    private String verifyView(Model model) {
        model.addAttribute("breadcrumb", List.of(new Crumb(views.text("participation.public.title"), BASE),
                Crumb.here(views.text("participation.verify.title"))));
        if (!model.containsAttribute("shortfalls")) {
            model.addAttribute("shortfalls", List.of());
        }
        return "participation/public-verify";
    }
}
