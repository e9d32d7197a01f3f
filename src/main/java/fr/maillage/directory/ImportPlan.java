package fr.maillage.directory;

import java.util.List;

/**
 * What an import would do with each row of the file, before anything is written: the preview the
 * user confirms, computed again inside the import's transaction so that it acts on the directory
 * as it is then.
 */
public record ImportPlan(ImportKind kind, List<PlannedRow> rows) {

    /** What becomes of a row. */
    public enum Action {
        /** A new organisation or contact. */
        CREATE,
        /** An existing record with the same SIRET, RNA or e-mail, completed with the row. */
        UPDATE,
        /** Probably a record already known (same name in the same commune), or a repeated row: left out. */
        DUPLICATE,
        /** A row that cannot be taken, with the reason. */
        ERROR
    }

    /**
     * One row's fate.
     *
     * @param label    the name the row gives, to recognise it
     * @param reason   why it is an error or a duplicate, in French
     * @param targetId the record updated, or the one it duplicates
     * @param details  what would be written: {@link OrganisationDetails} or {@link ContactDetails}
     */
    public record PlannedRow(int line, Action action, String label, String reason, Long targetId, Object details) {
    }

    public long count(Action action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    public List<PlannedRow> only(Action action) {
        return rows.stream().filter(r -> r.action() == action).toList();
    }
}
