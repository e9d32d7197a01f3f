package fr.maillage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.directory.MergeOrganisations;
import fr.maillage.directory.Organisation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A body member that is an organisation merged away in the directory follows the organisation kept,
 * in the merge's transaction, and can still be edited.
 */
@Tag("database")
class GovernanceOrganisationsMergedTests extends GovernanceTestSupport {

    @Autowired
    MergeOrganisations merge;

    @Test
    void a_member_whose_organisation_was_merged_away_points_to_the_kept_one_and_can_be_edited() {
        Body body = copil(montbeliard, 1);
        BodyMember member = governance.members(body.getId()).get(0);
        Organisation kept = organisation("CAF du Doubs " + System.nanoTime(), "contact." + System.nanoTime()
                + "@caf.example.fr");
        merge.merge(kept.getId(), member.getOrganisationId());

        BodyMember moved = governance.member(montbeliard.getId(), body.getId(), member.getId());
        assertThat(moved.getOrganisationId()).isEqualTo(kept.getId());
        BodyMember edited = governance.updateMember(montbeliard.getId(), body.getId(), member.getId(),
                moved.getVersion(), new MemberDetails(kept.getId(), null, null, MemberFunction.CO_PRESIDENT, null,
                        null, null, true));
        assertThat(edited.getOrganisationId()).isEqualTo(kept.getId());
        assertThat(edited.getFunction()).isEqualTo(MemberFunction.CO_PRESIDENT);
    }
}
