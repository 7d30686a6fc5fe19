package org.entente.events;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An article that mentioned a kept event, as the store keeps it from a GDELT 2.0 mentions file.
 *
 * @param time       when the article mentioned the event
 * @param outlet     the outlet (MentionSourceName)
 * @param url        the article's address
 * @param confidence GDELT's confidence in the coding, percent
 * @param tone       the article's tone
 * @param translated the source language and engine when GDELT translated the article, else empty
 */
public record StoredMention(LocalDateTime time, String outlet, String url, int confidence, double tone, String translated) {

    /** @return the fields in a fixed order, for JSON */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", time.toString());
        m.put("outlet", outlet);
        m.put("url", url);
        m.put("confidence", confidence);
        m.put("tone", tone);
        m.put("translated", translated);
        return m;
    }
}
