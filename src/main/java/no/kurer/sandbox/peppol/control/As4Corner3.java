package no.kurer.sandbox.peppol.control;

import com.helger.phase4.sender.EAS4UserMessageSendResult;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import no.kurer.sandbox.c3.control.Faults;
import no.kurer.sandbox.c3.control.KvitteringFactory;
import no.kurer.sandbox.c3.control.MeldingVerifier;
import no.kurer.sandbox.c3.entity.ForwardedMelding;
import no.kurer.sandbox.c3.entity.Kvitteringstype;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The sandbox corner 3 over AS4: takes the {@code Innbyggerpost} of an SBD (the forretningsmelding must verify, the
 * package must match {@code dokumentpakkefingeravtrykk}), and, after {@code delay}, sends Kurer a mottakskvittering
 * and a leveringskvittering over AS4, signed by the receiving mailbox provider. A meldingsid seen before is accepted
 * again without new receipts. The fault mode may refuse new messages (an AS4 error for Kurer).
 */
public class As4Corner3 {

    static final String SBDH = "http://www.unece.org/cefact/namespaces/StandardBusinessDocumentHeader";
    static final String INNBYGGERPOST = "http://digdir.no/dpi/innbyggerpost";
    static final String DOCUMENT_PREFIX = SandboxSmp.DOCUMENT_PREFIX;
    static final List<Duration> RETRIES =
            List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    private static final Logger LOG = Logger.getLogger(As4Corner3.class.getName());

    /** Kurer's access point, where receipts go. */
    public record Kurer(String url, X509Certificate certificate) {}

    private final Function<String, EnterpriseIdentity> providers;
    private final As4Outbox outbox;
    private final Kurer kurer;
    private final Faults faults;
    private final ScheduledExecutorService scheduler;
    private final Duration delay;
    private final Clock clock;
    private final MeldingVerifier verifier = new MeldingVerifier();
    private final Map<String, List<String>> received = new ConcurrentHashMap<>();

    public As4Corner3(
            Function<String, EnterpriseIdentity> providers,
            As4Outbox outbox,
            Kurer kurer,
            Faults faults,
            ScheduledExecutorService scheduler,
            Duration delay,
            Clock clock) {
        this.providers = providers;
        this.outbox = outbox;
        this.kurer = kurer;
        this.faults = faults;
        this.scheduler = scheduler;
        this.delay = delay;
        this.clock = clock;
    }

    public void receive(Element sbd) {
        String meldingsid = text(sbd, SBDH, "InstanceIdentifier");
        String receiver = text(sbd, SBDH, "Receiver").replaceAll("\\s+", "");
        String provider = receiver.substring(receiver.lastIndexOf(':') + 1);
        ForwardedMelding melding = verifier.verify(meldingsid, text(sbd, INNBYGGERPOST, "SignertForretningsmelding"));
        byte[] pakke = Base64.getMimeDecoder().decode(text(sbd, INNBYGGERPOST, "Dokumentpakke"));
        if (!sha256(pakke).equals(melding.digestValue())) {
            throw new IllegalArgumentException(
                    "The package's SHA-256 is not the dokumentpakkefingeravtrykk " + melding.digestValue());
        }
        if (received.containsKey(meldingsid)) {
            return;
        }
        faults.refuseIfAsked();
        if (received.putIfAbsent(meldingsid, new CopyOnWriteArrayList<>()) != null) {
            return;
        }
        EnterpriseIdentity signer = providers.apply(provider);
        scheduler.schedule(
                () -> send(melding, signer, Kvitteringstype.MOTTAKSKVITTERING, 0),
                delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** meldingsid → what happened to its receipts, e.g. {@code mottakskvittering:success}. */
    public Map<String, List<String>> received() {
        return Map.copyOf(received);
    }

    private void send(ForwardedMelding melding, EnterpriseIdentity signer, Kvitteringstype type, int attempt) {
        KvitteringFactory kvittering = KvitteringFactory.answering(melding, type, signer.orgno(), clock);
        EAS4UserMessageSendResult result;
        try {
            result = outbox.send(
                    signer.orgno(),
                    melding.avsender(),
                    DOCUMENT_PREFIX + type.wireName() + "::1.0",
                    melding.process(),
                    kvittering.sign(signer),
                    kurer.url(),
                    kurer.certificate());
        } catch (RuntimeException e) {
            LOG.warning(() -> "AS4 receipt for " + melding.meldingsid() + " failed: " + e.getMessage());
            result = EAS4UserMessageSendResult.TRANSPORT_ERROR;
        }
        received.get(melding.meldingsid()).add(type.wireName() + ":" + result.getID());
        if (result.isSuccess()) {
            if (type == Kvitteringstype.MOTTAKSKVITTERING) {
                send(melding, signer, Kvitteringstype.LEVERINGSKVITTERING, 0);
            }
        } else if (attempt < RETRIES.size()) {
            scheduler.schedule(
                    () -> send(melding, signer, type, attempt + 1),
                    RETRIES.get(attempt).toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private static String text(Element parent, String namespace, String name) {
        NodeList found = parent.getElementsByTagNameNS(namespace, name);
        if (found.getLength() == 0) {
            throw new IllegalArgumentException("The SBD has no " + name);
        }
        return found.item(0).getTextContent().strip();
    }

    private static String sha256(byte[] content) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
