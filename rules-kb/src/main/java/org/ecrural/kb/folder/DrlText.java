package org.ecrural.kb.folder;

import org.ecrural.kb.words.DrlSource;

/** DRL source as text: comments and strings blanked out, to find where a name is written. */
final class DrlText {
    private DrlText() {
    }

    /** Replaces comments and string literals with spaces, keeping line breaks, so offsets stay true. */
    static String blankCommentsAndStrings(String s) {
        return DrlSource.blank(s, true);
    }
}
