package org.plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryApplication;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Rfc9162;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import org.plenary.support.TemporaryDirectories;

/**
 * Two instances on one database, given the same signing key, with concurrent writers on both: the log ends
 * gap-free, every committed entry integrated once, changes made one after the other are in that order in the log,
 * and every tree head, inclusion proof and consistency proof verifies with an independent implementation of RFC
 * 9162 ({@link Rfc9162}), from the API alone.
 */
class AuditLogAcrossInstancesTest {

    private static final String ADMIN_PASSWORD = "audit-admin-password";

    private static EmbeddedPostgres postgres;
    private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private static String publicKey;

    @BeforeAll
    static void startTwoInstancesWithOneKey() throws Exception {
        postgres = EmbeddedPostgres.start();
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] spki = pair.getPublic().getEncoded();
        publicKey = Base64.getEncoder().encodeToString(Arrays.copyOfRange(spki, spki.length - 32, spki.length));
        String key = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + " "
                + Base64.getEncoder().encodeToString(spki);
        for (int i = 0; i < 2; i++) {
            instances.add(new SpringApplicationBuilder(PlenaryApplication.class).run(
                    "--plenary.db.url=" + postgres.getJdbcUrl("postgres", "postgres"), "--plenary.db.user=postgres",
                    "--plenary.db.data-dir=" + TemporaryDirectories.create("plenary-audit-instance-"),
                    "--server.port=0", "--plenary.identity.admin-password=" + ADMIN_PASSWORD,
                    "--plenary.audit.signing-key=" + key, "--db-scheduler.scheduler-name=instance-" + i));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        instances.forEach(ConfigurableApplicationContext::close);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void concurrentWritersOnTwoInstancesMakeOneGapFreeLogThatAnOutsiderVerifies() throws Exception {
        Api[] admins = {admin(0), admin(1)};
        List<String> oneAfterAnother = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            oneAfterAnother.add(aState(admins[i % 2]));
        }
        List<Callable<String>> writers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Api via = admins[i % 2];
            writers.add(() -> aState(via));
        }
        try (ExecutorService eight = Executors.newFixedThreadPool(8)) {
            for (Future<String> written : eight.invokeAll(writers)) {
                assertThat(written.get()).isNotBlank();
            }
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from audit_entry where idx is null") == 0
                && count("select max(tree_size) from audit_tree_head") == count("select count(*) from audit_entry"));
        long n = count("select count(*) from audit_entry");
        assertThat(database().sql("select idx from audit_entry order by idx").query(Long.class).list())
                .containsExactlyElementsOf(LongStream.range(0, n).boxed().toList());
        assertThat(oneAfterAnother.stream().map(id -> count("""
                select idx from audit_entry where action = 'roster.participant.registered' and object_id = ?""", id))
                .toList()).isSorted().doesNotHaveDuplicates();

        JsonNode head = admins[1].anonymous().get("/audit/tree-head").json();
        assertThat(head.path("treeSize").asLong()).isEqualTo(n);
        assertThat(head.path("publicKey").asString()).isEqualTo(publicKey);
        assertThat(signed(head)).isTrue();
        List<byte[]> leaves = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            Api via = admins[(int) (i % 2)];
            JsonNode entry = via.get("/audit/entries/" + i).json();
            assertThat(entry.path("index").asLong()).isEqualTo(i);
            byte[] leaf = Rfc9162.leafHash(Base64.getDecoder().decode(entry.path("leafInput").asString()));
            leaves.add(leaf);
            JsonNode proof = via.get("/audit/proofs/inclusion?index=" + i + "&treeSize=" + n).json();
            assertThat(Rfc9162.verifyInclusion(i, n, leaf, OutsideVerifier.hashes(proof.path("auditPath")), root(head)))
                    .as("inclusion of %d in %d", i, n).isTrue();
        }
        assertThat(Rfc9162.root(leaves)).isEqualTo(root(head));

        List<JsonNode> heads = database().sql("""
                select json_build_object('treeSize', tree_size, 'rootHash', encode(root_hash, 'base64'),
                       'timestamp', signed_at, 'signature', translate(encode(signature, 'base64'), E'\n', ''),
                       'publicKey', encode(public_key, 'base64'))::text
                  from audit_tree_head order by tree_size""").query(String.class).list().stream()
                .map(json -> (JsonNode) tools.jackson.databind.json.JsonMapper.builder().build().readTree(json)).toList();
        assertThat(heads.size()).isGreaterThan(1);
        for (int h = 0; h < heads.size(); h++) {
            JsonNode older = heads.get(h);
            long size = older.path("treeSize").asLong();
            assertThat(signed(older)).as("signature of the tree head of %d", size).isTrue();
            assertThat(root(older)).isEqualTo(Rfc9162.root(leaves.subList(0, (int) size)));
            for (JsonNode newer : List.of(heads.get(Math.min(h + 1, heads.size() - 1)), head)) {
                long second = newer.path("treeSize").asLong();
                JsonNode proof = admins[h % 2].anonymous().get("/audit/proofs/consistency?first=" + size + "&second="
                        + second).json();
                assertThat(Rfc9162.verifyConsistency(size, second, root(older), root(newer),
                        OutsideVerifier.hashes(proof.path("consistency")))).as("%d consistent with %d", size, second)
                        .isTrue();
            }
        }
        assertThat(admins[0].get("/audit/verify").json().path("valid").asBoolean()).isTrue();
    }

    private static String aState(Api admin) {
        Api.Response created = admin.post("/participants", Map.of("name", Fixtures.unique("State"), "kind", "STATE"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static boolean signed(JsonNode head) {
        return Rfc9162.verifyTreeHead(head.path("treeSize").asLong(), head.path("rootHash").asString(),
                head.path("timestamp").asString(), head.path("signature").asString(), head.path("publicKey").asString());
    }

    private static byte[] root(JsonNode head) {
        return Base64.getDecoder().decode(head.path("rootHash").asString());
    }

    private static Api admin(int instance) {
        Api api = new Api(((WebServerApplicationContext) instances.get(instance)).getWebServer().getPort());
        return api.as(Fixtures.signIn(api, "admin", ADMIN_PASSWORD));
    }

    private static long count(String sql, Object... params) {
        var statement = database().sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }

    private static JdbcClient database() {
        return JdbcClient.create(postgres.getPostgresDatabase());
    }
}
