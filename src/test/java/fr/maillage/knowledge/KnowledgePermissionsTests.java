package fr.maillage.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.workspace.WorkspaceRole;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The knowledge rights as a truth table: role × action × ownership of the sheet.
 */
class KnowledgePermissionsTests {

    private static final Set<KnowledgeAction> WRITING = EnumSet.of(KnowledgeAction.EDIT_RESOURCE,
            KnowledgeAction.MANAGE_SOURCES, KnowledgeAction.ANNOTATE_WATCH);
    private static final Set<KnowledgeAction> OWN_SHEET = EnumSet.of(KnowledgeAction.EDIT_SHEET,
            KnowledgeAction.SUBMIT_SHEET, KnowledgeAction.DELETE_SHEET);
    private static final Set<KnowledgeAction> PILOTE_ONLY = EnumSet.of(KnowledgeAction.REVIEW_SHEET,
            KnowledgeAction.CHOOSE_LICENCE);

    @ParameterizedTest(name = "{0} {1} own={2} -> {3}")
    @CsvSource({
        // visitor, anybody
        "ANONYME, VIEW, false, false",
        "ANONYME, EDIT_SHEET, true, false",
        "ANONYME, REVIEW_SHEET, false, false",
        // someone logged in who is not a member
        "AUCUN, VIEW, false, false",
        "AUCUN, EDIT_SHEET, true, false",
        "AUCUN, ANNOTATE_WATCH, false, false",
        // lecteur: reads only
        "LECTEUR, VIEW, false, true",
        "LECTEUR, EDIT_SHEET, true, false",
        "LECTEUR, SUBMIT_SHEET, true, false",
        "LECTEUR, REVIEW_SHEET, false, false",
        "LECTEUR, EDIT_RESOURCE, false, false",
        "LECTEUR, MANAGE_SOURCES, false, false",
        "LECTEUR, ANNOTATE_WATCH, false, false",
        "LECTEUR, CHOOSE_LICENCE, false, false",
        // contributeur: writes his own sheets, never reviews
        "CONTRIBUTEUR, VIEW, false, true",
        "CONTRIBUTEUR, EDIT_SHEET, true, true",
        "CONTRIBUTEUR, EDIT_SHEET, false, false",
        "CONTRIBUTEUR, SUBMIT_SHEET, true, true",
        "CONTRIBUTEUR, SUBMIT_SHEET, false, false",
        "CONTRIBUTEUR, DELETE_SHEET, true, true",
        "CONTRIBUTEUR, DELETE_SHEET, false, false",
        "CONTRIBUTEUR, REVIEW_SHEET, true, false",
        "CONTRIBUTEUR, CHOOSE_LICENCE, false, false",
        "CONTRIBUTEUR, EDIT_RESOURCE, false, true",
        "CONTRIBUTEUR, MANAGE_SOURCES, false, true",
        "CONTRIBUTEUR, ANNOTATE_WATCH, false, true",
        // pilote: everything
        "PILOTE, VIEW, false, true",
        "PILOTE, EDIT_SHEET, false, true",
        "PILOTE, SUBMIT_SHEET, false, true",
        "PILOTE, DELETE_SHEET, false, true",
        "PILOTE, REVIEW_SHEET, false, true",
        "PILOTE, CHOOSE_LICENCE, false, true",
        "PILOTE, EDIT_RESOURCE, false, true",
        "PILOTE, MANAGE_SOURCES, false, true",
        "PILOTE, ANNOTATE_WATCH, false, true",
        // platform administrator, even outside the workspace
        "ADMIN, REVIEW_SHEET, false, true",
        "ADMIN, EDIT_SHEET, false, true",
    })
    void truth_table(String who, KnowledgeAction action, boolean own, boolean allowed) {
        boolean authenticated = !who.equals("ANONYME");
        boolean admin = who.equals("ADMIN");
        WorkspaceRole role = switch (who) {
            case "LECTEUR" -> WorkspaceRole.LECTEUR;
            case "CONTRIBUTEUR" -> WorkspaceRole.CONTRIBUTEUR;
            case "PILOTE" -> WorkspaceRole.PILOTE;
            default -> null;
        };
        assertThat(KnowledgePermissions.allows(authenticated, admin, role, action, own)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"LECTEUR", "CONTRIBUTEUR", "PILOTE"})
    void every_action_of_every_role_is_decided_by_the_same_rules(WorkspaceRole role) {
        for (KnowledgeAction action : KnowledgeAction.values()) {
            for (boolean own : new boolean[] {true, false}) {
                boolean expected = action == KnowledgeAction.VIEW
                        || (role == WorkspaceRole.PILOTE)
                        || (role == WorkspaceRole.CONTRIBUTEUR && (WRITING.contains(action)
                                || (OWN_SHEET.contains(action) && own)));
                assertThat(KnowledgePermissions.allows(true, false, role, action, own))
                        .as("%s %s own=%s", role, action, own).isEqualTo(expected);
                if (PILOTE_ONLY.contains(action)) {
                    assertThat(KnowledgePermissions.allows(true, false, role, action, own))
                            .isEqualTo(role == WorkspaceRole.PILOTE);
                }
            }
        }
    }
}
