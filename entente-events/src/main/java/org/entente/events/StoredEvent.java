package org.entente.events;

import java.util.List;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * One watched event as the store keeps it, for drill-down.
 *
 * @param date        the day
 * @param source      gdelt or icews
 * @param actor1      source state
 * @param actor1Name  source actor as coded
 * @param actor2      target state
 * @param actor2Name  target actor as coded
 * @param code        CAMEO event code
 * @param description the code's description from the bundled codebook, or empty
 * @param goldstein   Goldstein weight
 * @param mentions    NumMentions, when the source has it
 * @param place       where it happened
 * @param url         the source document (GDELT's SOURCEURL); for ICEWS, which gives no address, the
 *                    publisher ({@link #publisher()})
 * @param file        the file it was read from
 * @param line        its line
 * @param articles    the articles that mentioned it, kept from GDELT 2.0 mentions files, earliest
 *                    first; empty when none were ingested
 */
public record StoredEvent(LocalDate date, String source, String actor1, String actor1Name, String actor2,
                          String actor2Name, String code, String description, double goldstein, OptionalInt mentions,
                          String place, String url, String file, long line, List<StoredMention> articles) {

    /** Copies the list. */
    public StoredEvent {
        articles = List.copyOf(articles);
    }

    /**
     * @param list the articles that mentioned it
     * @return this event with them
     */
    public StoredEvent withArticles(List<StoredMention> list) {
        return new StoredEvent(date, source, actor1, actor1Name, actor2, actor2Name, code, description, goldstein,
                mentions, place, url, file, line, list);
    }

    /** @return the address of the source document, or empty (ICEWS gives none) */
    public String address() {
        return "icews".equals(source) ? "" : url;
    }

    /** @return who published the source document, as ICEWS names it, or empty (GDELT gives an address instead) */
    public String publisher() {
        return "icews".equals(source) ? url : "";
    }

    /**
     * The event's public fields in a fixed order, for JSON: everything but where it was read
     * from (the file and line, which a caller may add when showing them is wanted).
     *
     * @return field name to value
     */
    public java.util.Map<String, Object> fields() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("date", date.toString());
        m.put("source", source);
        m.put("actor1", actor1);
        m.put("actor1Name", actor1Name);
        m.put("actor2", actor2);
        m.put("actor2Name", actor2Name);
        m.put("code", code);
        m.put("description", description);
        m.put("goldstein", goldstein);
        m.put("mentions", mentions);
        m.put("place", place);
        m.put("url", address());
        m.put("publisher", publisher());
        m.put("articles", articles.stream().map(StoredMention::fields).toList());
        return m;
    }
}
