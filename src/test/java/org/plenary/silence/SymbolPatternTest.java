package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * A process sets the pattern of its decisions' symbols (ATT/CSP6/2020/DEC.{n}): audited, the next symbol proposed,
 * the symbols of new drafts checked against it.
 */
class SymbolPatternTest extends PlenaryTest {

    private SilenceWorld world;

    @BeforeEach
    void world() {
        world = SilenceWorld.create(admin(), "PT1H");
    }

    @Test
    void theProcessesPatternProposesTheNextSymbolAndRefusesOthers() {
        Api presidency = world.presidency().api();
        String settings = "/processes/" + world.process() + "/silence-settings";
        String patterns = settings + "/symbol-pattern";
        assertThat(presidency.get(settings).json().get("symbolPattern").isNull()).isTrue();
        assertProblem(unchanged(() -> world.delegateA().api().put(patterns,
                Map.of("symbolPattern", "ATT/CSP6/2020/DEC.{n}"))), 403);
        for (String wrong : List.of("ATT/CSP6/2020/DEC", "DEC.{n}/{n}", "ATT\u0000{n}")) {
            assertProblem(unchanged(() -> presidency.put(patterns, Map.of("symbolPattern", wrong))), 400);
        }

        JsonNode set = presidency.put(patterns, Map.of("symbolPattern", "ATT/CSP6/2020/DEC.{n}")).json();
        assertThat(set.get("nextSymbol").asString()).isEqualTo("ATT/CSP6/2020/DEC.1");
        assertThat(count("select count(*) from audit_entry where action = 'silence.settings.changed' and process = "
                + "cast(? as uuid) and after like '%ATT/CSP6/2020/DEC.{n}%'", world.process())).isOne();

        Instant deadline = Instant.now().plus(Duration.ofHours(2));
        assertThat(presidency.post(world.path(), world.drafts(deadline, 2)).status()).isEqualTo(201);
        JsonNode read = world.delegateA().api().get(settings).json();
        assertThat(read.get("symbolPattern").asString()).isEqualTo("ATT/CSP6/2020/DEC.{n}");
        assertThat(read.get("nextSymbol").asString()).isEqualTo("ATT/CSP6/2020/DEC.3");

        Map<String, Object> elsewhere = Map.of("subject", "Elsewhere", "deadline", deadline.toString(), "drafts",
                List.of(Map.of("symbol", "ATT/CSP6/2020/DEC.3", "title", "Three", "text", "Third."),
                        Map.of("symbol", "CCM/MSP/2020/DEC.4", "title", "Four", "text", "Fourth.")));
        Api.Response refused = unchanged(() -> presidency.post(world.path(), elsewhere));
        assertProblem(refused, 400);
        assertThat(refused.raw().body()).contains("drafts[1].symbol", "does not follow the pattern");

        assertThat(presidency.put(patterns, Map.of("symbolPattern", "")).json().get("nextSymbol").isNull()).isTrue();
        assertThat(presidency.post(world.path(), elsewhere).status()).as("symbols are free without a pattern")
                .isEqualTo(201);
    }
}
