package fr.maillage.shared;

import java.util.List;
import java.util.Map;

/**
 * Implemented (as a bean) by a module that keeps personal data about people a workspace also has
 * as directory contacts (council members, volunteers of a draw pool...): the directory's RGPD
 * access and erasure then cover them too, found by e-mail address, without the directory depending
 * on those modules.
 */
public interface PersonalDataSource {

    /**
     * One record held about the person.
     *
     * @param source message key of the kind of record, e.g. {@code participation.rgpd.member}
     * @param label what the record is, e.g. "Membre du Conseil citoyen de la Petite Hollande"
     * @param fields the values held, by French field name, in display order
     */
    record Found(String source, Long id, String label, Map<String, String> fields) {
    }

    /** Everything of the workspace held about the person with this e-mail address. */
    List<Found> find(Long workspaceId, String email);

    /** Erases what identifies the person with this e-mail address in the workspace; returns how many records. */
    int erase(Long workspaceId, String email);
}
