package fr.maillage.funding.web;

import fr.maillage.shared.WorkspaceMenuItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The funding entries of the workspace menu. */
@Configuration(proxyBeanMethods = false)
class FundingMenu {

    @Bean
    WorkspaceMenuItem fundingCallsMenuItem() {
        return new WorkspaceMenuItem(40, "funding.menu.calls", "/financements/appels");
    }

    @Bean
    WorkspaceMenuItem fundingApplicationsMenuItem() {
        return new WorkspaceMenuItem(41, "funding.menu.applications", "/financements/dossiers");
    }

    @Bean
    WorkspaceMenuItem fundingEnvelopesMenuItem() {
        return new WorkspaceMenuItem(42, "funding.menu.envelopes", "/financements/enveloppes");
    }

    @Bean
    WorkspaceMenuItem fundingDashboardMenuItem() {
        return new WorkspaceMenuItem(43, "funding.menu.dashboard", "/financements/tableau-de-bord");
    }
}
