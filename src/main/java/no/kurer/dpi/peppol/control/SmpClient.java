package no.kurer.dpi.peppol.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import no.kurer.dpi.peppol.entity.PeppolIds;
import no.kurer.dpi.peppol.entity.SmpEndpoint;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a participant's service metadata from its SMP (Peppol SMP 1.0,
 * {@code GET {smp}/{participant}/services/{document type}}), checks its signature, and picks the AS4 endpoint of the
 * process. {@code smpOf} names the SMP of a participant: one fixed SMP, or the SML's answer (see {@link SmlLocator}).
 */
public class SmpClient {

    static final String SMP_NS = "http://busdox.org/serviceMetadata/publishing/1.0/";
    static final String ID_NS = "http://busdox.org/transport/identifiers/1.0/";
    static final String WSA_NS = "http://www.w3.org/2005/08/addressing";

    private final HttpClient http;
    private final Function<String, URI> smpOf;
    private final SmpSignature signature;
    private final Duration timeout;

    /** @param signature {@code null} to take answers unchecked (never in production) */
    public SmpClient(HttpClient http, Function<String, URI> smpOf, SmpSignature signature, Duration timeout) {
        this.http = http;
        this.smpOf = smpOf;
        this.signature = signature;
        this.timeout = timeout;
    }

    /**
     * @throws SmpRefused the SMP has no AS4 endpoint for them, or its answer cannot be read or trusted
     * @throws SmpUnreachable the SMP did not answer
     */
    public SmpEndpoint lookup(String participant, String documentType, String process) {
        URI smp = smpOf.apply(participant);
        String base = smp.toString().endsWith("/") ? smp.toString() : smp + "/";
        URI uri = URI.create(base + segment(PeppolIds.PARTICIPANT_SCHEME + "::" + participant) + "/services/"
                + segment(PeppolIds.DOCUMENT_SCHEME + "::" + documentType));
        String what = "The SMP's answer " + uri;
        HttpResponse<byte[]> response;
        try {
            response = http.send(
                    HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SmpUnreachable("The SMP did not answer GET " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmpUnreachable("Interrupted while asking the SMP " + uri, e);
        }
        if (response.statusCode() == 404) {
            throw new SmpRefused(
                    "The SMP " + smp + " has no document type " + documentType + " for participant " + participant);
        }
        if (response.statusCode() != 200) {
            throw new SmpRefused("The SMP answered GET " + uri + " with " + response.statusCode());
        }
        Document document = parse(response.body(), what);
        if (signature != null) {
            signature.verify(document, what);
        }
        return endpoint(document, participant, documentType, process, smp);
    }

    private static SmpEndpoint endpoint(
            Document document, String participant, String documentType, String process, URI smp) {
        NodeList processes = document.getElementsByTagNameNS(SMP_NS, "Process");
        for (int i = 0; i < processes.getLength(); i++) {
            Element candidate = (Element) processes.item(i);
            if (!process.equals(text(candidate, ID_NS, "ProcessIdentifier"))) {
                continue;
            }
            NodeList endpoints = candidate.getElementsByTagNameNS(SMP_NS, "Endpoint");
            for (int j = 0; j < endpoints.getLength(); j++) {
                Element endpoint = (Element) endpoints.item(j);
                if (PeppolIds.AS4_TRANSPORT_PROFILE.equals(endpoint.getAttribute("transportProfile"))) {
                    return new SmpEndpoint(
                            URI.create(text(endpoint, WSA_NS, "Address")),
                            certificate(text(endpoint, SMP_NS, "Certificate")));
                }
            }
        }
        throw new SmpRefused(
                "The SMP " + smp + " has no " + PeppolIds.AS4_TRANSPORT_PROFILE + " endpoint for participant "
                        + participant + ", document type " + documentType + " and process " + process);
    }

    private static String text(Element parent, String namespace, String name) {
        NodeList found = parent.getElementsByTagNameNS(namespace, name);
        if (found.getLength() == 0) {
            throw new SmpRefused("The SMP's endpoint has no " + name);
        }
        return found.item(0).getTextContent().strip();
    }

    private static X509Certificate certificate(String base64) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(
                            new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64)));
        } catch (CertificateException | IllegalArgumentException e) {
            throw new SmpRefused("The SMP publishes an unreadable endpoint certificate", e);
        }
    }

    static Document parse(byte[] xml, String what) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new SmpRefused(what + " is not XML: " + e.getMessage(), e);
        }
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
