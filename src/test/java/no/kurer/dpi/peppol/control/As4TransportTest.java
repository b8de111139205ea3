package no.kurer.dpi.peppol.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.forwarding.control.Corner3Refused;
import no.kurer.dpi.forwarding.control.Corner3Unreachable;
import no.kurer.dpi.forwarding.entity.Route;
import no.kurer.dpi.peppol.entity.PeppolIds;
import no.kurer.dpi.peppol.entity.SmpEndpoint;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** Kurer's AS4 transport against a corner 3 built on {@link As4Receiver}, in one JVM over loopback HTTP. */
class As4TransportTest {

    @TempDir
    Path dir;

    SandboxCertificateAuthority ca;
    As4Credentials kurer;
    As4Credentials corner3;
    HttpServer server;
    final List<String> received = new CopyOnWriteArrayList<>();
    volatile RuntimeException refuseWith;

    @BeforeEach
    void start() throws Exception {
        ca = new SandboxCertificateAuthority(dir.resolve("ca"));
        kurer = credentials(ca.issue("999888771", "PNO000001"), ca);
        corner3 = credentials(ca.issue("924918004", "PNO000003"), ca);
        As4Receiver receiver = new As4Receiver(corner3, (sbd, id) -> {
            if (refuseWith != null) {
                throw refuseWith;
            }
            Element innbyggerpost = (Element) sbd.getElementsByTagNameNS(Innbyggerpost.NS, "Innbyggerpost")
                    .item(0);
            received.add(innbyggerpost
                            .getElementsByTagNameNS(Innbyggerpost.NS, "SignertForretningsmelding")
                            .item(0)
                            .getTextContent()
                    + "|"
                    + innbyggerpost
                            .getElementsByTagNameNS(Innbyggerpost.NS, "Dokumentpakke")
                            .item(0)
                            .getTextContent());
        });
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/as4", exchange -> {
            As4Receiver.Answer answer = receiver.handle(exchange.getRequestBody(), exchange.getRequestHeaders());
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                exchange.getResponseBody().write(answer.body());
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    static As4Credentials credentials(EnterpriseIdentity identity, SandboxCertificateAuthority trusted)
            throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("as4", identity.privateKey(), "pw".toCharArray(), identity.chainArray());
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", trusted.certificate());
        return new As4Credentials(keys, "as4", "pw".toCharArray(), trust, List.of(trusted.certificate()));
    }

    As4Transport cut(As4Credentials own, URI endpoint) {
        return new As4Transport(
                () -> own,
                (receiver, process) -> new SmpEndpoint(endpoint, corner3.certificate()),
                Duration.ofSeconds(5),
                Duration.ofSeconds(30));
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/as4");
    }

    Melding melding() {
        return new Melding(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "digital",
                PeppolIds.DIGITAL_PROCESS,
                "991825827",
                null,
                null,
                "987464291",
                "fp",
                "header.payload.signature");
    }

    Path pakke() throws Exception {
        Path file = dir.resolve("pakke.asice");
        Files.write(file, "PK\u0003\u0004 a small package".getBytes());
        return file;
    }

    @Test
    void corner3ReceivesTheInnbyggerpostAndTheSignedReceiptIsAcceptance() throws Exception {
        Melding melding = melding();
        cut(kurer, endpoint()).forward(melding, new Route("987464291", endpoint()), pakke());

        assertEquals(
                List.of("header.payload.signature|" + Base64.getEncoder().encodeToString(Files.readAllBytes(pakke()))),
                received);
    }

    @Test
    void corner3RefusingIsAnAs4ErrorNamingWhy() throws Exception {
        refuseWith = new IllegalStateException("mailbox full");
        Corner3Refused refused = assertThrows(
                Corner3Refused.class,
                () -> cut(kurer, endpoint()).forward(melding(), new Route("987464291", endpoint()), pakke()));
        assertTrue(refused.getMessage().contains("mailbox full"), refused.getMessage());
    }

    @Test
    void aSignatureFromOutsideTheTrustedCasIsRefusedAndNothingIsDelivered() throws Exception {
        SandboxCertificateAuthority rogue = new SandboxCertificateAuthority(dir.resolve("rogue"));
        As4Credentials impostor = credentials(rogue.issue("999888771", "PNO000001"), ca);
        assertThrows(
                Corner3Refused.class,
                () -> cut(impostor, endpoint()).forward(melding(), new Route("987464291", endpoint()), pakke()));
        assertEquals(List.of(), received);
    }

    @Test
    void aCorner3ThatIsDownIsUnreachable() throws Exception {
        URI down = URI.create("http://127.0.0.1:9/as4");
        Corner3Unreachable unreachable = assertThrows(
                Corner3Unreachable.class,
                () -> cut(kurer, down).forward(melding(), new Route("987464291", down), pakke()));
        assertTrue(unreachable.getMessage().contains(down.toString()), unreachable.getMessage());
    }
}
