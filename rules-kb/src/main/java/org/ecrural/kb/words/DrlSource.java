package org.ecrural.kb.words;

/**
 * DRL source as text, for finding where a name is written: comments (and, on request, string and
 * character literals) replaced by spaces, line breaks kept, so offsets, lines and columns stay true.
 */
public final class DrlSource {
    private DrlSource() {
    }

    /**
     * @param strings whether string and character literals are blanked too (to find code), or kept
     *                (to find the names a consequence records)
     * @return the text with comments, and literals when asked, replaced by spaces
     */
    public static String blank(String s, boolean strings) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                while (i < s.length() && !(s.charAt(i) == '*' && i + 1 < s.length() && s.charAt(i + 1) == '/')) {
                    out.append(s.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
                out.append(i < s.length() ? "  " : "");
                i += 2;
            } else if (c == '"' || (strings && c == '\'')) {
                out.append(strings ? ' ' : c);
                i++;
                while (i < s.length() && s.charAt(i) != c && s.charAt(i) != '\n') {
                    if (s.charAt(i) == '\\' && i + 1 < s.length()) {
                        out.append(strings ? ' ' : s.charAt(i));
                        i++;
                    }
                    out.append(strings ? ' ' : s.charAt(i));
                    i++;
                }
                if (i < s.length()) {
                    out.append(s.charAt(i) == '\n' ? '\n' : strings ? ' ' : s.charAt(i));
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
