package fr.maillage.governance;

import fr.maillage.directory.OrganisationReference;
import fr.maillage.directory.OrganisationReferences;
import fr.maillage.directory.OrganisationsMerged;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The body members that are organisations, and the attendance sheets that copied them; a merge
 * moves them in its own transaction.
 */
@Component
class GovernanceOrganisationReferences implements OrganisationReferences {

    static final String MEMBER = "governance.member";
    static final String ATTENDANCE = "governance.attendance";

    private final EntityManager entities;

    GovernanceOrganisationReferences(EntityManager entities) {
        this.entities = entities;
    }

    @Override
    public List<OrganisationReference> referencesTo(Long organisationId) {
        List<OrganisationReference> references = new ArrayList<>(entities.createQuery(
                "select new fr.maillage.directory.OrganisationReference('" + MEMBER + "', m.id, b.workspaceId) "
                        + "from BodyMember m, Body b where b.id = m.bodyId and m.organisationId = :id",
                OrganisationReference.class).setParameter("id", organisationId).getResultList());
        references.addAll(entities.createQuery("select new fr.maillage.directory.OrganisationReference('"
                + ATTENDANCE + "', a.id, m.workspaceId) from GovernanceAttendance a, Meeting m "
                + "where m.id = a.meetingId and a.organisationId = :id", OrganisationReference.class)
                .setParameter("id", organisationId).getResultList());
        return references;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        entities.createNativeQuery("update governance_body_member set organisation_id = :kept, "
                + "version = version + 1 where organisation_id = :removed").setParameter("kept", merged.keptId())
                .setParameter("removed", merged.removedId()).executeUpdate();
        entities.createNativeQuery("update governance_attendance set organisation_id = :kept, "
                + "version = version + 1 where organisation_id = :removed").setParameter("kept", merged.keptId())
                .setParameter("removed", merged.removedId()).executeUpdate();
    }
}
