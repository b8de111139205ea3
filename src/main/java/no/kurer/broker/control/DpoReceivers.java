package no.kurer.broker.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.Sbd;
import no.kurer.problems.Problem;
import no.kurer.serviceregistry.control.ServiceRegistry;
import no.kurer.serviceregistry.control.ServiceRegistryRefused;
import no.kurer.serviceregistry.control.ServiceRegistrySettings;
import no.kurer.serviceregistry.entity.ServiceRecord;
import no.kurer.serviceregistry.entity.ServiceRecords;

/**
 * Who may receive a DPO message, and the certificate its payload is encrypted to. In this order:
 * <ol>
 *   <li>{@code dpo.receiver-certificates} lists the receiver: that certificate, and the service registry is not asked
 *       (the override for closed networks);
 *   <li>{@code serviceregistry.enabled=false}: the file alone, as before the registry (422 when it lacks the receiver);
 *   <li>otherwise the service registry ({@code /identifier/{orgno}/process/{process}} with the SBD's process, through
 *       its cache): the receiver must have a DPO record whose {@code documentTypes} hold the SBD's {@code standard},
 *       and that record's {@code pemCertificate} is the certificate.
 * </ol>
 * Asked at create ({@link #admit}: refusals reach the local system, nothing is stored) and again at send
 * ({@link #forSending}: a failure there is a counted retry of the send).
 */
@ApplicationScoped
public class DpoReceivers {

    /** The registry's records of an organisation for a process; empty when it does not know the organisation. */
    public interface Registry {
        Optional<ServiceRecords> records(String orgno, String process);
    }

    private ReceiverCertificates file;
    private Registry registry;
    private BooleanSupplier registryOn;
    private Clock clock;

    protected DpoReceivers() {
        // for CDI
    }

    @Inject
    public DpoReceivers(ReceiverCertificates file, ServiceRegistry registry, ServiceRegistrySettings settings) {
        this(file, registry::records, settings::enabled, Clock.systemUTC());
    }

    public DpoReceivers(ReceiverCertificates file, Registry registry, BooleanSupplier registryOn, Clock clock) {
        this.file = file;
        this.registry = registry;
        this.registryOn = registryOn;
        this.clock = clock;
    }

    /**
     * At create; @throws DpoReceiverRefused (400), InvalidSbd (400, no process or standard to ask by),
     * NoReceiverCertificate (422, registry off), ServiceRegistryUnreachable (503), ServiceRegistryRefused (502)
     */
    public void admit(Sbd sbd) {
        certificate(sbd.receiver(), sbd.json());
    }

    /** At send; @throws ReceiverLookupFailed with the reason, whatever kept Kurer from the certificate */
    public X509Certificate forSending(DpoMessage message) {
        try {
            return certificate(message.receiver(), message.sbd());
        } catch (Problem failure) {
            throw new ReceiverLookupFailed(failure.detail());
        }
    }

    X509Certificate certificate(String receiver, String sbdJson) {
        Optional<X509Certificate> override = file.override(receiver);
        if (override.isPresent()) {
            return override.get();
        }
        if (!registryOn.getAsBoolean()) {
            return file.require(receiver);
        }
        Addressing addressing = Addressing.of(sbdJson);
        String process = addressing.process();
        String standard = addressing.standard();
        ServiceRecords records =
                registry.records(receiver, process).orElseThrow(() -> DpoReceiverRefused.unknown(receiver));
        ServiceRecord dpo = records.dpo(standard)
                .orElseThrow(() -> DpoReceiverRefused.notDpo(receiver, process, standard, records));
        return certificate(dpo);
    }

    private X509Certificate certificate(ServiceRecord dpo) {
        String what = "The DPO record of " + dpo.organisationNumber() + " for " + dpo.process();
        if (dpo.pemCertificate() == null || dpo.pemCertificate().isBlank()) {
            throw ServiceRegistryRefused.untrusted(what + " has no pemCertificate to encrypt to.");
        }
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(
                            new ByteArrayInputStream(dpo.pemCertificate().getBytes(StandardCharsets.US_ASCII)));
            certificate.checkValidity(Date.from(clock.instant()));
            return certificate;
        } catch (GeneralSecurityException | ClassCastException e) {
            throw ServiceRegistryRefused.untrusted(what + " has a pemCertificate Kurer cannot use: " + e.getMessage());
        }
    }
}
