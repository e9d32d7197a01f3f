package fr.maillage.bench.dataset;

import fr.maillage.bench.BenchSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything one generation produced: the rows for the application's tables, the directory's
 * included (also written as CSV files, as an import would receive them).
 *
 * @param apiTokenSecret the benchmark user's API token, to send as {@code Authorization: Bearer …}
 */
public record BenchData(List<Rows.User> users, List<Rows.Workspace> workspaces, List<Rows.Perimeter> perimeter,
        List<Rows.Membership> memberships, List<Rows.Audit> audit, Rows.ApiToken apiToken, String apiTokenSecret,
        List<Rows.Organisation> organisations, int carriers, List<Rows.Contact> contacts) {

    /** The password of every generated user (documented in bench/README.md). */
    public static final String PASSWORD = "Bench-Maillage-2026";
    public static final String BENCH_USER = PeopleGenerator.BENCH_USER;
    public static final String BENCH_ADMIN = PeopleGenerator.BENCH_ADMIN;
    public static final String ORGANISATIONS_FILE = OrganisationGenerator.ORGANISATIONS_FILE;
    public static final String CONTACTS_FILE = ContactGenerator.FILE;

    /**
     * Generates the data of a size on a territorial reference. The same reference, size, seed and
     * first identifiers always give the same rows and the same files.
     *
     * @param withAdmin whether to create the benchmark administrator (absent from the database)
     * @param folder    where the organisations' and contacts' CSV files go
     */
    public static BenchData generate(Territory territory, BenchSize size, long seed, FirstIds ids,
            boolean withAdmin, Path folder) throws IOException {
        Files.createDirectories(folder);
        WorkspaceGenerator.Result spaces = WorkspaceGenerator.generate(territory, size, seed, ids.workspace());
        PeopleGenerator.Result people = PeopleGenerator.generate(spaces.workspaces(), spaces.perimeter(), size, seed,
                ids, withAdmin);
        OrganisationGenerator.Result directory = OrganisationGenerator.generate(territory, size, seed,
                spaces.workspaces(), spaces.perimeter(), ids, folder);
        return new BenchData(people.users(), spaces.workspaces(), spaces.perimeter(), people.memberships(),
                people.audit(), people.apiToken(), people.apiTokenSecret(), directory.organisations(),
                directory.carriers(), directory.contacts());
    }

    /**
     * An organisation of the benchmark workspace's territory with contacts of that workspace (the
     * organisation page shows them), or the first organisation.
     */
    public long benchOrganisationId() {
        long workspace = benchWorkspaceId();
        return contacts.stream().filter(c -> c.workspaceId() == workspace).map(Rows.Contact::organisationId)
                .findFirst().orElse(organisations.get(0).id());
    }

    /** The workspace the benchmark user pilots (the first contrat de ville). */
    public long benchWorkspaceId() {
        long benchUser = users.stream().filter(u -> u.email().equals(BENCH_USER)).findFirst().orElseThrow().id();
        return memberships.stream().filter(m -> m.userId() == benchUser && m.role().equals("PILOTE")).findFirst()
                .orElseThrow().workspaceId();
    }
}
