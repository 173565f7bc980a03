package parley.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ISO day of a metadata date ("2020-03-05T10:00:00Z" -> "2020-03-05"). */
final class Dates {

    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");

    private Dates() {
    }

    static String isoDay(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(value);
        return m.find() ? m.group(1) : null;
    }
}
