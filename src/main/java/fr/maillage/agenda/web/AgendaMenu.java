package fr.maillage.agenda.web;

import fr.maillage.agenda.AgendaManagement;
import fr.maillage.agenda.AgendaProperties;
import fr.maillage.agenda.Event;
import fr.maillage.shared.HomePanel;
import fr.maillage.shared.PublicMenuItem;
import fr.maillage.shared.PublicPaths;
import fr.maillage.shared.WorkspaceMenuItem;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;

/**
 * The agenda's entries in the workspace menu and the public menu, and the panel of upcoming
 * events on the public home page (one bounded query of the next few events).
 */
@Configuration(proxyBeanMethods = false)
class AgendaMenu {

    @Bean
    WorkspaceMenuItem agendaMenuItem() {
        return new WorkspaceMenuItem(60, "agenda.menu.events", "/evenements");
    }

    @Bean
    PublicMenuItem agendaPublicMenuItem() {
        return new PublicMenuItem(20, "agenda.menu.events", "/evenements");
    }

    @Bean
    HomePanel upcomingEventsPanel(AgendaManagement agenda, AgendaProperties properties) {
        return new HomePanel() {
            @Override
            public int order() {
                return 20;
            }

            @Override
            public String template() {
                return "agenda/home-panel";
            }

            @Override
            public String selector() {
                return "upcoming";
            }

            @Override
            public Object data(Long userId) {
                List<Event> next = agenda.upcomingPublic(null, null, PageRequest.of(0, properties.homePanelSize()))
                        .getContent();
                return next.isEmpty() ? null : next;
            }

            @Override
            public boolean forVisitors() {
                return true;
            }
        };
    }

    /** Pages anyone may open without logging in. */
    @Bean
    PublicPaths agendaPublicPaths() {
        return new PublicPaths("/evenements", "/evenements/**");
    }
}
