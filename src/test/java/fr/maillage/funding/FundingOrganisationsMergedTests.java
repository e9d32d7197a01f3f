package fr.maillage.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.directory.MergeOrganisations;
import fr.maillage.directory.Organisation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An application whose carrier was merged away in the directory follows the organisation kept, in
 * the merge's transaction: its edit form opens (no "not found") and saving works.
 */
@Tag("database")
class FundingOrganisationsMergedTests extends FundingTestSupport {

    @Autowired
    MergeOrganisations merge;

    @Test
    void an_application_whose_carrier_was_merged_away_points_to_the_kept_one_and_can_be_edited() throws Exception {
        Application application = funding.createApplication(montbeliard.getId(),
                details(montbeliard, null, "Ateliers parents", budget(Funder.CAF, "3000.00")), actor(pilote));
        Organisation kept = organisation("Centre social Les Buis (fiche gardée) " + System.nanoTime());
        merge.merge(kept.getId(), carrier.getId());

        Application moved = funding.application(montbeliard.getId(), application.getId());
        assertThat(moved.getCarrierId()).isEqualTo(kept.getId());
        mvc.perform(get(base(montbeliard) + "/dossiers/" + application.getId() + "/modifier")
                .with(user(me(pilote)))).andExpect(status().isOk());
        carrier = kept;
        Application edited = funding.updateApplication(montbeliard.getId(), application.getId(), moved.getVersion(),
                details(montbeliard, null, "Ateliers parents et enfants", budget(Funder.CAF, "3000.00")),
                actor(pilote));
        assertThat(edited.getTitle()).isEqualTo("Ateliers parents et enfants");
        assertThat(edited.getCarrierId()).isEqualTo(kept.getId());
    }
}
