import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load client for the live view of a meeting: opens N Server-Sent Event streams on
 * /api/v1/processes/{pid}/meetings/{mid}/live (one plain socket and one virtual thread per viewer), then makes
 * a change of the speakers' list several times and measures, per change, how long after the request was sent
 * each viewer received the new state: median, p99 and max over all viewers. Viewers join at most
 * {@code -Dopening=100} at a time (request sent, first state not yet received), as browsers that retry would.
 * Seeds its own treaty, process, officer and meeting through the API of a running Plenary.
 *
 * Run with bench/live-viewers.sh, or: java bench/LiveViewers.java http://localhost:8080 admin-password 500,1000
 */
public class LiveViewers {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final int ROUNDS = 5;
    /** At most this many viewers are opening at once (sent the request, not yet received the first state). */
    private static final int OPENING = Integer.getInteger("opening", 100);

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Where the data is seeded and changed; the viewers alternate between all the instances given. */
    private static String base;
    private static List<URI> instances;

    public static void main(String[] args) throws Exception {
        instances = Arrays.stream(args[0].split(",")).map(URI::create).toList();
        base = args[0].split(",")[0];
        String adminPassword = args[1];
        int[] levels = Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray();
        String admin = token("admin", adminPassword);
        String suffix = Long.toString(System.currentTimeMillis() % 100000000, 36).toUpperCase();
        call("POST", "/treaties", admin, "{\"code\":\"B" + suffix + "\",\"title\":\"Benchmark treaty\"}");
        String process = id(call("POST", "/processes", admin, "{\"code\":\"BENCH-" + suffix + "\",\"title\":\"Benchmark\","
                + "\"treaty\":\"B" + suffix + "\",\"timeZone\":\"Europe/Zurich\",\"languages\":[\"en\"]}"));
        String user = id(call("POST", "/users", admin, "{\"username\":\"chair" + suffix.toLowerCase() + "\","
                + "\"password\":\"bench-password-1\",\"displayName\":\"Chair\",\"email\":\"chair@example.org\"}"));
        call("POST", "/processes/" + process + "/officers", admin, "{\"userId\":\"" + user + "\",\"role\":\"PRESIDENCY\"}");
        String chair = token("chair" + suffix.toLowerCase(), "bench-password-1");
        String meeting = id(call("POST", "/processes/" + process + "/meetings", chair, "{\"title\":\"Benchmark meeting\","
                + "\"kind\":\"OTHER\",\"format\":\"VIRTUAL\",\"start\":\"2030-09-04T10:00:00+02:00\","
                + "\"end\":\"2030-09-04T13:00:00+02:00\"}"));
        String meetingPath = "/processes/" + process + "/meetings/" + meeting;
        call("PUT", meetingPath + "/agenda", chair, "{\"status\":\"PROVISIONAL\",\"items\":[{\"title\":\"Opening\"},"
                + "{\"title\":\"Exchange of views\"}]}");
        call("PATCH", meetingPath + "/speakers-list", chair, "{\"agendaItem\":\"2\",\"current\":true}");

        List<Viewer> viewers = new ArrayList<>();
        int limit = 30;
        for (int level : levels) {
            long joining = System.nanoTime();
            connect(viewers, level - viewers.size(), "/api/v1" + meetingPath + "/live", chair);
            long joined = (System.nanoTime() - joining) / 1_000_000;
            Thread.sleep(2000);
            System.out.printf("%n%d viewers connected in %d ms (%d failed to connect or were cut off)%n", level,
                    joined, viewers.stream().filter(v -> v.failed).count());
            for (int round = 0; round < ROUNDS; round++) {
                limit = limit >= 3600 ? 30 : limit + 1;
                int[] expected = viewers.stream().mapToInt(v -> v.events.get() + 1).toArray();
                String change = "{\"agendaItem\":\"2\",\"timeLimit\":\"PT" + limit + "S\"}";
                long sent = System.nanoTime();
                long answered = time(() -> call("PATCH", meetingPath + "/speakers-list", chair, change));
                long deadline = sent + TimeUnit.SECONDS.toNanos(30);
                while (System.nanoTime() < deadline && java.util.stream.IntStream.range(0, viewers.size())
                        .anyMatch(i -> !viewers.get(i).failed && viewers.get(i).events.get() < expected[i])) {
                    Thread.sleep(5);
                }
                long[] latencies = java.util.stream.IntStream.range(0, viewers.size())
                        .filter(i -> expected[i] > 0 && viewers.get(i).events.get() >= expected[i])
                        .mapToLong(i -> viewers.get(i).arrivals[expected[i]] - sent).sorted().toArray();
                int missed = viewers.size() - latencies.length;
                System.out.printf("  change %d: PATCH answered in %d ms; received by %d of %d: median %d ms, p99 %d ms, "
                        + "max %d ms%s%n", round + 1, answered / 1_000_000, latencies.length, viewers.size(),
                        ms(latencies, 0.5), ms(latencies, 0.99), ms(latencies, 1.0),
                        missed == 0 ? "" : " (" + missed + " missed)");
                Thread.sleep(1000);
            }
            if (args.length > 3) {
                for (String pid : args[3].split(",")) {
                    memory(pid);
                }
            }
        }
        System.exit(0);
    }

    /** One viewer: a socket reading the event stream, counting `state` events and noting when each arrived. */
    static final class Viewer {
        final AtomicInteger events = new AtomicInteger(-1);
        final long[] arrivals = new long[4096];
        volatile boolean failed;
    }

    private static void connect(List<Viewer> viewers, int count, String path, String token) throws Exception {
        CountDownLatch opened = new CountDownLatch(count);
        Semaphore opening = new Semaphore(OPENING);
        var threads = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < count; i++) {
            opening.acquire();
            Viewer viewer = new Viewer();
            URI uri = instances.get(viewers.size() % instances.size());
            viewers.add(viewer);
            threads.submit(() -> {
                boolean counted = false;
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 30_000);
                    OutputStream out = socket.getOutputStream();
                    out.write(("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nAccept: text/event-stream\r\n"
                            + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                            StandardCharsets.UTF_8));
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.startsWith("event:") && line.contains("state")) {
                            int n = viewer.events.incrementAndGet();
                            viewer.arrivals[n] = System.nanoTime();
                            if (n == 0) {
                                opening.release();
                                opened.countDown();
                                counted = true;
                            }
                        }
                    }
                } catch (Exception e) {
                    // counted below
                }
                viewer.failed = true;
                if (!counted) {
                    opening.release();
                    opened.countDown();
                }
            });
        }
        opened.await(300, TimeUnit.SECONDS);
    }

    /** The resident memory of the server process, and its heap after a full collection (jcmd of this JDK). */
    private static void memory(String pid) throws Exception {
        String rss = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS")).findFirst().orElse("VmRSS: ?");
        String jcmd = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String before = run(jcmd, pid, "GC.heap_info");
        run(jcmd, pid, "GC.run");
        String after = run(jcmd, pid, "GC.heap_info");
        System.out.printf("  server %s; heap before GC: %s; after full GC: %s%n", rss.replaceAll("\\s+", " "),
                used(before), used(after));
        if (Boolean.getBoolean("histogram")) {
            run(jcmd, pid, "GC.class_histogram").lines().limit(Integer.getInteger("histogramLines", 18)).forEach(System.out::println);
        }
    }

    private static String used(String heapInfo) {
        Matcher m = Pattern.compile("total (?:reserved )?(\\d+K)?,? ?(?:committed \\d+K, )?used (\\d+K)").matcher(heapInfo);
        return m.find() ? m.group(2) + " used" : heapInfo.lines().skip(1).findFirst().orElse("?").strip();
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    private static long ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return -1;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1_000_000;
    }

    interface Call {
        String run() throws Exception;
    }

    private static long time(Call call) throws Exception {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }

    private static String token(String username, String password) throws Exception {
        Matcher m = TOKEN.matcher(call("POST", "/auth/token", null, "{\"username\":\"" + username
                + "\",\"password\":\"" + password + "\"}"));
        if (!m.find()) {
            throw new IllegalStateException("No token for " + username);
        }
        return m.group(1);
    }

    private static String id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return m.group(1);
    }

    private static String call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
