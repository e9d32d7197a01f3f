package fr.maillage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.workspace.WorkspaceRole;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evaluation's rights, line by line: who (anonymous, non-member, lecteur, contributeur, pilote,
 * admin) may do what, with and without ownership (the referent of the action; a review's validator).
 */
class EvaluationPermissionsTests {

    private static final String ANONYMOUS = "anonymous";
    private static final String OUTSIDER = "outsider";
    private static final String LECTEUR = "LECTEUR";
    private static final String CONTRIBUTEUR = "CONTRIBUTEUR";
    private static final String PILOTE = "PILOTE";
    private static final String ADMIN = "admin";

    /** action, own, then: anonymous, outsider, lecteur, contributeur, pilote, admin (non-member). */
    static Stream<Arguments> table() {
        return Stream.of(
                row(EvaluationAction.VIEW, false, false, false, true, true, true, true),
                row(EvaluationAction.VIEW_REGIONAL, false, false, false, true, true, true, true),
                row(EvaluationAction.MANAGE_INDICATORS, false, false, false, false, false, true, true),
                row(EvaluationAction.MANAGE_INDICATORS, true, false, false, false, false, true, true),
                row(EvaluationAction.ENTER_MEASUREMENT, false, false, false, false, false, true, true),
                row(EvaluationAction.ENTER_MEASUREMENT, true, false, false, false, true, true, true),
                row(EvaluationAction.IMPORT_MEASUREMENTS, false, false, false, false, false, true, true),
                row(EvaluationAction.IMPORT_MEASUREMENTS, true, false, false, false, false, true, true),
                row(EvaluationAction.RUN_CAMPAIGN, false, false, false, false, false, true, true),
                row(EvaluationAction.RUN_CAMPAIGN, true, false, false, false, false, true, true),
                row(EvaluationAction.EDIT_REVIEW, false, false, false, false, false, true, true),
                row(EvaluationAction.APPROVE_REVIEW, false, false, false, false, false, false, false),
                row(EvaluationAction.APPROVE_REVIEW, true, false, false, true, true, true, true),
                row(EvaluationAction.MANAGE_SHARING, false, false, false, false, false, true, true));
    }

    private static Arguments row(EvaluationAction action, boolean own, boolean anonymous, boolean outsider,
            boolean lecteur, boolean contributeur, boolean pilote, boolean admin) {
        return Arguments.of(action, own, anonymous, outsider, lecteur, contributeur, pilote, admin);
    }

    @ParameterizedTest(name = "{0} (own: {1})")
    @MethodSource("table")
    void rights_follow_the_role_and_ownership(EvaluationAction action, boolean own, boolean anonymous,
            boolean outsider, boolean lecteur, boolean contributeur, boolean pilote, boolean admin) {
        assertThat(EvaluationPermissions.allows(false, false, null, action, own)).as(ANONYMOUS).isEqualTo(anonymous);
        assertThat(EvaluationPermissions.allows(true, false, null, action, own)).as(OUTSIDER).isEqualTo(outsider);
        assertThat(EvaluationPermissions.allows(true, false, WorkspaceRole.LECTEUR, action, own)).as(LECTEUR)
                .isEqualTo(lecteur);
        assertThat(EvaluationPermissions.allows(true, false, WorkspaceRole.CONTRIBUTEUR, action, own)).as(CONTRIBUTEUR)
                .isEqualTo(contributeur);
        assertThat(EvaluationPermissions.allows(true, false, WorkspaceRole.PILOTE, action, own)).as(PILOTE)
                .isEqualTo(pilote);
        assertThat(EvaluationPermissions.allows(true, true, null, action, own)).as(ADMIN).isEqualTo(admin);
    }
}
