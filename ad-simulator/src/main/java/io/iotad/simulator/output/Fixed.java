package io.iotad.simulator.output;

/** Fixed-point formatting of values the simulator already rounded, exact and locale-free. */
final class Fixed {
    private Fixed() {
    }

    /** @return {@code v} rounded to one decimal, e.g. {@code -3.0}, {@code 21.5} */
    static String oneDecimal(double v) {
        long t = Math.round(v * 10);
        String sign = t < 0 ? "-" : "";
        t = Math.abs(t);
        return sign + (t / 10) + "." + (t % 10);
    }

    /** @return {@code v} rounded to four decimals without trailing zeros beyond the first, e.g. {@code 46.9481} */
    static String coordinate(double v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 1e4), 4).stripTrailingZeros().toPlainString();
    }
}
