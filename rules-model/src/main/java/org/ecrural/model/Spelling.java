package org.ecrural.model;

/**
 * How far apart two names are, for "did you mean" suggestions: the number of single-character
 * insertions, deletions, substitutions and swaps of neighbours that turn one into the other
 * (optimal string alignment distance). One place for every suggestion the project makes: unknown
 * plan fields, rule ids, parameters, clause keys, DRL fields.
 */
public final class Spelling {
    private Spelling() {
    }

    /** @return the edit distance between a and b, swaps of neighbouring characters counting as one */
    public static int distance(String a, String b) {
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
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
