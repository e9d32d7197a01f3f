package fr.maillage.evaluation;

import fr.maillage.directory.OrganisationReference;
import fr.maillage.directory.OrganisationReferences;
import fr.maillage.directory.OrganisationsMerged;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The data-entry requests sent to an organisation's contact; a merge moves them in its own transaction.
 */
@Component
class EvaluationOrganisationReferences implements OrganisationReferences {

    static final String CAMPAIGN_REQUEST = "evaluation.campaignRequest";

    private final EntityManager entities;

    EvaluationOrganisationReferences(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public List<OrganisationReference> referencesTo(Long organisationId) {
        return entities.createQuery("select new fr.maillage.directory.OrganisationReference('" + CAMPAIGN_REQUEST
                + "', r.id, r.workspaceId) from CampaignRequest r where r.organisationId = :id",
                OrganisationReference.class).setParameter("id", organisationId).getResultList();
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        entities.createNativeQuery("update evaluation_campaign_request set organisation_id = :kept, "
                + "version = version + 1 where organisation_id = :removed").setParameter("kept", merged.keptId())
                .setParameter("removed", merged.removedId()).executeUpdate();
    }
}
