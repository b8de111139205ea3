package no.kurer.sandbox.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** With {@code sandbox.enabled=false} (the default) every {@code /sandbox…} path is 404. */
@Provider
@PreMatching
@ApplicationScoped
public class SandboxSwitch implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "sandbox.enabled", defaultValue = "false")
    boolean enabled;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!enabled && isSandboxPath(request.getUriInfo().getPath())) {
            request.abortWith(SandboxResponses.problem(
                    404, "sandbox-disabled", "Not Found", "The sandbox is switched off (sandbox.enabled=false)."));
        }
    }

    static boolean isSandboxPath(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.equals("sandbox") || relative.startsWith("sandbox/");
    }
}
