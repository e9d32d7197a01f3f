package fr.maillage.evaluation.web;

import fr.maillage.shared.WorkspaceMenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The evaluation's entry in the workspace menu.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationMenu {

    @Bean
    WorkspaceMenuItem evaluationMenuItem() {
        return new WorkspaceMenuItem(90, "evaluation.menu.title", "/evaluation");
    }
}
