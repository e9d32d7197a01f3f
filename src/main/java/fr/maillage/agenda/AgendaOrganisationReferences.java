package fr.maillage.agenda;

import fr.maillage.directory.OrganisationReference;
import fr.maillage.directory.OrganisationReferences;
import fr.maillage.directory.OrganisationsMerged;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The registrations to events that name an organisation; a merge moves them in its own transaction.
 */
@Component
class AgendaOrganisationReferences implements OrganisationReferences {

    static final String REGISTRATION = "agenda.registration";

    private final EntityManager entities;

    AgendaOrganisationReferences(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public List<OrganisationReference> referencesTo(Long organisationId) {
        return entities.createQuery("select new fr.maillage.directory.OrganisationReference('" + REGISTRATION
                + "', r.id, e.workspaceId) from Registration r, Event e where e.id = r.eventId "
                + "and r.organisationId = :id", OrganisationReference.class)
                .setParameter("id", organisationId).getResultList();
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        entities.createNativeQuery("update agenda_registration set organisation_id = :kept, version = version + 1 "
                + "where organisation_id = :removed").setParameter("kept", merged.keptId())
                .setParameter("removed", merged.removedId()).executeUpdate();
    }
}
