package fr.maillage.bench.dataset;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads generated rows into PostgreSQL with {@code COPY … FROM STDIN}, one transaction per table
 * (the directory's tables too, when its module is in the build),
 * then moves the identity sequences past the copied identifiers and refreshes the planner's
 * statistics. Timestamps are written in UTC, as the application stores them.
 */
public final class CopyLoader {

    private static final CSVFormat COPY_CSV = CSVFormat.POSTGRESQL_CSV;
    private static final List<String> SEQUENCED = List.of("account_user", "workspace_workspace",
            "workspace_membership", "directory_organisation", "directory_contact");

    private final Connection connection;
    private final CopyManager copy;

    public CopyLoader(Connection connection) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** The first identifiers free in the tables the generator fills. */
    public FirstIds firstIds() throws SQLException {
        boolean directory = hasDirectory();
        return new FirstIds(nextId("account_user"), nextId("workspace_workspace"), nextId("workspace_membership"),
                directory ? nextId("directory_organisation") : 1, directory ? nextId("directory_contact") : 1);
    }

    /** Whether the directory module's tables exist (it landed after the harness). */
    public boolean hasDirectory() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select to_regclass('directory_organisation') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private boolean hasTable(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select to_regclass('" + table + "') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    public boolean userExists(String email) throws SQLException {
        try (var statement = connection.prepareStatement("select count(*) from account_user where email = ?")) {
            statement.setString(1, email);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** Copies every table and returns the rows copied per table, in loading order. */
    public Map<String, Long> load(BenchData data, String passwordHash) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("account_user", copy("account_user (id, email, display_name, password_hash, admin, enabled, "
                + "must_change_password, created_at, version)", data.users(), u -> List.of(u.id(), u.email(),
                        u.displayName(), passwordHash, u.admin(), true, false, utc(u.createdAt()), 0)));
        rows.put("workspace_workspace", copy("workspace_workspace (id, type, name, description, start_date, end_date, "
                + "created_at, version)", data.workspaces(), w -> Arrays.asList(w.id(), w.type(), w.name(),
                        w.description(), w.startDate(), w.endDate(), utc(w.createdAt()), 0)));
        rows.put("workspace_perimeter", copy("workspace_perimeter (workspace_id, kind, code)", data.perimeter(),
                p -> List.of(p.workspaceId(), p.kind(), p.code())));
        rows.put("workspace_membership", copy("workspace_membership (id, workspace_id, user_id, role, created_at, "
                + "version)", data.memberships(), m -> List.of(m.id(), m.workspaceId(), m.userId(), m.role(),
                        utc(m.createdAt()), 0)));
        rows.put("shared_audit_entry", copy("shared_audit_entry (occurred_at, actor, workspace_id, entity_type, "
                + "entity_id, label, action, changes)", data.audit(), a -> Arrays.asList(utc(a.occurredAt()),
                        a.actor(), a.workspaceId(), a.entityType(), a.entityId(), a.label(), a.action(), a.changes())));
        rows.put("account_api_token", copy("account_api_token (user_id, name, token_hash, token_prefix, created_at)",
                List.of(data.apiToken()), t -> List.of(t.userId(), t.name(), t.tokenHash(), t.tokenPrefix(),
                        utc(t.createdAt()))));
        if (hasDirectory()) {
            loadDirectory(data, rows);
            if (ProgrammeGenerator.present(connection)) {
                rows.putAll(ProgrammeGenerator.load(connection, data, data.users().size()));
            }
        }
        if (hasTable("funding_application") && hasDirectory()) {
            rows.putAll(new FundingGenerator(connection, 42).load(data));
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : SEQUENCED.stream().filter(rows::containsKey).toList()) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(select max(id) from " + table + "))");
            }
            for (String table : rows.keySet()) {
                statement.execute("analyze " + table);
            }
        }
        return rows;
    }

    private void loadDirectory(BenchData data, Map<String, Long> rows) throws SQLException {
        rows.put("directory_organisation", copy("directory_organisation (id, name, kind, siret, rna, street, "
                + "postal_code, commune_code, epci_code, website, phone, email, created_at, version)",
                data.organisations(), o -> Arrays.asList(o.id(), o.name(), o.kind(), o.siret(), o.rna(), o.street(),
                        o.postalCode(), o.communeCode(), o.epciCode(), o.website(), o.phone(), o.email(),
                        utc(o.createdAt()), 0)));
        rows.put("directory_organisation_theme", copy("directory_organisation_theme (organisation_id, theme_code)",
                data.organisations().stream().flatMap(o -> o.themes().stream().map(t -> List.of(o.id(), t))).toList(),
                pair -> pair));
        rows.put("directory_organisation_qpv", copy("directory_organisation_qpv (organisation_id, qpv_code)",
                data.organisations().stream().filter(o -> o.qpv() != null).map(o -> List.of(o.id(), o.qpv()))
                        .toList(), pair -> pair));
        rows.put("directory_contact", copy("directory_contact (id, workspace_id, first_name, last_name, job_title, "
                + "email, phone, legal_basis, consent_date, created_at, version)", data.contacts(),
                c -> Arrays.asList(c.id(), c.workspaceId(), c.firstName(), c.lastName(), c.jobTitle(), c.email(),
                        c.phone(), c.legalBasis(), c.consentDate(), utc(c.createdAt()), 0)));
        rows.put("directory_contact_organisation", copy("directory_contact_organisation (contact_id, "
                + "organisation_id, role)", data.contacts(), c -> List.of(c.id(), c.organisationId(), c.jobTitle())));
    }

    <T> long copy(String target, List<T> items, Function<T, List<?>> columns) throws SQLException {
        return copyRows(connection, target, items.stream().map(columns).toList());
    }

    /**
     * Copies the rows into the target ({@code table (columns)}) with one {@code COPY … FROM STDIN}
     * in a transaction of its own: all of them or none.
     */
    static long copyRows(Connection connection, String target, List<? extends List<?>> rows) throws SQLException {
        StringWriter text = new StringWriter(rows.size() * 80);
        try (CSVPrinter csv = new CSVPrinter(text, COPY_CSV)) {
            for (List<?> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            long copied = copy.copyIn("copy " + target + " from stdin with (format csv)",
                    new StringReader(text.toString()));
            connection.commit();
            return copied;
        } catch (SQLException | IOException e) {
            connection.rollback();
            throw e instanceof SQLException sql ? sql : new SQLException("COPY into " + target + " failed", e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private long nextId(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
