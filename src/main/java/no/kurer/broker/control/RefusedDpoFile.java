package no.kurer.broker.control;

/**
 * A broker file Kurer refuses to keep (issue 13): its SBD names a sender other than the one the broker authenticated,
 * or a receiver other than Kurer's organisation, it lacks a payload its kind of message must have, or an entry
 * inflates past its limit. Recorded as a FAILED incoming message with the reason and confirmed; nothing of it is kept
 * in the file store.
 */
public class RefusedDpoFile extends CorruptPackage {

    public RefusedDpoFile(String detail) {
        super("dpo-refused-file", "Refused DPO file", detail);
    }
}
