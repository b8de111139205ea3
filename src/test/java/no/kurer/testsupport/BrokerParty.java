package no.kurer.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import no.kurer.broker.control.AsicEWriter;
import no.kurer.broker.control.CmsEnvelope;
import no.kurer.broker.control.DpoPayload;
import no.kurer.certificates.control.CertificateOrgno;
import no.kurer.certificates.control.EnterpriseCertificates;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import no.kurer.sandbox.maskinporten.control.GrantFactory;
import no.kurer.sandbox.sender.control.IdentityJson;

/**
 * Another organisation's integration point as the tests play it: the sandbox CA's kept identity for its orgno (so the
 * sandbox's service registry gives Kurer its certificate), a Maskinporten token, and the broker calls it makes against the
 * sandbox broker over HTTP, building DPO files as Digdir's integration point does ({@code sbd.zip} = {@code sbd.json}
 * + {@code asic.zip}: an ASiC-E signed with its certificate, CMS-encrypted to the receiver's).
 */
public final class BrokerParty {

    public static final String RESOURCE = "eformidling-dpo-meldingsutveksling";
    private final Corner1 http;
    private final String orgno;
    private final URI broker;

    public BrokerParty(Corner1 http, String orgno) {
        this.http = http;
        this.orgno = orgno;
        this.broker = http.base().resolve("/sandbox/altinn/broker/api/v1/");
    }

    private String token;
    private long tokenAt;
    private EnterpriseIdentity identity;

    /** The organisation's kept sandbox identity (served by the sandbox's service registry). */
    public synchronized EnterpriseIdentity identity() {
        if (identity == null) {
            identity = IdentityJson.read(
                    orgno,
                    http.postJson(
                            "/sandbox/ca/enterprise-certificates",
                            Map.of("orgno", orgno, "name", "Org " + orgno, "persistent", true)));
        }
        return identity;
    }

    /** The payload as plain ASiC-E and as sent ({@code asic.zip}: encrypted). */
    public record Sealed(byte[] asic, byte[] encrypted) {}

    /** The files, signed by this organisation and encrypted to {@code receiver}'s certificate from the sandbox CA. */
    public Sealed seal(String receiver, Map<String, byte[]> files) {
        try {
            Path dir = Files.createTempDirectory("broker-party");
            List<Path> paths = new ArrayList<>();
            for (var file : new TreeMap<>(files).entrySet()) {
                paths.add(Files.write(dir.resolve(file.getKey()), file.getValue()));
            }
            ByteArrayOutputStream asic = new ByteArrayOutputStream();
            new AsicEWriter(identity().privateKey(), identity().chain()).write(asic, orgno, receiver, paths, null);
            ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
            try (OutputStream out = CmsEnvelope.encrypt(encrypted, certificateOf(receiver))) {
                out.write(asic.toByteArray());
            }
            return new Sealed(asic.toByteArray(), encrypted.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * As {@link #seal}, encrypted to {@code receiver}, but with {@code name}'s content changed after signing: an ASiC-E
     * whose signature no longer holds.
     */
    public byte[] sealAltered(String receiver, Map<String, byte[]> files, String name, byte[] altered) {
        Map<String, byte[]> entries = unzip(seal(receiver, files).asic());
        entries.put(name, altered);
        try {
            ByteArrayOutputStream asic = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(asic)) {
                for (var entry : entries.entrySet()) {
                    ZipEntry e = new ZipEntry(entry.getKey());
                    if (entry.getKey().equals("mimetype")) {
                        CRC32 crc = new CRC32();
                        crc.update(entry.getValue());
                        e.setMethod(ZipEntry.STORED);
                        e.setSize(entry.getValue().length);
                        e.setCrc(crc.getValue());
                    }
                    zip.putNextEntry(e);
                    zip.write(entry.getValue());
                    zip.closeEntry();
                }
            }
            ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
            try (OutputStream out = CmsEnvelope.encrypt(encrypted, certificateOf(receiver))) {
                out.write(asic.toByteArray());
            }
            return encrypted.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code sbd.zip} for {@code receiver} holding the SBD and the files sealed. */
    public byte[] dpoFile(String sbdJson, String receiver, Map<String, byte[]> files) {
        return dpoFile(sbdJson, seal(receiver, files).encrypted());
    }

    /**
     * Opens a downloaded {@code sbd.zip} as Digdir's integration point would: decrypts {@code asic.zip} with this
     * organisation's key and checks the signature (trusting the sandbox CA) is by {@code expectedSender}.
     *
     * @return the ASiC-E's entries
     */
    public Map<String, byte[]> open(byte[] sbdZip, String expectedSender) {
        try {
            Path dir = Files.createTempDirectory("broker-party");
            Path encrypted =
                    Files.write(dir.resolve("asic.zip.cms"), unzip(sbdZip).get("asic.zip"));
            Path ca = Files.writeString(
                    dir.resolve("ca.pem"),
                    http.send(HttpRequest.newBuilder(http.base().resolve("/sandbox/ca/ca.pem"))
                                    .build())
                            .body());
            EnterpriseCertificates trust = new EnterpriseCertificates(ca);
            new DpoPayload(identity().privateKey(), identity().chain(), chain -> trust.verify(chain, Instant.now()))
                    .open(encrypted, dir.resolve("asic.zip"), expectedSender);
            return unzip(Files.readAllBytes(dir.resolve("asic.zip")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final Map<String, X509Certificate> certificates = new ConcurrentHashMap<>();

    /** The organisation's certificate as the sandbox lists it for DPO receivers. */
    public X509Certificate certificateOf(String organisation) {
        return certificates.computeIfAbsent(organisation, this::listed);
    }

    private X509Certificate listed(String organisation) {
        String pem = http.send(HttpRequest.newBuilder(http.base().resolve("/sandbox/ca/organisations.pem"))
                        .build())
                .body();
        try {
            for (var certificate : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
                if (CertificateOrgno.of((X509Certificate) certificate).equals(organisation)) {
                    return (X509Certificate) certificate;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("the sandbox lists no certificate for " + organisation);
    }

    public static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public synchronized String token() {
        if (token == null || System.currentTimeMillis() - tokenAt > 90_000) {
            token = fresh();
            tokenAt = System.currentTimeMillis();
        }
        return token;
    }

    private String fresh() {
        return http.token(new GrantFactory(identity(), http.issuer(), Clock.systemUTC())
                .scope("altinn:broker.write altinn:broker.read"));
    }

    /** Initializes and uploads; returns the fileTransferId. */
    public String send(String recipient, byte[] file) {
        return send(recipient, file, id -> {});
    }

    /** As above, telling {@code beforeUpload} the fileTransferId before the upload publishes the file. */
    public String send(String recipient, byte[] file, Consumer<String> beforeUpload) {
        String token = token();
        Map<String, Object> init = new LinkedHashMap<>();
        init.put("fileName", "sbd.zip");
        init.put("resourceId", RESOURCE);
        init.put("sendersFileTransferReference", UUID.randomUUID().toString());
        init.put("sender", "0192:" + orgno);
        init.put("recipients", List.of("0192:" + recipient));
        init.put("propertyList", Map.of());
        init.put("checksum", md5(file));
        HttpResponse<String> initialized = http.send(HttpRequest.newBuilder(broker.resolve("filetransfer"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(init)))
                .build());
        if (initialized.statusCode() != 200) {
            throw new IllegalStateException("initialize: " + initialized.statusCode() + " " + initialized.body());
        }
        String id = Corner1.readTree(initialized.body()).path("fileTransferId").asText();
        beforeUpload.accept(id);
        HttpResponse<String> uploaded =
                http.send(HttpRequest.newBuilder(broker.resolve("filetransfer/" + id + "/upload"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                        .build());
        if (uploaded.statusCode() != 200) {
            throw new IllegalStateException("upload: " + uploaded.statusCode() + " " + uploaded.body());
        }
        return id;
    }

    public List<String> inbox() {
        HttpResponse<String> found = http.send(HttpRequest.newBuilder(broker.resolve("filetransfer?resourceId="
                        + RESOURCE + "&status=Published&recipientStatus=Initialized&role=Recipient"))
                .header("Authorization", "Bearer " + token())
                .build());
        List<String> ids = new ArrayList<>();
        Corner1.readTree(found.body()).forEach(id -> ids.add(id.asText()));
        return ids;
    }

    public JsonNode overview(String id) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(broker.resolve("filetransfer/" + id))
                .header("Authorization", "Bearer " + token())
                .build());
        return Corner1.readTree(response.body());
    }

    public byte[] download(String id) {
        try {
            HttpResponse<byte[]> response = http.http()
                    .send(
                            HttpRequest.newBuilder(broker.resolve("filetransfer/" + id + "/download"))
                                    .header("Authorization", "Bearer " + token())
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("download: " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public int confirm(String id) {
        return http.send(HttpRequest.newBuilder(broker.resolve("filetransfer/" + id + "/confirmdownload"))
                        .header("Authorization", "Bearer " + token())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build())
                .statusCode();
    }

    public void faults(String json) {
        http.send(HttpRequest.newBuilder(http.base().resolve("/sandbox/altinn/broker/faults"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** An SBD as Digdir's integration point writes {@code sbd.json} for an arkivmelding. */
    public static String sbd(String sender, String receiver, String messageId, String conversationId) {
        return """
                {"standardBusinessDocumentHeader":{"headerVersion":"1.0",
                 "sender":[{"identifier":{"authority":"iso6523-actorid-upis","value":"0192:%s"}}],
                 "receiver":[{"identifier":{"authority":"iso6523-actorid-upis","value":"0192:%s"}}],
                 "documentIdentification":{"standard":"urn:no:difi:arkivmelding:xsd::arkivmelding","typeVersion":"2.0",
                  "instanceIdentifier":"%s","type":"arkivmelding","creationDateAndTime":"2026-11-21T10:00:00Z"},
                 "businessScope":{"scope":[{"type":"ConversationId","instanceIdentifier":"%s",
                  "identifier":"urn:no:difi:profile:arkivmelding:administrasjon:ver1.0"}]}},
                 "arkivmelding":{"sikkerhetsnivaa":3,"hoveddokument":"arkivmelding.xml"}}
                """.formatted(sender, receiver, messageId, conversationId);
    }

    /** An eFormidling {@code status} message (NEXTMOVE.md §3): no files, so no {@code asic.zip}. */
    public static String statusSbd(String sender, String receiver, String messageId, String conversationId) {
        return sbd(sender, receiver, messageId, conversationId)
                .replace("urn:no:difi:arkivmelding:xsd::arkivmelding", "urn:no:difi:eformidling:xsd::status")
                .replace("\"type\":\"arkivmelding\"", "\"type\":\"status\"")
                .replace(
                        "\"arkivmelding\":{\"sikkerhetsnivaa\":3,\"hoveddokument\":\"arkivmelding.xml\"}",
                        "\"status\":{\"status\":\"MOTTATT\"}");
    }

    /** {@code sbd.zip} holding {@code sbd.json} alone, or with {@code asic.zip} when {@code asic} is not null. */
    public static byte[] zip(byte[] sbdJson, byte[] asic) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("sbd.json"));
            zip.write(sbdJson);
            zip.closeEntry();
            if (asic != null) {
                zip.putNextEntry(new ZipEntry("asic.zip"));
                zip.write(asic);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** How often the sandbox broker has handed out the whole file of this transfer. */
    public int downloads(String fileTransferId) {
        JsonNode faults =
                Corner1.readTree(http.send(HttpRequest.newBuilder(http.base().resolve("/sandbox/altinn/broker/faults"))
                                .build())
                        .body());
        return faults.path("downloadsByTransfer")
                .path(fileTransferId.toLowerCase())
                .asInt(0);
    }

    /** {@code sbd.zip}: {@code sbd.json} and {@code asic.zip} (the given bytes, already sealed or deliberately not). */
    public static byte[] dpoFile(String sbdJson, byte[] asic) {
        return zip(sbdJson.getBytes(StandardCharsets.UTF_8), asic);
    }

    public static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return Corner1.JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
