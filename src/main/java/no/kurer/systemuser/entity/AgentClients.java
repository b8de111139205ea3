package no.kurer.systemuser.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * An agent system user's delegated clients as Altinn last listed them (orgnos, space-separated; none before the first
 * read), when, and the error of the last failed read (the list stays as it was).
 */
@Embeddable
public class AgentClients {

    @Column(name = "delegated_clients")
    private String orgnos;

    @Column(name = "clients_checked")
    private OffsetDateTime checked;

    @Column(name = "clients_error")
    private String error;

    public void listed(List<String> listed) {
        this.orgnos = String.join(" ", listed);
        this.checked = OffsetDateTime.now(ZoneOffset.UTC);
        this.error = null;
    }

    public void failed(String newError) {
        this.error = newError == null || newError.length() <= 2000 ? newError : newError.substring(0, 1999) + "…";
    }

    public List<String> orgnos() {
        return orgnos == null
                ? List.of()
                : Arrays.stream(orgnos.split(" ")).filter(p -> !p.isBlank()).toList();
    }

    public OffsetDateTime checked() {
        return checked;
    }

    public String error() {
        return error;
    }
}
