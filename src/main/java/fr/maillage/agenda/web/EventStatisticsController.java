package fr.maillage.agenda.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.agenda.AgendaAction;
import fr.maillage.agenda.Event;
import fr.maillage.agenda.EventStatistics;
import fr.maillage.agenda.EventStatistics.EventFigures;
import fr.maillage.agenda.EventStatistics.YearFigures;
import fr.maillage.shared.Flash;
import fr.maillage.shared.TableWriter;
import fr.maillage.shared.chart.Chart;
import fr.maillage.shared.chart.ChartKind;
import fr.maillage.shared.chart.ChartSeries;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The figures of an event (or cycle, session by session) and of a workspace's year, as pages with
 * charts and tables, and as XLSX workbooks.
 */
@Controller
class EventStatisticsController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AgendaGate gate;
    private final EventStatistics statistics;
    private final WorkspaceManagement workspaces;
    private final AgendaViews views;
    private final Flash flash;

    EventStatisticsController(AgendaGate gate, EventStatistics statistics, WorkspaceManagement workspaces,
            AgendaViews views, Flash flash) {
        this.gate = gate;
        this.statistics = statistics;
        this.workspaces = workspaces;
        this.views = views;
        this.flash = flash;
    }

    @GetMapping("/espaces/{id}/evenements/{eventId}/statistiques")
    String event(@PathVariable Long id, @PathVariable Long eventId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Event event = gate.requireEvent(id, eventId, me, AgendaAction.VIEW_EVENTS);
        Workspace workspace = workspaces.get(id);
        EventFigures figures = statistics.event(eventId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("event", event);
        model.addAttribute("figures", figures);
        model.addAttribute("publicLabels", views.publics());
        model.addAttribute("sessionsChart", sessionsChart(figures));
        model.addAttribute("publicsChart", countChart("publics", flash.text("agenda.stats.publics"),
                labelled(figures.publics(), views.publics())));
        model.addAttribute("breadcrumb", views.crumbs(workspace, event.getTitle(), AgendaViews.eventPath(id, eventId),
                flash.text("agenda.stats.title"), null));
        return "agenda/statistics";
    }

    @GetMapping("/espaces/{id}/evenements/{eventId}/statistiques.xlsx")
    ResponseEntity<StreamingResponseBody> eventWorkbook(@PathVariable Long id, @PathVariable Long eventId,
            @AuthenticationPrincipal AccountPrincipal me) {
        gate.requireEvent(id, eventId, me, AgendaAction.VIEW_EVENTS);
        EventFigures f = statistics.event(eventId);
        Map<String, String> publics = views.publics();
        return xlsx("statistiques-evenement-" + eventId + ".xlsx", out -> {
            try (TableWriter table = TableWriter.xlsx(out, flash.text("agenda.stats.sheet"))) {
                table.row(List.of(flash.text("agenda.stats.col.measure"), flash.text("agenda.stats.col.value")));
                table.row(List.of(flash.text("agenda.stats.confirmed"), f.confirmed()));
                table.row(List.of(flash.text("agenda.stats.waiting"), f.waiting()));
                table.row(List.of(flash.text("agenda.stats.cancelled"), f.cancelled()));
                table.row(List.of(flash.text("agenda.stats.walkIns"), f.walkIns()));
                table.row(List.of(flash.text("agenda.stats.attendees"), f.attendees()));
                table.row(nullable(flash.text("agenda.stats.rate"), f.attendanceRate()));
                for (EventStatistics.SessionFigure s : f.sessions()) {
                    table.row(List.of(flash.text("agenda.stats.sessionPresent", s.session().getTitle()), s.present()));
                }
                for (var e : f.publics().entrySet()) {
                    table.row(List.of(flash.text("agenda.stats.publicRow", publics.getOrDefault(e.getKey(),
                            flash.text("agenda.stats.unknown"))), e.getValue()));
                }
                for (var e : f.organisations().entrySet()) {
                    table.row(List.of(flash.text("agenda.stats.organisationRow", e.getKey().isEmpty()
                            ? flash.text("agenda.stats.unknown") : e.getKey()), e.getValue()));
                }
                for (var e : f.epci().entrySet()) {
                    table.row(List.of(flash.text("agenda.stats.epciRow", e.getKey()), e.getValue()));
                }
                for (var e : f.qpv().entrySet()) {
                    table.row(List.of(flash.text("agenda.stats.qpvRow", e.getKey()), e.getValue()));
                }
                table.row(List.of(flash.text("agenda.stats.notLocated"), f.notLocated()));
            }
        });
    }

    @GetMapping("/espaces/{id}/evenements/bilan")
    String year(@PathVariable Long id, @RequestParam(required = false) Integer annee,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, AgendaAction.VIEW_EVENTS);
        int year = annee == null ? java.time.Year.now().getValue() : annee;
        YearFigures figures = statistics.year(id, year);
        List<String> categories = figures.lines().stream().map(l -> l.event().getTitle()).toList();
        Chart chart = new Chart("annee-" + year, flash.text("agenda.year.chart", year),
                flash.text("agenda.year.chartDescription", year), ChartKind.GROUPED_BAR, categories,
                List.of(new ChartSeries(flash.text("agenda.stats.confirmed"),
                                figures.lines().stream().map(l -> BigDecimal.valueOf(l.confirmed())).toList()),
                        new ChartSeries(flash.text("agenda.stats.attendees"),
                                figures.lines().stream().map(l -> BigDecimal.valueOf(l.attendees())).toList())),
                flash.text("agenda.stats.people"));
        model.addAttribute("workspace", workspace);
        model.addAttribute("figures", figures);
        model.addAttribute("chart", figures.lines().isEmpty() ? null : chart);
        model.addAttribute("kinds", views.kinds());
        model.addAttribute("breadcrumb", views.crumbs(workspace, flash.text("agenda.year.title", year), null));
        return "agenda/year";
    }

    @GetMapping("/espaces/{id}/evenements/bilan.xlsx")
    ResponseEntity<StreamingResponseBody> yearWorkbook(@PathVariable Long id,
            @RequestParam(required = false) Integer annee, @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, AgendaAction.VIEW_EVENTS);
        int year = annee == null ? java.time.Year.now().getValue() : annee;
        YearFigures figures = statistics.year(id, year);
        Map<String, String> kinds = views.kinds();
        return xlsx("bilan-evenements-" + year + ".xlsx", out -> {
            try (TableWriter table = TableWriter.xlsx(out, flash.text("agenda.year.sheet", year))) {
                table.row(List.of(flash.text("agenda.list.col.event"), flash.text("agenda.list.col.kind"),
                        flash.text("agenda.year.col.date"), flash.text("agenda.year.col.sessions"),
                        flash.text("agenda.stats.confirmed"), flash.text("agenda.stats.attendees"),
                        flash.text("agenda.stats.rate")));
                for (EventStatistics.YearLine l : figures.lines()) {
                    List<Object> row = new ArrayList<>(List.of(l.event().getTitle(), kinds.get(l.event().getKind().name()),
                            l.event().getStartsAt().toLocalDate().toString(), l.sessionCount(), l.confirmed(),
                            l.attendees()));
                    row.add(l.rate());
                    table.row(row);
                }
            }
        });
    }

    private Chart sessionsChart(EventFigures figures) {
        if (figures.sessions().isEmpty()) {
            return null;
        }
        return new Chart("seances", flash.text("agenda.stats.sessionsChart"),
                flash.text("agenda.stats.sessionsChartDescription"), ChartKind.BAR,
                figures.sessions().stream().map(s -> s.session().getTitle()).toList(),
                List.of(new ChartSeries(flash.text("agenda.stats.present"),
                        figures.sessions().stream().map(s -> BigDecimal.valueOf(s.present())).toList())),
                flash.text("agenda.stats.people"));
    }

    private Chart countChart(String id, String title, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return null;
        }
        return new Chart(id, title, flash.text("agenda.stats.countDescription", title), ChartKind.BAR,
                new ArrayList<>(counts.keySet()),
                List.of(new ChartSeries(flash.text("agenda.stats.confirmed"),
                        counts.values().stream().map(BigDecimal::valueOf).toList())),
                flash.text("agenda.stats.people"));
    }

    private Map<String, Long> labelled(Map<String, Long> counts, Map<String, String> labels) {
        Map<String, Long> labelled = new java.util.LinkedHashMap<>();
        counts.forEach((k, v) -> labelled.put(labels.getOrDefault(k, flash.text("agenda.stats.unknown")), v));
        return labelled;
    }

    private static List<Object> nullable(String label, Object value) {
        List<Object> row = new ArrayList<>();
        row.add(label);
        row.add(value);
        return row;
    }

    private interface Writer {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static ResponseEntity<StreamingResponseBody> xlsx(String fileName, Writer writer) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(writer::write);
    }
}
