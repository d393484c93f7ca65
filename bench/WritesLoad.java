import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes under load (issue 14): CLIENTS delegates, each of its own State Party, post comments on open silence
 * procedures as fast as Plenary accepts them, for SECONDS after WARMUP seconds. With PROCEDURES > 1 the clients are
 * spread over that many procedures (client i writes to procedure i mod PROCEDURES); with PROCEDURES = 1 they all
 * answer the same procedure, whose row each answer must lock. Prints the accepted writes per second, the statuses
 * and the latencies (p50 / p99 / max) of the measured period, on one line starting with "plenary".
 *
 * With -Dtargets=FILE it only seeds, writes each delegate's request ("path token", one line each) to FILE for
 * another load generator (bench/writes.lua, wrk) and ends.
 *
 * Run with bench/writes.sh, or: java bench/WritesLoad.java http://localhost:8080 admin-password
 */
public class WritesLoad {

    private static BenchHttp http;

    public static void main(String[] args) throws Exception {
        http = new BenchHttp(args[0]);
        String adminPassword = args[1];
        int clients = Integer.getInteger("clients", 200);
        int procedureCount = Integer.getInteger("procedures", 50);
        int warmup = Integer.getInteger("warmup", 10);
        int seconds = Integer.getInteger("seconds", 30);
        long run = System.currentTimeMillis() / 1000 % 100_000;

        String admin = http.token("admin", adminPassword, null);
        String treaty = "W" + run;
        http.post(admin, "/treaties", "{\"code\":\"" + treaty + "\",\"title\":\"Benchmark convention\"}");
        StringBuilder csv = new StringBuilder("name,iso3,status,since\n");
        for (int n = 0; n < clients; n++) {
            csv.append("Benchland ").append(n).append(',').append(iso3(n))
                    .append(",STATE_PARTY,2000-01-01\n");
        }
        http.send("POST", admin, "/treaties/" + treaty + "/statuses", "text/csv", csv.toString(), 200);
        String process = BenchHttp.id(http.post(admin, "/processes", "{\"code\":\"WRITES-" + run + "\",\"title\":\"Benchmark\","
                + "\"treaty\":\"" + treaty + "\",\"timeZone\":\"Europe/Zurich\",\"languages\":[\"en\"],"
                + "\"silenceMinimumPeriod\":\"PT72H\"}"));
        String officer = "secretariat-" + run;
        String officerId = BenchHttp.id(http.post(admin, "/users", BenchHttp.account(officer, null)));
        http.post(admin, "/processes/" + process + "/officers", "{\"userId\":\"" + officerId + "\",\"role\":\"SECRETARIAT\"}");
        String secretariat = http.token(officer, BenchHttp.PASSWORD, null);

        Map<String, String> participants = new ConcurrentHashMap<>();
        Pattern benchland = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"[^}]*?\"name\"\\s*:\\s*\"(Benchland [^\"]+)\"");
        for (int page = 0; participants.size() < clients && page < 100; page++) {
            Matcher row = benchland.matcher(http.send("GET", admin, "/participants?size=500&page=" + page, null, null, 200));
            while (row.find()) {
                participants.put(row.group(2), row.group(1));
            }
        }
        if (participants.size() < clients) {
            throw new IllegalStateException("found " + participants.size() + " of " + clients + " benchmark States");
        }
        System.out.printf("seeding %d delegates and %d procedures...%n", clients, procedureCount);
        List<String> tokens = new ArrayList<>(Collections.nCopies(clients, ""));
        try (ExecutorService seeding = Executors.newFixedThreadPool(4)) {
            List<Future<?>> created = new ArrayList<>();
            for (int n = 0; n < clients; n++) {
                int client = n;
                created.add(seeding.submit(() -> {
                    String username = "delegate-" + run + "-" + client;
                    http.post(admin, "/users", BenchHttp.account(username, participants.get("Benchland " + client)));
                    tokens.set(client, http.token(username, BenchHttp.PASSWORD, null));
                    return null;
                }));
            }
            for (Future<?> f : created) {
                f.get();
            }
        }
        List<String> procedures = new ArrayList<>();
        String deadline = Instant.now().plus(Duration.ofDays(30)).toString();
        for (int n = 0; n < procedureCount; n++) {
            String procedure = BenchHttp.id(http.post(secretariat, "/processes/" + process + "/silence-procedures",
                    "{\"subject\":\"Benchmark draft " + n + "\",\"proposal\":\"Proposal " + n + "\",\"deadline\":\""
                            + deadline + "\"}"));
            http.post(secretariat, "/processes/" + process + "/silence-procedures/" + procedure + "/circulate", "{}");
            procedures.add(procedure);
        }

        String targets = System.getProperty("targets");
        if (targets != null) {
            StringBuilder lines = new StringBuilder();
            for (int n = 0; n < clients; n++) {
                lines.append(path(process, procedures.get(n % procedureCount))).append(' ').append(tokens.get(n))
                        .append('\n');
            }
            java.nio.file.Files.writeString(java.nio.file.Path.of(targets), lines);
            System.out.printf("seeded: %d delegates on %d procedures, their requests in %s%n", clients,
                    procedureCount, targets);
            return;
        }
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        System.out.printf("load: %d clients on %d procedures, %d s warm-up, %d s measured; load average %s%n",
                clients, procedureCount, warmup, seconds, loadAverage());
        long measuredNanos;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 0; n < clients; n++) {
                String token = tokens.get(n);
                String path = path(process, procedures.get(n % procedureCount));
                threads.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        long start = System.nanoTime();
                        int status = BenchHttp.status(HttpRequest.newBuilder(URI.create(http.base + path))
                                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                                .timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Comment " + i + "\"}")).build());
                        if (measuring.get()) {
                            latencies.add(System.nanoTime() - start);
                            statuses.merge(status, 1, Integer::sum);
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(warmup * 1000L);
            measuring.set(true);
            long started = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            measuring.set(false);
            measuredNanos = System.nanoTime() - started;
            running.set(false);
        }
        long accepted = statuses.getOrDefault(201, 0);
        System.out.printf("plenary: %.0f writes/s accepted (%d in %.1f s), statuses %s, latency %s; load average %s%n",
                accepted / (measuredNanos / 1e9), accepted, measuredNanos / 1e9, new TreeMap<>(statuses),
                BenchHttp.percentiles(latencies), loadAverage());
    }

    private static String path(String process, String procedure) {
        return "/api/v1/processes/" + process + "/silence-procedures/" + procedure + "/comments";
    }

    /** A distinct code for each benchmark State, outside the ISO 3166 codes in use (they all start with Q, X or Z). */
    private static String iso3(int n) {
        return "" + "QXZ".charAt(n / 676 % 3) + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
    }

    private static String loadAverage() {
        try {
            String[] fields = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
