package no.kurer.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.Provider;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.kurer.testsupport.Corner1;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import no.kurer.sandbox.sender.control.ForretningsmeldingFactory;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAESOAEPparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JceAsymmetricKeyWrapper;

/**
 * One {@code PUT} of a large CMS dokumentpakke to a Kurer with a small heap, streamed from a file, while the server's
 * heap is sampled every 500 ms with {@code jstat -gc}. Exits 1 unless Kurer answers 200.
 *
 * <pre>
 * java no.kurer.bench.BigPut base=http://localhost:18201 server-pid=1234 file=/tmp/big.cms \
 *      content-bytes=1073741824 out=results/bigput.json
 * </pre>
 */
public final class BigPut {

    private static final Provider BC = new BouncyCastleProvider();

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Args.parse(args);
        URI base = URI.create(a.getOrDefault("base", "http://localhost:18201/"));
        long pid = Long.parseLong(a.get("server-pid"));
        Path file = Path.of(a.getOrDefault("file", "big.cms"));
        long contentBytes = Long.parseLong(a.getOrDefault("content-bytes", String.valueOf(1L << 30)));

        Corner1 c1 = new Corner1(base);
        EnterpriseIdentity signer = c1.identity(IntakeBench.AVSENDER);
        Map<String, Object> report = new LinkedHashMap<>();
        boolean ok = false;
        try {
            long g0 = System.nanoTime();
            String digest = writeCms(file, contentBytes, c1.identity(IntakeBench.MAILBOX_PROVIDER));
            report.put("file_bytes", Files.size(file));
            report.put("content_bytes", contentBytes);
            report.put("generation_seconds", seconds(System.nanoTime() - g0));
            report.put("sha256", digest);

            String token = c1.token(IntakeBench.AVSENDER);
            ForretningsmeldingFactory factory = new ForretningsmeldingFactory(IntakeBench.AVSENDER, Clock.systemUTC())
                    .sender(IntakeBench.AVSENDER).receiver(IntakeBench.MAILBOX_PROVIDER).maskinportentoken(token)
                    .patch("/standardBusinessDocument/digital/dokumentpakkefingeravtrykk/digestValue", digest);
            URI uri = base.resolve("/dpi/sendmelding/" + factory.meldingsid());
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/jwt")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(factory.sign(signer))).build(),
                    HttpResponse.BodyHandlers.ofString());
            report.put("post_status", post.statusCode());
            if (post.statusCode() != 200) {
                report.put("post_body", post.body());
                return;
            }

            try (HeapSampler heap = new HeapSampler(pid)) {
                Thread.sleep(2000);
                long p0 = System.nanoTime();
                HttpResponse<String> put = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/cms")
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofMinutes(30))
                        .PUT(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
                double putSeconds = seconds(System.nanoTime() - p0);
                heap.mark("put answered");
                Thread.sleep(3000);
                report.put("put_status", put.statusCode());
                report.put("put_body", put.body());
                report.put("put_seconds", putSeconds);
                report.put("put_mib_per_second", Math.round(Files.size(file) / 1048576.0 / putSeconds * 10) / 10.0);
                report.put("heap", heap.summary());
                ok = put.statusCode() == 200;
            }
        } finally {
            Files.deleteIfExists(file);
            report.put("ok", ok);
            String json = Corner1.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report);
            System.out.println(json);
            if (a.containsKey("out")) {
                Files.writeString(Path.of(a.get("out")), json + "\n");
            }
        }
        if (!ok) {
            System.exit(1);
        }
    }

    /**
     * Writes CMS EnvelopedData (RSAES-OAEP to the mailbox certificate, AES-256-CBC) of {@code contentBytes} of
     * pseudo-random content to {@code file}, streaming; returns base64(SHA-256) of the file.
     */
    static String writeCms(Path file, long contentBytes, EnterpriseIdentity mailbox) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        var oaep = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP, new RSAESOAEPparams());
        var wrapper = new JceAsymmetricKeyWrapper(oaep, mailbox.certificate().getPublicKey()).setProvider(BC);
        var generator = new CMSEnvelopedDataStreamGenerator();
        generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(mailbox.certificate(), wrapper));
        var encryptor = new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).setProvider(BC).build();
        byte[] block = new byte[1 << 20];
        new Random(7).nextBytes(block);
        try (OutputStream fileOut = new DigestOutputStream(
                new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), sha256);
             OutputStream cms = generator.open(fileOut, encryptor)) {
            for (long left = contentBytes; left > 0; left -= block.length) {
                cms.write(block, 0, (int) Math.min(block.length, left));
            }
        }
        return Base64.getEncoder().encodeToString(sha256.digest());
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e7) / 100.0;
    }

    /** {@code jstat -gc <pid> 500} in the background; used heap = S0U+S1U+EU+OU. */
    static final class HeapSampler implements AutoCloseable {

        private final Process jstat;
        private final Thread reader;
        private final long t0 = System.nanoTime();
        private final List<double[]> samples = new ArrayList<>(); // {seconds, usedKiB, oldKiB, committedKiB, ygc, fgc}
        private final List<String> marks = new ArrayList<>();

        HeapSampler(long pid) throws IOException {
            jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "500").redirectErrorStream(true).start();
            reader = new Thread(this::read, "jstat");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.US_ASCII))) {
                List<String> header = null;
                for (String line; (line = in.readLine()) != null; ) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 0 && f[0].equals("S0C")) {
                        header = List.of(f);
                        continue;
                    }
                    if (header == null || f.length != header.size()) {
                        continue;
                    }
                    double used = v(f, header, "S0U") + v(f, header, "S1U") + v(f, header, "EU") + v(f, header, "OU");
                    double committed = v(f, header, "S0C") + v(f, header, "S1C") + v(f, header, "EC") + v(f, header, "OC");
                    synchronized (samples) {
                        samples.add(new double[] { (System.nanoTime() - t0) / 1e9, used, v(f, header, "OU"), committed,
                                v(f, header, "YGC"), v(f, header, "FGC") });
                    }
                }
            } catch (IOException | RuntimeException e) {
                // jstat ended
            }
        }

        private static double v(String[] fields, List<String> header, String name) {
            return Double.parseDouble(fields[header.indexOf(name)]);
        }

        void mark(String what) {
            marks.add(String.format("%.1f s: %s", (System.nanoTime() - t0) / 1e9, what));
        }

        Map<String, Object> summary() {
            Map<String, Object> summary = new LinkedHashMap<>();
            List<double[]> copy;
            synchronized (samples) {
                copy = new ArrayList<>(samples);
            }
            summary.put("samples", copy.size());
            summary.put("marks", marks);
            if (copy.isEmpty()) {
                return summary;
            }
            summary.put("used_mib_min", mib(copy.stream().mapToDouble(s -> s[1]).min().orElse(0)));
            summary.put("used_mib_max", mib(copy.stream().mapToDouble(s -> s[1]).max().orElse(0)));
            summary.put("used_mib_start", mib(copy.get(0)[1]));
            summary.put("used_mib_end", mib(copy.get(copy.size() - 1)[1]));
            summary.put("old_mib_min", mib(copy.stream().mapToDouble(s -> s[2]).min().orElse(0)));
            summary.put("old_mib_max", mib(copy.stream().mapToDouble(s -> s[2]).max().orElse(0)));
            summary.put("old_mib_end", mib(copy.get(copy.size() - 1)[2]));
            summary.put("committed_mib_max", mib(copy.stream().mapToDouble(s -> s[3]).max().orElse(0)));
            summary.put("young_gcs", (long) (copy.get(copy.size() - 1)[4] - copy.get(0)[4]));
            summary.put("full_gcs", (long) (copy.get(copy.size() - 1)[5] - copy.get(0)[5]));
            List<String> series = new ArrayList<>();
            for (double[] s : copy) {
                series.add(String.format("%.1f s %.0f MiB used, %.0f MiB old", s[0], s[1] / 1024, s[2] / 1024));
            }
            summary.put("series", series);
            return summary;
        }

        private static double mib(double kib) {
            return Math.round(kib / 1024 * 10) / 10.0;
        }

        @Override
        public void close() throws InterruptedException {
            jstat.destroy();
            jstat.waitFor();
            reader.join(2000);
        }
    }
}
