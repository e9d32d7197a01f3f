package fr.maillage.programme;

import fr.maillage.directory.OrganisationReference;
import fr.maillage.directory.OrganisationReferences;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The actions whose carrier or partner is an organisation ({@link ProgrammeManagement} moves them
 * when organisations are merged).
 */
@Component
class ProgrammeOrganisationReferences implements OrganisationReferences {

    static final String ACTION_CARRIER = "programme.action.carrier";
    static final String ACTION_PARTNER = "programme.action.partner";

    private final EntityManager entities;

    ProgrammeOrganisationReferences(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public List<OrganisationReference> referencesTo(Long organisationId) {
        List<OrganisationReference> references = new ArrayList<>(entities.createQuery(
                "select new fr.maillage.directory.OrganisationReference('" + ACTION_CARRIER
                        + "', a.id, a.workspaceId) from Action a where a.carrierId = :id",
                OrganisationReference.class).setParameter("id", organisationId).getResultList());
        references.addAll(entities.createQuery("select new fr.maillage.directory.OrganisationReference('"
                + ACTION_PARTNER + "', a.id, a.workspaceId) from Action a join a.partners p "
                + "where p.organisationId = :id", OrganisationReference.class)
                .setParameter("id", organisationId).getResultList());
        return references;
    }
}
