package fr.maillage.demo;

import fr.maillage.account.UserAccount;
import fr.maillage.workspace.Workspace;
import java.util.Map;

/**
 * A module's part of the demonstration dataset: a bean in this package (one file per module,
 * e.g. {@code ProgrammeDemo}) that {@link DemoData} calls after the workspaces and users exist,
 * in {@link #order()}, inside the same transaction.
 */
interface DemoContribution {

    /** Position in the loading order, smaller first (programme 30, funding 40, governance 50, ...). */
    int order();

    void load(Demo demo);

    /**
     * What the base dataset created. Workspaces: {@code pma} (contrat de ville), {@code valenciennes}
     * and {@code bourges} (cités éducatives), {@code bfc} (centre de ressources). Users: {@code admin},
     * {@code pilote}, {@code contributeur}, {@code lecteur}, {@code cite}, {@code crpv}.
     */
    record Demo(Map<String, Workspace> workspaces, Map<String, UserAccount> users) {

        public Workspace workspace(String key) {
            return workspaces.get(key);
        }

        public UserAccount user(String key) {
            return users.get(key);
        }
    }
}
