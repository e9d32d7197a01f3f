package fr.maillage.shared;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Erases the values the audit trail recorded about one record, when the person they describe
 * asks for her data to be erased or anonymised (RGPD art. 17): the trail keeps who did what and
 * when, not the personal data. Runs in the caller's transaction, after its changes are flushed, so
 * that the lines those changes wrote are erased too.
 */
@Component
public class AuditErasure {

    private final JdbcTemplate jdbc;

    public AuditErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param entityType the entity's simple class name, as the trail records it ("Contact")
     * @return how many lines were erased
     */
    public int eraseValues(String entityType, String entityId) {
        return jdbc.update("update shared_audit_entry set changes = '' where entity_type = ? and entity_id = ?",
                entityType, entityId);
    }
}
