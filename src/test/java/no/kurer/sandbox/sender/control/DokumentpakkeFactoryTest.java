package no.kurer.sandbox.sender.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.parsers.DocumentBuilderFactory;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.KeyTransRecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class DokumentpakkeFactoryTest {

    @TempDir
    static Path dir;

    static EnterpriseIdentity signer;
    static EnterpriseIdentity mailbox;

    @BeforeAll
    static void setUp() {
        var ca = new SandboxCertificateAuthority(dir);
        signer = ca.issue("991825827", "Digdir");
        mailbox = ca.persistentIdentity("987464291", "Sandbox Postkasse");
    }

    DokumentpakkeFactory cut() {
        return new DokumentpakkeFactory("991825827", Clock.systemUTC())
                .document("brev.txt", "text/plain", "Hei".getBytes(StandardCharsets.UTF_8), "Brev");
    }

    @Test
    void cmsDecryptsWithMailboxKeyToAsicWithStoredMimetypeFirst() throws Exception {
        byte[] cms = cut().cms(signer, mailbox.certificate());

        var enveloped = new CMSEnvelopedData(cms);
        assertEquals(CMSAlgorithm.AES256_CBC.getId(), enveloped.getEncryptionAlgOID());
        var recipient = (KeyTransRecipientInformation)
                enveloped.getRecipientInfos().getRecipients().iterator().next();
        assertEquals(PKCSObjectIdentifiers.id_RSAES_OAEP.getId(), recipient.getKeyEncryptionAlgOID());
        byte[] zip = recipient.getContent(
                new JceKeyTransEnvelopedRecipient(mailbox.privateKey()).setProvider(new BouncyCastleProvider()));

        Map<String, byte[]> entries = new HashMap<>();
        List<String> names = new ArrayList<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (names.isEmpty()) {
                    assertEquals(ZipEntry.STORED, entry.getMethod(), "mimetype must be STORED");
                }
                names.add(entry.getName());
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertEquals("mimetype", names.get(0));
        assertEquals("application/vnd.etsi.asic-e+zip", new String(entries.get("mimetype"), StandardCharsets.US_ASCII));
        assertTrue(
                names.containsAll(
                        List.of("manifest.xml", "brev.txt", "META-INF/manifest.xml", "META-INF/signatures.xml")),
                names.toString());
        assertTrue(new String(entries.get("manifest.xml"), StandardCharsets.UTF_8).contains("0192:991825827"));
    }

    @Test
    void signaturesXmlIsAValidXmlSignatureOverTheFiles() throws Exception {
        byte[] zip = cut().asice(signer);
        Map<String, byte[]> entries = unzip(zip);

        assertTrue(verify(entries), "signature must verify");
        entries.put("brev.txt", "Hallo".getBytes(StandardCharsets.UTF_8));
        assertTrue(!verify(entries), "a changed document must break the signature");
    }

    static boolean verify(Map<String, byte[]> entries) throws Exception {
        var builders = DocumentBuilderFactory.newInstance();
        builders.setNamespaceAware(true);
        Document document =
                builders.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get("META-INF/signatures.xml")));
        Element signature = (Element)
                document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature").item(0);
        Element signedProperties =
                (Element) document.getElementsByTagNameNS(XadesSignature.XADES_NS, "SignedProperties")
                        .item(0);
        var context = new DOMValidateContext(signer.certificate().getPublicKey(), signature);
        context.setIdAttributeNS(signedProperties, null, "Id");
        var files = List.of(
                new AsicFile("manifest.xml", "application/xml", entries.get("manifest.xml")),
                new AsicFile("brev.txt", "text/plain", entries.get("brev.txt")));
        var xml = XMLSignatureFactory.getInstance("DOM");
        context.setURIDereferencer(XadesSignature.files(files, xml.getURIDereferencer()));
        return xml.unmarshalXMLSignature(context).validate(context);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
