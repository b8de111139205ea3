package no.kurer.dpi.forwarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import no.kurer.dpi.forwarding.entity.Route;

/**
 * Routes the administrator configures: {@code dpi.route.<receiver orgno>} = base URL of the corner 3, read on every
 * call so a route set in the server console is used at once. The same route serves every process.
 */
@ApplicationScoped
public class ConfiguredRouting implements Routing {

    private ForwardingSettings settings;

    protected ConfiguredRouting() {}

    @Inject
    public ConfiguredRouting(ForwardingSettings settings) {
        this.settings = settings;
    }

    @Override
    public Optional<Route> route(String receiverOrgno, String process) {
        if (receiverOrgno == null || !receiverOrgno.matches("[0-9]{9}")) {
            return Optional.empty();
        }
        return settings.route(receiverOrgno).map(url -> new Route(receiverOrgno, parse(receiverOrgno, url)));
    }

    private static URI parse(String receiverOrgno, String url) {
        String key = ForwardingSettings.routeKey(receiverOrgno);
        try {
            URI uri = new URI(url);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new NoRoute(receiverOrgno, key + " is not an http(s) URL: " + url);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new NoRoute(receiverOrgno, key + " is not a URL: " + url);
        }
    }
}
