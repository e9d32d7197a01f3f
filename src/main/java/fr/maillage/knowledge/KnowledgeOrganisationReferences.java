package fr.maillage.knowledge;

import fr.maillage.directory.OrganisationReference;
import fr.maillage.directory.OrganisationReferences;
import fr.maillage.directory.OrganisationsMerged;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The experience sheets whose carrier or partner is an organisation; a merge moves them in its own
 * transaction (a sheet that had both organisations as partners keeps one).
 */
@Component
class KnowledgeOrganisationReferences implements OrganisationReferences {

    static final String SHEET_CARRIER = "knowledge.sheet.carrier";
    static final String SHEET_PARTNER = "knowledge.sheet.partner";

    private final EntityManager entities;

    KnowledgeOrganisationReferences(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public List<OrganisationReference> referencesTo(Long organisationId) {
        List<OrganisationReference> references = new ArrayList<>(entities.createQuery(
                "select new fr.maillage.directory.OrganisationReference('" + SHEET_CARRIER
                        + "', s.id, s.workspaceId) from ExperienceSheet s where s.carrierId = :id",
                OrganisationReference.class).setParameter("id", organisationId).getResultList());
        references.addAll(entities.createQuery("select new fr.maillage.directory.OrganisationReference('"
                + SHEET_PARTNER + "', s.id, s.workspaceId) from ExperienceSheet s join s.partnerIds p where p = :id",
                OrganisationReference.class).setParameter("id", organisationId).getResultList());
        return references;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        entities.createNativeQuery("update knowledge_sheet set version = version + 1 where carrier_id = :removed "
                + "or id in (select sheet_id from knowledge_sheet_partner where organisation_id = :removed)")
                .setParameter("removed", merged.removedId()).executeUpdate();
        entities.createNativeQuery("update knowledge_sheet set carrier_id = :kept where carrier_id = :removed")
                .setParameter("kept", merged.keptId()).setParameter("removed", merged.removedId()).executeUpdate();
        entities.createNativeQuery("update knowledge_sheet_partner set organisation_id = :kept "
                + "where organisation_id = :removed and sheet_id not in "
                + "(select sheet_id from knowledge_sheet_partner where organisation_id = :kept)")
                .setParameter("kept", merged.keptId()).setParameter("removed", merged.removedId()).executeUpdate();
        entities.createNativeQuery("delete from knowledge_sheet_partner where organisation_id = :removed")
                .setParameter("removed", merged.removedId()).executeUpdate();
    }
}
