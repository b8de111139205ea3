package no.kurer.admin.boundary;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the admin page's static files from {@code src/main/webapp/admin}: Kurer's JAX-RS application is mapped to
 * {@code /*}, which leaves no path to the server's own file servlet. Only names in {@code admin/} with a known
 * extension; the container has checked the role before this runs.
 */
@Path("admin")
public class AdminPage {

    static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8", "js", "text/javascript;charset=utf-8", "css", "text/css;charset=utf-8");

    private static final Pattern PAGE_FILE = Pattern.compile("/admin/?|/admin/[a-z0-9-]+\\.(html|js|css)");

    @Context
    ServletContext servletContext;

    /** Whether {@code path} (below the context root) is the page or one of its files, rather than the admin API. */
    static boolean isPageFile(String path) {
        return PAGE_FILE.matcher(path).matches();
    }

    @GET
    public Response index() {
        return file("index.html");
    }

    @GET
    @Path("{file: [a-z0-9-]+\\.(html|js|css)}")
    public Response file(@PathParam("file") String file) {
        InputStream content = servletContext.getResourceAsStream("/admin/" + file);
        if (content == null) {
            throw new NotFoundException();
        }
        String extension = file.substring(file.lastIndexOf('.') + 1);
        return Response.ok(content, TYPES.get(extension))
                .header("Cache-Control", "no-cache")
                .build();
    }
}
