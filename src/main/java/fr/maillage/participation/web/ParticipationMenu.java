package fr.maillage.participation.web;

import fr.maillage.shared.PublicMenuItem;
import fr.maillage.shared.PublicPaths;
import fr.maillage.shared.WorkspaceMenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's entries in the workspace menu and on the public portal.
 */
@Configuration(proxyBeanMethods = false)
class ParticipationMenu {

    @Bean
    WorkspaceMenuItem participationMenuItem() {
        return new WorkspaceMenuItem(70, "participation.menu.workspace", "/participation");
    }

    @Bean
    PublicMenuItem councilsPublicMenuItem() {
        return new PublicMenuItem(30, "participation.menu.public", "/conseils-citoyens");
    }

    /** Pages anyone may open without logging in. */
    @Bean
    PublicPaths participationPublicPaths() {
        return new PublicPaths("/conseils-citoyens", "/conseils-citoyens/**");
    }
}
