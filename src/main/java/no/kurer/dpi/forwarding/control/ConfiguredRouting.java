package no.kurer.dpi.forwarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.function.Function;
import no.kurer.configuration.Settings;
import no.kurer.dpi.forwarding.entity.Route;

/**
 * Routes the administrator configures: {@code dpi.route.<receiver orgno>} = base URL of the corner 3, read on every
 * call so a route set in the server console is used at once. The same route serves every process.
 */
@ApplicationScoped
public class ConfiguredRouting implements Routing {

    static final String PREFIX = "dpi.route.";

    private final Function<String, Optional<String>> config;

    public ConfiguredRouting() {
        this(new Settings()::optional);
    }

    public ConfiguredRouting(Function<String, Optional<String>> config) {
        this.config = config;
    }

    @Override
    public Optional<Route> route(String receiverOrgno, String process) {
        if (receiverOrgno == null || !receiverOrgno.matches("[0-9]{9}")) {
            return Optional.empty();
        }
        return config.apply(PREFIX + receiverOrgno).map(url -> new Route(receiverOrgno, parse(receiverOrgno, url)));
    }

    private static URI parse(String receiverOrgno, String url) {
        try {
            URI uri = new URI(url);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new NoRoute(receiverOrgno, PREFIX + receiverOrgno + " is not an http(s) URL: " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new NoRoute(receiverOrgno, PREFIX + receiverOrgno + " is not a URL: " + url);
        }
    }
}
