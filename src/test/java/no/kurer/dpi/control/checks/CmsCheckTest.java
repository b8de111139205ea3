package no.kurer.dpi.control.checks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.EncryptedContentInfo;
import org.bouncycastle.asn1.cms.EnvelopedData;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CmsCheckTest {

    CmsCheck cut = new CmsCheck();

    @TempDir
    Path dir;

    static List<Path> cmsExamples() {
        return DokumentpakkeExamples.endingWith("-dokumentpakke.cms");
    }

    static List<Path> asicEExamples() {
        return DokumentpakkeExamples.endingWith("-dokumentpakke.zip");
    }

    @ParameterizedTest
    @MethodSource("cmsExamples")
    void digdirsCmsExamplesPass(Path example) {
        assertDoesNotThrow(() -> cut.check(example));
    }

    @ParameterizedTest
    @MethodSource("asicEExamples")
    void plainAsicEIsNotCms(Path example) {
        InvalidDokumentpakke refused = Structural.refused(() -> cut.check(example));
        assertEquals(400, refused.status());
        assertTrue(refused.detail().contains("not CMS"), refused.detail());
    }

    @ParameterizedTest
    @MethodSource("cmsExamples")
    void aPackageTruncatedToHalfIsRefused(Path example) throws IOException {
        byte[] whole = Files.readAllBytes(example);
        assertRefused(write(Arrays.copyOf(whole, whole.length / 2)), "truncated");
    }

    @ParameterizedTest
    @MethodSource("cmsExamples")
    void aPackageMissingItsLastByteIsRefused(Path example) throws IOException {
        byte[] whole = Files.readAllBytes(example);
        assertRefused(write(Arrays.copyOf(whole, whole.length - 1)), "truncated");
    }

    @Test
    void bytesAfterTheContentInfoAreRefused() throws IOException {
        byte[] whole = Files.readAllBytes(cmsExamples().get(0));
        byte[] longer = Arrays.copyOf(whole, whole.length + 3);
        longer[whole.length] = 0x04;
        longer[whole.length + 1] = 0x01;
        longer[whole.length + 2] = 0x2a;
        assertRefused(write(longer), "data after the end of its ContentInfo");
        byte[] zeros = Arrays.copyOf(whole, whole.length + 4);
        Path padded = write(zeros);
        Structural.refused(() -> cut.check(padded));
    }

    @Test
    void aDerEncodedEnvelopedDataFromBouncyCastlePasses() throws Exception {
        byte[] asicE = Files.readAllBytes(asicEExamples().get(0));
        CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
        generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(selfSigned()));
        byte[] der = generator
                .generate(
                        new CMSProcessableByteArray(asicE),
                        new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).build())
                .toASN1Structure()
                .getEncoded(ASN1Encoding.DER);
        assertDoesNotThrow(() -> cut.check(write(der)));
        assertRefused(write(Arrays.copyOf(der, der.length - 1)), "truncated");
    }

    @Test
    void otherCmsContentTypesAreRefused() throws IOException {
        byte[] signedData = new ContentInfo(CMSObjectIdentifiers.signedData, new DERSequence()).getEncoded();
        assertRefused(write(signedData), "content type is 1.2.840.113549.1.7.2, not id-envelopedData");
    }

    @Test
    void envelopedDataWithoutARecipientIsRefused() throws IOException {
        EncryptedContentInfo content = new EncryptedContentInfo(
                CMSObjectIdentifiers.data,
                new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(new byte[16])),
                new DEROctetString(new byte[32]));
        byte[] noRecipient = new ContentInfo(
                        CMSObjectIdentifiers.envelopedData,
                        new EnvelopedData(null, new DERSet(), content, (ASN1Set) null))
                .getEncoded();
        assertRefused(write(noRecipient), "no recipient info");
    }

    @Test
    void aForgedHugeLengthIsRefusedWithoutAllocatingIt() throws IOException {
        byte[] forged = {0x30, (byte) 0x80, 0x06, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x2a};
        Structural.refused(() -> cut.check(write(forged)));
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Structural.refused(() -> cut.check(write(new byte[0])));
    }

    private void assertRefused(Path file, String reason) {
        InvalidDokumentpakke refused = Structural.refused(() -> cut.check(file));
        assertTrue(refused.detail().contains(reason), "expected '" + reason + "' in: " + refused.detail());
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "pakke", ".cms"), bytes);
    }

    private static X509Certificate selfSigned() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=postkasse, O=Test, C=NO");
        Instant now = Instant.now();
        return new JcaX509CertificateConverter()
                .getCertificate(new JcaX509v3CertificateBuilder(
                                name,
                                BigInteger.ONE,
                                Date.from(now),
                                Date.from(now.plus(1, ChronoUnit.DAYS)),
                                name,
                                keys.getPublic())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }
}
