package fr.maillage.directory;

import fr.maillage.shared.search.SearchableContent;
import fr.maillage.shared.search.SearchableRemoved;
import fr.maillage.shared.search.SearchableSource;
import fr.maillage.territory.TerritoryDirectory;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.territory.TerritoryRef;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations as the global search sees them: visible to every logged-in user (they belong to no
 * workspace), never to anonymous visitors. Published on every change, and read in batches for the
 * search module's backfill.
 */
@Component
@Transactional(readOnly = true)
class OrganisationSearchContents implements SearchableSource {

    static final String TYPE = "organisation";

    private final EntityManager entityManager;
    private final Themes themes;
    private final TerritoryDirectory territories;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    OrganisationSearchContents(EntityManager entityManager, Themes themes, TerritoryDirectory territories,
            MessageSource messages, ApplicationEventPublisher events) {
        this.entityManager = entityManager;
        this.themes = themes;
        this.territories = territories;
        this.messages = messages;
        this.events = events;
    }

    /** Tells the search that an organisation was created or changed. */
    void changed(Organisation organisation) {
        events.publishEvent(contents(List.of(organisation)).get(0));
    }

    /** Tells the search that organisations were created or changed (an import, after its commit). */
    void changed(List<Organisation> organisations) {
        if (!organisations.isEmpty()) {
            contents(organisations).forEach(events::publishEvent);
        }
    }

    /** Tells the search that an organisation is gone. */
    void removed(Long organisationId) {
        events.publishEvent(new SearchableRemoved(TYPE, organisationId));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public long count() {
        return entityManager.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
    }

    @Override
    public List<SearchableContent> after(long afterId, int limit) {
        return contents(entityManager.createQuery("select o from Organisation o where o.id > :after order by o.id",
                Organisation.class).setParameter("after", afterId).setMaxResults(limit).getResultList());
    }

    private List<SearchableContent> contents(List<Organisation> list) {
        Map<String, String> themeLabels = themes.findAll().stream()
                .collect(Collectors.toMap(Theme::getCode, Theme::getLabel));
        Map<String, TerritoryRef> communes = territories.findAll(TerritoryKind.COMMUNE,
                codes(list.stream().map(Organisation::getCommuneCode)));
        Map<String, TerritoryRef> qpvs = territories.findAll(TerritoryKind.QPV,
                codes(list.stream().flatMap(o -> o.getQpvCodes().stream())));
        List<SearchableContent> contents = new ArrayList<>(list.size());
        for (Organisation o : list) {
            List<String> places = new ArrayList<>();
            TerritoryRef commune = o.getCommuneCode() == null ? null : communes.get(o.getCommuneCode());
            if (commune != null) {
                places.add(commune.name());
            }
            o.getQpvCodes().stream().map(qpvs::get).filter(Objects::nonNull).map(TerritoryRef::name)
                    .forEach(places::add);
            String kind = messages.getMessage("directory.kind." + o.getKind(), null, o.getKind().name(), Locale.FRANCE);
            String text = Stream.of(o.getName(), o.getAcronym(), kind, o.getStreet(), o.getPostalCode(),
                    commune == null ? null : commune.name()).filter(Objects::nonNull)
                    .collect(Collectors.joining(" · "));
            contents.add(new SearchableContent(TYPE, o.getId(), null, false, o.label(), text,
                    o.getThemeCodes().stream().map(c -> themeLabels.getOrDefault(c, c)).toList(), places, null,
                    "/annuaire/organisations/" + o.getId()));
        }
        return contents;
    }

    private static Collection<String> codes(Stream<String> codes) {
        return codes.filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
