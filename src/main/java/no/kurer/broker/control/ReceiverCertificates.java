package no.kurer.broker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.function.Supplier;
import no.kurer.certificates.control.CertificateOrgno;
import no.kurer.configuration.MissingConfiguration;

/**
 * The receivers' enterprise certificates, which DPO payloads are encrypted to: a PEM file
 * ({@code dpo.receiver-certificates}) of certificates, each filed under the organisation number in its subject
 * ({@code serialNumber}, or {@code organizationIdentifier} {@code NTRNO-…}); certificates without one (CA certificates)
 * are ignored. Where an organisation has several, the one valid now that expires last is used. Digdir's integration
 * point takes the same certificate from the service registry; here an administrator (or the sandbox CA) writes the
 * file. Re-read whenever the key names another file, or the file's modification time or size changes.
 */
@ApplicationScoped
public class ReceiverCertificates {

    private Supplier<Path> file;
    private Function<X509Certificate, String> orgno;
    private Clock clock;
    private volatile Loaded loaded = new Loaded(null, Map.of());

    protected ReceiverCertificates() {
        // for CDI
    }

    /** The file {@code dpo.receiver-certificates} names, read when it is used ({@link MissingConfiguration} while unset). */
    @Inject
    public ReceiverCertificates(DpoConfiguration config) {
        this(config::receiverCertificates, CertificateOrgno::of, Clock.systemUTC());
    }

    /** @param orgno the organisation number of an enterprise certificate; throws for other certificates */
    public ReceiverCertificates(Path file, Function<X509Certificate, String> orgno, Clock clock) {
        this(() -> file, orgno, clock);
    }

    private ReceiverCertificates(Supplier<Path> file, Function<X509Certificate, String> orgno, Clock clock) {
        this.file = file;
        this.orgno = orgno;
        this.clock = clock;
    }

    public Optional<X509Certificate> find(String organisation) {
        return Optional.ofNullable(current(file.get()).get(organisation));
    }

    /**
     * The file's certificate for the organisation, when {@code dpo.receiver-certificates} is set and lists it: the
     * override of the service registry (closed networks).
     */
    public Optional<X509Certificate> override(String organisation) {
        try {
            return find(organisation);
        } catch (MissingConfiguration unset) {
            return Optional.empty();
        }
    }

    /** @throws NoReceiverCertificate when the file has no usable certificate for the organisation */
    public X509Certificate require(String organisation) {
        Path pem = file.get();
        return Optional.ofNullable(current(pem).get(organisation))
                .orElseThrow(() -> new NoReceiverCertificate("No enterprise certificate for organisation "
                        + organisation + " is known ("
                        + DpoConfiguration.RECEIVER_CERTIFICATES.name() + " = " + pem + "), so Kurer cannot encrypt "
                        + "a DPO payload to it. Add the organisation's certificate to that file."));
    }

    private Map<String, X509Certificate> current(Path pem) {
        Version version;
        try {
            version = new Version(pem, Files.getLastModifiedTime(pem), Files.size(pem));
        } catch (IOException e) {
            return Map.of();
        }
        Loaded now = loaded;
        if (!version.equals(now.version())) {
            now = new Loaded(version, read(pem));
            loaded = now;
        }
        return now.byOrgno();
    }

    private Map<String, X509Certificate> read(Path pem) {
        Date now = Date.from(clock.instant());
        Map<String, X509Certificate> byOrgno = new HashMap<>();
        try {
            for (var certificate : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(pem)))) {
                X509Certificate x509 = (X509Certificate) certificate;
                String organisation;
                try {
                    organisation = orgno.apply(x509);
                    x509.checkValidity(now);
                } catch (RuntimeException | GeneralSecurityException notUsable) {
                    continue;
                }
                byOrgno.merge(
                        organisation,
                        x509,
                        (a, b) -> Comparator.comparing(X509Certificate::getNotAfter)
                                                .compare(a, b)
                                        >= 0
                                ? a
                                : b);
            }
        } catch (IOException | GeneralSecurityException e) {
            return Map.of();
        }
        return Map.copyOf(byOrgno);
    }

    private record Version(Path file, FileTime modified, long size) {}

    private record Loaded(Version version, Map<String, X509Certificate> byOrgno) {}
}
