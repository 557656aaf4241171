package io.iotad.core.detect;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The default {@link DetectorOptions#toMap()}: a record's components under their snake_case names. */
final class RecordOptions {
    private RecordOptions() {
    }

    static Map<String, Object> toMap(DetectorOptions options) {
        RecordComponent[] components = options.getClass().getRecordComponents();
        if (components == null) {
            throw new UnsupportedOperationException(options.getClass().getName()
                    + " is not a record: it must implement DetectorOptions.toMap()");
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

    /** @return {@code minDays} as {@code min_days} */
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
