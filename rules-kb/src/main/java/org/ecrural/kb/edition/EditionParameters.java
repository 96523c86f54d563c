package org.ecrural.kb.edition;

import org.ecrural.kb.report.RuleProblem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ecrural.model.County;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.OldAreaRegion;
import org.ecrural.model.SupportMethod;
import org.ecrural.model.TraineeGroup;
import org.ecrural.model.TrainingTopic;
import org.ecrural.model.WorkPlanItem;

/**
 * The parameters of one edition of the notice: every number, date and list the rules measure
 * against, each cited by the clause it comes from. Read from an edition data file
 * ({@code edition-2018.json}); never written as literals in DRL. Immutable and thread-safe; the
 * engine inserts it into every evaluation as a fact.
 */
public final class EditionParameters {
    /** Resource path of the built-in 2018 edition. */
    public static final String BUILT_IN_RESOURCE = "/org/ecrural/edition/edition-2018.json";

    private final String edition;
    /** where the edition was read from: edition.json, editions/NAME.json or the built-in resource */
    private final String source;
    /** the edition this one overlays, or null */
    private final String parent;
    /** every parameter's value by name: BigDecimal, LocalDate, Integer, Set of String, String or a table */
    private final Map<String, Object> values;
    /** ids of the rules that do not apply in this edition */
    private final Set<String> excludedRules;
    /** A share has at most this many decimals (0.0001 is a hundredth of a percent). */
    static final int SHARE_DECIMALS = 4;
    private static final java.util.regex.Pattern SHARE = java.util.regex.Pattern.compile("(?:0|1)(?:\\.[0-9]{1," + SHARE_DECIMALS + "})?");
    /** The largest whole-number parameter: no year, quota or count of the notice comes near it. */
    static final int MAX_WHOLE = 1_000_000;

    private final int year;
    private final Map<String, Parameter> parameters;
    private final Map<String, String> addressedProvinces;
    private final Map<OldAreaRegion, Set<String>> regionProvinces;
    private final int oldAreaQuotaPerProvince;
    private final LocalDate filingDeadline;
    private final LocalDate finalDeadline;
    private final BigDecimal upwardMinShare;
    private final BigDecimal serviceCentreMaxShare;
    private final Set<ExpenseType> prohibitedExpenseTypes;
    private final Set<SupportMethod> preferredSupportMethods;
    private final Set<TraineeGroup> trainingTargetGroups;
    private final Set<TrainingTopic> practicalSkillTopics;
    private final BigDecimal villageCoverageTarget;
    private final String signageText;
    private final Map<String, Set<WorkPlanItem>> workPlanItems;

    /**
     * One parameter as the data file states it.
     *
     * @param name   its name in the file, e.g. upwardMinShare
     * @param clause the clause key it comes from
     * @param note   the words of the notice it encodes
     * @param value  its value as written in the file
     * @param type   its type: share, money, date, count, codes, text or table (see {@link #TYPES})
     */
    public record Parameter(String name, String clause, String note, String value, String type) {
        /** A parameter as a file without types stated it. */
        public Parameter(String name, String clause, String note, String value) {
            this(name, clause, note, value, null);
        }
    }

    /**
     * The types a parameter may have: {@code share} (a decimal from 0 to 1 with at most 4
     * decimals, read by {@link #share}), {@code money} (a non-negative decimal in yuan,
     * {@link #money}), {@code date} (ISO, {@link #date}), {@code count} (a whole number from 0,
     * {@link #count}), {@code codes} (a list of codes or enum names, {@link #codes}), {@code text}
     * ({@link #text}) and {@code table} (an object of code to a name or to a list of codes: the
     * addressed provinces and the old-area regions' provinces, read by their own getters).
     */
    public static final Set<String> TYPES = Set.of("share", "money", "date", "count", "codes", "text", "table");
    /** The type each parameter the built-in rules read by its own getter must have. */
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("addressedProvinces", "table"), Map.entry("oldAreaRegionProvinces", "table"),
            Map.entry("oldAreaQuotaPerProvince", "count"), Map.entry("filingDeadline", "date"),
            Map.entry("finalDeadline", "date"), Map.entry("upwardMinShare", "share"),
            Map.entry("serviceCentreMaxShare", "share"), Map.entry("prohibitedExpenseTypes", "codes"),
            Map.entry("preferredSupportMethods", "codes"), Map.entry("trainingTargetGroups", "codes"),
            Map.entry("practicalSkillTopics", "codes"), Map.entry("villageCoverageTarget", "share"),
            Map.entry("signageText", "text"), Map.entry("workPlanPriorSummaryItems", "codes"),
            Map.entry("workPlan2018ContentItems", "codes"), Map.entry("workPlanManagementItems", "codes"));
    private static final java.util.regex.Pattern MONEY = java.util.regex.Pattern.compile("(?:0|[1-9][0-9]{0,19})(?:\\.[0-9]{1,4})?");
    /**
     * A well-formed edition name ("2018", "2018-甘肃"): letters, digits, '-', '_' and '.', starting
     * with a letter or digit, at most 64 characters; the same rule the plan reader applies to
     * {@code plan.edition}, and a safe file name.
     */
    public static final java.util.regex.Pattern EDITION_NAME = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}");

    /** Thrown when an edition data file is malformed or breaks an invariant. */
    public static final class InvalidParametersException extends RuntimeException {
        private final List<String> problems;
        private final transient List<RuleProblem> located;

        InvalidParametersException(String source, List<String> problems) {
            this(source, problems, problems.stream().map(p -> RuleProblem.of(source, p)).toList());
        }

        private InvalidParametersException(String source, List<String> problems, List<RuleProblem> located) {
            super(source + ": " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
            this.located = List.copyOf(located);
        }

        /** @return every problem found, one sentence each */
        public List<String> problems() {
            return problems;
        }

        /** @return every problem with the file and line of the parameter it is about (line 0: the file as a whole) */
        public List<RuleProblem> located() {
            return located;
        }
    }

    /** Where each parameter is written: its name's file and line. */
    record Origin(String file, int line) {
    }

    /** A problem about one parameter (or, with a null name, about the file). */
    private record Problem(String parameter, String message) {
    }

    private EditionParameters(JsonNode root, String source, Map<String, Origin> origins) {
        List<Problem> found = new ArrayList<>();
        Reader r = new Reader(root, found);
        this.source = source;
        this.edition = r.text(root, "edition");
        if (!edition.isEmpty() && !EDITION_NAME.matcher(edition).matches()) {
            found.add(new Problem(null, "edition \"" + edition + "\" is not an edition name: letters, digits, '-', '_' and '.',"
                    + " starting with a letter or digit, at most 64 characters"));
        }
        this.year = r.integer(root, "year");
        this.parent = root.path("extends").isTextual() ? root.path("extends").textValue() : null;
        JsonNode params = root.path("parameters");
        if (!params.isObject()) {
            found.add(new Problem(null, "parameters must be an object of parameter name to {type, clause, note, value}"));
        }
        this.parameters = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        params.fields().forEachRemaining(e -> {
            JsonNode p = e.getValue();
            String type = p.path("type").isTextual() ? p.path("type").textValue() : null;
            parameters.put(e.getKey(), new Parameter(e.getKey(), p.path("clause").asText(null), p.path("note").asText(""),
                    JsonTrees.text(p.path("value")), type));
            if (!p.isObject()) {
                found.add(new Problem(e.getKey(), "parameter " + e.getKey() + " must be an object {type, clause, note, value}"));
                return;
            }
            String expected = KNOWN.get(e.getKey());
            if (type == null) {
                found.add(new Problem(e.getKey(), "parameter " + e.getKey() + " has no type; give \"type\": one of "
                        + String.join(", ", new TreeSet<>(TYPES)) + (expected == null ? "" : " (it is a " + expected + ")")));
            } else if (!TYPES.contains(type)) {
                found.add(new Problem(e.getKey(), "parameter " + e.getKey() + " has an unknown type \"" + type + "\"; one of "
                        + String.join(", ", new TreeSet<>(TYPES))));
            } else if (expected != null && !expected.equals(type)) {
                found.add(new Problem(e.getKey(), "parameter " + e.getKey() + " is read by the rules as a " + expected
                        + ", not a " + type + "; give \"type\": \"" + expected + "\""));
            } else if (expected == null) {
                Object v = r.typed(e.getKey(), type);
                if (v != null) {
                    values.put(e.getKey(), v);
                }
            }
        });
        this.addressedProvinces = Collections.unmodifiableMap(r.stringMap("addressedProvinces"));
        Map<OldAreaRegion, Set<String>> regions = new EnumMap<>(OldAreaRegion.class);
        JsonNode rv = r.value("oldAreaRegionProvinces");
        for (OldAreaRegion region : OldAreaRegion.values()) {
            JsonNode list = rv.path(region.name());
            if (!list.isArray()) {
                found.add(new Problem("oldAreaRegionProvinces", "oldAreaRegionProvinces has no list for " + region));
                continue;
            }
            Set<String> codes = new TreeSet<>();
            list.forEach(n -> codes.add(n.asText()));
            regions.put(region, Collections.unmodifiableSet(codes));
        }
        this.regionProvinces = Collections.unmodifiableMap(regions);
        this.oldAreaQuotaPerProvince = r.integerValue("oldAreaQuotaPerProvince");
        this.filingDeadline = r.date("filingDeadline");
        this.finalDeadline = r.date("finalDeadline");
        this.upwardMinShare = r.share("upwardMinShare");
        this.serviceCentreMaxShare = r.share("serviceCentreMaxShare");
        this.prohibitedExpenseTypes = r.enums("prohibitedExpenseTypes", ExpenseType.class);
        this.preferredSupportMethods = r.enums("preferredSupportMethods", SupportMethod.class);
        this.trainingTargetGroups = r.enums("trainingTargetGroups", TraineeGroup.class);
        this.practicalSkillTopics = r.enums("practicalSkillTopics", TrainingTopic.class);
        this.villageCoverageTarget = r.share("villageCoverageTarget");
        this.signageText = r.value("signageText").asText("");
        Map<String, Set<WorkPlanItem>> items = new LinkedHashMap<>();
        items.put("annex.1", r.enums("workPlanPriorSummaryItems", WorkPlanItem.class));
        items.put("annex.2", r.enums("workPlan2018ContentItems", WorkPlanItem.class));
        items.put("annex.3", r.enums("workPlanManagementItems", WorkPlanItem.class));
        this.workPlanItems = Collections.unmodifiableMap(items);
        values.put("addressedProvinces", addressedProvinces);
        values.put("oldAreaRegionProvinces", regionProvinces);
        values.put("oldAreaQuotaPerProvince", oldAreaQuotaPerProvince);
        values.put("filingDeadline", filingDeadline);
        values.put("finalDeadline", finalDeadline);
        values.put("upwardMinShare", upwardMinShare);
        values.put("serviceCentreMaxShare", serviceCentreMaxShare);
        values.put("prohibitedExpenseTypes", names(prohibitedExpenseTypes));
        values.put("preferredSupportMethods", names(preferredSupportMethods));
        values.put("trainingTargetGroups", names(trainingTargetGroups));
        values.put("practicalSkillTopics", names(practicalSkillTopics));
        values.put("villageCoverageTarget", villageCoverageTarget);
        values.put("signageText", signageText);
        values.put("workPlanPriorSummaryItems", names(items.get("annex.1")));
        values.put("workPlan2018ContentItems", names(items.get("annex.2")));
        values.put("workPlanManagementItems", names(items.get("annex.3")));
        this.values = Collections.unmodifiableMap(values);
        Set<String> excluded = new TreeSet<>();
        JsonNode ex = root.path("excludeRules");
        if (!ex.isMissingNode()) {
            if (!ex.isArray()) {
                found.add(new Problem(null, "excludeRules must be a list of rule ids"));
            } else {
                ex.forEach(n -> {
                    if (n.isTextual() && !n.textValue().isBlank()) {
                        excluded.add(n.textValue());
                    } else {
                        found.add(new Problem(null, "excludeRules holds " + n + ", not a rule id"));
                    }
                });
            }
        }
        this.excludedRules = Collections.unmodifiableSet(excluded);
        parameters.values().forEach(p -> {
            if (p.clause() == null || p.clause().isBlank()) {
                found.add(new Problem(p.name(), "parameter " + p.name() + " cites no clause"));
            }
        });
        if (found.isEmpty()) {
            List<String> broken = new ArrayList<>();
            checkInvariants(broken);
            broken.forEach(b -> found.add(new Problem(null, b)));
        }
        if (!found.isEmpty()) {
            List<String> texts = found.stream().map(Problem::message).toList();
            List<RuleProblem> located = found.stream().map(f -> {
                Origin at = f.parameter() == null ? null : origins.get(f.parameter());
                return at == null ? RuleProblem.of(source, f.message()) : new RuleProblem(at.file(), at.line(), 0, f.message());
            }).toList();
            throw new InvalidParametersException(source, texts, located);
        }
    }

    private static Set<String> names(Set<? extends Enum<?>> set) {
        Set<String> names = new java.util.LinkedHashSet<>();
        set.forEach(e -> names.add(e.name()));
        return Collections.unmodifiableSet(names);
    }
    private void checkInvariants(List<String> problems) {
        if (upwardMinShare.add(serviceCentreMaxShare).compareTo(BigDecimal.ONE) > 0) {
            problems.add("upwardMinShare + serviceCentreMaxShare is " + upwardMinShare.add(serviceCentreMaxShare)
                    + ", more than 100% of an area's central funds");
        }
        if (!filingDeadline.isBefore(finalDeadline)) {
            problems.add("filingDeadline " + filingDeadline + " is not before finalDeadline " + finalDeadline);
        }
        if (oldAreaQuotaPerProvince < 0) {
            problems.add("oldAreaQuotaPerProvince is negative: " + oldAreaQuotaPerProvince);
        }
        Set<WorkPlanItem> seen = EnumSet.noneOf(WorkPlanItem.class);
        workPlanItems.forEach((annexKey, items) -> {
            if (items.isEmpty()) {
                problems.add("the work-plan items of " + annexKey + " are empty");
            }
            for (WorkPlanItem item : items) {
                if (!seen.add(item)) {
                    problems.add("work-plan item " + item + " is required by more than one part of the annex");
                }
            }
        });
        for (String code : addressedProvinces.keySet()) {
            if (!code.matches("[1-9][0-9]0000")) {
                problems.add("addressedProvinces has a code that is not a province code: " + code);
            }
        }
    }

    /** @return the built-in 2018 edition */
    public static EditionParameters builtIn() {
        return Holder.BUILT_IN;
    }

    private static final class Holder {
        static final EditionParameters BUILT_IN = load();

        private static EditionParameters load() {
            try (InputStream in = EditionParameters.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + BUILT_IN_RESOURCE);
                }
                return read(in, BUILT_IN_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads an edition data file.
     *
     * @throws InvalidParametersException listing every problem when the file is malformed or
     *         breaks an invariant (shares between 0 and 1, the upward minimum plus the
     *         service-centre maximum at most 100%, the filing deadline before the final one,
     *         quotas not negative)
     */
    public static EditionParameters read(InputStream in, String source) throws IOException {
        byte[] bytes = in.readAllBytes();
        return fromTree(tree(bytes, source), source, origins(bytes, source));
    }

    /** @return the file's JSON object */
    static com.fasterxml.jackson.databind.node.ObjectNode tree(byte[] bytes, String source) {
        JsonNode root;
        try {
            root = JsonTrees.read(bytes);
        } catch (IOException e) {
            throw new InvalidParametersException(source, List.of("not valid JSON: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidParametersException(source, List.of("the top level is not a JSON object"));
        }
        return (com.fasterxml.jackson.databind.node.ObjectNode) root;
    }

    static EditionParameters fromTree(JsonNode root, String source, Map<String, Origin> origins) {
        return new EditionParameters(root, source, origins);
    }

    /** @return the line of each parameter's name in an edition file (the keys of its "parameters" object) */
    static Map<String, Origin> origins(byte[] bytes, String file) {
        Map<String, Origin> origins = new LinkedHashMap<>();
        try (com.fasterxml.jackson.core.JsonParser p = JsonTrees.FACTORY.createParser(bytes)) {
            int depth = 0;
            boolean inParameters = false;
            String field = null;
            for (com.fasterxml.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        depth++;
                        if (depth == 2 && "parameters".equals(field) && t == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                            inParameters = true;
                        }
                    }
                    case END_OBJECT, END_ARRAY -> {
                        if (depth == 2) {
                            inParameters = false;
                        }
                        depth--;
                    }
                    case FIELD_NAME -> {
                        field = p.currentName();
                        if (inParameters && depth == 2) {
                            origins.putIfAbsent(field, new Origin(file, p.currentTokenLocation().getLineNr()));
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            // not JSON: reported by the reader, without lines
        }
        return origins;
    }

    /** Reads an edition data file from disk. */
    public static EditionParameters read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** @return where the edition was read from: edition.json, editions/NAME.json or the built-in resource */
    public String source() {
        return source;
    }

    /** @return the name of the edition this one overlays ({@code "extends"}), or null for a base edition */
    public String parent() {
        return parent;
    }

    /** @return the ids of the rules that do not apply in this edition ({@code "excludeRules"}), sorted */
    public Set<String> excludedRules() {
        return excludedRules;
    }

    /** @return the type of a parameter (share, money, date, count, codes, text or table), or null for an unknown name */
    public String typeOf(String name) {
        Parameter p = parameters.get(name);
        return p == null ? null : KNOWN.getOrDefault(name, p.type());
    }

    /**
     * A share parameter by name, for DRL: {@code EditionParameters($min : share("upwardMinShare"))}.
     *
     * @return its value, a decimal from 0 to 1
     * @throws IllegalArgumentException when the edition has no such parameter or it is not a share
     *         ({@code validate} reports both in the DRL before it runs)
     */
    public BigDecimal share(String name) {
        return typed(name, "share", BigDecimal.class);
    }

    /** @return a money parameter by name, in yuan; see {@link #share(String)} */
    public BigDecimal money(String name) {
        return typed(name, "money", BigDecimal.class);
    }

    /** @return a date parameter by name; see {@link #share(String)} */
    public LocalDate date(String name) {
        return typed(name, "date", LocalDate.class);
    }

    /** @return a count parameter by name, a whole number from 0; see {@link #share(String)} */
    public int count(String name) {
        return typed(name, "count", Integer.class);
    }

    /** @return a list-of-codes parameter by name (codes or enum names, in file order, unmodifiable); see {@link #share(String)} */
    @SuppressWarnings("unchecked")
    public Set<String> codes(String name) {
        return typed(name, "codes", Set.class);
    }

    /** @return a text parameter by name; see {@link #share(String)} */
    public String text(String name) {
        return typed(name, "text", String.class);
    }

    private <T> T typed(String name, String type, Class<T> javaType) {
        String actual = typeOf(name);
        if (actual == null) {
            throw new IllegalArgumentException("edition " + edition + " has no parameter named " + name);
        }
        if (!actual.equals(type)) {
            throw new IllegalArgumentException("parameter " + name + " is a " + actual + ", not a " + type);
        }
        return javaType.cast(values.get(name));
    }

    /** @return the edition's name: "2018", or an overlay's such as "2018-甘肃" */
    public String getEdition() {
        return edition;
    }

    /** @return the year of the edition: counties supported before this year were supported in an earlier round */
    public int getYear() {
        return year;
    }

    /** @return the parameters as the file states them, in file order, each with its clause */
    public List<Parameter> parameters() {
        return List.copyOf(parameters.values());
    }

    /** @return the clause a parameter comes from, or null for an unknown name */
    public String clauseOf(String name) {
        Parameter p = parameters.get(name);
        return p == null ? null : p.clause();
    }

    /** @return the addressed provinces' codes, sorted */
    public Set<String> getAddressedProvinces() {
        return new TreeSet<>(addressedProvinces.keySet());
    }

    /** @return whether the province with this code is addressed by the notice (preamble) */
    public boolean isAddressed(String provinceCode) {
        return provinceCode != null && addressedProvinces.containsKey(provinceCode);
    }

    /** @return the short name of an addressed province, or the code itself */
    public String provinceName(String provinceCode) {
        return addressedProvinces.getOrDefault(provinceCode, provinceCode);
    }

    /** @return whether the old-area region lies in the province (section 三) */
    public boolean regionLiesIn(OldAreaRegion region, String provinceCode) {
        return region != null && regionProvinces.getOrDefault(region, Set.of()).contains(provinceCode);
    }

    /**
     * @return whether the county is an old-area county in the notice's sense: its old-area region
     *         lies in the county's province, and it is not a municipal district (section 三)
     */
    public boolean isEligibleOldAreaCounty(County county) {
        return county.getOldAreaRegion() != null && !county.isDistrict()
                && regionLiesIn(county.getOldAreaRegion(), county.getProvinceCode());
    }

    /**
     * @return whether a whole-prefecture promotion must cover the county: not supported in an
     *         earlier round, and a poverty county or an eligible old-area county (section 三)
     */
    public boolean isCoveredByPromotion(County county) {
        return !county.isSupportedBefore(year) && (county.isPovertyCounty() || isEligibleOldAreaCounty(county));
    }

    /** @return the provinces each old-area region lies in */
    public Map<OldAreaRegion, Set<String>> getRegionProvinces() {
        return new TreeMap<>(regionProvinces);
    }

    /** @return old-area nominations per province, at most (五（一）) */
    public int getOldAreaQuotaPerProvince() {
        return oldAreaQuotaPerProvince;
    }

    /** @return the filing deadline, inclusive (五（一）) */
    public LocalDate getFilingDeadline() {
        return filingDeadline;
    }

    /** @return the final list deadline, inclusive (五（二）) */
    public LocalDate getFinalDeadline() {
        return finalDeadline;
    }

    /** @return the least share of an area's central funds for rural products going upward (四（一）) */
    public BigDecimal getUpwardMinShare() {
        return upwardMinShare;
    }

    /** @return the largest share of an area's central funds for the county public service centre (四（二）) */
    public BigDecimal getServiceCentreMaxShare() {
        return serviceCentreMaxShare;
    }

    /** @return whether central funds may not pay for this expense (财建〔2015〕256号) */
    public boolean isProhibited(ExpenseType type) {
        return type != null && prohibitedExpenseTypes.contains(type);
    }

    public Set<ExpenseType> getProhibitedExpenseTypes() {
        return prohibitedExpenseTypes;
    }

    /** @return whether the support method is one the notice prefers (以奖代补, 贷款贴息) */
    public boolean isPreferred(SupportMethod method) {
        return method != null && preferredSupportMethods.contains(method);
    }

    public Set<SupportMethod> getPreferredSupportMethods() {
        return preferredSupportMethods;
    }

    /** @return whether the trainee group is a target group of 四（三） */
    public boolean isTargetGroup(TraineeGroup group) {
        return group != null && trainingTargetGroups.contains(group);
    }

    public Set<TraineeGroup> getTrainingTargetGroups() {
        return trainingTargetGroups;
    }

    /** @return whether the topic is a practical skill for upward products (包装、设计、宣传、营销) */
    public boolean isPracticalSkill(TrainingTopic topic) {
        return topic != null && practicalSkillTopics.contains(topic);
    }

    public Set<TrainingTopic> getPracticalSkillTopics() {
        return practicalSkillTopics;
    }

    /** @return the village e-commerce service coverage target (二（二）) */
    public BigDecimal getVillageCoverageTarget() {
        return villageCoverageTarget;
    }

    /** @return the words a funded project must show (六（三）) */
    public String getSignageText() {
        return signageText;
    }

    /**
     * @param annexKey the clause key of a part of the annex: "annex.1", "annex.2" or "annex.3"
     * @return the items of the provincial work plan that part requires, in annex order; empty
     *         for any other key (附件)
     */
    public Set<WorkPlanItem> getWorkPlanItems(String annexKey) {
        return workPlanItems.getOrDefault(annexKey, Set.of());
    }

    /** @return the items the summary of the earlier demonstration work states (附件 一) */
    public Set<WorkPlanItem> getWorkPlanPriorSummaryItems() {
        return getWorkPlanItems("annex.1");
    }

    /** @return the items the 2018 work plan states (附件 二) */
    public Set<WorkPlanItem> getWorkPlan2018ContentItems() {
        return getWorkPlanItems("annex.2");
    }

    /** @return the items the measures for stronger management state (附件 三) */
    public Set<WorkPlanItem> getWorkPlanManagementItems() {
        return getWorkPlanItems("annex.3");
    }

    /** Reads typed values, collecting problems instead of failing on the first. */
    private static final class Reader {
        private final JsonNode root;
        private final List<Problem> problems;

        Reader(JsonNode root, List<Problem> problems) {
            this.root = root;
            this.problems = problems;
        }

        private void problem(String parameter, String message) {
            problems.add(new Problem(parameter, message));
        }

        JsonNode value(String name) {
            JsonNode p = root.path("parameters").path(name);
            if (p.isMissingNode()) {
                problem(null, "parameter " + name + " is missing");
            }
            return p.path("value");
        }

        String text(JsonNode node, String field) {
            JsonNode n = node.path(field);
            if (!n.isTextual()) {
                problem(null, field + " must be a string");
                return "";
            }
            return n.asText();
        }

        int integer(JsonNode node, String field) {
            JsonNode n = node.path(field);
            if (!n.canConvertToInt() || !n.isIntegralNumber() || n.intValue() < 0 || n.intValue() > MAX_WHOLE) {
                problem(null, field + " must be a whole number from 0 to " + MAX_WHOLE + ", found " + shown(n));
                return 0;
            }
            return n.intValue();
        }

        int integerValue(String name) {
            JsonNode n = value(name);
            if (!n.isIntegralNumber() || !n.canConvertToInt() || Math.abs(n.intValue()) > MAX_WHOLE) {
                problem(name, "parameter " + name + " must be a whole number of at most " + MAX_WHOLE + ", found " + shown(n));
                return 0;
            }
            return n.intValue();
        }

        LocalDate date(String name) {
            try {
                return LocalDate.parse(value(name).asText(""));
            } catch (DateTimeParseException e) {
                problem(name, "parameter " + name + " must be a date YYYY-MM-DD");
                return LocalDate.MIN;
            }
        }

        BigDecimal share(String name) {
            JsonNode n = value(name);
            String text = n.isTextual() || n.isNumber() ? n.asText() : "";
            if (!SHARE.matcher(text).matches()) {
                problem(name, "parameter " + name + " must be a share written as a decimal between 0 and 1 with at most "
                        + SHARE_DECIMALS + " decimals, such as \"0.50\"; found " + shown(n));
                return BigDecimal.ZERO;
            }
            BigDecimal v = new BigDecimal(text);
            if (v.compareTo(BigDecimal.ONE) > 0) {
                problem(name, "parameter " + name + " is a share and must lie between 0 and 1, found " + v);
            }
            return v;
        }

        /** The value of a parameter the built-in getters do not read, by its stated type; null after a problem. */
        Object typed(String name, String type) {
            JsonNode n = root.path("parameters").path(name).path("value");
            switch (type) {
                case "share": {
                    int before = problems.size();
                    BigDecimal v = share(name);
                    return problems.size() == before ? v : null;
                }
                case "money": {
                    String text = n.isTextual() || n.isNumber() ? n.asText() : "";
                    if (!MONEY.matcher(text).matches()) {
                        problem(name, "parameter " + name + " must be money: a non-negative decimal in yuan with at most 4 decimals,"
                                + " such as \"1000000.00\"; found " + shown(n));
                        return null;
                    }
                    return new BigDecimal(text);
                }
                case "date":
                    try {
                        if (n.isTextual()) {
                            return LocalDate.parse(n.textValue());
                        }
                    } catch (DateTimeParseException e) {
                        // reported below
                    }
                    problem(name, "parameter " + name + " must be a date YYYY-MM-DD; found " + shown(n));
                    return null;
                case "count":
                    if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < 0 || n.intValue() > MAX_WHOLE) {
                        problem(name, "parameter " + name + " must be a count: a whole number from 0 to " + MAX_WHOLE
                                + "; found " + shown(n));
                        return null;
                    }
                    return n.intValue();
                case "codes": {
                    Set<String> codes = new java.util.LinkedHashSet<>();
                    if (!n.isArray()) {
                        problem(name, "parameter " + name + " must be a list of codes; found " + shown(n));
                        return null;
                    }
                    for (JsonNode c : n) {
                        if (!c.isTextual() || c.textValue().isBlank()) {
                            problem(name, "parameter " + name + " must be a list of codes (strings); found " + shown(c));
                            return null;
                        }
                        codes.add(c.textValue());
                    }
                    return Collections.unmodifiableSet(codes);
                }
                case "text":
                    if (!n.isTextual()) {
                        problem(name, "parameter " + name + " must be a text (a string); found " + shown(n));
                        return null;
                    }
                    return n.textValue();
                default: { // table
                    if (!n.isObject()) {
                        problem(name, "parameter " + name + " must be a table: an object of code to a name or a list of codes;"
                                + " found " + shown(n));
                        return null;
                    }
                    Map<String, Object> table = new TreeMap<>();
                    n.fields().forEachRemaining(e -> table.put(e.getKey(), e.getValue().isArray()
                            ? new TreeSet<>(java.util.stream.StreamSupport.stream(e.getValue().spliterator(), false)
                                    .map(JsonNode::asText).toList()) : e.getValue().asText()));
                    return Collections.unmodifiableMap(table);
                }
            }
        }

        private static String shown(JsonNode n) {
            String s = n.isMissingNode() ? "nothing" : JsonTrees.text(n);
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }

        Map<String, String> stringMap(String name) {
            JsonNode n = value(name);
            Map<String, String> map = new TreeMap<>();
            if (!n.isObject()) {
                problem(name, "parameter " + name + " must be a table of code to name; found " + shown(n));
                return map;
            }
            n.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
            return map;
        }

        <E extends Enum<E>> Set<E> enums(String name, Class<E> type) {
            Set<E> set = EnumSet.noneOf(type);
            JsonNode n = value(name);
            if (!n.isArray()) {
                problem(name, "parameter " + name + " must be a list");
                return set;
            }
            for (JsonNode v : n) {
                try {
                    set.add(Enum.valueOf(type, v.asText()));
                } catch (IllegalArgumentException e) {
                    problem(name, "parameter " + name + " has an unknown value " + v.asText());
                }
            }
            return Collections.unmodifiableSet(set);
        }
    }
}
