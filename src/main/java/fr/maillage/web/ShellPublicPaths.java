package fr.maillage.web;

import fr.maillage.shared.PublicPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shell's pages anyone may open: the home page, the legal pages and the error pages.
 */
@Configuration(proxyBeanMethods = false)
class ShellPublicPaths {

    @Bean
    PublicPaths shellPublicPaths() {
        return new PublicPaths("/", "/accessibilite", "/mentions-legales", "/error", "/erreur/**");
    }
}
