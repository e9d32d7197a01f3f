package fr.maillage.bench.dataset;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The rows the generator writes into the application's tables, with the identifiers they will
 * have (the loader copies them as they are).
 */
public final class Rows {

    private Rows() {
    }

    /** A line of {@code account_user}; every generated user shares the documented password. */
    public record User(long id, String email, String displayName, boolean admin, Instant createdAt) {
    }

    /** A line of {@code workspace_workspace}. */
    public record Workspace(long id, String type, String name, String description, LocalDate startDate,
            LocalDate endDate, Instant createdAt) {
    }

    /** A line of {@code workspace_perimeter}. */
    public record Perimeter(long workspaceId, String kind, String code) {
    }

    /** A line of {@code workspace_membership}. */
    public record Membership(long id, long workspaceId, long userId, String role, Instant createdAt) {
    }

    /** A line of {@code shared_audit_entry}, as the audit listener writes it. */
    public record Audit(Instant occurredAt, String actor, Long workspaceId, String entityType, String entityId,
            String label, String action, String changes) {
    }

    /** A line of {@code directory_organisation}, with its themes and QPV. */
    public record Organisation(long id, String name, String kind, String siret, String rna, String street,
            String postalCode, String communeCode, String epciCode, String website, String phone, String email,
            Instant createdAt, java.util.List<String> themes, String qpv) {
    }

    /** A line of {@code directory_contact} and its link to one organisation. */
    public record Contact(long id, long workspaceId, long organisationId, String firstName, String lastName,
            String jobTitle, String email, String phone, String legalBasis, LocalDate consentDate, Instant createdAt) {
    }

    /** A personal API token of {@code account_api_token}: only the SHA-256 of the secret is stored. */
    public record ApiToken(long userId, String name, String tokenHash, String tokenPrefix, Instant createdAt) {
    }
}
