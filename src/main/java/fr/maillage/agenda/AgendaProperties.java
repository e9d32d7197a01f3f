package fr.maillage.agenda;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the agenda.
 *
 * @param registrationsPerMinute registrations one address (IP) may post per minute on the public
 *        form, a brake on bots; a whole office behind one address stays well below it
 * @param homePanelSize how many upcoming events the public home page lists
 */
@ConfigurationProperties("maillage.agenda")
public record AgendaProperties(@DefaultValue("10") int registrationsPerMinute, @DefaultValue("4") int homePanelSize) {
}
