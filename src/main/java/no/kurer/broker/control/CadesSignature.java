package no.kurer.broker.control;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.kurer.problems.Problem;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Selector;

/**
 * The CAdES signature of an ASiC-E ({@link AsicEVerifier}): one signer, whose certificate the signature carries, valid
 * over the manifest's bytes, and trusted (the {@code signerOrgno} function: chain to {@code certificates.trusted-cas},
 * organisation number out).
 */
class CadesSignature {

    private final Function<List<X509Certificate>, String> signerOrgno;

    /**
     * @param signerOrgno the organisation number of a trusted signer, given its certificate first and the others the
     *                    signature carries; throws a {@link Problem} when the chain is not trusted
     */
    CadesSignature(Function<List<X509Certificate>, String> signerOrgno) {
        this.signerOrgno = signerOrgno;
    }

    /** Verifies the detached CMS signature over the manifest; returns the trusted signer's organisation number. */
    String signer(byte[] manifest, byte[] p7s) {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(manifest), p7s);
            var signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw CorruptPackage.invalidSignature(
                        "The signature must have one signer; it has " + signers.size() + ".");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            var matching = signed.getCertificates().getMatches((Selector<X509CertificateHolder>) signer.getSID());
            if (matching.isEmpty()) {
                throw CorruptPackage.invalidSignature("The signature does not carry the signer's certificate.");
            }
            var converter = new JcaX509CertificateConverter();
            X509CertificateHolder signerHolder = matching.iterator().next();
            X509Certificate signerCertificate = converter.getCertificate(signerHolder);
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(AsicEWriter.BC)
                    .build(signerCertificate))) {
                throw CorruptPackage.invalidSignature("The signature over the ASiC manifest is not valid.");
            }
            List<X509Certificate> chain = new ArrayList<>();
            chain.add(signerCertificate);
            for (X509CertificateHolder other : signed.getCertificates().getMatches(null)) {
                if (!other.equals(signerHolder)) {
                    chain.add(converter.getCertificate(other));
                }
            }
            try {
                return signerOrgno.apply(chain);
            } catch (CorruptPackage e) {
                throw e;
            } catch (Problem untrusted) {
                if (untrusted.status() >= 500) {
                    throw untrusted;
                }
                throw CorruptPackage.invalidSignature("The signer is not trusted: " + untrusted.detail());
            }
        } catch (CMSException e) {
            throw CorruptPackage.invalidSignature(
                    "The signature over the ASiC manifest is not valid: " + e.getMessage());
        } catch (CertificateException | OperatorCreationException e) {
            throw CorruptPackage.invalidSignature("The signer's certificate cannot be used: " + e.getMessage());
        }
    }
}
