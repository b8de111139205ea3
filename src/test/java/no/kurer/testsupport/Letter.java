package no.kurer.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.UnaryOperator;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import no.kurer.sandbox.sender.control.DokumentpakkeFactory;
import no.kurer.sandbox.sender.control.ForretningsmeldingFactory;

/** A complete DPI message as a sender builds it: signed forretningsmelding and CMS-encrypted ASiC-E. */
public record Letter(String meldingsid, String conversationId, String forretningsmelding, byte[] dokumentpakke) {

    public static final String MAILBOX_PROVIDER = "987464291";

    /** A letter from {@code avsender}, signed by {@code signer}, carrying {@code token}; {@code tweak} may change it. */
    public static Letter of(
            Corner1 corner1,
            String avsender,
            EnterpriseIdentity signer,
            String token,
            UnaryOperator<ForretningsmeldingFactory> tweak) {
        byte[] pakke = new DokumentpakkeFactory(avsender, Clock.systemUTC())
                .document("brev.txt", "text/plain", "Hei!".getBytes(StandardCharsets.UTF_8), "Brev")
                .cms(signer, corner1.identity(MAILBOX_PROVIDER).certificate());
        ForretningsmeldingFactory factory = new ForretningsmeldingFactory(avsender, Clock.systemUTC())
                .sender(avsender)
                .receiver(MAILBOX_PROVIDER)
                .maskinportentoken(token)
                .dokumentpakke(pakke);
        factory = tweak.apply(factory);
        return new Letter(factory.meldingsid(), factory.conversationId(), factory.sign(signer), pakke);
    }

    public static Letter of(Corner1 corner1, String avsender, String token) {
        return of(corner1, avsender, corner1.identity(avsender), token, UnaryOperator.identity());
    }
}
