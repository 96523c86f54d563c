package org.ecrural.kb;

import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Report;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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
import org.ecrural.model.Nomination;
import org.ecrural.model.OldAreaRegion;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.PrefecturePromotion;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.ProjectStatus;
import org.ecrural.model.Province;
import org.ecrural.model.SubmissionForm;
import org.ecrural.model.SupportMethod;
import org.ecrural.model.TraineeGroup;
import org.ecrural.model.TrainingRecord;
import org.ecrural.model.TrainingTopic;
import org.ecrural.model.Track;

/** Small plans for rule tests: each starts compliant, and a test changes the one thing it is about. */
final class Plans {
    static final PolicyEngine ENGINE = PolicyEngine.builtIn();

    private Plans() {
    }

    /** A Gansu plan with a complete, timely filing and no nominations yet. */
    static PlanDocument gansu() {
        PlanDocument p = new PlanDocument();
        p.setEvaluationDate(LocalDate.of(2018, 10, 31));
        Province prov = new Province();
        prov.setCode("620000");
        prov.setName("甘肃省");
        prov.setDisclosureColumn(true);
        prov.setReportingChannel(true);
        p.setProvince(prov);
        Filing f = new Filing();
        f.setReceivedOn(LocalDate.of(2018, 5, 30));
        f.setContents(List.of(FilingContent.values()));
        p.setFiling(f);
        return p;
    }

    /** A national key county of Gansu, not supported before. */
    static County povertyCounty(String code, String prefecture) {
        County c = new County();
        c.setCode(code);
        c.setName("县" + code);
        c.setPrefectureCode(prefecture);
        c.setDivisionType(DivisionType.COUNTY);
        c.setNationalKeyCounty(true);
        return c;
    }

    /** An old-area county of 陕甘宁 (which lies in Gansu), not a poverty county. */
    static County oldAreaCounty(String code, String prefecture) {
        County c = new County();
        c.setCode(code);
        c.setName("县" + code);
        c.setPrefectureCode(prefecture);
        c.setDivisionType(DivisionType.COUNTY);
        c.setNationalKeyCounty(false);
        c.setOldAreaRegion(OldAreaRegion.SHAAN_GAN_NING);
        return c;
    }

    static Nomination nominate(String county, Track track, Integer rank) {
        Nomination n = new Nomination();
        n.setCounty(county);
        n.setTrack(track);
        n.setRank(rank);
        return n;
    }

    static PrefecturePromotion promotion(String prefecture, String... agreed) {
        PrefecturePromotion pp = new PrefecturePromotion();
        pp.setPrefecture(prefecture);
        pp.setAgreedCounties(List.of(agreed));
        return pp;
    }

    static FinalSubmission finalSubmission(LocalDate sentOn, String... counties) {
        FinalSubmission fs = new FinalSubmission();
        fs.setSentOn(sentOn);
        fs.setForm(SubmissionForm.PROVINCIAL_GOVERNMENT_LETTER);
        fs.setCounties(List.of(counties));
        return fs;
    }

    static <T> void add(List<T> list, T item) {
        list.add(item);
    }

    /** A listed demo area with every management field evidenced. */
    static DemoArea area(String code) {
        DemoArea a = new DemoArea();
        a.setCode(code);
        a.setPostTrainingService(true);
        a.setInfoSystemConnected(true);
        a.setDisclosureColumn(true);
        return a;
    }

    static Justification justification(String rule, String text) {
        Justification j = new Justification();
        j.setRule(rule);
        j.setText(text);
        return j;
    }

    static FundAllocation allocation(String area, String recipient, String central) {
        FundAllocation a = new FundAllocation();
        a.setArea(area);
        a.setRecipient(recipient);
        a.setCentralFunds(new BigDecimal(central));
        return a;
    }

    /** A project item that is acceptable in every respect. */
    static ProjectItem project(String id, String area, Direction direction, ExpenseType type, String central) {
        ProjectItem p = new ProjectItem();
        p.setId(id);
        p.setArea(area);
        p.setName("项目" + id);
        p.setDirection(direction);
        p.setExpenseType(type);
        p.setCentralFunds(new BigDecimal(central));
        p.setLocalFunds(BigDecimal.ZERO);
        p.setSocialFunds(BigDecimal.ZERO);
        p.setSupportMethod(SupportMethod.AWARD_IN_LIEU_OF_SUBSIDY);
        Ledger l = new Ledger();
        l.setResponsible("张某");
        l.setDeadline(LocalDate.of(2018, 12, 31));
        p.setLedger(l);
        p.setStatus(ProjectStatus.IN_PROGRESS);
        p.setSignage(true);
        p.setTransactionInfo(true);
        p.setActivityInfo(true);
        p.setPoorHouseholdRecords(true);
        p.setOnlineSalesRecords(true);
        p.setContractorAssessed(true);
        p.setOperationPlan(true);
        return p;
    }

    /** A complete training record of a registered poor household on packaging. */
    static TrainingRecord training(String id, String area) {
        TrainingRecord t = new TrainingRecord();
        t.setId(id);
        t.setArea(area);
        t.setDate(LocalDate.of(2018, 8, 2));
        t.setTrainee("6211**********0017");
        t.setGroup(TraineeGroup.REGISTERED_POOR_HOUSEHOLD);
        t.setTopics(List.of(TrainingTopic.PACKAGING));
        t.setHours(new BigDecimal("6"));
        t.setOrganiser("县电商公共服务中心");
        return t;
    }

    static <T> T with(T t, Consumer<T> change) {
        change.accept(t);
        return t;
    }

    static Report evaluate(PlanDocument plan) {
        return ENGINE.evaluate(plan);
    }

    /** Evaluates a plan the format refuses (a county not listed, a null form), to test how the rules treat it. */
    static Report evaluateAsGiven(PlanDocument plan) {
        return ENGINE.evaluateAsGiven(plan, Check.all());
    }

    static List<String> ruleIds(Report r) {
        List<String> ids = new ArrayList<>();
        r.findings().forEach(f -> ids.add(f.ruleId() + "@" + f.subject().id()));
        return ids;
    }
}
