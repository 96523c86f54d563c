package org.ecrural.cli;

import org.ecrural.kb.Catalogue;
import org.ecrural.kb.report.Clause;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecrural.kb.edition.ClauseTexts;
import org.ecrural.kb.edition.EditionParameters;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.folder.RuleFolder;
import org.ecrural.kb.report.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ecrural explain RULE-ID [--lang zh|en]}: a rule's clause key and the notice's text of it,
 * the sentence(s) it enforces, its severity and what that means, the edition parameters in force
 * that it uses, the plan data it reads (derived from its DRL and its words, {@link PlanDataRead}),
 * and its DRL source. Exit 2 with one line for an
 * unknown rule id.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explains one rule: the clause of the notice it enforces (with the notice's text), its severity, "
                + "the parameters in force, the plan data it reads and its DRL source.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE-ID", description = "a rule id, as `ecrural rules` lists them")
    String ruleId;

    @Option(names = "--lang", defaultValue = "zh", description = "language of the labels: zh or en (default: ${DEFAULT-VALUE})")
    EvaluateCommand.Lang lang;

    @Mixin
    RuleSource rules;

    @Override
    public Integer call() {
        PolicyEngine engine = rules.engine(spec.commandLine().getErr());
        if (engine == null) {
            return Ecrural.BAD_INPUT;
        }
        String id = ruleId == null ? "" : ruleId.strip().toUpperCase(java.util.Locale.ROOT);
        Optional<RuleInfo> rule = engine.rules().stream().filter(r -> r.id().equals(id)).findFirst();
        if (rule.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("ecrural: no rule " + ruleId + " (`ecrural rules` lists the " + engine.rules().size() + " rule ids)");
            err.flush();
            return Ecrural.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(explain(engine, rule.get(), lang == EvaluateCommand.Lang.zh ? Language.ZH : Language.EN));
        out.flush();
        return Ecrural.OK;
    }

    /** @return the explanation of a rule, as the command prints it */
    static String explain(PolicyEngine engine, RuleInfo rule, Language lang) {
        boolean zh = lang == Language.ZH;
        StringBuilder b = new StringBuilder();
        String source = ruleSource(engine.source(), rule.id());
        b.append(rule.id()).append("  ").append(zh ? rule.check().title().zh() : rule.check().title().en()).append('\n');
        b.append(zh ? "规则：" : "Rule: ").append(rule.title(lang)).append('\n');
        if (rule.subjectType() != null) {
            b.append(zh ? "适用对象：" : "Subject: ").append(org.ecrural.kb.Catalogue.label(rule.subjectType(), lang)).append('\n');
        }
        b.append('\n').append(zh ? "条款：" : "Clause: ").append(Catalogue.clauseLabels(rule.clause(), lang))
                .append(zh ? "（" : " (").append(rule.clause()).append(zh ? "）" : ")").append('\n');
        for (String key : ClauseTexts.keys(rule.clause())) {
            Clause c = ClauseTexts.clause(key) != null ? ClauseTexts.clause(key) : engine.localClauses().get(key);
            if (c == null) {
                b.append("  ").append(key).append(zh ? "（通知中无此条款）" : " (no such clause in the notice)").append('\n');
                continue;
            }
            b.append("  ").append(key).append(' ').append(c.title()).append('\n');
            b.append("    ").append(c.text()).append('\n');
        }
        List<String> quotes = rule.quotes();
        if (!quotes.isEmpty()) {
            b.append(zh ? "本规则执行的原句：" : "The sentence(s) it enforces:").append('\n');
            quotes.forEach(q -> b.append("  「").append(q).append("」\n"));
        }
        Optional.ofNullable(rule.basis()).ifPresent(t -> b.append(zh ? "本规则不执行通知的某一原句。依据说明：" : "It enforces no sentence of the notice. Basis:")
                .append('\n').append("  ").append(zh ? t.zh() : t.en()).append('\n'));
        b.append('\n').append(zh ? "严重程度：" : "Severity: ").append(zh ? rule.severity().zh() + "（" + rule.severity().name() + "）"
                : rule.severity().name()).append(" — ").append(rule.severity().meaning(lang)).append('\n');

        String code = code(source);
        List<EditionParameters.Parameter> params = parametersUsed(engine.edition(), rule, code);
        b.append('\n').append(zh ? "现行参数（" + engine.edition().getEdition() + " 版）：" : "Parameters in force (edition "
                + engine.edition().getEdition() + "):").append('\n');
        if (params.isEmpty()) {
            b.append("  ").append(zh ? "无" : "none").append('\n');
        }
        for (EditionParameters.Parameter p : params) {
            b.append("  ").append(p.name()).append(" = ").append(p.value()).append('\n');
            b.append("      ").append(zh ? "条款 " : "clause ").append(p.clause()).append(": ").append(p.note()).append('\n');
        }

        b.append('\n').append(zh ? "读取的方案数据（由其 DRL 与文字模板得出）：" : "Plan data it reads (from its DRL and its words):")
                .append('\n');
        Map<String, List<String>> reads = PlanDataRead.read(rule.file() == null ? null : engine.source().drlFiles().get(rule.file()),
                code, wordsEntry(engine.source(), rule.id()));
        if (rule.severity() == org.ecrural.kb.report.Severity.PRINCIPLE) {
            reads.put("areas[].justifications[]", List.of("rule", "text"));
        }
        if (reads.isEmpty()) {
            b.append("  ").append(zh ? "无" : "none").append('\n');
        }
        reads.forEach((path, fields) -> b.append("  ").append(path)
                .append(fields.isEmpty() ? "" : ": " + String.join(", ", fields)).append('\n'));

        b.append('\n').append(zh ? "DRL 源码（" : "DRL source (").append(rule.file() == null ? "?" : rule.file())
                .append(zh ? "）：" : "):").append('\n');
        b.append(source == null ? (zh ? "（未找到）" : "(not found)") : source.strip()).append('\n');
        return b.toString();
    }

    /** @return the DRL without its string literals and comments: what it reads, not what it says */
    static String code(String source) {
        if (source == null) {
            return null;
        }
        return source.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("//[^\n]*", "");
    }

    /** @return the text of a rule's entry in its section's words file (its metadata and templates), or null */
    static String wordsEntry(RuleFolder folder, String id) {
        Pattern entry = Pattern.compile("(?m)^( +)" + Pattern.quote(id) + ":[ \\t]*$");
        for (String text : folder.wordsFiles().values()) {
            Matcher m = entry.matcher(text);
            if (m.find()) {
                int indent = m.group(1).length();
                Matcher next = Pattern.compile("(?m)^ {0," + indent + "}[^ \\r\\n#]").matcher(text);
                int end = next.find(m.end()) ? next.start() : text.length();
                return text.substring(m.end(), end);
            }
        }
        return null;
    }

    /** @return the DRL of the rule with this id: the rule named so, or else the one whose @id is it */
    static String ruleSource(RuleFolder folder, String id) {
        String byName = folder.ruleSource(id);
        if (byName != null) {
            return byName;
        }
        Pattern named = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"[^\\n]*\\n(?:[^\\n]*\\n){0,3}?[^\\n]*@id\\(\"" + Pattern.quote(id) + "\"\\)");
        for (String text : folder.drlFiles().values()) {
            Matcher m = named.matcher(text);
            if (m.find()) {
                return folder.ruleSource(m.group(1));
            }
        }
        return null;
    }

    /** Methods of EditionParameters that read a parameter, besides its getter. */
    private static final Map<String, List<String>> PARAMETER_METHODS = Map.of(
            "addressedProvinces", List.of("isAddressed", "provinceName"),
            "oldAreaRegionProvinces", List.of("regionLiesIn", "isEligibleOldAreaCounty", "isCoveredByPromotion", "RegionProvinces"),
            "prohibitedExpenseTypes", List.of("isProhibited"),
            "preferredSupportMethods", List.of("isPreferred"),
            "trainingTargetGroups", List.of("isTargetGroup"),
            "practicalSkillTopics", List.of("isPracticalSkill"));

    /**
     * @return the edition parameters the rule's DRL uses: named in it (as a property, getter or
     *         a method that reads it), or, for the work-plan items read by clause key, those of its clause
     */
    static List<EditionParameters.Parameter> parametersUsed(EditionParameters edition, RuleInfo rule, String source) {
        List<EditionParameters.Parameter> used = new ArrayList<>();
        if (source == null) {
            return used;
        }
        List<String> keys = ClauseTexts.keys(rule.clause());
        for (EditionParameters.Parameter p : edition.parameters()) {
            String name = p.name();
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            boolean named = Pattern.compile("\\b(" + Pattern.quote(name) + "|get" + Pattern.quote(cap) + "|is" + Pattern.quote(cap) + ")\\b")
                    .matcher(source).find();
            for (String method : PARAMETER_METHODS.getOrDefault(name, List.of())) {
                named |= Pattern.compile("\\$\\w+\\s*\\.\\s*(get)?" + method + "\\s*\\(").matcher(source).find();
            }
            named |= source.contains("getWorkPlanItems") && name.startsWith("workPlan") && keys.contains(p.clause());
            if (named) {
                used.add(p);
            }
        }
        return used;
    }
}
