package no.kurer.dpi.peppol.control;

import com.helger.peppolid.factory.PeppolIdentifierFactory;
import com.helger.phase4.crypto.AS4CryptoFactoryInMemoryKeyStore;
import com.helger.phase4.ebms3header.Ebms3Error;
import com.helger.phase4.messaging.http.HttpRetrySettings;
import com.helger.phase4.peppol.Phase4PeppolSender;
import com.helger.phase4.profile.peppol.Phase4PeppolHttpClientSettings;
import com.helger.phase4.sender.EAS4UserMessageSendResult;
import com.helger.security.certificate.TrustedCAChecker;
import com.helger.security.revocation.ERevocationCheckMode;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import no.kurer.dpi.entity.Melding;
import no.kurer.dpi.forwarding.control.Corner3Refused;
import no.kurer.dpi.forwarding.control.Corner3Unreachable;
import no.kurer.dpi.forwarding.control.ForwardingFailed;
import no.kurer.dpi.forwarding.control.Transport;
import no.kurer.dpi.forwarding.entity.Route;
import no.kurer.dpi.peppol.entity.PeppolIds;
import no.kurer.dpi.peppol.entity.SmpEndpoint;
import org.apache.hc.core5.util.Timeout;

/**
 * PEPPOL AS4 to corner 3 with phase4: the {@link Innbyggerpost} of the message in a Peppol SBD (sender
 * {@code 0192:<avsender>}, receiver {@code 0192:<receiver>}, DPI document type and process, SBDH instance identifier =
 * meldingsid, so corner 3 can recognise a repeat), signed with Kurer's AS4 key and encrypted to corner 3's certificate
 * from the SMP, which must chain to a trusted CA. Only a signed AS4 receipt is acceptance; anything else is a
 * {@link ForwardingFailed}, so the outbox tries again. phase4's own HTTP retries are off: the outbox owns retrying.
 */
public class As4Transport implements Transport {

    private final Supplier<As4Credentials> credentials;
    private final BiFunction<String, String, SmpEndpoint> endpoints;
    private final Duration connectTimeout;
    private final Duration responseTimeout;

    /** @param endpoints receiver orgno and process → the SMP's endpoint (cached by {@link SmpRouting#endpoint}) */
    public As4Transport(
            Supplier<As4Credentials> credentials,
            BiFunction<String, String, SmpEndpoint> endpoints,
            Duration connectTimeout,
            Duration responseTimeout) {
        this.credentials = credentials;
        this.endpoints = endpoints;
        this.connectTimeout = connectTimeout;
        this.responseTimeout = responseTimeout;
    }

    @Override
    public void forward(Melding melding, Route route, Path pakke) {
        As4Credentials own = own();
        SmpEndpoint endpoint = endpoints.apply(melding.receiver(), melding.process());
        String url = endpoint.url().toString();
        Phase4Runtime.ensureStarted();
        var ids = PeppolIdentifierFactory.INSTANCE;
        String process = PeppolIds.process(melding.process());
        Phase4PeppolHttpClientSettings http = new Phase4PeppolHttpClientSettings();
        http.setConnectTimeout(Timeout.of(connectTimeout));
        http.setResponseTimeout(Timeout.of(responseTimeout));
        http.setRetryCount(0);
        List<String> errors = new ArrayList<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        EAS4UserMessageSendResult result;
        try {
            result = Phase4PeppolSender.builder()
                    .httpClientFactory(http)
                    .httpRetrySettings(new HttpRetrySettings().setMaxRetries(0))
                    .cryptoFactory(new AS4CryptoFactoryInMemoryKeyStore(
                            own.keyStore(), own.alias(), own.password(), own.trustStore()))
                    .documentTypeID(ids.createDocumentTypeIdentifier(
                            PeppolIds.DOCUMENT_SCHEME, SmpRouting.documentType(process)))
                    .processID(ids.createProcessIdentifier(PeppolIds.PROCESS_SCHEME, process))
                    .senderParticipantID(ids.createParticipantIdentifier(
                            PeppolIds.PARTICIPANT_SCHEME, PeppolIds.participant(melding.avsender())))
                    .receiverParticipantID(ids.createParticipantIdentifier(
                            PeppolIds.PARTICIPANT_SCHEME, PeppolIds.participant(melding.receiver())))
                    .senderPartyID(own.seatId())
                    .countryC1("NO")
                    .sbdhInstanceIdentifier(melding.meldingsid())
                    .payload(Innbyggerpost.element(melding.forretningsmelding(), pakke))
                    .disableValidation()
                    .receiverEndpointDetails(endpoint.certificate(), url)
                    .peppolAP_CAChecker(new TrustedCAChecker(
                            ERevocationCheckMode.NONE,
                            Duration.ofHours(1),
                            10,
                            own.trustedCas().toArray(X509Certificate[]::new)))
                    .signalMsgConsumer((signal, metadata, state) -> {
                        for (Ebms3Error error : signal.getError()) {
                            errors.add(error.getErrorCode() + " " + error.getShortDescription()
                                    + (error.getErrorDetail() == null ? "" : " (" + error.getErrorDetail() + ")"));
                        }
                    })
                    .sendMessageAndCheckForReceipt(failure::set);
        } catch (RuntimeException e) {
            throw new As4NotPossible(describe(e), e);
        }
        outcome(result, url, errors, failure.get());
    }

    private As4Credentials own() {
        try {
            return credentials.get();
        } catch (ForwardingFailed e) {
            throw e;
        } catch (RuntimeException e) {
            throw new As4NotPossible(e.getMessage(), e);
        }
    }

    static void outcome(EAS4UserMessageSendResult result, String url, List<String> errors, Exception failure) {
        switch (result) {
            case SUCCESS -> {}
            case TRANSPORT_ERROR, TRANSPORT_ERROR_NO_RETRY ->
                throw Corner3Unreachable.as4(url, describe(failure), failure);
            case AS4_ERROR_MESSAGE_RECEIVED ->
                throw Corner3Refused.noAs4Receipt(url, "AS4 error " + String.join("; ", errors));
            case INVALID_PARAMETERS -> throw new As4NotPossible(describe(failure), failure);
            default ->
                throw Corner3Refused.noAs4Receipt(
                        url, result.getID() + (failure == null ? "" : ": " + describe(failure)));
        }
    }

    private static String describe(Throwable e) {
        if (e == null) {
            return "no further detail";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return root == e ? message : message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
