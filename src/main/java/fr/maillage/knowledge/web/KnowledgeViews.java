package fr.maillage.knowledge.web;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.DirectorySearch;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationFilters;
import fr.maillage.directory.Theme;
import fr.maillage.knowledge.ExperienceSheet;
import fr.maillage.shared.Crumb;
import fr.maillage.shared.Flash;
import fr.maillage.territory.TerritoryDirectory;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.territory.TerritoryRef;
import fr.maillage.workspace.Workspace;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What the module's pages share: breadcrumbs, theme labels, and the names of the territories and
 * organisations a sheet refers to by code or id.
 */
@Component
class KnowledgeViews {

    private final Flash messages;
    private final DirectoryManagement directory;
    private final DirectorySearch directorySearch;
    private final TerritoryDirectory territories;

    KnowledgeViews(Flash messages, DirectoryManagement directory, DirectorySearch directorySearch,
            TerritoryDirectory territories) {
        this.messages = messages;
        this.directory = directory;
        this.directorySearch = directorySearch;
        this.territories = territories;
    }

    /** What a sheet page shows besides the sheet: names of its places, carrier, partners and themes. */
    record SheetLabels(List<String> communes, List<String> qpvs, Organisation carrier, List<Organisation> partners,
            List<String> themes) {
    }

    /**
     * Espaces › workspace › section › steps; steps are label, url pairs, the last label without url.
     */
    List<Crumb> crumbs(Workspace workspace, String sectionKey, String sectionUrl, String... steps) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(messages.text("workspace.list.title"), "/espaces"));
        crumbs.add(new Crumb(workspace.getName(), "/espaces/" + workspace.getId()));
        if (steps.length == 0) {
            crumbs.add(Crumb.here(messages.text(sectionKey)));
            return crumbs;
        }
        crumbs.add(new Crumb(messages.text(sectionKey), sectionUrl));
        for (int i = 0; i < steps.length; i += 2) {
            boolean last = i + 2 >= steps.length;
            crumbs.add(last ? Crumb.here(steps[i]) : new Crumb(steps[i], steps[i + 1]));
        }
        return crumbs;
    }

    String text(String key, Object... args) {
        return messages.text(key, args);
    }

    Map<String, String> themes() {
        Map<String, String> themes = new LinkedHashMap<>();
        for (Theme theme : directory.themes()) {
            themes.put(theme.getCode(), theme.getLabel());
        }
        return themes;
    }

    SheetLabels labels(ExperienceSheet sheet) {
        Map<String, String> themes = themes();
        List<Long> ids = new ArrayList<>(sheet.getPartnerIds());
        if (sheet.getCarrierId() != null) {
            ids.add(sheet.getCarrierId());
        }
        Map<Long, Organisation> organisations = directory.organisations(ids);
        return new SheetLabels(names(TerritoryKind.COMMUNE, sheet.getCommuneCodes()),
                names(TerritoryKind.QPV, sheet.getQpvCodes()),
                sheet.getCarrierId() == null ? null : organisations.get(sheet.getCarrierId()),
                sheet.getPartnerIds().stream().map(organisations::get).filter(o -> o != null)
                        .sorted(java.util.Comparator.comparing(Organisation::getName)).toList(),
                sheet.getThemeCodes().stream().map(c -> themes.getOrDefault(c, c)).sorted().toList());
    }

    List<String> names(TerritoryKind kind, Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, TerritoryRef> found = territories.findAll(kind, codes);
        return codes.stream().map(c -> found.containsKey(c) ? found.get(c).name() : c).sorted().toList();
    }

    /** The codes among these that the territorial reference does not know. */
    List<String> unknown(TerritoryKind kind, Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, TerritoryRef> found = territories.findAll(kind, codes);
        return codes.stream().filter(c -> !found.containsKey(c)).toList();
    }

    /** Organisations of the directory whose name starts like the words, for suggestions. */
    List<Organisation> suggest(String words) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        return directorySearch.organisations(OrganisationFilters.text(words), null, PageRequest.of(0, 10), false)
                .page().getContent();
    }

    /** The organisation of the directory with exactly this name (accents and case aside). */
    Optional<Organisation> organisationNamed(String name) {
        String wanted = fold(name);
        return suggest(name).stream().filter(o -> fold(o.getName()).equals(wanted)
                || (o.getAcronym() != null && fold(o.getAcronym()).equals(wanted))).findFirst();
    }

    String organisationName(Long id) {
        return id == null ? "" : directory.organisations(List.of(id)).values().stream().findFirst()
                .map(Organisation::getName).orElse("");
    }

    Map<Long, Organisation> organisations(Collection<Long> ids) {
        return directory.organisations(ids);
    }

    private static String fold(String s) {
        return Normalizer.normalize(s == null ? "" : s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
