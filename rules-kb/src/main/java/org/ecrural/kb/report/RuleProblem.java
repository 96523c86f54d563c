package org.ecrural.kb.report;

/**
 * One thing wrong with a rule folder: where (file, line and column where known; 0 when not) and
 * a plain message.
 */
public record RuleProblem(String file, int line, int column, String message) {
    /** A problem of a whole file, or of the folder when file is null. */
    public static RuleProblem of(String file, String message) {
        return new RuleProblem(file, 0, 0, message);
    }

    /** A problem at a character offset of a file's text; the line and column are counted from it. */
    public static RuleProblem atOffset(String file, String text, int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new RuleProblem(file, line, offset - lineStart + 1, message);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (file != null) {
            s.append(file);
            if (line > 0) {
                s.append(':').append(line);
                if (column > 0) {
                    s.append(':').append(column);
                }
            }
            s.append(": ");
        }
        return s.append(message).toString();
    }
}
