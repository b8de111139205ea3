package no.kurer.dpi.forwarding;

import static no.kurer.testsupport.Kurer.postMelding;
import static no.kurer.testsupport.Kurer.putPakke;
import static no.kurer.testsupport.Rows.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.Corner3Stub;
import no.kurer.testsupport.KurerProperties;
import no.kurer.testsupport.Letter;
import no.kurer.testsupport.PayaraMicro;
import org.junit.jupiter.api.Test;

/**
 * Two Kurer instances on one PostgreSQL database, sharing {@code storage.dir} (and, in the sandbox, {@code sandbox.dir})
 * share the work of many senders, and one of them is killed (SIGKILL, as in a crash) half-way through forwarding.
 * <p>
 * What "forwarded exactly once" means with a crash: an instance may die after corner 3 accepted a message but before
 * its own database knew. Its claim on that message expires after {@code dpi.forward.claim-seconds}, the survivor
 * forwards the message again, and corner 3 answers {@code 409} (it already has that meldingsid or package), which
 * Kurer counts as accepted. So corner 3 <em>accepts</em> each message exactly once and none is missing; a repeated
 * call, answered 409, is possible only for the one message the killed instance was forwarding when it died (an
 * instance forwards one claimed message at a time). To make that case certain rather than likely, corner 3 holds
 * back its answer to a POST from the first instance once half the messages are through, and the test kills that
 * instance while it waits: the survivor must take the message over when the claim expires, and gets a 409.
 * <p>
 * A sender whose request was cut off by the kill gets an error, not a 200: such a message was never acknowledged. The
 * test behaves as a client behind a load balancer: a PUT cut off is retried on the surviving instance (its POST was
 * acknowledged, so the message is in the shared database); after a POST cut off the sender gives up, and the message
 * is not counted (it may or may not have been stored, but it too must not reach corner 3 twice).
 */
class InstancesIT {

    static final int PORT = Integer.getInteger("kurer.it.port", 18080) + 30;
    static final String AVSENDER = "991825827";
    static final int MESSAGES = 500;
    static final int KILL_AT = MESSAGES / 2;
    static final int CLAIM_SECONDS = 5;
    static final Duration TOKEN_REFRESH = Duration.ofSeconds(60);

    final Path dir = Path.of(System.getProperty("kurer.it.dir", "target/it"), "instances-" + System.nanoTime());

    @Test
    void twoInstancesShareTheWorkAndTheSurvivorOfACrashFinishesIt() throws Exception {
        Instant begin = Instant.now();
        try (Corner3Stub c3 = Corner3Stub.start();
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dir.resolve("pg"))
                        .setCleanDataDirectory(true)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start()) {
            // a little slow, as a corner 3 across a network is
            c3.acceptOnce(20);
            // half-way, corner 3 takes a message from instance one but holds back its answer; then one is killed
            CompletableFuture<String> held = c3.hold("one", KILL_AT);
            String url = postgres.getJdbcUrl("postgres", "postgres");
            // one after the other: the first creates the shared sandbox CA and keys, the second reads them
            try (PayaraMicro one = PayaraMicro.start(PORT, config(PORT, url, c3.route("one")), dir.resolve("one.log"));
                    PayaraMicro two = PayaraMicro.start(
                            PORT + 1, config(PORT + 1, url, c3.route("two")), dir.resolve("two.log"))) {
                Instant started = Instant.now();
                Senders senders = new Senders(List.of(new Instance(one), new Instance(two)));
                List<Future<?>> sending = senders.sendAll(MESSAGES, 4);

                String inFlight = held.get(150, TimeUnit.SECONDS);
                int acknowledgedAtKill = senders.acknowledged.size();
                int forwardedAtKill = c3.answered("PUT", 200).size();
                senders.kill(0);
                Instant killed = Instant.now();

                for (Future<?> sender : sending) {
                    sender.get(120, TimeUnit.SECONDS);
                }
                senders.close();
                List<Letter> acknowledged = List.copyOf(senders.acknowledged);
                // every acknowledged message: at corner 3 and FORWARDED in the database (the survivor records the
                // message the killed instance was forwarding after the claim expired)
                c3.await(Duration.ofSeconds(120), () -> {
                    Map<String, Long> atCorner3 = c3.answered("PUT", 200);
                    return acknowledged.stream().allMatch(l -> atCorner3.containsKey(l.meldingsid()))
                            && forwarded(url, acknowledged);
                });
                Instant done = Instant.now();
                Thread.sleep((CLAIM_SECONDS + 2) * 1000L); // a few more rounds: nothing may be sent again

                assertEquals(MESSAGES, acknowledged.size() + senders.unacknowledged.size(), "letters unaccounted for");
                assertTrue(
                        acknowledged.size() >= MESSAGES - 4,
                        "more sends cut off than there are sender threads: " + senders.unacknowledged.size());
                Map<String, Long> repeated = assertCorner3GotEachOnce(c3, acknowledged);
                assertEquals(Map.of(inFlight, 1L), repeated, "sent again: only the message the killed instance held");
                assertTrue(
                        c3.calls(inFlight).stream()
                                .anyMatch(e -> method(e).equals("PUT")
                                        && status(e) == 200
                                        && e.getRequest().getUrl().startsWith("/c3/two/")),
                        "the survivor did not take over " + inFlight);
                String perInstance = assertDatabaseAgrees(url, c3);
                // a forwarded package is deleted; only what the kill cut short may leave a file behind
                long packageFiles = packageFiles();
                assertTrue(
                        packageFiles <= senders.unacknowledged.size() + senders.putsRetried.get() + 1,
                        packageFiles + " package files left");
                System.out.printf(
                        "InstancesIT: %d acknowledged, %d cut off by the kill (%d PUTs retried on the"
                                + " survivor); killed after %d forwarded / %d acknowledged; repeated at corner 3: %s;"
                                + " forwards per instance %s; sending+forwarding %d s, after the kill %d s;"
                                + " corner 3 saw %s; %d package files left; test %d s%n",
                        acknowledged.size(),
                        senders.unacknowledged.size(),
                        senders.putsRetried.get(),
                        forwardedAtKill,
                        acknowledgedAtKill,
                        repeated,
                        perInstance,
                        Duration.between(started, done).toSeconds(),
                        Duration.between(killed, done).toSeconds(),
                        c3.summary(),
                        packageFiles,
                        Duration.between(begin, Instant.now()).toSeconds());
            }
        }
    }

    /**
     * Each acknowledged letter accepted once, as sent, and corner 3 refused nothing. Returns the repeats (answered 409)
     * per meldingsid.
     */
    private static Map<String, Long> assertCorner3GotEachOnce(Corner3Stub c3, List<Letter> acknowledged) {
        for (Letter letter : acknowledged) {
            List<ServeEvent> calls = c3.calls(letter.meldingsid());
            c3.assertDeliveredOnce(
                    letter,
                    (int) calls.stream().filter(e -> method(e).equals("POST")).count(),
                    (int) calls.stream().filter(e -> method(e).equals("PUT")).count());
        }
        Map<String, Long> repeated = new HashMap<>(c3.answered("POST", 409));
        c3.answered("PUT", 409).forEach((id, n) -> repeated.merge(id, n, Long::sum));
        assertEquals(
                0,
                c3.server().getAllServeEvents().stream()
                        .filter(e -> status(e) != 200 && status(e) != 409)
                        .count(),
                "corner 3 refused calls: " + c3.summary());
        return repeated;
    }

    /**
     * The database knows exactly what corner 3 has as FORWARDED, with one ACCEPTED attempt each and no failed ones, and
     * both instances forwarded. Returns the attempts per instance.
     */
    private static String assertDatabaseAgrees(String url, Corner3Stub c3) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
            String forwarded = single(db, "SELECT COUNT(*) FROM dpi_message WHERE state = 'FORWARDED'");
            assertEquals(
                    String.valueOf(c3.answered("PUT", 200).size()),
                    forwarded,
                    "messages at corner 3 that are not FORWARDED, or the other way: " + states(db));
            assertEquals(
                    forwarded,
                    single(db, "SELECT COUNT(*) FROM dpi_forward_attempt WHERE outcome = 'ACCEPTED'"),
                    "a message recorded as accepted twice");
            assertEquals(
                    "0",
                    single(db, "SELECT COUNT(*) FROM dpi_forward_attempt WHERE outcome <> 'ACCEPTED'"),
                    "failed attempts");
            String perInstance = single(db, "SELECT COUNT(*) FROM dpi_forward_attempt GROUP BY instance ORDER BY 1");
            assertEquals(2, perInstance.split(",").length, "not both instances forwarded: " + perInstance);
            return perInstance;
        }
    }

    /** Files left in the shared store: orphans of a crash (a package committed but not yet deleted, a cut-off PUT). */
    private long packageFiles() throws IOException {
        Path store = dir.resolve("files").resolve("dokumentpakker");
        if (!Files.isDirectory(store)) {
            return 0;
        }
        try (var files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private Map<String, String> config(int port, String url, String corner3Route) {
        Map<String, String> properties = KurerProperties.onPostgres(dir, port, url, corner3Route);
        properties.put("dpi.forward.claim-seconds", String.valueOf(CLAIM_SECONDS));
        properties.put("dpi.forward.batch-size", "10");
        return properties;
    }

    private static boolean forwarded(String url, List<Letter> letters) {
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = db.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT meldingsid FROM dpi_message WHERE state = 'FORWARDED'")) {
            Set<String> forwarded = new HashSet<>();
            while (rows.next()) {
                forwarded.add(rows.getString(1));
            }
            return letters.stream().allMatch(l -> forwarded.contains(l.meldingsid()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String states(Connection db) throws SQLException {
        return single(db, "SELECT state || '=' || COUNT(*) FROM dpi_message GROUP BY state ORDER BY state");
    }

    private static String method(ServeEvent event) {
        return event.getRequest().getMethod().getName();
    }

    private static int status(ServeEvent event) {
        return event.getResponse().getStatus();
    }

    /** One Kurer process as a sender sees it: its address and a sandbox Maskinporten token, renewed in time. */
    private static final class Instance {

        final PayaraMicro process;
        final Corner1 c1;
        volatile boolean killed;
        private String token;
        private Instant tokenAt = Instant.MIN;

        Instance(PayaraMicro process) {
            this.process = process;
            this.c1 = new Corner1(process.base());
        }

        synchronized String token() {
            if (tokenAt.isBefore(Instant.now().minus(TOKEN_REFRESH))) {
                token = c1.token(AVSENDER);
                tokenAt = Instant.now();
            }
            return token;
        }
    }

    /**
     * Senders on several threads, message i to instance i % 2 while both live (round-robin, as a load balancer
     * does), all to the survivor after the kill (as the load balancer's health check would).
     */
    private static final class Senders {

        final List<Instance> instances;
        final Queue<Letter> acknowledged = new ConcurrentLinkedQueue<>();
        final Queue<Letter> unacknowledged = new ConcurrentLinkedQueue<>();
        final AtomicInteger putsRetried = new AtomicInteger();
        private ExecutorService threads;

        Senders(List<Instance> instances) {
            this.instances = instances;
        }

        List<Future<?>> sendAll(int messages, int threadCount) {
            threads = Executors.newFixedThreadPool(threadCount);
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threadCount; t++) {
                futures.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < messages; i = next.getAndIncrement()) {
                        sendOne(i);
                    }
                    return null;
                }));
            }
            return futures;
        }

        void kill(int index) throws InterruptedException {
            instances.get(index).killed = true;
            instances.get(index).process.kill();
        }

        void close() {
            threads.shutdownNow();
        }

        private void sendOne(int i) {
            Instance target = instances.get(i % 2).killed ? instances.get(1 - i % 2) : instances.get(i % 2);
            String token;
            try {
                token = target.token();
            } catch (RuntimeException cutOff) {
                if (!target.killed) {
                    throw cutOff;
                }
                target = instances.get(1 - instances.indexOf(target));
                token = target.token();
            }
            Instance to = target;
            String bearer = token;
            Letter letter = Letter.of(to.c1, AVSENDER, bearer);
            HttpResponse<String> posted =
                    call(to, () -> postMelding(to.c1, letter.meldingsid(), letter.forretningsmelding(), bearer));
            if (posted == null) {
                unacknowledged.add(letter);
                return;
            }
            assertEquals(200, posted.statusCode(), posted.body());
            HttpResponse<String> put =
                    call(to, () -> putPakke(to.c1, letter.meldingsid(), letter.dokumentpakke(), bearer));
            if (put == null) {
                // the load balancer's retry on the other instance; 409: the killed one had stored it after all
                Instance survivor = instances.get(1 - instances.indexOf(to));
                put = putPakke(survivor.c1, letter.meldingsid(), letter.dokumentpakke(), survivor.token());
                putsRetried.incrementAndGet();
                assertTrue(put.statusCode() == 200 || put.statusCode() == 409, put.body());
            } else {
                assertEquals(200, put.statusCode(), put.body());
            }
            acknowledged.add(letter);
        }

        /** The answer, or null when the call was cut off because its instance was killed; any other error fails. */
        private static HttpResponse<String> call(Instance target, Supplier<HttpResponse<String>> call) {
            try {
                HttpResponse<String> response = call.get();
                if (target.killed && response.statusCode() >= 500) {
                    return null;
                }
                return response;
            } catch (UncheckedIOException cutOff) {
                if (target.killed) {
                    return null;
                }
                throw cutOff;
            }
        }
    }
}
