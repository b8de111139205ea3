package no.kurer.sandbox.c3.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.kurer.sandbox.c3.entity.ForwardedMelding;
import no.kurer.sandbox.c3.entity.ReceivedMelding;
import no.kurer.sandbox.c3.entity.ReceivedMelding.Receipt;

/**
 * Corner 3's side of the reused C1–C2 REST interface: {@link #post} takes the forretningsmelding,
 * {@link #put} streams the package through SHA-256 (nothing is kept) and compares it with
 * {@code dokumentpakkefingeravtrykk}. Every call waits the fault mode's delay and needs a valid token;
 * a new message may be refused by the fault mode. An accepted package is handed to {@code onAccepted}.
 */
public class Receiver {

    private static final Logger LOG = Logger.getLogger(Receiver.class.getName());

    private final BearerTokenVerifier tokens;
    private final MeldingVerifier meldinger;
    private final Faults faults;
    private final Clock clock;
    private final Consumer<ForwardedMelding> onAccepted;
    private final Map<String, Reception> receptions = new ConcurrentHashMap<>();

    public Receiver(
            BearerTokenVerifier tokens,
            MeldingVerifier meldinger,
            Faults faults,
            Clock clock,
            Consumer<ForwardedMelding> onAccepted) {
        this.tokens = tokens;
        this.meldinger = meldinger;
        this.faults = faults;
        this.clock = clock;
        this.onAccepted = onAccepted;
    }

    public ReceivedMelding post(String authorization, String meldingsid, String forretningsmelding) {
        faults.pause();
        tokens.verify(authorization);
        Reception known = receptions.get(meldingsid);
        if (known != null) {
            known.posted();
            throw new AlreadyReceived("The meldingsid " + meldingsid + " was received before.");
        }
        ForwardedMelding melding = meldinger.verify(meldingsid, forretningsmelding);
        faults.refuseIfAsked();
        Reception fresh = new Reception(melding, clock.instant());
        Reception raced = receptions.putIfAbsent(meldingsid, fresh);
        if (raced != null) {
            raced.posted();
            throw new AlreadyReceived("The meldingsid " + meldingsid + " was received before.");
        }
        return fresh.snapshot();
    }

    /** Reads the whole stream before answering, so the client always gets to read the answer. */
    public ReceivedMelding put(String authorization, String meldingsid, InputStream dokumentpakke) {
        faults.pause();
        Digested digested = digest(dokumentpakke);
        tokens.verify(authorization);
        Reception reception = receptions.get(meldingsid);
        if (reception == null) {
            throw new UnknownMelding(meldingsid);
        }
        reception.put();
        if (reception.hasPackage()) {
            throw new AlreadyReceived("The package of " + meldingsid + " was received before.");
        }
        if (!digested.sha256().equals(reception.melding().digestValue())) {
            throw new InvalidMelding(
                    "The package's SHA-256 " + digested.sha256() + " is not the dokumentpakkefingeravtrykk "
                            + reception.melding().digestValue() + ".");
        }
        if (!reception.accept(digested.bytes(), clock.instant())) {
            throw new AlreadyReceived("The package of " + meldingsid + " was received before.");
        }
        try {
            onAccepted.accept(reception.melding());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the package of " + meldingsid + " is accepted, but its receipts cannot be sent", e);
        }
        return reception.snapshot();
    }

    /** Every meldingsid received, oldest first. */
    public List<ReceivedMelding> received() {
        return receptions.values().stream()
                .map(Reception::snapshot)
                .sorted(Comparator.comparing(ReceivedMelding::received))
                .toList();
    }

    /** Notes a receipt delivery (or its last failed try) on the message it answers. */
    public void receipt(String meldingsid, Receipt receipt) {
        Reception reception = receptions.get(meldingsid);
        if (reception != null) {
            reception.receipt(receipt);
        }
    }

    private static Digested digest(InputStream in) {
        try (in) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha256.update(buffer, 0, n);
                total += n;
            }
            return new Digested(total, Base64.getEncoder().encodeToString(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the document package", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Digested(long bytes, String sha256) {}
}
