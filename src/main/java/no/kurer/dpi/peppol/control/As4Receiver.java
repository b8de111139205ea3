package no.kurer.dpi.peppol.control;

import com.helger.base.io.iface.IHasInputStream;
import com.helger.collection.commons.CommonsArrayList;
import com.helger.collection.commons.ICommonsList;
import com.helger.http.header.HttpHeaderMap;
import com.helger.mime.IMimeType;
import com.helger.phase4.attachment.IAS4IncomingAttachmentFactory;
import com.helger.phase4.attachment.WSS4JAttachment;
import com.helger.phase4.crypto.AS4CryptoFactoryInMemoryKeyStore;
import com.helger.phase4.ebms3header.Ebms3SignalMessage;
import com.helger.phase4.ebms3header.Ebms3UserMessage;
import com.helger.phase4.error.AS4ErrorList;
import com.helger.phase4.incoming.AS4IncomingMessageMetadata;
import com.helger.phase4.incoming.AS4IncomingProfileSelectorConstant;
import com.helger.phase4.incoming.AS4IncomingReceiverConfiguration;
import com.helger.phase4.incoming.AS4RequestHandler;
import com.helger.phase4.incoming.IAS4IncomingMessageMetadata;
import com.helger.phase4.incoming.IAS4IncomingMessageState;
import com.helger.phase4.incoming.IAS4ResponseAbstraction;
import com.helger.phase4.incoming.crypto.AS4IncomingSecurityConfiguration;
import com.helger.phase4.incoming.spi.AS4MessageProcessorResult;
import com.helger.phase4.incoming.spi.AS4SignalMessageProcessorResult;
import com.helger.phase4.incoming.spi.IAS4IncomingMessageProcessorSPI;
import com.helger.phase4.model.error.EEbmsError;
import com.helger.phase4.model.error.Ebms3ErrorBuilder;
import com.helger.phase4.model.pmode.IPMode;
import com.helger.phase4.model.pmode.resolve.AS4DefaultPModeResolver;
import com.helger.phase4.profile.peppol.AS4PeppolProfileRegistarSPI;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Receives AS4 user messages with phase4 under the Peppol profile: decrypts with {@code credentials}' key, accepts only
 * signatures whose certificate chains to its trusted CAs, hands the SBD to {@code documents}, and answers with a signed
 * AS4 receipt, or with an AS4 error when {@code documents} refuses (then the sender tries again).
 */
public class As4Receiver {

    /** Takes an incoming SBD; throws to refuse it (the message becomes the AS4 error's detail). */
    @FunctionalInterface
    public interface Documents {
        void accept(Element sbd, String as4MessageId);
    }

    /** What to answer over HTTP. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {}

    private final As4Credentials credentials;
    private final Documents documents;

    public As4Receiver(As4Credentials credentials, Documents documents) {
        this.credentials = credentials;
        this.documents = documents;
    }

    public Answer handle(InputStream body, Map<String, List<String>> httpHeaders) {
        Phase4Runtime.ensureStarted();
        HttpHeaderMap headers = new HttpHeaderMap();
        httpHeaders.forEach((name, values) -> values.forEach(value -> headers.addHeader(name, value)));
        Response response = new Response();
        String profile = AS4PeppolProfileRegistarSPI.AS4_PROFILE_ID;
        try (AS4RequestHandler handler = new AS4RequestHandler(AS4IncomingMessageMetadata.createForRequest())) {
            handler.setCryptoFactory(new AS4CryptoFactoryInMemoryKeyStore(
                    credentials.keyStore(), credentials.alias(), credentials.password(), credentials.trustStore()));
            handler.setPModeResolver(new AS4DefaultPModeResolver(profile));
            handler.setIncomingProfileSelector(new AS4IncomingProfileSelectorConstant(profile, true));
            handler.setIncomingAttachmentFactory(IAS4IncomingAttachmentFactory.DEFAULT_INSTANCE);
            handler.setIncomingSecurityConfiguration(AS4IncomingSecurityConfiguration.createDefaultInstance());
            handler.setIncomingReceiverConfiguration(new AS4IncomingReceiverConfiguration());
            handler.setProcessorSupplier(() -> new CommonsArrayList<>(new Processor(documents)));
            handler.handleRequest(body, headers, response);
        } catch (Exception e) {
            return new Answer(
                    400,
                    Map.of("Content-Type", "text/plain"),
                    ("Bad AS4 request: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
        }
        return new Answer(response.status, response.headers, response.body);
    }

    private static final class Response implements IAS4ResponseAbstraction {
        int status = 200;
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body = new byte[0];

        @Override
        public void setContent(byte[] bytes, Charset charset) {
            body = bytes;
        }

        @Override
        public void setContent(HttpHeaderMap headerMap, IHasInputStream content) {
            headerMap.forEachSingleHeader((name, value) -> headers.put(name, value), false);
            try (InputStream in = content.getInputStream();
                    ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                in.transferTo(out);
                body = out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void setMimeType(IMimeType mimeType) {
            headers.put("Content-Type", mimeType.getAsString());
        }

        @Override
        public void setStatus(int statusCode) {
            status = statusCode;
        }
    }

    private static final class Processor implements IAS4IncomingMessageProcessorSPI {
        private final Documents documents;

        Processor(Documents documents) {
            this.documents = documents;
        }

        @Override
        public AS4MessageProcessorResult processAS4UserMessage(
                IAS4IncomingMessageMetadata metadata,
                HttpHeaderMap headers,
                Ebms3UserMessage message,
                IPMode pmode,
                Node payload,
                ICommonsList<WSS4JAttachment> attachments,
                IAS4IncomingMessageState state,
                AS4ErrorList errors) {
            String id = message.getMessageInfo().getMessageId();
            try {
                documents.accept(sbd(payload, attachments), id);
                return AS4MessageProcessorResult.createSuccess();
            } catch (RuntimeException refused) {
                errors.add(new Ebms3ErrorBuilder(EEbmsError.EBMS_OTHER, Locale.US)
                        .refToMessageInError(id)
                        .errorDetail(refused.getMessage() == null ? refused.toString() : refused.getMessage())
                        .build());
                return AS4MessageProcessorResult.createFailure();
            }
        }

        /** Peppol sends the SBD as the (compressed) first attachment; phase4 has already decompressed it. */
        private static Element sbd(Node payload, ICommonsList<WSS4JAttachment> attachments) {
            if (payload instanceof Element element) {
                return element;
            }
            if (attachments == null || attachments.isEmpty()) {
                throw new IllegalArgumentException("the AS4 message carries no SBD");
            }
            try (InputStream in = attachments.get(0).getSourceStream()) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                return factory.newDocumentBuilder().parse(in).getDocumentElement();
            } catch (Exception e) {
                throw new IllegalArgumentException("the AS4 message's payload is not an XML SBD: " + e.getMessage(), e);
            }
        }

        @Override
        public AS4SignalMessageProcessorResult processAS4SignalMessage(
                IAS4IncomingMessageMetadata metadata,
                HttpHeaderMap headers,
                Ebms3SignalMessage signal,
                IPMode pmode,
                IAS4IncomingMessageState state,
                AS4ErrorList errors) {
            return AS4SignalMessageProcessorResult.createSuccess();
        }

        @Override
        public void processAS4ResponseMessage(
                IAS4IncomingMessageMetadata metadata,
                IAS4IncomingMessageState state,
                String responseMessageId,
                byte[] responseBytes,
                boolean responsePayloadIsAvailable,
                AS4ErrorList errors) {}
    }
}
