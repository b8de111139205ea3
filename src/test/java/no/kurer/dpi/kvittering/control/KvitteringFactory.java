package no.kurer.dpi.kvittering.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;

/**
 * Receipts as a mailbox provider writes them (Digdir's {@code commons.schema.json#/definitions/kvittering}, shaped like
 * {@code examples/lerveringskvittering_nav_sample.json}): from {@code issuer} back to {@code avsender}, in a conversation.
 */
public final class KvitteringFactory {

    public static final ObjectMapper JSON = new ObjectMapper();
    static final String PROCESS = "urn:fdc:digdir.no:2020:profile:egovernment:innbyggerpost:digital:ver1.0";

    private String type = "leveringskvittering";
    private String meldingsid = UUID.randomUUID().toString();
    private final String issuer;
    private final String avsender;
    private final String conversationId;
    private String mottakeridentifikator;
    private String bodyAvsender;
    private String bodyMottaker;

    public KvitteringFactory(String issuer, String avsender, String conversationId) {
        this.issuer = issuer;
        this.avsender = avsender;
        this.conversationId = conversationId;
    }

    public KvitteringFactory type(String type) {
        this.type = type;
        return this;
    }

    public KvitteringFactory meldingsid(String meldingsid) {
        this.meldingsid = meldingsid;
        return this;
    }

    /** The body's {@code avsender} and {@code mottaker}, by default the issuer and the sender as in Digdir's sample. */
    public KvitteringFactory bodyParties(String avsender, String mottaker) {
        this.bodyAvsender = avsender;
        this.bodyMottaker = mottaker;
        return this;
    }

    public KvitteringFactory mottakeridentifikator(String id) {
        this.mottakeridentifikator = id;
        return this;
    }

    public String meldingsid() {
        return meldingsid;
    }

    public ObjectNode payload() {
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode sbd = root.putObject("standardBusinessDocument");
        ObjectNode header = sbd.putObject("standardBusinessDocumentHeader");
        header.put("headerVersion", "1.0");
        header.putArray("sender").addObject().set("identifier", id(issuer));
        header.putArray("receiver").addObject().set("identifier", id(avsender));
        ObjectNode doc = header.putObject("documentIdentification");
        doc.put(
                "standard",
                "urn:fdc:digdir.no:2020:innbyggerpost:xsd::innbyggerpost##urn:fdc:digdir.no:2020:innbyggerpost:schema:"
                        + type + "::1.0");
        doc.put("typeVersion", "1.0");
        doc.put("instanceIdentifier", meldingsid);
        doc.put("type", type);
        doc.put("creationDateAndTime", now);
        ObjectNode scope = header.putObject("businessScope").putArray("scope").addObject();
        scope.put("type", "ConversationId");
        scope.put("instanceIdentifier", conversationId);
        scope.put("identifier", PROCESS);
        ObjectNode body = sbd.putObject(type);
        body.putObject("avsender").set("virksomhetsidentifikator", id(bodyAvsender != null ? bodyAvsender : issuer));
        ObjectNode mottaker = body.putObject("mottaker");
        mottaker.set("virksomhetsidentifikator", id(bodyMottaker != null ? bodyMottaker : avsender));
        if (mottakeridentifikator != null) {
            mottaker.put("motakeridentifikator", mottakeridentifikator);
        }
        body.put("tidspunkt", now);
        if (type.equals("feil")) {
            body.put("feiltype", "KLIENT");
        }
        if (type.equals("varslingfeiletkvittering")) {
            body.put("varslingskanal", "sms");
        }
        return root;
    }

    public String sign(EnterpriseIdentity signer) {
        return sign(payload().toString(), signer);
    }

    public static String sign(String payload, EnterpriseIdentity signer) {
        try {
            var jws = new JsonWebSignature();
            jws.setPayload(payload);
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setCertificateChainHeaderValue(signer.chainArray());
            jws.setKey(signer.privateKey());
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode id(String orgno) {
        ObjectNode id = JSON.createObjectNode();
        id.put("authority", "iso6523-actorid-upis");
        id.put("value", "0192:" + orgno);
        return id;
    }

    /** An enterprise certificate issued by itself, for unit tests whose certificate check only reads the orgno. */
    public static EnterpriseIdentity selfSigned(String orgno) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var keys = generator.generateKeyPair();
            var name = new X500Name("CN=Org " + orgno + ", O=Org, SERIALNUMBER=" + orgno + ", C=NO");
            Instant now = Instant.now();
            var holder = new JcaX509v3CertificateBuilder(
                            name,
                            BigInteger.valueOf(now.toEpochMilli()),
                            Date.from(now.minus(1, ChronoUnit.DAYS)),
                            Date.from(now.plus(30, ChronoUnit.DAYS)),
                            name,
                            keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            return new EnterpriseIdentity(orgno, keys.getPrivate(), List.of(certificate));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The orgno of a certificate's SERIALNUMBER, as a stand-in certificate check. */
    public static String orgno(List<X509Certificate> chain, Instant at) {
        var subject =
                X500Name.getInstance(chain.get(0).getSubjectX500Principal().getEncoded());
        return IETFUtils.valueToString(
                subject.getRDNs(BCStyle.SERIALNUMBER)[0].getFirst().getValue());
    }
}
