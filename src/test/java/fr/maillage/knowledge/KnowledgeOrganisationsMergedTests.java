package fr.maillage.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.MergeOrganisations;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An experience sheet whose carrier or partner was merged away in the directory follows the
 * organisation kept, in the merge's transaction, and can still be edited.
 */
@Tag("database")
class KnowledgeOrganisationsMergedTests extends KnowledgeTestSupport {

    @Autowired
    MergeOrganisations merge;

    @Autowired
    DirectoryManagement directory;

    @Test
    void a_sheet_whose_carrier_and_partner_were_merged_away_points_to_the_kept_ones_and_can_be_edited() {
        Organisation kept = organisation("Centre social Les Buis");
        Organisation carrierTwin = organisation("Centre social les Buis (doublon)");
        Organisation partner = organisation("Médiathèque");
        Organisation partnerTwin = organisation("Médiathèque (doublon)");
        ExperienceSheet sheet = knowledge.create(montbeliard.getId(), pilote.getId(), null, details("Jardin partagé",
                carrierTwin.getId(), Set.of(partner.getId(), partnerTwin.getId())));
        merge.merge(kept.getId(), carrierTwin.getId());
        merge.merge(partner.getId(), partnerTwin.getId());

        ExperienceSheet moved = knowledge.sheet(montbeliard.getId(), sheet.getId());
        assertThat(moved.getCarrierId()).isEqualTo(kept.getId());
        assertThat(moved.getPartnerIds()).containsExactly(partner.getId());
        ExperienceSheet edited = knowledge.update(montbeliard.getId(), sheet.getId(), moved.getVersion(),
                details("Jardin partagé des Buis", kept.getId(), Set.of(partner.getId())));
        assertThat(edited.getTitle()).isEqualTo("Jardin partagé des Buis");
    }

    private Organisation organisation(String name) {
        return directory.createOrganisation(new OrganisationDetails(name + " " + System.nanoTime(), null,
                OrganisationKind.ASSOCIATION, null, null, null, null, null, null, Set.of(), Set.of(), null, null, null));
    }

    private static SheetDetails details(String title, Long carrierId, Set<Long> partnerIds) {
        return new SheetDetails(title, null, Set.of(), Set.of(), carrierId, partnerIds, Set.of(), null, null, null,
                null, null, null, null, null, null, null, null);
    }
}
