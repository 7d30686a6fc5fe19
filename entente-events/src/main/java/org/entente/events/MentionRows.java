package org.entente.events;

import java.time.DateTimeException;
import java.time.LocalDateTime;

/**
 * Reads rows of GDELT 2.0 mentions files (16 tab-separated columns, Leetaru 2015 codebook). Each
 * value the store keeps is checked, and a row that fails is rejected naming the column and value.
 */
final class MentionRows {

    private MentionRows() {
    }

    /** Columns of a mentions row. */
    static final int COLUMNS = 16;

    /** @return whether a line of 16 fields starts as a mentions row: an id, then two 14-digit times */
    static boolean looksLikeOne(String line) {
        String[] f = line.split("\t", 4);
        return f.length == 4 && f[0].chars().allMatch(Character::isDigit) && !f[0].isEmpty()
                && f[1].length() == 14 && f[1].chars().allMatch(Character::isDigit)
                && f[2].length() == 14 && f[2].chars().allMatch(Character::isDigit);
    }

    /**
     * @param f a row's fields
     * @return the mention
     * @throws BadRowException naming the column at fault
     */
    static Mention read(String[] f) {
        if (f.length != COLUMNS) {
            throw new BadRowException(f.length + " columns; a GDELT 2.0 mentions row has " + COLUMNS);
        }
        long id = RowReader.longField(f, 0, "GLOBALEVENTID");
        LocalDateTime eventTime = time(f[1], "EventTimeDate");
        LocalDateTime time = time(f[2], "MentionTimeDate");
        int type = small(f[3], "MentionType", 1, 6);
        if (f[5].isEmpty()) {
            throw new BadRowException("MentionIdentifier is empty: a mention names its document");
        }
        int sentence = signed(f[6], "SentenceID");
        int inRaw = small(f[10], "InRawText", 0, 1);
        int confidence = small(f[11], "Confidence", 0, 100);
        int length = RowReader.count(f, 12, "MentionDocLen").getAsInt();
        double tone = RowReader.number(f, 13, "MentionDocTone");
        signed(f[7], "Actor1CharOffset");
        signed(f[8], "Actor2CharOffset");
        signed(f[9], "ActionCharOffset");
        return new Mention(id, eventTime, time, type, f[4], f[5], sentence, inRaw == 1, confidence, length, tone, f[14]);
    }

    /** Parses YYYYMMDDHHMMSS. */
    private static LocalDateTime time(String s, String name) {
        if (s.length() != 14 || !s.chars().allMatch(Character::isDigit)) {
            throw new BadRowException(name + " '" + RowReader.clip(s) + "' is not a time YYYYMMDDHHMMSS");
        }
        try {
            return LocalDateTime.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)), Integer.parseInt(s.substring(8, 10)),
                    Integer.parseInt(s.substring(10, 12)), Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new BadRowException(name + " '" + s + "' is not a real time");
        }
    }

    private static int small(String s, String name, int min, int max) {
        int v = s.length() >= 1 && s.length() <= 3 && s.chars().allMatch(Character::isDigit) ? Integer.parseInt(s) : -1;
        if (v < min || v > max) {
            throw new BadRowException(name + " '" + RowReader.clip(s) + "' is not a whole number from " + min + " to " + max);
        }
        return v;
    }

    /** A whole number that may be -1 (GDELT's mark for "not found"). */
    private static int signed(String s, String name) {
        String digits = s.startsWith("-") ? s.substring(1) : s;
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            throw new BadRowException(name + " '" + RowReader.clip(s) + "' is not a whole number");
        }
        return Integer.parseInt(s);
    }
}
