package org.plenary.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.Fixtures.aProcess;
import static org.plenary.support.Fixtures.anOfficer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.processes.ProcessId;
import org.plenary.support.Api;
import org.plenary.support.Fixtures.Person;
import org.plenary.shared.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not part of the test run (the name ends in neither Test nor IT): the compilation of a consultation of
 * 60 elements answered by 130 delegations with 500 amendments, fetched over HTTP as an officer would (JSON, and
 * the CSV, DOCX and PDF exports). Prints the median and the 90th percentile of 20 requests after 5 warm-up
 * requests. Run it with {@code ./mvnw test -Dtest=CompilationBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * results in docs/performance.md.
 */
class CompilationBenchmark extends PlenaryTest {

    private static final int DELEGATIONS = 130;
    private static final int ELEMENTS = 60;
    private static final int AMENDMENTS = 500;
    private static final String WORDS = "States Parties shall clear and destroy cluster munition remnants in areas "
            + "under their jurisdiction or control as soon as possible and provide assistance to victims with "
            + "age and gender sensitive support while reporting annually on progress made";

    @Autowired
    private SubmissionRepository submissions;

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void compileOneHundredThirtyDelegationsOnSixtyElements() {
        Api admin = admin();
        String process = aProcess(admin);
        Person officer = anOfficer(admin, process, "PRESIDENCY");
        List<UUID> participants = new ArrayList<>();
        for (int i = 0; i < DELEGATIONS; i++) {
            participants.add(UUID.fromString(admin.post("/participants", Map.of("name", unique("State"),
                    "kind", "STATE")).json().get("id").asString()));
        }
        Random random = new Random(42);
        List<Map<String, String>> elements = new ArrayList<>();
        for (int e = 1; e <= ELEMENTS; e++) {
            elements.add(Map.of("ref", String.valueOf(e), "text", sentence(random, 30)));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.Response created = officer.api().post("/processes/" + process + "/consultations", Map.of("title", "WP.4",
                "opens", now.minusSeconds(3600).toString(), "closes", now.plusSeconds(86_400).toString(),
                "elements", elements));
        assertThat(created.status()).isEqualTo(201);
        ConsultationId id = ConsultationId.parse(created.json().get("id").asString());
        boolean[] amended = new boolean[DELEGATIONS * ELEMENTS];
        for (int placed = 0; placed < AMENDMENTS; ) {
            int cell = random.nextInt(amended.length);
            if (!amended[cell]) {
                amended[cell] = true;
                placed++;
            }
        }
        transaction.executeWithoutResult(status -> {
            for (int d = 0; d < DELEGATIONS; d++) {
                List<Submission.Position> positions = new ArrayList<>();
                for (int e = 0; e < ELEMENTS; e++) {
                    Stance stance = amended[d * ELEMENTS + e] ? Stance.AMEND
                            : Stance.values()[random.nextInt(10) < 8 ? 0 : 2];
                    positions.add(new Submission.Position(UUID.randomUUID(), String.valueOf(e + 1), stance,
                            stance == Stance.AMEND ? amend(random, elements.get(e).get("text")) : null,
                            random.nextInt(5) == 0 ? sentence(random, 12) : null));
                }
                submissions.save(id, new Submission(UUID.randomUUID(), participants.get(d), null, null, positions,
                        List.of(), List.of(), 1, now, "bench"));
            }
        });
        String path = "/processes/" + process + "/consultations/" + id;
        measureCompile(officer, process, id);
        measure("JSON", () -> officer.api().get(path + "/compilation"));
        measure("CSV", () -> officer.api().get(path + "/compilation.csv"));
        measure("DOCX", () -> officer.api().get(path + "/compilation.docx"));
        measure("PDF", () -> officer.api().get(path + "/compilation.pdf"));
    }

    @Autowired
    private CompileConsultation compile;

    /** The compilation alone, without HTTP and JSON: the officer's operation called in this thread. */
    private void measureCompile(Person officer, String process, ConsultationId id) {
        record Signed(Actor actor) implements Actor.Principal {
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new Signed(new Actor(
                UUID.fromString(officer.id()), officer.username(), "Officer", null, false)), null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            measure("operation only", () -> {
                compile.execute(new ProcessId(UUID.fromString(process)), id, Compilation.Filter.NONE);
                return null;
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void measure(String what, Supplier<Api.Response> request) {
        for (int i = 0; i < 5; i++) {
            Api.Response warmUp = request.get();
            assertThat(warmUp == null || warmUp.status() == 200).isTrue();
        }
        long[] millis = new long[20];
        int size = 0;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            Api.Response response = request.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            size = response == null ? 0 : response.text().length();
        }
        Arrays.sort(millis);
        System.out.printf("BENCH compilation %s: median %d ms, p90 %d ms, min %d ms, max %d ms, %d chars%n", what,
                millis[10], millis[18], millis[0], millis[19], size);
    }

    private static String sentence(Random random, int words) {
        String[] vocabulary = WORDS.split(" ");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return text.append('.').toString();
    }

    private static String amend(Random random, String base) {
        List<String> words = new ArrayList<>(List.of(base.split(" ")));
        for (int change = 0; change < 3; change++) {
            words.set(random.nextInt(words.size() - 1), sentence(random, 2).replace(".", ""));
        }
        return String.join(" ", words);
    }
}
