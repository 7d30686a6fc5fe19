package org.entente.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day. Sources often give only "2022" or
 * "March 2014"; the precision written is the precision kept, so a month-precise date is never
 * silently turned into the first of the month.
 *
 * @param year  the year
 * @param month the month 1-12, or 0 when only the year is known
 * @param day   the day of the month, or 0 when only the year or the month is known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** How precisely a date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    /** Checks that the fields make a real date. */
    public PartialDate {
        if (year < 1000 || year > 2999) {
            throw new IllegalArgumentException("year " + year + " is outside 1000-2999");
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month + " does not exist");
        }
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (day != 0) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(String.format("%04d-%02d-%02d does not exist", year, month, day), e);
            }
        }
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @param text the date as written
     * @return the date, or empty when the text is not of one of the three forms
     * @throws IllegalArgumentException when the text has the form of a date that does not exist
     */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = FORM.matcher(text.strip());   // spaces only: a control character is no part of a date
        if (!m.matches()) {
            return Optional.empty();
        }
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        // 0 is the record's mark for "not known"; written out, 00 is a month or day that does not exist
        if (m.group(2) != null && mo == 0) {
            throw new IllegalArgumentException("month 00 does not exist; write YYYY for a date known to the year");
        }
        if (m.group(3) != null && d == 0) {
            throw new IllegalArgumentException("day 00 does not exist; write YYYY-MM for a date known to the month");
        }
        return Optional.of(new PartialDate(y, mo, d));
    }

    /** @return how precisely this date is known */
    public Precision precision() {
        if (day != 0) {
            return Precision.DAY;
        }
        return month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** @return the first day this date may stand for */
    public LocalDate start() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** @return the last day this date may stand for */
    public LocalDate end() {
        if (day != 0) {
            return start();
        }
        return month != 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
    }

    /** Orders by the first day a date may stand for, the less precise first on ties. */
    @Override
    public int compareTo(PartialDate o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : precision().compareTo(o.precision());
    }

    /** @return the date as written in a case file */
    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}
