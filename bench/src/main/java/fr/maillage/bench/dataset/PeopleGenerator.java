package fr.maillage.bench.dataset;

import fr.maillage.bench.BenchSize;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates the teams: for every workspace a pilote, contributeurs and lecteurs, some of whom also
 * belong to a second workspace; the benchmark user (pilote of the first contrat de ville, member of
 * two more workspaces) with a personal API token; optionally the benchmark administrator; and the
 * audit trail the application would have written for these creations.
 */
final class PeopleGenerator {

    static final String DOMAIN = "bench.maillage.fr";
    static final String BENCH_USER = "bench@" + DOMAIN;
    static final String BENCH_ADMIN = "admin@" + DOMAIN;
    private static final double SECOND_WORKSPACE = 0.15;

    /** Users, memberships, audit lines and the API token, plus the benchmark user's secret. */
    record Result(List<Rows.User> users, List<Rows.Membership> memberships, List<Rows.Audit> audit,
            Rows.ApiToken apiToken, String apiTokenSecret) {
    }

    private final SplittableRandom random;
    private final List<Rows.User> users = new ArrayList<>();
    private final List<Rows.Membership> memberships = new ArrayList<>();
    private final List<Rows.Audit> audit = new ArrayList<>();
    private final Set<String> memberPairs = new HashSet<>();
    private long nextUserId;
    private long nextMembershipId;

    private PeopleGenerator(long seed, long firstUserId, long firstMembershipId) {
        this.random = new SplittableRandom(seed ^ 0x9E0FL);
        this.nextUserId = firstUserId;
        this.nextMembershipId = firstMembershipId;
    }

    static Result generate(List<Rows.Workspace> workspaces, List<Rows.Perimeter> perimeter, BenchSize size,
            long seed, FirstIds ids, boolean withAdmin) {
        PeopleGenerator generator = new PeopleGenerator(seed, ids.user(), ids.membership());
        if (withAdmin) {
            generator.user(BENCH_ADMIN, "Administratrice Banc d'essai", true);
        }
        Rows.User bench = generator.user(BENCH_USER, "Utilisateur Banc d'essai", false);
        workspaces.forEach(w -> generator.workspaceCreated(w, perimeter));
        generator.joinFirstOfEachKind(bench, workspaces);
        List<Rows.User> team = new ArrayList<>();
        for (Rows.Workspace workspace : workspaces) {
            for (int i = 0; i < size.usersPerWorkspace(); i++) {
                Rows.User member = generator.person();
                team.add(member);
                generator.join(workspace, member, i == 0 ? "PILOTE" : i <= size.usersPerWorkspace() / 2
                        ? "CONTRIBUTEUR" : "LECTEUR");
            }
        }
        for (Rows.User member : team) {
            if (generator.random.nextDouble() < SECOND_WORKSPACE) {
                Rows.Workspace other = workspaces.get(generator.random.nextInt(workspaces.size()));
                generator.join(other, member, generator.random.nextBoolean() ? "LECTEUR" : "CONTRIBUTEUR");
            }
        }
        String secret = generator.secret();
        Rows.ApiToken token = new Rows.ApiToken(bench.id(), "Banc d'essai", sha256(secret), secret.substring(0, 12),
                WorkspaceGenerator.EPOCH);
        return new Result(List.copyOf(generator.users), List.copyOf(generator.memberships),
                List.copyOf(generator.audit), token, secret);
    }

    /** The benchmark user drives a contrat de ville and contributes to a cité éducative and a PRE. */
    private void joinFirstOfEachKind(Rows.User bench, List<Rows.Workspace> workspaces) {
        for (String type : List.of("CONTRAT_DE_VILLE", "CITE_EDUCATIVE", "PRE")) {
            workspaces.stream().filter(w -> w.type().equals(type)).findFirst()
                    .ifPresent(w -> join(w, bench, type.equals("CONTRAT_DE_VILLE") ? "PILOTE" : "CONTRIBUTEUR"));
        }
    }

    private Rows.User person() {
        boolean woman = random.nextBoolean();
        String first = Lexicon.pick(woman ? Lexicon.WOMEN : Lexicon.MEN, random);
        String last = Lexicon.pick(Lexicon.SURNAMES, random);
        return user(Lexicon.slug(first, "-") + "." + Lexicon.slug(last, "-") + "." + nextUserId + "@" + DOMAIN,
                first + " " + last, false);
    }

    private Rows.User user(String email, String name, boolean admin) {
        Rows.User user = new Rows.User(nextUserId++, email, name, admin,
                WorkspaceGenerator.EPOCH.minusSeconds(random.nextLong(60L * 60 * 24 * 30)));
        users.add(user);
        return user;
    }

    private void join(Rows.Workspace workspace, Rows.User user, String role) {
        if (!memberPairs.add(workspace.id() + ":" + user.id())) {
            return;
        }
        Instant at = workspace.createdAt().plusSeconds(60 + random.nextLong(60L * 60 * 24 * 60));
        Rows.Membership membership = new Rows.Membership(nextMembershipId++, workspace.id(), user.id(), role, at);
        memberships.add(membership);
        audit.add(new Rows.Audit(at, BENCH_ADMIN, workspace.id(), "Membership", String.valueOf(membership.id()),
                "membership", "CREATE", "createdAt : " + at + "\nrole : " + role + "\nuserId : " + user.id()
                        + "\nworkspaceId : " + workspace.id()));
    }

    private void workspaceCreated(Rows.Workspace workspace, List<Rows.Perimeter> perimeter) {
        StringBuilder changes = new StringBuilder("createdAt : ").append(workspace.createdAt());
        if (workspace.description() != null) {
            changes.append("\ndescription : ").append(truncate(workspace.description()));
        }
        if (workspace.endDate() != null) {
            changes.append("\nendDate : ").append(workspace.endDate());
        }
        changes.append("\nname : ").append(workspace.name());
        changes.append("\nstartDate : ").append(workspace.startDate());
        changes.append("\ntype : ").append(workspace.type());
        String id = String.valueOf(workspace.id());
        audit.add(new Rows.Audit(workspace.createdAt(), BENCH_ADMIN, workspace.id(), "Workspace", id, "workspace",
                "CREATE", changes.toString()));
        List<String> entries = perimeter.stream().filter(p -> p.workspaceId() == workspace.id())
                .map(p -> p.kind() + ":" + p.code()).toList();
        audit.add(new Rows.Audit(workspace.createdAt().plusSeconds(30), BENCH_ADMIN, workspace.id(), "Workspace", id,
                "workspace", "UPDATE", truncate("perimeter : " + entries)));
    }

    /** A token shaped as the application issues them: "mlg_" and 32 random bytes in URL-safe Base64. */
    private String secret() {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return "mlg_" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String truncate(String value) {
        return value.length() > 200 ? value.substring(0, 200) + "…" : value;
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
