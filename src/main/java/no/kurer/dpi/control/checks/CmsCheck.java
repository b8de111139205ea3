package no.kurer.dpi.control.checks;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetStringParser;
import org.bouncycastle.asn1.ASN1SequenceParser;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1SetParser;
import org.bouncycastle.asn1.ASN1StreamParser;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfoParser;
import org.bouncycastle.asn1.cms.EncryptedContentInfoParser;
import org.bouncycastle.asn1.cms.EnvelopedDataParser;
import org.bouncycastle.cms.CMSEnvelopedDataParser;
import org.bouncycastle.cms.CMSException;

/**
 * Checks that a stored {@code application/cms} dokumentpakke is a complete CMS EnvelopedData with a recipient,
 * reading it as a stream: the encrypted content is never held in memory and never decrypted.
 *
 * <p>Two passes. The first walks the ASN.1 with a parser whose length limit is the file size, so a forged
 * length cannot make it allocate more than the file holds, and reads the encrypted content to the end, which
 * is the only way to notice a truncated package ({@link CMSEnvelopedDataParser} hands the content out only
 * through decryption). The second lets Bouncy Castle's {@link CMSEnvelopedDataParser} read the recipient infos.
 */
public class CmsCheck implements DokumentpakkeCheck {

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final String TRAILING_DATA = "The CMS dokumentpakke has data after the end of its ContentInfo.";

    @Override
    public void check(Path file) {
        int limit = (int) Math.min(size(file), Integer.MAX_VALUE);
        InputStream first = open(file);
        try (InputStream in = first) {
            walk(new ASN1StreamParser(in, limit));
            if (in.read() != -1) {
                throw InvalidDokumentpakke.structure(TRAILING_DATA);
            }
        } catch (IOException | RuntimeException e) {
            throw invalid(e);
        }
        InputStream second = open(file);
        try (InputStream in = second) {
            CMSEnvelopedDataParser envelopedData = new CMSEnvelopedDataParser(in);
            if (envelopedData.getRecipientInfos().size() == 0) {
                throw InvalidDokumentpakke.structure("The CMS EnvelopedData has no recipient info.");
            }
        } catch (CMSException | IOException | RuntimeException e) {
            throw invalid(e);
        }
    }

    private static void walk(ASN1StreamParser asn1) throws IOException {
        ASN1SequenceParser contentInfoSequence = sequence(asn1.readObject(), "ContentInfo");
        ContentInfoParser contentInfo = new ContentInfoParser(contentInfoSequence);
        ASN1ObjectIdentifier contentType = contentInfo.getContentType();
        if (!CMSObjectIdentifiers.envelopedData.equals(contentType)) {
            throw InvalidDokumentpakke.structure("The CMS content type is " + contentType + ", not id-envelopedData ("
                    + CMSObjectIdentifiers.envelopedData + ").");
        }
        ASN1SequenceParser envelopedSequence = sequence(contentInfo.getContent(BERTags.SEQUENCE), "EnvelopedData");
        EnvelopedDataParser envelopedData = new EnvelopedDataParser(envelopedSequence);
        ASN1SetParser recipientInfos = envelopedData.getRecipientInfos();
        if (recipientInfos == null
                || ASN1Set.getInstance(recipientInfos.toASN1Primitive()).size() == 0) {
            throw InvalidDokumentpakke.structure("The CMS EnvelopedData has no recipient info.");
        }
        EncryptedContentInfoParser encryptedContentInfo = envelopedData.getEncryptedContentInfo();
        if (encryptedContentInfo == null) {
            throw InvalidDokumentpakke.structure("The CMS EnvelopedData has no EncryptedContentInfo.");
        }
        encryptedContentInfo.getContentEncryptionAlgorithm();
        ASN1Encodable content = encryptedContentInfo.getEncryptedContent(BERTags.OCTET_STRING);
        if (!(content instanceof ASN1OctetStringParser encrypted) || drain(encrypted.getOctetStream()) == 0) {
            throw InvalidDokumentpakke.structure("The CMS EnvelopedData carries no encrypted content.");
        }
        ASN1SetParser unprotectedAttrs = envelopedData.getUnprotectedAttrs();
        if (unprotectedAttrs != null) {
            unprotectedAttrs.toASN1Primitive();
        }
        if (envelopedSequence.readObject() != null
                || contentInfoSequence.readObject() != null
                || asn1.readObject() != null) {
            throw InvalidDokumentpakke.structure(TRAILING_DATA);
        }
    }

    private static ASN1SequenceParser sequence(ASN1Encodable object, String what) {
        if (object instanceof ASN1SequenceParser sequence) {
            return sequence;
        }
        throw InvalidDokumentpakke.structure(
                "The dokumentpakke is not CMS: no " + what + " SEQUENCE where one belongs.");
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long total = 0;
        for (int read; (read = in.read(buffer)) != -1; ) {
            total += read;
        }
        return total;
    }

    private static InvalidDokumentpakke invalid(Exception e) {
        if (e instanceof InvalidDokumentpakke known) {
            return known;
        }
        if (e instanceof EOFException) {
            return InvalidDokumentpakke.structure(
                    "The CMS dokumentpakke ends before its structure does; it is truncated.");
        }
        return InvalidDokumentpakke.structure(
                "The dokumentpakke is not a well-formed CMS EnvelopedData (ASN.1 BER/DER).");
    }

    private static InputStream open(Path file) {
        try {
            return new BufferedInputStream(Files.newInputStream(file), BUFFER_SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the stored dokumentpakke " + file, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the stored dokumentpakke " + file, e);
        }
    }
}
