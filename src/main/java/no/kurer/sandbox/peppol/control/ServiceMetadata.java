package no.kurer.sandbox.peppol.control;

import java.io.ByteArrayOutputStream;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A Peppol SMP 1.0 {@code SignedServiceMetadata} document: one participant, one document type, one process, one AS4
 * endpoint, signed (enveloped XML signature, RSA-SHA256) by the SMP's key with its certificate in {@code X509Data}.
 */
public final class ServiceMetadata {

    static final String SMP = "http://busdox.org/serviceMetadata/publishing/1.0/";
    static final String ID = "http://busdox.org/transport/identifiers/1.0/";
    static final String WSA = "http://www.w3.org/2005/08/addressing";

    private ServiceMetadata() {}

    public static byte[] signed(
            String participant,
            String documentType,
            List<String> processes,
            String endpointUrl,
            X509Certificate endpointCertificate,
            PrivateKey smpKey,
            X509Certificate smpCertificate) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().newDocument();
            Element signed = doc.createElementNS(SMP, "smp:SignedServiceMetadata");
            // every prefix declared as an attribute, so the signed DOM and its serialization canonicalize alike
            signed.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:smp", SMP);
            signed.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:id", ID);
            signed.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:wsa", WSA);
            doc.appendChild(signed);
            Element info = child(child(signed, SMP, "smp:ServiceMetadata"), SMP, "smp:ServiceInformation");
            text(info, ID, "id:ParticipantIdentifier", participant).setAttribute("scheme", "iso6523-actorid-upis");
            text(info, ID, "id:DocumentIdentifier", documentType).setAttribute("scheme", "busdox-docid-qns");
            Element list = child(info, SMP, "smp:ProcessList");
            for (String process : processes) {
                Element p = child(list, SMP, "smp:Process");
                text(p, ID, "id:ProcessIdentifier", process).setAttribute("scheme", "cenbii-procid-ubl");
                Element endpoint = child(child(p, SMP, "smp:ServiceEndpointList"), SMP, "smp:Endpoint");
                endpoint.setAttribute("transportProfile", "peppol-transport-as4-v2_0");
                text(child(endpoint, WSA, "wsa:EndpointReference"), WSA, "wsa:Address", endpointUrl);
                text(endpoint, SMP, "smp:RequireBusinessLevelSignature", "false");
                text(
                        endpoint,
                        SMP,
                        "smp:Certificate",
                        Base64.getEncoder().encodeToString(endpointCertificate.getEncoded()));
                text(endpoint, SMP, "smp:ServiceDescription", "Kurer sandbox corner 3");
                text(endpoint, SMP, "smp:TechnicalContactUrl", "https://github.com/");
            }
            sign(signed, smpKey, smpCertificate);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode a sandbox certificate", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the sandbox SMP answer", e);
        }
    }

    private static void sign(Element root, PrivateKey key, X509Certificate certificate) throws Exception {
        XMLSignatureFactory xml = XMLSignatureFactory.getInstance("DOM");
        var reference = xml.newReference(
                "",
                xml.newDigestMethod(DigestMethod.SHA256, null),
                List.of(xml.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null)),
                null,
                null);
        var signedInfo = xml.newSignedInfo(
                xml.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                xml.newSignatureMethod(SignatureMethod.RSA_SHA256, null),
                List.of(reference));
        KeyInfoFactory keys = xml.getKeyInfoFactory();
        var keyInfo = keys.newKeyInfo(List.of(keys.newX509Data(List.of(certificate))));
        xml.newXMLSignature(signedInfo, keyInfo).sign(new DOMSignContext(key, root));
    }

    private static Element child(Element parent, String namespace, String name) {
        Element child = parent.getOwnerDocument().createElementNS(namespace, name);
        parent.appendChild(child);
        return child;
    }

    private static Element text(Element parent, String namespace, String name, String value) {
        Element child = child(parent, namespace, name);
        child.setTextContent(value);
        return child;
    }
}
