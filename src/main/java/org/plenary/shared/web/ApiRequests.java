package org.plenary.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the records of request bodies do not say to springdoc, in one place rather than in annotations spread over
 * every module: which fields the operations refuse to do without (the use cases answer 400 when they are missing),
 * the formats of ids, addresses and periods, and examples taken from the CCM case.
 */
final class ApiRequests {

    /** The fields without which an operation answers 400, by request schema. */
    private static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("Addition", List.of("ref", "text")),
            Map.entry("Agenda", List.of("status", "items")),
            Map.entry("Amendment", List.of("text")),
            Map.entry("AnswerInput", List.of("question", "text")),
            Map.entry("Attendee", List.of("name")),
            Map.entry("Choice", List.of("ref")),
            Map.entry("Comment", List.of("text")),
            Map.entry("Credentials", List.of("username", "password")),
            Map.entry("Draft", List.of("title")),
            Map.entry("Extension", List.of("closes")),
            Map.entry("GroupInput", List.of("name", "members")),
            Map.entry("Inscription", List.of("agendaItem")),
            Map.entry("ListChange", List.of("agendaItem")),
            Map.entry("MissingInput", List.of("text")),
            Map.entry("NewAccount", List.of("username", "password", "displayName", "email")),
            Map.entry("NewConsultation", List.of("title", "opens", "closes")),
            Map.entry("NewContact", List.of("email", "role")),
            Map.entry("NewEffect", List.of("type", "meetingId", "start", "end")),
            Map.entry("NewInvitation", List.of("email", "displayName")),
            Map.entry("NewLetter", List.of("reference", "date", "place", "subject", "body", "addressees")),
            Map.entry("NewLetterVersion", List.of("subject", "body")),
            Map.entry("NewMeeting", List.of("title", "kind", "format", "start", "end")),
            Map.entry("NewOfficer", List.of("userId", "role")),
            Map.entry("NewOrder", List.of("agendaItem", "order", "reason")),
            Map.entry("NewParticipant", List.of("name", "kind")),
            Map.entry("NewProcedure", List.of("subject", "proposal", "deadline")),
            Map.entry("NewProcess", List.of("code", "title", "treaty", "timeZone", "languages")),
            Map.entry("NewTreaty", List.of("code", "title")),
            Map.entry("NewVersion", List.of("subject", "proposal")),
            Map.entry("NumberedText", List.of("ref", "text")),
            Map.entry("Objection", List.of("reason")),
            Map.entry("PasswordChange", List.of("currentPassword", "newPassword")),
            Map.entry("PositionInput", List.of("element", "stance")),
            Map.entry("Profile", List.of("displayName")),
            Map.entry("Registration", List.of("attendees")),
            Map.entry("Reschedule", List.of("start", "end", "reason")),
            Map.entry("ResetRequest", List.of("email")),
            Map.entry("SessionTimes", List.of("start", "end")),
            Map.entry("Settings", List.of("speakerLimit")),
            Map.entry("StatusChangeRequest", List.of("status", "since")),
            Map.entry("Withdrawal", List.of("reason")));

    /** Formats by field name, in every request schema: ids (alone or in lists), addresses, ISO 8601 periods. */
    private static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("participantId", "uuid"), Map.entry("meetingId", "uuid"), Map.entry("userId", "uuid"),
            Map.entry("documentId", "uuid"), Map.entry("positionId", "uuid"), Map.entry("revises", "uuid"),
            Map.entry("announcedWith", "uuid"), Map.entry("giveFloorTo", "uuid"), Map.entry("documents", "uuid"),
            Map.entry("attachments", "uuid"), Map.entry("refersTo", "uuid"), Map.entry("members", "uuid"),
            Map.entry("order", "uuid"), Map.entry("motivatedBy", "uuid"), Map.entry("email", "email"),
            Map.entry("silenceMinimumPeriod", "duration"), Map.entry("timeLimit", "duration"));

    /** Examples of the main requests, from the preparation of the Second Review Conference of the CCM. */
    private static final Map<String, Map<String, Object>> EXAMPLES = Map.of(
            "NewTreaty", example("code", "CCM", "title", "Convention on Cluster Munitions"),
            "NewParticipant", example("name", "Switzerland", "kind", "STATE", "iso3", "CHE"),
            "StatusChangeRequest", example("status", "STATE_PARTY", "since", "2020-08-06"),
            "NewProcess", example("code", "CCM-2RC", "title", "Second Review Conference of the Convention on "
                    + "Cluster Munitions", "treaty", "CCM", "timeZone", "Europe/Zurich",
                    "languages", List.of("en", "fr", "es"), "silenceMinimumPeriod", "PT72H"),
            "NewAccount", example("username", "delegate.che", "password", "correct horse battery staple",
                    "displayName", "Delegation of Switzerland", "email", "delegation@che.example",
                    "language", "fr"),
            "NewMeeting", example("title", "First Preparatory Meeting", "kind", "PREPARATORY_MEETING",
                    "format", "IN_PERSON", "start", "2020-06-08T10:00:00+02:00", "end", "2020-06-08T13:00:00+02:00",
                    "venue", "Palais des Nations, Geneva"),
            "NewProcedure", example("subject", "Date of the First Preparatory Meeting", "proposal", "In light of "
                    + "the COVID-19 measures, the First Preparatory Meeting planned for 8 June 2020 is held on 29 June "
                    + "2020, from 10:00 to 13:00 Geneva time.", "deadline", "2020-06-12T18:00:00+02:00"),
            "Objection", example("reason", "The new date coincides with another disarmament meeting in Geneva."),
            "NewLetter", example("reference", "CCM/2RC/2020/1", "date", "2020-06-08", "place", "Geneva",
                    "subject", "Silence procedure: date of the First Preparatory Meeting", "body", "Excellency,\n\n"
                            + "I propose that the First Preparatory Meeting be held on 29 June 2020 instead of 8 June.",
                    "addressees", List.of("STATES_PARTIES", "SIGNATORY_STATES", "OBSERVER_STATES",
                            "OBSERVER_ORGANISATIONS")),
            "NewConsultation", example("title", "Working Paper 4: possible elements of the Lausanne Action Plan",
                    "opens", "2020-06-18T09:00:00+02:00", "closes", "2020-07-10T18:00:00+02:00", "elements",
                    List.of(example("ref", "1", "text", "The Lausanne Action Plan will guide the implementation of "
                            + "the Convention from the Second Review Conference to the Third.")),
                    "questions", List.of(example("ref", "1", "text", "Which of the elements should be retained?"))));

    private ApiRequests() {
    }

    static void describe(OpenAPI document) {
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        List<Schema> roots = document.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .filter(o -> o.getRequestBody() != null && o.getRequestBody().getContent() != null)
                .flatMap(o -> o.getRequestBody().getContent().entrySet().stream().map(e -> {
                    if (e.getKey().equals("text/csv")) {
                        e.setValue(new MediaType().schema(ApiDocument.typed("string").contentMediaType("text/csv")));
                    }
                    return e.getValue().getSchema();
                }))
                .filter(Objects::nonNull).toList();
        Set<String> inRequests = ApiSchemas.reachable(schemas, roots);
        for (String name : inRequests) {
            Schema<Object> schema = schemas.get(name);
            if (schema == null || schema.getProperties() == null) {
                continue;
            }
            if (REQUIRED.containsKey(name)) {
                schema.setRequired(new ArrayList<>(REQUIRED.get(name)));
            }
            schema.getProperties().forEach((field, property) -> format(property, FORMATS.get(field)));
            if (EXAMPLES.containsKey(name)) {
                schema.setExamples(List.<Object>of(EXAMPLES.get(name)));
            }
        }
    }

    /** Gives a string field (or the strings of a list) its format, unless springdoc found one already. */
    private static void format(Schema<?> property, String format) {
        Schema<?> strings = property.getItems() != null ? property.getItems() : property;
        boolean string = "string".equals(strings.getType())
                || (strings.getTypes() != null && strings.getTypes().contains("string"));
        if (format != null && strings.getFormat() == null && string) {
            strings.setFormat(format);
        }
    }

    private static Map<String, Object> example(Object... pairs) {
        Map<String, Object> example = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            example.put((String) pairs[i], pairs[i + 1]);
        }
        return example;
    }
}
