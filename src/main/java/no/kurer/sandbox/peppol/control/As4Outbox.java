package no.kurer.sandbox.peppol.control;

import com.helger.mime.EMimeContentType;
import com.helger.peppolid.factory.PeppolIdentifierFactory;
import com.helger.phase4.crypto.AS4CryptoFactoryInMemoryKeyStore;
import com.helger.phase4.messaging.http.HttpRetrySettings;
import com.helger.phase4.peppol.Phase4PeppolSender;
import com.helger.phase4.sender.EAS4UserMessageSendResult;
import com.helger.security.certificate.TrustedCAChecker;
import com.helger.security.revocation.ERevocationCheckMode;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;

/**
 * Sends a signed DPI receipt (compact JWS) to an access point over AS4 with phase4, as Peppol
 * {@code <TextContent mimeType="application/jwt">} in an SBD. Returns phase4's verdict; only SUCCESS has a receipt.
 */
public class As4Outbox {

    private final KeyStore keys;
    private final KeyStore trust;
    private final X509Certificate ca;
    private final String seatId;

    public As4Outbox(KeyStore keys, KeyStore trust, X509Certificate ca, String seatId) {
        this.keys = keys;
        this.trust = trust;
        this.ca = ca;
        this.seatId = seatId;
    }

    public EAS4UserMessageSendResult send(
            String senderOrgno,
            String receiverOrgno,
            String documentType,
            String process,
            String jws,
            String url,
            X509Certificate receiverCertificate) {
        Phase4Start.ensureStarted();
        var ids = PeppolIdentifierFactory.INSTANCE;
        try {
            return Phase4PeppolSender.builder()
                    .httpRetrySettings(new HttpRetrySettings().setMaxRetries(0))
                    .cryptoFactory(new AS4CryptoFactoryInMemoryKeyStore(
                            keys, As4Identities.ALIAS, As4Identities.PASSWORD.toCharArray(), trust))
                    .documentTypeID(ids.createDocumentTypeIdentifier("busdox-docid-qns", documentType))
                    .processID(ids.createProcessIdentifier("cenbii-procid-ubl", process))
                    .senderParticipantID(ids.createParticipantIdentifier("iso6523-actorid-upis", "0192:" + senderOrgno))
                    .receiverParticipantID(
                            ids.createParticipantIdentifier("iso6523-actorid-upis", "0192:" + receiverOrgno))
                    .senderPartyID(seatId)
                    .countryC1("NO")
                    .payloadTextContent(jws, EMimeContentType.APPLICATION.buildMimeType("jwt"))
                    .disableValidation()
                    .receiverEndpointDetails(receiverCertificate, url)
                    .peppolAP_CAChecker(new TrustedCAChecker(ERevocationCheckMode.NONE, Duration.ofHours(1), 10, ca))
                    .sendMessageAndCheckForReceipt();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot send the receipt over AS4: " + e.getMessage(), e);
        }
    }
}
