package fr.maillage.demo;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.UserAccount;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demonstration dataset when {@code maillage.demo=true} and the platform has no
 * workspace yet: four workspaces on real territories of the COG and demo users for each role
 * (credentials in the README). Everything is written in one transaction.
 */
@Component
class DemoData {

    static final String PASSWORD = "Demo-Maillage-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountManagement accounts;
    private final WorkspaceManagement workspaces;
    private final TransactionTemplate transaction;
    private final boolean enabled;
    private final List<DemoContribution> contributions;

    DemoData(AccountManagement accounts, WorkspaceManagement workspaces, TransactionTemplate transaction,
            fr.maillage.shared.MaillageProperties properties, List<DemoContribution> contributions) {
        this.contributions = contributions.stream().sorted(Comparator.comparingInt(DemoContribution::order)).toList();
        this.accounts = accounts;
        this.workspaces = workspaces;
        this.transaction = transaction;
        this.enabled = properties.demo();
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!enabled) {
            return;
        }
        if (workspaces.all(PageRequest.of(0, 1)).getTotalElements() > 0) {
            log.info("Demo data not loaded: the platform already has workspaces");
            return;
        }
        transaction.executeWithoutResult(status -> loadAll());
        log.info("Demo data loaded: 4 workspaces, 6 users (password {})", PASSWORD);
    }

    private void loadAll() {
        UserAccount admin = user("admin@demo.maillage.fr", "Alice Administratrice", true);
        UserAccount pilote = user("pilote@demo.maillage.fr", "Paul Pilote", false);
        UserAccount contributeur = user("contributeur@demo.maillage.fr", "Chloé Contributrice", false);
        UserAccount lecteur = user("lecteur@demo.maillage.fr", "Louis Lecteur", false);
        UserAccount cite = user("cite@demo.maillage.fr", "Samia Chef-de-projet", false);
        UserAccount crpv = user("crpv@demo.maillage.fr", "Rémi Ressources", false);

        Workspace pma = workspace(WorkspaceType.CONTRAT_DE_VILLE,
                "Contrat de ville de Pays de Montbéliard Agglomération",
                "Engagements Quartiers 2030 : contrat de ville 2024-2030 de PMA, de l'État et de leurs partenaires "
                        + "pour les quartiers prioritaires de l'agglomération.",
                LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31),
                List.of("25388", "25031", "25057", "25284", "25580"), List.of("200065647"),
                List.of("QN02501M", "QN02502M", "QN02503I", "QN02504M", "QN02505I", "QN02506M", "QN02507I",
                        "QN02508M"));
        member(pma, pilote, WorkspaceRole.PILOTE);
        member(pma, contributeur, WorkspaceRole.CONTRIBUTEUR);
        member(pma, lecteur, WorkspaceRole.LECTEUR);

        Workspace valenciennes = workspace(WorkspaceType.CITE_EDUCATIVE, "Cité éducative Valenciennes – Anzin",
                "Cité éducative autour des collèges Jules Ferry (Anzin) et Chasse Royale (Valenciennes), "
                        + "collèges chefs de file.",
                LocalDate.of(2022, 9, 1), LocalDate.of(2027, 8, 31), List.of("59606", "59014"),
                List.of("245901160"), List.of("QN05901M", "QN05902M", "QN05904M"));
        member(valenciennes, cite, WorkspaceRole.PILOTE);

        Workspace bourges = workspace(WorkspaceType.CITE_EDUCATIVE, "Cité éducative de Bourges",
                "Cité éducative des quartiers nord de Bourges.", LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 12, 31), List.of("18033"), List.of("241800507"),
                List.of("QN01801M", "QN01802I"));
        member(bourges, pilote, WorkspaceRole.PILOTE);

        Workspace bfc = workspace(WorkspaceType.CENTRE_RESSOURCES,
                "Centre de ressources politique de la ville Bourgogne-Franche-Comté",
                "Qualification des acteurs, capitalisation des expériences et animation des réseaux de la région.",
                LocalDate.of(2024, 1, 1), null, List.of(), List.of("200065647", "242100410", "242500361"),
                List.of());
        member(bfc, crpv, WorkspaceRole.PILOTE);
        member(bfc, admin, WorkspaceRole.LECTEUR);

        Map<String, Workspace> spaces = new LinkedHashMap<>();
        spaces.put("pma", pma);
        spaces.put("valenciennes", valenciennes);
        spaces.put("bourges", bourges);
        spaces.put("bfc", bfc);
        Map<String, UserAccount> users = new LinkedHashMap<>();
        users.put("admin", admin);
        users.put("pilote", pilote);
        users.put("contributeur", contributeur);
        users.put("lecteur", lecteur);
        users.put("cite", cite);
        users.put("crpv", crpv);
        DemoContribution.Demo demo = new DemoContribution.Demo(spaces, users);
        contributions.forEach(contribution -> contribution.load(demo));
    }

    private UserAccount user(String email, String name, boolean admin) {
        return accounts.findByEmail(email).orElseGet(() -> accounts.createActivatedUser(email, name, PASSWORD, admin));
    }

    private Workspace workspace(WorkspaceType type, String name, String description, LocalDate start, LocalDate end,
            List<String> communes, List<String> epci, List<String> qpv) {
        Workspace workspace = workspaces.create(type, name, description, start, end);
        communes.forEach(code -> workspaces.addToPerimeter(workspace.getId(), TerritoryKind.COMMUNE, code));
        epci.forEach(code -> workspaces.addToPerimeter(workspace.getId(), TerritoryKind.EPCI, code));
        qpv.forEach(code -> workspaces.addToPerimeter(workspace.getId(), TerritoryKind.QPV, code));
        return workspace;
    }

    private void member(Workspace workspace, UserAccount user, WorkspaceRole role) {
        workspaces.addMember(workspace.getId(), user.getId(), role);
    }
}
