package no.kurer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.Letter;
import no.kurer.sandbox.c3.control.KvitteringFactory;
import no.kurer.sandbox.c3.entity.Kvitteringstype;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import no.kurer.sandbox.sender.control.DokumentpakkeFactory;
import no.kurer.sandbox.sender.control.ForretningsmeldingFactory;

/**
 * Receipt polling ({@code GET /dpi/kvittering/{conversationid}}) against a Kurer holding many conversations.
 *
 * <p>{@code phase=load} stores {@code conversations} conversations, each one letter sent the one-call way
 * ({@code POST /dpi/send/digitalpost/974760673/{conversationid}}, a small package) to a mailbox provider without a
 * route in the sandbox, so the letter stays in Kurer; then plays corner 3 (token for 924918004) and delivers one
 * receipt (even conversations: mottakskvittering) or two (odd: also leveringskvittering), signed by the mailbox
 * provider, to {@code POST /dpi/c3/kvittering/{avsender}/{conversationid}/{meldingsid}}. Senders take turns over
 * {@code senders}; each loader thread signs a batch of letters with a token fetched for that batch, then sends it.
 * The stored conversations are written to {@code list} (conversation, sender, number of receipts).
 *
 * <p>{@code phase=poll} reads {@code list}; each of {@code threads} pollers is one sender (round robin over the
 * senders) with a token of its own, refreshed outside the timed calls when older than {@code token-refresh-seconds},
 * and polls random conversations of its sender in a closed loop for {@code seconds}. A poll counts only when it
 * answers 200 with exactly the receipts delivered.
 *
 * <pre>
 * java no.kurer.bench.PollBench base=http://localhost:18250/ phase=load conversations=10000 list=conversations.tsv out=load.json
 * java no.kurer.bench.PollBench base=http://localhost:18250/ phase=poll threads=8 seconds=30 list=conversations.tsv \
 *      server-pid=1234 out=poll.json
 * </pre>
 */
public final class PollBench {

    static final String POSTKASSE = "974760673";
    static final String C3 = "924918004";

    private final URI base;
    private final Corner1 c1;

    private PollBench(URI base) {
        this.base = base;
        this.c1 = new Corner1(base);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Args.parse(args);
        PollBench bench = new PollBench(URI.create(a.getOrDefault("base", "http://localhost:18250/")));
        Path list = Path.of(a.getOrDefault("list", "conversations.tsv"));
        List<String> senders = List.of(a.getOrDefault("senders", "991825827,910753614").split(","));
        Map<String, Object> result = switch (a.getOrDefault("phase", "poll")) {
            case "load" -> bench.load(Integer.parseInt(a.getOrDefault("conversations", "10000")),
                    Integer.parseInt(a.getOrDefault("threads", "4")), Integer.parseInt(a.getOrDefault("batch", "50")),
                    senders, list);
            case "poll" -> bench.poll(Integer.parseInt(a.getOrDefault("threads", "8")),
                    Duration.ofSeconds(Long.parseLong(a.getOrDefault("seconds", "30"))),
                    Duration.ofSeconds(Long.parseLong(a.getOrDefault("token-refresh-seconds", "90"))),
                    Long.parseLong(a.getOrDefault("server-pid", "0")), list);
            default -> throw new IllegalArgumentException("phase=load|poll");
        };
        String json = Corner1.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result);
        System.out.println(json);
        if (a.containsKey("out")) {
            Files.writeString(Path.of(a.get("out")), json + "\n");
        }
    }

    // --- load ------------------------------------------------------------------------------------------------------

    private record Stored(String conversationId, String sender, int receipts) {
    }

    private record Signed(String conversationId, String jws) {
    }

    Map<String, Object> load(int conversations, int threads, int batch, List<String> senders, Path list)
            throws InterruptedException, IOException {
        Map<String, EnterpriseIdentity> signers = new LinkedHashMap<>();
        Map<String, byte[]> pakker = new LinkedHashMap<>();
        EnterpriseIdentity mailbox = c1.identity(Letter.MAILBOX_PROVIDER);
        for (String sender : senders) {
            signers.put(sender, c1.identity(sender));
            pakker.put(sender, new DokumentpakkeFactory(sender, Clock.systemUTC())
                    .document("brev.txt", "text/plain", "Hei!".getBytes(StandardCharsets.UTF_8), "Brev")
                    .cms(signers.get(sender), mailbox.certificate()));
        }
        EnterpriseIdentity provider = c1.identity(POSTKASSE);

        int batches = (conversations + batch - 1) / batch;
        AtomicInteger nextBatch = new AtomicInteger();
        List<Stored> stored = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        AtomicLong receipts = new AtomicLong();
        AtomicLong signingNanos = new AtomicLong();
        Latencies sends = new Latencies();
        Latencies deliveries = new Latencies();
        long start = System.nanoTime();
        List<Thread> loaders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread loader = new Thread(() -> {
                HttpClient http = client();
                Latencies mySends = new Latencies();
                Latencies myDeliveries = new Latencies();
                String c3Token = null;
                long c3TokenAt = 0;
                for (int b; (b = nextBatch.getAndIncrement()) < batches; ) {
                    try {
                        String sender = senders.get(b % senders.size());
                        byte[] pakke = pakker.get(sender);
                        long s0 = System.nanoTime();
                        String token = c1.token(sender);
                        List<Signed> signed = new ArrayList<>();
                        for (int i = b * batch; i < Math.min(conversations, (b + 1) * batch); i++) {
                            ForretningsmeldingFactory factory = new ForretningsmeldingFactory(sender, Clock.systemUTC())
                                    .sender(sender).receiver(POSTKASSE).maskinportentoken(token).dokumentpakke(pakke);
                            signed.add(new Signed(factory.conversationId(), factory.sign(signers.get(sender))));
                        }
                        signingNanos.addAndGet(System.nanoTime() - s0);
                        for (int k = 0; k < signed.size(); k++) {
                            Signed letter = signed.get(k);
                            long t0 = System.nanoTime();
                            HttpResponse<String> sent = send(http, multipart(
                                    "/dpi/send/digitalpost/" + POSTKASSE + "/" + letter.conversationId(), letter.jws(),
                                    pakke, token));
                            mySends.add(System.nanoTime() - t0);
                            if (sent == null || sent.statusCode() != 200) {
                                error(errors, "send", sent);
                                continue;
                            }
                            if (c3Token == null || System.nanoTime() - c3TokenAt > 60_000_000_000L) {
                                c3Token = c1.token(C3);
                                c3TokenAt = System.nanoTime();
                            }
                            int wanted = (b * batch + k) % 2 == 0 ? 1 : 2;
                            int delivered = 0;
                            for (Kvitteringstype type : List.of(Kvitteringstype.MOTTAKSKVITTERING,
                                    Kvitteringstype.LEVERINGSKVITTERING).subList(0, wanted)) {
                                String receipt = new KvitteringFactory(type, POSTKASSE, sender, letter.conversationId(),
                                        Clock.systemUTC()).sign(provider);
                                long d0 = System.nanoTime();
                                HttpResponse<String> answer = send(http, HttpRequest.newBuilder(base.resolve(
                                                "/dpi/c3/kvittering/" + sender + "/" + letter.conversationId() + "/"
                                                        + receiptId(receipt)))
                                        .header("Content-Type", "application/jwt")
                                        .header("Authorization", "Bearer " + c3Token)
                                        .POST(HttpRequest.BodyPublishers.ofString(receipt)).build());
                                myDeliveries.add(System.nanoTime() - d0);
                                if (answer == null || answer.statusCode() != 200) {
                                    error(errors, "receipt", answer);
                                } else {
                                    delivered++;
                                }
                            }
                            receipts.addAndGet(delivered);
                            stored.add(new Stored(letter.conversationId(), sender, delivered));
                        }
                    } catch (RuntimeException e) {
                        errors.computeIfAbsent("loader: " + e, k -> new AtomicLong()).incrementAndGet();
                    }
                    int done = stored.size();
                    if (b % 20 == 0) {
                        System.err.printf("[load] %d of %d conversations stored after %.0f s%n", done, conversations,
                                (System.nanoTime() - start) / 1e9);
                    }
                }
                synchronized (sends) {
                    sends.addAll(mySends);
                    deliveries.addAll(myDeliveries);
                }
            }, "loader-" + t);
            loaders.add(loader);
            loader.start();
        }
        for (Thread loader : loaders) {
            loader.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> lines = new ArrayList<>();
        synchronized (stored) {
            for (Stored s : stored) {
                lines.add(s.conversationId() + "\t" + s.sender() + "\t" + s.receipts());
            }
        }
        Files.write(list, lines);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("phase", "load");
        report.put("conversations_planned", conversations);
        report.put("conversations_stored", lines.size());
        report.put("receipts_stored", receipts.get());
        report.put("per_sender", lines.stream().collect(Collectors.groupingBy(l -> l.split("\t")[1], TreeMap::new,
                Collectors.counting())));
        report.put("loader_threads", threads);
        report.put("batch", batch);
        report.put("elapsed_seconds", round(seconds));
        report.put("signing_seconds_summed_over_threads", round(signingNanos.get() / 1e9));
        report.put("send_latency", sends.summary());
        report.put("receipt_latency", deliveries.summary());
        report.put("errors", errors.values().stream().mapToLong(AtomicLong::get).sum());
        report.put("error_kinds", new TreeMap<>(errors));
        return report;
    }

    private HttpRequest multipart(String path, String jws, byte[] pakke, String token) {
        String boundary = "kurer-bench-" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"forretningsmelding\"; "
                + "filename=\"sbd.jwt\"\r\nContent-Type: application/jwt\r\n\r\n" + jws + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"dokumentpakke\"; filename=\"asic.cms\"\r\n"
                + "Content-Type: application/cms\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pakke);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    /** The receipt's own meldingsid, from its payload, as corner 3 names it in the path. */
    private static String receiptId(String jws) {
        JsonNode payload = Corner1.readTree(new String(Base64.getUrlDecoder().decode(jws.split("\\.")[1]),
                StandardCharsets.UTF_8));
        return payload.at("/standardBusinessDocument/standardBusinessDocumentHeader/documentIdentification/instanceIdentifier")
                .asText();
    }

    // --- poll ------------------------------------------------------------------------------------------------------

    Map<String, Object> poll(int threads, Duration duration, Duration tokenRefresh, long serverPid, Path list)
            throws InterruptedException, IOException {
        Map<String, List<Stored>> bySender = new TreeMap<>();
        for (String line : Files.readAllLines(list)) {
            String[] f = line.split("\t");
            bySender.computeIfAbsent(f[1], s -> new ArrayList<>()).add(new Stored(f[0], f[1], Integer.parseInt(f[2])));
        }
        if (bySender.isEmpty()) {
            throw new IllegalStateException("no conversations in " + list);
        }
        List<String> senders = new ArrayList<>(bySender.keySet());
        Latencies[] latencies = new Latencies[threads];
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        AtomicLong refreshes = new AtomicLong();
        AtomicLong receiptsSeen = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        long[] deadline = { 0 };
        long[] ends = new long[threads];
        List<Thread> pollers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            latencies[t] = new Latencies();
            String sender = senders.get(t % senders.size());
            List<Stored> mine = bySender.get(sender);
            Thread poller = new Thread(() -> {
                HttpClient http = client();
                String token = c1.token(sender);
                long tokenAt = System.nanoTime();
                ready.countDown();
                try {
                    go.await();
                    while (System.nanoTime() < deadline[0]) {
                        if (System.nanoTime() - tokenAt > tokenRefresh.toNanos()) {
                            token = c1.token(sender);
                            tokenAt = System.nanoTime();
                            refreshes.incrementAndGet();
                        }
                        Stored conversation = mine.get(ThreadLocalRandom.current().nextInt(mine.size()));
                        HttpRequest request = HttpRequest.newBuilder(base.resolve("/dpi/kvittering/"
                                + conversation.conversationId())).header("Authorization", "Bearer " + token).GET().build();
                        long t0 = System.nanoTime();
                        HttpResponse<String> answer = send(http, request);
                        long t1 = System.nanoTime();
                        if (answer == null || answer.statusCode() != 200) {
                            error(errors, "GET", answer);
                            continue;
                        }
                        JsonNode receipts = Corner1.readTree(answer.body());
                        if (receipts.size() != conversation.receipts()) {
                            errors.computeIfAbsent("GET 200 with " + receipts.size() + " receipts, expected "
                                    + conversation.receipts(), k -> new AtomicLong()).incrementAndGet();
                            continue;
                        }
                        receiptsSeen.addAndGet(receipts.size());
                        latencies[thread].add(t1 - t0);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    errors.computeIfAbsent("driver: " + e, k -> new AtomicLong()).incrementAndGet();
                }
                ends[thread] = System.nanoTime();
            }, "poller-" + t);
            pollers.add(poller);
            poller.start();
        }
        ready.await();
        CpuTimes cpu = new CpuTimes(serverPid);
        long start = System.nanoTime();
        deadline[0] = start + duration.toNanos();
        go.countDown();
        for (Thread poller : pollers) {
            poller.join();
        }
        long end = start;
        for (long e : ends) {
            end = Math.max(end, e);
        }
        double seconds = (end - start) / 1e9;
        Map<String, Object> cpuUsed = cpu.since();
        Latencies all = new Latencies();
        for (Latencies l : latencies) {
            all.addAll(l);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("phase", "poll");
        report.put("what", "GET /dpi/kvittering/{conversationid}");
        report.put("threads", threads);
        report.put("planned_seconds", duration.toSeconds());
        report.put("elapsed_seconds", round(seconds));
        report.put("accepted", all.count());
        report.put("accepted_per_second", Math.round(all.count() / seconds * 10) / 10.0);
        report.put("errors", errors.values().stream().mapToLong(AtomicLong::get).sum());
        report.put("latency", all.summary());
        report.put("cpu", cpuUsed);
        Map<String, Object> setup = new LinkedHashMap<>();
        setup.put("conversations", bySender.values().stream().mapToInt(List::size).sum());
        setup.put("receipts", bySender.values().stream().flatMap(List::stream).mapToInt(Stored::receipts).sum());
        setup.put("senders", bySender.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().size(), (x, y) -> x, TreeMap::new)));
        setup.put("receipts_returned", receiptsSeen.get());
        setup.put("token_refreshes", refreshes.get());
        report.put("setup", setup);
        report.put("error_kinds", new TreeMap<>(errors));
        return report;
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The answer, or {@code null} when the call failed on the wire. */
    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void error(Map<String, AtomicLong> errors, String what, HttpResponse<String> answer) {
        String kind = answer == null ? what + " failed on the wire"
                : what + " " + answer.statusCode() + " " + abbreviate(answer.body());
        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
