package fr.maillage.governance.web;

import fr.maillage.shared.WorkspaceMenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The governance's entry in the workspace menu.
 */
@Configuration(proxyBeanMethods = false)
class GovernanceMenu {

    @Bean
    WorkspaceMenuItem governanceMenuItem() {
        return new WorkspaceMenuItem(50, "governance.menu.bodies", "/instances");
    }
}
