package fr.maillage.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The OpenAPI document of the REST API ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}):
 * its title, its French description and the two ways to authenticate.
 */
@Configuration
class OpenApiConfiguration {

    /** Name of the personal-token scheme, used by {@code @SecurityRequirement} on the controllers. */
    static final String TOKEN_SCHEME = "jeton";
    /** Name of the e-mail and password scheme, accepted only to create a token. */
    static final String PASSWORD_SCHEME = "motDePasse";

    @Bean
    OpenAPI maillageOpenApi(MessageSource messages) {
        return new OpenAPI()
                .info(new Info().title(text(messages, "api.openapi.title")).version("v1")
                        .description(text(messages, "api.openapi.description"))
                        .license(new License().name("EUPL-1.2")
                                .url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")))
                .components(new Components()
                        .addSecuritySchemes(TOKEN_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("mlg_…")
                                .description(text(messages, "api.openapi.scheme.token")))
                        .addSecuritySchemes(PASSWORD_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description(text(messages, "api.openapi.scheme.password"))))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN_SCHEME));
    }

    private static String text(MessageSource messages, String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
