package no.kurer.broker.control;

/**
 * The decrypted ASiC-E's CAdES signature does not hold: no or a broken signature over {@code META-INF/asicmanifest.xml},
 * a file whose digest differs from the manifest's or that the manifest does not cover, or a signer whose certificate
 * does not chain to {@code certificates.trusted-cas} or is not the SBD's sender.
 */
public class InvalidPayloadSignature extends CorruptPackage {

    public InvalidPayloadSignature(String detail) {
        super("dpo-invalid-payload-signature", "The DPO payload's signature does not hold", detail);
    }
}
