package no.kurer.certificates.control;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Reads the organisation number from a Norwegian enterprise certificate (virksomhetssertifikat): older ones carry it
 * as subject {@code serialNumber} (2.5.4.5, nine digits), SEID 2 ones as {@code organizationIdentifier}
 * (2.5.4.97, {@code NTRNO-<orgno>}).
 */
public final class CertificateOrgno {

    private static final Pattern ORGNO = Pattern.compile("\\d{9}");
    private static final Pattern NTRNO = Pattern.compile("NTRNO-(\\d{9})");

    private CertificateOrgno() {}

    public static String of(X509Certificate certificate) {
        var subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return first(subject, BCStyle.ORGANIZATION_IDENTIFIER)
                .map(NTRNO::matcher)
                .filter(m -> m.matches())
                .map(m -> m.group(1))
                .or(() -> first(subject, BCStyle.SERIALNUMBER)
                        .filter(v -> ORGNO.matcher(v).matches()))
                .orElseThrow(() -> new UntrustedCertificate("The signing certificate '"
                        + certificate.getSubjectX500Principal().getName()
                        + "' names no organisation number (subject serialNumber or organizationIdentifier NTRNO-)."));
    }

    private static Optional<String> first(X500Name name, ASN1ObjectIdentifier type) {
        return Arrays.stream(name.getRDNs(type))
                .map(rdn -> rdn.getFirst().getValue())
                .map(v -> v instanceof ASN1String s ? s.getString() : IETFUtils.valueToString(v))
                .findFirst();
    }
}
