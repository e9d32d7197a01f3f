package fr.maillage.search.web;

import fr.maillage.shared.HomePanel;
import fr.maillage.shared.PublicMenuItem;
import fr.maillage.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search page in the public portal's menu, and a search box on the public home page.
 */
@Configuration(proxyBeanMethods = false)
class SearchMenu {

    @Bean
    PublicMenuItem searchMenuItem() {
        return new PublicMenuItem(90, "search.menu.search", "/recherche");
    }

    @Bean
    HomePanel searchHomePanel() {
        return new HomePanel() {
            @Override
            public int order() {
                return 5;
            }

            @Override
            public String template() {
                return "search/panels";
            }

            @Override
            public String selector() {
                return "box";
            }

            @Override
            public Object data(Long userId) {
                return Boolean.TRUE;
            }

            @Override
            public boolean forVisitors() {
                return true;
            }
        };
    }

    /** Pages anyone may open without logging in. */
    @Bean
    PublicPaths searchPublicPaths() {
        return new PublicPaths("/recherche", "/recherche/**");
    }
}
