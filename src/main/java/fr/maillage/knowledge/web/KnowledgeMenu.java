package fr.maillage.knowledge.web;

import fr.maillage.shared.PublicMenuItem;
import fr.maillage.shared.PublicPaths;
import fr.maillage.shared.WorkspaceMenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's entries: capitalisation, library and news watch in the workspace menu, the published
 * sheets in the public portal's menu.
 */
@Configuration(proxyBeanMethods = false)
class KnowledgeMenu {

    @Bean
    WorkspaceMenuItem knowledgeSheetsMenuItem() {
        return new WorkspaceMenuItem(80, "knowledge.menu.sheets", "/capitalisation");
    }

    @Bean
    WorkspaceMenuItem knowledgeResourcesMenuItem() {
        return new WorkspaceMenuItem(81, "knowledge.menu.resources", "/ressources");
    }

    @Bean
    WorkspaceMenuItem knowledgeWatchMenuItem() {
        return new WorkspaceMenuItem(82, "knowledge.menu.watch", "/veille");
    }

    @Bean
    PublicMenuItem knowledgePublicMenuItem() {
        return new PublicMenuItem(10, "knowledge.menu.public", "/fiches");
    }

    /** Pages anyone may open without logging in. */
    @Bean
    PublicPaths knowledgePublicPaths() {
        return new PublicPaths("/fiches", "/fiches/**", "/fiches.rss");
    }
}
