package no.kurer.sandbox.peppol.control;

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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.Collections;
import java.util.Locale;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * An AS4 receiving endpoint with phase4 under the Peppol profile, written straight to the servlet response: the SBD of
 * each user message goes to {@code documents}; when that throws, the sender gets an AS4 error with its message.
 */
public class As4Inbox {

    private final KeyStore keys;
    private final KeyStore trust;
    private final Consumer<Element> documents;

    public As4Inbox(KeyStore keys, KeyStore trust, Consumer<Element> documents) {
        this.keys = keys;
        this.trust = trust;
        this.documents = documents;
    }

    public void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Phase4Start.ensureStarted();
        HttpHeaderMap headers = new HttpHeaderMap();
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                headers.addHeader(name, value);
            }
        }
        try (AS4RequestHandler handler = new AS4RequestHandler(AS4IncomingMessageMetadata.createForRequest())) {
            handler.setCryptoFactory(new AS4CryptoFactoryInMemoryKeyStore(
                    keys, As4Identities.ALIAS, As4Identities.PASSWORD.toCharArray(), trust));
            handler.setPModeResolver(new AS4DefaultPModeResolver("peppol"));
            handler.setIncomingProfileSelector(new AS4IncomingProfileSelectorConstant("peppol", true));
            handler.setIncomingAttachmentFactory(IAS4IncomingAttachmentFactory.DEFAULT_INSTANCE);
            handler.setIncomingSecurityConfiguration(AS4IncomingSecurityConfiguration.createDefaultInstance());
            handler.setIncomingReceiverConfiguration(new AS4IncomingReceiverConfiguration());
            handler.setProcessorSupplier(() -> new CommonsArrayList<>(new Processor()));
            handler.handleRequest(request.getInputStream(), headers, new ServletAnswer(response));
        } catch (Exception e) {
            response.setStatus(400);
            response.setContentType("text/plain");
            response.getOutputStream().write(("Bad AS4 request: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private record ServletAnswer(HttpServletResponse response) implements IAS4ResponseAbstraction {
        @Override
        public void setContent(byte[] bytes, Charset charset) {
            write(out -> out.write(bytes));
        }

        @Override
        public void setContent(HttpHeaderMap headerMap, IHasInputStream content) {
            headerMap.forEachSingleHeader(response::setHeader, false);
            write(out -> {
                try (InputStream in = content.getInputStream()) {
                    in.transferTo(out);
                }
            });
        }

        @Override
        public void setMimeType(IMimeType mimeType) {
            response.setContentType(mimeType.getAsString());
        }

        @Override
        public void setStatus(int status) {
            response.setStatus(status);
        }

        private void write(Body body) {
            try {
                body.to(response.getOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        interface Body {
            void to(OutputStream out) throws IOException;
        }
    }

    private final class Processor implements IAS4IncomingMessageProcessorSPI {
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
                documents.accept(sbd(payload, attachments));
                return AS4MessageProcessorResult.createSuccess();
            } catch (RuntimeException refused) {
                errors.add(new Ebms3ErrorBuilder(EEbmsError.EBMS_OTHER, Locale.US)
                        .refToMessageInError(id)
                        .errorDetail(String.valueOf(refused.getMessage()))
                        .build());
                return AS4MessageProcessorResult.createFailure();
            }
        }

        private Element sbd(Node payload, ICommonsList<WSS4JAttachment> attachments) {
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
                throw new IllegalArgumentException("the payload is not an XML SBD: " + e.getMessage(), e);
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
