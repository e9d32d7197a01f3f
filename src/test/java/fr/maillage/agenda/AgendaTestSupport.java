package fr.maillage.agenda;

import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.TestInfrastructure;
import fr.maillage.testing.WorkspaceTestSupport;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceType;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the agenda tests share (one application context): a centre de ressources with its team, a
 * second workspace, events with sessions, and the e-mails received by an address.
 */
@MaillageTest
abstract class AgendaTestSupport extends WorkspaceTestSupport {

    @Autowired
    AgendaManagement agenda;

    @Autowired
    EventRegistrations registrations;

    @Autowired
    Registrations registrationRepository;

    @Autowired
    MailOutbox outbox;

    Workspace crpv;
    Workspace other;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("maillage.agenda.registrations-per-minute", () -> "1000");
    }

    @BeforeEach
    void createWorkspaces() {
        crpv = workspaces.create(WorkspaceType.CENTRE_RESSOURCES,
                "Centre de ressources politique de la ville Bourgogne-Franche-Comté", null, null, null);
        other = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Cité éducative de Bourges", null, null, null);
        join(crpv, other);
    }

    /** A published public event of the centre, its sessions starting in {@code days} days. */
    Event publishedEvent(String title, int capacity, int sessions, int days) {
        Event event = agenda.create(crpv.getId(), new EventDetails(EventKind.CYCLE_QUALIFICATION, title,
                "Un cycle pour les professionnels", "<p>Programme <script>alert(1)</script></p>", "Dijon, Maison des associations",
                null, Audience.PUBLIC, capacity, null, Set.of(TargetPublic.PROFESSIONNELS), Set.of("participation"),
                Set.of(), true));
        for (int i = 0; i < sessions; i++) {
            LocalDate day = LocalDate.now().plusDays(days + 7L * i);
            agenda.addSession(event.getId(), "Séance " + (i + 1), LocalDateTime.of(day, LocalTime.of(9, 30)),
                    LocalDateTime.of(day, LocalTime.of(12, 30)), null);
        }
        agenda.publish(event.getId());
        return agenda.event(event.getId());
    }

    RegistrationDetails person(String name, String email) {
        return new RegistrationDetails(name, "Association Les Bons Voisins", email, "Chargée de mission",
                TargetPublic.ASSOCIATIONS, null);
    }

    /** Sends the queued e-mails and returns those received by the address, oldest first. */
    List<MimeMessage> mailsTo(String address) throws Exception {
        outbox.flush();
        return Arrays.stream(TestInfrastructure.mail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static String unique(String prefix) {
        return prefix + "." + System.nanoTime() + "@exemple.fr";
    }
}
