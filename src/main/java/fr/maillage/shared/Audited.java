package fr.maillage.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose creation, changes and deletion are written to the audit trail, with the
 * changed fields. Fields whose name contains "password", "hash" or "token" are never written.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    /** The label of the record type shown in the journal (a message key under {@code audit.type.}). */
    String value();
}
