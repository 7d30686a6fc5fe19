package org.entente.events;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a store holds from one source.
 *
 * @param source   gdelt or icews
 * @param files    files ingested
 * @param accepted rows accepted
 * @param rejected rows rejected
 * @param dyadic   accepted rows between two states
 * @param first    the earliest event date
 * @param last     the latest event date
 */
public record Coverage(String source, long files, long accepted, long rejected, long dyadic, Optional<LocalDate> first,
                       Optional<LocalDate> last) {
}
