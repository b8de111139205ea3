package no.kurer.sandbox.peppol.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.kurer.sandbox.boundary.Sandbox;
import no.kurer.sandbox.c3.boundary.Corner3;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import no.kurer.sandbox.peppol.control.As4Corner3;
import no.kurer.sandbox.peppol.control.As4Identities;
import no.kurer.sandbox.peppol.control.As4Outbox;
import no.kurer.sandbox.peppol.control.SandboxSmp;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox's PEPPOL parts. At start (sandbox on) the AS4 certificates are issued and Kurer's is written where the
 * {@code %sandbox.} profile points {@code dpi.as4.keystore.path}. The SMP knows the sandbox mailbox providers
 * {@value Sandbox#MAILBOX_ORGNO} and {@value #AS4_MAILBOX_ORGNO} at {@code /sandbox/as4}, and {@value #DOWN_ORGNO}
 * at an address where nothing listens (a corner 3 that is down).
 */
@ApplicationScoped
public class SandboxPeppol {

    /** A second sandbox mailbox provider, which the {@code %sandbox.} profile reaches over AS4. */
    public static final String AS4_MAILBOX_ORGNO = "910076000";
    /** A receiver whose corner 3, by the sandbox SMP, is down. */
    public static final String DOWN_ORGNO = "910076019";

    private static final Logger LOG = Logger.getLogger(SandboxPeppol.class.getName());

    @Inject
    Sandbox sandbox;

    @Inject
    Corner3 corner3;

    @Inject
    @ConfigProperty(name = "sandbox.dir", defaultValue = "./data/sandbox")
    String dir;

    @Inject
    @ConfigProperty(name = "sandbox.c3.orgno", defaultValue = "924918004")
    String corner3Orgno;

    @Inject
    @ConfigProperty(name = "sandbox.operator-orgno", defaultValue = Sandbox.OPERATOR_ORGNO)
    String operatorOrgno;

    @Inject
    @ConfigProperty(name = "sandbox.c3.receipt-delay-ms", defaultValue = "2000")
    long receiptDelayMillis;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private As4Identities identities;
    private SandboxSmp smp;
    private As4Corner3 as4Corner3;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (sandbox.enabled()) {
            try {
                identities();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cannot issue the sandbox AS4 certificates", e);
            }
        }
    }

    public synchronized As4Identities identities() {
        if (identities == null) {
            identities = As4Identities.issue(sandbox.ca(), operatorOrgno, corner3Orgno, Path.of(dir));
        }
        return identities;
    }

    public synchronized SandboxSmp smp() {
        if (smp == null) {
            var ap = new SandboxSmp.AccessPoint(
                    sandbox.baseUrl() + "/sandbox/as4", identities().corner3().certificate());
            var down = new SandboxSmp.AccessPoint(
                    "http://127.0.0.1:9/as4", identities().corner3().certificate());
            smp = new SandboxSmp(
                    Map.of(Sandbox.MAILBOX_ORGNO, ap, AS4_MAILBOX_ORGNO, ap, DOWN_ORGNO, down),
                    identities().smp());
        }
        return smp;
    }

    public synchronized As4Corner3 corner3() {
        if (as4Corner3 == null) {
            As4Identities ids = identities();
            var outbox = new As4Outbox(
                    As4Identities.keyStore(ids.corner3()),
                    As4Identities.trustStore(sandbox.ca()),
                    sandbox.ca().certificate(),
                    "PNO000003");
            as4Corner3 = new As4Corner3(
                    this::provider,
                    outbox,
                    new As4Corner3.Kurer(sandbox.baseUrl() + "/as4", ids.kurer().certificate()),
                    corner3.faults(),
                    scheduler,
                    Duration.ofMillis(receiptDelayMillis),
                    Clock.systemUTC());
        }
        return as4Corner3;
    }

    private EnterpriseIdentity provider(String orgno) {
        return Sandbox.MAILBOX_ORGNO.equals(orgno)
                ? sandbox.mailbox()
                : sandbox.ca().persistentIdentity(orgno, "Sandbox Postkasse " + orgno);
    }
}
