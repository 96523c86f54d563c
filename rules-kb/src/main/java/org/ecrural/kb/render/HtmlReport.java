package org.ecrural.kb.render;

import java.util.List;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.report.Report;

/**
 * Renders a report as one self-contained HTML page that works offline: inline CSS and JavaScript
 * only, no external script, font, style or image (a Content-Security-Policy forbids loading any).
 *
 * <p>The page has a summary on top (findings per severity and per section of the notice,
 * verdicts, central funds at stake), filters by severity, section, blocking and text, a table per
 * subject type with verdict colours in which each finding opens to its clause text (the sentences
 * it enforces marked), measured value and limit, remedy, justification and evidence; and the
 * notice itself, annotated: each clause with the rules that enforce it and this plan's findings
 * against it. Labels are in the given language; the notice's text is Chinese.
 *
 * <p>Everything that comes from the plan (names, ids, messages, evidence, justification text) is
 * escaped. The page's script writes what it rendered, counted from the page itself, into
 * {@code <pre id="render-check">} as JSON ({@code ok}, {@code errors}, {@code findings},
 * {@code bySeverity}, {@code verdicts}, {@code pairs}, {@code summaryMatches}), so a headless
 * browser can check the page against the JSON report.
 *
 * <p>The markup is in templates beside the CSS and the script
 * ({@code org/ecrural/kb/render/page.html}, {@code finding.html}); every value they insert is
 * escaped by {@link #escape(String)} unless the template marks it safe.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** @return the report as a self-contained HTML page in the given language */
    public static String render(Report report, Language lang) {
        return HtmlPage.render(report, lang);
    }

    /**
     * @return the text escaped for HTML text and attribute values: {@code & < > " '} as entities,
     *         control and bidi characters written visibly ({@code \u202E})
     */
    public static String escape(String text) {
        return esc(text);
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (TextReport.hidden(c)) {
                        b.append(String.format("\\u%04X", (int) c)); // shown, never acting on the text around it
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * @return the text escaped, with every occurrence of each quote wrapped in {@code <mark>}
     *         (overlapping quotes merged into one mark)
     */
    static String marked(String text, List<String> quotes) {
        boolean[] in = new boolean[text.length()];
        for (String q : quotes) {
            if (q == null || q.isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
                for (int i = at; i < at + q.length(); i++) {
                    in[i] = true;
                }
            }
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && in[j] == in[i]) {
                j++;
            }
            String part = esc(text.substring(i, j));
            b.append(in[i] ? "<mark>" + part + "</mark>" : part);
            i = j;
        }
        return b.toString();
    }
}
