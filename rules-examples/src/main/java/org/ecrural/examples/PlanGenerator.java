package org.ecrural.examples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.ecrural.model.County;
import org.ecrural.model.DemoArea;
import org.ecrural.model.Direction;
import org.ecrural.model.DivisionType;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.Filing;
import org.ecrural.model.FilingContent;
import org.ecrural.model.FinalSubmission;
import org.ecrural.model.FundAllocation;
import org.ecrural.model.Justification;
import org.ecrural.model.Ledger;
import org.ecrural.model.NationalRuralAverage;
import org.ecrural.model.Nomination;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.ProjectStatus;
import org.ecrural.model.Province;
import org.ecrural.model.StationFunction;
import org.ecrural.model.SubmissionForm;
import org.ecrural.model.SupportMethod;
import org.ecrural.model.Track;
import org.ecrural.model.TraineeGroup;
import org.ecrural.model.TrainingRecord;
import org.ecrural.model.TrainingTopic;
import org.ecrural.model.Villages;
import org.ecrural.model.WorkPlan;
import org.ecrural.model.WorkPlanItem;
import org.ecrural.model.json.PlanWriter;

/**
 * Deterministic synthetic plans (format v1) at any scale, for load tests and benchmarks.
 *
 * <p>One plan per province, taken in the order of the 22 provinces the 2018 notice addresses.
 * Each plan lists its demo areas as counties (6-digit codes under the province's code, unique
 * within the plan), nominates them on the poverty track, files and submits them, and gives each
 * area an allocation, project items and training records. Most areas are compliant; a seeded
 * minority carries the violations a reviewer meets in practice: upward share below 50% (some of
 * them justified in writing), service centre above 15%, a prohibited expense, incomplete training
 * records, missing or denied signage, missing ledger entries, overdue projects, missing
 * post-training service; about one province in eight files late.
 *
 * <p>The same options give the same plans, byte for byte: every area draws from a random stream
 * seeded by (seed, province, area) alone, so an area does not change when the plan grows, and
 * plans are written with the canonical {@link PlanWriter}.
 */
public final class PlanGenerator {
    /** The rule a generated justification answers: the principle of 四（一） on the share of funds going upward. */
    private static final String UPWARD_SHARE_RULE = org.ecrural.kb.Catalogue.rules().stream()
            .filter(r -> r.clause().equals("4.1") && r.severity() == org.ecrural.kb.report.Severity.PRINCIPLE)
            .map(org.ecrural.kb.report.RuleInfo::id).findFirst().orElseThrow();


    /** The evaluation date of every generated plan. */
    public static final LocalDate EVALUATION_DATE = LocalDate.of(2018, 10, 31);

    /** The 22 provinces the 2018 notice addresses: code and name, in the notice's order. */
    public static final List<String[]> PROVINCES = List.of(
            new String[] {"130000", "河北省"}, new String[] {"140000", "山西省"},
            new String[] {"150000", "内蒙古自治区"}, new String[] {"230000", "黑龙江省"},
            new String[] {"340000", "安徽省"}, new String[] {"350000", "福建省"},
            new String[] {"360000", "江西省"}, new String[] {"370000", "山东省"},
            new String[] {"410000", "河南省"}, new String[] {"420000", "湖北省"},
            new String[] {"430000", "湖南省"}, new String[] {"440000", "广东省"},
            new String[] {"450000", "广西壮族自治区"}, new String[] {"460000", "海南省"},
            new String[] {"510000", "四川省"}, new String[] {"520000", "贵州省"},
            new String[] {"530000", "云南省"}, new String[] {"540000", "西藏自治区"},
            new String[] {"610000", "陕西省"}, new String[] {"620000", "甘肃省"},
            new String[] {"650000", "新疆维吾尔自治区"}, new String[] {"630000", "青海省"});

    /** Counties per prefecture in generated codes: county digits 21..50 under prefectures 01..99. */
    private static final int COUNTIES_PER_PREFECTURE = 30;
    /** The most areas one generated plan can hold (6-digit codes unique within the plan). */
    public static final int MAX_AREAS_PER_PROVINCE = 99 * COUNTIES_PER_PREFECTURE;

    private static final ExpenseType[] UPWARD_TYPES = {ExpenseType.SUPPLY_CHAIN, ExpenseType.GRADING_PACKAGING,
        ExpenseType.MARKETING, ExpenseType.COLD_CHAIN, ExpenseType.PRIMARY_PROCESSING, ExpenseType.STANDARDISATION,
        ExpenseType.CERTIFICATION, ExpenseType.BRANDING, ExpenseType.TRACEABILITY, ExpenseType.LOGISTICS};
    private static final ExpenseType[] PROHIBITED = {ExpenseType.ONLINE_TRADING_PLATFORM, ExpenseType.BUILDING,
        ExpenseType.WORKING_EXPENSE, ExpenseType.TRAFFIC_PURCHASE};
    private static final Direction[] REST_DIRECTIONS = {Direction.SERVICE_STATION, Direction.TRAINING, Direction.OTHER};
    private static final TraineeGroup[] GROUPS = {TraineeGroup.CADRE, TraineeGroup.COOPERATIVE_MEMBER,
        TraineeGroup.RETURNING_MIGRANT_WORKER, TraineeGroup.RURAL_YOUTH, TraineeGroup.FIRST_SECRETARY};
    private static final TrainingTopic[] TOPICS = TrainingTopic.values();
    private static final String[] CONTIGUOUS = {"六盘山区", "秦巴山区", "武陵山区", "乌蒙山区", "滇桂黔石漠化区",
        "大别山区", "罗霄山区", "燕山-太行山区", "吕梁山区", "大兴安岭南麓山区"};
    private static final String[] PLACE = {"东", "西", "南", "北", "中", "新", "安", "平", "宁", "远",
        "和", "兴", "丰", "乐", "泰", "康", "华", "阳", "山", "川"};
    private static final String[] RESPONSIBLE = {"王某", "李某", "张某", "刘某", "陈某", "杨某", "赵某", "黄某"};

    /**
     * What to generate.
     *
     * @param provinces        number of plans, one per addressed province, 1..22
     * @param areasPerProvince demo areas of each plan (ignored when {@code totalAreas} is positive)
     * @param totalAreas       when positive, this many areas spread as evenly as possible over the provinces
     * @param projectsPerArea  project items of each area
     * @param trainingPerArea  training records of each area
     * @param seed             the seed; the same options give byte-identical plans
     */
    public record Options(int provinces, int areasPerProvince, int totalAreas, int projectsPerArea,
                          int trainingPerArea, long seed) {
        public Options {
            if (provinces < 1 || provinces > PROVINCES.size()) {
                throw new IllegalArgumentException("provinces must be between 1 and " + PROVINCES.size() + ": " + provinces);
            }
            if (areasPerProvince < 0 || totalAreas < 0 || projectsPerArea < 0 || trainingPerArea < 0) {
                throw new IllegalArgumentException("counts must not be negative");
            }
            int most = totalAreas > 0 ? (totalAreas + provinces - 1) / provinces : areasPerProvince;
            if (most > MAX_AREAS_PER_PROVINCE) {
                throw new IllegalArgumentException("at most " + MAX_AREAS_PER_PROVINCE + " areas per province: " + most);
            }
            if ((long) most * Math.max(projectsPerArea, trainingPerArea) > 4_000_000L) {
                throw new IllegalArgumentException("too many facts in one plan; use more provinces or fewer per area");
            }
        }

        /** Options with {@code areasPerProvince} areas in each plan. */
        public Options(int provinces, int areasPerProvince, int projectsPerArea, int trainingPerArea, long seed) {
            this(provinces, areasPerProvince, 0, projectsPerArea, trainingPerArea, seed);
        }

        /** @return the number of areas of the plan of province {@code index} (0-based) */
        public int areasOf(int index) {
            if (totalAreas <= 0) {
                return areasPerProvince;
            }
            return totalAreas / provinces + (index < totalAreas % provinces ? 1 : 0);
        }

        /** @return the number of areas of all plans */
        public long areas() {
            long n = 0;
            for (int i = 0; i < provinces; i++) {
                n += areasOf(i);
            }
            return n;
        }
    }

    private final Options options;

    public PlanGenerator(Options options) {
        this.options = options;
    }

    public Options options() {
        return options;
    }

    /** @return the file name of the plan of province {@code index} (0-based); names sort in province order */
    public static String fileName(int index) {
        return String.format("plan-%02d-%s.json", index + 1, PROVINCES.get(index)[0]);
    }

    /**
     * Writes every plan into {@code dir} (created if missing), one file per province.
     *
     * @return the files written, in province order
     */
    public List<Path> writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < options.provinces(); i++) {
            Path file = dir.resolve(fileName(i));
            Files.writeString(file, PlanWriter.write(plan(i)), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /** @return the canonical JSON text of the plan of province {@code index} */
    public String json(int index) {
        return PlanWriter.write(plan(index));
    }

    /** @return the plan of province {@code index} (0-based) */
    public PlanDocument plan(int index) {
        if (index < 0 || index >= options.provinces()) {
            throw new IndexOutOfBoundsException("province " + index + " of " + options.provinces());
        }
        String provinceCode = PROVINCES.get(index)[0];
        String provinceName = PROVINCES.get(index)[1];
        Random pr = new Random(mix(options.seed(), index, -1));
        int areas = options.areasOf(index);

        PlanDocument plan = new PlanDocument();
        plan.setEvaluationDate(EVALUATION_DATE);
        Province province = new Province();
        province.setCode(provinceCode);
        province.setName(provinceName);
        province.setDisclosureColumn(pr.nextInt(20) != 0);
        province.setReportingChannel(pr.nextInt(25) != 0);
        plan.setProvince(province);
        NationalRuralAverage avg = new NationalRuralAverage();
        avg.setOnlineRetailGrowth(new BigDecimal("0.30"));
        avg.setAgriOnlineRetailGrowth(new BigDecimal("0.33"));
        plan.setNationalRuralAverage(avg);

        boolean late = pr.nextInt(8) == 0;
        Filing filing = new Filing();
        filing.setReceivedOn(late ? LocalDate.of(2018, 6, 1 + pr.nextInt(5)) : LocalDate.of(2018, 5, 20 + pr.nextInt(12)));
        filing.setContents(List.of(FilingContent.ELIGIBILITY_CONDITIONS, FilingContent.POVERTY_RANKED_LIST,
                FilingContent.WORK_PLAN));
        plan.setFiling(filing);
        WorkPlan workPlan = new WorkPlan();
        List<WorkPlanItem> items = new ArrayList<>(List.of(WorkPlanItem.values()));
        if (pr.nextInt(10) == 0) {
            items.remove(pr.nextInt(items.size()));
        }
        workPlan.setItems(items);
        plan.setWorkPlan(workPlan);
        plan.setQuota(areas);

        List<County> counties = new ArrayList<>(areas);
        List<Nomination> nominations = new ArrayList<>(areas);
        List<String> finalList = new ArrayList<>(areas);
        List<DemoArea> demoAreas = new ArrayList<>(areas);
        List<FundAllocation> allocations = new ArrayList<>(areas);
        List<ProjectItem> projects = new ArrayList<>(areas * options.projectsPerArea());
        List<TrainingRecord> training = new ArrayList<>(areas * options.trainingPerArea());
        for (int a = 0; a < areas; a++) {
            Random r = new Random(mix(options.seed(), index, a));
            County county = county(provinceCode, provinceName, a, r);
            counties.add(county);
            Nomination n = new Nomination();
            n.setCounty(county.getCode());
            n.setTrack(Track.POVERTY);
            n.setRank(a + 1);
            nominations.add(n);
            finalList.add(county.getCode());
            area(county, r, demoAreas, allocations, projects, training);
        }
        plan.setCounties(counties);
        plan.setNominations(nominations);
        FinalSubmission fin = new FinalSubmission();
        fin.setSentOn(LocalDate.of(2018, 6, 8 + pr.nextInt(7)));
        fin.setForm(SubmissionForm.PROVINCIAL_GOVERNMENT_LETTER);
        fin.setCounties(finalList);
        plan.setFinalSubmission(fin);
        plan.setAreas(demoAreas);
        plan.setFundAllocations(allocations);
        plan.setProjects(projects);
        plan.setTrainingRecords(training);
        return plan;
    }

    /** @return the code of the {@code a}-th county of a province: prefecture 01.., county 21..50 */
    static String countyCode(String provinceCode, int a) {
        int prefecture = a / COUNTIES_PER_PREFECTURE + 1;
        int county = a % COUNTIES_PER_PREFECTURE + 21;
        return provinceCode.substring(0, 2) + String.format("%02d%02d", prefecture, county);
    }

    private static County county(String provinceCode, String provinceName, int a, Random r) {
        String code = countyCode(provinceCode, a);
        String shortName = provinceName.substring(0, 2);
        County c = new County();
        c.setCode(code);
        c.setName(shortName + PLACE[r.nextInt(PLACE.length)] + PLACE[r.nextInt(PLACE.length)] + "县" + (a + 1));
        c.setPrefectureCode(code.substring(0, 4) + "00");
        c.setPrefecture(shortName + "第" + (a / COUNTIES_PER_PREFECTURE + 1) + "市");
        c.setDivisionType(DivisionType.COUNTY);
        c.setNationalKeyCounty(r.nextInt(4) != 0);
        c.setContiguousArea(CONTIGUOUS[r.nextInt(CONTIGUOUS.length)]);
        Villages v = new Villages();
        int admin = 120 + r.nextInt(300);
        int poor = 40 + r.nextInt(admin / 2);
        boolean coverageMissed = r.nextInt(10) == 0;
        v.setAdministrative(admin);
        v.setAdministrativeServed(coverageMissed ? admin / 3 : admin / 2 + r.nextInt(admin / 2));
        v.setRegisteredPoor(poor);
        v.setRegisteredPoorServed(poor / 2 + r.nextInt(poor / 2));
        c.setVillages(v);
        boolean growthMissed = r.nextInt(8) == 0;
        c.setOnlineRetailGrowth(BigDecimal.valueOf((growthMissed ? 20 : 31) + r.nextInt(20), 2));
        c.setAgriOnlineRetailGrowth(BigDecimal.valueOf(34 + r.nextInt(20), 2));
        return c;
    }

    private void area(County county, Random r, List<DemoArea> demoAreas, List<FundAllocation> allocations,
                      List<ProjectItem> projects, List<TrainingRecord> training) {
        String code = county.getCode();
        // the area's violation profile: most areas have none
        boolean upwardLow = r.nextInt(100) < 10;
        boolean upwardJustified = upwardLow && r.nextInt(3) == 0;
        boolean centreHigh = r.nextInt(100) < 6;
        boolean prohibited = r.nextInt(100) < 5;
        boolean badRecords = r.nextInt(100) < 8;
        boolean badSignage = r.nextInt(100) < 8;
        boolean badLedger = r.nextInt(100) < 4;
        boolean overdue = r.nextInt(100) < 10;
        boolean noPostService = r.nextInt(100) < 3;

        DemoArea area = new DemoArea();
        area.setCode(code);
        area.setPostTrainingService(noPostService ? (r.nextBoolean() ? null : Boolean.FALSE) : Boolean.TRUE);
        area.setInfoSystemConnected(r.nextInt(50) != 0);
        area.setDisclosureColumn(r.nextInt(40) != 0);
        if (upwardJustified) {
            Justification j = new Justification();
            j.setRule(UPWARD_SHARE_RULE);
            j.setText("本县冷链物流基础薄弱，先行建设县乡村物流体系，上行项目安排在下一年度。");
            area.setJustifications(List.of(j));
        }
        demoAreas.add(area);

        long allocated = (10_000L + r.nextInt(20_001)) * 1_000L * 100L; // fen: 10–30 million yuan in thousands
        FundAllocation allocation = new FundAllocation();
        allocation.setArea(code);
        allocation.setRecipient(code);
        allocation.setCentralFunds(BigDecimal.valueOf(allocated, 2));
        allocations.add(allocation);

        int n = options.projectsPerArea();
        if (n > 0) {
            projects(county, r, n, allocated, upwardLow, centreHigh, prohibited, badSignage, badLedger, overdue, projects);
        }
        int t = options.trainingPerArea();
        if (t > 0) {
            training(county, r, t, badRecords, training);
        }
    }

    private static void projects(County county, Random r, int n, long allocated, boolean upwardLow, boolean centreHigh,
                                 boolean prohibited, boolean badSignage, boolean badLedger, boolean overdue,
                                 List<ProjectItem> out) {
        String code = county.getCode();
        int kCentre = n >= 4 ? 1 : 0;
        int kUp = Math.max(1, Math.round(n * 0.6f));
        if (kUp + kCentre > n) {
            kUp = n - kCentre;
        }
        int kRest = n - kUp - kCentre;
        // budgets as shares of the allocation, in fen, exact
        long up = allocated * (upwardLow ? 25 + r.nextInt(24) : 52 + r.nextInt(24)) / 100;
        long centre = kCentre == 0 ? 0 : allocated * (centreHigh ? 17 + r.nextInt(12) : 3 + r.nextInt(12)) / 100;
        long planned = allocated * (90 + r.nextInt(11)) / 100;
        long rest = kRest == 0 ? 0 : Math.max(0, planned - up - centre);
        long[] upShares = split(up, kUp, r);
        long[] centreShares = split(centre, kCentre, r);
        long[] restShares = split(rest, kRest, r);
        int prohibitedAt = prohibited ? r.nextInt(n) : -1;
        int signageGaps = badSignage ? 1 + r.nextInt(3) : 0;
        int ledgerGaps = badLedger ? 1 + r.nextInt(2) : 0;
        int overdueCount = overdue ? 1 + r.nextInt(3) : 0;
        for (int i = 0; i < n; i++) {
            ProjectItem p = new ProjectItem();
            p.setId(String.format("P-%s-%03d", code, i + 1));
            p.setArea(code);
            long central;
            if (i < kUp) {
                p.setDirection(Direction.UPWARD);
                p.setExpenseType(UPWARD_TYPES[r.nextInt(UPWARD_TYPES.length)]);
                central = upShares[i];
            } else if (i < kUp + kCentre) {
                p.setDirection(Direction.SERVICE_CENTRE);
                p.setExpenseType(ExpenseType.CENTRE_CONSTRUCTION);
                central = centreShares[i - kUp];
            } else {
                Direction d = REST_DIRECTIONS[(i - kUp - kCentre) % REST_DIRECTIONS.length];
                p.setDirection(d);
                p.setExpenseType(switch (d) {
                    case SERVICE_STATION -> ExpenseType.STATION_CONSTRUCTION;
                    case TRAINING -> ExpenseType.TRAINING;
                    default -> r.nextBoolean() ? ExpenseType.LOGISTICS : ExpenseType.OTHER;
                });
                central = restShares[i - kUp - kCentre];
            }
            if (i == prohibitedAt) {
                p.setExpenseType(PROHIBITED[r.nextInt(PROHIBITED.length)]);
                central = Math.max(central, 100_000L * 100L);
            }
            p.setName(county.getName() + projectName(p.getExpenseType()) + (i + 1));
            p.setCentralFunds(BigDecimal.valueOf(central, 2));
            p.setLocalFunds(BigDecimal.valueOf(central / 100 * r.nextInt(21), 2));
            p.setSocialFunds(r.nextInt(3) == 0 ? BigDecimal.valueOf(central / 10, 2) : BigDecimal.ZERO);
            int m = r.nextInt(10);
            p.setSupportMethod(m < 5 ? SupportMethod.AWARD_IN_LIEU_OF_SUBSIDY : m < 7 ? SupportMethod.LOAN_INTEREST_SUBSIDY
                    : m < 9 ? SupportMethod.DIRECT_SUBSIDY : SupportMethod.PURCHASE_OF_SERVICES);
            boolean isOverdue = i >= n - overdueCount;
            if (i < ledgerGaps) {
                p.setLedger(null);
                p.setStatus(ProjectStatus.PLANNED);
            } else {
                Ledger ledger = new Ledger();
                ledger.setResponsible(RESPONSIBLE[r.nextInt(RESPONSIBLE.length)]);
                ledger.setDeadline(isOverdue ? LocalDate.of(2018, 7 + r.nextInt(3), 1 + r.nextInt(28))
                        : LocalDate.of(2018 + r.nextInt(2), 12, 31));
                p.setLedger(ledger);
                int s = r.nextInt(10);
                p.setStatus(isOverdue ? ProjectStatus.IN_PROGRESS : s < 5 ? ProjectStatus.IN_PROGRESS
                        : s < 7 ? ProjectStatus.PLANNED : s < 9 ? ProjectStatus.COMPLETED : ProjectStatus.ACCEPTED);
            }
            boolean signageGap = i >= 1 && i <= signageGaps;
            p.setSignage(signageGap ? (r.nextBoolean() ? null : Boolean.FALSE) : Boolean.TRUE);
            p.setTransactionInfo(r.nextInt(200) != 0);
            p.setActivityInfo(Boolean.TRUE);
            p.setPoorHouseholdRecords(r.nextInt(200) != 0);
            p.setOnlineSalesRecords(Boolean.TRUE);
            p.setContractorAssessed(r.nextInt(50) != 0);
            p.setOperationPlan(r.nextInt(50) != 0);
            if (p.getDirection() == Direction.SERVICE_STATION) {
                p.setStationFunctions(r.nextInt(10) == 0 ? List.of()
                        : List.of(StationFunction.COLLECTION_AND_PAYMENT, StationFunction.BUYING_AND_SELLING,
                                StationFunction.CONVENIENCE));
            }
            out.add(p);
        }
    }

    private static String projectName(ExpenseType type) {
        return switch (type) {
            case SUPPLY_CHAIN -> "农产品供应链建设";
            case GRADING_PACKAGING -> "农产品分级包装线";
            case MARKETING -> "农产品网络营销";
            case COLD_CHAIN -> "冷链仓储设施";
            case PRIMARY_PROCESSING -> "农产品初加工";
            case STANDARDISATION -> "农产品标准化";
            case CERTIFICATION -> "农产品认证";
            case BRANDING -> "区域公用品牌培育";
            case TRACEABILITY -> "质量追溯体系";
            case LOGISTICS -> "县乡村物流体系";
            case CENTRE_CONSTRUCTION -> "电子商务公共服务中心";
            case STATION_CONSTRUCTION -> "乡村电商服务站点";
            case TRAINING -> "电子商务培训";
            case ONLINE_TRADING_PLATFORM -> "网络交易平台";
            case BUILDING -> "电商大楼";
            case WORKING_EXPENSE -> "工作经费";
            case TRAFFIC_PURCHASE -> "购买流量";
            case OTHER -> "其他项目";
        };
    }

    private static void training(County county, Random r, int n, boolean badRecords, List<TrainingRecord> out) {
        String code = county.getCode();
        String organiser = county.getName() + "电子商务公共服务中心";
        LocalDate first = LocalDate.of(2018, 3, 1);
        int gaps = badRecords ? Math.max(1, n / 100) : 0;
        int gapStride = gaps == 0 ? 0 : Math.max(1, n / gaps);
        for (int i = 0; i < n; i++) {
            TrainingRecord t = new TrainingRecord();
            t.setId(String.format("T-%s-%05d", code, i + 1));
            t.setArea(code);
            t.setDate(first.plusDays(r.nextInt(240)));
            t.setTrainee(code.substring(0, 4) + "**********" + String.format("%04d", r.nextInt(10_000)));
            int g = r.nextInt(100);
            t.setGroup(g < 25 ? TraineeGroup.REGISTERED_POOR_HOUSEHOLD : g < 30 ? TraineeGroup.OTHER
                    : GROUPS[r.nextInt(GROUPS.length)]);
            EnumSet<TrainingTopic> topics = EnumSet.noneOf(TrainingTopic.class);
            int k = 1 + r.nextInt(3);
            while (topics.size() < k) {
                topics.add(TOPICS[r.nextInt(TOPICS.length)]);
            }
            t.setTopics(new ArrayList<>(topics));
            t.setHours(BigDecimal.valueOf(2 + r.nextInt(7)));
            t.setOrganiser(organiser);
            if (gaps > 0 && i % gapStride == gapStride / 2 && i / gapStride < gaps) {
                switch (r.nextInt(6)) {
                    case 0 -> t.setDate(null);
                    case 1 -> t.setTrainee(null);
                    case 2 -> t.setGroup(null);
                    case 3 -> t.setTopics(List.of());
                    case 4 -> t.setHours(BigDecimal.ZERO);
                    default -> t.setOrganiser(null);
                }
            }
            out.add(t);
        }
    }

    /** Splits {@code total} fen into {@code k} random positive parts that add up exactly. */
    private static long[] split(long total, int k, Random r) {
        long[] parts = new long[k];
        if (k == 0) {
            return parts;
        }
        int[] weights = new int[k];
        long sum = 0;
        for (int i = 0; i < k; i++) {
            weights[i] = 1 + r.nextInt(10);
            sum += weights[i];
        }
        long given = 0;
        for (int i = 0; i < k - 1; i++) {
            parts[i] = total / sum * weights[i] / 100 * 100; // whole yuan
            given += parts[i];
        }
        parts[k - 1] = total - given;
        return parts;
    }

    private static long mix(long seed, int province, int area) {
        long h = seed * 0x9E3779B97F4A7C15L + (province + 1) * 0xBF58476D1CE4E5B9L + (area + 2) * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        h *= 0xD6E8FEB86659FD93L;
        return h ^ (h >>> 29);
    }
}
