package org.entente.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Reads one split row of a given format into an {@link Event}, or says why it cannot. */
abstract class RowReader {

    /**
     * @param fields the row's fields
     * @return the event
     * @throws BadRowException naming the column and the value at fault
     */
    abstract Event read(String[] fields);

    /**
     * @param line a line of the file, without its terminator
     * @return its fields (tab-separated unless the format says otherwise)
     * @throws BadRowException when the line cannot be split (an unterminated quote)
     */
    String[] split(String line) {
        return Fields.split(line, '\t');
    }

    static long longField(String[] f, int i, String name) {
        String s = f[i];
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(Character::isDigit)) {
            throw new BadRowException(name + " '" + clip(s) + "' is not a whole number");
        }
        return Long.parseLong(s);
    }

    static OptionalInt count(String[] f, int i, String name) {
        String s = f[i];
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(Character::isDigit)) {
            throw new BadRowException(name + " '" + clip(s) + "' is not a count");
        }
        return OptionalInt.of(Integer.parseInt(s));
    }

    static double number(String[] f, int i, String name) {
        try {
            double d = Double.parseDouble(f[i]);
            if (Double.isFinite(d) && !f[i].isBlank() && Character.isDigit(f[i].charAt(f[i].length() - 1))) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below with the column name
        }
        throw new BadRowException(name + " '" + clip(f[i]) + "' is not a number");
    }

    static OptionalDouble tone(String[] f, int i) {
        return OptionalDouble.of(number(f, i, "AvgTone"));
    }

    /** Parses YYYYMMDD. */
    static LocalDate compactDate(String s, String name) {
        if (s.length() != 8 || !s.chars().allMatch(Character::isDigit)) {
            throw new BadRowException(name + " '" + clip(s) + "' is not a date YYYYMMDD");
        }
        return date(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                Integer.parseInt(s.substring(6, 8)), name, s);
    }

    /** Parses YYYY-MM-DD; a reject quotes the value as written. */
    static LocalDate isoDate(String s, String name) {
        boolean shaped = s.length() == 10;
        for (int i = 0; i < s.length() && shaped; i++) {
            char c = s.charAt(i);
            shaped = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
        }
        if (!shaped) {
            throw new BadRowException(name + " '" + clip(s) + "' is not a date YYYY-MM-DD");
        }
        return date(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
                Integer.parseInt(s.substring(8, 10)), name, s);
    }

    private static LocalDate date(int y, int m, int d, String name, String text) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw new BadRowException(name + " '" + text + "' is not a real date");
        }
    }

    static String code(String s, String name) {
        if (s.length() < 2 || s.length() > 4 || !s.chars().allMatch(Character::isDigit)) {
            throw new BadRowException(name + " '" + clip(s) + "' is not a CAMEO code of 2 to 4 digits");
        }
        int root = Integer.parseInt(s.substring(0, 2));
        if (root < 1 || root > 20) {
            throw new BadRowException(name + " '" + s + "' has no CAMEO root 01 to 20");
        }
        return s;
    }

    static double goldstein(double g, String name) {
        if (g < -10 || g > 10) {
            throw new BadRowException(name + " " + g + " is outside -10 to 10");
        }
        return g;
    }

    static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
