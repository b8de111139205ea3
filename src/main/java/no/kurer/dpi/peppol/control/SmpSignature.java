package no.kurer.dpi.peppol.control;

import java.security.Key;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Checks the enveloped XML signature of an SMP answer (Peppol SMP 1.0: one {@code ds:Signature} over the whole
 * document, the SMP's certificate in {@code X509Data}) and that the certificate chains to a trusted SMP CA.
 */
public class SmpSignature {

    private final Set<TrustAnchor> anchors;

    public SmpSignature(List<X509Certificate> trustedCas) {
        this.anchors = trustedCas.stream().map(ca -> new TrustAnchor(ca, null)).collect(Collectors.toSet());
    }

    /** @throws SmpRefused when the document is unsigned, the signature does not hold, or its signer is not trusted */
    public void verify(Document document, String what) {
        NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");
        if (signatures.getLength() != 1) {
            throw new SmpRefused(what + " carries " + signatures.getLength() + " XML signatures, not one");
        }
        CertificateKeySelector keys = new CertificateKeySelector();
        try {
            DOMValidateContext context = new DOMValidateContext(keys, signatures.item(0));
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            XMLSignature signature = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
            for (Object reference : signature.getSignedInfo().getReferences()) {
                String uri = ((Reference) reference).getURI();
                if (uri != null && !uri.isEmpty()) {
                    throw new SmpRefused(what + " is signed only in part (reference " + uri + ")");
                }
            }
            if (!signature.validate(context)) {
                throw new SmpRefused(what + " has an XML signature that does not verify");
            }
        } catch (SmpRefused e) {
            throw e;
        } catch (Exception e) {
            throw new SmpRefused(what + " has an unreadable XML signature: " + e.getMessage(), e);
        }
        trusted(keys.certificate, what);
    }

    private void trusted(X509Certificate signer, String what) {
        try {
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(List.of(signer)), parameters);
        } catch (Exception e) {
            throw new SmpRefused(
                    what + " is signed by " + signer.getSubjectX500Principal().getName()
                            + ", whose certificate does not chain to a trusted SMP CA (" + e.getMessage() + ")",
                    e);
        }
    }

    /** Takes the key from the signature's own X.509 certificate and remembers the certificate. */
    private static final class CertificateKeySelector extends KeySelector {

        X509Certificate certificate;

        @Override
        public KeySelectorResult select(
                KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
                throws KeySelectorException {
            if (keyInfo != null) {
                for (Object content : keyInfo.getContent()) {
                    if (content instanceof X509Data data) {
                        for (Object item : data.getContent()) {
                            if (item instanceof X509Certificate found) {
                                certificate = found;
                                Key key = found.getPublicKey();
                                return () -> key;
                            }
                        }
                    }
                }
            }
            throw new KeySelectorException("the signature carries no X.509 certificate");
        }
    }
}
