package fr.maillage.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An organisation of the directory taking part in an action, and how ("co-animation", "mise à
 * disposition de locaux"...).
 */
@Embeddable
public record ActionPartner(Long organisationId, @Column(name = "partner_role") String role) {

    @Override
    public String toString() {
        return role == null ? String.valueOf(organisationId) : organisationId + " (" + role + ")";
    }
}
