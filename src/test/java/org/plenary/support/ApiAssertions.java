package org.plenary.support;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** Assertions on the conventions of the API: problem details and created resources. */
public final class ApiAssertions {

    private ApiAssertions() {
    }

    /** An RFC 9457 problem detail with this status: {@code type}, {@code title}, {@code status}, {@code detail}. */
    public static JsonNode assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.header("Content-Type")).as("content type of %s", response)
                .startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("type").asString()).isNotBlank();
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
        return problem;
    }

    /** A 400 problem detail naming {@code field} in its {@code errors}. */
    public static JsonNode assertInvalid(Api.Response response, String field) {
        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.path("errors").isArray()).as("errors of %s", response).isTrue();
        assertThat(problem.path("errors").valueStream().map(e -> e.path("field").asString()))
                .as("fields of %s", response).contains(field);
        problem.path("errors").forEach(e -> assertThat(e.path("message").asString()).isNotBlank());
        return problem;
    }

    /** A 403 whose detail says why. */
    public static JsonNode assertForbidden(Api.Response response, String reason) {
        JsonNode problem = assertProblem(response, 403);
        assertThat(problem.path("detail").asString()).isEqualTo(reason);
        return problem;
    }

    /** 201 Created with a Location header ending in the id of the created resource, which is answered. */
    public static JsonNode assertCreated(Api.Response response, String collectionPath) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(201);
        JsonNode body = response.json();
        String id = body.path("id").asString();
        assertThat(id).isNotBlank();
        assertThat(response.header("Location")).isEqualTo("/api/v1" + collectionPath + "/" + id);
        return body;
    }
}
