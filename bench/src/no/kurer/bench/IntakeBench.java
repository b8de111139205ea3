package no.kurer.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import no.kurer.testsupport.Corner1;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import no.kurer.sandbox.sender.control.DokumentpakkeFactory;
import no.kurer.sandbox.sender.control.ForretningsmeldingFactory;

/**
 * Closed-loop load on one Kurer: {@code phase=live} calls {@code GET /health/live}; {@code phase=intake} sends Digital
 * Post the two-step way ({@code POST} forretningsmelding, then {@code PUT} the dokumentpakke), each thread one sender
 * with a token of its own. Messages are signed before the clock starts; only messages with two 200s count.
 *
 * <pre>
 * java no.kurer.bench.IntakeBench base=http://localhost:18200 phase=intake threads=8 seconds=30 \
 *      messages-per-thread=1500 package-bytes=102400 server-pid=1234 out=results/intake.json
 * </pre>
 */
public final class IntakeBench {

    static final String AVSENDER = "991825827";
    static final String MAILBOX_PROVIDER = "987464291";

    private final URI base;
    private final int threads;
    private final Duration duration;
    private final long serverPid;
    private int threadDumps;
    private Path dumpDir;
    private Path jfr;

    private IntakeBench(URI base, int threads, Duration duration, long serverPid) {
        this.base = base;
        this.threads = threads;
        this.duration = duration;
        this.serverPid = serverPid;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Args.parse(args);
        IntakeBench bench = new IntakeBench(URI.create(a.getOrDefault("base", "http://localhost:18200/")),
                Integer.parseInt(a.getOrDefault("threads", "8")),
                Duration.ofSeconds(Long.parseLong(a.getOrDefault("seconds", "30"))),
                Long.parseLong(a.getOrDefault("server-pid", "0")));
        bench.threadDumps = Integer.parseInt(a.getOrDefault("thread-dumps", "0"));
        bench.dumpDir = Path.of(a.getOrDefault("dump-dir", "."));
        bench.jfr = a.containsKey("jfr") ? Path.of(a.get("jfr")).toAbsolutePath() : null;
        Map<String, Object> result = switch (a.getOrDefault("phase", "intake")) {
            case "live" -> bench.live();
            case "intake" -> bench.intake(Integer.parseInt(a.getOrDefault("messages-per-thread", "1500")),
                    Integer.parseInt(a.getOrDefault("package-bytes", "102400")));
            default -> throw new IllegalArgumentException("phase=live|intake");
        };
        String json = Corner1.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result);
        System.out.println(json);
        if (a.containsKey("out")) {
            Files.writeString(Path.of(a.get("out")), json + "\n");
        }
    }

    /** Phase A: the same server's throughput on an endpoint that does nothing. */
    Map<String, Object> live() throws InterruptedException {
        Outcome outcome = new Outcome("GET /health/live");
        run(outcome, thread -> {
            Http1 http = new Http1(base);
            return () -> {
                long t0 = System.nanoTime();
                int status = call(http, "GET", "/health/live", null, null, null, outcome);
                long t1 = System.nanoTime();
                if (status == 200) {
                    outcome.ok(thread, t1 - t0);
                }
                return true;
            };
        });
        return outcome.report("live", threads, duration, null);
    }

    /** Phase B: POST+PUT with pre-signed forretningsmeldinger and one shared dokumentpakke of about {@code packageBytes}. */
    Map<String, Object> intake(int messagesPerThread, int packageBytes) throws InterruptedException {
        Corner1 c1 = new Corner1(base);
        EnterpriseIdentity signer = c1.identity(AVSENDER);
        byte[] pakke = dokumentpakke(signer, c1.identity(MAILBOX_PROVIDER), packageBytes);
        String fingerprintSource = ForretningsmeldingFactory.sha256(pakke);

        long generation0 = System.nanoTime();
        List<String> tokens = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            tokens.add(c1.token(AVSENDER));
        }
        String[][] ids = new String[threads][messagesPerThread];
        byte[][][] jws = new byte[threads][messagesPerThread][];
        IntStream.range(0, threads * messagesPerThread).parallel().forEach(i -> {
            int t = i / messagesPerThread, m = i % messagesPerThread;
            ForretningsmeldingFactory factory = new ForretningsmeldingFactory(AVSENDER, Clock.systemUTC())
                    .sender(AVSENDER).receiver(MAILBOX_PROVIDER).maskinportentoken(tokens.get(t)).dokumentpakke(pakke);
            ids[t][m] = factory.meldingsid();
            jws[t][m] = factory.sign(signer).getBytes(StandardCharsets.US_ASCII);
        });
        double generationSeconds = (System.nanoTime() - generation0) / 1e9;
        System.err.printf("signed %d messages in %.1f s; package %d bytes (%s)%n", threads * messagesPerThread,
                generationSeconds, pakke.length, fingerprintSource);

        Outcome outcome = new Outcome("POST+PUT /dpi/sendmelding/{meldingsid}");
        AtomicLong exhausted = new AtomicLong();
        run(outcome, thread -> {
            Http1 http = new Http1(base);
            String bearer = "Bearer " + tokens.get(thread);
            int[] next = { 0 };
            return () -> {
                if (next[0] == messagesPerThread) {
                    exhausted.incrementAndGet();
                    return false;
                }
                int m = next[0]++;
                String path = "/dpi/sendmelding/" + ids[thread][m];
                long t0 = System.nanoTime();
                int post = call(http, "POST", path, "application/jwt", bearer, jws[thread][m], outcome);
                long t1 = System.nanoTime();
                outcome.call(thread, "POST", t1 - t0);
                if (post != 200) {
                    return true;
                }
                int put = call(http, "PUT", path, "application/cms", bearer, pakke, outcome);
                long t2 = System.nanoTime();
                outcome.call(thread, "PUT", t2 - t1);
                if (put == 200) {
                    outcome.ok(thread, t2 - t0);
                }
                return true;
            };
        });
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("package_bytes", pakke.length);
        setup.put("messages_signed", threads * messagesPerThread);
        setup.put("signing_seconds", Math.round(generationSeconds * 10) / 10.0);
        setup.put("threads_that_ran_out_of_messages", exhausted.get());
        return outcome.report("intake", threads, duration, setup);
    }

    /** One CMS dokumentpakke whose size is close to {@code target}: an ASiC-E with one incompressible document. */
    static byte[] dokumentpakke(EnterpriseIdentity signer, EnterpriseIdentity mailbox, int target) {
        int documentBytes = Math.max(1, target - 8192);
        byte[] cms = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            byte[] document = new byte[documentBytes];
            new Random(42).nextBytes(document);
            cms = new DokumentpakkeFactory(AVSENDER, Clock.systemUTC())
                    .document("brev.pdf", "application/pdf", document, "Benchmark")
                    .cms(signer, mailbox.certificate());
            if (Math.abs(cms.length - target) < 64) {
                break;
            }
            documentBytes = Math.max(1, documentBytes + target - cms.length);
        }
        return cms;
    }

    private interface Step {
        /** One message or call; false when the thread has nothing more to send. */
        boolean once() throws Exception;
    }

    private interface Sender {
        Step forThread(int thread);
    }

    /** Runs {@link #threads} senders in a closed loop for {@link #duration}; no new message starts after the deadline. */
    private void run(Outcome outcome, Sender sender) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        long[] ends = new long[threads];
        long[] deadline = { 0 };
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Step step = sender.forThread(thread);
            Thread worker = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    while (System.nanoTime() < deadline[0] && step.once()) {
                        // closed loop
                    }
                } catch (Exception e) {
                    outcome.error("driver: " + e);
                }
                ends[thread] = System.nanoTime();
            }, "sender-" + t);
            workers.add(worker);
            worker.start();
        }
        ready.await();
        if (jfr != null) {
            jcmd("JFR.start", "name=bench", "settings=default", "filename=" + jfr);
        }
        CpuTimes cpu = new CpuTimes(serverPid);
        long start = System.nanoTime();
        deadline[0] = start + duration.toNanos();
        go.countDown();
        Thread dumper = threadDumper();
        for (Thread worker : workers) {
            worker.join();
        }
        dumper.interrupt();
        if (jfr != null) {
            jcmd("JFR.stop", "name=bench");
        }
        long end = 0;
        for (long e : ends) {
            end = Math.max(end, e);
        }
        outcome.finish((end - start) / 1e9, cpu.since());
    }

    /** Runs {@code jcmd <server> ...} (flight recordings of the timed window only, not of the set-up). */
    private void jcmd(String... command) {
        List<String> line = new ArrayList<>(List.of("jcmd", String.valueOf(serverPid)));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                System.err.println(line + " failed: " + output);
            }
        } catch (IOException e) {
            System.err.println(line + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes {@link #threadDumps} server thread dumps ({@code jcmd Thread.print}) evenly spread over the run. */
    private Thread threadDumper() {
        Thread dumper = new Thread(() -> {
            try {
                for (int i = 1; i <= threadDumps; i++) {
                    Thread.sleep(duration.toMillis() / (threadDumps + 1));
                    Path target = dumpDir.resolve("threads-" + i + ".txt");
                    new ProcessBuilder("jcmd", String.valueOf(serverPid), "Thread.print")
                            .redirectErrorStream(true).redirectOutput(target.toFile()).start().waitFor();
                }
            } catch (IOException e) {
                System.err.println("no thread dump: " + e);
            } catch (InterruptedException done) {
                Thread.currentThread().interrupt();
            }
        }, "thread-dumps");
        dumper.setDaemon(true);
        if (threadDumps > 0 && serverPid > 0) {
            dumper.start();
        }
        return dumper;
    }

    private static int call(Http1 http, String method, String path, String contentType, String authorization,
                            byte[] body, Outcome outcome) {
        try {
            Http1.Response response = http.send(method, path, contentType, authorization, body);
            if (response.status() != 200) {
                outcome.error(method + " " + response.status() + " " + abbreviate(response.body()));
            }
            return response.status();
        } catch (IOException | RuntimeException e) {
            outcome.error(method + " " + e);
            return -1;
        }
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }

    /** What the threads measured: per-thread latencies merged at the end, errors counted by kind. */
    private final class Outcome {

        private final String what;
        private final Latencies[] accepted;
        private final Map<String, Latencies[]> calls = new ConcurrentHashMap<>();
        private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        private double seconds;
        private Map<String, Object> cpu;

        Outcome(String what) {
            this.what = what;
            this.accepted = new Latencies[threads];
            for (int t = 0; t < threads; t++) {
                accepted[t] = new Latencies();
            }
        }

        void ok(int thread, long nanos) {
            accepted[thread].add(nanos);
        }

        void call(int thread, String name, long nanos) {
            calls.computeIfAbsent(name, n -> {
                Latencies[] perThread = new Latencies[threads];
                for (int t = 0; t < threads; t++) {
                    perThread[t] = new Latencies();
                }
                return perThread;
            })[thread].add(nanos);
        }

        void error(String kind) {
            String key = kind.length() > 300 ? kind.substring(0, 300) : kind;
            errors.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        }

        void finish(double seconds, Map<String, Object> cpu) {
            this.seconds = seconds;
            this.cpu = cpu;
        }

        Map<String, Object> report(String phase, int threads, Duration duration, Map<String, Object> setup) {
            Latencies all = merge(accepted);
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("phase", phase);
            report.put("what", what);
            report.put("threads", threads);
            report.put("planned_seconds", duration.toSeconds());
            report.put("elapsed_seconds", Math.round(seconds * 100) / 100.0);
            report.put("accepted", all.count());
            report.put("accepted_per_second", Math.round(all.count() / seconds * 10) / 10.0);
            long errorCount = errors.values().stream().mapToLong(AtomicLong::get).sum();
            report.put("errors", errorCount);
            report.put("latency", all.summary());
            Map<String, Object> perCall = new TreeMap<>();
            calls.forEach((name, perThread) -> perCall.put(name, merge(perThread).summary()));
            if (!perCall.isEmpty()) {
                report.put("latency_per_call", perCall);
            }
            report.put("cpu", cpu);
            if (setup != null) {
                report.put("setup", setup);
            }
            report.put("error_kinds", new TreeMap<>(errors));
            return report;
        }

        private Latencies merge(Latencies[] perThread) {
            Latencies all = new Latencies();
            for (Latencies l : perThread) {
                all.addAll(l);
            }
            return all;
        }
    }
}
