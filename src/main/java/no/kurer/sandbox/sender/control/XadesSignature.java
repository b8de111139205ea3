package no.kurer.sandbox.sender.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.crypto.OctetStreamData;
import javax.xml.crypto.URIDereferencer;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code META-INF/signatures.xml} of an ASiC-E: an XAdES B-level signature (ETSI TS 103 171 as
 * profiled by Digdir) made with the JDK's {@code javax.xml.crypto}: one reference per file without
 * transforms, SHA-256 digests, RSA-SHA256, inclusive C14N, the whole chain in {@code KeyInfo}, and
 * {@code SignedProperties} with SigningTime, SigningCertificate (SHA-1 CertDigest) and
 * DataObjectFormat/MimeType per file.
 */
final class XadesSignature {

    static final String ASIC_NS = "http://uri.etsi.org/02918/v1.2.1#";
    static final String XADES_NS = "http://uri.etsi.org/01903/v1.3.2#";
    static final String DS_NS = "http://www.w3.org/2000/09/xmldsig#";
    static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    static final String SIGNED_PROPERTIES = "http://uri.etsi.org/01903#SignedProperties";

    private XadesSignature() {}

    static byte[] sign(List<AsicFile> files, EnterpriseIdentity signer, Clock clock) {
        try {
            var builders = DocumentBuilderFactory.newInstance();
            builders.setNamespaceAware(true);
            Document document = builders.newDocumentBuilder().newDocument();
            Element root = document.createElementNS(ASIC_NS, "XAdESSignatures");
            root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", ASIC_NS);
            document.appendChild(root);

            XMLSignatureFactory xml = XMLSignatureFactory.getInstance("DOM");
            DigestMethod sha256 = xml.newDigestMethod(DigestMethod.SHA256, null);
            List<Reference> references = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                references.add(xml.newReference(files.get(i).name(), sha256, null, null, "ID_" + i));
            }
            Transform c14n = xml.newTransform(CanonicalizationMethod.INCLUSIVE, (TransformParameterSpec) null);
            references.add(xml.newReference("#SignedProperties", sha256, List.of(c14n), SIGNED_PROPERTIES, null));

            Element qualifying = qualifyingProperties(document, files, signer.certificate(), clock);
            Element signedProperties = (Element) qualifying.getFirstChild();
            var signedInfo = xml.newSignedInfo(
                    xml.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE, (C14NMethodParameterSpec) null),
                    xml.newSignatureMethod(RSA_SHA256, null),
                    references);
            var keyInfoFactory = xml.getKeyInfoFactory();
            var keyInfo =
                    keyInfoFactory.newKeyInfo(List.of(keyInfoFactory.newX509Data(new ArrayList<>(signer.chain()))));
            var object = xml.newXMLObject(List.of(new DOMStructure(qualifying)), null, null, null);
            var signature = xml.newXMLSignature(signedInfo, keyInfo, List.of(object), "Signature", null);

            DOMSignContext context = new DOMSignContext(signer.privateKey(), root);
            context.setURIDereferencer(files(files, xml.getURIDereferencer()));
            context.setIdAttributeNS(signedProperties, null, "Id");
            signature.sign(context);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign the document package", e);
        }
    }

    /** Resolves file names to the files' bytes, and same-document references as usual. */
    static URIDereferencer files(List<AsicFile> files, URIDereferencer fallback) {
        Map<String, AsicFile> byName = files.stream().collect(Collectors.toMap(AsicFile::name, Function.identity()));
        return (reference, context) -> {
            AsicFile file = byName.get(reference.getURI());
            if (file == null) {
                return fallback.dereference(reference, context);
            }
            return new OctetStreamData(new ByteArrayInputStream(file.content()), file.name(), file.mimeType());
        };
    }

    private static Element qualifyingProperties(
            Document document, List<AsicFile> files, X509Certificate certificate, Clock clock)
            throws GeneralSecurityException {
        Element qualifying = xades(document, "QualifyingProperties");
        qualifying.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", XADES_NS);
        qualifying.setAttribute("Target", "#Signature");
        Element signedProperties = append(qualifying, xades(document, "SignedProperties"));
        signedProperties.setAttribute("Id", "SignedProperties");
        Element signatureProperties = append(signedProperties, xades(document, "SignedSignatureProperties"));
        append(signatureProperties, xades(document, "SigningTime"))
                .setTextContent(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        clock.instant().atZone(ZoneId.of("Europe/Oslo"))));
        Element cert =
                append(append(signatureProperties, xades(document, "SigningCertificate")), xades(document, "Cert"));
        Element digest = append(cert, xades(document, "CertDigest"));
        append(digest, ds(document, "DigestMethod")).setAttribute("Algorithm", DigestMethod.SHA1);
        append(digest, ds(document, "DigestValue"))
                .setTextContent(Base64.getEncoder()
                        .encodeToString(MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded())));
        Element issuerSerial = append(cert, xades(document, "IssuerSerial"));
        append(issuerSerial, ds(document, "X509IssuerName"))
                .setTextContent(certificate.getIssuerX500Principal().getName());
        append(issuerSerial, ds(document, "X509SerialNumber"))
                .setTextContent(certificate.getSerialNumber().toString());
        Element dataObjects = append(signedProperties, xades(document, "SignedDataObjectProperties"));
        for (int i = 0; i < files.size(); i++) {
            Element format = append(dataObjects, xades(document, "DataObjectFormat"));
            format.setAttribute("ObjectReference", "#ID_" + i);
            append(format, xades(document, "MimeType"))
                    .setTextContent(files.get(i).mimeType());
        }
        return qualifying;
    }

    private static Element xades(Document document, String name) {
        return document.createElementNS(XADES_NS, name);
    }

    private static Element ds(Document document, String name) {
        Element element = document.createElementNS(DS_NS, "ds:" + name);
        element.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:ds", DS_NS);
        return element;
    }

    private static Element append(Element parent, Element child) {
        parent.appendChild(child);
        return child;
    }
}
