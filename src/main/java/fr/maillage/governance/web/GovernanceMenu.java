package fr.maillage.governance.web;

import fr.maillage.shared.PublicPaths;
import fr.maillage.shared.WorkspaceMenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The governance's entry in the workspace menu, and its pages for people without an account
 * (convocation answers, calendar feeds).
 */
@Configuration(proxyBeanMethods = false)
class GovernanceMenu {

    @Bean
    WorkspaceMenuItem governanceMenuItem() {
        return new WorkspaceMenuItem(50, "governance.menu.bodies", "/instances");
    }

    /** Pages anyone may open without logging in. */
    @Bean
    PublicPaths governancePublicPaths() {
        return new PublicPaths("/portail/convocations/**", "/portail/instances/**");
    }
}
