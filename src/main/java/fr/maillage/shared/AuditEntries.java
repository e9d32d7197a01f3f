package fr.maillage.shared;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/**
 * Read access to the audit trail.
 */
public interface AuditEntries extends Repository<AuditEntry, Long> {

    Page<AuditEntry> findByWorkspaceIdOrderByOccurredAtDescIdDesc(Long workspaceId, Pageable pageable);

    Page<AuditEntry> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

    long countByEntityTypeAndEntityId(String entityType, String entityId);

    java.util.List<AuditEntry> findByEntityTypeAndEntityIdOrderByIdAsc(String entityType, String entityId);
}
