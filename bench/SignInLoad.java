import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sign-in under attack: while anonymous readers fetch the public documents list and document pages of a process,
 * an attacker sends ATTACKS wrong passwords for one account at once, and USERS people sign in to their own accounts
 * with the right password at the same moment. Prints the answers by status, the readers' latencies (p50 / p99 /
 * max) and whether the attacked account still works (its earlier token, and a sign-in by its owner).
 *
 * Addresses: with FORWARDED=true each client says where it comes from in X-Forwarded-For, as a TLS proxy on this
 * machine would (the attacker one address, each user its own); otherwise everybody comes from 127.0.0.1.
 *
 * Run with bench/sign-in.sh, or: java bench/SignInLoad.java http://localhost:8080 admin-password
 */
public class SignInLoad {

    private static BenchHttp http;
    private static boolean forwarded;

    public static void main(String[] args) throws Exception {
        http = new BenchHttp(args[0]);
        String base = http.base;
        String adminPassword = args[1];
        int attacks = Integer.getInteger("attacks", 200);
        int users = Integer.getInteger("users", 200);
        int readers = Integer.getInteger("readers", 16);
        int documents = Integer.getInteger("documents", 20);
        forwarded = Boolean.getBoolean("forwarded");
        long run = System.currentTimeMillis() / 1000;

        String admin = http.token("admin", adminPassword, null);
        http.post(admin, "/treaties", "{\"code\":\"S" + run + "\",\"title\":\"Benchmark convention\"}");
        String process = BenchHttp.id(http.post(admin, "/processes", "{\"code\":\"SIGNIN-" + run + "\",\"title\":\"Benchmark\","
                + "\"treaty\":\"S" + run + "\",\"timeZone\":\"Europe/Zurich\",\"languages\":[\"en\"],"
                + "\"silenceMinimumPeriod\":\"PT72H\"}"));
        String officer = "secretariat-" + run;
        String officerId = BenchHttp.id(http.post(admin, "/users", BenchHttp.account(officer, null)));
        http.post(admin, "/processes/" + process + "/officers", "{\"userId\":\"" + officerId + "\",\"role\":\"SECRETARIAT\"}");
        String secretariat = http.token(officer, BenchHttp.PASSWORD, address("officer"));
        List<String> documentIds = new ArrayList<>();
        for (int n = 1; n <= documents; n++) {
            documentIds.add(BenchHttp.id(upload(secretariat, process, run, n)));
        }
        String victim = "victim-" + run;
        http.post(admin, "/users", BenchHttp.account(victim, null));
        String victimToken = http.token(victim, BenchHttp.PASSWORD, address("victim-home"));
        System.out.printf("seeding %d accounts...%n", users);
        List<String> people = new ArrayList<>();
        try (ExecutorService seeding = Executors.newFixedThreadPool(4)) {
            List<Future<?>> created = new ArrayList<>();
            for (int n = 0; n < users; n++) {
                String username = "user-" + run + "-" + n;
                people.add(username);
                created.add(seeding.submit(() -> http.post(admin, "/users", BenchHttp.account(username, null))));
            }
            for (Future<?> f : created) {
                f.get();
            }
        }

        List<String> readPaths = new ArrayList<>();
        readPaths.add("/api/v1/processes/" + process + "/documents");
        for (String doc : documentIds) {
            readPaths.add("/processes/" + process + "/documents/" + doc);
            readPaths.add("/api/v1/processes/" + process + "/documents/" + doc);
        }
        AtomicBoolean reading = new AtomicBoolean(true);
        List<Long> readLatencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> readStatuses = new ConcurrentHashMap<>();
        Map<Integer, Integer> attackStatuses = new ConcurrentHashMap<>();
        Map<Integer, Integer> userStatuses = new ConcurrentHashMap<>();
        List<Long> userLatencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> attackLatencies = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int r = 0; r < readers; r++) {
                int offset = r;
                threads.submit(() -> {
                    for (int i = offset; reading.get(); i++) {
                        long start = System.nanoTime();
                        int status = BenchHttp.status(HttpRequest.newBuilder(URI.create(base + readPaths.get(i % readPaths.size())))
                                .timeout(Duration.ofSeconds(60)).GET().build());
                        readLatencies.add(System.nanoTime() - start);
                        readStatuses.merge(status, 1, Integer::sum);
                    }
                    return null;
                });
            }
            Thread.sleep(2000);
            int before = readLatencies.size();
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> signIns = new ArrayList<>();
            long burst = System.nanoTime();
            for (int n = 0; n < Math.max(attacks, users); n++) {
                if (n < attacks) {
                    int guess = n;
                    signIns.add(threads.submit(() -> signIn(go, victim, "guess-" + guess, address("attacker"),
                            attackStatuses, attackLatencies)));
                }
                if (n < users) {
                    String person = people.get(n);
                    signIns.add(threads.submit(() -> signIn(go, person, BenchHttp.PASSWORD, address(person), userStatuses,
                            userLatencies)));
                }
            }
            go.countDown();
            for (Future<?> f : signIns) {
                f.get();
            }
            long burstMillis = (System.nanoTime() - burst) / 1_000_000;
            Thread.sleep(1000);
            reading.set(false);
            List<Long> during = new ArrayList<>(readLatencies.subList(before, readLatencies.size()));
            System.out.printf("addresses: %s%n", forwarded ? "one per client (X-Forwarded-For)" : "all 127.0.0.1");
            System.out.printf("sign-in burst: %d ms for %d wrong + %d right passwords%n", burstMillis, attacks, users);
            System.out.printf("attacker (wrong passwords for %s): %s; latency %s%n", victim, new TreeMap<>(attackStatuses),
                    BenchHttp.percentiles(attackLatencies));
            System.out.printf("users (right passwords): %s; latency %s%n", new TreeMap<>(userStatuses),
                    BenchHttp.percentiles(userLatencies));
            System.out.printf("readers (%d loops): %d requests in all, statuses %s; during the burst %d requests, %s%n",
                    readers, readLatencies.size(), new TreeMap<>(readStatuses), during.size(), BenchHttp.percentiles(during));
        }
        int victimMe = BenchHttp.status(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/me"))
                .header("Authorization", "Bearer " + victimToken).GET().build());
        int victimSignIn = BenchHttp.status(http.signIn(victim, BenchHttp.PASSWORD, address("victim-home")));
        System.out.printf("attacked account: its earlier token answers %d; its owner signs in from home: %d%n",
                victimMe, victimSignIn);
    }

    private static Void signIn(CountDownLatch go, String username, String password, String address,
            Map<Integer, Integer> statuses, List<Long> latencies) throws InterruptedException {
        go.await();
        long start = System.nanoTime();
        int status = BenchHttp.status(http.signIn(username, password, address));
        latencies.add(System.nanoTime() - start);
        statuses.merge(status, 1, Integer::sum);
        return null;
    }

    /** A client's address: a fixed one per name in the documentation range, or none (127.0.0.1). */
    private static String address(String client) {
        if (!forwarded) {
            return null;
        }
        int hash = client.hashCode();
        return "2001:db8:" + Integer.toHexString((hash >>> 16) & 0xffff) + ":" + Integer.toHexString(hash & 0xffff) + "::1";
    }

    private static String upload(String token, String process, long run, int n) {
        String boundary = "bench" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n{\"symbol\":\"SIGNIN/" + (run % 10000) + "/WP." + n
                + "\",\"title\":\"Working paper " + n + "\",\"type\":\"WORKING_PAPER\",\"distribution\":\"GENERAL\","
                + "\"originalLanguage\":\"en\"}\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"en\"; "
                + "filename=\"wp-" + n + ".txt\"\r\nContent-Type: text/plain\r\n\r\nWorking paper " + n
                + " of the benchmark.\r\n--" + boundary + "--\r\n";
        return http.send("POST", token, "/processes/" + process + "/documents",
                "multipart/form-data; boundary=" + boundary, body, 201);
    }
}
