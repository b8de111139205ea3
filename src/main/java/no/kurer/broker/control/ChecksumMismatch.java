package no.kurer.broker.control;

import no.kurer.problems.Problem;

/**
 * A downloaded broker file whose MD5 is not the checksum the broker gives for it: downloaded again, as a file's own
 * failure, up to {@code broker.receive.max-attempts} times.
 */
public class ChecksumMismatch extends Problem {

    public ChecksumMismatch(String detail) {
        super(422, "dpo-checksum-mismatch", "The download does not match the broker's checksum", detail);
    }
}
