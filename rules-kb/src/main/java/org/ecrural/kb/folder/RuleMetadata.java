package org.ecrural.kb.folder;

import org.ecrural.kb.edition.ClauseKeys;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.report.RuleProblem;
import org.ecrural.kb.report.Severity;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * Reads and checks the {@code @id}, {@code @clause}, {@code @severity} and {@code @title} of a rule
 * written the old way (a rule folder without words files). Such a rule has no words file to name
 * its section, so its section is read from its id's first word, as the 2018 rule ids are formed.
 *
 * <p>Internal: public only for the engine, which runs it when it compiles a folder; not for hosts.
 */
public final class RuleMetadata {
    /** The first word of an old-style rule id, and the section it stands for. */
    private static final Map<String, Check> SECTION_OF_ID = Map.of("ELIG", Check.ELIGIBILITY, "PROC", Check.PROCEDURE,
            "FUND", Check.FUNDS, "SERV", Check.SERVICE_SYSTEM, "TRAIN", Check.TRAINING, "ACPT", Check.ACCEPTANCE,
            "MGMT", Check.MANAGEMENT, "PLAN", Check.WORK_PLAN, "GOAL", Check.TARGETS);

    private RuleMetadata() {
    }

    public static RuleInfo read(Rule rule, RuleFolder.RuleLocation at, List<RuleProblem> all) {
        List<String> problems = new java.util.ArrayList<>();
        RuleInfo info = read(rule, at == null ? null : at.file(), problems);
        for (String p : problems) {
            all.add(new RuleProblem(at == null ? null : at.file(), at == null ? 0 : at.line(), 0, p));
        }
        return info;
    }

    private static RuleInfo read(Rule rule, String file, List<String> problems) {
        Map<String, Object> meta = rule.getMetaData();
        String where = "rule \"" + rule.getName() + "\"";
        String id = text(meta.get("id"));
        String clause = text(meta.get("clause"));
        String severity = text(meta.get("severity"));
        String title = text(meta.get("title"));
        int before = problems.size();
        if (id == null) {
            problems.add(where + " has no @id");
        } else if (!id.matches("[A-Z]+(-[A-Z0-9]+)+")) {
            problems.add(where + " has an @id that is not of the form SECTION-NAME: " + id);
        } else if (!SECTION_OF_ID.containsKey(id.substring(0, id.indexOf('-')))) {
            problems.add(where + ": rule id " + id + " has no known section prefix ("
                    + String.join(", ", new java.util.TreeSet<>(SECTION_OF_ID.keySet())) + ")");
        }
        if (clause == null) {
            problems.add(where + " has no @clause");
        } else {
            for (String key : clause.split(",")) {
                if (!ClauseKeys.exists(key.trim())) {
                    problems.add(where + " cites clause \"" + key.trim() + "\", which is not a clause key of the notice");
                }
            }
        }
        Severity sev = null;
        if (severity == null) {
            problems.add(where + " has no @severity");
        } else {
            try {
                sev = Severity.valueOf(severity);
            } catch (IllegalArgumentException e) {
                problems.add(where + " has @severity(\"" + severity + "\"); expected MANDATORY, PRINCIPLE, ADVISORY or TARGET");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new RuleInfo(id, clause, sev, title == null ? id : title, file,
                SECTION_OF_ID.get(id.substring(0, id.indexOf('-'))), null, null, java.util.Set.of());
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isBlank() ? null : s;
    }
}
