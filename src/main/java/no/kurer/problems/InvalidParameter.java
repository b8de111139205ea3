package no.kurer.problems;

/** A query, path, header, matrix or cookie parameter that cannot be read as the type the endpoint takes (400). */
public class InvalidParameter extends Problem {

    public InvalidParameter(String kind, String name, String expected, String value) {
        super(
                400,
                "invalid-parameter",
                "Invalid parameter",
                kind + " parameter '" + name + "' must be " + expected + ", not '" + Details.quote(value) + "'.");
    }
}
