package no.kurer.testsupport;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every typed parameter (not a String) of every JAX-RS resource method Maven compiled, found by reflection over
 * {@code target/classes}, so that an endpoint added later is covered without touching the test.
 */
public final class Endpoints {

    /** One parameter, and how to build a request in which only it is malformed. */
    public record Parameter(String kind, String name, String httpMethod, String path, String consumes) {

        public HttpRequest badRequest(URI base, String bad, String authorization) {
            String filled = path.replaceAll("\\{" + name + "(\\s*:[^}]*)?}", kind.equals("path") ? bad : "1")
                    .replaceAll("\\{[^}]*}", "1");
            String uri = filled
                    + switch (kind) {
                        case "query" -> "?" + name + "=" + bad;
                        case "matrix" -> ";" + name + "=" + bad;
                        default -> "";
                    };
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(uri.replaceAll("/+", "/")))
                    .header("Authorization", authorization)
                    .method(
                            httpMethod,
                            httpMethod.equals("GET") || httpMethod.equals("DELETE")
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString("{}"));
            if (!httpMethod.equals("GET") && !httpMethod.equals("DELETE")) {
                request.header("Content-Type", consumes);
            }
            if (kind.equals("header")) {
                request.header(name, bad);
            } else if (kind.equals("cookie")) {
                request.header("Cookie", name + "=" + bad);
            }
            return request.build();
        }
    }

    private Endpoints() {}

    public static List<Parameter> typedParameters() {
        List<Parameter> found = new ArrayList<>();
        for (Class<?> resource : resources()) {
            String classPath = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method method : resource.getMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String path = "/" + classPath + "/" + (sub == null ? "" : sub.value());
                for (Parameter p : parameters(method, httpMethod, path, consumes(resource, method))) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    private static List<Parameter> parameters(Method method, String httpMethod, String path, String consumes) {
        List<Parameter> found = new ArrayList<>();
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            Class<?> type = parameter.getType();
            if (type == String.class || !(type.isPrimitive() || hasStringFactory(type))) {
                continue;
            }
            String[] kindAndName = kindAndName(parameter);
            // A malformed Content-Length is refused by the HTTP server itself, before any application sees it.
            if (kindAndName != null && !kindAndName[1].equalsIgnoreCase("Content-Length")) {
                found.add(new Parameter(kindAndName[0], kindAndName[1], httpMethod, path, consumes));
            }
        }
        return found;
    }

    private static String[] kindAndName(java.lang.reflect.Parameter parameter) {
        for (Annotation a : parameter.getAnnotations()) {
            if (a instanceof QueryParam q) {
                return new String[] {"query", q.value()};
            } else if (a instanceof PathParam p) {
                return new String[] {"path", p.value()};
            } else if (a instanceof HeaderParam h) {
                return new String[] {"header", h.value()};
            } else if (a instanceof MatrixParam m) {
                return new String[] {"matrix", m.value()};
            } else if (a instanceof CookieParam c) {
                return new String[] {"cookie", c.value()};
            }
        }
        return null;
    }

    private static boolean hasStringFactory(Class<?> type) {
        for (String factory : new String[] {"valueOf", "fromString"}) {
            try {
                if (Modifier.isStatic(type.getMethod(factory, String.class).getModifiers())) {
                    return true;
                }
            } catch (NoSuchMethodException next) {
                // try the next
            }
        }
        try {
            type.getConstructor(String.class);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String consumes(Class<?> resource, Method method) {
        Consumes consumes = method.getAnnotation(Consumes.class) != null
                ? method.getAnnotation(Consumes.class)
                : resource.getAnnotation(Consumes.class);
        String type = consumes == null ? "application/json" : consumes.value()[0];
        return type.equals("*/*") ? "application/octet-stream" : type;
    }

    private static List<Class<?>> resources() {
        Path classes = new File(System.getProperty("kurer.classes", "target/classes")).toPath();
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file)
                        .toString()
                        .replace(File.separatorChar, '.')
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, Endpoints.class.getClassLoader());
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class) && !type.isInterface()) {
                    resources.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return resources;
    }
}
