package fr.maillage.account.internal;

import fr.maillage.account.ApiTokenManagement;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires personal API tokens into the API's security chain.
 */
@Configuration
class ApiTokenConfiguration {

    @Bean
    BearerTokenFilter bearerTokenFilter(ApiTokenManagement tokens, MessageSource messages) {
        return new BearerTokenFilter(tokens, messages);
    }

    /** The filter belongs to the API's security chain only; Boot would otherwise run it on every request. */
    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerTokenFilterRegistration(BearerTokenFilter filter) {
        FilterRegistrationBean<BearerTokenFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
