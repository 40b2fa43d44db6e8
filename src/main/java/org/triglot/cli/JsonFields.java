package org.triglot.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object's fields in the order given. {@code Map.of} iterates in an order that changes from one run of the JVM
 * to the next, so the same command wrote its fields in another order each time and two outputs could not be diffed.
 */
final class JsonFields {
    private JsonFields() {
    }

    /** Keys and values, alternating: {@code of("a", 1, "b", 2)}. */
    static Map<String, Object> of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must alternate");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
