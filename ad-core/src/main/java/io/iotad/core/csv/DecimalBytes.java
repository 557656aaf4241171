package io.iotad.core.csv;

/**
 * Decimal numbers of {@link CsvLines} cells: a plain decimal parsed straight from the bytes where the
 * result is exact, else {@link Double#parseDouble}, so every value is bit-identical to
 * {@code Double.parseDouble} of the cell's trimmed text.
 */
final class DecimalBytes {
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long EXACT_MANTISSA = 1L << 53;

    private DecimalBytes() {
    }

    /**
     * @param buf the bytes
     * @param s the first byte of the trimmed cell
     * @param e the end of the trimmed cell, exclusive
     * @return whether the cell is empty or {@code NaN} (any case): a missing number
     */
    static boolean isMissing(byte[] buf, int s, int e) {
        if (s == e) {
            return true;
        }
        return e - s == 3 && (buf[s] | 0x20) == 'n' && (buf[s + 1] | 0x20) == 'a' && (buf[s + 2] | 0x20) == 'n';
    }

    /**
     * @param s a trimmed cell's text
     * @return {@link Double#parseDouble} of it, or null when it is not a number (nor starts like one)
     */
    static Double parseText(String s) {
        if (s.isEmpty()) {
            return null;
        }
        char ch = s.charAt(0);
        if (!(Character.isDigit(ch) || ch == '-' || ch == '+' || ch == '.' || ch == 'I')) {
            return null;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Clinger's fast path: exact when the mantissa and the power of ten are both exact doubles.
     *
     * @param buf the bytes
     * @param s the first byte of the trimmed cell, below {@code e}
     * @param e the end of the trimmed cell, exclusive
     * @return the value, or NaN when the fast path is not taken (then {@link #parseText} decides)
     */
    static double parse(byte[] buf, int s, int e) {
        int k = s;
        boolean negative = false;
        if (buf[k] == '-' || buf[k] == '+') {
            negative = buf[k] == '-';
            k++;
        }
        long mantissa = 0;
        int digits = 0;
        int scale = 0;
        while (k < e && buf[k] >= '0' && buf[k] <= '9') {
            mantissa = mantissa * 10 + (buf[k++] - '0');
            digits++;
            if (mantissa >= EXACT_MANTISSA) {
                return Double.NaN;
            }
        }
        if (k < e && buf[k] == '.') {
            k++;
            while (k < e && buf[k] >= '0' && buf[k] <= '9') {
                mantissa = mantissa * 10 + (buf[k++] - '0');
                digits++;
                scale--;
                if (mantissa >= EXACT_MANTISSA) {
                    return Double.NaN;
                }
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (k < e && (buf[k] == 'e' || buf[k] == 'E')) {
            k++;
            boolean negExp = false;
            if (k < e && (buf[k] == '-' || buf[k] == '+')) {
                negExp = buf[k] == '-';
                k++;
            }
            int exp = 0;
            int expDigits = 0;
            while (k < e && buf[k] >= '0' && buf[k] <= '9') {
                exp = exp * 10 + (buf[k++] - '0');
                if (++expDigits > 4) {
                    return Double.NaN;
                }
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
            scale += negExp ? -exp : exp;
        }
        if (k != e || scale < -22 || scale > 22) {
            return Double.NaN;
        }
        double v = (double) mantissa;
        v = scale >= 0 ? v * POWERS_OF_TEN[scale] : v / POWERS_OF_TEN[-scale];
        return negative ? -v : v;
    }
}
