package org.ecrural.kb.rulesupport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.ecrural.kb.facts.AreaOfPlan;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.WorkPlanItem;

/**
 * How the rules of 二（二）, 六 and the annex name their subjects and show their figures, for DRL
 * consequences: projects by id and name, areas by name and code, work-plan items by the words of
 * the annex, and margins in percentage points rounded away from the limit.
 */
public final class Describe {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Map<WorkPlanItem, String> ITEM_ZH = new EnumMap<>(WorkPlanItem.class);

    static {
        // 附件 一、前期综合示范工作总结
        ITEM_ZH.put(WorkPlanItem.PRIOR_PROGRESS, "前期综合示范工作开展情况");
        ITEM_ZH.put(WorkPlanItem.PRIOR_SUPERVISION, "对示范地区进行监督、检查和指导的工作措施");
        ITEM_ZH.put(WorkPlanItem.PRIOR_PERFORMANCE, "绩效评价和绩效目标完成情况");
        ITEM_ZH.put(WorkPlanItem.PRIOR_RESULTS, "取得的成效");
        ITEM_ZH.put(WorkPlanItem.PRIOR_PROBLEMS_AND_SOLUTIONS, "目前存在的主要问题和困难以及解决措施");
        // 附件 二、2018年工作方案
        ITEM_ZH.put(WorkPlanItem.TARGETS_AND_TASKS, "工作目标、主要任务");
        ITEM_ZH.put(WorkPlanItem.SELECTION_CONDITIONS, "新增示范地区的选择条件");
        ITEM_ZH.put(WorkPlanItem.SELECTION_PROCESS, "新增示范地区的确定过程");
        ITEM_ZH.put(WorkPlanItem.DEMO_AREA_LIST, "新增示范地区的具体名单");
        ITEM_ZH.put(WorkPlanItem.PERFORMANCE_INDICATORS, "绩效目标及指标");
        ITEM_ZH.put(WorkPlanItem.EVALUATION_METHOD, "绩效评价办法");
        ITEM_ZH.put(WorkPlanItem.DEMO_AREA_PROFILES, "新增示范地区基本情况");
        // 附件 三、下一步加强管理的工作措施
        ITEM_ZH.put(WorkPlanItem.SUPPORT_DIRECTIONS_AND_STANDARDS, "财政专项资金细化支持方向、标准");
        ITEM_ZH.put(WorkPlanItem.ACCEPTANCE_REQUIREMENTS, "项目验收要求");
        ITEM_ZH.put(WorkPlanItem.DISCLOSURE_AND_REPORTING, "政务公开和信息报送措施及公开专栏设置情况");
        ITEM_ZH.put(WorkPlanItem.THIRD_PARTY_MANAGEMENT, "委托专业第三方机构加强日常现场管理的措施");
        ITEM_ZH.put(WorkPlanItem.PERFORMANCE_MANAGEMENT, "绩效管理办法");
    }

    /** The Chinese names of the values of the plan's enumerations, in the notice's words where it has them. */
    private static final Map<String, String> ENUM_ZH = new java.util.HashMap<>();
    /** The province-level divisions of GB/T 2260, by the first two digits of their code. */
    private static final Map<String, String> PROVINCE_ZH = new java.util.HashMap<>();

    static {
        String[][] labels = {
            {"Track", "POVERTY", "贫困县"}, {"Track", "OLD_AREA", "革命老区县"},
            {"OldAreaRegion", "GAN_MIN_YUE", "赣闽粤原中央苏区"}, {"OldAreaRegion", "ZUO_YOU_JIANG", "左右江"},
            {"OldAreaRegion", "DABIE_SHAN", "大别山"}, {"OldAreaRegion", "SHAAN_GAN_NING", "陕甘宁"},
            {"OldAreaRegion", "CHUAN_SHAAN", "川陕"}, {"OldAreaRegion", "YI_MENG", "沂蒙"},
            {"OldAreaRegion", "XIANG_E_GAN", "湘鄂赣"}, {"OldAreaRegion", "TAIHANG", "太行"},
            {"OldAreaRegion", "HAI_LU_FENG", "海陆丰"},
            {"FilingContent", "ELIGIBILITY_CONDITIONS", "纳入示范范围的基本条件"},
            {"FilingContent", "POVERTY_RANKED_LIST", "拟入选示范的贫困县排序名单"},
            {"FilingContent", "OLD_AREA_RANKED_LIST", "拟入选示范的革命老区县排序名单"},
            {"FilingContent", "WORK_PLAN", "省级工作方案"},
            {"SubmissionForm", "PROVINCIAL_GOVERNMENT_LETTER", "省级人民政府函"}, {"SubmissionForm", "OTHER", "其他形式"},
            {"Direction", "UPWARD", "农村产品上行"}, {"Direction", "SERVICE_CENTRE", "县域电子商务公共服务中心建设改造"},
            {"Direction", "SERVICE_STATION", "乡村电子商务服务站点"}, {"Direction", "TRAINING", "电子商务培训"},
            {"Direction", "OTHER", "其他方向"},
            {"ExpenseType", "SUPPLY_CHAIN", "供应链"}, {"ExpenseType", "GRADING_PACKAGING", "分级包装"},
            {"ExpenseType", "MARKETING", "营销"}, {"ExpenseType", "COLD_CHAIN", "预冷冷链"},
            {"ExpenseType", "PRIMARY_PROCESSING", "初加工"}, {"ExpenseType", "STANDARDISATION", "标准化"},
            {"ExpenseType", "CERTIFICATION", "认证"}, {"ExpenseType", "BRANDING", "品牌培育"},
            {"ExpenseType", "TRACEABILITY", "质量追溯"}, {"ExpenseType", "LOGISTICS", "物流"},
            {"ExpenseType", "CENTRE_CONSTRUCTION", "公共服务中心建设改造"}, {"ExpenseType", "STATION_CONSTRUCTION", "服务站点建设改造"},
            {"ExpenseType", "TRAINING", "培训"}, {"ExpenseType", "ONLINE_TRADING_PLATFORM", "网络交易平台"},
            {"ExpenseType", "BUILDING", "楼堂馆所建设"}, {"ExpenseType", "WORKING_EXPENSE", "工作经费"},
            {"ExpenseType", "TRAFFIC_PURCHASE", "购买流量"}, {"ExpenseType", "OTHER", "其他支出"},
            {"SupportMethod", "AWARD_IN_LIEU_OF_SUBSIDY", "以奖代补"}, {"SupportMethod", "LOAN_INTEREST_SUBSIDY", "贷款贴息"},
            {"SupportMethod", "DIRECT_SUBSIDY", "直接补助"}, {"SupportMethod", "PURCHASE_OF_SERVICES", "购买服务"},
            {"SupportMethod", "OTHER", "其他方式"},
            {"ProjectStatus", "PLANNED", "计划"}, {"ProjectStatus", "IN_PROGRESS", "实施中"},
            {"ProjectStatus", "COMPLETED", "已完工"}, {"ProjectStatus", "ACCEPTED", "已验收"},
            {"StationFunction", "COLLECTION_AND_PAYMENT", "代收代缴"}, {"StationFunction", "BUYING_AND_SELLING", "代买代卖"},
            {"StationFunction", "MICROCREDIT", "小额信贷"}, {"StationFunction", "CONVENIENCE", "便民服务"},
            {"TraineeGroup", "CADRE", "基层党政干部"}, {"TraineeGroup", "COOPERATIVE_MEMBER", "合作社社员"},
            {"TraineeGroup", "RETURNING_MIGRANT_WORKER", "返乡农民工"}, {"TraineeGroup", "RURAL_YOUTH", "农村创业青年"},
            {"TraineeGroup", "FIRST_SECRETARY", "驻村第一书记"}, {"TraineeGroup", "REGISTERED_POOR_HOUSEHOLD", "建档立卡贫困户"},
            {"TraineeGroup", "OTHER", "其他人员"},
            {"TrainingTopic", "PACKAGING", "包装"}, {"TrainingTopic", "DESIGN", "设计"}, {"TrainingTopic", "PROMOTION", "推广"},
            {"TrainingTopic", "MARKETING", "营销"}, {"TrainingTopic", "OPERATIONS", "运营"}, {"TrainingTopic", "LOGISTICS", "物流"},
            {"TrainingTopic", "OTHER", "其他"},
            {"DivisionType", "COUNTY", "县"}, {"DivisionType", "AUTONOMOUS_COUNTY", "自治县"},
            {"DivisionType", "COUNTY_LEVEL_CITY", "县级市"}, {"DivisionType", "BANNER", "旗"},
            {"DivisionType", "AUTONOMOUS_BANNER", "自治旗"}, {"DivisionType", "DISTRICT", "市辖区"},
            {"DivisionType", "FORESTRY_AREA", "林区"}, {"DivisionType", "SPECIAL_AREA", "特区"},
        };
        for (String[] l : labels) {
            ENUM_ZH.put(l[0] + "." + l[1], l[2]);
        }
        String[] provinces = {"11北京市", "12天津市", "13河北省", "14山西省", "15内蒙古自治区", "21辽宁省", "22吉林省",
            "23黑龙江省", "31上海市", "32江苏省", "33浙江省", "34安徽省", "35福建省", "36江西省", "37山东省", "41河南省",
            "42湖北省", "43湖南省", "44广东省", "45广西壮族自治区", "46海南省", "50重庆市", "51四川省", "52贵州省", "53云南省",
            "54西藏自治区", "61陕西省", "62甘肃省", "63青海省", "64宁夏回族自治区", "65新疆维吾尔自治区", "71台湾省",
            "81香港特别行政区", "82澳门特别行政区"};
        for (String p : provinces) {
            PROVINCE_ZH.put(p.substring(0, 2), p.substring(2));
        }
    }

    private Describe() {
    }

    /**
     * @return the Chinese name of a value of the plan's enumerations (革命老区县 for Track.OLD_AREA,
     *         工作经费 for ExpenseType.WORKING_EXPENSE …); any other value as it is, "未填写" for none
     */
    public static String zh(Object value) {
        if (value == null) {
            return "未填写";
        }
        if (value instanceof WorkPlanItem item) {
            return itemZh(item);
        }
        if (value instanceof Enum<?> e) {
            return ENUM_ZH.getOrDefault(e.getDeclaringClass().getSimpleName() + "." + e.name(), e.name());
        }
        return value.toString();
    }

    /** @return the Chinese names of the values, in the given order, joined with "、" */
    public static String zhList(Collection<?> values) {
        return values.stream().map(Describe::zh).collect(Collectors.joining("、"));
    }

    /** @return the English words for a value of the plan's enumerations: "old area" for OLD_AREA; "not given" for none */
    public static String en(Object value) {
        if (value == null) {
            return "not given";
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
        return value.toString();
    }

    /** @return the English words for the values, in the given order, joined with ", " */
    public static String enList(Collection<?> values) {
        return values.stream().map(Describe::en).collect(Collectors.joining(", "));
    }

    /** @return the Chinese name of the province a code lies in, "宁夏回族自治区" for 640000 or 640121; the code where unknown */
    public static String provinceZh(String code) {
        if (code == null || code.length() < 2) {
            return String.valueOf(code);
        }
        String name = PROVINCE_ZH.get(code.substring(0, 2));
        return name == null ? code : name + "（" + code.substring(0, 2) + "0000）";
    }

    /** @return the province a code lies in as "province 640000" */
    public static String provinceEn(String code) {
        return code == null || code.length() < 2 ? String.valueOf(code) : "province " + code.substring(0, 2) + "0000";
    }

    /** @return "P-001 (马铃薯分级包装线)", or the id alone when the project has no name */
    public static String project(ProjectItem p) {
        return Fmt.blank(p.getName()) ? p.getId() : p.getId() + " (" + p.getName() + ")";
    }

    /** @return "P-001「马铃薯分级包装线」", or the id alone when the project has no name */
    public static String projectZh(ProjectItem p) {
        return Fmt.blank(p.getName()) ? p.getId() : p.getId() + "「" + p.getName() + "」";
    }

    /** @return "通渭县 (621121)" for an area with a name, else its code */
    public static String area(AreaOfPlan a) {
        String name = a.getName();
        return Fmt.county(name == null || name.equals(a.getCode()) ? null : name, a.getCode());
    }

    /** @return the annex's words for a work-plan item, e.g. 取得的成效 */
    public static String itemZh(WorkPlanItem item) {
        return ITEM_ZH.getOrDefault(item, item.name());
    }

    /** @return the items in enum (annex) order, as "PRIOR_PROGRESS, PRIOR_RESULTS" */
    public static String items(Collection<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.joining(", "));
    }

    /** @return the items in enum (annex) order in the annex's words, joined with "、" */
    public static String itemsZh(Collection<?> items) {
        return items.stream().map(o -> itemZh((WorkPlanItem) o)).collect(Collectors.joining("、"));
    }

    /**
     * @return a margin over a limit in percentage points, signed, with two decimals rounded away
     *         from zero, so a margin above zero never reads as "+0.00 pp" and one below never as
     *         "0.00 pp": "+5.00 pp", "0.00 pp", "-0.01 pp"
     */
    public static String margin(BigDecimal fraction) {
        BigDecimal p = fraction.multiply(HUNDRED);
        if (p.signum() == 0) {
            return "0.00 pp";
        }
        p = p.setScale(2, p.signum() > 0 ? RoundingMode.CEILING : RoundingMode.FLOOR);
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + " pp";
    }

    /** @return how many villages of a total must be served to reach the target share: ⌈total × target⌉ */
    public static long villagesNeeded(int total, BigDecimal target) {
        return BigDecimal.valueOf(total).multiply(target).setScale(0, RoundingMode.CEILING).longValueExact();
    }
}
