package org.ecrural.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecrural.model.County;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.json.PlanReader;
import org.junit.jupiter.api.Test;

/**
 * Chinese messages are Chinese and English messages English (catalogue 1.1, *Messages*): on every
 * scenario plan of the built-in rule base, a finding's Chinese message and remedy hold no Latin
 * word other than the ids and codes of the plan (rule ids, project, record and reallocation ids),
 * its English ones no Chinese other than the plan's names and quoted words of the notice, and
 * neither says "null".
 */
class MessageLanguageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z_]*");
    private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z]+(-[A-Z0-9]+)+\\b");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}]+");
    /** Chinese quoted in English text: in 「」, in parentheses, or the signage words. */
    private static final Pattern QUOTED_CJK = Pattern.compile("「[^」]*」|\\([^)]*\\)|“[^”]*”");

    static List<PlanDocument> scenarioPlans() throws Exception {
        return scenarioPlans("eligibility", "procedure", "funds", "service-system", "training", "acceptance",
                "management", "work-plan", "targets");
    }

    /** The plans of the scenarios of the given sections (eligibility → eligibility.scenarios.json). */
    static List<PlanDocument> scenarioPlans(String... sections) throws Exception {
        List<PlanDocument> plans = new ArrayList<>();
        for (String file : sections) {
            try (InputStream in = MessageLanguageTest.class.getResourceAsStream("/org/ecrural/rules/" + file + ".scenarios.json")) {
                for (JsonNode s : JSON.readTree(in).path("scenarios")) {
                    ObjectNode plan = ((ObjectNode) s.get("plan")).deepCopy();
                    plan.put("format", 1);
                    plan.put("edition", "2018");
                    plans.add(PlanReader.read(JSON.writeValueAsString(plan)));
                }
            }
        }
        return plans;
    }

    @Test
    void chineseMessagesAreChineseAndEnglishOnesEnglishOnEveryScenarioPlan() throws Exception {
        Set<String> problems = new TreeSet<>();
        List<PlanDocument> plans = scenarioPlans();
        plans.add(Plans.gansu());
        // the bundled sample plan of the command line, beside this module in the repository
        java.nio.file.Path sample = java.nio.file.Path.of("../rules-examples/src/main/resources/samples/gansu-2018.json");
        assertThat(sample).exists();
        plans.add(PlanReader.read(sample));
        for (PlanDocument plan : plans) {
            Set<String> names = new TreeSet<>();
            Set<String> ids = new TreeSet<>();
            for (County c : plan.getCounties()) {
                if (c.getName() != null) {
                    names.add(c.getName());
                }
                if (c.getPrefecture() != null) {
                    names.add(c.getPrefecture());
                }
            }
            if (plan.getProvince() != null && plan.getProvince().getName() != null) {
                names.add(plan.getProvince().getName());
            }
            for (ProjectItem p : plan.getProjects()) {
                ids.add(p.getId());
                if (p.getName() != null) {
                    names.add(p.getName());
                }
            }
            plan.getTrainingRecords().forEach(t -> {
                ids.add(t.getId());
                if (t.getOrganiser() != null) {
                    names.add(t.getOrganiser());
                }
            });
            plan.getIdleFundReallocations().forEach(r -> ids.add(r.getId()));
            for (Finding f : Plans.ENGINE.evaluate(plan).findings()) {
                check(f, "message", f.message(), names, ids, problems);
                if (f.remedy() != null) {
                    check(f, "remedy", f.remedy(), names, ids, problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(Finding f, String what, Text text, Set<String> names, Set<String> ids, Set<String> problems) {
        String zh = strip(text.zh(), names, ids);
        Matcher m = LATIN_WORD.matcher(RULE_ID.matcher(zh).replaceAll(" "));
        while (m.find()) {
            problems.add(f.ruleId() + " " + what + ".zh has \"" + m.group() + "\": " + text.zh());
        }
        String en = QUOTED_CJK.matcher(strip(text.en(), names, ids)).replaceAll(" ");
        Matcher c = CJK.matcher(en);
        while (c.find()) {
            problems.add(f.ruleId() + " " + what + ".en has \"" + c.group() + "\": " + text.en());
        }
        for (String s : List.of(text.zh(), text.en())) {
            if (s.contains("null")) {
                problems.add(f.ruleId() + " " + what + " says null: " + s);
            }
        }
    }

    private static String strip(String s, Set<String> names, Set<String> ids) {
        String out = s;
        for (String n : names.stream().filter(x -> !x.isBlank()).sorted((a, b) -> b.length() - a.length()).toList()) {
            out = out.replace(n, " ");
        }
        for (String id : ids.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            out = out.replace(id, " ");
        }
        return out;
    }
}
