package no.kurer.sandbox.broker.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import no.kurer.testsupport.BrokerParty;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.Kurer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sandbox broker over HTTP on a real Payara Micro: multipart initialize-and-upload, the search's time window,
 * and expiry (a resource set to a short {@code fileTransferTimeToLive}).
 */
@ExtendWith(ArquillianExtension.class)
class SandboxBrokerIT {

    static final String SENDER = "910753614";
    static final String RECIPIENT = "999888771";
    static final String BOUNDARY = "kurer-it-boundary-8d1f";

    final Corner1 c1 = new Corner1(Kurer.base());
    final BrokerParty sender = new BrokerParty(c1, SENDER);
    final BrokerParty recipient = new BrokerParty(c1, RECIPIENT);
    final URI api = c1.base().resolve("/sandbox/altinn/broker/api/v1/");

    @Deployment(testable = false)
    static WebArchive kurer() {
        return Kurer.war();
    }

    @Test
    void multipartInitializeAndUploadPublishesTheFileWithItsChecks() throws Exception {
        String resource = "it-multipart-" + UUID.randomUUID();
        byte[] file = "the file transfer's bytes".repeat(5000).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> uploaded = multipart(resource, file, md5(file));
        assertEquals(200, uploaded.statusCode(), uploaded.body());
        String id = Corner1.readTree(uploaded.body()).path("fileTransferId").asText();
        JsonNode overview = get(recipient, "filetransfer/" + id);
        assertEquals("Published", overview.path("fileTransferStatus").asText(), overview.toString());
        assertEquals(file.length, overview.path("fileTransferSize").asLong());
        assertEquals("7", overview.path("propertyList").path("CaseNo").asText(), overview.toString());
        assertArrayEquals(file, download(id).body());

        HttpResponse<String> wrongChecksum = multipart(resource, file, md5(new byte[1]));
        assertEquals(400, wrongChecksum.statusCode(), wrongChecksum.body());

        c1.send(HttpRequest.newBuilder(c1.base().resolve("/sandbox/altinn/broker/resources/" + resource))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"maxFileTransferSize\":100}"))
                .build());
        HttpResponse<String> tooLarge = multipart(resource, file, md5(file));
        assertEquals(400, tooLarge.statusCode(), tooLarge.body());
        assertTrue(tooLarge.body().contains("File size exceeds maximum"), tooLarge.body());
    }

    @Test
    void theSearchKeepsToTheTimeWindowAndOrder() throws Exception {
        String resource = "it-window-" + UUID.randomUUID();
        String first = multipartId(resource);
        Thread.sleep(50);
        Instant between = Instant.now();
        Thread.sleep(50);
        String second = multipartId(resource);
        assertEquals(List.of(second, first), ids(recipient, resource, ""));
        assertEquals(List.of(first, second), ids(recipient, resource, "&orderAscending=true"));
        assertEquals(List.of(second), ids(recipient, resource, "&from=" + enc(between)));
        assertEquals(List.of(first), ids(recipient, resource, "&to=" + enc(between)));
        assertEquals(
                List.of(second),
                ids(
                        recipient,
                        resource,
                        "&status=Published&from=" + enc(between) + "&to="
                                + enc(Instant.now().plusSeconds(5))));
        assertEquals(List.of(second, first), ids(sender, resource, ""), "without role: as sender too");
        assertEquals(List.of(), ids(sender, resource, "&role=Recipient"));
        assertEquals(400, search(recipient, resource, "&from=yesterday").statusCode());
    }

    @Test
    void anExpiredTransferIsPurgedAndNoLongerDownloaded() throws Exception {
        String resource = "it-expiry-" + UUID.randomUUID();
        c1.send(HttpRequest.newBuilder(c1.base().resolve("/sandbox/altinn/broker/resources/" + resource))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"fileTransferTimeToLive\":\"PT2S\"}"))
                .build());
        String id = multipartId(resource);
        assertEquals(List.of(id), ids(recipient, resource, "&status=Published&recipientStatus=Initialized"));
        Thread.sleep(2500);
        assertEquals(List.of(), ids(recipient, resource, "&status=Published&recipientStatus=Initialized"));
        assertEquals(List.of(id), ids(recipient, resource, "&status=Purged"));
        assertEquals(
                "Purged",
                get(sender, "filetransfer/" + id).path("fileTransferStatus").asText());
        assertEquals(403, download(id).statusCode());
        HttpResponse<String> confirm =
                c1.send(HttpRequest.newBuilder(api.resolve("filetransfer/" + id + "/confirmdownload"))
                        .header("Authorization", "Bearer " + recipient.token())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
        assertEquals(400, confirm.statusCode(), confirm.body());
        assertFalse(confirm.body().isEmpty());
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private String multipartId(String resource) throws Exception {
        byte[] file = UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> uploaded = multipart(resource, file, md5(file));
        assertEquals(200, uploaded.statusCode(), uploaded.body());
        return Corner1.readTree(uploaded.body()).path("fileTransferId").asText();
    }

    private HttpResponse<String> multipart(String resource, byte[] file, String checksum) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, "Metadata.FileName", "sbd.zip");
        field(body, "Metadata.ResourceId", resource);
        field(body, "Metadata.Sender", "0192:" + SENDER);
        field(body, "Metadata.Recipients", "0192:" + RECIPIENT);
        field(body, "Metadata.PropertyList[CaseNo]", "7");
        field(body, "Metadata.Checksum", checksum);
        write(
                body,
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=FileTransfer; filename=sbd.zip\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + BOUNDARY + "--\r\n");
        return c1.send(HttpRequest.newBuilder(api.resolve("filetransfer/upload"))
                .header("Authorization", "Bearer " + sender.token())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private static void field(ByteArrayOutputStream body, String name, String value) {
        write(
                body,
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> ids(BrokerParty party, String resource, String query) {
        HttpResponse<String> found = search(party, resource, query);
        assertEquals(200, found.statusCode(), found.body());
        List<String> ids = new ArrayList<>();
        Corner1.readTree(found.body()).forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private HttpResponse<String> search(BrokerParty party, String resource, String query) {
        return c1.send(HttpRequest.newBuilder(api.resolve("filetransfer?resourceId=" + resource + query))
                .header("Authorization", "Bearer " + party.token())
                .build());
    }

    private JsonNode get(BrokerParty party, String path) {
        return Corner1.readTree(c1.send(HttpRequest.newBuilder(api.resolve(path))
                        .header("Authorization", "Bearer " + party.token())
                        .build())
                .body());
    }

    private HttpResponse<byte[]> download(String id) throws IOException, InterruptedException {
        return c1.http()
                .send(
                        HttpRequest.newBuilder(api.resolve("filetransfer/" + id + "/download"))
                                .header("Authorization", "Bearer " + recipient.token())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String enc(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }

    private static String md5(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    }
}
