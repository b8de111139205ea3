package no.kurer.sandbox.sender.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sets or removes one value in a tree of maps and lists, addressed by a JSON Pointer (RFC 6901). */
final class JsonPointerPatch {

    private JsonPointerPatch() {}

    /** {@code value == null} removes the member; missing objects on the way are created. */
    @SuppressWarnings("unchecked")
    static void apply(Map<String, Object> root, String pointer, Object value) {
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON Pointer starts with '/': " + pointer);
        }
        String[] tokens = pointer.substring(1).split("/", -1);
        Object current = root;
        for (int i = 0; i < tokens.length - 1; i++) {
            String token = unescape(tokens[i]);
            if (current instanceof Map<?, ?> map) {
                current = ((Map<String, Object>) map).computeIfAbsent(token, k -> new LinkedHashMap<String, Object>());
            } else if (current instanceof List<?> list) {
                current = list.get(Integer.parseInt(token));
            } else {
                throw new IllegalArgumentException(pointer + " goes through a value that is not an object");
            }
        }
        String last = unescape(tokens[tokens.length - 1]);
        if (current instanceof Map<?, ?> map) {
            if (value == null) {
                map.remove(last);
            } else {
                ((Map<String, Object>) map).put(last, value);
            }
        } else if (current instanceof List<?> list) {
            List<Object> items = (List<Object>) list;
            if (value == null) {
                items.remove(Integer.parseInt(last));
            } else if (last.equals("-")) {
                items.add(value);
            } else {
                items.set(Integer.parseInt(last), value);
            }
        } else {
            throw new IllegalArgumentException(pointer + " does not address a member of an object or array");
        }
    }

    /** A mutable copy, so that immutable maps and lists built with {@code Map.of} can be patched. */
    @SuppressWarnings("unchecked")
    static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return (T) copy;
        }
        return value;
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
