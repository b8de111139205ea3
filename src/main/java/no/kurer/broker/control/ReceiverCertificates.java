package no.kurer.broker.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The receivers' enterprise certificates, which DPO payloads are encrypted to: a PEM file
 * ({@code dpo.receiver-certificates}) of certificates, each filed under the organisation number in its subject
 * ({@code serialNumber}, or {@code organizationIdentifier} {@code NTRNO-…}); certificates without one (CA certificates)
 * are ignored. Where an organisation has several, the one valid now that expires last is used. Digdir's integration
 * point takes the same certificate from the service registry; here an administrator (or the sandbox CA) writes the
 * file. Re-read whenever its modification time or size changes.
 */
public class ReceiverCertificates {

    public static final String KEY = "dpo.receiver-certificates";

    private final Path file;
    private final Function<X509Certificate, String> orgno;
    private final Clock clock;
    private volatile Loaded loaded = new Loaded(null, Map.of());

    /** @param orgno the organisation number of an enterprise certificate; throws for other certificates */
    public ReceiverCertificates(Path file, Function<X509Certificate, String> orgno, Clock clock) {
        this.file = file;
        this.orgno = orgno;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    public Optional<X509Certificate> find(String organisation) {
        return Optional.ofNullable(current().get(organisation));
    }

    /** @throws NoReceiverCertificate when the file has no usable certificate for the organisation */
    public X509Certificate require(String organisation) {
        return find(organisation).orElseThrow(() -> new NoReceiverCertificate("No enterprise certificate for "
                + "organisation " + organisation + " is known (" + KEY + " = " + file + "), so Kurer cannot encrypt "
                + "a DPO payload to it. Add the organisation's certificate to that file."));
    }

    private Map<String, X509Certificate> current() {
        Version version;
        try {
            version = new Version(Files.getLastModifiedTime(file), Files.size(file));
        } catch (IOException e) {
            return Map.of();
        }
        Loaded now = loaded;
        if (!version.equals(now.version())) {
            now = new Loaded(version, read());
            loaded = now;
        }
        return now.byOrgno();
    }

    private Map<String, X509Certificate> read() {
        Date now = Date.from(clock.instant());
        Map<String, X509Certificate> byOrgno = new HashMap<>();
        try {
            for (var certificate : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(file)))) {
                X509Certificate x509 = (X509Certificate) certificate;
                String organisation;
                try {
                    organisation = orgno.apply(x509);
                    x509.checkValidity(now);
                } catch (RuntimeException | GeneralSecurityException notUsable) {
                    continue;
                }
                byOrgno.merge(organisation, x509, (a, b) -> Comparator.comparing(X509Certificate::getNotAfter)
                        .compare(a, b) >= 0 ? a : b);
            }
        } catch (IOException | GeneralSecurityException e) {
            return Map.of();
        }
        return Map.copyOf(byOrgno);
    }

    private record Version(FileTime modified, long size) {
    }

    private record Loaded(Version version, Map<String, X509Certificate> byOrgno) {
    }
}
