package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;

/**
 * Operators read the outbox in Prometheus's text format at {@code /actuator/prometheus}, with the credential of
 * the metrics only: during a letter's dispatch the sent e-mails counted there grow by the letter's recipients, and the
 * audit entries integrated by the sequencer grow with the dispatch's record.
 */
class OutboxMetricsTest extends PlenaryTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{[^}]*})?) (\\S+)$");
    private static final String SENT = "plenary_mail_outbox{status=\"SENT\"}";
    private static final String INTEGRATED = "plenary_audit_entries{state=\"integrated\"}";

    @Test
    void theSentEmailsOfALetterShowInPrometheusTextFormat() {
        assertThat(api().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api().as("not-the-metrics-token").get("/actuator/prometheus").status()).isEqualTo(401);
        Map<String, Double> before = scrape();
        assertThat(before).containsKeys(SENT, INTEGRATED, "plenary_audit_sequencer_lag_seconds",
                "plenary_mail_outbox{status=\"QUEUED\"}",
                "plenary_mail_outbox{status=\"FAILED\"}", "plenary_mail_outbox_oldest_queued_seconds");

        LetterRun run = LetterRun.prepare(admin(), 2, 1);
        run.send();
        Awaitility.await().atMost(Duration.ofMinutes(2))
                .until(() -> {
                    Map<String, Double> now = scrape();
                    return now.get(SENT) >= before.get(SENT) + run.recipients().size()
                            && now.get(INTEGRATED) > before.get(INTEGRATED);
                });
    }

    /** Every sample of the scrape, by its name and labels. */
    private Map<String, Double> scrape() {
        Api.Response scrape = api().as(METRICS_TOKEN).get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.header("Content-Type")).startsWith("text/plain");
        return scrape.text().lines().filter(line -> !line.startsWith("#")).map(SAMPLE::matcher)
                .filter(Matcher::matches)
                .collect(Collectors.toMap(m -> m.group(1), m -> Double.parseDouble(m.group(2)), (a, b) -> b));
    }
}
