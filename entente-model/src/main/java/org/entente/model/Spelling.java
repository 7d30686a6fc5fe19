package org.entente.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Suggests the words nearest to a misspelt one, by Levenshtein edit distance, so that error
 * messages can say "did you mean ...".
 */
public final class Spelling {

    private Spelling() {
    }

    /**
     * @param word       the word as written
     * @param candidates the valid words
     * @param max        how many suggestions at most
     * @return the candidates within a plausible distance of the word, nearest first
     */
    public static List<String> nearest(String word, Collection<String> candidates, int max) {
        String w = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, w.length() / 3);
        return candidates.stream()
                .map(c -> new Scored(c, distance(w, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= limit)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::word))
                .limit(max)
                .map(Scored::word)
                .toList();
    }

    /**
     * @param a one word
     * @param b another
     * @return the number of single-character insertions, deletions and substitutions that turn a into b
     */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private record Scored(String word, int distance) {
    }
}
