package no.kurer.dpi.entity;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The few columns of a stored message that an upload needs, read without the forretningsmelding (several KiB): who
 * sent it, the fingerprint its package must have, and whether it still awaits one.
 */
public record MeldingSummary(
        String meldingsid,
        String conversationId,
        String avsender,
        String databehandler,
        String fingerprint,
        MessageState state,
        OffsetDateTime created) {

    /** Whether the caller is the sender of this message: same consumer, and same data processor (or none). */
    public boolean sentBy(String consumerOrgno, String supplierOrgno) {
        return avsender.equals(consumerOrgno) && Objects.equals(databehandler, supplierOrgno);
    }

    public boolean awaitsPackage() {
        return state == MessageState.AWAITING_PACKAGE;
    }

    /** The same message once its package is accepted. */
    public MeldingSummary packageAccepted() {
        return new MeldingSummary(
                meldingsid,
                conversationId,
                avsender,
                databehandler,
                fingerprint,
                MessageState.READY_FOR_FORWARDING,
                created);
    }
}
