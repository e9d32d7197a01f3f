package fr.maillage.web.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The OpenAPI document of the REST API ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}):
 * its title, its French description, the two ways to authenticate and the problem documents every
 * operation may answer with.
 */
@Configuration
class OpenApiConfiguration {

    /** Name of the personal-token scheme, used by {@code @SecurityRequirement} on the controllers. */
    static final String TOKEN_SCHEME = "jeton";
    /** Name of the e-mail and password scheme, accepted only to create a token. */
    static final String PASSWORD_SCHEME = "motDePasse";
    private static final String PROBLEM_SCHEMA = "ApiProblem";

    @Bean
    OpenAPI maillageOpenApi(MessageSource messages) {
        return new OpenAPI()
                .info(new Info().title(text(messages, "api.openapi.title")).version("v1")
                        .description(text(messages, "api.openapi.description"))
                        .license(new License().name("EUPL-1.2")
                                .url("https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12")))
                .servers(List.of(new Server().url("/").description(text(messages, "api.openapi.server"))))
                .components(new Components()
                        .addSecuritySchemes(TOKEN_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("mlg_…")
                                .description(text(messages, "api.openapi.scheme.token")))
                        .addSecuritySchemes(PASSWORD_SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description(text(messages, "api.openapi.scheme.password"))))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN_SCHEME));
    }

    /**
     * Adds to each operation the errors it may answer, as problem documents: 401 and 403 always,
     * 400 when it takes input, 404 when its path names a resource.
     */
    @Bean
    OpenApiCustomizer problemResponses(MessageSource messages) {
        return openApi -> {
            ModelConverters.getInstance().readAll(ApiProblem.class).forEach(openApi.getComponents()::addSchemas);
            Content problem = new Content().addMediaType(ApiProblem.MEDIA_TYPE,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                ApiResponses responses = operation.getResponses();
                if (takesInput(operation)) {
                    add(responses, "400", text(messages, "api.doc.response.400"), problem);
                }
                add(responses, "401", text(messages, "api.doc.response.401"), problem);
                add(responses, "403", text(messages, "api.doc.response.403"), problem);
                if (namesResource(operation)) {
                    add(responses, "404", text(messages, "api.doc.response.404"), problem);
                }
            }));
        };
    }

    private static boolean takesInput(Operation operation) {
        return operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    }

    private static boolean namesResource(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().map(Parameter::getIn).anyMatch("path"::equals);
    }

    private static void add(ApiResponses responses, String status, String description, Content content) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(content));
        }
    }

    private static String text(MessageSource messages, String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
