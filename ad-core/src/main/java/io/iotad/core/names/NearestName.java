package io.iotad.core.names;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The "did you mean" of a mistyped name (a configuration key, a strategy, an option): the closest
 * known name by edit distance, when it is close enough to be the one meant.
 */
public final class NearestName {
    private NearestName() {
    }

    /**
     * @param name the unknown name
     * @param known the names that exist
     * @return the closest known name within {@code max(1, min(3, length / 3))} edits (case ignored), if any
     */
    public static Optional<String> of(String name, Collection<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(lower, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(1, Math.min(3, name.length() / 3)) ? Optional.of(best) : Optional.empty();
    }

    /**
     * @param name the unknown name
     * @param known the names that exist
     * @return {@code "; did you mean 'x'?"} for the closest known name, or empty text when none is close
     */
    public static String hint(String name, Collection<String> known) {
        return of(name, known).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    /**
     * @param a one text
     * @param b another
     * @return the Levenshtein distance: insertions, deletions and substitutions that turn {@code a} into {@code b}
     */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
