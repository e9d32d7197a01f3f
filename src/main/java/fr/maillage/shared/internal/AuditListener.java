package fr.maillage.shared.internal;

import fr.maillage.shared.AuditEntry;
import fr.maillage.shared.Audited;
import fr.maillage.shared.WorkspaceScoped;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Writes the audit trail of every {@link Audited} entity, inside the transaction that changed it,
 * on the same connection: an audit line exists exactly when the change was committed.
 */
public class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionUpdateEventListener {

    private static final int MAX_VALUE_LENGTH = 200;
    private static final String INSERT = "insert into shared_audit_entry "
            + "(occurred_at, actor, workspace_id, entity_type, entity_id, label, action, changes) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public void onPostInsert(PostInsertEvent event) {
        Object entity = event.getEntity();
        if (audited(entity) == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        String[] names = event.getPersister().getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (recordable(names[i]) && event.getState()[i] != null) {
                lines.add(names[i] + " : " + format(event.getState()[i]));
            }
        }
        write(event.getSession(), entity, event.getId(), AuditEntry.Action.CREATE, lines);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Object entity = event.getEntity();
        if (audited(entity) == null || event.getDirtyProperties() == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        String[] names = event.getPersister().getPropertyNames();
        Object[] old = event.getOldState();
        for (int index : event.getDirtyProperties()) {
            if (recordable(names[index])) {
                String before = old == null ? "?" : format(old[index]);
                lines.add(names[index] + " : " + before + " → " + format(event.getState()[index]));
            }
        }
        if (!lines.isEmpty()) {
            write(event.getSession(), entity, event.getId(), AuditEntry.Action.UPDATE, lines);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (audited(event.getEntity()) != null) {
            write(event.getSession(), event.getEntity(), event.getId(), AuditEntry.Action.DELETE, List.of());
        }
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        if (owner == null || audited(owner) == null) {
            return;
        }
        String role = event.getCollection().getRole();
        String field = role.substring(role.lastIndexOf('.') + 1);
        write(event.getSession(), owner, event.getAffectedOwnerIdOrNull(), AuditEntry.Action.UPDATE,
                List.of(field + " : " + format(event.getCollection().getValue())));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static Audited audited(Object entity) {
        return entity == null ? null : entity.getClass().getAnnotation(Audited.class);
    }

    private static boolean recordable(String property) {
        String name = property.toLowerCase(Locale.ROOT);
        return !name.equals("version") && !name.contains("password") && !name.contains("hash")
                && !name.contains("token");
    }

    private static String format(Object value) {
        if (value == null) {
            return "∅";
        }
        String text = value.toString().replace('\n', ' ');
        return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "…" : text;
    }

    private static void write(SharedSessionContractImplementor session, Object entity, Object id,
            AuditEntry.Action action, List<String> lines) {
        Long workspaceId = entity instanceof WorkspaceScoped scoped ? scoped.getWorkspaceId() : null;
        try (PreparedStatement insert = session.getJdbcCoordinator().getLogicalConnection()
                .getPhysicalConnection().prepareStatement(INSERT)) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setString(2, actor());
            if (workspaceId == null) {
                insert.setNull(3, Types.BIGINT);
            } else {
                insert.setLong(3, workspaceId);
            }
            insert.setString(4, entity.getClass().getSimpleName());
            insert.setString(5, String.valueOf(id));
            insert.setString(6, audited(entity).value());
            insert.setString(7, action.name());
            insert.setString(8, String.join("\n", lines));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new HibernateException("Écriture du journal d'audit impossible", e);
        }
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? "système" : authentication.getName();
    }
}
