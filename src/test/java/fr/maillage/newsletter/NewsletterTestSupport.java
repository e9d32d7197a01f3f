package fr.maillage.newsletter;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fr.maillage.account.UserAccount;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.testing.TestInfrastructure;
import fr.maillage.testing.TestUsers;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A centre de ressources with its team and an open newsletter, and helpers to read what GreenMail
 * received.
 */
abstract class NewsletterTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    NewsletterManagement management;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    SendIssue sending;

    @Autowired
    MailOutbox outbox;

    String marker;
    UserAccount pilote;
    UserAccount contributeur;
    UserAccount lecteur;
    UserAccount outsider;
    Workspace crpv;
    Newsletter newsletter;

    @BeforeEach
    void centreDeRessources() {
        marker = Long.toString(System.nanoTime(), 36);
        pilote = users.create("Paula Pilote", false);
        contributeur = users.create("Carl Contributeur", false);
        lecteur = users.create("Lea Lectrice", false);
        outsider = users.create("Oscar Ailleurs", false);
        crpv = workspaces.create(WorkspaceType.CENTRE_RESSOURCES, "Centre de ressources " + marker, null, null, null);
        workspaces.addMember(crpv.getId(), pilote.getId(), WorkspaceRole.PILOTE);
        workspaces.addMember(crpv.getId(), contributeur.getId(), WorkspaceRole.CONTRIBUTEUR);
        workspaces.addMember(crpv.getId(), lecteur.getId(), WorkspaceRole.LECTEUR);
        newsletter = management.describe(crpv.getId(), -1, "La lettre " + marker, "Actualités du réseau", true);
    }

    RequestPostProcessor as(UserAccount account) {
        return user(users.principal(account));
    }

    String address(String name) {
        return name + "." + marker + "@exemple.fr";
    }

    String base() {
        return "/espaces/" + crpv.getId() + "/lettre";
    }

    /** A subscriber who followed his confirmation link. */
    String confirmedSubscriber(String name) throws Exception {
        String email = address(name);
        subscriptions.subscribe(newsletter.getId(), email);
        outbox.flush();
        subscriptions.confirm(link(mailsTo(email).get(0), "/lettre/confirmation/"));
        return email;
    }

    static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(TestInfrastructure.mail().getReceivedMessages()).filter(m -> {
            try {
                for (Address a : m.getAllRecipients()) {
                    if (a.toString().contains(email)) {
                        return true;
                    }
                }
                return false;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The secret of the first link of the mail whose path starts with the prefix. */
    static String link(MimeMessage mail, String prefix) throws Exception {
        Matcher matcher = Pattern.compile(Pattern.quote(prefix) + "([A-Za-z0-9_-]{20,})").matcher(part(mail, "text/plain"));
        if (!matcher.find()) {
            throw new AssertionError("no link " + prefix + " in the mail");
        }
        return matcher.group(1);
    }

    /** The text of the mail's part of that type ("text/plain" or "text/html"). */
    static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type) && part.getFileName() == null) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(part(multipart.getBodyPart(i), type));
            }
            return text.toString();
        }
        return "";
    }
}
