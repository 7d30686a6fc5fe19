package org.entente.events;

import java.time.LocalDateTime;

/**
 * One row of a GDELT 2.0 mentions file: an article (or other document) that mentions an event.
 *
 * @param eventId    the event's GLOBALEVENTID
 * @param eventTime  when the event was first seen (EventTimeDate, to the 15 minutes)
 * @param time       when this article mentioned it (MentionTimeDate)
 * @param type       MentionType: 1 web, 2 citation only, 3 CORE, 4 DTIC, 5 JSTOR, 6 non-textual
 * @param outlet     MentionSourceName, e.g. a newspaper's domain
 * @param url        MentionIdentifier: the article's address (a citation for other types)
 * @param sentence   SentenceID: the sentence of the article the event was coded from
 * @param inRawText  InRawText: whether the event was found in the raw text, not only after
 *                   coreference
 * @param confidence Confidence, 10 to 100 percent: how sure the coding is
 * @param docLength  MentionDocLen, the article's length in characters
 * @param tone       MentionDocTone, the article's tone
 * @param translated MentionDocTranslationInfo: the source language and engine when translated,
 *                   else empty
 */
public record Mention(long eventId, LocalDateTime eventTime, LocalDateTime time, int type, String outlet, String url,
                      int sentence, boolean inRawText, int confidence, int docLength, double tone, String translated) {
}
