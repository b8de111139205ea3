package no.kurer.broker.control;

/** {@code asic.zip} is CMS EnvelopedData, but not encrypted to Kurer's enterprise certificate. */
public class PayloadNotForUs extends CorruptPackage {

    public PayloadNotForUs(String detail) {
        super("dpo-payload-not-for-us", "The DPO payload is not encrypted to this integration point", detail);
    }
}
