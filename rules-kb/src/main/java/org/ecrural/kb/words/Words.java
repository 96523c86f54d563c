package org.ecrural.kb.words;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Effect;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.report.RuleProblem;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.report.Text;

/** Reads and checks one section's words file ({@code funds.words.yaml} beside {@code funds.drl}). */
final class Words {
    static final List<String> SECTION_KEYS = List.of("section", "title", "evidence", "rules");
    static final List<String> RULE_KEYS = List.of("clause", "severity", "subject", "title", "quotes", "basis", "effects", "message",
            "measured", "limit", "remedy", "evidence", "variants", "equivalentMutants");
    static final List<String> VARIANT_KEYS = List.of("message", "measured", "limit", "remedy", "evidence");
    /** The recording calls of a DRL consequence that name a value: {@code .money("upward", $upward)}. */
    private static final Pattern RECORDED = Pattern.compile(
            "\\.(money|share|shareDown|shareUp|shareOf|points|percent|count|date|code|province|value|values|sorted|unlessYes|fact|evidence)\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern EVIDENCE = Pattern.compile("\\.evidence\\s*\\(\\s*\"([^\"]*)\"");
    private static final Pattern VARIANT = Pattern.compile("\\.variant\\s*\\((?:[^\";]*?,)?\\s*\"([^\"]*)\"");
    /** The facts a template may read properties of: the plan's model and the engine's derived facts. */
    static final List<Class<?>> FACT_TYPES = List.of(org.ecrural.model.County.class, org.ecrural.model.DemoArea.class,
            org.ecrural.model.FundAllocation.class, org.ecrural.model.IdleFundReallocation.class,
            org.ecrural.model.Nomination.class, org.ecrural.model.PrefecturePromotion.class,
            org.ecrural.model.ProjectItem.class, org.ecrural.model.Province.class, org.ecrural.model.TrainingRecord.class,
            org.ecrural.model.Ledger.class, org.ecrural.model.Filing.class, org.ecrural.model.FinalSubmission.class,
            org.ecrural.model.WorkPlan.class, org.ecrural.model.Villages.class, org.ecrural.model.Justification.class,
            org.ecrural.model.NationalRuralAverage.class, org.ecrural.kb.facts.AreaOfPlan.class,
            org.ecrural.kb.facts.PlanContext.class, org.ecrural.kb.facts.TrainingArea.class,
            org.ecrural.kb.facts.DisclosureSite.class, org.ecrural.kb.facts.RankedLists.Unranked.class,
            org.ecrural.kb.facts.RankedLists.RankMissing.class, org.ecrural.kb.facts.RankedLists.RankTied.class,
            org.ecrural.kb.facts.RankedLists.RankBeyond.class,
            org.ecrural.kb.facts.AreaFunds.class, org.ecrural.kb.facts.IdleRewardCheck.class,
            org.ecrural.kb.facts.VillageCoverage.class, org.ecrural.kb.facts.RetailGrowth.class);
    private static final Map<String, String> KINDS = Map.of("ProjectItem", "PROJECT", "FundAllocation", "ALLOCATION",
            "IdleFundReallocation", "REALLOCATION", "DemoArea", "AREA", "AreaOfPlan", "AREA",
            "PrefecturePromotion", "PREFECTURE", "TrainingArea", "AREA");

    private Words() {
    }

    /**
     * Reads one words file from its tree and checks it against its DRL file.
     *
     * @param root    the file's tree, or null when its text is not well-formed YAML (that problem is
     *                already added; no words then)
     * @param drlFile the DRL file beside it, or null when there is none
     * @param drl     that file's text, or null not to check the words against it (the built-in rule
     *                base's, checked by the build)
     */
    static List<RuleWords> read(String file, Node root, String drlFile, String drl, Labels labels,
                                Collection<String> clauseKeys, List<RuleProblem> problems) {
        if (root == null) {
            return List.of();
        }
        if (drlFile == null) {
            problems.add(new RuleProblem(file, 1, 0, "has no DRL file beside it (" + file.replace(Wording.WORDS_SUFFIX, ".drl") + ")"));
        }
        keys(file, root, SECTION_KEYS, problems);
        Check check = enumValue(file, root.get("section"), Check.class, "section", root.line(), problems);
        Text title = text(file, root.get("title"), "the section's title", problems, root.line());
        Map<String, RuleWords.Pair> sectionEvidence = pairs(file, root.get("evidence"), problems);
        RuleWords.Section section = new RuleWords.Section(file, check, title, sectionEvidence);
        for (Map.Entry<String, RuleWords.Pair> e : sectionEvidence.entrySet()) {
            Class<?> type = Character.isUpperCase(e.getKey().charAt(0)) ? factType(e.getKey()) : null;
            if (Character.isUpperCase(e.getKey().charAt(0)) && type == null) {
                problems.add(new RuleProblem(file, e.getValue().en().line, 0, "evidence template " + e.getKey()
                        + " names no fact type" + didYouMean(e.getKey(), FACT_TYPES.stream().map(Class::getSimpleName).toList())));
            }
        }
        Map<String, String> ruleTexts = drl == null ? Map.of() : ruleTexts(drl);
        List<RuleWords> out = new ArrayList<>();
        Node rules = root.get("rules");
        if (rules == null || rules.map().isEmpty()) {
            problems.add(new RuleProblem(file, root.line(), 0, "has no rules"));
            return out;
        }
        for (Map.Entry<String, Node> r : rules.map().entrySet()) {
            RuleWords w = rule(file, r.getKey(), r.getValue(), section, drlFile, labels, clauseKeys, problems);
            String ruleText = ruleTexts.get(r.getKey());
            if (drl != null && ruleText == null) {
                problems.add(new RuleProblem(file, r.getValue().line(), 0, "words for rule " + r.getKey()
                        + ", but " + drlFile + " has no rule \"" + r.getKey() + "\"" + didYouMean(r.getKey(), ruleTexts.keySet())));
            } else if (w != null && ruleText != null) {
                checkAgainstDrl(w, ruleText, problems);
            }
            if (w != null) {
                out.add(w);
            }
        }
        for (Map.Entry<String, String> e : ruleTexts.entrySet()) {
            if (!rules.map().containsKey(e.getKey())) {
                int at = drl.indexOf("rule \"" + e.getKey() + "\"");
                problems.add(RuleProblemAt.offset(drlFile, drl, Math.max(at, 0), "rule \"" + e.getKey()
                        + "\" has no words in " + file + " (its section's rules take their metadata and text from there)"));
            }
        }
        return out;
    }

    private static RuleWords rule(String file, String id, Node node, RuleWords.Section section, String drlFile,
                                  Labels labels, Collection<String> clauseKeys, List<RuleProblem> problems) {
        int before = problems.size();
        if (!node.isMap()) {
            problems.add(new RuleProblem(file, node.line(), 0, "rule " + id + ": expected its clause, severity, subject, title and templates"));
            return null;
        }
        keys(file, node, RULE_KEYS, problems);
        String clause = scalar(file, node.get("clause"), "rule " + id + ": clause", node.line(), problems);
        if (clause != null) {
            for (String key : clause.split(",")) {
                if (!clauseKeys.contains(key.trim())) {
                    problems.add(new RuleProblem(file, node.get("clause").line(), 0, "rule " + id + " cites clause \""
                            + key.trim() + "\", which is not a clause key of the notice nor of the folder's clauses.yaml"
                            + didYouMean(key.trim(), clauseKeys)));
                }
            }
        }
        Severity severity = enumValue(file, node.get("severity"), Severity.class, "rule " + id + ": severity", node.line(), problems);
        Set<SubjectType> subjects = EnumSet.noneOf(SubjectType.class);
        SubjectType subject = null;
        Node subj = node.get("subject");
        if (subj != null && subj.isList()) {
            // one obligation over several kinds of subject: subject: [AREA, PROVINCE]; the first is the rule's
            for (Node s : subj.list()) {
                SubjectType v = enumValue(file, s, SubjectType.class, "rule " + id + ": subject", s.line(), problems);
                if (v != null) {
                    subject = subject == null ? v : subject;
                    subjects.add(v);
                }
            }
            if (subj.list().isEmpty()) {
                problems.add(new RuleProblem(file, subj.line(), 0, "rule " + id + ": subject is missing"));
            }
        } else {
            subject = enumValue(file, subj, SubjectType.class, "rule " + id + ": subject", node.line(), problems);
            if (subject != null) {
                subjects.add(subject);
            }
        }
        Text title = text(file, node.get("title"), "rule " + id + ": title", problems, node.line());
        Set<Effect> effects = EnumSet.noneOf(Effect.class);
        Node eff = node.get("effects");
        if (eff != null && !eff.isNull()) {
            if (!eff.isList()) {
                problems.add(new RuleProblem(file, eff.line(), 0, "rule " + id + ": effects is a list, e.g. [DEEMED_WITHDRAWN]"));
            }
            for (Node e : eff.list()) {
                Effect v = enumValue(file, e, Effect.class, "rule " + id + ": effect", e.line(), problems);
                if (v != null) {
                    effects.add(v);
                }
            }
        }
        equivalentMutants(file, id, node.get("equivalentMutants"), problems);
        List<String> quotes = quotes(file, id, node.get("quotes"), clause, problems);
        Text basis = node.get("basis") == null ? null : text(file, node.get("basis"), "rule " + id + ": basis", problems, node.line());
        if (basis != null && !quotes.isEmpty()) {
            problems.add(new RuleProblem(file, node.get("basis").line(), 0, "rule " + id
                    + " has both quotes and a basis: a basis says what a rule rests on when it quotes no sentence of the notice"));
        }
        Map<String, RuleWords.Pair> templates = new LinkedHashMap<>();
        for (String part : RuleWords.PARTS) {
            if (node.get(part) != null) {
                templates.put(part, pair(file, node.get(part), "rule " + id + ": " + part, problems));
            }
        }
        if (node.get("message") == null) {
            problems.add(new RuleProblem(file, node.line(), 0, "rule " + id + " has no message"));
        }
        Map<String, RuleWords.Pair> evidence = pairs(file, node.get("evidence"), problems);
        Map<String, Map<String, RuleWords.Pair>> variants = new LinkedHashMap<>();
        Map<String, Map<String, RuleWords.Pair>> variantEvidence = new LinkedHashMap<>();
        Node vs = node.get("variants");
        if (vs != null) {
            for (Map.Entry<String, Node> v : vs.map().entrySet()) {
                keys(file, v.getValue(), VARIANT_KEYS, problems);
                Map<String, RuleWords.Pair> parts = new LinkedHashMap<>();
                for (String part : RuleWords.PARTS) {
                    if (v.getValue().get(part) != null) {
                        parts.put(part, pair(file, v.getValue().get(part), "rule " + id + ", variant " + v.getKey() + ": " + part, problems));
                    }
                }
                variants.put(v.getKey(), parts);
                variantEvidence.put(v.getKey(), pairs(file, v.getValue().get("evidence"), problems));
            }
        }
        if (problems.size() > before || severity == null || subject == null || title == null || section.check() == null) {
            return null;
        }
        RuleInfo info = new RuleInfo(id, clause, severity, title.en(), drlFile, section.check(), subject, title, effects,
                quotes, basis);
        return new RuleWords(info, subjects, file, node.line(), templates, evidence, variants, variantEvidence, section, labels);
    }

    /**
     * Checks the shape of a rule's equivalent mutants ({@code equivalentMutants: [ {mutant: "<before> -> <after>",
     * why: "…"} ]}); whether each matches a mutant of the rule is checked by org.ecrural.kb.mutation.
     */
    private static void equivalentMutants(String file, String id, Node node, List<RuleProblem> problems) {
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isList()) {
            problems.add(new RuleProblem(file, node.line(), 0, "rule " + id
                    + ": equivalentMutants is a list of {mutant: \"<before> -> <after>\", why: \"...\"}"));
            return;
        }
        for (Node e : node.list()) {
            keys(file, e, List.of("mutant", "why"), problems);
            String mutant = e.get("mutant") == null ? null : e.get("mutant").text();
            if (mutant == null || !mutant.contains(" -> ")) {
                problems.add(new RuleProblem(file, e.line(), 0, "rule " + id
                        + ": an equivalent mutant names its change as \"<before> -> <after>\", as test --mutate prints it"));
            }
            String why = e.get("why") == null ? null : e.get("why").text();
            if (why == null || why.isBlank()) {
                problems.add(new RuleProblem(file, e.line(), 0, "rule " + id
                        + ": an equivalent mutant says why no plan can tell it from the rule (why: ...)"));
            }
        }
    }

    /**
     * @return the sentences of the notice a rule quotes ({@code quotes: ["…", …]}), each checked to
     *         stand verbatim in the text of one of its clauses
     */
    private static List<String> quotes(String file, String id, Node node, String clause, List<RuleProblem> problems) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isList()) {
            problems.add(new RuleProblem(file, node.line(), 0, "rule " + id + ": quotes is a list of sentences of the notice, e.g. [\"…\"]"));
            return out;
        }
        List<String> keys = org.ecrural.kb.edition.ClauseTexts.keys(clause);
        for (Node q : node.list()) {
            if (!q.isScalar() || q.text().isBlank()) {
                problems.add(new RuleProblem(file, q.line(), 0, "rule " + id + ": a quote is a sentence of the notice in quotes"));
                continue;
            }
            String text = q.text().strip();
            boolean found = keys.stream().map(org.ecrural.kb.edition.ClauseTexts::text)
                    .anyMatch(t -> t != null && t.contains(text));
            if (!found) {
                problems.add(new RuleProblem(file, q.line(), 0, "rule " + id + " quotes \"" + text
                        + "\", which is not in the text of its clause(s) " + String.join(", ", keys)));
                continue;
            }
            out.add(text);
        }
        return out;
    }

    /** Checks a rule's templates against the values its DRL consequence records and the variants it asks for. */
    private static void checkAgainstDrl(RuleWords w, String ruleText, List<RuleProblem> problems) {
        String code = RuleProblemAt.blankComments(ruleText);
        Set<String> recorded = new HashSet<>();
        Matcher m = RECORDED.matcher(code);
        while (m.find()) {
            recorded.add(m.group(2));
        }
        recorded.add("subject");
        Set<String> evidenceNames = new HashSet<>();
        m = EVIDENCE.matcher(code);
        while (m.find()) {
            evidenceNames.add(m.group(1));
        }
        Set<String> asked = new HashSet<>();
        m = VARIANT.matcher(code);
        while (m.find()) {
            asked.add(m.group(1));
        }
        String id = w.info().id();
        for (String v : asked) {
            if (!w.variants.containsKey(v)) {
                problems.add(new RuleProblem(w.wordsFile, w.line, 0, "rule " + id + " asks for variant " + v
                        + ", which its words do not have" + didYouMean(v, w.variants.keySet())));
            }
        }
        for (String v : w.variants.keySet()) {
            if (!asked.contains(v)) {
                problems.add(new RuleProblem(w.wordsFile, w.line, 0, "rule " + id + ": variant " + v
                        + " is never asked for by its DRL (.variant(\"" + v + "\"))"));
            }
        }
        List<Map<String, RuleWords.Pair>> all = new ArrayList<>();
        all.add(w.templates);
        all.addAll(w.variants.values());
        for (Map<String, RuleWords.Pair> ts : all) {
            for (RuleWords.Pair p : ts.values()) {
                checkPlaceholders(id, p, recorded, null, problems);
            }
        }
        Set<String> withItem = new HashSet<>(recorded);
        withItem.add("item");
        boolean typed = w.section.evidence().keySet().stream().anyMatch(k -> Character.isUpperCase(k.charAt(0)));
        for (String name : evidenceNames) {
            boolean found = w.evidence.containsKey(name) || w.section.evidence().containsKey(name);
            if (!found && !typed) {
                problems.add(new RuleProblem(w.wordsFile, w.line, 0, "rule " + id + " records evidence \"" + name
                        + "\" but its words have no evidence template " + name
                        + didYouMean(name, w.evidence.keySet())));
            }
        }
        List<Map<String, RuleWords.Pair>> ev = new ArrayList<>();
        ev.add(w.evidence);
        ev.addAll(w.variantEvidence.values());
        for (Map<String, RuleWords.Pair> ts : ev) {
            for (RuleWords.Pair p : ts.values()) {
                checkPlaceholders(id, p, withItem, null, problems);
            }
        }
        for (Map.Entry<String, RuleWords.Pair> e : w.section.evidence().entrySet()) {
            Class<?> type = Character.isUpperCase(e.getKey().charAt(0)) ? factType(e.getKey()) : null;
            checkPlaceholders(id, e.getValue(), withItem, type, problems);
        }
    }

    private static void checkPlaceholders(String id, RuleWords.Pair pair, Set<String> names, Class<?> itemType,
                                          List<RuleProblem> problems) {
        for (Template t : List.of(pair.zh(), pair.en())) {
            for (Template.Part p : t.placeholders()) {
                if (!names.contains(p.root())) {
                    problems.add(new RuleProblem(t.file, t.line, 0, "template \"" + t + "\" names {" + p.root()
                            + "}, which rule " + id + " does not record" + didYouMean(p.root(), names)
                            + " (it records " + String.join(", ", new java.util.TreeSet<>(names)) + ")"));
                    continue;
                }
                if (p.path().isEmpty()) {
                    continue;
                }
                String prop = p.path().get(0);
                if (p.root().equals("subject")) {
                    if (!Set.of("id", "name").contains(prop)) {
                        problems.add(new RuleProblem(t.file, t.line, 0, "template \"" + t + "\": {subject} has only id and name"));
                    }
                } else if (p.root().equals("item") && itemType != null) {
                    if (!Format.hasProperty(itemType, prop)) {
                        problems.add(new RuleProblem(t.file, t.line, 0, "template \"" + t + "\": " + itemType.getSimpleName()
                                + " has no property " + prop + didYouMean(prop, properties(itemType))));
                    }
                } else if (!prop.equals("size") && FACT_TYPES.stream().noneMatch(c -> Format.hasProperty(c, prop))) {
                    Set<String> known = new HashSet<>();
                    FACT_TYPES.forEach(c -> known.addAll(properties(c)));
                    problems.add(new RuleProblem(t.file, t.line, 0, "template \"" + t + "\": no fact has a property "
                            + prop + didYouMean(prop, known)));
                }
            }
        }
    }

    private static Set<String> properties(Class<?> type) {
        Set<String> names = new HashSet<>();
        for (java.lang.reflect.Method m : type.getMethods()) {
            String n = m.getName();
            if (m.getParameterCount() == 0 && !n.equals("getClass")) {
                String p = n.startsWith("get") ? n.substring(3) : n.startsWith("is") ? n.substring(2) : null;
                if (p != null && !p.isEmpty()) {
                    names.add(Character.toLowerCase(p.charAt(0)) + p.substring(1));
                }
            }
        }
        return names;
    }

    private static Class<?> factType(String simpleName) {
        return FACT_TYPES.stream().filter(c -> c.getSimpleName().equals(simpleName)).findFirst().orElse(null);
    }

    /** @return each rule's name and text in a DRL file */
    static Map<String, String> ruleTexts(String drl) {
        String code = RuleProblemAt.blankComments(drl);
        Map<String, String> map = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?ms)^\\s*rule\\s+\"([^\"]+)\".*?^end\\b").matcher(code);
        while (m.find()) {
            // names and strings come from the text itself: comments are blanked, strings kept
            map.put(m.group(1), drl.substring(m.start(), m.end()));
        }
        return map;
    }

    private static Map<String, RuleWords.Pair> pairs(String file, Node node, List<RuleProblem> problems) {
        Map<String, RuleWords.Pair> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        for (Map.Entry<String, Node> e : node.map().entrySet()) {
            RuleWords.Pair p = pair(file, e.getValue(), "evidence " + e.getKey(), problems);
            if (p != null) {
                out.put(e.getKey(), p);
            }
        }
        return out;
    }

    private static RuleWords.Pair pair(String file, Node node, String what, List<RuleProblem> problems) {
        if (!node.isMap()) {
            problems.add(new RuleProblem(file, node.line(), 0, what + ": expected zh: and en: templates"
                    + (node.isScalar() ? "" : " (quote a template that starts with {)")));
            return null;
        }
        keys(file, node, List.of("zh", "en"), problems);
        Template zh = template(file, node.get("zh"), what + " in Chinese", node.line(), problems);
        Template en = template(file, node.get("en"), what + " in English", node.line(), problems);
        return zh == null || en == null ? null : new RuleWords.Pair(zh, en);
    }

    private static Template template(String file, Node node, String what, int line, List<RuleProblem> problems) {
        if (node == null || node.isNull() || (node.isScalar() && node.text().isBlank())) {
            problems.add(new RuleProblem(file, node == null ? line : node.line(), 0, what + " is missing"));
            return null;
        }
        if (!node.isScalar()) {
            problems.add(new RuleProblem(file, node.line(), 0, what + ": expected a text (quote a template that starts with {)"));
            return null;
        }
        return Template.parse(file, node.line(), node.text().strip(), problems);
    }

    /** @return a {zh, en} text, or null after adding a problem */
    static Text text(String file, Node node, String what, List<RuleProblem> problems) {
        return text(file, node, what, problems, 0);
    }

    static Text text(String file, Node node, String what, List<RuleProblem> problems, int line) {
        if (node == null || !node.isMap()) {
            problems.add(new RuleProblem(file, node == null ? line : node.line(), 0, what + ": expected zh: and en:"));
            return null;
        }
        keys(file, node, List.of("zh", "en"), problems);
        String zh = scalar(file, node.get("zh"), what + " in Chinese", node.line(), problems);
        String en = scalar(file, node.get("en"), what + " in English", node.line(), problems);
        return zh == null || en == null ? null : new Text(zh.strip(), en.strip());
    }

    private static String scalar(String file, Node node, String what, int line, List<RuleProblem> problems) {
        if (node == null || !node.isScalar() || node.text().isBlank()) {
            problems.add(new RuleProblem(file, node == null ? line : node.line(), 0, what + " is missing"));
            return null;
        }
        return node.text();
    }

    private static <E extends Enum<E>> E enumValue(String file, Node node, Class<E> type, String what, int line,
                                                   List<RuleProblem> problems) {
        String s = scalar(file, node, what, line, problems);
        if (s == null) {
            return null;
        }
        List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (!names.contains(s.strip())) {
            problems.add(new RuleProblem(file, node.line(), 0, what + " \"" + s + "\" is not one of "
                    + String.join(", ", names) + didYouMean(s, names)));
            return null;
        }
        return Enum.valueOf(type, s.strip());
    }

    /** Adds a problem for each key of a map that is not one of the allowed ones. */
    static void keys(String file, Node node, List<String> allowed, List<RuleProblem> problems) {
        if (!node.isMap()) {
            problems.add(new RuleProblem(file, node.line(), 0, "expected " + String.join(", ", allowed)));
            return;
        }
        for (Map.Entry<String, Node> e : node.map().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problems.add(new RuleProblem(file, e.getValue().line(), 0, "unknown key \"" + e.getKey() + "\""
                        + didYouMean(e.getKey(), allowed) + "; expected " + String.join(", ", allowed)));
            }
        }
    }

    /** @return " (did you mean X?)" for the closest candidate within a third of the word's length, else "" */
    static String didYouMean(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(), c.toLowerCase());
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance > 0 && bestDistance <= Math.max(1, word.length() / 3) ? " (did you mean " + best + "?)" : "";
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
    private static int distance(String a, String b) {
        return org.ecrural.model.Spelling.distance(a, b);
    }

    /** @return the evidence kind of a fact or value: PROJECT, COUNTY, WORK_PLAN_ITEM …, or the evidence name for a code,
     *         a date, a number or a yes/no */
    static String kind(String name, Object item) {
        if (item instanceof org.ecrural.kb.facts.DisclosureSite d) {
            return d.getType().name();
        }
        if (item instanceof Enum<?> e) {
            return upperSnake(e.getDeclaringClass().getSimpleName());
        }
        if (item == null || item instanceof String || item instanceof Format.Code || item instanceof java.time.LocalDate
                || item instanceof Number || item instanceof Boolean) {
            return upperSnake(name);
        }
        return FACT_KINDS.get(item.getClass());
    }

    /** the evidence kind of a fact's class, worked out once per class */
    private static final ClassValue<String> FACT_KINDS = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            String simple = type.getSimpleName();
            String kind = KINDS.get(simple);
            return kind != null ? kind : upperSnake(simple);
        }
    };

    /** @return the id of a fact or value: an enum's name, a code as written, a fact's id or code */
    static String id(Object item) {
        if (item == null) {
            return "";
        }
        if (item instanceof Enum<?> e) {
            return e.name();
        }
        if (item instanceof Format.Code c) {
            return c.code();
        }
        if (item instanceof String s) {
            return s;
        }
        String id = Format.id(item);
        return id == null ? "" : id;
    }

    /** @return {@code fundAllocation} → {@code FUND_ALLOCATION}: an underscore before each capital that follows a small letter or digit */
    static String upperSnake(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (i > 0 && c >= 'A' && c <= 'Z') {
                char before = camel.charAt(i - 1);
                if (before >= 'a' && before <= 'z' || before >= '0' && before <= '9') {
                    out.append('_');
                }
            }
            out.append(c);
        }
        return out.toString().toUpperCase(java.util.Locale.ROOT);
    }
}
