package fr.maillage.programme.web;

import fr.maillage.shared.WorkspaceMenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The programme's entries in the workspace menu.
 */
@Configuration(proxyBeanMethods = false)
class ProgrammeMenu {

    @Bean
    WorkspaceMenuItem strategyMenuItem() {
        return new WorkspaceMenuItem(30, "programme.menu.strategy", "/strategie");
    }

    @Bean
    WorkspaceMenuItem actionsMenuItem() {
        return new WorkspaceMenuItem(31, "programme.menu.actions", "/actions");
    }
}
