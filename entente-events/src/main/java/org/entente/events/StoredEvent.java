package org.entente.events;

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
 * @param url         the source document
 * @param file        the file it was read from
 * @param line        its line
 */
public record StoredEvent(LocalDate date, String source, String actor1, String actor1Name, String actor2,
                          String actor2Name, String code, String description, double goldstein, OptionalInt mentions,
                          String place, String url, String file, long line) {
}
