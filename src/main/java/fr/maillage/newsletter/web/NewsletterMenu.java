package fr.maillage.newsletter.web;

import fr.maillage.shared.PublicMenuItem;
import fr.maillage.shared.PublicPaths;
import fr.maillage.shared.WorkspaceMenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The newsletter in the workspace menu, and its subscription page in the public portal's menu.
 */
@Configuration(proxyBeanMethods = false)
class NewsletterMenu {

    @Bean
    WorkspaceMenuItem newsletterMenuItem() {
        return new WorkspaceMenuItem(85, "newsletter.menu.newsletter", "/lettre");
    }

    @Bean
    PublicMenuItem newsletterPublicMenuItem() {
        return new PublicMenuItem(95, "newsletter.public.menu", "/lettre");
    }

    /** Pages anyone may open without logging in. */
    @Bean
    PublicPaths newsletterPublicPaths() {
        return new PublicPaths("/lettre", "/lettre/**");
    }
}
