package fr.maillage.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.workspace.WorkspaceRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The agenda's rights as a truth table: who (anonymous, administrator, a role, a non-member) ×
 * whether his workspace organises the event or is only linked to it × action.
 */
class AgendaPermissionsTests {

    @ParameterizedTest(name = "{0} organiser={1} {2} -> {3}")
    @CsvSource({
        // who,          organiser, action,               allowed
        "ANONYMOUS,      true,  VIEW_EVENTS,          false",
        "ANONYMOUS,      true,  MANAGE_EVENTS,        false",
        "ANONYMOUS,      true,  VIEW_REGISTRATIONS,   false",
        "ADMIN,          true,  MANAGE_EVENTS,        true",
        "ADMIN,          false, SEND_SURVEY,          true",
        "NON_MEMBER,     true,  VIEW_EVENTS,          false",
        "NON_MEMBER,     true,  VIEW_REGISTRATIONS,   false",
        "PILOTE,         true,  VIEW_EVENTS,          true",
        "PILOTE,         true,  MANAGE_EVENTS,        true",
        "PILOTE,         true,  VIEW_REGISTRATIONS,   true",
        "PILOTE,         true,  MANAGE_REGISTRATIONS, true",
        "PILOTE,         true,  SEND_SURVEY,          true",
        "PILOTE,         false, VIEW_EVENTS,          true",
        "PILOTE,         false, MANAGE_EVENTS,        false",
        "PILOTE,         false, VIEW_REGISTRATIONS,   false",
        "PILOTE,         false, SEND_SURVEY,          false",
        "CONTRIBUTEUR,   true,  VIEW_EVENTS,          true",
        "CONTRIBUTEUR,   true,  MANAGE_EVENTS,        true",
        "CONTRIBUTEUR,   true,  VIEW_REGISTRATIONS,   true",
        "CONTRIBUTEUR,   true,  MANAGE_REGISTRATIONS, true",
        "CONTRIBUTEUR,   true,  SEND_SURVEY,          false",
        "CONTRIBUTEUR,   false, MANAGE_REGISTRATIONS, false",
        "LECTEUR,        true,  VIEW_EVENTS,          true",
        "LECTEUR,        true,  MANAGE_EVENTS,        false",
        "LECTEUR,        true,  VIEW_REGISTRATIONS,   false",
        "LECTEUR,        true,  MANAGE_REGISTRATIONS, false",
        "LECTEUR,        true,  SEND_SURVEY,          false",
        "LECTEUR,        false, VIEW_EVENTS,          true",
    })
    void truth_table(String who, boolean organiser, AgendaAction action, boolean allowed) {
        boolean authenticated = !"ANONYMOUS".equals(who);
        boolean admin = "ADMIN".equals(who);
        WorkspaceRole role = switch (who) {
            case "PILOTE" -> WorkspaceRole.PILOTE;
            case "CONTRIBUTEUR" -> WorkspaceRole.CONTRIBUTEUR;
            case "LECTEUR" -> WorkspaceRole.LECTEUR;
            default -> null;
        };
        assertThat(AgendaPermissions.allows(authenticated, admin, role, organiser, action)).isEqualTo(allowed);
    }
}
