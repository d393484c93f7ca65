package org.plenary.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api/v1}, the contract that clients are generated from: who Plenary is, how a
 * caller authenticates, and (through {@link ApiResponses}, {@link ApiSchemas} and {@link ApiRequests}) what each
 * operation takes and answers.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    static final String BEARER = "bearer";

    @Bean
    OpenAPI plenaryApi() {
        return new OpenAPI()
                .info(new Info().title("Plenary API").version("1")
                        .summary("Meetings, documents, letters, silence procedures and consultations of a "
                                + "multilateral treaty conference")
                        .description("""
                                JSON over HTTPS under `/api/v1`. Instants are ISO-8601 with an offset, ids are opaque \
                                strings. A create answers `201 Created` with a `Location` header and the created \
                                resource. Every error is an RFC 9457 problem detail (`application/problem+json`) whose \
                                `type` names the kind of refusal (see the `Problem` schema); invalid input adds \
                                `errors[]`. Sign in with `POST /api/v1/auth/token` and send the token as \
                                `Authorization: Bearer <token>`.""")
                        .license(new License().name("Proprietary").identifier("LicenseRef-Plenary")))
                .addServersItem(new Server().url("/").description("This Plenary instance"))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("opaque token or OpenID JWT")
                        .description("A token from `POST /api/v1/auth/token` (valid until its `expiresAt`), or an "
                                + "access token of a configured OpenID provider")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer plenaryOperations() {
        return document -> {
            ApiSchemas.describe(document);
            ApiRequests.describe(document);
            ApiResponses.describe(document);
        };
    }

    static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.type(type);
        schema.types(Set.of(type));
        return schema;
    }
}
