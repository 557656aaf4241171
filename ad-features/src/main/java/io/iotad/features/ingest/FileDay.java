package io.iotad.features.ingest;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar day a raw file's path names, if any: the innermost of
 * <ul>
 *   <li>the file name holding exactly one {@code YYYY-MM-DD} (e.g. {@code readings_2024-10-05.jsonl.gz}; a name with
 *       two dates, such as an export range, names none);</li>
 *   <li>a folder named {@code YYYY-MM-DD} or {@code key=YYYY-MM-DD} (e.g. {@code 2024-10-05/}, {@code date=2024-10-05/});</li>
 *   <li>folders {@code year=YYYY/month=M/day=D} (the processed zone's layout).</li>
 * </ul>
 * Only the part of the path below the raw input folder is looked at, so a dated folder above it names nothing.
 * A date that does not exist (2024-13-45) names nothing.
 */
final class FileDay {
    private static final Pattern IN_NAME = Pattern.compile("(?<![0-9])(\\d{4})-(\\d{2})-(\\d{2})(?![0-9])");
    private static final Pattern FOLDER = Pattern.compile("(?:[A-Za-z_]+=)?(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("year=(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("month=(\\d{1,2})");
    private static final Pattern DAY = Pattern.compile("day=(\\d{1,2})");

    private FileDay() {
    }

    /**
     * @param relative the file's path below its raw input folder (or just its name when it was given itself)
     * @return the day the path names, if one does
     */
    static Optional<LocalDate> of(Path relative) {
        int n = relative.getNameCount();
        String name = relative.getFileName() == null ? "" : relative.getFileName().toString();
        Matcher m = IN_NAME.matcher(name);
        if (m.find()) {
            Optional<LocalDate> d = date(m.group(1), m.group(2), m.group(3));
            return m.find() ? Optional.empty() : d;
        }
        for (int i = n - 2; i >= 0; i--) {
            String part = relative.getName(i).toString();
            Matcher f = FOLDER.matcher(part);
            if (f.matches()) {
                return date(f.group(1), f.group(2), f.group(3));
            }
            Matcher day = DAY.matcher(part);
            if (day.matches() && i >= 2) {
                Matcher month = MONTH.matcher(relative.getName(i - 1).toString());
                Matcher year = YEAR.matcher(relative.getName(i - 2).toString());
                if (month.matches() && year.matches()) {
                    return date(year.group(1), month.group(1), day.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String y, String m, String d) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
