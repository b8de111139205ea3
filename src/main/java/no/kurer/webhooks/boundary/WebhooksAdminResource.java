package no.kurer.webhooks.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.kurer.webhooks.control.WebhookOverview;

/**
 * {@code GET /admin/webhooks}: every subscription with its delivered, waiting and failed deliveries and its last error.
 * Only for the role {@code admin} (web.xml), behind the admin API's cross-site rules ({@code admin.boundary.AdminGuard}).
 */
@Path("admin/webhooks")
@RequestScoped
public class WebhooksAdminResource {

    @Inject
    WebhookOverview overview;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list() {
        return SubscriptionJson.write(overview.subscriptions());
    }
}
