package org.ecrural.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** Resource path of the built-in 2018 edition. */
    public static final String BUILT_IN_RESOURCE = "/org/ecrural/edition/edition-2018.json";

    private final String edition;
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
     */
    public record Parameter(String name, String clause, String note, String value) {
    }

    /** Thrown when an edition data file is malformed or breaks an invariant. */
    public static final class InvalidParametersException extends RuntimeException {
        private final List<String> problems;

        InvalidParametersException(String source, List<String> problems) {
            super(source + ": " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        /** @return every problem found, one sentence each */
        public List<String> problems() {
            return problems;
        }
    }

    private EditionParameters(JsonNode root, String source) {
        List<String> problems = new ArrayList<>();
        Reader r = new Reader(root, problems);
        this.edition = r.text(root, "edition");
        this.year = r.integer(root, "year");
        JsonNode params = root.path("parameters");
        this.parameters = new LinkedHashMap<>();
        params.fields().forEachRemaining(e -> parameters.put(e.getKey(), new Parameter(e.getKey(),
                e.getValue().path("clause").asText(null), e.getValue().path("note").asText(""),
                e.getValue().path("value").toString())));
        this.addressedProvinces = Collections.unmodifiableMap(r.stringMap(r.value("addressedProvinces")));
        Map<OldAreaRegion, Set<String>> regions = new EnumMap<>(OldAreaRegion.class);
        JsonNode rv = r.value("oldAreaRegionProvinces");
        for (OldAreaRegion region : OldAreaRegion.values()) {
            JsonNode list = rv.path(region.name());
            if (!list.isArray()) {
                problems.add("oldAreaRegionProvinces has no list for " + region);
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
        parameters.values().forEach(p -> {
            if (p.clause() == null || p.clause().isBlank()) {
                problems.add("parameter " + p.name() + " cites no clause");
            }
        });
        if (problems.isEmpty()) {
            checkInvariants(problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidParametersException(source, problems);
        }
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
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new InvalidParametersException(source, List.of("not valid JSON: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidParametersException(source, List.of("the top level is not a JSON object"));
        }
        return new EditionParameters(root, source);
    }

    /** Reads an edition data file from disk. */
    public static EditionParameters read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** @return the edition, "2018" */
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
        private final List<String> problems;

        Reader(JsonNode root, List<String> problems) {
            this.root = root;
            this.problems = problems;
        }

        JsonNode value(String name) {
            JsonNode p = root.path("parameters").path(name);
            if (p.isMissingNode()) {
                problems.add("parameter " + name + " is missing");
            }
            return p.path("value");
        }

        String text(JsonNode node, String field) {
            JsonNode n = node.path(field);
            if (!n.isTextual()) {
                problems.add(field + " must be a string");
                return "";
            }
            return n.asText();
        }

        int integer(JsonNode node, String field) {
            JsonNode n = node.path(field);
            if (!n.canConvertToInt() || !n.isIntegralNumber() || n.intValue() < 0 || n.intValue() > MAX_WHOLE) {
                problems.add(field + " must be a whole number from 0 to " + MAX_WHOLE + ", found " + shown(n));
                return 0;
            }
            return n.intValue();
        }

        int integerValue(String name) {
            JsonNode n = value(name);
            if (!n.isIntegralNumber() || !n.canConvertToInt() || Math.abs(n.intValue()) > MAX_WHOLE) {
                problems.add("parameter " + name + " must be a whole number of at most " + MAX_WHOLE + ", found " + shown(n));
                return 0;
            }
            return n.intValue();
        }

        LocalDate date(String name) {
            try {
                return LocalDate.parse(value(name).asText(""));
            } catch (DateTimeParseException e) {
                problems.add("parameter " + name + " must be a date YYYY-MM-DD");
                return LocalDate.MIN;
            }
        }

        BigDecimal share(String name) {
            JsonNode n = value(name);
            String text = n.isTextual() || n.isNumber() ? n.asText() : "";
            if (!SHARE.matcher(text).matches()) {
                problems.add("parameter " + name + " must be a share written as a decimal between 0 and 1 with at most "
                        + SHARE_DECIMALS + " decimals, such as \"0.50\"; found " + shown(n));
                return BigDecimal.ZERO;
            }
            BigDecimal v = new BigDecimal(text);
            if (v.compareTo(BigDecimal.ONE) > 0) {
                problems.add("parameter " + name + " is a share and must lie between 0 and 1, found " + v);
            }
            return v;
        }

        private static String shown(JsonNode n) {
            String s = n.isMissingNode() ? "nothing" : n.toString();
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }

        Map<String, String> stringMap(JsonNode n) {
            Map<String, String> map = new TreeMap<>();
            if (!n.isObject()) {
                problems.add("expected an object of code to name");
                return map;
            }
            n.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
            return map;
        }

        <E extends Enum<E>> Set<E> enums(String name, Class<E> type) {
            Set<E> set = EnumSet.noneOf(type);
            JsonNode n = value(name);
            if (!n.isArray()) {
                problems.add("parameter " + name + " must be a list");
                return set;
            }
            for (JsonNode v : n) {
                try {
                    set.add(Enum.valueOf(type, v.asText()));
                } catch (IllegalArgumentException e) {
                    problems.add("parameter " + name + " has an unknown value " + v.asText());
                }
            }
            return Collections.unmodifiableSet(set);
        }
    }
}
