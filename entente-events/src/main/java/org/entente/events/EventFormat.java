package org.entente.events;

import java.util.List;

/** The event file formats Entente reads, detected per file from its first lines. */
public enum EventFormat {
    /** GDELT 1.0 events: 57 tab-separated columns (historical backfiles) or 58 (daily files, with SOURCEURL). */
    GDELT1("gdelt1", "gdelt"),
    /** GDELT 2.0 event exports: 61 tab-separated columns. */
    GDELT2("gdelt2", "gdelt"),
    /** ICEWS coded event data: tab-separated with a header line starting {@code Event ID}. */
    ICEWS("icews", "icews"),
    /**
     * ICEWS as comma-separated values with snake_case column names ({@code event_id,event_date,...}),
     * the layout of the icews R package's database and of {@code write.csv} exports of it.
     */
    ICEWS_CSV("icews-csv", "icews"),
    /**
     * GDELT 2.0 mentions: 16 tab-separated columns, one row per article that mentions an event
     * (GLOBALEVENTID, the event's and the mention's 14-digit times, the outlet, the article's
     * address, confidence, tone). Not events: they are kept for the events the store keeps.
     */
    GDELT2_MENTIONS("gdelt2-mentions", "gdelt");

    private final String id;
    private final String source;

    EventFormat(String id, String source) {
        this.id = id;
        this.source = source;
    }

    /** @return the name shown to users and kept in the ledger */
    public String id() {
        return id;
    }

    /**
     * @return the data set the format belongs to; rollups are kept per source so that GDELT and
     * ICEWS counts of the same happening are never added together
     */
    public String source() {
        return source;
    }

    /**
     * Detects the format from a file's first lines: an ICEWS header (tab- or comma-separated), else the most common count of
     * tab-separated fields (so one broken row at the top does not decide).
     *
     * @param firstLines up to a few dozen lines from the start of the file
     * @return the format, or null when none fits
     */
    static EventFormat detect(List<String> firstLines) {
        if (firstLines.isEmpty()) {
            return null;
        }
        String first = firstLines.get(0);
        if (first.startsWith("Event ID\t")) {
            return ICEWS;
        }
        if (first.startsWith("\"event_id\",") || first.startsWith("event_id,")) {
            return ICEWS_CSV;
        }
        int v1 = 0;
        int v2 = 0;
        int mentions = 0;
        for (String line : firstLines) {
            int fields = Fields.count(line, '\t');
            v1 += fields == 57 || fields == 58 ? 1 : 0;
            v2 += fields == 61 ? 1 : 0;
            mentions += fields == 16 && MentionRows.looksLikeOne(line) ? 1 : 0;
        }
        if (v1 == 0 && v2 == 0 && mentions == 0) {
            return null;
        }
        if (mentions > v1 && mentions > v2) {
            return GDELT2_MENTIONS;
        }
        return v2 >= v1 ? GDELT2 : GDELT1;
    }
}
