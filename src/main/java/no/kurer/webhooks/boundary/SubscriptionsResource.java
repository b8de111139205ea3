package no.kurer.webhooks.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.kurer.nextmove.boundary.Page;
import no.kurer.nextmove.boundary.Paging;
import no.kurer.webhooks.control.SubscriptionRequest;
import no.kurer.webhooks.control.SubscriptionStore;
import no.kurer.webhooks.control.Subscriptions;

/**
 * {@code /api/subscriptions}, NextMove's webhooks (NEXTMOVE.md §4): list (a page), get, create (pinged first), partial
 * update (pinged again when the endpoint changes), delete one, delete all.
 */
@Path("api/subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionsResource {

    @Inject
    Subscriptions subscriptions;

    @Inject
    SubscriptionStore store;

    @Context
    HttpServletRequest http;

    @GET
    public String list(
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        Paging paging = Paging.of(page, size, sort);
        var content = store.page(user(), paging.offset(), paging.size(), paging.descending()).stream()
                .map(SubscriptionJson::of)
                .toList();
        return SubscriptionJson.write(new Page(content, paging, store.count(user())).json());
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") long id) {
        return SubscriptionJson.write(SubscriptionJson.of(store.find(user(), id)));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public String create(String body) {
        var request = SubscriptionRequest.of(SubscriptionJson.read(body));
        return SubscriptionJson.write(SubscriptionJson.of(subscriptions.create(request, user())));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    public String update(@PathParam("id") long id, String body) {
        var request = SubscriptionRequest.of(SubscriptionJson.read(body));
        return SubscriptionJson.write(SubscriptionJson.of(subscriptions.update(user(), id, request)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        store.remove(user(), id);
        return Response.ok().build();
    }

    @DELETE
    public Response deleteAll() {
        store.removeAll(user());
        return Response.ok().build();
    }

    /** The NextMove user calling; null with nextmove.authentication=off. */
    private String user() {
        return http.getUserPrincipal() == null ? null : http.getUserPrincipal().getName();
    }
}
