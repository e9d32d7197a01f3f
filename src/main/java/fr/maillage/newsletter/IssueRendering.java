package fr.maillage.newsletter;

import fr.maillage.shared.MaillageProperties;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * An issue as an e-mail: simple HTML without any style (mail clients strip or mangle it) and its
 * plain-text alternative, both with absolute links and the unsubscribe link. The same rendering
 * serves the previews and the sending, so that what the team previews is what subscribers get.
 */
@Component
public class IssueRendering {

    /** Stands for the recipient's own unsubscribe link until each e-mail is addressed. */
    static final String UNSUBSCRIBE_PLACEHOLDER = "https://lien-de-desabonnement.invalid/";

    private final ITemplateEngine templates;
    private final MaillageProperties properties;
    private final MessageSource messages;

    IssueRendering(ITemplateEngine templates, MaillageProperties properties, MessageSource messages) {
        this.templates = templates;
        this.properties = properties;
        this.messages = messages;
    }

    /** An issue's e-mail, with the placeholder in place of the unsubscribe link. */
    public record Rendered(String subject, String html, String text) {

        public Rendered addressedTo(String unsubscribeUrl) {
            return new Rendered(subject, html.replace(UNSUBSCRIBE_PLACEHOLDER, HtmlUtils.htmlEscape(unsubscribeUrl)),
                    text.replace(UNSUBSCRIBE_PLACEHOLDER, unsubscribeUrl));
        }
    }

    public Rendered render(Newsletter newsletter, Issue issue, List<IssueItem> items) {
        Context context = new Context(Locale.FRANCE, Map.of("newsletter", newsletter, "issue", issue, "items", items,
                "baseUrl", properties.link(""), "unsubscribeUrl", UNSUBSCRIBE_PLACEHOLDER));
        String html = templates.process("newsletter/mail", context);
        return new Rendered(newsletter.getName() + " — " + issue.getTitle(), html, text(newsletter, issue, items));
    }

    /** An absolute link to a path of the portal (links of items are paths). */
    public String link(String url) {
        return url == null ? null : url.startsWith("/") ? properties.link(url) : url;
    }

    private String text(Newsletter newsletter, Issue issue, List<IssueItem> items) {
        StringBuilder text = new StringBuilder();
        text.append(newsletter.getName()).append("\n").append(issue.getTitle()).append("\n")
                .append("=".repeat(Math.min(72, issue.getTitle().length()))).append("\n\n");
        if (issue.getIntroduction() != null) {
            text.append(plain(issue.getIntroduction())).append("\n\n");
        }
        for (IssueItem item : items) {
            text.append("## ").append(item.getTitle()).append("\n");
            if (item.getItemDate() != null) {
                text.append(item.getItemDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                        .append("\n");
            }
            if (item.getSummary() != null) {
                text.append(item.getSummary()).append("\n");
            }
            if (item.getBody() != null) {
                text.append(plain(item.getBody())).append("\n");
            }
            if (item.getUrl() != null) {
                text.append(message("newsletter.mail.read")).append(" : ").append(link(item.getUrl())).append("\n");
            }
            text.append("\n");
        }
        text.append("-- \n").append(message("newsletter.mail.unsubscribeText")).append("\n")
                .append(UNSUBSCRIBE_PLACEHOLDER).append("\n");
        return text.toString();
    }

    /** Sanitised HTML as text: blocks become lines, links keep their address. */
    static String plain(String html) {
        String text = html.replaceAll("(?i)<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>", "$2 ($1)")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)<li[^>]*>", "- ")
                .replaceAll("(?i)</(p|li|h[1-6]|ul|ol|div)>", "\n")
                .replaceAll("<[^>]+>", "");
        return HtmlUtils.htmlUnescape(text).replaceAll("\n{3,}", "\n\n").strip();
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.FRANCE);
    }
}
