package org.ecrural.kb.words;

import org.ecrural.kb.report.RuleProblem;

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
        return DrlSource.blank(s, false);
    }
}
