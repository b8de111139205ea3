package no.kurer.sandbox.c3.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import no.kurer.sandbox.c3.entity.ForwardedMelding;
import no.kurer.sandbox.c3.entity.ReceivedMelding;
import no.kurer.sandbox.c3.entity.ReceivedMelding.Receipt;

/** The mutable, in-memory state of one received meldingsid; every method is synchronized. */
class Reception {

    private final ForwardedMelding melding;
    private final Instant received;
    private final Map<String, Receipt> receipts = new LinkedHashMap<>();
    private int posts = 1;
    private int puts;
    private long bytes;
    private Instant accepted;

    Reception(ForwardedMelding melding, Instant received) {
        this.melding = melding;
        this.received = received;
    }

    ForwardedMelding melding() {
        return melding;
    }

    synchronized void posted() {
        posts++;
    }

    synchronized void put() {
        puts++;
    }

    synchronized boolean hasPackage() {
        return accepted != null;
    }

    /** @return false when a package was accepted before */
    synchronized boolean accept(long size, Instant at) {
        if (accepted != null) {
            return false;
        }
        bytes = size;
        accepted = at;
        return true;
    }

    synchronized void receipt(Receipt receipt) {
        receipts.put(receipt.meldingsid(), receipt);
    }

    synchronized ReceivedMelding snapshot() {
        return new ReceivedMelding(
                melding.meldingsid(),
                melding.conversationId(),
                melding.avsender(),
                melding.avsenderidentifikator(),
                melding.type(),
                posts,
                puts,
                bytes,
                received,
                accepted,
                new ArrayList<>(receipts.values()));
    }
}
