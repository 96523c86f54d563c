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

    private Describe() {
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
