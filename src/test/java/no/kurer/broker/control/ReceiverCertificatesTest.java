package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import no.kurer.certificates.control.CertificateOrgno;
import no.kurer.sandbox.ca.control.Pem;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiverCertificatesTest {

    @TempDir
    Path dir;

    @Test
    void filesEachCertificateUnderItsOrganisationNumberAndSkipsCaCertificates() throws Exception {
        var ca = new SandboxCertificateAuthority(dir.resolve("ca"));
        var receiver = ca.issue("910753614", "Mottaker");
        Path pem = Files.writeString(
                dir.resolve("receivers.pem"),
                Pem.certificate(ca.certificate()) + Pem.certificate(receiver.certificate()));
        var cut = new ReceiverCertificates(pem, CertificateOrgno::of, Clock.systemUTC());

        assertEquals(receiver.certificate(), cut.require("910753614"));
        NoReceiverCertificate e = assertThrows(NoReceiverCertificate.class, () -> cut.require("974760673"));
        assertEquals(422, e.status());
        assertTrue(e.detail().contains("974760673") && e.detail().contains("dpo.receiver-certificates"), e.detail());
    }

    @Test
    void readsTheFileAgainWhenItChangesAndPrefersTheCertificateThatLastsLongest() throws Exception {
        var ca = new SandboxCertificateAuthority(dir.resolve("ca"));
        var older = ca.issue("910753614", "Mottaker");
        Path pem = Files.writeString(dir.resolve("receivers.pem"), Pem.certificate(older.certificate()));
        var cut = new ReceiverCertificates(pem, CertificateOrgno::of, Clock.systemUTC());
        assertTrue(cut.find("974760673").isEmpty());

        Thread.sleep(5);
        var later = new SandboxCertificateAuthority(
                        dir.resolve("ca"), Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1)))
                .issue("910753614", "Mottaker");
        var other = ca.issue("974760673", "Annen");
        Files.writeString(
                pem,
                Pem.certificate(older.certificate())
                        + Pem.certificate(later.certificate())
                        + Pem.certificate(other.certificate()));

        assertEquals(other.certificate(), cut.require("974760673"));
        assertEquals(later.certificate(), cut.require("910753614"));
    }

    @Test
    void aMissingFileKnowsNoReceiver() {
        var cut = new ReceiverCertificates(dir.resolve("none.pem"), CertificateOrgno::of, Clock.systemUTC());
        assertThrows(NoReceiverCertificate.class, () -> cut.require("910753614"));
    }
}
