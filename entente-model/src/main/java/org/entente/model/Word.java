package org.entente.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A word of one of the case format's closed vocabularies, as it is written in a case file.
 * Enums implement this so that parsing and listing the valid words is written once.
 */
public interface Word {

    /** @return the word as written in a case file, e.g. {@code energy-nuclear} */
    String id();

    /**
     * Finds the constant of {@code type} written as {@code id}.
     *
     * @param type the vocabulary
     * @param id   the word as written
     * @param <E>  the vocabulary type
     * @return the constant, or empty when the word is not in the vocabulary
     */
    static <E extends Enum<E> & Word> Optional<E> parse(Class<E> type, String id) {
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * @param type the vocabulary
     * @param <E>  the vocabulary type
     * @return every word of the vocabulary, in declaration order
     */
    static <E extends Enum<E> & Word> List<String> ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Word::id).toList();
    }

    /**
     * Turns an enum constant name such as {@code ENERGY_NUCLEAR} into its case-file word.
     *
     * @param constantName the enum constant's name
     * @return the lower-case, hyphenated word
     */
    static String fromConstant(String constantName) {
        return constantName.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
