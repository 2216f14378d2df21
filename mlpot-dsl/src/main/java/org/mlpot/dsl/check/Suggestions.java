package org.mlpot.dsl.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** "Did you mean" hints for misspelled keys and names, by edit distance. */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * A hint such as {@code " (did you mean 'cutoff'?)"}, or an empty string when no candidate is
     * within edit distance 1 (words up to three characters) or 2 (longer words), ignoring case.
     */
    static String hint(String word, Collection<String> candidates) {
        List<String> close = closest(word, candidates);
        if (close.isEmpty()) {
            return "";
        }
        List<String> quoted = new ArrayList<>();
        for (String c : close) {
            quoted.add("'" + c + "'");
        }
        return " (did you mean " + String.join(" or ", quoted) + "?)";
    }

    /** The nearest candidates, at most three, in the candidates' order. */
    static List<String> closest(String word, Collection<String> candidates) {
        int allowed = word.length() <= 1 ? 0 : word.length() <= 3 ? 1 : 2;
        String lower = word.toLowerCase(Locale.ROOT);
        int best = Integer.MAX_VALUE;
        List<String> nearest = new ArrayList<>();
        for (String candidate : candidates) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d > allowed || d > best) {
                continue;
            }
            if (d < best) {
                best = d;
                nearest.clear();
            }
            nearest.add(candidate);
        }
        return List.copyOf(nearest.subList(0, Math.min(3, nearest.size())));
    }

    /**
     * The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
     * neighbouring characters, one each ({@code cru} is one step from {@code cur}).
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
