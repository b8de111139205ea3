package no.kurer.sandbox.ca.control;

import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Norwegian organisation numbers and where enterprise certificates carry them. */
public final class OrganisationNumbers {

    private static final Pattern ORGNO = Pattern.compile("\\d{9}");

    private OrganisationNumbers() {}

    public static boolean isValid(String orgno) {
        return orgno != null && ORGNO.matcher(orgno).matches();
    }

    public static String requireValid(String orgno) {
        if (!isValid(orgno)) {
            throw new IllegalArgumentException("an organisation number has nine digits: " + orgno);
        }
        return orgno;
    }

    /**
     * The orgno of an enterprise certificate: subject {@code serialNumber}, else
     * {@code organizationIdentifier} without its {@code NTRNO-} prefix.
     */
    public static Optional<String> of(X509Certificate certificate) {
        X500Name subject =
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return attribute(subject, BCStyle.SERIALNUMBER)
                .filter(OrganisationNumbers::isValid)
                .or(() -> attribute(subject, BCStyle.ORGANIZATION_IDENTIFIER)
                        .filter(value -> value.startsWith("NTRNO-"))
                        .map(value -> value.substring("NTRNO-".length()))
                        .filter(OrganisationNumbers::isValid));
    }

    private static Optional<String> attribute(X500Name name, ASN1ObjectIdentifier type) {
        RDN[] rdns = name.getRDNs(type);
        if (rdns.length == 0) {
            return Optional.empty();
        }
        return Optional.of(IETFUtils.valueToString(rdns[0].getFirst().getValue()));
    }
}
