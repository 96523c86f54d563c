package org.ecrural.cli;

import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecrural.kb.Catalogue;
import org.ecrural.kb.ClauseTexts;
import org.ecrural.kb.EditionParameters;
import org.ecrural.kb.Language;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.RuleFolder;
import org.ecrural.kb.RuleInfo;
import org.ecrural.model.County;
import org.ecrural.model.DemoArea;
import org.ecrural.model.Filing;
import org.ecrural.model.FinalSubmission;
import org.ecrural.model.FundAllocation;
import org.ecrural.model.IdleFundReallocation;
import org.ecrural.model.Justification;
import org.ecrural.model.Ledger;
import org.ecrural.model.NationalRuralAverage;
import org.ecrural.model.Nomination;
import org.ecrural.model.PrefecturePromotion;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.Province;
import org.ecrural.model.TrainingRecord;
import org.ecrural.model.Villages;
import org.ecrural.model.WorkPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ecrural explain RULE-ID [--lang zh|en]}: a rule's clause key and the notice's text of it,
 * the sentence(s) it enforces, its severity and what that means, the edition parameters in force
 * that it uses, the plan data its DRL reads, and its DRL source. Exit 2 with one line for an
 * unknown rule id.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explains one rule: the clause of the notice it enforces (with the notice's text), its severity, "
                + "the parameters in force, the plan data it reads and its DRL source.")
final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RULE-ID", description = "a rule id, e.g. FUND-UPWARD-MIN-SHARE (see `ecrural rules`)")
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
        b.append(zh ? "规则：" : "Rule: ").append(rule.title()).append('\n');
        Catalogue.entry(rule.id()).ifPresent(e -> b.append(zh ? "适用对象：" : "Subject: ").append(e.subject()).append('\n')
                .append(zh ? "检查内容：" : "Checks: ").append(e.statement()).append('\n'));
        b.append('\n').append(zh ? "条款 " : "Clause ").append(rule.clause()).append('\n');
        for (String key : ClauseTexts.keys(rule.clause())) {
            ClauseTexts.Clause c = ClauseTexts.clause(key) != null ? ClauseTexts.clause(key) : engine.localClauses().get(key);
            if (c == null) {
                b.append("  ").append(key).append(zh ? "（通知中无此条款）" : " (no such clause in the notice)").append('\n');
                continue;
            }
            b.append("  ").append(key).append(' ').append(c.title()).append('\n');
            b.append("    ").append(c.text()).append('\n');
        }
        List<String> quotes = ClauseTexts.quotes(rule.id());
        if (!quotes.isEmpty()) {
            b.append(zh ? "本规则执行的原句：" : "The sentence(s) it enforces:").append('\n');
            quotes.forEach(q -> b.append("  「").append(q).append("」\n"));
        }
        ClauseTexts.basis(rule.id()).ifPresent(t -> b.append(zh ? "本规则不执行通知的某一原句。依据说明：" : "It enforces no sentence of the notice. Basis:")
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

        b.append('\n').append(zh ? "读取的方案数据（其 DRL 中出现的事实与字段）：" : "Plan data it reads (facts and fields named in its DRL):")
                .append('\n');
        Map<String, List<String>> reads = planDataRead(code);
        if (rule.severity() == org.ecrural.kb.Severity.PRINCIPLE) {
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

    /** The plan-document part each fact class of the DRL comes from. */
    private static final Map<Class<?>, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put(Province.class, "province");
        PARTS.put(County.class, "counties[]");
        PARTS.put(Villages.class, "counties[].villages");
        PARTS.put(NationalRuralAverage.class, "nationalRuralAverage");
        PARTS.put(Filing.class, "filing");
        PARTS.put(Nomination.class, "nominations[]");
        PARTS.put(PrefecturePromotion.class, "prefecturePromotions[]");
        PARTS.put(FinalSubmission.class, "finalSubmission");
        PARTS.put(WorkPlan.class, "workPlan");
        PARTS.put(DemoArea.class, "areas[]");
        PARTS.put(Justification.class, "areas[].justifications[]");
        PARTS.put(FundAllocation.class, "fundAllocations[]");
        PARTS.put(ProjectItem.class, "projects[]");
        PARTS.put(Ledger.class, "projects[].ledger");
        PARTS.put(TrainingRecord.class, "trainingRecords[]");
        PARTS.put(IdleFundReallocation.class, "idleFundReallocations[]");
    }

    /** The classification facts the engine derives from the plan, and the plan data each is computed from. */
    private static final Map<String, Map<String, List<String>>> DERIVED_FACTS = Map.of(
            "AreaFunds", Map.of("fundAllocations[]", List.of("area", "centralFunds"),
                    "projects[]", List.of("area", "direction", "expenseType", "centralFunds")),
            "IdleRewardCheck", Map.of("idleFundReallocations[]", List.of("fromArea", "toCounty", "amount", "recipientRatedOutstanding"),
                    "counties[]", List.of("code", "supportedInYear"), "finalSubmission", List.of("counties"),
                    "province", List.of("code")),
            "VillageCoverage", Map.of("counties[].villages", List.of("registeredPoor", "registeredPoorServed", "administrative",
                    "administrativeServed")),
            "RetailGrowth", Map.of("counties[]", List.of("onlineRetailGrowth", "agriOnlineRetailGrowth"),
                    "nationalRuralAverage", List.of("onlineRetailGrowth", "agriOnlineRetailGrowth")));

    /** Derived properties of the fact classes, and the plan fields they are computed from. */
    private static final Map<String, List<String>> DERIVED = Map.of(
            "isDistrict", List.of("divisionType"),
            "district", List.of("divisionType"),
            "isPovertyCounty", List.of("nationalKeyCounty", "contiguousArea"),
            "povertyCounty", List.of("nationalKeyCounty", "contiguousArea"),
            "provinceCode", List.of("code"),
            "isSupportedBefore", List.of("supportedInYear"),
            "centralFundsOrZero", List.of("centralFunds"),
            "hasCentralFunds", List.of("centralFunds"),
            "hasFiscalSubsidy", List.of("centralFunds", "localFunds"));

    /**
     * @return each part of the plan document the rule's DRL reads, with the fields of it named
     *         there (the DRL's fact types, their properties, getters and derived properties)
     */
    static Map<String, List<String>> planDataRead(String source) {
        Map<String, List<String>> reads = new LinkedHashMap<>();
        if (source == null) {
            return reads;
        }
        for (Map.Entry<Class<?>, String> part : PARTS.entrySet()) {
            Class<?> type = part.getKey();
            boolean mentioned = Pattern.compile("\\b" + type.getSimpleName() + "\\b").matcher(source).find();
            boolean nested = (type == Villages.class || type == Ledger.class || type == Justification.class)
                    && Pattern.compile("\\b(get)?" + (type == Villages.class ? "[Vv]illages" : type == Ledger.class ? "[Ll]edger" : "[Jj]ustifications") + "\\b")
                    .matcher(source).find();
            if (!mentioned && !nested) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                String name = f.getName();
                String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                if (Pattern.compile("\\b(" + name + "|get" + cap + "|is" + cap + ")\\b").matcher(source).find()) {
                    fields.add(name);
                }
            }
            DERIVED.forEach((method, from) -> {
                boolean belongs = from.stream().allMatch(n -> hasField(type, n));
                if (belongs && Pattern.compile("\\b" + method + "\\b").matcher(source).find()) {
                    from.stream().filter(n -> !fields.contains(n)).forEach(fields::add);
                }
            });
            reads.put(part.getValue(), fields);
        }
        // the engine's classification facts (org.ecrural.kb.facts), and the plan data they are computed from
        DERIVED_FACTS.forEach((fact, parts) -> {
            if (Pattern.compile("\\b" + fact + "\\b").matcher(source).find()) {
                parts.forEach((part, fields) -> {
                    List<String> list = reads.computeIfAbsent(part, k -> new ArrayList<>());
                    fields.stream().filter(f -> !list.contains(f)).forEach(list::add);
                });
            }
        });
        if (source.contains("AreaOfPlan")) {
            reads.put("demo areas (codes of areas[], fundAllocations[].area, projects[].area)", List.of());
        }
        if (source.contains("DisclosureSite")) {
            reads.put("websites with a disclosure column (province.code, name, disclosureColumn; areas[].code, disclosureColumn)", List.of());
        }
        if (source.contains("RankedLists")) {
            reads.put("ranked lists (nominations[].track, rank)", List.of());
        }
        if (source.contains("PlanContext")) {
            Map<String, String> context = new LinkedHashMap<>();
            context.put("evaluationDate|getEvaluationDate", "evaluationDate");
            context.put("provinceCode|getProvinceCode", "province.code");
            context.put("provinceName|getProvinceName", "province.name");
            context.put("nameOf|isListedCounty|countyName", "counties[].code, name");
            context.put("quota|getQuota", "quota");
            List<String> ctx = new ArrayList<>();
            context.forEach((names, field) -> {
                if (Pattern.compile("\\b(" + names + ")\\b").matcher(source).find()) {
                    ctx.add(field);
                }
            });
            if (!ctx.isEmpty()) {
                reads.put("plan", ctx);
            }
        }
        return reads;
    }

    private static boolean hasField(Class<?> type, String name) {
        try {
            type.getDeclaredField(name);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }
}
