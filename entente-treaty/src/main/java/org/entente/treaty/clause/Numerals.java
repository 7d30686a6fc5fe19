package org.entente.treaty.clause;

import java.util.List;
import java.util.Locale;

/**
 * Article numbers as treaties write them: arabic ("5"), roman ("V", "xii") or in words ("One",
 * "Twenty-First"). Returns -1 for anything else, so "Article of faith" is not a heading.
 */
public final class Numerals {

    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen");
    private static final List<String> ORDINALS = List.of("zeroth", "first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");
    private static final List<String> TENTHS = List.of("", "", "twentieth", "thirtieth", "fortieth", "fiftieth",
            "sixtieth", "seventieth", "eightieth", "ninetieth");

    private Numerals() {
    }

    /**
     * @param label a number as written
     * @return its value, or -1 when it is not a number
     */
    public static int value(String label) {
        String s = label.strip().toLowerCase(Locale.ROOT);
        if (s.matches("\\d{1,3}")) {
            return Integer.parseInt(s);
        }
        if (s.matches("[ivxlc]+")) {
            return roman(s);
        }
        return words(s);
    }

    private static int roman(String s) {
        int total = 0;
        int prev = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 100;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    private static int words(String s) {
        String[] parts = s.split("[- ]");
        if (parts.length == 1) {
            return single(parts[0]);
        }
        if (parts.length == 2) {
            int tens = TENS.indexOf(parts[0]);
            int unit = single(parts[1]);
            return tens >= 2 && unit > 0 && unit < 10 ? tens * 10 + unit : -1;
        }
        return -1;
    }

    private static int single(String w) {
        int i = Math.max(UNITS.indexOf(w), ORDINALS.indexOf(w));
        if (i > 0) {
            return i;
        }
        int t = Math.max(TENS.indexOf(w), TENTHS.indexOf(w));
        return t >= 2 ? t * 10 : -1;
    }
}
