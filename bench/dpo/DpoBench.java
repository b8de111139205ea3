package no.kurer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import no.kurer.broker.control.DpoPackage;
import no.kurer.broker.control.DpoPayload;
import no.kurer.testsupport.BrokerParty;
import no.kurer.testsupport.Corner1;
import no.kurer.sandbox.maskinporten.control.GrantFactory;

/**
 * DPO benchmarks against a real Payara Micro running Kurer with the sandbox (see bench/dpo/README.md):
 * (1) drain a backlog of N incoming 10 KiB files; (2) one large download at -Xmx256m, against a plain loopback copy of
 * the same file from the same broker in the same run.
 */
public final class DpoBench {

    static final String KURER_ORG = "999888771";
    static final String SENDER = "910753614";
    static final String COPIER = "889640782";

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("bench.port", 18480);
        int files = Integer.getInteger("bench.files", 1000);
        long bigBytes = Long.getLong("bench.big-bytes", 1L << 30);
        Path dir = Path.of("target/bench-dpo-" + System.currentTimeMillis()).toAbsolutePath();
        Files.createDirectories(dir);

        // (1) the backlog is uploaded while Kurer's DPO role is off, then Kurer restarts with it on and drains it
        Map<String, String> config = config(port, dir);
        config.put("dpo.enabled", "false");
        List<String> transfers = new ArrayList<>();
        try (Server server = Server.start(port, "256m", config, dir.resolve("fill.log"))) {
            BrokerParty sender = new BrokerParty(new Corner1(server.base), SENDER);
            byte[] payload = new byte[10 * 1024];
            new Random(7).nextBytes(payload);
            // one signed ASiC-E encrypted to Kurer, the payload of every message (each has its own SBD)
            byte[] sealed = sender.seal(KURER_ORG, Map.of("brev.bin", payload)).encrypted();
            for (int i = 0; i < files; i++) {
                transfers.add(sender.send(KURER_ORG, BrokerParty.dpoFile(
                        BrokerParty.sbd(SENDER, KURER_ORG, UUID.randomUUID().toString(), UUID.randomUUID().toString()),
                        sealed)));
            }
        }
        config.put("dpo.enabled", "true");
        try (Server server = Server.start(port, "256m", config, dir.resolve("drain.log"))) {
            Corner1 c1 = new Corner1(server.base);
            BrokerParty sender = new BrokerParty(c1, SENDER);
            if (files > 0) {
                drain(c1, sender, server, transfers, files);
            }
            large(c1, dir, bigBytes);
        }
    }

    static void drain(Corner1 c1, BrokerParty sender, Server server, List<String> transfers, int files)
            throws InterruptedException {
        {
            long start = System.nanoTime();
            String last = transfers.get(transfers.size() - 1);
            while (true) {
                JsonNode in = Corner1.readTree(c1.send(HttpRequest.newBuilder(
                        server.base.resolve("/api/messages/in?size=1"))
                        .header("Authorization", basic("fagsystem", "kurer-nextmove")).build()).body());
                if (in.path("totalElements").asLong() >= files && "DownloadConfirmed".equals(status(sender, last))) {
                    break;
                }
                Thread.sleep(200);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int unconfirmed = 0;
            for (String id : transfers) {
                if (!"DownloadConfirmed".equals(status(sender, id))) {
                    unconfirmed++;
                }
            }
            System.out.printf("DRAIN files=%d seconds=%.1f files_per_second=%.1f unconfirmed_at_end=%d%n", files,
                    seconds, files / seconds, unconfirmed);
        }
    }

    static void large(Corner1 c1, Path dir, long bigBytes) throws Exception {
        {
            // (2) one large file to two recipients: Kurer, and a plain HttpClient copy over loopback
            Path big = bigPackage(new BrokerParty(c1, SENDER), dir, bigBytes);
            String id = upload(c1, big, List.of(KURER_ORG, COPIER));
            // Kurer alone first (it polls every second), then the plain copy alone, so neither slows the other
            long t1 = System.nanoTime();
            while (!received(c1, id)) {
                Thread.sleep(200);
            }
            double kurerSeconds = (System.nanoTime() - t1) / 1e9;
            long t0 = System.nanoTime();
            Path copy = dir.resolve("plain-copy.bin");
            String copyMd5 = plainCopy(c1, id, copy);
            double copySeconds = (System.nanoTime() - t0) / 1e9;
            Files.delete(copy);
            double mib = Files.size(big) / 1048576.0;
            System.out.printf("BIG bytes=%d plain_copy_seconds=%.1f plain_copy_MiB_s=%.0f kurer_seconds=%.1f "
                    + "kurer_MiB_s=%.0f (kurer: download+MD5+unpack+decrypt+verify+commit, -Xmx256m) md5=%s%n", Files.size(big),
                    copySeconds, mib / copySeconds, kurerSeconds, mib / kurerSeconds, copyMd5);
        }
    }

    static Map<String, String> config(int port, Path dir) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("mp.config.profile", "sandbox");
        config.put("sandbox.base-url", "http://localhost:" + port);
        config.put("sandbox.dir", dir.resolve("sandbox").toString());
        config.put("storage.dir", dir.resolve("files").toString());
        config.put("db.url", "jdbc:h2:file:" + dir.resolve("db/kurer") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        config.put("broker.poll.interval", "1");
        config.put("broker.read-timeout-ms", "600000");
        // Kurer paces itself to Altinn's rate limits (per minute); a shorter window measures the pipeline itself
        String window = System.getProperty("bench.rate-window-seconds");
        if (window != null) {
            config.put("broker.rate.window-seconds", window);
        }
        return config;
    }

    /** HTTP Basic for the sandbox's users (server-config/payara/admin-user.asadmin). */
    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String status(BrokerParty party, String id) {
        return party.overview(id).path("recipients").path(0).path("currentRecipientFileTransferStatusCode").asText();
    }

    static boolean received(Corner1 c1, String fileTransferId) {
        JsonNode all = Corner1.readTree(c1.send(HttpRequest.newBuilder(c1.base().resolve("/admin/dpo/messages?max=5"))
                .header("Authorization", basic("admin", "kurer-admin")).build()).body());
        for (JsonNode m : all) {
            if (fileTransferId.equals(m.path("fileTransferId").asText()) && "IN".equals(m.path("direction").asText())) {
                if ("FAILED".equals(m.path("state").asText())) {
                    throw new IllegalStateException("Kurer did not accept the large file: " + m);
                }
                return true;
            }
        }
        return false;
    }

    /**
     * {@code sbd.zip} whose {@code asic.zip} is one file of {@code size} pseudo-random bytes in an ASiC-E signed by the
     * sender and encrypted to Kurer, written as Kurer writes its own (streamed).
     */
    static Path bigPackage(BrokerParty sender, Path dir, long size) throws IOException {
        Path content = dir.resolve("big-document.bin");
        try (OutputStream out = Files.newOutputStream(content)) {
            generate(size, (b, off, len) -> {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        var identity = sender.identity();
        var kurer = sender.certificateOf(KURER_ORG);
        var payload = new DpoPayload(identity.privateKey(), identity.chain(), chain -> {
            throw new UnsupportedOperationException("only sealing");
        });
        Path file = DpoPackage.write(BrokerParty.sbd(SENDER, KURER_ORG, UUID.randomUUID().toString(),
                UUID.randomUUID().toString()), out -> payload.seal(out, SENDER, KURER_ORG, List.of(content), null, kurer),
                dir.resolve("big.zip")).file();
        Files.delete(content);
        return file;
    }

    interface Sink {
        void accept(byte[] b, int off, int len);
    }

    static void generate(long size, Sink sink) {
        Random random = new Random(42);
        byte[] block = new byte[1 << 20];
        random.nextBytes(block);
        for (long done = 0; done < size;) {
            int n = (int) Math.min(block.length, size - done);
            block[0] = (byte) done;
            sink.accept(block, 0, n);
            done += n;
        }
    }

    static String upload(Corner1 c1, Path file, List<String> recipients) throws Exception {
        String token = c1.token(new GrantFactory(c1.identity(SENDER), c1.issuer(), Clock.systemUTC())
                .scope("altinn:broker.write altinn:broker.read"));
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md5)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        Map<String, Object> init = new LinkedHashMap<>();
        init.put("fileName", "sbd.zip");
        init.put("resourceId", BrokerParty.RESOURCE);
        init.put("sendersFileTransferReference", UUID.randomUUID().toString());
        init.put("sender", "0192:" + SENDER);
        init.put("recipients", recipients.stream().map(r -> "0192:" + r).toList());
        init.put("checksum", HexFormat.of().formatHex(md5.digest()));
        URI broker = c1.base().resolve("/sandbox/altinn/broker/api/v1/");
        HttpResponse<String> initialized = c1.send(HttpRequest.newBuilder(broker.resolve("filetransfer"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Corner1.JSON.writeValueAsString(init))).build());
        String id = Corner1.readTree(initialized.body()).path("fileTransferId").asText();
        HttpResponse<String> uploaded = c1.send(HttpRequest.newBuilder(broker.resolve("filetransfer/" + id + "/upload"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .timeout(Duration.ofMinutes(30)).POST(HttpRequest.BodyPublishers.ofFile(file)).build());
        if (uploaded.statusCode() != 200) {
            throw new IllegalStateException("upload " + uploaded.statusCode() + " " + uploaded.body());
        }
        return id;
    }

    /** The same file, fetched by another recipient with a plain HttpClient over loopback, MD5 on the way. */
    static String plainCopy(Corner1 c1, String id, Path target) throws Exception {
        String token = c1.token(new GrantFactory(c1.identity(COPIER), c1.issuer(), Clock.systemUTC())
                .scope("altinn:broker.write altinn:broker.read"));
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                c1.base().resolve("/sandbox/altinn/broker/api/v1/filetransfer/" + id + "/download"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofInputStream());
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        try (InputStream in = new DigestInputStream(response.body(), md5)) {
            Files.copy(in, target);
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    /** Payara Micro with Kurer, with the heap limit the bench asks for. */
    record Server(Process process, URI base) implements AutoCloseable {

        static Server start(int port, String heap, Map<String, String> properties, Path log) throws Exception {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx" + heap);
            properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
            command.addAll(List.of("-jar", "target/payara-micro.jar", "--nocluster", "--deploy",
                    Path.of("target/kurer.war").toAbsolutePath().toString(), "--contextroot", "/", "--port",
                    String.valueOf(port), "--postbootcommandfile", "server-config/payara/admin-user.asadmin"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            URI base = URI.create("http://localhost:" + port + "/");
            HttpClient http = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Payara Micro exited; see " + log);
                }
                try {
                    if (http.send(HttpRequest.newBuilder(base.resolve("/health/live")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                            && Files.readString(log).contains("Deployed 1 archive")) {
                        return new Server(process, base);
                    }
                } catch (IOException starting) {
                    // not yet
                }
                Thread.sleep(500);
            }
            process.destroyForcibly();
            throw new IllegalStateException("Payara Micro did not start; see " + log);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
