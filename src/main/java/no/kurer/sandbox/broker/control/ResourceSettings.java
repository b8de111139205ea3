package no.kurer.sandbox.broker.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A broker resource's settings as Altinn's {@code ResourceExt} names them: {@code maxFileTransferSize} (bytes, none
 * when null), {@code fileTransferTimeToLive} (ISO 8601, at most 365 days; Altinn's default P30D),
 * {@code purgeFileTransferAfterAllRecipientsConfirmed} (default true) and {@code purgeFileTransferGracePeriod} (at
 * most 24 hours; default PT2H). It decides when a file transfer is purged.
 */
public record ResourceSettings(
        Long maxFileTransferSize,
        Duration fileTransferTimeToLive,
        boolean purgeFileTransferAfterAllRecipientsConfirmed,
        Duration purgeFileTransferGracePeriod) {

    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofDays(30);
    public static final Duration DEFAULT_GRACE_PERIOD = Duration.ofHours(2);

    public static ResourceSettings defaults(Long maxFileTransferSize, Duration fileTransferTimeToLive) {
        return new ResourceSettings(maxFileTransferSize, fileTransferTimeToLive, true, DEFAULT_GRACE_PERIOD);
    }

    /** These settings changed by the fields present in {@code changes}, checked as Altinn checks them (400). */
    public ResourceSettings with(Map<String, Object> changes) {
        Long max = maxFileTransferSize;
        if (changes.get("maxFileTransferSize") instanceof Number n) {
            if (n.longValue() < 0) {
                throw BrokerRefusal.badRequest("Max file transfer size cannot be negative");
            }
            if (n.longValue() == 0) {
                throw BrokerRefusal.badRequest("Max file transfer size cannot be zero");
            }
            max = n.longValue();
        }
        Duration ttl = fileTransferTimeToLive;
        if (changes.get("fileTransferTimeToLive") instanceof String text) {
            ttl = duration(
                    text,
                    "Invalid file transfer time to live format. Should follow ISO8601 standard for"
                            + " duration. Example: 'P30D' for 30 days.");
            if (ttl.compareTo(Duration.ofDays(365)) > 0) {
                throw BrokerRefusal.badRequest("Time to live cannot exceed 365 days");
            }
        }
        boolean purge = changes.get("purgeFileTransferAfterAllRecipientsConfirmed") instanceof Boolean b
                ? b
                : purgeFileTransferAfterAllRecipientsConfirmed;
        Duration grace = purgeFileTransferGracePeriod;
        if (changes.get("purgeFileTransferGracePeriod") instanceof String text) {
            grace = duration(
                    text,
                    "Invalid grace period format. Should follow ISO8601 standard for duration."
                            + " Example: 'PT2H' for 2 hours.");
            if (grace.compareTo(Duration.ofHours(24)) > 0) {
                throw BrokerRefusal.badRequest("Grace period cannot exceed 24 hours");
            }
        }
        return new ResourceSettings(max, ttl, purge, grace);
    }

    /**
     * Whether a transfer is to be purged now: past its expiration time (whatever its status, as Altinn's expiry job),
     * or confirmed by all recipients longer than the grace period ago when the resource purges after confirmation.
     */
    public boolean purgeDue(
            String status, OffsetDateTime statusChanged, OffsetDateTime expirationTime, OffsetDateTime now) {
        if ("Purged".equals(status)) {
            return false;
        }
        if (!now.isBefore(expirationTime)) {
            return true;
        }
        return "AllConfirmedDownloaded".equals(status)
                && purgeFileTransferAfterAllRecipientsConfirmed
                && !now.isBefore(statusChanged.plus(purgeFileTransferGracePeriod));
    }

    /** Whether an upload of {@code size} bytes is over the resource's maximum. */
    public boolean tooLarge(long size) {
        return maxFileTransferSize != null && size > maxFileTransferSize;
    }

    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("maxFileTransferSize", maxFileTransferSize);
        map.put("fileTransferTimeToLive", fileTransferTimeToLive.toString());
        map.put("purgeFileTransferAfterAllRecipientsConfirmed", purgeFileTransferAfterAllRecipientsConfirmed);
        map.put("purgeFileTransferGracePeriod", purgeFileTransferGracePeriod.toString());
        return map;
    }

    private static Duration duration(String text, String refusal) {
        try {
            Duration duration = Duration.parse(text.trim());
            if (duration.isNegative() || duration.isZero()) {
                throw BrokerRefusal.badRequest(refusal);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw BrokerRefusal.badRequest(refusal);
        }
    }
}
