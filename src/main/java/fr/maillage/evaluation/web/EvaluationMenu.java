package fr.maillage.evaluation.web;

import fr.maillage.shared.PublicPaths;
import fr.maillage.shared.WorkspaceMenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The evaluation's entry in the workspace menu, and its answer page for carriers without an account.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationMenu {

    @Bean
    WorkspaceMenuItem evaluationMenuItem() {
        return new WorkspaceMenuItem(90, "evaluation.menu.title", "/evaluation");
    }

    /** Pages anyone may open without logging in. */
    @Bean
    PublicPaths evaluationPublicPaths() {
        return new PublicPaths("/portail/saisie/**");
    }
}
