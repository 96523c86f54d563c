package org.ecrural.kb;

import org.ecrural.kb.edition.ClauseKeys;
import org.ecrural.kb.edition.EditionParameters;
import org.ecrural.kb.folder.DrlProblems;
import org.ecrural.kb.folder.ParameterReads;
import org.ecrural.kb.folder.RuleBaseException;
import org.ecrural.kb.folder.RuleCodeCheck;
import org.ecrural.kb.folder.RuleMetadata;
import org.ecrural.kb.report.Clause;
import org.ecrural.kb.edition.ClauseTexts;
import org.ecrural.kb.edition.Editions;
import org.ecrural.kb.folder.RuleFolder;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.report.RuleProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.runtime.KieContainer;
import org.ecrural.kb.words.RuleWords;
import org.ecrural.kb.words.Wording;

/** A compiled rule base with the edition parameters it runs with and its rules' metadata. Immutable. */
final class RuleBase {
    static final String KBASE = "notice2018";
    /** The index of the executable model kie-maven-plugin writes for this module (groupId/artifactId). */
    static final String MODEL_INDEX = "META-INF/kie/org.ecrural/rules-kb/drools-model";
    private static final AtomicLong COMPILED = new AtomicLong();

    private final KieBase kieBase;
    private final Editions editions;
    private final RuleFolder source;
    private final Map<String, RuleInfo> byRuleName;
    private final List<RuleInfo> rules;
    private final Wording wording;
    /** the folder's local clauses (clauses.yaml): citable beside the notice's, quoted in reports */
    private final ClauseTexts.Local localClauses;
    /** whether the rules are the library's own or a folder compiled with trust (no default deadline) */
    private final boolean trusted;

    private RuleBase(KieBase kieBase, Editions editions, RuleFolder source, boolean trusted) {
        this(() -> kieBase, editions, source, null, trusted);
    }

    /**
     * @param kieBase asked for after the words are read, so that both can be built at once
     * @param wordsRead the folder's words when already read (the built-in ones), or null to read them
     */
    private RuleBase(java.util.function.Supplier<KieBase> kieBase, Editions editions, RuleFolder source, Wording wordsRead,
                     boolean trusted) {
        this.trusted = trusted;
        this.editions = editions;
        this.source = source;
        List<RuleProblem> problems = new ArrayList<>();
        this.localClauses = ClauseTexts.readLocal(source.localClausesText(), problems);
        this.wording = wordsRead != null ? wordsRead : wording(source, localClauses, problems);
        this.kieBase = kieBase.get();
        Map<String, RuleFolder.RuleLocation> locations = source.ruleLocations();
        Map<String, RuleInfo> byName = new HashMap<>();
        Map<String, RuleInfo> byId = new TreeMap<>();
        for (KiePackage pkg : this.kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleFolder.RuleLocation at = locations.get(rule.getName());
                RuleInfo info;
                RuleWords words = wording.rule(rule.getName());
                if (words != null) {
                    info = words.info();
                    if (!rule.getMetaData().isEmpty()) {
                        problems.add(new RuleProblem(at == null ? null : at.file(), at == null ? 0 : at.line(), 0,
                                "rule \"" + rule.getName() + "\" takes its metadata from its words file; remove its "
                                + rule.getMetaData().keySet().stream().sorted().map(k -> "@" + k).toList()));
                    }
                } else if (at != null && wording.describes(at.file())) {
                    continue; // reported by the words check: a rule of a section with words but none for it
                } else {
                    info = RuleMetadata.read(rule, at, problems);
                }
                if (info == null) {
                    continue;
                }
                RuleInfo before = byId.put(info.id(), info);
                if (before != null) {
                    problems.add(new RuleProblem(at == null ? null : at.file(), at == null ? 0 : at.line(), 0,
                            "rule id " + info.id() + " is used again (first in " + before.file() + ")"));
                }
                byName.put(rule.getName(), info);
            }
        }
        for (String name : editions.names()) {
            EditionParameters e = editions.get(name);
            for (String id : e.excludedRules()) {
                if (!byId.containsKey(id)) {
                    problems.add(RuleProblem.of(e.source(), "excludeRules names rule " + id + ", which this rule base does not have"
                            + Editions.didYouMean(id, byId.keySet())));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        this.byRuleName = Collections.unmodifiableMap(byName);
        this.rules = List.copyOf(byId.values());
    }

    /** The rule base compiled into this library's jar (executable model). */
    static RuleBase builtIn() {
        // the KieBase (Drools) and the words (YAML) take about as long each: build them on two threads
        java.util.concurrent.FutureTask<KieBase> kieBase = new java.util.concurrent.FutureTask<>(RuleBase::builtInKieBase);
        Thread builder = new Thread(kieBase, "ecrural-rule-base");
        builder.setDaemon(true);
        builder.start();
        return new RuleBase(() -> {
            try {
                return kieBase.get();
            } catch (java.util.concurrent.ExecutionException e) {
                return builtInKieBase(); // built again here, so that its failure is thrown on this thread as usual
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return builtInKieBase();
            }
        }, Editions.of(EditionParameters.builtIn()), BuiltIn.FOLDER, BuiltIn.WORDING, true);
    }

    /** @return the words of the built-in rule base, read once per process (the catalogue shares them) */
    static Wording builtInWording() {
        return BuiltIn.WORDING;
    }

    /** The built-in folder and its words, read on first use. */
    private static final class BuiltIn {
        static final RuleFolder FOLDER = RuleFolder.builtIn();
        static final Wording WORDING = read();

        private static Wording read() {
            List<RuleProblem> problems = new ArrayList<>();
            Wording wording = Wording.readBuiltIn(FOLDER.wordsFiles(), FOLDER.labelsText(), FOLDER.drlFiles(),
                    ClauseKeys.ALL, problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("the built-in words files have problems: " + problems);
            }
            return wording;
        }
    }

    private static KieBase builtInKieBase() {
        KieBase kieBase = executableModel();
        if (kieBase == null) {
            KieContainer container = KieServices.get().getKieClasspathContainer(RuleBase.class.getClassLoader());
            kieBase = container.getKieBase(KBASE);
        }
        return kieBase;
    }

    /**
     * The executable model that kie-maven-plugin generated for this module at build time, built
     * into a KieBase directly from the model classes its index names. This is what
     * {@code getKieClasspathContainer().getKieBase(KBASE)} ends up doing for this module, without
     * scanning the class path for every kmodule.xml, reading pom.properties and setting up a
     * KieContainer first (about a second of start-up), and it works in a shaded jar, where the
     * class path route finds the wrong pom.properties and compiles the DRL at run time instead.
     * The kbase of kmodule.xml has no options, so the default configuration is the same one.
     *
     * @return the KieBase, or null when the index is missing or names no loadable model (then the
     *         caller takes the class path route)
     */
    static KieBase executableModel() {
        ClassLoader loader = RuleBase.class.getClassLoader();
        List<org.drools.model.Model> models = new ArrayList<>();
        try (java.io.InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                return null;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("Drools-Model-Version:")) {
                    continue;
                }
                models.add((org.drools.model.Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
        } catch (IOException | ReflectiveOperationException | ClassCastException | LinkageError e) {
            return null;
        }
        return models.isEmpty() ? null : org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(models);
    }

    /**
     * Compiles a rule folder at run time.
     *
     * @param trusted whether the folder's DRL may use any Java; when false, it is compiled to the executable model and its classes must pass {@link RuleCodeCheck}
     * @throws RuleBaseException with every problem found: forbidden code, parameters, DRL errors, metadata
     */
    static RuleBase compile(RuleFolder folder, boolean trusted) {
        List<RuleProblem> problems = new ArrayList<>();
        Editions edition = Editions.read(folder.editionText(), RuleFolder.EDITION_FILE, folder.editionFiles(), problems);
        if (edition != null) {
            problems.addAll(ParameterReads.check(folder.drlFiles(), edition.base()));
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.ecrural", "rule-folder", "1.0." + COMPILED.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        kfs.writeKModuleXML("""
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <kbase name="%s" default="true"/>
                </kmodule>""".formatted(KBASE));
        folder.drlFiles().forEach((name, text) -> {
            Resource r = ks.getResources().newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                    .setSourcePath("src/main/resources/rules/" + name);
            kfs.write(r);
        });
        KieBuilder builder = trusted ? ks.newKieBuilder(kfs).buildAll()
                : ks.newKieBuilder(kfs).buildAll(org.drools.model.codegen.ExecutableModelProject.class);
        // one problem per real error, at its DRL line and column, in plain words (DrlProblems)
        problems.addAll(DrlProblems.of(builder.getResults().getMessages(Message.Level.ERROR), folder,
                edition.base().parameters().stream().map(EditionParameters.Parameter::name).toList()));
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleBaseException(problems);
        }
        try {
            KieBase kieBase = trusted ? ks.newKieContainer(releaseId).getKieBase(KBASE)
                    : checkedKieBase((org.drools.compiler.kie.builder.impl.InternalKieModule) builder.getKieModule(),
                            releaseId, folder);
            return new RuleBase(kieBase, edition, folder, trusted);
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * The KieBase of an untrusted folder compiled to the executable model: every class it compiled
     * to is read by {@link RuleCodeCheck} before any is loaded; only when none refers to anything
     * outside {@code RuleCodePolicy} are the (guarded) classes defined, in a class loader of
     * their own, and the KieBase built from them.
     */
    /** The package of the class Drools generates from kmodule.xml (which this class writes): not needed, never loaded. */
    private static final String PROJECT_MODEL_PACKAGE = "org/drools/project/model/";

    private static KieBase checkedKieBase(org.drools.compiler.kie.builder.impl.InternalKieModule module,
                                          ReleaseId releaseId, RuleFolder folder) {
        Map<String, byte[]> classes = new java.util.TreeMap<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class") && !name.startsWith(PROJECT_MODEL_PACKAGE)) {
                classes.put(name, module.getBytes(name));
            }
        }
        RuleCodeCheck.Result checked = RuleCodeCheck.check(classes, folder.drlFiles());
        if (!checked.problems().isEmpty()) {
            throw new RuleBaseException(checked.problems());
        }
        byte[] index = module.getBytes(org.drools.modelcompiler.CanonicalKieModule.getModelFileWithGAV(releaseId));
        if (index == null) {
            throw new RuleBaseException(List.of(RuleProblem.of(null, "the rules compiled to no executable model")));
        }
        CheckedClassLoader loader = new CheckedClassLoader(checked.classes(), RuleBase.class.getClassLoader());
        // loading runs rule code (a constant eval is computed when its model is built): under the same deadline and limits
        java.util.concurrent.FutureTask<KieBase> load = new java.util.concurrent.FutureTask<>(() -> {
            List<org.drools.model.Model> models = new ArrayList<>();
            for (String line : new String(index, StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("Drools-Model-Version:")) {
                    continue;
                }
                if (!checked.classes().containsKey(name.replace('.', '/'))) {
                    throw new IllegalStateException("the model class " + name + " was not compiled");
                }
                models.add((org.drools.model.Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
            return org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(models);
        });
        Thread loading = new Thread(load, "ecrural-rule-folder-load");
        loading.setDaemon(true);
        loading.start();
        try {
            return load.get(PolicyEngine.UNTRUSTED_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            load.cancel(true);
            throw new RuleBaseException(List.of(RuleProblem.of(null, "the rules did not finish loading within "
                    + PolicyEngine.UNTRUSTED_TIMEOUT.toSeconds() + " s (rule code that runs while they load?)")));
        } catch (InterruptedException e) {
            load.cancel(true);
            Thread.currentThread().interrupt();
            throw new RuleBaseException(List.of(RuleProblem.of(null, "interrupted while the rules were loading")));
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            while (c.getCause() != null && c.getCause() != c
                    && !(c instanceof StackOverflowError || c instanceof OutOfMemoryError)) {
                c = c.getCause();
            }
            String why = c instanceof StackOverflowError ? "rule code run while they load overflowed the stack"
                    : c instanceof OutOfMemoryError ? "rule code run while they load ran out of memory"
                    : c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage().lines().findFirst().orElse(""));
            throw new RuleBaseException(List.of(RuleProblem.of(null, "the compiled rules cannot be loaded: " + why)));
        }
    }

    /** Defines the checked classes of one rule folder; everything else comes from the library's loader. */
    static final class CheckedClassLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        CheckedClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("rule-folder", parent);
            this.classes = classes;
        }

        /** The folder's own classes first: a class of the same name in the library must not stand in for them. */
        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!classes.containsKey(name.replace('.', '/'))) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/'));
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }

        /**
         * The bytes of the folder's own (checked) classes as resources: Drools reads a lambda's
         * class file to tell consequences apart (conditional consequences, {@code then[name]}).
         */
        @Override
        public java.io.InputStream getResourceAsStream(String name) {
            if (name.endsWith(".class")) {
                byte[] bytes = classes.get(name.substring(0, name.length() - ".class".length()));
                if (bytes != null) {
                    return new java.io.ByteArrayInputStream(bytes);
                }
            }
            return super.getResourceAsStream(name);
        }
    }

    /** @return the same rules run with other edition parameters (a what-if: that edition alone, no overlays) */
    RuleBase withEdition(EditionParameters other, RuleFolder otherSource) {
        return new RuleBase(kieBase, Editions.of(other), otherSource, trusted);
    }

    boolean trusted() {
        return trusted;
    }

    /** Reads the words and label table of a rule folder, adding every problem. */
    static Wording wording(RuleFolder source, ClauseTexts.Local local, List<RuleProblem> problems) {
        if (source.labelsText() == null) {
            problems.add(RuleProblem.of(Wording.LABELS_FILE, "missing"));
            return Wording.none();
        }
        return Wording.read(source.wordsFiles(), source.labelsText(), source.drlFiles(), ClauseKeys.ALL, local.labels(),
                problems);
    }

    /** @return the folder's local clauses by key (none for the built-in rule base) */
    Map<String, Clause> localClauses() {
        return localClauses.clauses();
    }

    Wording wording() {
        return wording;
    }

    KieBase kieBase() {
        return kieBase;
    }

    /**
     * A session for one evaluation, from a pool: disposing it resets it and gives it back, which
     * spares each evaluation building the session's node memories again.
     */
    KieSession pooledSession() {
        org.kie.api.runtime.KieSessionsPool p = pool;
        if (p == null) {
            synchronized (this) {
                p = pool;
                if (p == null) {
                    pool = p = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
                }
            }
        }
        return p.newKieSession();
    }

    private volatile org.kie.api.runtime.KieSessionsPool pool;

    /** @return the base edition */
    EditionParameters edition() {
        return editions.base();
    }

    Editions editions() {
        return editions;
    }

    RuleFolder source() {
        return source;
    }

    /** @return the ids of every rule, sorted (computed once) */
    java.util.SortedSet<String> ruleIds() {
        java.util.SortedSet<String> ids = ruleIds;
        if (ids == null) {
            ids = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(
                    rules.stream().map(RuleInfo::id).toList()));
            ruleIds = ids;
        }
        return ids;
    }

    private volatile java.util.SortedSet<String> ruleIds;

    List<RuleInfo> rules() {
        return rules;
    }

    RuleInfo info(Rule rule) {
        return byRuleName.get(rule.getName());
    }
}
