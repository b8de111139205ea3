package no.kurer.sandbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.kurer.sandbox.altinn.control.AltinnAuthentication;
import no.kurer.sandbox.altinn.control.AltinnState;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import no.kurer.sandbox.maskinporten.control.MaskinportenSigningKey;
import no.kurer.sandbox.maskinporten.control.TokenEndpoint;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox's configuration and its lazily built parts. Nothing (no key, no CA, no file) is
 * created while {@code sandbox.enabled=false}; when on, the CA is created at startup so that
 * {@code ${sandbox.dir}/ca.pem} exists for {@code certificates.trusted-cas}.
 */
@ApplicationScoped
public class Sandbox {

    /** The sandbox mailbox provider (corner 4), recipient of every sandbox document package. */
    public static final String MAILBOX_ORGNO = "987464291";

    /** Kurer's own organisation in the sandbox, unless {@code sandbox.operator-orgno} says otherwise. */
    public static final String OPERATOR_ORGNO = "999888771";

    private static final Logger LOG = Logger.getLogger(Sandbox.class.getName());

    @Inject
    @ConfigProperty(name = "sandbox.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "sandbox.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "sandbox.dir", defaultValue = "./data/sandbox")
    String dir;

    @Inject
    @ConfigProperty(name = "sandbox.operator-orgno", defaultValue = OPERATOR_ORGNO)
    String operatorOrgno;

    /** Kurer's own Maskinporten client in the sandbox, which the operator's own approved system user belongs to. */
    @Inject
    @ConfigProperty(name = "maskinporten.client-id", defaultValue = "kurer-sandbox")
    String kurerClientId;

    @Inject
    @ConfigProperty(name = "sandbox.maskinporten.scopes", defaultValue = "digitalpostinnbygger:send")
    String scopes;

    @Inject
    @ConfigProperty(name = "sandbox.altinn.request-timeout-seconds", defaultValue = "864000")
    long requestTimeoutSeconds;

    private SandboxCertificateAuthority ca;
    private AltinnAuthentication altinn;
    private TokenEndpoint tokenEndpoint;
    private MaskinportenSigningKey signingKey;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (enabled) {
            try {
                LOG.info("Sandbox enabled; test CA certificate at "
                        + ca().pemFile().toAbsolutePath());
                operator();
                altinnAuthentication().approveOwnSystemUser(operatorOrgno, "kurer", kurerClientId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "cannot create the sandbox CA in " + dir, e);
            }
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** {@code sandbox.base-url} without a trailing slash. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String maskinportenIssuer() {
        return baseUrl() + "/sandbox/maskinporten/";
    }

    public synchronized SandboxCertificateAuthority ca() {
        requireEnabled();
        if (ca == null) {
            ca = new SandboxCertificateAuthority(Path.of(dir));
        }
        return ca;
    }

    public synchronized MaskinportenSigningKey signingKey() {
        requireEnabled();
        if (signingKey == null) {
            signingKey = MaskinportenSigningKey.loadOrCreate(Path.of(dir));
        }
        return signingKey;
    }

    public synchronized TokenEndpoint tokenEndpoint() {
        if (tokenEndpoint == null) {
            List<String> granted = Arrays.stream(scopes.split("[\\s,]+"))
                    .filter(s -> !s.isBlank())
                    .toList();
            tokenEndpoint = new TokenEndpoint(
                    maskinportenIssuer(),
                    ca().certificate(),
                    signingKey(),
                    granted,
                    altinnAuthentication(),
                    Clock.systemUTC());
        }
        return tokenEndpoint;
    }

    /** The Altinn stand-ins' root, what {@code altinn.base-url} points at in the sandbox profile. */
    public String altinnBaseUrl() {
        return baseUrl() + "/sandbox/altinn";
    }

    /**
     * The Altinn Authentication stand-in's register and requests ({@code ${sandbox.dir}/altinn-authentication.json}),
     * whose approvals the Maskinporten stand-in consults for system user grants.
     */
    public synchronized AltinnAuthentication altinnAuthentication() {
        requireEnabled();
        if (altinn == null) {
            altinn = new AltinnAuthentication(
                    new AltinnState(Path.of(dir, "altinn-authentication.json")),
                    id -> altinnBaseUrl() + "/confirm/" + id,
                    Duration.ofSeconds(requestTimeoutSeconds),
                    Clock.systemUTC());
        }
        return altinn;
    }

    /**
     * Kurer's own enterprise identity in the sandbox, kept in {@code ${sandbox.dir}/identities/<orgno>.p12}
     * (password {@code sandbox}), where the {@code %sandbox.} profile points {@code maskinporten.keystore.path}.
     */
    public EnterpriseIdentity operator() {
        return ca().persistentIdentity(operatorOrgno, "Kurer Sandbox Operator");
    }

    /** The mailbox provider's persistent identity; its certificate is what a KRR lookup would give. */
    public EnterpriseIdentity mailbox() {
        return ca().persistentIdentity(MAILBOX_ORGNO, "Sandbox Postkasse");
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new SandboxDisabled();
        }
    }
}
