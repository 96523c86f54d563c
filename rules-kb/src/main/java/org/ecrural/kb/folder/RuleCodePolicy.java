package org.ecrural.kb.folder;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the classes of an untrusted rule folder may refer to: an explicit allow-list of types and
 * members (internal names, {@code java/lang/String}). Everything else is refused by
 * {@link RuleCodeCheck}.
 *
 * <ul>
 * <li>the plan's model ({@code org.ecrural.model}, read only: no setters), the rule support API
 * ({@code org.ecrural.kb.rulesupport}, {@code org.ecrural.kb.facts}), {@code EditionParameters}'
 * getters and typed accessors ({@code share("upwardMinShare")}, {@code count(...)}, ...), and the report vocabulary a finding names ({@code SubjectType}, {@code Text}, ...);</li>
 * <li>the Drools types that executable-model code is made of (the rule DSL, its functional
 * interfaces and its consequence context, without the members that reach the session, the
 * knowledge base or the class loader);</li>
 * <li>pure parts of {@code java.lang} (strings, boxed numbers, {@code Math}, a few exceptions),
 * {@code java.math}, {@code java.time} and the collections of {@code java.util};</li>
 * <li>never: {@code System}, {@code Runtime}, {@code Thread}, {@code ClassLoader}, {@code Class},
 * reflection, processes, files, the network, logging, {@code Formatter}, {@code Scanner},
 * {@code ServiceLoader}, {@code java.util.concurrent}, regular expressions (which a deadline
 * cannot interrupt), {@code Object.getClass/wait/notify}.</li>
 * </ul>
 */
final class RuleCodePolicy {
    private RuleCodePolicy() {
    }

    /** Member names refused on every type, the rule folder's own classes included. */
    private static final Set<String> DENIED_EVERYWHERE = Set.of("getClass", "wait", "notify", "notifyAll", "finalize");

    /** Packages (internal name prefixes, direct members only) whose every type is allowed. */
    private static final List<String> PACKAGES = List.of("org/ecrural/model/", "org/ecrural/kb/rulesupport/",
            "org/ecrural/kb/facts/", "java/math/", "java/time/", "java/time/format/", "java/time/temporal/",
            "java/time/chrono/", "java/util/", "java/util/function/");

    /** Types of an allowed package that are refused. */
    private static final Set<String> DENIED_TYPES = Set.of("java/util/ServiceLoader", "java/util/Scanner",
            "java/util/Formatter", "java/util/Timer", "java/util/TimerTask", "java/util/ResourceBundle",
            "java/util/PropertyResourceBundle", "java/util/ListResourceBundle", "java/util/Properties",
            "java/util/PropertyPermission", "java/util/EventListenerProxy", "java/util/Observable");

    /** Single types allowed outside the packages above. */
    private static final Set<String> TYPES = Set.of(
            "java/lang/Object", "java/lang/String", "java/lang/CharSequence", "java/lang/StringBuilder",
            "java/lang/StringBuffer", "java/lang/AbstractStringBuilder", "java/lang/Character", "java/lang/Boolean",
            "java/lang/Byte", "java/lang/Short", "java/lang/Integer", "java/lang/Long", "java/lang/Float",
            "java/lang/Double", "java/lang/Number", "java/lang/Math", "java/lang/StrictMath", "java/lang/Comparable",
            "java/lang/Iterable", "java/lang/Enum", "java/lang/Record", "java/lang/Void", "java/lang/Cloneable",
            "java/io/Serializable",
            "java/lang/Throwable", "java/lang/Exception", "java/lang/RuntimeException",
            "java/lang/IllegalArgumentException", "java/lang/IllegalStateException", "java/lang/ArithmeticException",
            "java/lang/NullPointerException", "java/lang/UnsupportedOperationException",
            "java/lang/IndexOutOfBoundsException", "java/lang/ClassCastException", "java/lang/NumberFormatException",
            "org/ecrural/kb/edition/EditionParameters", "org/ecrural/kb/report/SubjectType", "org/ecrural/kb/report/Subject",
            "org/ecrural/kb/report/Text", "org/ecrural/kb/report/Evidence", "org/ecrural/kb/report/Severity", "org/ecrural/kb/report/RuleInfo",
            "org/ecrural/kb/report/Check");

    /** Members refused on an allowed type: type to names ("*" on a type: only the listed names are allowed, see ONLY). */
    private static final Map<String, Set<String>> DENIED_MEMBERS = Map.ofEntries(
            Map.entry("java/lang/String", Set.of("matches", "replaceAll", "replaceFirst", "split", "splitWithDelimiters")),
            Map.entry("java/lang/Integer", Set.of("getInteger")),
            Map.entry("java/lang/Long", Set.of("getLong")),
            Map.entry("java/lang/Boolean", Set.of("getBoolean")),
            Map.entry("java/lang/Throwable", Set.of("printStackTrace", "setStackTrace", "getStackTrace",
                    "fillInStackTrace", "addSuppressed", "getSuppressed")),
            Map.entry("java/util/Collection", Set.of("parallelStream")),
            Map.entry("java/util/List", Set.of("parallelStream")),
            Map.entry("java/util/Set", Set.of("parallelStream")),
            Map.entry("java/util/ArrayList", Set.of("parallelStream")),
            Map.entry("java/util/Arrays", Set.of("parallelSort", "parallelPrefix", "parallelSetAll")),
            Map.entry("java/util/Locale", Set.of("setDefault")),
            Map.entry("java/util/TimeZone", Set.of("setDefault")),
            Map.entry("java/util/Random", Set.of("setSeed")),
            // its getters and the typed accessors share/money/date/count/codes/text stay allowed; not its readers
            Map.entry("org/ecrural/kb/edition/EditionParameters", Set.of("read", "builtIn", "tree", "fromTree", "origins")),
            Map.entry("org/ecrural/kb/rulesupport/FindingCollector", Set.of("firing", "drafts", "<init>")),
            Map.entry("org/ecrural/kb/facts/PlanFacts", Set.of("of")));

    /** Types otherwise refused of which the listed members are allowed (executable-model code calls them). */
    private static final Map<String, Set<String>> ONLY = Map.of(
            "java/lang/System", Set.of("arraycopy"),
            // javac's $deserializeLambda$ of a serializable lambda (executable-model conditional consequences) reads these
            "java/lang/invoke/SerializedLambda", Set.of("getImplMethodName", "getImplMethodKind", "getFunctionalInterfaceClass",
                    "getFunctionalInterfaceMethodName", "getFunctionalInterfaceMethodSignature", "getImplClass",
                    "getImplMethodSignature", "getCapturedArg", "getCapturingClass", "getInstantiatedMethodType"),
            "org/drools/util/DateUtils", Set.of("getDateFormatMask"));

    /** Exceptions rule code may catch: never an Error, so that a cancelled or exhausted evaluation is not swallowed. */
    static final Set<String> CATCHABLE = Set.of("java/lang/Exception", "java/lang/RuntimeException",
            "java/lang/IllegalArgumentException", "java/lang/IllegalStateException", "java/lang/ArithmeticException",
            "java/lang/NullPointerException", "java/lang/UnsupportedOperationException",
            "java/lang/IndexOutOfBoundsException", "java/lang/ClassCastException", "java/lang/NumberFormatException");

    /** Drools packages whose types executable-model code is made of: allowed, less {@link #DROOLS_DENIED}. */
    private static final List<String> DROOLS_PACKAGES = List.of("org/drools/model/", "org/drools/model/functions/",
            "org/drools/model/functions/accumulate/", "org/drools/model/functions/temporal/",
            "org/drools/model/consequences/", "org/drools/model/view/", "org/drools/model/operators/",
            "org/drools/model/bitmask/", "org/drools/model/index/");

    /** Single Drools types executable-model code calls, outside those packages. */
    private static final Set<String> DROOLS_TYPES = Set.of("org/drools/model/impl/RuleBuilder",
            "org/drools/modelcompiler/dsl/pattern/D", "org/drools/modelcompiler/util/EvaluationUtil");

    /** Drools types of those packages that reach outside the session's facts. */
    private static final Set<String> DROOLS_DENIED_TYPES = Set.of("org/drools/model/Channel", "org/drools/model/Handle",
            "org/drools/model/TupleHandle", "org/drools/model/RulesSupplier", "org/drools/model/DynamicValueSupplier");

    /** Members of the Drools types above that reach the session, the knowledge base, the class loader or I/O. */
    private static final Set<String> DROOLS_DENIED = Set.of("getRuntime", "getKieRuntime", "getKnowledgeRuntime",
            "getKieBase", "getKnowledgeBase", "getWorkingMemory", "getContext", "getClassLoader", "getRootClassLoader",
            "getMatch", "getSession", "getChannels", "getEntryPoint", "halt", "getTypeClassLoader", "getFactHandle",
            "getTuple", "getKieSession", "getEntryPoints", "getGlobal", "setGlobal", "loadClass", "getKnowledgeHelper",
            "getChannel", "getTypeReference");

    static boolean deniedEverywhere(String member) {
        return DENIED_EVERYWHERE.contains(member);
    }

    static boolean allowsType(String internal) {
        if (DENIED_TYPES.contains(internal)) {
            return false;
        }
        if (TYPES.contains(internal)) {
            return true;
        }
        if (internal.startsWith("org/drools/core/base/accumulators/") && internal.endsWith("AccumulateFunction")
                && internal.indexOf('/', "org/drools/core/base/accumulators/".length()) < 0) {
            return true; // the built-in accumulate functions: count, sum, collectList, ...
        }
        String pkg = internal.substring(0, internal.lastIndexOf('/') + 1);
        if (PACKAGES.contains(pkg)) {
            return true;
        }
        if (DROOLS_TYPES.contains(internal)) {
            return true;
        }
        return DROOLS_PACKAGES.contains(pkg) && !DROOLS_DENIED_TYPES.contains(internal) && !internal.contains("/Kie")
                && !internal.endsWith("ClassLoader");
    }

    static boolean allowsMember(String owner, String name, String descriptor) {
        Set<String> only = ONLY.get(owner);
        if (only != null) {
            return only.contains(name);
        }
        if (!allowsType(owner) || DENIED_EVERYWHERE.contains(name)) {
            return false;
        }
        if (owner.startsWith("org/ecrural/model/") && name.startsWith("set")) {
            return false; // rules read the plan, they do not change it
        }
        Set<String> denied = DENIED_MEMBERS.get(owner);
        if (denied != null && denied.contains(name)) {
            return false;
        }
        if (owner.startsWith("org/drools/")) {
            return !DROOLS_DENIED.contains(name);
        }
        return true;
    }
}
