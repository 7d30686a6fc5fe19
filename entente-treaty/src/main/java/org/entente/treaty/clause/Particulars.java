package org.entente.treaty.clause;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who made the treaty, and when and where it was signed, as far as the text says.
 *
 * @param title   its title line, if any
 * @param parties the parties as named in the title ("... between A, B and C") or the preamble's opening
 * @param signed  the signing date, ISO style at the precision found ("1949-04-04", "1951"), if found
 * @param place   where it was signed, if found
 */
public record Particulars(Optional<String> title, List<String> parties, Optional<String> signed, Optional<String> place) {

    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTHS + " (\\d{1,2}),? (\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2}|[a-z]+(?:-[a-z]+)?)(?:st|nd|rd|th)? (?:day of )?" + MONTHS + ",? (\\d{4})");
    private static final Pattern YEAR_ONLY = Pattern.compile("day of (\\d{4})");
    private static final Pattern DONE_AT = Pattern.compile("(?i:done at|signed at|done in|signed in)\\s+([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?)");
    private static final Pattern PLACE_DATE = Pattern.compile("(?m)^([A-Z][A-Za-z]+), (?:" + MONTHS + "|\\d{1,2} )");
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween (.+?)(?: on | concerning | regarding | relating | for the | with respect |$)");
    private static final Pattern OPENING = Pattern.compile("^(?:The )?(.{3,200}?),? (?:have agreed|have reached|hereby agree|have resolved|desirous|desiring)");

    /** Copies the list and checks the fields. */
    public Particulars {
        parties = List.copyOf(parties);
    }

    /**
     * @param text      the extracted text
     * @param structure its clause tree
     * @return what the text says of its parties, date and place
     */
    public static Particulars of(String text, Structure structure) {
        String closing = structure.closing().map(s -> s.of(text)).orElse("");
        String opening = structure.preamble().map(s -> s.of(text)).orElse("");
        Optional<String> signed = date(closing).or(() -> date(heading(text)));
        Optional<String> place = place(closing).or(() -> place(opening.substring(0, Math.min(200, opening.length()))));
        return new Particulars(structure.title(), parties(structure.title().orElse(""), opening), signed, place);
    }

    /** @return the short lines among the first five, where a place-and-date line such as "CANBERRA, 21 January 1944" stands */
    private static String heading(String text) {
        return String.join("\n", text.lines().limit(5).filter(l -> l.length() < 100).toList());
    }

    private static Optional<String> date(String s) {
        Matcher m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return Optional.of(iso(m.group(3), m.group(1), Integer.parseInt(m.group(2))));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        while (m.find()) {
            int day = Numerals.value(m.group(1));
            if (day >= 1 && day <= 31) {
                return Optional.of(iso(m.group(3), m.group(2), day));
            }
        }
        m = YEAR_ONLY.matcher(s);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static String iso(String year, String month, int day) {
        int mm = List.of(MONTHS.substring(1, MONTHS.length() - 1).split("\\|")).indexOf(month) + 1;
        return String.format(Locale.ROOT, "%s-%02d-%02d", year, mm, day);
    }

    private static Optional<String> place(String s) {
        Matcher m = DONE_AT.matcher(s);
        if (m.find() && !m.group(1).equals("The")) {
            return Optional.of(m.group(1));
        }
        m = PLACE_DATE.matcher(s);
        return m.find() ? Optional.of(capitalised(m.group(1))) : Optional.empty();
    }

    private static List<String> parties(String title, String preamble) {
        Matcher m = BETWEEN.matcher(title);
        String list = m.find() ? m.group(1) : null;
        if (list == null) {
            Matcher o = OPENING.matcher(preamble);
            list = o.find() && !o.group(1).contains("Parties") && !o.group(1).contains(";") ? o.group(1) : null;
        }
        if (list == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : capitalised(list).split(",\\s*(?:and\\s+)?|\\s+and\\s+(?=(?:the\\s+)?[A-Z])")) {
            String name = p.strip().replaceFirst("^(?i)the ", "");
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        return out;
    }

    private static String capitalised(String s) {
        if (s.chars().anyMatch(Character::isLowerCase)) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (String w : s.toLowerCase(Locale.ROOT).split(" ")) {
            boolean small = List.of("of", "the", "and").contains(w) && b.length() > 0;
            b.append(b.length() > 0 ? " " : "").append(small ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }
}
