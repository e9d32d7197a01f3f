package fr.maillage.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A link from an agenda item or a decision to a record of another module (an action, an
 * application, an indicator), with the label and address it had when linked.
 */
@Embeddable
public record LinkRef(@Column(name = "object_type") String type, @Column(name = "object_id") Long objectId,
        String label, String url) {
}
