package fr.maillage.directory.web;

import fr.maillage.shared.WorkspaceMenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The directory's entry in the workspace menu.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryMenu {

    @Bean
    WorkspaceMenuItem directoryMenuItem() {
        return new WorkspaceMenuItem(20, "layout.nav.directory", "/annuaire");
    }
}
