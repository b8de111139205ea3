package no.kurer.problems;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;

/**
 * Reads query, path, header, matrix and cookie parameters the way JAX-RS does ({@code valueOf}, {@code fromString} or
 * a constructor taking a String), but a value that cannot be read is a 400 {@link InvalidParameter} naming the
 * parameter. Left to itself, JAX-RS answers a malformed query or path parameter with 404, as if the resource did not
 * exist. A {@link WebApplicationException} is what JAX-RS passes on unchanged from a converter; {@link ProblemMapper}
 * writes the problem it carries.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    private static final Map<Class<?>, Class<?>> BOXED = Map.of(
            int.class,
            Integer.class,
            long.class,
            Long.class,
            short.class,
            Short.class,
            byte.class,
            Byte.class,
            double.class,
            Double.class,
            float.class,
            Float.class,
            boolean.class,
            Boolean.class);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String[] parameter = parameter(annotations);
        Class<?> type = BOXED.getOrDefault(rawType, rawType);
        if (parameter == null || type == String.class || type == Character.class) {
            return null;
        }
        Reader reader = reader(type);
        if (reader == null) {
            return null;
        }
        String expected = expected(type);
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) reader.read(value);
                } catch (Exception e) {
                    throw new WebApplicationException(
                            new InvalidParameter(parameter[0], parameter[1], expected, value), 400);
                }
            }

            @Override
            public String toString(T value) {
                return String.valueOf(value);
            }
        };
    }

    @FunctionalInterface
    interface Reader {
        Object read(String value) throws Exception;
    }

    private static Reader reader(Class<?> type) {
        if (type.isEnum()) {
            return value -> Arrays.stream(type.getEnumConstants())
                    .filter(c -> ((Enum<?>) c).name().equals(value))
                    .findFirst()
                    .orElseThrow();
        }
        for (String name : new String[] {"valueOf", "fromString", "parse"}) {
            try {
                Method method = type.getMethod(name, String.class);
                if (Modifier.isStatic(method.getModifiers()) && type.isAssignableFrom(method.getReturnType())) {
                    return value -> invoke(method, value);
                }
            } catch (NoSuchMethodException next) {
                // try the next way JAX-RS knows
            }
        }
        try {
            Constructor<?> constructor = type.getConstructor(String.class);
            return constructor::newInstance;
        } catch (NoSuchMethodException none) {
            return null;
        }
    }

    private static Object invoke(Method method, String value) throws Exception {
        if (method.getDeclaringClass() == Boolean.class && !value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("not a boolean");
        }
        return method.invoke(null, value);
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class) {
            return "a whole number (" + range(type) + ")";
        }
        if (type == Double.class || type == Float.class) {
            return "a number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "well-formed";
    }

    private static String range(Class<?> type) {
        return type == Integer.class
                ? "at most " + Integer.MAX_VALUE
                : type == Long.class
                        ? "at most " + Long.MAX_VALUE
                        : type == Short.class ? "at most " + Short.MAX_VALUE : "at most " + Byte.MAX_VALUE;
    }

    /** The kind and name of the parameter, or null for an entity or a form field. */
    private static String[] parameter(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return new String[] {"Query", q.value()};
            } else if (a instanceof PathParam p) {
                return new String[] {"Path", p.value()};
            } else if (a instanceof HeaderParam h) {
                return new String[] {"Header", h.value()};
            } else if (a instanceof MatrixParam m) {
                return new String[] {"Matrix", m.value()};
            } else if (a instanceof CookieParam c) {
                return new String[] {"Cookie", c.value()};
            }
        }
        return null;
    }
}
