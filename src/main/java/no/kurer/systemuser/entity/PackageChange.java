package no.kurer.systemuser.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * A standard system user's latest change request for more access packages: Altinn's id (Kurer's correlation-id), its
 * status in Altinn's spelling, the confirm link, the packages asked for, and the error of the last failed follow-up.
 */
@Embeddable
public class PackageChange {

    /** A change request Altinn has not decided yet. */
    public static final String NEW = "New";

    @Column(name = "change_request_id")
    private String requestId;

    @Column(name = "change_status")
    private String status;

    @Column(name = "change_confirm_url")
    private String confirmUrl;

    @Column(name = "change_packages")
    private String packages;

    @Column(name = "change_error")
    private String error;

    @Column(name = "change_updated")
    private OffsetDateTime updated;

    public void requested(String id, String newStatus, String newConfirmUrl, List<String> asked) {
        this.requestId = id;
        this.packages = String.join(" ", asked);
        followed(newStatus, newConfirmUrl);
    }

    public void followed(String newStatus, String newConfirmUrl) {
        this.status = newStatus;
        if (newConfirmUrl != null) {
            this.confirmUrl = newConfirmUrl;
        }
        this.error = null;
        this.updated = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public void failed(String newError) {
        this.error = newError == null || newError.length() <= 2000 ? newError : newError.substring(0, 1999) + "…";
    }

    public boolean accepted() {
        return "Accepted".equalsIgnoreCase(status);
    }

    public String requestId() {
        return requestId;
    }

    public String status() {
        return status;
    }

    public String confirmUrl() {
        return confirmUrl;
    }

    public List<String> packages() {
        return packages == null
                ? List.of()
                : Arrays.stream(packages.split(" ")).filter(p -> !p.isBlank()).toList();
    }

    public String error() {
        return error;
    }

    public OffsetDateTime updated() {
        return updated;
    }
}
