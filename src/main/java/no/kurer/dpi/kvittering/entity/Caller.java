package no.kurer.dpi.kvittering.entity;

import java.util.Objects;
import no.kurer.maskinporten.entity.MaskinportenToken;

/**
 * Who asks for receipts, as the token says: the sender ({@code consumer}) and, when a data processor calls for it,
 * that processor ({@code supplier}). Organisation numbers without prefix.
 */
public record Caller(String consumer, String supplier) {

    public Caller {
        Objects.requireNonNull(consumer, "consumer");
    }

    public static Caller of(MaskinportenToken token) {
        return new Caller(
                token.consumer().orgno(),
                token.supplierIfAny().map(o -> o.orgno()).orElse(null));
    }

    /**
     * Whether this caller may see what belongs to a message sent by {@code avsender} through {@code databehandler}:
     * the sender itself (a token without supplier), or the data processor that sent the message, acting for that
     * same sender. A processor acting for another sender, or another processor acting for this sender, may not.
     */
    public boolean mayRead(String avsender, String databehandler) {
        return consumer.equals(avsender) && (supplier == null || supplier.equals(databehandler));
    }
}
