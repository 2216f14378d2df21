package org.mlpot.units;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds the known words closest to a misspelled one, for "did you mean" hints. */
final class Spelling {
    private static final int MAX_SUGGESTIONS = 3;

    private Spelling() {
    }

    /**
     * The candidates that equal {@code word} ignoring case, if any; else those at the smallest
     * edit distance (ignoring case) when that distance is at most 1 for words of two or three
     * characters and 2 for longer ones; at most three, in the candidates' order.
     */
    static List<String> closest(String word, List<String> candidates) {
        List<String> sameIgnoringCase = new ArrayList<>();
        for (String candidate : candidates) {
            if (candidate.equalsIgnoreCase(word)) {
                sameIgnoringCase.add(candidate);
            }
        }
        if (!sameIgnoringCase.isEmpty()) {
            return limit(sameIgnoringCase);
        }
        int allowed = word.length() <= 1 ? 0 : word.length() <= 3 ? 1 : 2;
        String lower = word.toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        List<String> nearest = new ArrayList<>();
        for (String candidate : candidates) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance > allowed || distance > best) {
                continue;
            }
            if (distance < best) {
                best = distance;
                nearest.clear();
            }
            nearest.add(candidate);
        }
        return limit(nearest);
    }

    /** The Levenshtein distance: insertions, deletions and substitutions of one character each. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static List<String> limit(List<String> words) {
        return List.copyOf(words.subList(0, Math.min(MAX_SUGGESTIONS, words.size())));
    }
}
