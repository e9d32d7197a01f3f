package fr.maillage.agenda.web;

import fr.maillage.agenda.Audience;
import fr.maillage.agenda.EventKind;
import fr.maillage.agenda.QuestionKind;
import fr.maillage.agenda.TargetPublic;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Theme;
import fr.maillage.shared.Crumb;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the agenda pages share: breadcrumbs (Espaces › workspace › Événements › page), labels of
 * the enumerations and themes, and the French date formats (also used by the templates as
 * {@code @agendaViews}).
 */
@Component("agendaViews")
class AgendaViews {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);

    private final Flash messages;
    private final DirectoryManagement directory;

    AgendaViews(Flash messages, DirectoryManagement directory) {
        this.messages = messages;
        this.directory = directory;
    }

    static String base(Long workspaceId) {
        return "/espaces/" + workspaceId + "/evenements";
    }

    static String eventPath(Long workspaceId, Long eventId) {
        return base(workspaceId) + "/" + eventId;
    }

    List<Crumb> crumbs(Workspace workspace, String... steps) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(messages.text("workspace.list.title"), "/espaces"));
        crumbs.add(new Crumb(workspace.getName(), "/espaces/" + workspace.getId()));
        if (steps.length == 0) {
            crumbs.add(Crumb.here(messages.text("agenda.list.title")));
            return crumbs;
        }
        crumbs.add(new Crumb(messages.text("agenda.list.title"), base(workspace.getId())));
        for (int i = 0; i < steps.length; i += 2) {
            boolean last = i + 2 >= steps.length;
            crumbs.add(last ? Crumb.here(steps[i]) : new Crumb(steps[i], steps[i + 1]));
        }
        return crumbs;
    }

    List<Crumb> publicCrumbs(String... steps) {
        List<Crumb> crumbs = new ArrayList<>();
        if (steps.length == 0) {
            crumbs.add(Crumb.here(messages.text("agenda.public.title")));
            return crumbs;
        }
        crumbs.add(new Crumb(messages.text("agenda.public.title"), "/evenements"));
        for (int i = 0; i < steps.length; i += 2) {
            boolean last = i + 2 >= steps.length;
            crumbs.add(last ? Crumb.here(steps[i]) : new Crumb(steps[i], steps[i + 1]));
        }
        return crumbs;
    }

    Map<String, String> kinds() {
        return labels(EventKind.values(), "agenda.kind.");
    }

    Map<String, String> audiences() {
        return labels(Audience.values(), "agenda.audience.");
    }

    Map<String, String> publics() {
        return labels(TargetPublic.values(), "agenda.public.kind.");
    }

    Map<String, String> questionKinds() {
        return labels(QuestionKind.values(), "agenda.question.kind.");
    }

    Map<String, String> themes() {
        Map<String, String> themes = new LinkedHashMap<>();
        for (Theme theme : directory.themes()) {
            themes.put(theme.getCode(), theme.getLabel());
        }
        return themes;
    }

    private Map<String, String> labels(Enum<?>[] values, String prefix) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            labels.put(value.name(), messages.text(prefix + value.name()));
        }
        return labels;
    }

    /** "mardi 8 décembre 2026, 9h30 – 12h30", for templates. */
    public String when(java.time.LocalDateTime start, java.time.LocalDateTime end) {
        if (start == null) {
            return "";
        }
        String from = DAY.format(start) + ", " + HOUR.format(start);
        if (end == null) {
            return from;
        }
        return start.toLocalDate().equals(end.toLocalDate()) ? from + " – " + HOUR.format(end)
                : from + " – " + DAY.format(end) + ", " + HOUR.format(end);
    }

    public String day(java.time.LocalDateTime time) {
        return time == null ? "" : DAY.format(time);
    }

    public String dateTime(java.time.LocalDateTime time) {
        return time == null ? "" : DAY.format(time) + ", " + HOUR.format(time);
    }
}
