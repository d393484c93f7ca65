package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.support.ApiAssertions.assertForbidden;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.aProcess;
import static org.plenary.support.Fixtures.aState;
import static org.plenary.support.Fixtures.aTreaty;
import static org.plenary.support.Fixtures.aUser;
import static org.plenary.support.Fixtures.anOfficer;
import static org.plenary.support.Fixtures.anOrganisation;
import static org.plenary.support.Fixtures.newProcess;
import static org.plenary.support.Fixtures.newUser;
import static org.plenary.support.Fixtures.recordStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.processes.ProcessId;
import org.plenary.silence.DraftAdopted;
import org.plenary.silence.SilenceProcedureId;
import org.plenary.support.Api;
import org.plenary.support.Fixtures.Person;
import tools.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may call what: every state-changing operation and every read, for an anonymous caller (401), a
 * delegate and an officer (403 with the reason, nothing changed) and an administrator (allowed).
 */
class AuthorisationMatrixTest extends PlenaryTest {

    private static final String ROSTER = "Only administrators may change the roster";
    private static final String ACCOUNTS = "Only administrators may manage accounts";
    private static final String INVITE =
            "Only administrators, and officers for the delegates of their processes' participants, may invite";

    /** One call of the API: method, path and body (fresh for each call), and why a non-administrator is refused. */
    private record Call(String method, String path, Supplier<Object> body, String contentType, String reason) {

        /** The call by {@code api}, its body made now so that making it is not part of the call. */
        Supplier<Api.Response> by(Api api) {
            Object content = body == null ? null : body.get();
            return () -> api.send(method, path, content, contentType);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    private Api admin;
    private Person delegate;
    private Person officer;
    private String treaty;
    private String process;
    private String state;

    @BeforeEach
    void world() {
        admin = admin();
        treaty = aTreaty(admin);
        process = aProcess(admin, treaty);
        state = aState(admin);
        delegate = aDelegate(admin, state);
        officer = anOfficer(admin, process, "PRESIDENCY");
    }

    private static Call json(String method, String path, Supplier<Object> body, String reason) {
        return new Call(method, path, body, body == null ? null : "application/json", reason);
    }

    private List<Call> adminOnlyChanges() {
        String account = aUser(admin).id();
        return List.of(
                json("POST", "/participants", () -> Map.of("name", unique("State"), "kind", "STATE"), ROSTER),
                json("POST", "/treaties", () -> Map.of("code", "T-" + unique("X").substring(2).toUpperCase(),
                        "title", "A treaty"), ROSTER),
                json("PUT", "/treaties/" + treaty + "/statuses/" + state,
                        () -> Map.of("status", "STATE_PARTY", "since", "2020-08-06"), ROSTER),
                json("PUT", "/participants/" + state + "/obligations",
                        () -> Map.of("treaty", treaty, "article", "Article 4", "deadline", "2021-03-01"), ROSTER),
                new Call("POST", "/treaties/" + treaty + "/statuses",
                        () -> "name,iso3,status,since\n" + unique("Niue") + ",,STATE_PARTY,2020-08-06\n", "text/csv",
                        ROSTER),
                json("POST", "/users", () -> newUser(unique("user").toLowerCase()), ACCOUNTS),
                json("DELETE", "/users/" + account + "/tokens", null, ACCOUNTS),
                json("POST", "/users/" + account + "/deactivate", null, ACCOUNTS),
                json("POST", "/users/" + account + "/reactivate", null, ACCOUNTS),
                json("POST", "/users/invitations", () -> Map.of("email", unique("invited") + "@mission.example",
                        "displayName", "An officer to be"), INVITE),
                json("POST", "/processes", () -> newProcess(treaty), "Only administrators may create processes"),
                json("POST", "/processes/" + process + "/officers",
                        () -> Map.of("userId", aUser(admin).id(), "role", "SECRETARIAT"),
                        "Only administrators may appoint officers"));
    }

    private List<Call> adminOnlyReads() {
        return List.of(json("GET", "/users", null, ACCOUNTS),
                json("GET", "/audit/verify", null, "Only administrators may verify the audit log"));
    }

    private List<Call> signedInReads() {
        return List.of(json("GET", "/participants", null, null), json("GET", "/participants/" + state, null, null),
                json("GET", "/participants/" + state + "/obligations", null, null),
                json("GET", "/treaties", null, null), json("GET", "/treaties/" + treaty, null, null),
                json("GET", "/processes", null, null), json("GET", "/processes/" + process, null, null),
                json("GET", "/processes/" + process + "/officers", null, null),
                json("GET", "/processes/" + process + "/officers/" + officer.id(), null, null),
                json("GET", "/processes/" + process + "/participants", null, null),
                json("GET", "/processes/" + process + "/silence-procedures", null, null),
                json("GET", "/auth/me", null, null));
    }

    @Test
    void refusesEveryCallButSignInToAnAnonymousCaller() {
        Api anonymous = api();
        List<Call> calls = new java.util.ArrayList<>(adminOnlyChanges());
        calls.addAll(adminOnlyReads());
        calls.addAll(signedInReads());
        calls.add(json("GET", "/processes/" + process + "/audit", null, null));
        calls.add(json("DELETE", "/auth/token", null, null));
        calls.add(json("POST", "/processes/" + process + "/silence-procedures",
                () -> Map.of("subject", "Dates", "proposal", "29 June", "deadline", "2030-06-12T18:00:00+02:00"), null));

        for (Call call : calls) {
            Api.Response response = unchanged(call.by(anonymous));
            assertProblem(response, 401);
            assertThat(response.header("WWW-Authenticate")).as(call.toString()).startsWith("Bearer");
        }
    }

    /** One's own account: every signed-in person, nobody anonymous; asking for a password reset is for anybody. */
    @Test
    void ownAccountCallsNeedASignedInCaller() {
        String none = java.util.UUID.randomUUID().toString();
        List<Call> own = List.of(json("GET", "/me", null, null), json("GET", "/me/tokens", null, null),
                json("GET", "/me/sessions", null, null),
                json("PUT", "/me", () -> Map.of("displayName", "Renamed"), null),
                json("PUT", "/me/language", () -> Map.of("language", "fr"), null),
                json("PUT", "/me/password", () -> Map.of("currentPassword", "x", "newPassword", "y"), null),
                json("DELETE", "/me/tokens/" + none, null, null), json("DELETE", "/me/sessions/" + none, null, null));
        for (Call call : own) {
            assertProblem(unchanged(call.by(api())), 401);
        }
        // Not the administrator: other tests share the database and greet it by its name.
        for (Api caller : List.of(aUser(admin).api(), delegate.api(), officer.api())) {
            assertThat(caller.get("/me").status()).isEqualTo(200);
            assertThat(caller.put("/me", Map.of("displayName", "Renamed " + unique("x"))).status()).isEqualTo(200);
            assertThat(caller.put("/me/language", Map.of("language", "en")).status()).isEqualTo(200);
            assertProblem(unchanged(() -> caller.delete("/me/tokens/" + none)), 404);
        }
        assertThat(api().post("/auth/password-reset", Map.of("email", unique("x") + "@nowhere.example")).status())
                .isEqualTo(202);
    }

    @Test
    void refusesAdministrativeChangesToADelegateWithTheReason() {
        refusesWithReason(delegate.api(), adminOnlyChanges());
    }

    @Test
    void refusesAdministrativeChangesToAnOfficerWithTheReason() {
        refusesWithReason(officer.api(), adminOnlyChanges());
    }

    @Test
    void refusesAdministrativeReadsToDelegatesAndOfficers() {
        refusesWithReason(delegate.api(), adminOnlyReads());
        refusesWithReason(officer.api(), adminOnlyReads());
    }

    @Test
    void letsAnAdministratorMakeEveryChange() {
        for (Call call : adminOnlyChanges()) {
            Api.Response response = call.by(admin).get();
            assertThat(response.status()).as("%s answered %s", call, response).isIn(200, 201, 204);
        }
        for (Call call : adminOnlyReads()) {
            assertThat(call.by(admin).get().status()).as(call.toString()).isEqualTo(200);
        }
    }

    @Test
    void letsEveryoneSignedInRead() {
        Person organisationDelegate = aDelegate(admin, anOrganisation(admin));
        for (Api reader : List.of(admin, delegate.api(), officer.api(), organisationDelegate.api())) {
            for (Call call : signedInReads()) {
                Api.Response response = call.by(reader).get();
                assertThat(response.status()).as("%s answered %s", call, response).isEqualTo(200);
                assertThat(response.header("Content-Type")).startsWith("application/json");
            }
        }
    }

    @Test
    void showsTheAuditOfAProcessToItsOfficersAndAdministratorsOnly() {
        Person secretariat = anOfficer(admin, process, "SECRETARIAT");
        Person officerElsewhere = anOfficer(admin, aProcess(admin, treaty), "PRESIDENCY");
        Function<Api, Api.Response> readAudit = api -> api.get("/processes/" + process + "/audit");

        assertThat(readAudit.apply(officer.api()).status()).isEqualTo(200);
        assertThat(readAudit.apply(secretariat.api()).status()).isEqualTo(200);
        assertThat(readAudit.apply(admin).status()).isEqualTo(200);
        String reason = "Only the officers of the process may read its audit log";
        assertForbidden(readAudit.apply(delegate.api()), reason);
        assertForbidden(readAudit.apply(officerElsewhere.api()), reason);
        assertForbidden(readAudit.apply(aUser(admin).api()), reason);
    }

    /**
     * The audit log: anybody reads the tree head and consistency proofs; an entry and its inclusion proof go to
     * administrators and the officers of its process; only administrators verify the whole log.
     */
    @Test
    void showsAuditEntriesToTheOfficersOfTheirProcessAndAdministratorsOnly() {
        Person officerElsewhere = anOfficer(admin, aProcess(admin, treaty), "PRESIDENCY");
        String created = "select idx from audit_entry where action = 'processes.process.created' and object_id = ?";
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                jdbc.sql(created).param(process).query(Long.class).optional().isPresent()
                && admin.get("/audit/tree-head").json().path("treeSize").asLong() > count(created, process));
        long index = count(created, process);
        List<String> entryCalls = List.of("/audit/entries/" + index, "/audit/proofs/inclusion?index=" + index
                + "&treeSize=" + (index + 1));
        String reason = "Only administrators, and the officers of its process, may read this audit entry";

        for (String path : entryCalls) {
            assertThat(admin.get(path).status()).as(path).isEqualTo(200);
            assertThat(officer.api().get(path).status()).as(path).isEqualTo(200);
            assertForbidden(officerElsewhere.api().get(path), reason);
            assertForbidden(delegate.api().get(path), reason);
            assertThat(api().get(path).status()).as(path).isEqualTo(401);
        }
        assertThat(api().get("/audit/tree-head").status()).isEqualTo(200);
        assertThat(api().get("/audit/proofs/consistency?first=1&second=" + (index + 1)).status()).isEqualTo(200);
        assertForbidden(officer.api().get("/audit/verify"), "Only administrators may verify the audit log");
        assertThat(api().get("/audit/verify").status()).isEqualTo(401);
    }

    /**
     * Consultations: officers open, extend, close and compile; only the Presidency drafts and issues the revision;
     * only a delegate submits, for its own participant. Each refusal is a 403 with its reason, and changes nothing.
     */
    @Test
    void consultationCallsAreAllowedOnlyToWhoMayMakeThem() {
        String path = "/processes/" + process + "/consultations";
        java.time.Instant now = java.time.Instant.now();
        Supplier<Object> newConsultation = () -> Map.of("title", "WP.4", "opens", now.minusSeconds(60).toString(),
                "closes", now.plusSeconds(86_400).toString(), "elements", List.of(Map.of("ref", "1", "text", "One")));
        String officers = "Only the Presidency and the Secretariat of the process may run consultations";
        String presidency = "Only the Presidency may draft and issue the revised text";
        String delegates = "Only the delegate of a State or organisation may give views in a consultation";
        Person secretariat = anOfficer(admin, process, "SECRETARIAT");

        refusesWithReason(delegate.api(), List.of(json("POST", path, newConsultation, officers)));
        String id = officer.api().post(path, newConsultation.get()).json().get("id").asString();
        String one = path + "/" + id;
        Supplier<Object> views = () -> Map.of("positions", List.of(Map.of("element", "1", "stance", "RETAIN")));
        Supplier<Object> later = () -> Map.of("closes", now.plusSeconds(172_800).toString());
        Supplier<Object> closing = () -> Map.of("reason", "The views received suffice.");
        refusesWithReason(delegate.api(), List.of(json("POST", one + "/extend", later, officers),
                json("POST", one + "/close", closing, officers), json("GET", one + "/compilation", null, officers),
                json("PUT", one + "/revision", () -> Map.of(), presidency)));
        refusesWithReason(officer.api(), List.of(json("PUT", one + "/submissions/mine", views, delegates)));
        refusesWithReason(admin, List.of(json("PUT", one + "/submissions/mine", views, delegates),
                json("POST", one + "/close", closing, officers)));

        assertThat(delegate.api().put(one + "/submissions/mine", views.get()).status()).isEqualTo(200);
        assertThat(secretariat.api().post(one + "/extend", later.get()).status()).isEqualTo(200);
        assertThat(secretariat.api().get(one + "/compilation").status()).isEqualTo(200);
        assertThat(secretariat.api().post(one + "/close", closing.get()).status()).isEqualTo(200);
        refusesWithReason(secretariat.api(), List.of(json("PUT", one + "/revision", () -> Map.of(), presidency),
                json("POST", one + "/revision/issue", null, presidency)));
        assertThat(officer.api().put(one + "/revision", Map.of()).status()).isEqualTo(200);
        for (String call : List.of(path, one + "/submissions/mine", one + "/compilation", one + "/close")) {
            assertProblem(unchanged(() -> api().send("POST".equals(call) ? "POST" : "GET", call, null, null)), 401);
        }
    }

    /**
     * Changes of a meeting and its documents that only the officers of the process make: reordering a speakers'
     * list, filing a document under an agenda item. A delegate is refused with the reason, the officer allowed.
     */
    @Test
    void refusesOfficersMeetingChangesToADelegateAndLetsTheOfficerMakeThem() throws Exception {
        String meeting = officer.api().post("/processes/" + process + "/meetings", Map.of("title", "A meeting",
                "kind", "OTHER", "format", "IN_PERSON", "start", "2020-09-04T10:00:00+02:00",
                "end", "2020-09-04T13:00:00+02:00")).json().get("id").asString();
        String path = "/processes/" + process + "/meetings/" + meeting;
        officer.api().put(path + "/agenda", Map.of("status", "PROVISIONAL", "items", List.of(Map.of("title", "Opening"))));
        assertThat(delegate.api().post(path + "/speakers", Map.of("agendaItem", "1")).status()).isEqualTo(201);
        String document = documentWithoutItem();
        List<Call> calls = List.of(
                json("PUT", path + "/speakers-list/order", () -> Map.of("agendaItem", "1", "order", List.of(state),
                        "reason", "The chair's choice"), "Only officers may reorder the list of speakers"),
                json("PUT", "/processes/" + process + "/documents/" + document + "/agenda-item",
                        () -> Map.of("meetingId", meeting, "agendaItem", "1"),
                        "Only the Presidency and the Secretariat of the process may publish documents"));
        refusesWithReason(delegate.api(), calls);
        for (Call call : calls) {
            assertProblem(unchanged(call.by(api())), 401);
            Api.Response response = call.by(officer.api()).get();
            assertThat(response.status()).as("%s answered %s", call, response).isEqualTo(200);
        }
    }

    /**
     * Points of order and rights of reply: delegates only; a point of order from a State Party, a right of reply
     * from a State. Each refusal is a 403 with its reason and changes nothing; an anonymous caller gets 401.
     */
    @Test
    void refusesPointsOfOrderAndRepliesToWhoIsNotEntitledAndLetsTheEntitledAskAndWithdraw() {
        String meeting = officer.api().post("/processes/" + process + "/meetings", Map.of("title", "A meeting",
                "kind", "OTHER", "format", "IN_PERSON", "start", "2020-09-04T10:00:00+02:00",
                "end", "2020-09-04T13:00:00+02:00")).json().get("id").asString();
        String path = "/processes/" + process + "/meetings/" + meeting;
        officer.api().put(path + "/agenda", Map.of("status", "PROVISIONAL", "items", List.of(Map.of("title", "Opening"))));
        Person organisation = aDelegate(admin, anOrganisation(admin));
        Supplier<Object> item = () -> Map.of("agendaItem", "1");
        String delegates = "Only delegates of a State or organisation may ask for the floor";
        List<Call> calls = List.of(json("POST", path + "/points-of-order", item, delegates),
                json("DELETE", path + "/points-of-order/mine?agendaItem=1", null, delegates),
                json("POST", path + "/replies", item, delegates),
                json("DELETE", path + "/replies/mine?agendaItem=1", null, delegates));
        refusesWithReason(officer.api(), calls);
        refusesWithReason(delegate.api(), List.of(json("POST", path + "/points-of-order", item,
                "Only States Parties may raise a point of order")));
        refusesWithReason(organisation.api(), List.of(json("POST", path + "/replies", item,
                "Only States may ask for a right of reply")));
        for (Call call : calls) {
            assertProblem(unchanged(call.by(api())), 401);
        }
        admin.put("/treaties/" + treaty + "/statuses/" + state, Map.of("status", "STATE_PARTY", "since", "2010-08-01"));
        for (Call call : calls) {
            Api.Response response = call.by(delegate.api()).get();
            assertThat(response.status()).as("%s answered %s", call, response).isEqualTo(
                    call.method().equals("POST") ? 201 : 204);
        }
    }

    /** Resending failed e-mails of a letter: the officers of the process only. */
    @Test
    void refusesResendingTheEmailsOfALetterToADelegateAndLetsTheOfficerResendThem() {
        String letter = officer.api().post("/processes/" + process + "/letters", Map.of("reference", unique("REF"),
                "date", "2020-06-18", "place", "Geneva", "subject", "Preparation", "body", "Excellency,",
                "addressees", List.of("STATES_PARTIES"))).json().get("id").asString();
        assertThat(officer.api().post("/processes/" + process + "/letters/" + letter + "/send", null).status())
                .isEqualTo(200);
        List<Call> calls = List.of(json("POST", "/processes/" + process + "/letters/" + letter
                + "/dispatches/resend-failed", null,
                "Only the Presidency and the Secretariat of the process may resend e-mails of letters"));
        refusesWithReason(delegate.api(), calls);
        for (Call call : calls) {
            assertProblem(unchanged(call.by(api())), 401);
            Api.Response response = call.by(officer.api()).get();
            assertThat(response.status()).as("allowed, but no e-mail failed: %s", response).isEqualTo(409);
        }
    }

    /** Editing and deleting a draft letter: the officers of the process only. */
    @Test
    void refusesEditingAndDeletingADraftLetterToADelegateAndLetsTheOfficerDoIt() {
        String path = "/processes/" + process + "/letters";
        Supplier<Object> letter = () -> Map.of("reference", unique("REF"), "date", "2020-06-18", "place", "Geneva",
                "subject", "Preparation", "body", "Excellency,", "addressees", List.of("STATES_PARTIES"));
        String id = officer.api().post(path, letter.get()).json().get("id").asString();
        String refusal = "Only the Presidency and the Secretariat of the process may write letters";
        List<Call> calls = List.of(json("PUT", path + "/" + id, letter, refusal),
                json("DELETE", path + "/" + id, null, refusal));
        refusesWithReason(delegate.api(), calls);
        for (Call call : calls) {
            assertProblem(unchanged(call.by(api())), 401);
            Api.Response response = call.by(officer.api()).get();
            assertThat(response.status()).as("%s answered %s", call, response).isIn(200, 204);
        }
    }

    /** Editing a draft silence procedure: the officers of the process only. */
    @Test
    void refusesEditingADraftSilenceProcedureToADelegateAndLetsTheOfficerEditIt() {
        String path = "/processes/" + process + "/silence-procedures";
        Supplier<Object> draft = () -> Map.of("subject", "Dates", "proposal", "29 June",
                "deadline", "2030-06-12T18:00:00+02:00");
        String id = officer.api().post(path, draft.get()).json().get("id").asString();
        List<Call> calls = List.of(json("PUT", path + "/" + id, () -> Map.of("subject", "Dates of the meeting",
                "proposal", "29 June", "deadline", "2030-06-13T18:00:00+02:00"),
                "Only the Presidency and the Secretariat of the process may run silence procedures"));
        refusesWithReason(delegate.api(), calls);
        for (Call call : calls) {
            assertProblem(unchanged(call.by(api())), 401);
            Api.Response response = call.by(officer.api()).get();
            assertThat(response.status()).as("%s answered %s", call, response).isEqualTo(200);
        }
    }

    /** Writing a language version of a letter, silence procedure, meeting or consultation: the officers only. */
    @Test
    void refusesWritingLanguageVersionsToADelegateAndLetsTheOfficerWriteThem() {
        String letter = officer.api().post("/processes/" + process + "/letters", Map.of("reference", unique("REF"),
                "date", "2020-06-18", "place", "Geneva", "subject", "Preparation", "body", "Excellency,",
                "addressees", List.of("STATES_PARTIES"))).json().get("id").asString();
        String procedure = officer.api().post("/processes/" + process + "/silence-procedures", Map.of(
                "subject", "Dates", "proposal", "29 June", "deadline", "2030-06-12T18:00:00+02:00")).json()
                .get("id").asString();
        String meeting = officer.api().post("/processes/" + process + "/meetings", Map.of("title", "A meeting",
                "kind", "PREPARATORY_MEETING", "format", "IN_PERSON", "start", "2030-06-08T10:00:00+02:00",
                "end", "2030-06-08T13:00:00+02:00")).json().get("id").asString();
        String consultation = officer.api().post("/processes/" + process + "/consultations", Map.of("title", "WP.4",
                "opens", "2030-06-01T09:00:00Z", "closes", "2030-06-30T18:00:00Z",
                "elements", List.of(Map.of("ref", "1", "text", "Clear remnants.")))).json().get("id").asString();
        List<Call> calls = List.of(
                json("PUT", "/processes/" + process + "/meetings/" + meeting + "/versions/fr",
                        () -> Map.of("title", "Une réunion"),
                        "Only the Presidency and the Secretariat of the process may manage its meetings"),
                json("PUT", "/processes/" + process + "/consultations/" + consultation + "/versions/fr",
                        () -> Map.of("title", "DT.4", "elements", Map.of("1", "Dépolluer.")),
                        "Only the Presidency and the Secretariat of the process may run consultations"),
                json("PUT", "/processes/" + process + "/letters/" + letter + "/versions/fr",
                        () -> Map.of("subject", "Préparation", "body", "Excellence,"),
                        "Only the Presidency and the Secretariat of the process may write language versions of "
                                + "letters"),
                json("PUT", "/processes/" + process + "/silence-procedures/" + procedure + "/versions/fr",
                        () -> Map.of("subject", "Dates", "proposal", "29 juin"),
                        "Only the Presidency and the Secretariat of the process may run silence procedures"));
        refusesWithReason(delegate.api(), calls);
        for (Call call : calls) {
            assertProblem(unchanged(call.by(api())), 401);
            Api.Response response = call.by(officer.api()).get();
            assertThat(response.status()).as("%s answered %s", call, response).isEqualTo(200);
        }
    }

    /** The silence settings of a process and the language versions of a draft decision: the officers only. */
    @Test
    void refusesSilenceSettingsAndDraftVersionsToADelegateAndLetsTheOfficerWriteThem() {
        String path = "/processes/" + process + "/silence-procedures";
        JsonNode procedure = officer.api().post(path, Map.of("subject", "Decisions", "deadline",
                "2030-06-12T18:00:00+02:00", "drafts", List.of(Map.of("title", "One", "text", "First."),
                        Map.of("title", "Two", "text", "Second.")))).json();
        String draft = procedure.get("drafts").get(0).get("id").asString();
        String reason = "Only the Presidency and the Secretariat of the process may run silence procedures";
        List<Call> calls = List.of(
                json("PUT", "/processes/" + process + "/silence-settings",
                        () -> Map.of("objectionsPublication", "NAMED"), reason),
                json("PUT", path + "/" + procedure.get("id").asString() + "/drafts/" + draft + "/versions/fr",
                        () -> Map.of("title", "Un", "text", "Premier."), reason));
        refusesWithReason(delegate.api(), calls);
        for (Call call : calls) {
            assertProblem(unchanged(call.by(api())), 401);
            Api.Response response = call.by(officer.api()).get();
            assertThat(response.status()).as("%s answered %s", call, response).isEqualTo(200);
        }
    }

    /**
     * Attaching a statement to a decision: delegates of States Parties only; setting the period for statements: the
     * officers of the process only.
     */
    @Test
    void refusesStatementsToOthersThanStatesPartiesAndThePeriodToOthersThanOfficers() {
        String decision = "/processes/" + process + "/decisions/" + aDecision();
        Supplier<Object> statement = () -> Map.of("kind", "RESERVATION", "text", "A reservation");
        Call attach = json("POST", decision + "/statements", statement,
                "Only delegates of States Parties may attach statements to a decision");
        Call period = json("PUT", decision + "/statements-until", () -> Map.of("statementsUntil",
                "2031-01-01T00:00:00Z"), "Only the Presidency and the Secretariat of the process may set the period "
                + "for statements");
        refusesWithReason(delegate.api(), List.of(attach, period));
        refusesWithReason(officer.api(), List.of(attach));
        assertProblem(unchanged(attach.by(api())), 401);
        assertProblem(unchanged(period.by(api())), 401);
        String party = aState(admin);
        recordStatus(admin, treaty, party, "STATE_PARTY", "2010-08-01");
        assertThat(attach.by(aDelegate(admin, party).api()).get().status()).isEqualTo(201);
        assertThat(period.by(officer.api()).get().status()).isEqualTo(200);
    }

    /** A decision of the process, as the register records one that silence adopted; answers its id. */
    private String aDecision() {
        String procedure = officer.api().post("/processes/" + process + "/silence-procedures", Map.of(
                "subject", "Dates", "proposal", "29 June", "deadline", "2030-06-12T18:00:00+02:00")).json()
                .get("id").asString();
        transactions.executeWithoutResult(t -> events.publishEvent(new DraftAdopted(
                new ProcessId(UUID.fromString(process)), new SilenceProcedureId(UUID.fromString(procedure)),
                UUID.randomUUID(), null, "Dates", "29 June", "en", Map.of(),
                Instant.parse("2030-06-12T16:00:00Z"))));
        String register = "/processes/" + process + "/decisions";
        await().atMost(Duration.ofSeconds(20)).until(() -> api().get(register).json().size() == 1);
        return api().get(register).json().get(0).get("id").asString();
    }

    /** A general document published by the officer, filed under no meeting. */
    private String documentWithoutItem() throws Exception {
        String boundary = "matrix-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n{\"title\":\"Information note\",\"type\":\"INFORMATION_NOTE\","
                + "\"distribution\":\"GENERAL\",\"originalLanguage\":\"en\"}\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"en\"; filename=\"note.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nAn information note.\r\n--" + boundary + "--\r\n";
        Api.Response created = officer.api().send("POST", "/processes/" + process + "/documents", body,
                "multipart/form-data; boundary=" + boundary);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private void refusesWithReason(Api caller, List<Call> calls) {
        for (Call call : calls) {
            Api.Response response = unchanged(call.by(caller));
            assertThat(response.status()).as("%s answered %s", call, response).isEqualTo(403);
            assertForbidden(response, call.reason());
        }
    }
}
