package io.iotad.core.detect;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Options that are a record of plain values (numbers, strings, booleans, lists, maps): their
 * {@link #toMap()} needs no code. Each component, in declaration order, is recorded under its name
 * in snake_case ({@code minDays} as {@code min_days}), the spelling configuration uses; a strategy
 * whose option names or values differ implements {@link DetectorOptions#toMap()} itself.
 */
public interface RecordOptions extends DetectorOptions {
    /**
     * @return the record's components under their snake_case names, in declaration order
     * @throws UnsupportedOperationException when the implementation is not a record
     */
    @Override
    default Map<String, Object> toMap() {
        return componentsOf(this);
    }

    /**
     * @param options a record
     * @return its components under their snake_case names, in declaration order
     * @throws UnsupportedOperationException when {@code options} is not a record
     */
    static Map<String, Object> componentsOf(DetectorOptions options) {
        RecordComponent[] components = options.getClass().getRecordComponents();
        if (components == null) {
            throw new UnsupportedOperationException(options.getClass().getName()
                    + " is not a record: it must implement DetectorOptions.toMap() itself");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordComponent c : components) {
            Method accessor = c.getAccessor();
            try {
                accessor.setAccessible(true);
                out.put(snakeCase(c.getName()), accessor.invoke(options));
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                throw new IllegalStateException("cannot read option " + c.getName() + " of "
                        + options.getClass().getName() + ": " + e, e);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * @param camel a record component's name, e.g. {@code minDays}
     * @return it in snake_case, e.g. {@code min_days}
     */
    static String snakeCase(String camel) {
        StringBuilder b = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char ch = camel.charAt(i);
            if (Character.isUpperCase(ch)) {
                b.append('_').append(Character.toLowerCase(ch));
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
