package fr.maillage.funding;

import fr.maillage.directory.OrganisationReference;
import fr.maillage.directory.OrganisationReferences;
import fr.maillage.directory.OrganisationsMerged;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The funding records that point to an organisation: applications (their carrier) and envelope
 * allocations. A merge moves them in its own transaction, so that an application is never left
 * with a carrier that no longer exists.
 */
@Component
class FundingOrganisationReferences implements OrganisationReferences {

    static final String APPLICATION_CARRIER = "funding.application.carrier";
    static final String ALLOCATION = "funding.allocation";

    private final EntityManager entities;

    FundingOrganisationReferences(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public List<OrganisationReference> referencesTo(Long organisationId) {
        List<OrganisationReference> references = new ArrayList<>(entities.createQuery(
                "select new fr.maillage.directory.OrganisationReference('" + APPLICATION_CARRIER
                        + "', a.id, a.workspaceId) from Application a where a.carrierId = :id",
                OrganisationReference.class).setParameter("id", organisationId).getResultList());
        references.addAll(entities.createQuery("select new fr.maillage.directory.OrganisationReference('" + ALLOCATION
                + "', a.id, e.workspaceId) from Allocation a, Envelope e where e.id = a.envelopeId "
                + "and a.organisationId = :id", OrganisationReference.class)
                .setParameter("id", organisationId).getResultList());
        return references;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        entities.createNativeQuery("update funding_application set carrier_id = :kept, version = version + 1 "
                + "where carrier_id = :removed").setParameter("kept", merged.keptId())
                .setParameter("removed", merged.removedId()).executeUpdate();
        entities.createNativeQuery("update funding_allocation set organisation_id = :kept, version = version + 1 "
                + "where organisation_id = :removed").setParameter("kept", merged.keptId())
                .setParameter("removed", merged.removedId()).executeUpdate();
    }
}
