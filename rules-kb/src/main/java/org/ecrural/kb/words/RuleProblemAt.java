package org.ecrural.kb.words;

import org.ecrural.kb.RuleProblem;

/** Locating problems in DRL text. */
final class RuleProblemAt {
    private RuleProblemAt() {
    }

    /** @return a problem at a character offset of a file's text, with its line and column */
    static RuleProblem offset(String file, String text, int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new RuleProblem(file, line, offset - lineStart + 1, message);
    }

    /** @return the text with comments replaced by spaces (line breaks kept), string literals left as they are */
    static String blankComments(String s) {
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
            } else if (c == '"') {
                out.append(c);
                i++;
                while (i < s.length() && s.charAt(i) != '"' && s.charAt(i) != '\n') {
                    if (s.charAt(i) == '\\' && i + 1 < s.length()) {
                        out.append(s.charAt(i));
                        i++;
                    }
                    out.append(s.charAt(i));
                    i++;
                }
                if (i < s.length()) {
                    out.append(s.charAt(i));
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
