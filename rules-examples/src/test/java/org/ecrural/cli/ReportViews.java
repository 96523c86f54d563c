package org.ecrural.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report in one format shows, read back from its text: the (rule, subject, blocking)
 * findings, the verdicts, and counts per severity; so tests can check that the three formats agree.
 *
 * @param findings     "RULE|TYPE|ID|blocking" per finding
 * @param verdicts     "TYPE ID" to outcome, for the subjects the format lists
 * @param cleanCounts  outcome to number of subjects without findings (text only counts them)
 * @param bySeverity   findings per severity
 */
record ReportViews(List<String> findings, Map<String, String> verdicts, Map<String, Integer> cleanCounts,
                   Map<String, Integer> bySeverity) {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The English labels of the subject types and outcomes the text report prints, and the names they stand for. */
    private static final Map<String, String> TYPE_NAMES = names(org.ecrural.kb.report.SubjectType.values());
    private static final Map<String, String> OUTCOME_NAMES = names(org.ecrural.kb.report.Outcome.values());
    private static final String TYPES = alternatives(TYPE_NAMES);
    private static final String OUTCOMES = alternatives(OUTCOME_NAMES);

    private static Map<String, String> names(Enum<?>[] values) {
        Map<String, String> out = new TreeMap<>();
        for (Enum<?> v : values) {
            out.put(org.ecrural.kb.Catalogue.label(v, org.ecrural.kb.report.Language.EN), v.name());
        }
        return out;
    }

    /** @return the labels as regex alternatives, longest first (so "not acceptable" before "acceptable") */
    private static String alternatives(Map<String, String> names) {
        return names.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    static ReportViews ofJson(String json) {
        try {
            JsonNode r = JSON.readTree(json);
            List<String> findings = new ArrayList<>();
            Map<String, Integer> bySeverity = new TreeMap<>();
            Set<String> withFindings = new TreeSet<>();
            for (JsonNode f : r.get("findings")) {
                String subject = f.get("subject").get("type").asText() + " " + f.get("subject").get("id").asText();
                findings.add(f.get("rule").asText() + "|" + subject.replace(' ', '|') + "|" + f.get("blocking").asBoolean());
                bySeverity.merge(f.get("severity").asText(), 1, Integer::sum);
                withFindings.add(subject);
            }
            Map<String, String> verdicts = new TreeMap<>();
            Map<String, Integer> clean = new TreeMap<>();
            for (JsonNode v : r.get("verdicts")) {
                String subject = v.get("subject").get("type").asText() + " " + v.get("subject").get("id").asText();
                verdicts.put(subject, v.get("outcome").asText());
                if (!withFindings.contains(subject)) {
                    clean.merge(v.get("outcome").asText(), 1, Integer::sum);
                }
            }
            return new ReportViews(findings, verdicts, clean, bySeverity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the English text report. */
    static ReportViews ofText(String text) {
        Pattern heading = Pattern.compile("^(" + TYPES + ") (\\S+)(?:  [✓✗] (" + OUTCOMES + "))?(?: — .*)?$");
        Pattern finding = Pattern.compile("^  ([✗≈•]) \\[([A-Z]+)\\] (\\S+) \\((?:section|annex|preamble)[^)]*\\)");
        Pattern clean = Pattern.compile("^Subjects without findings: (.*)$");
        List<String> findings = new ArrayList<>();
        Map<String, String> verdicts = new TreeMap<>();
        Map<String, Integer> cleanCounts = new TreeMap<>();
        Map<String, Integer> bySeverity = new TreeMap<>();
        String subject = null;
        for (String line : text.split("\n")) {
            Matcher h = heading.matcher(line);
            Matcher f = finding.matcher(line);
            Matcher c = clean.matcher(line);
            if (h.matches()) {
                String type = TYPE_NAMES.get(h.group(1));
                subject = type + "|" + h.group(2);
                if (h.group(3) != null) {
                    verdicts.put(type + " " + h.group(2), OUTCOME_NAMES.get(h.group(3)));
                }
            } else if (f.find()) {
                findings.add(f.group(3) + "|" + subject + "|" + f.group(1).equals("✗"));
                bySeverity.merge(f.group(2), 1, Integer::sum);
            } else if (c.matches()) {
                for (String part : c.group(1).split(", ")) {
                    int space = part.lastIndexOf(' ');
                    cleanCounts.put(OUTCOME_NAMES.get(part.substring(0, space)), Integer.parseInt(part.substring(space + 1)));
                }
            }
        }
        return new ReportViews(findings, verdicts, cleanCounts, bySeverity);
    }

    /** Reads the HTML report's markup (its data attributes). */
    static ReportViews ofHtml(String html) {
        Pattern details = Pattern.compile("<details class=\"finding[^\"]*\" id=\"f-\\d+\" data-rule=\"([^\"]*)\" data-severity=\"([A-Z]+)\""
                + " data-section=\"[A-Z_]*\" data-subject-type=\"([A-Z_]+)\" data-subject-id=\"([^\"]*)\" data-blocking=\"(true|false)\"");
        Pattern row = Pattern.compile("<tr class=\"subject[^\"]*\" data-type=\"([A-Z_]+)\" data-id=\"([^\"]*)\" data-outcome=\"([A-Z_]*)\">");
        List<String> findings = new ArrayList<>();
        Map<String, Integer> bySeverity = new TreeMap<>();
        Matcher d = details.matcher(html);
        while (d.find()) {
            findings.add(unescape(d.group(1)) + "|" + d.group(3) + "|" + unescape(d.group(4)) + "|" + d.group(5));
            bySeverity.merge(d.group(2), 1, Integer::sum);
        }
        Map<String, String> verdicts = new TreeMap<>();
        Map<String, Integer> clean = new TreeMap<>();
        Set<String> withFindings = new TreeSet<>();
        findings.forEach(f -> {
            String[] parts = f.split("\\|");
            withFindings.add(parts[1] + " " + parts[2]);
        });
        Matcher r = row.matcher(html);
        while (r.find()) {
            if (!r.group(3).isEmpty()) {
                String subject = r.group(1) + " " + unescape(r.group(2));
                verdicts.put(subject, r.group(3));
                if (!withFindings.contains(subject)) {
                    clean.merge(r.group(3), 1, Integer::sum);
                }
            }
        }
        return new ReportViews(findings, verdicts, clean, bySeverity);
    }

    /** @return the verdicts of the subjects that have findings */
    Map<String, String> verdictsWithFindings() {
        Set<String> withFindings = new TreeSet<>();
        findings.forEach(f -> {
            String[] parts = f.split("\\|");
            withFindings.add(parts[1] + " " + parts[2]);
        });
        Map<String, String> map = new TreeMap<>(verdicts);
        map.keySet().retainAll(withFindings);
        return map;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
