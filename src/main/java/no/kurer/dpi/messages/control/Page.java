package no.kurer.dpi.messages.control;

/** A page of {@code GET /dpi/messages/in}: {@code page} counts from 0, {@code page_size} 1 to {@value #MAX_SIZE}. */
public record Page(int number, int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 1000;

    public static Page of(String page, String pageSize) {
        int number = parse("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int size = parse("page_size", pageSize, DEFAULT_SIZE, 1, MAX_SIZE);
        return new Page(number, size);
    }

    private static int parse(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                throw new InvalidPaging(name + " must be between " + min + " and " + max + ", not " + parsed + ".");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new InvalidPaging(name + " must be a whole number, not '" + value + "'.");
        }
    }
}
