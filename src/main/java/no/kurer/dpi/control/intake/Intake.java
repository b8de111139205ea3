package no.kurer.dpi.control.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.function.Consumer;
import no.kurer.dpi.control.IntakeSettings;
import no.kurer.dpi.control.Meldinger;
import no.kurer.dpi.control.MeldingsidUsed;
import no.kurer.dpi.control.UnknownMelding;
import no.kurer.dpi.control.forretningsmelding.Forretningsmeldinger;
import no.kurer.dpi.control.store.Dokumentpakker;
import no.kurer.dpi.entity.Forretningsmelding;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.entity.MeldingSummary;
import no.kurer.maskinporten.control.MaskinportenAuthentication;
import no.kurer.maskinporten.entity.MaskinportenToken;
import no.kurer.metrics.control.Meters;

/**
 * Accepts Digital Post from senders (seed 003, "Sende post"): authenticates the caller, verifies the forretningsmelding,
 * ties it to the caller, and stores message and dokumentpakke durably before answering.
 */
@ApplicationScoped
public class Intake {

    @Inject
    MaskinportenAuthentication authentication;

    @Inject
    IntakeSettings settings;

    @Inject
    Forretningsmeldinger forretningsmeldinger;

    @Inject
    Meldinger meldinger;

    @Inject
    Dokumentpakker dokumentpakker;

    private final SenderRules rules = new SenderRules();

    /** The caller, as a sender of Digital Post: a valid token for this C2 with the DPI scope. */
    public MaskinportenToken authenticate(String authorization) {
        return authentication.authenticate(
                authorization, settings.audience(), settings.requireAudience(), settings.scope());
    }

    /** {@code POST /dpi/sendmelding/{meldingsid}}: step one of the two-step send. */
    public Melding acceptForretningsmelding(MaskinportenToken token, String meldingsid, String jws) {
        Forretningsmelding melding = forretningsmeldinger.read(jws);
        rules.check(melding, token, meldingsid);
        Melding stored = toEntity(melding, token);
        meldinger.create(stored);
        return stored;
    }

    /** {@code PUT /dpi/sendmelding/{meldingsid}}: step two, the package streamed to the file store and verified. */
    public MeldingSummary acceptDokumentpakke(
            MaskinportenToken token, String meldingsid, String mediaType, Long contentLength, InputStream body) {
        MeldingSummary melding = meldinger.summary(meldingsid).orElseThrow(() -> new UnknownMelding(meldingsid));
        if (!melding.sentBy(
                token.consumer().orgno(),
                token.supplierIfAny().map(o -> o.orgno()).orElse(null))) {
            throw new NotTheSender(
                    "Only the sender that posted message '" + meldingsid + "' may upload its dokumentpakke.");
        }
        if (!melding.awaitsPackage()) {
            throw new PackageAlreadyReceived(meldingsid);
        }
        Dokumentpakker.Received pakke =
                dokumentpakker.receive(meldingsid, melding.fingerprint(), mediaType, contentLength, body);
        if (!meldinger.attachPackage(meldingsid, pakke.file(), pakke.mediaType(), pakke.size())) {
            dokumentpakker.discard(pakke);
            throw new PackageAlreadyReceived(meldingsid);
        }
        Meters.accepted();
        return melding.packageAccepted();
    }

    /** {@code POST /dpi/send/{kanal}/{pk-orgno}/{conversationid}}: both steps in one multipart call, all or nothing. */
    public Melding acceptWhole(
            MaskinportenToken token,
            String kanal,
            String pkOrgno,
            String conversationId,
            String jws,
            String mediaType,
            InputStream pakkeBody) {
        return acceptComplete(
                token,
                jws,
                mediaType,
                pakkeBody,
                melding -> rules.checkPath(melding, kanal, pkOrgno, conversationId),
                null);
    }

    /**
     * {@code POST /dpi/messages/out} (Digdir's production C2 API): the one-call send without a path to agree with,
     * stored with the channel ({@code kanal}, normalized; {@code null} for none) it was sent with.
     */
    public Melding acceptWhole(
            MaskinportenToken token, String jws, String mediaType, InputStream pakkeBody, String kanal) {
        return acceptComplete(token, jws, mediaType, pakkeBody, melding -> {}, kanal);
    }

    /** Both one-call forms: every check first, then the package streamed, then message and package in one commit. */
    private Melding acceptComplete(
            MaskinportenToken token,
            String jws,
            String mediaType,
            InputStream pakkeBody,
            Consumer<Forretningsmelding> alsoCheck,
            String kanal) {
        Forretningsmelding melding = forretningsmeldinger.read(jws);
        rules.check(melding, token, melding.meldingsid());
        alsoCheck.accept(melding);
        if (meldinger.summary(melding.meldingsid()).isPresent()) {
            throw new MeldingsidUsed(melding.meldingsid());
        }
        Melding stored = toEntity(melding, token).withKanal(kanal);
        Dokumentpakker.Received pakke =
                dokumentpakker.receive(melding.meldingsid(), stored.fingerprint(), mediaType, null, pakkeBody);
        try {
            meldinger.createComplete(stored, pakke.file(), pakke.mediaType(), pakke.size());
        } catch (RuntimeException refused) {
            dokumentpakker.discard(pakke);
            throw refused;
        }
        Meters.accepted();
        return stored;
    }

    private static Melding toEntity(Forretningsmelding melding, MaskinportenToken token) {
        return new Melding(
                melding.meldingsid(),
                melding.conversationId(),
                melding.type().wireName(),
                melding.processIdentifier(),
                token.consumer().orgno(),
                token.supplierIfAny().map(o -> o.orgno()).orElse(null),
                melding.avsenderidentifikator(),
                orgno(melding.receiver()),
                melding.digestValue(),
                melding.jws());
    }

    private static String orgno(String iso6523) {
        int colon = iso6523.indexOf(':');
        return colon < 0 ? iso6523 : iso6523.substring(colon + 1);
    }
}
