package io.iotad.simulator.output;

import java.util.SplittableRandom;

/**
 * Makes a malformed copy of a valid raw line, of one of four sorts a pipeline must quarantine
 * (DATA-CONTRACT §1.1): not JSON (cut in the middle), a missing required field
 * ({@code apartment_id}), a value written as a string, or a timestamp with a space for 'T'.
 */
final class LineCorruption {
    private LineCorruption() {
    }

    /**
     * @param line a valid line
     * @param rnd picks the sort
     * @return {@code [corrupted line, sort]}
     */
    static String[] corrupt(String line, SplittableRandom rnd) {
        int sort = rnd.nextInt(4);
        switch (sort) {
            case 0:
                return new String[] {line.substring(0, line.length() / 2), "bad_json"};
            case 1: {
                int a = line.indexOf("\"apartment_id\":");
                int b = line.indexOf(',', a);
                return new String[] {line.substring(0, a) + line.substring(b + 1), "missing_field apartment_id"};
            }
            case 2: {
                int v = line.indexOf("\"value\":") + "\"value\":".length();
                int e = line.indexOf('}', v);
                return new String[] {line.substring(0, v) + '"' + line.substring(v, e) + '"' + line.substring(e),
                        "string_value"};
            }
            default: {
                int t = line.indexOf('T', "{\"timestamp_str\":\"".length());
                return new String[] {line.substring(0, t) + ' ' + line.substring(t + 1), "bad_timestamp"};
            }
        }
    }
}
