package org.ecrural.kb;

import org.ecrural.kb.report.Effect;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.Subject;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.report.Verdict;
import org.ecrural.kb.report.Clause;
import org.ecrural.kb.edition.ClauseTexts;
import org.ecrural.kb.edition.EditionParameters;
import org.ecrural.kb.folder.RuleBaseException;
import org.ecrural.kb.folder.RuleFolder;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.report.RuleProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.ecrural.kb.facts.PlanFacts;
import org.ecrural.kb.rulesupport.FindingCollector;
import org.ecrural.kb.rulesupport.RuleGuard;
import org.ecrural.model.DemoArea;
import org.ecrural.model.Justification;
import org.ecrural.model.Nomination;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.TrainingRecord;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates plans against the rule base of the 2018 notice.
 *
 * <p>Build one per process with {@link #builtIn()} and share it: it is safe to call from many
 * threads at once, each evaluation running in a session of its own.
 *
 * <pre>{@code
 * PolicyEngine engine = PolicyEngine.builtIn();
 * Report report = engine.evaluate(PlanReader.read(Path.of("plan.json")));
 * report.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.message().zh()));
 * }</pre>
 */
public final class PolicyEngine {
    /** The logger, made on first use: the built-in rule base starts building before it. */
    private static final class Lazy {
        static final Logger LOG = LoggerFactory.getLogger(PolicyEngine.class);
    }

    /** The edition reader of {@link #withParameterValues}, made on first use (an ObjectMapper takes tens of ms to start). */
    private static final class EditionJson {
        static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** The deadline of an evaluation on a rule folder compiled without trust, unless {@link #withTimeout} sets another. */
    public static final Duration UNTRUSTED_TIMEOUT = Duration.ofSeconds(10);

    private static final ExecutorService EVALUATIONS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ecrural-evaluation");
        t.setDaemon(true);
        return t;
    });

    private final AtomicReference<RuleBase> ruleBase;
    private final Clock clock;
    /** the deadline of one evaluation, or null for the default of the rule base in force */
    private final Duration timeout;

    PolicyEngine(RuleBase ruleBase, Clock clock) {
        this(new AtomicReference<>(ruleBase), clock, null);
    }

    private PolicyEngine(AtomicReference<RuleBase> ruleBase, Clock clock, Duration timeout) {
        this.ruleBase = ruleBase;
        this.clock = clock;
        this.timeout = timeout;
    }

    /**
     * @param timeout the longest one evaluation may run (positive), or {@link Duration#ZERO} for no
     *                deadline; an evaluation past it throws {@link EvaluationIncompleteException}
     * @return this engine with that deadline: the same rule base, reloads included
     */
    public PolicyEngine withTimeout(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("a timeout cannot be negative: " + timeout);
        }
        return new PolicyEngine(ruleBase, clock, timeout);
    }

    /** @return the deadline of one evaluation on the rule base in force; zero for none */
    public Duration timeout() {
        if (timeout != null) {
            return timeout;
        }
        return ruleBase.get().trusted() ? Duration.ZERO : UNTRUSTED_TIMEOUT;
    }

    private PolicyEngine sibling(RuleBase rb) {
        return new PolicyEngine(new AtomicReference<>(rb), clock, timeout);
    }

    /** @return an engine on the rule base built into this library (compiled at build time) */
    public static PolicyEngine builtIn() {
        long start = System.nanoTime();
        PolicyEngine engine = new PolicyEngine(RuleBase.builtIn(), Clock.systemDefaultZone());
        Lazy.LOG.debug("built-in rule base ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        return engine;
    }

    /**
     * @return an engine on a rule folder compiled at run time; the folder's DRL must pass the
     *         sandbox check (see {@link #fromFolder(Path, boolean)})
     * @throws RuleBaseException with every problem (file, line, column) when the folder cannot be used
     */
    public static PolicyEngine fromFolder(Path dir) {
        return fromFolder(dir, false);
    }

    /**
     * @param trusted true lifts the sandbox check: the folder's DRL may then use any Java, so only
     *                pass true for folders trusted like the host's own code
     * @return an engine on a rule folder compiled at run time
     * @throws RuleBaseException with every problem when the folder cannot be used
     */
    public static PolicyEngine fromFolder(Path dir, boolean trusted) {
        return new PolicyEngine(RuleBase.compile(RuleFolder.read(dir), trusted), Clock.systemDefaultZone());
    }

    /**
     * @return an engine with the same rules run under other edition parameters (a what-if)
     * @throws RuleBaseException when the parameter file is malformed or breaks an invariant
     */
    public PolicyEngine withParameters(Path editionFile) {
        String text;
        try {
            text = Files.readString(editionFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleBaseException(List.of(RuleProblem.of(editionFile.toString(), "cannot read: " + e.getMessage())));
        }
        return withEditionText(text, editionFile.toString());
    }

    /**
     * @param values parameter name to value, e.g. {"upwardMinShare": "0.50"}, replacing those
     *               values of the edition in force (a scenario pinning the values it is written for)
     * @throws RuleBaseException for an unknown parameter or a value that breaks an invariant
     */
    PolicyEngine withParameterValues(com.fasterxml.jackson.databind.JsonNode values) {
        RuleBase rb = ruleBase.get();
        com.fasterxml.jackson.databind.node.ObjectNode root;
        try {
            root = (com.fasterxml.jackson.databind.node.ObjectNode) EditionJson.MAPPER.readTree(rb.source().editionText());
        } catch (IOException e) {
            throw new RuleBaseException(List.of(RuleProblem.of(RuleFolder.EDITION_FILE, "cannot read: " + e.getMessage())));
        }
        List<RuleProblem> problems = new ArrayList<>();
        if (!values.isObject()) {
            problems.add(RuleProblem.of(null, "expected an object of parameter name to value"));
        }
        values.fields().forEachRemaining(e -> {
            com.fasterxml.jackson.databind.JsonNode p = root.path("parameters").path(e.getKey());
            if (!p.isObject()) {
                problems.add(RuleProblem.of(null, "no parameter named " + e.getKey()));
            } else {
                ((com.fasterxml.jackson.databind.node.ObjectNode) p).set("value", e.getValue());
            }
        });
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        return withEditionText(root.toString(), "parameters " + values);
    }

    private PolicyEngine withEditionText(String text, String origin) {
        RuleBase rb = ruleBase.get();
        EditionParameters other;
        try {
            other = EditionParameters.read(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), origin);
        } catch (EditionParameters.InvalidParametersException e) {
            throw new RuleBaseException(e.problems().stream().map(p -> RuleProblem.of(origin, p)).toList());
        } catch (IOException e) {
            throw new RuleBaseException(List.of(RuleProblem.of(origin, "cannot read: " + e.getMessage())));
        }
        return sibling(rb.withEdition(other, rb.source().withEdition(text, origin)));
    }

    /**
     * Hot reload: compiles the folder, checks its rules' metadata and parameters, and runs its
     * scenarios off to the side; only when all of that passes is it swapped in, atomically.
     * Evaluations already running finish on the rule base they started with. A folder that
     * fails any step is never activated: the engine keeps the last good rule base and this
     * method throws.
     *
     * @param trusted true lifts the sandbox check (see {@link #fromFolder(Path, boolean)})
     * @throws RuleBaseException with every problem; the engine is then unchanged
     */
    public void reload(Path dir, boolean trusted) {
        RuleBase candidate = RuleBase.compile(RuleFolder.read(dir), trusted);
        ScenarioResults results;
        try {
            results = Scenarios.run(sibling(candidate));
        } catch (EvaluationIncompleteException e) {
            throw new RuleBaseException(List.of(RuleProblem.of(dir.toString(), "a scenario could not complete: " + e.getMessage())));
        }
        if (!results.passed()) {
            throw new RuleBaseException(results.problems());
        }
        ruleBase.set(candidate);
        Lazy.LOG.info("rule base reloaded from {}", dir);
    }

    /** @return the source of the rule base in force: its DRL, scenarios and parameters */
    public RuleFolder source() {
        return ruleBase.get().source();
    }

    /**
     * @return the local clauses of the rule base in force (a rule folder's {@code clauses.yaml}:
     *         a provincial document's clauses its rules may cite), by key; empty for the built-in one
     */
    public Map<String, Clause> localClauses() {
        return ruleBase.get().localClauses();
    }

    /** @return every rule of the rule base in force, sorted by id */
    public List<RuleInfo> rules() {
        return ruleBase.get().rules();
    }

    /** @return the base edition's parameters (edition.json of the rule base in force) */
    public EditionParameters edition() {
        return ruleBase.get().edition();
    }

    /** @return the names of the editions the rule base in force holds, sorted: its base edition and its overlays */
    public Set<String> editions() {
        return ruleBase.get().editions().names();
    }

    /** @return the parameters of the edition of that name, if the rule base in force holds it */
    public java.util.Optional<EditionParameters> edition(String name) {
        return java.util.Optional.ofNullable(name == null ? null : ruleBase.get().editions().get(name));
    }

    /**
     * Checks that the rule base in force holds the plan's edition ({@code plan.edition}); call it
     * where bad input is reported, before {@link #evaluate}.
     *
     * @throws PlanInputException at {@code /edition}, listing the editions held, when it does not
     */
    public void requireEdition(PlanDocument plan) throws org.ecrural.model.json.PlanInputException {
        RuleBase rb = ruleBase.get();
        if (rb.editions().get(plan.getEdition()) == null) {
            throw unknownEdition(rb, plan.getEdition());
        }
    }

    private static org.ecrural.model.json.PlanInputException unknownEdition(RuleBase rb, String name) {
        return new org.ecrural.model.json.PlanInputException(List.of(new org.ecrural.model.json.InputError("/edition",
                "edition " + (name == null ? "null" : "\"" + name + "\"") + " is not one this rule base holds; it holds "
                        + String.join(", ", rb.editions().names().stream().map(n -> "\"" + n + "\"").toList()))));
    }

    /**
     * Evaluates every check of the notice; see {@link #evaluate(PlanDocument, Set)}.
     *
     * @param plan the plan, read by {@link org.ecrural.model.json.PlanReader} or built in Java
     * @return the report
     * @throws NullPointerException when {@code plan} is null
     * @throws org.ecrural.model.json.PlanInputException (unchecked) listing every error of a plan
     *         built in Java, at the JSON Pointers the reader would give, or at {@code /edition}
     */
    public Report evaluate(PlanDocument plan) {
        return evaluate(plan, Check.all());
    }

    /**
     * Evaluates the given checks only; rules of other sections do not run, and rules about parts
     * the plan does not contain stay silent. The plan's edition ({@code plan.edition}) chooses the
     * parameters and the rules that apply; editions are evaluated side by side on one compiled
     * rule base.
     *
     * <p><b>Bad input.</b> A plan is checked with the rules of the JSON reader before any rule
     * runs: a plan built in Java (or changed after it was read) is written and read back by
     * {@link org.ecrural.model.json.PlanReader#validate}, so a null id, negative money, a repeated
     * id or a reference to a county not listed is reported as a
     * {@link org.ecrural.model.json.PlanInputException} with the same JSON Pointers as from a file,
     * never as an exception from inside the engine. A plan the reader itself returned
     * ({@link org.ecrural.model.json.PlanReader#isRead}) is not checked again, so reading and
     * evaluating costs what it did; should such a plan, changed by the host, then fail inside the
     * engine, it is checked after all and its input errors are thrown instead.
     * {@code PlanInputException} is unchecked: hosts catch it where they report bad input.
     *
     * @param plan   the plan
     * @param checks the sections of the notice to check
     * @return the report
     * @throws NullPointerException when {@code plan} or {@code checks} is null
     * @throws org.ecrural.model.json.PlanInputException listing every input error, or at
     *         {@code /edition} (as {@link #requireEdition}) when the rule base does not hold the
     *         plan's edition
     * @throws EvaluationIncompleteException when the evaluation could not complete
     */
    public Report evaluate(PlanDocument plan, Set<Check> checks) {
        java.util.Objects.requireNonNull(plan, "the plan to evaluate is null");
        java.util.Objects.requireNonNull(checks, "the checks to evaluate are null; Check.all() for every one");
        boolean read = org.ecrural.model.json.PlanReader.isRead(plan);
        if (!read) {
            org.ecrural.model.json.PlanReader.validate(plan);
        }
        RuleBase rb = ruleBase.get();
        if (rb.editions().get(plan.getEdition()) == null) {
            throw unknownEdition(rb, plan.getEdition());
        }
        try {
            return evaluateChecked(rb, plan, checks);
        } catch (EvaluationIncompleteException e) {
            if (read && e.reason() == EvaluationIncompleteException.Reason.RULE_FAILED) {
                org.ecrural.model.json.PlanReader.validate(plan); // a plan changed after it was read
            }
            throw e;
        }
    }

    /**
     * Evaluates a plan as given, without the reader's checks: for tests of how rules treat input
     * the format refuses (a county not listed, a null form). Not for hosts.
     */
    Report evaluateAsGiven(PlanDocument plan, Set<Check> checks) {
        return evaluateChecked(ruleBase.get(), plan, checks);
    }

    private Report evaluateChecked(RuleBase rb, PlanDocument plan, Set<Check> checks) {
        Duration limit = limit(rb);
        if (limit.isZero()) {
            try {
                return evaluate(rb, plan, checks, new KieSession[1]);
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError | RuleGuard.Cancelled e) {
                throw incomplete(e, limit);
            }
        }
        KieSession[] session = new KieSession[1];
        Future<Report> run = EVALUATIONS.submit(() -> evaluate(rb, plan, checks, session));
        try {
            return run.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            synchronized (session) {
                if (session[0] != null) {
                    session[0].halt();
                }
            }
            run.cancel(true);
            throw new EvaluationIncompleteException(EvaluationIncompleteException.Reason.TIMEOUT,
                    "the evaluation ran past its deadline of " + seconds(limit), null);
        } catch (ExecutionException e) {
            throw incomplete(e.getCause(), limit);
        } catch (InterruptedException e) {
            run.cancel(true);
            Thread.currentThread().interrupt();
            throw new EvaluationIncompleteException(EvaluationIncompleteException.Reason.TIMEOUT,
                    "the evaluation was interrupted", e);
        }
    }

    private Duration limit(RuleBase rb) {
        return timeout != null ? timeout : rb.trusted() ? Duration.ZERO : UNTRUSTED_TIMEOUT;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** What an exception out of the rule engine means: always an {@link EvaluationIncompleteException}. */
    private static EvaluationIncompleteException incomplete(Throwable e, Duration limit) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof EvaluationIncompleteException already) {
                return already;
            }
            if (c instanceof StackOverflowError) {
                return new EvaluationIncompleteException(EvaluationIncompleteException.Reason.STACK_OVERFLOW,
                        "the rules overflowed the stack (a recursion without end?)", null);
            }
            if (c instanceof OutOfMemoryError) {
                return new EvaluationIncompleteException(EvaluationIncompleteException.Reason.OUT_OF_MEMORY,
                        "the rules ran out of memory", null);
            }
            if (c instanceof RuleGuard.Cancelled) {
                return new EvaluationIncompleteException(EvaluationIncompleteException.Reason.TIMEOUT,
                        "the evaluation ran past its deadline of " + seconds(limit), null);
            }
        }
        // which rule, on which fact (its subject), evaluating which condition: never a bare exception line
        String rule = RuleFailure.rule(e);
        String constraint = RuleFailure.constraint(e);
        Object fact = RuleFailure.fact(e);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse(""));
        return new EvaluationIncompleteException(EvaluationIncompleteException.Reason.RULE_FAILED,
                (rule == null ? "a rule failed" : "rule " + rule + " failed") + (fact == null ? "" : " on " + RuleFailure.describe(fact))
                        + (constraint == null ? "" : " evaluating its condition " + constraint) + ": " + what, e instanceof Error ? null : e);
    }

    private Report evaluate(RuleBase rb, PlanDocument plan, Set<Check> checks, KieSession[] sessionHolder) {
        Set<Check> selected = checks.isEmpty() ? EnumSet.noneOf(Check.class) : EnumSet.copyOf(checks);
        LocalDate date = plan.getEvaluationDate() != null ? plan.getEvaluationDate() : LocalDate.now(clock);
        EditionParameters edition = rb.editions().get(plan.getEdition());
        Set<String> excluded = edition.excludedRules();
        FindingCollector collector = new FindingCollector(rb.wording());
        DefaultAgendaEventListener firing = new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                collector.firing(rb.info(event.getMatch().getRule()));
            }
        };
        // without a deadline no other thread halts the session, so it can go back to the pool
        boolean pooled = limit(rb).isZero();
        KieSession session = pooled ? rb.pooledSession() : rb.kieBase().newKieSession();
        synchronized (sessionHolder) {
            sessionHolder[0] = session;
        }
        try {
            session.setGlobal("findings", collector);
            session.addEventListener(firing);
            List<Object> facts = PlanFacts.of(plan, edition, date);
            RuleFailure.insert(session, facts); // a condition failing on one fact names it
            try {
                session.fireAllRules(match -> {
                    RuleInfo info = rb.info(match.getRule());
                    return selected.contains(info.check()) && !excluded.contains(info.id());
                });
            } catch (RuntimeException e) {
                String constraint = RuleFailure.constraint(e);
                if (constraint == null || RuleFailure.fact(e) != null) {
                    throw e;
                }
                // a condition joining facts failed while the rules fired: find its fact (and its rule, when Drools does not say)
                Object fact = RuleFailure.replay(rb.kieBase(), s -> s.setGlobal("findings", new FindingCollector(rb.wording())), facts);
                String rule = RuleFailure.rule(e) == null ? RuleFailure.ruleWriting(rb.source(), constraint) : null;
                throw fact == null && rule == null ? e : new RuleFailure.OnFact(fact, rule, e);
            }
        } finally {
            synchronized (sessionHolder) {
                sessionHolder[0] = null;
            }
            session.removeEventListener(firing);
            session.dispose();
        }
        List<Finding> findings = findings(collector, plan);
        return new Report(edition.getEdition(), date, findings, verdicts(plan, selected, findings),
                Figures.of(plan), rb.ruleIds(), rb.localClauses());
    }

    /** Demo areas: every code in areas, in fundAllocations (as area) or in projects (as area). */
    static Set<String> areaCodes(PlanDocument plan) {
        return PlanFacts.areaCodes(plan);
    }

    private static List<Finding> findings(FindingCollector collector, PlanDocument plan) {
        Map<String, Set<String>> justified = new HashMap<>();
        for (DemoArea a : plan.getAreas()) {
            for (Justification j : a.getJustifications()) {
                if (j.getRule() != null && j.getText() != null && !j.getText().isBlank()) {
                    justified.computeIfAbsent(a.getCode(), k -> new HashSet<>()).add(j.getRule());
                }
            }
        }
        // one finding per rule and subject; where a rule fired twice on one subject, keep the first in report order
        Map<String, Finding> unique = new TreeMap<>();
        for (FindingCollector.Draft d : collector.drafts()) {
            boolean isJustified = d.rule().severity() == Severity.PRINCIPLE
                    && d.subject().type() == SubjectType.AREA
                    && justified.getOrDefault(d.subject().id(), Set.of()).contains(d.rule().id());
            Finding f = new Finding(d.rule(), d.subject(), isJustified, d.measured(), d.limit(),
                    d.message(), d.remedy(), d.evidence(), d.measuredText(), d.limitText());
            String key = d.rule().id() + "\u0000" + d.subject();
            unique.merge(key, f, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        List<Finding> list = new ArrayList<>(unique.values());
        list.sort(null);
        return list;
    }

    /**
     * One verdict per subject (plan-format.md 1.1, *Report*): every subject of a kind the selected
     * checks judge, and every subject that carries a finding. Negative exactly when the subject
     * (for an area, also one of its training records) carries a blocking finding; a nomination is
     * WITHDRAWN when the province is deemed to have withdrawn. Training records have no verdict of
     * their own.
     */
    private static List<Verdict> verdicts(PlanDocument plan, Set<Check> checks, List<Finding> findings) {
        // the area of each record a finding names, and every area a record names: a province of
        // the national batch has 92,000 records, findings about a few thousand of them, 45 areas
        Set<String> recordsFound = new HashSet<>();
        for (Finding f : findings) {
            if (f.subject().type() == SubjectType.TRAINING_RECORD) {
                recordsFound.add(f.subject().id());
            }
        }
        Map<String, String> recordArea = new HashMap<>();
        Set<String> trainingAreas = new HashSet<>();
        String lastArea = null; // a plan lists an area's records together, mostly
        for (TrainingRecord t : plan.getTrainingRecords()) {
            String area = t.getArea();
            if (t.getId() != null && area != null) {
                if (!area.equals(lastArea)) {
                    trainingAreas.add(area);
                    lastArea = area;
                }
                if (!recordsFound.isEmpty() && recordsFound.contains(t.getId())) {
                    recordArea.put(t.getId(), area);
                }
            }
        }
        Set<Subject> blocked = new HashSet<>();
        Set<Subject> subjects = new TreeSet<>();
        Set<String> withdrawnProvinces = new HashSet<>();
        for (Finding f : findings) {
            Subject s = f.subject();
            if (s.type() == SubjectType.TRAINING_RECORD) {
                String area = recordArea.get(s.id());
                s = area == null ? null : new Subject(SubjectType.AREA, area);
            }
            if (s == null) {
                continue;
            }
            subjects.add(s);
            if (f.blocking()) {
                blocked.add(s);
            }
            if (s.type() == SubjectType.PROVINCE && f.rule().effects().contains(Effect.DEEMED_WITHDRAWN)) {
                withdrawnProvinces.add(s.id());
            }
        }
        boolean eligibility = checks.contains(Check.ELIGIBILITY);
        if (plan.getProvince() != null && plan.getProvince().getCode() != null && (eligibility
                || checks.contains(Check.PROCEDURE) || checks.contains(Check.MANAGEMENT) || checks.contains(Check.WORK_PLAN))) {
            subjects.add(new Subject(SubjectType.PROVINCE, plan.getProvince().getCode()));
        }
        if (eligibility || checks.contains(Check.PROCEDURE)) {
            for (Nomination n : plan.getNominations()) {
                subjects.add(new Subject(SubjectType.NOMINATION, n.getCounty()));
            }
        }
        if (eligibility) {
            plan.getPrefecturePromotions().forEach(p -> subjects.add(new Subject(SubjectType.PREFECTURE, p.getPrefecture())));
        }
        if (checks.contains(Check.FUNDS) || checks.contains(Check.TRAINING) || checks.contains(Check.MANAGEMENT)) {
            areaCodes(plan).forEach(code -> subjects.add(new Subject(SubjectType.AREA, code)));
        }
        if (checks.contains(Check.TRAINING)) {
            trainingAreas.forEach(code -> subjects.add(new Subject(SubjectType.AREA, code)));
        }
        if (checks.contains(Check.FUNDS) || checks.contains(Check.SERVICE_SYSTEM) || checks.contains(Check.ACCEPTANCE)) {
            for (ProjectItem p : plan.getProjects()) {
                subjects.add(new Subject(SubjectType.PROJECT, p.getId()));
            }
        }
        if (checks.contains(Check.FUNDS)) {
            plan.getIdleFundReallocations().forEach(r -> subjects.add(new Subject(SubjectType.REALLOCATION, r.getId())));
        }
        String province = plan.getProvince() == null ? null : plan.getProvince().getCode();
        boolean withdrawn = province != null && withdrawnProvinces.contains(province);
        List<Verdict> verdicts = new ArrayList<>();
        for (Subject s : subjects) {
            if (s.id() == null) {
                continue;
            }
            boolean bad = blocked.contains(s);
            Outcome o = switch (s.type()) {
                case PROVINCE -> withdrawnProvinces.contains(s.id()) ? Outcome.DEEMED_WITHDRAWN
                        : bad ? Outcome.NON_COMPLIANT : Outcome.COMPLIANT;
                case NOMINATION -> withdrawn ? Outcome.WITHDRAWN : bad ? Outcome.INELIGIBLE : Outcome.ELIGIBLE;
                case PREFECTURE, AREA -> bad ? Outcome.NON_COMPLIANT : Outcome.COMPLIANT;
                case PROJECT -> bad ? Outcome.NOT_ACCEPTABLE : Outcome.ACCEPTABLE;
                case REALLOCATION -> bad ? Outcome.NOT_PERMITTED : Outcome.PERMITTED;
                case TRAINING_RECORD -> throw new IllegalStateException("no verdict for " + s);
            };
            verdicts.add(new Verdict(s, o));
        }
        verdicts.sort(null);
        return verdicts;
    }
}
