package org.ecrural.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A provincial plan, format v1 of {@code plan-format.md}: every part optional, so a host that
 * only checks project acceptance sends areas, allocations and projects alone.
 *
 * <p>Read one from JSON with {@link org.ecrural.model.json.PlanReader}; build one in Java with the facts' constructors and builders
 * ({@code ProjectItem.builder().id("P-1")…build()}) or the setters; {@code PolicyEngine.evaluate}
 * checks a plan built in Java exactly as the reader checks JSON ({@link org.ecrural.model.json.PlanReader#validate}).
 */
public class PlanDocument {
    /** The only interchange format version this library reads and writes. */
    public static final int FORMAT = 1;

    private int format = FORMAT;
    private String edition = "2018";
    private LocalDate evaluationDate;
    private Province province;
    private List<County> counties = new ArrayList<>();
    private NationalRuralAverage nationalRuralAverage;
    private Filing filing;
    private List<Nomination> nominations = new ArrayList<>();
    private List<PrefecturePromotion> prefecturePromotions = new ArrayList<>();
    private FinalSubmission finalSubmission;
    private Integer quota;
    private WorkPlan workPlan;
    private List<DemoArea> areas = new ArrayList<>();
    private List<FundAllocation> fundAllocations = new ArrayList<>();
    private List<ProjectItem> projects = new ArrayList<>();
    private List<TrainingRecord> trainingRecords = new ArrayList<>();
    private List<IdleFundReallocation> idleFundReallocations = new ArrayList<>();

    public int getFormat() { return format; }
    public void setFormat(int format) { this.format = format; }

    /** @return the edition of the notice the plan is checked against, "2018" */
    public String getEdition() { return edition; }
    public void setEdition(String edition) { this.edition = edition; }

    /** @return the date acceptance deadlines are judged on; null means today */
    public LocalDate getEvaluationDate() { return evaluationDate; }
    public void setEvaluationDate(LocalDate evaluationDate) { this.evaluationDate = evaluationDate; }

    public Province getProvince() { return province; }
    public void setProvince(Province province) { this.province = province; }

    public List<County> getCounties() { return counties; }
    public void setCounties(List<County> counties) { this.counties = copy(counties); }

    public NationalRuralAverage getNationalRuralAverage() { return nationalRuralAverage; }
    public void setNationalRuralAverage(NationalRuralAverage nationalRuralAverage) { this.nationalRuralAverage = nationalRuralAverage; }

    public Filing getFiling() { return filing; }
    public void setFiling(Filing filing) { this.filing = filing; }

    public List<Nomination> getNominations() { return nominations; }
    public void setNominations(List<Nomination> nominations) { this.nominations = copy(nominations); }

    public List<PrefecturePromotion> getPrefecturePromotions() { return prefecturePromotions; }
    public void setPrefecturePromotions(List<PrefecturePromotion> prefecturePromotions) { this.prefecturePromotions = copy(prefecturePromotions); }

    public FinalSubmission getFinalSubmission() { return finalSubmission; }
    public void setFinalSubmission(FinalSubmission finalSubmission) { this.finalSubmission = finalSubmission; }

    /** @return the number of demo counties the three ministries set for the province (五（二）), or null */
    public Integer getQuota() { return quota; }
    public void setQuota(Integer quota) { this.quota = quota; }

    public WorkPlan getWorkPlan() { return workPlan; }
    public void setWorkPlan(WorkPlan workPlan) { this.workPlan = workPlan; }

    public List<DemoArea> getAreas() { return areas; }
    public void setAreas(List<DemoArea> areas) { this.areas = copy(areas); }

    public List<FundAllocation> getFundAllocations() { return fundAllocations; }
    public void setFundAllocations(List<FundAllocation> fundAllocations) { this.fundAllocations = copy(fundAllocations); }

    public List<ProjectItem> getProjects() { return projects; }
    public void setProjects(List<ProjectItem> projects) { this.projects = copy(projects); }

    public List<TrainingRecord> getTrainingRecords() { return trainingRecords; }
    public void setTrainingRecords(List<TrainingRecord> trainingRecords) { this.trainingRecords = copy(trainingRecords); }

    public List<IdleFundReallocation> getIdleFundReallocations() { return idleFundReallocations; }
    public void setIdleFundReallocations(List<IdleFundReallocation> idleFundReallocations) { this.idleFundReallocations = copy(idleFundReallocations); }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? new ArrayList<>() : new ArrayList<>(list);
    }
}
