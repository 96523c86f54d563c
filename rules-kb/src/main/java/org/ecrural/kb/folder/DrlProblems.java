package org.ecrural.kb.folder;

import org.ecrural.kb.edition.EditionParameters;
import org.ecrural.kb.report.RuleProblem;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Turns what the DRL compiler says about a rule folder into problems an analyst can act on: one
 * problem per real error (follow-on errors of the same rule and "Parser returned a null Package"
 * dropped), at the DRL file, line and column of the error itself (a missing {@code ;} at the end
 * of its statement, an unclosed {@code (} where it opens, an error in a consequence's generated
 * Java traced back to the rule's {@code then} part), in plain English rather than MVEL/ECJ terms,
 * with "did you mean" for fields of the model and fact classes and for parameter names.
 *
 * <p>Reads the folder's text and, to list fields, the getters of the project's own model and fact
 * classes (never a class the folder names outside them); it runs nothing of the folder.
 *
 * <p>Internal: public only for the engine, which runs it when it compiles a folder; not for hosts.
 */
public final class DrlProblems {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\b");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then(?:\\[\\w+\\])?");
    private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+)\\s*;?");
    private static final Pattern LINE_COLUMN = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+) ");
    private static final Pattern CONSEQUENCE = Pattern.compile(
            "Unable to parse consequence caused by: \\(line \\d+,col \\d+\\) Parse error\\. Found \"([^\"]*)\"(.*)");
    private static final Pattern LEFT_PART = Pattern.compile("Unable to parse (?:left part of )?expression: (.*)");
    private static final Pattern ANALYSE = Pattern.compile(
            "Unable to Analyse Expression (.*?):(?: \\[Error: unable to resolve method using strict-mode: [\\w.$]+\\.(\\w+)\\(\\)\\])?");
    private static final Pattern RULE_COMPILATION = Pattern.compile("Rule Compilation error:? (.*)");
    private static final Pattern NO_CLASS = Pattern.compile("Unable to find class: ([\\w.$]+)");
    private static final Pattern OPERATOR = Pattern.compile(
            "The operator (\\S+) is undefined for the argument type\\(s\\) ([\\w.$\\[\\]<>]+)(?:, ([\\w.$\\[\\]<>]+))?");
    private static final Pattern NO_METHOD = Pattern.compile("The method (\\w+)\\((.*?)\\) is undefined for the type ([\\w.$]+)");
    private static final Pattern MISSING_METHOD = Pattern.compile("Method (\\w+) on class ([\\w.$]+) with arguments \\[(.*)\\] is missing");
    private static final Pattern NO_TYPE = Pattern.compile("([\\w.$]+) cannot be resolved to a type");
    private static final Pattern NO_NAME = Pattern.compile("([\\w$]+) cannot be resolved(?: to a variable)?");
    private static final Pattern MISMATCH = Pattern.compile("Type mismatch: cannot convert from ([\\w.$\\[\\]<>]+) to ([\\w.$\\[\\]<>]+)");
    private static final Pattern EXECUTE_BODY = Pattern.compile("(?s)\\bexecute\\([^)]*\\)\\s*(?:throws [\\w.]+\\s*)?\\{(.*)\\}\\s*\\}\\s*$");
    /** the packages whose classes' fields are offered as "did you mean" */
    private static final List<String> MODEL_PACKAGES = List.of("org.ecrural.model.", "org.ecrural.kb.facts.", "org.ecrural.kb.edition.",
            "org.ecrural.kb.report.");

    private final RuleFolder folder;
    private final Collection<String> parameterNames;
    private final Map<String, String> generatedSources = new HashMap<>();

    private DrlProblems(RuleFolder folder, Collection<String> parameterNames) {
        this.folder = folder;
        this.parameterNames = parameterNames;
    }

    /** One problem before deduplication: its rule (or null) and whether it only follows from another. */
    private record Mapped(RuleProblem problem, String rule, boolean secondary) {
    }

    /**
     * @param messages       the compiler's errors
     * @param parameterNames the names of the edition's parameters (offered for an unknown field of EditionParameters)
     * @return one problem per real error, in the compiler's order
     */
    public static List<RuleProblem> of(List<Message> messages, RuleFolder folder, Collection<String> parameterNames) {
        DrlProblems p = new DrlProblems(folder, parameterNames);
        List<Message> errors = new ArrayList<>();
        for (Message m : messages) {
            String text = m.getText() == null ? "" : m.getText();
            int source = text.indexOf("Java source of ");
            if (source >= 0) {
                int in = text.indexOf(" in error:", source);
                if (in > 0) {
                    p.generatedSources.put(fileName(text.substring(source + "Java source of ".length(), in)),
                            text.substring(in + " in error:".length()));
                }
                continue; // the executable model's generated Java, in full: its error is reported on its own
            }
            errors.add(m);
        }
        List<Mapped> mapped = new ArrayList<>();
        for (Message m : errors) {
            mapped.add(p.map(m));
        }
        return dedupe(mapped);
    }

    private static List<RuleProblem> dedupe(List<Mapped> all) {
        Set<String> locatedFiles = new TreeSet<>();
        boolean primaryElsewhere = all.stream().anyMatch(m -> !m.secondary());
        for (Mapped m : all) {
            if (m.problem().line() > 0 && m.problem().file() != null) {
                locatedFiles.add(m.problem().file());
            }
        }
        Map<String, Mapped> byRule = new LinkedHashMap<>();
        List<RuleProblem> out = new ArrayList<>();
        for (Mapped m : all) {
            if (m.secondary() && primaryElsewhere) {
                continue;
            }
            if (m.problem().line() == 0 && m.problem().file() != null && locatedFiles.contains(m.problem().file())) {
                continue; // said again without a line, after the located error of the same file
            }
            if (m.rule() == null) {
                if (!out.contains(m.problem())) {
                    out.add(m.problem());
                }
                continue;
            }
            String key = m.problem().file() + "\u0000" + m.rule();
            if (byRule.putIfAbsent(key, m) == null) {
                out.add(m.problem()); // the rule's first error; what follows in it is most often its consequence
            }
        }
        return out;
    }

    private Mapped map(Message m) {
        String path = m.getPath() == null ? null : fileName(m.getPath());
        String raw = m.getText() == null ? "" : m.getText().strip();
        String text = raw.replaceAll("\\s+", " ");
        if (path != null && path.endsWith(".java")) {
            return generatedJava(path, text);
        }
        String drl = path == null ? null : folder.drlFiles().get(path);
        if (drl == null) {
            return new Mapped(new RuleProblem(path, Math.max(m.getLine(), 0), Math.max(m.getColumn(), 0), shorten(text)), null,
                    text.contains("Parser returned a null Package"));
        }
        if (text.contains("Parser returned a null Package")) {
            return new Mapped(RuleProblem.of(path, "the file cannot be read as DRL"), null, true);
        }
        int line = Math.max(m.getLine(), 0);
        int column = Math.max(m.getColumn(), 0);
        Matcher lc = LINE_COLUMN.matcher(text);
        if (lc.find()) {
            if (line == 0) {
                line = Integer.parseInt(lc.group(1));
            }
            if (column == 0) {
                column = Integer.parseInt(lc.group(2)) + 1;
            }
        }
        Drl file = new Drl(path, drl);
        Matcher c = CONSEQUENCE.matcher(text);
        if (c.find()) {
            return missingSemicolon(file, line, c.group(1), c.group(2));
        }
        if (lc.find(0)) {
            // a parser error: an unbalanced parenthesis of the rule is the likeliest cause, where it opens
            Block rule = file.ruleAt(file.offset(line, Math.max(column, 1)));
            Mapped paren = rule == null ? null : unbalanced(file, rule);
            if (paren != null) {
                return paren;
            }
            String plain = text.substring(lc.end()).replaceFirst("^mismatched input '([^']*)'", "unexpected '$1'")
                    .replaceFirst("^extraneous input '([^']*)'.*?(in rule|$)", "unexpected '$1' $2")
                    .replaceFirst("^no viable alternative at input '([^']*)'", "cannot read '$1'");
            return file.at(file.offset(line, Math.max(column, 1)), shorten(plain), false);
        }
        Matcher left = LEFT_PART.matcher(text);
        if (left.find()) {
            Mapped field = unknownField(file, line, column, left.group(1));
            if (field != null) {
                return field;
            }
        }
        Matcher analyse = ANALYSE.matcher(text);
        if (analyse.find()) {
            Mapped field = unknownField(file, line, column, analyse.group(2) != null ? analyse.group(2) : analyse.group(1));
            if (field != null) {
                return field;
            }
        }
        Matcher compilation = RULE_COMPILATION.matcher(text);
        if (compilation.find() && line > 0) {
            Block rule = file.ruleAt(file.offset(line, 1));
            String error = compilation.group(1);
            if (rule != null && error.contains("insert \";\"")) {
                return missingSemicolon(file, line, "", "\";\"");
            }
            if (rule != null) {
                String token = tokenOf(error);
                for (Block then : file.consequences(rule)) {
                    int at = token == null ? -1 : file.find(token, then.start(), then.end());
                    if (at >= 0) {
                        return file.at(at, plainJava(error, file), false, rule.name());
                    }
                }
                return file.at(file.offset(line, 1), plainJava(error, file), false, rule.name());
            }
        }
        Matcher cls = NO_CLASS.matcher(text);
        if (cls.find()) {
            String name = cls.group(1).substring(cls.group(1).lastIndexOf('.') + 1);
            int at = file.find(name, 0, file.code.length());
            String hint = suggest(name, file.knownClasses());
            return at < 0 ? new Mapped(RuleProblem.of(path, "unknown class " + name + hint), null, false)
                    : file.at(at, "unknown class " + name + hint, false);
        }
        Matcher missing = MISSING_METHOD.matcher(text);
        if (missing.find()) {
            boolean follows = missing.group(3).contains("java.lang.Object");
            int at = line > 0 ? file.find(missing.group(1), file.offset(line, 1), file.code.length())
                    : file.find(missing.group(1), 0, file.code.length());
            String plain = simple(missing.group(2)) + " has no method " + missing.group(1) + "(" + simpleList(missing.group(3)) + ")"
                    + suggest(missing.group(1), methodNames(load(missing.group(2)))).replaceFirst("\\?$", "()?");
            return at < 0 ? new Mapped(RuleProblem.of(path, plain), null, follows) : file.at(at, plain, follows);
        }
        boolean follows = text.startsWith("Unable to Analyse Expression");
        if (line == 0) {
            int[] at = locate(drl, text);
            line = at[0];
            column = at[1];
        }
        if (line > 0) {
            return file.at(file.offset(line, Math.max(column, 1)), shorten(text), follows);
        }
        return new Mapped(RuleProblem.of(path, shorten(text)), null, follows);
    }

    /** A consequence that does not parse: most often a statement without its {@code ;}. */
    private Mapped missingSemicolon(Drl file, int line, String found, String expected) {
        Block rule = file.ruleAt(file.offset(Math.max(line, 1), 1));
        if (rule == null) {
            return new Mapped(new RuleProblem(file.name, line, 0, "cannot read a consequence: unexpected \"" + found + "\""), null, false);
        }
        boolean wantsSemicolon = expected.contains("\";\"");
        for (Block then : file.consequences(rule)) {
            int missing = wantsSemicolon ? file.missingSemicolon(then, found) : -1;
            if (missing >= 0) {
                return file.at(missing, "missing ';' at the end of this statement", false, rule.name());
            }
        }
        for (Block then : file.consequences(rule)) {
            int at = file.find(found, then.start(), then.end());
            if (at >= 0) {
                return file.at(at, "cannot read the consequence: unexpected \"" + found + "\"", false, rule.name());
            }
        }
        return file.at(rule.start(), "cannot read the consequence of rule " + rule.name() + ": unexpected \"" + found + "\"",
                false, rule.name());
    }

    /** An unclosed {@code (} or a {@code )} without its {@code (} between the rule's name and its {@code then}. */
    private static Mapped unbalanced(Drl file, Block rule) {
        Matcher then = THEN.matcher(file.code);
        int end = then.find(rule.start()) && then.start() < rule.end() ? then.start() : rule.end();
        List<Integer> open = new ArrayList<>();
        for (int i = rule.start(); i < end; i++) {
            char ch = file.code.charAt(i);
            if (ch == '(') {
                open.add(i);
            } else if (ch == ')') {
                if (open.isEmpty()) {
                    return file.at(i, "unbalanced parenthesis: this ')' closes no '('", false, rule.name());
                }
                open.remove(open.size() - 1);
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        int at = open.get(0);
        String before = file.code.substring(Math.max(rule.start(), at - 40), at).replaceAll(".*[^\\w$.]", "");
        return file.at(at, "unbalanced parenthesis: the '(' " + (before.isEmpty() ? "" : "after " + before + " ")
                + "is never closed (" + open.size() + " ')' missing before 'then')", false, rule.name());
    }

    /** "Unable to parse left part of expression: centralFund != null": a field the pattern's class does not have. */
    private Mapped unknownField(Drl file, int line, int column, String expression) {
        String expr = expression.replaceFirst("^\\s*\\$?[\\w$]+\\s*:\\s*", "");
        Matcher name = Pattern.compile("^\\s*([A-Za-z_][\\w]*)").matcher(expr);
        if (!name.find()) {
            return null;
        }
        String field = name.group(1);
        int from = line > 0 ? file.offset(line, Math.max(column, 1)) : 0;
        int at = file.find(field, from, file.code.length());
        if (at < 0) {
            at = file.find(field, 0, file.code.length());
        }
        if (at < 0) {
            return null;
        }
        String type = file.patternTypeAt(at);
        Class<?> cls = type == null ? null : file.resolve(type);
        if (cls == null) {
            return null;
        }
        Set<String> fields = properties(cls);
        if (fields.contains(field)) {
            return null;
        }
        if (cls == EditionParameters.class) {
            fields.addAll(parameterNames);
        }
        String what = cls == EditionParameters.class ? "EditionParameters has no parameter or field " : cls.getSimpleName() + " has no field ";
        return file.at(at, what + field + suggest(field, fields), false);
    }

    /** An error of the Java the executable model generated for a consequence: traced back to the rule's {@code then} part. */
    private Mapped generatedJava(String javaFile, String text) {
        String body = null;
        String source = generatedSources.get(javaFile);
        if (source != null) {
            Matcher b = EXECUTE_BODY.matcher(source);
            if (b.find()) {
                body = compact(b.group(1));
            }
        }
        Located where = null;
        for (Map.Entry<String, String> e : folder.drlFiles().entrySet()) {
            Drl file = new Drl(e.getKey(), e.getValue());
            for (Block rule : file.rules()) {
                for (Block then : file.consequences(rule)) {
                    String mine = compact(file.text.substring(then.start(), then.end()));
                    if (body != null && !mine.isEmpty() && (mine.equals(body) || body.contains(mine) || mine.contains(body))) {
                        if (where == null || mine.equals(body)) {
                            where = new Located(file, rule, then);
                        }
                    }
                }
            }
        }
        String plain = plainJava(text, where == null ? null : where.file());
        String token = tokenOf(text);
        if (where == null) {
            // no source to match: the first consequence naming the token, if any
            for (Map.Entry<String, String> e : folder.drlFiles().entrySet()) {
                Drl file = new Drl(e.getKey(), e.getValue());
                for (Block rule : file.rules()) {
                    for (Block then : file.consequences(rule)) {
                        if (token != null && file.find(token, then.start(), then.end()) >= 0) {
                            return file.at(file.find(token, then.start(), then.end()), plain, false, rule.name());
                        }
                    }
                }
            }
            return new Mapped(RuleProblem.of(null, "a consequence does not compile: " + plain), null, false);
        }
        int at = token == null ? -1 : where.file().find(token, where.then().start(), where.then().end());
        if (at < 0) {
            at = where.file().firstCode(where.then());
        }
        return where.file().at(at, plain, false, where.rule().name());
    }

    private record Located(Drl file, Block rule, Block then) {
    }

    /** The name or operator an ECJ message is about, to find it in the consequence. */
    private static String tokenOf(String text) {
        Matcher m = OPERATOR.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        m = NO_METHOD.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        m = NO_TYPE.matcher(text);
        if (m.find()) {
            return m.group(1).substring(m.group(1).lastIndexOf('.') + 1);
        }
        m = NO_NAME.matcher(text);
        if (m.find()) {
            return m.group(1);
        }
        return null;
    }

    private String plainJava(String text, Drl file) {
        Matcher m = OPERATOR.matcher(text);
        if (m.find()) {
            return operator(m.group(1), m.group(2), m.group(3));
        }
        m = NO_METHOD.matcher(text);
        if (m.find()) {
            Class<?> cls = load(m.group(3));
            String method = m.group(1);
            return simple(m.group(3)) + " has no method " + method + "(" + simpleList(m.group(2)) + ")"
                    + suggest(method, methodNames(cls)).replaceFirst("\\?$", "()?");
        }
        m = NO_TYPE.matcher(text);
        if (m.find()) {
            String name = m.group(1).substring(m.group(1).lastIndexOf('.') + 1);
            return "unknown class " + name + (file == null ? "" : suggest(name, file.knownClasses()));
        }
        m = MISMATCH.matcher(text);
        if (m.find()) {
            return "a value of type " + simple(m.group(1)) + " cannot be used where " + article(simple(m.group(2))) + " is needed";
        }
        m = NO_NAME.matcher(text);
        if (m.find()) {
            return "unknown name " + m.group(1);
        }
        return shorten(text.replaceFirst("^Syntax error,? ?", "cannot read this: "));
    }

    private static String operator(String op, String left, String right) {
        String a = typeWords(left);
        if (right == null) {
            return "cannot apply '" + op + "' to " + a;
        }
        String b = typeWords(right);
        String said = switch (op) {
            case "*" -> "cannot multiply " + a + " by " + b;
            case "/" -> "cannot divide " + a + " by " + b;
            case "+" -> "cannot add " + b + " to " + a;
            case "-" -> "cannot subtract " + b + " from " + a;
            case "%" -> "cannot take the remainder of " + a + " divided by " + b;
            case "<", ">", "<=", ">=" -> "cannot compare " + a + " with " + b + " by '" + op + "'";
            default -> "cannot combine " + a + " and " + b + " with '" + op + "'";
        };
        return said + (left.endsWith("BigDecimal") || right.endsWith("BigDecimal")
                ? " (a BigDecimal has methods for this: multiply, divide, add, subtract, compareTo)" : "");
    }

    private static String typeWords(String type) {
        String s = simple(type);
        return switch (s) {
            case "int", "long", "short", "byte", "double", "float", "Integer", "Long", "Short", "Byte", "Double", "Float" -> "a number";
            case "boolean", "Boolean" -> "a yes/no value";
            default -> article(s);
        };
    }

    private static String article(String s) {
        return (s.matches("^[AEIOUaeiou].*") ? "an " : "a ") + s;
    }

    private static String simple(String type) {
        return type.replaceAll("\\b(?:[a-z]\\w*\\.)+", "");
    }

    private static String simpleList(String types) {
        return types.isBlank() ? "" : String.join(", ", java.util.Arrays.stream(types.split(","))
                .map(t -> simple(t.strip().replaceFirst("^class ", ""))).toList());
    }

    /** @return "; did you mean X?" for the nearest candidate, or "" when none is near */
    static String suggest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : new TreeSet<>(candidates)) {
            if (c.equals(name)) {
                continue;
            }
            int d = c.equalsIgnoreCase(name) ? 0 : distance(name.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? "; did you mean " + best + "?" : "";
    }

    private static int distance(String a, String b) {
        return org.ecrural.model.Spelling.distance(a, b);
    }

    /** @return a class of the project's model or facts by name (simple or qualified), never initialised; null otherwise */
    static Class<?> load(String name) {
        if (name == null) {
            return null;
        }
        List<String> tries = new ArrayList<>();
        if (name.contains(".")) {
            tries.add(name);
        } else {
            MODEL_PACKAGES.forEach(p -> tries.add(p + name));
        }
        for (String qualified : tries) {
            String pkg = qualified.substring(0, qualified.lastIndexOf('.') + 1);
            if (!MODEL_PACKAGES.contains(pkg)) {
                continue;
            }
            try {
                return Class.forName(qualified, false, DrlProblems.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // not this package
            }
        }
        return null;
    }

    /** @return the properties a pattern may read: getX() / isX() without parameters, as x */
    static Set<String> properties(Class<?> cls) {
        Set<String> names = new TreeSet<>();
        for (Method m : cls.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String n = m.getName();
            if (n.startsWith("get") && n.length() > 3) {
                names.add(decapitalize(n.substring(3)));
            } else if (n.startsWith("is") && n.length() > 2 && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)) {
                names.add(decapitalize(n.substring(2)));
            } else if (cls.isRecord()) {
                names.add(n);
            }
        }
        return names;
    }

    private static Set<String> methodNames(Class<?> cls) {
        Set<String> names = new TreeSet<>();
        if (cls != null) {
            for (Method m : cls.getMethods()) {
                if (m.getDeclaringClass() != Object.class) {
                    names.add(m.getName());
                }
            }
        }
        return names;
    }

    private static String decapitalize(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static String fileName(String path) {
        String p = path.strip();
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static String shorten(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    /** A span of a DRL file: a rule (named) or one of its consequences. */
    private record Block(String name, int start, int end) {
    }

    /** One DRL file's text, with comments and strings blanked for searching. */
    private final class Drl {
        final String name;
        final String text;
        final String code;

        Drl(String name, String text) {
            this.name = name;
            this.text = text;
            this.code = DrlText.blankCommentsAndStrings(text);
        }

        Mapped at(int offset, String message, boolean secondary) {
            Block rule = ruleAt(offset);
            return at(offset, message, secondary, rule == null ? null : rule.name());
        }

        Mapped at(int offset, String message, boolean secondary, String rule) {
            return new Mapped(RuleProblem.atOffset(name, text, Math.max(0, Math.min(offset, text.length())), message), rule, secondary);
        }

        int offset(int line, int column) {
            int at = 0;
            for (int l = 1; l < line && at >= 0; l++) {
                at = text.indexOf('\n', at) + 1;
                if (at == 0) {
                    return text.length();
                }
            }
            int lineEnd = text.indexOf('\n', at);
            return Math.min(at + column - 1, lineEnd < 0 ? text.length() : lineEnd);
        }

        List<Block> rules() {
            List<Block> list = new ArrayList<>();
            Matcher r = RULE.matcher(text);
            while (r.find()) {
                Matcher e = END.matcher(code);
                int end = e.find(r.end()) ? e.start() : code.length();
                list.add(new Block(r.group(1), text.lastIndexOf('\n', r.start(1)) + 1, end));
            }
            return list;
        }

        Block ruleAt(int offset) {
            Block found = null;
            for (Block b : rules()) {
                if (b.start() <= offset) {
                    found = b;
                }
            }
            return found != null && offset <= found.end() + 4 ? found : null;
        }

        List<Block> consequences(Block rule) {
            List<Block> list = new ArrayList<>();
            Matcher t = THEN.matcher(code);
            List<int[]> starts = new ArrayList<>();
            int from = rule.start();
            while (t.find(from) && t.start() < rule.end()) {
                starts.add(new int[] {t.start(), t.end()});
                from = t.end();
            }
            for (int i = 0; i < starts.size(); i++) {
                int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : rule.end();
                list.add(new Block(rule.name(), starts.get(i)[1], end));
            }
            return list;
        }

        /** @return the offset just after the statement that lacks its ';', or -1 */
        int missingSemicolon(Block then, String found) {
            List<Integer> candidates = new ArrayList<>();
            int depth = 0;
            int lastCode = -1;
            for (int i = then.start(); i < then.end(); i++) {
                char ch = code.charAt(i);
                if (ch == '(' || ch == '[' || ch == '{') {
                    depth += ch == '{' ? 0 : 1;
                } else if (ch == ')' || ch == ']') {
                    depth--;
                }
                if (Character.isWhitespace(ch)) {
                    continue;
                }
                if (lastCode >= 0 && depth == 0 && code.substring(lastCode, i).contains("\n")
                        && (Character.isJavaIdentifierStart(ch)) && endsStatement(lastCode)) {
                    candidates.add(lastCode + 1);
                    if (code.startsWith(found, i) && !found.isEmpty()) {
                        return lastCode + 1;
                    }
                }
                lastCode = i;
            }
            if (lastCode >= 0 && endsStatement(lastCode) && ("}".equals(found) || candidates.isEmpty())) {
                return lastCode + 1;
            }
            return candidates.isEmpty() ? -1 : candidates.get(0);
        }

        private boolean endsStatement(int at) {
            char ch = code.charAt(at);
            if (!(Character.isJavaIdentifierPart(ch) || ch == ')' || ch == ']' || ch == '"' || ch == '\'' || text.charAt(at) == '"')) {
                return false;
            }
            int lineStart = code.lastIndexOf('\n', at) + 1;
            String line = code.substring(lineStart, at + 1).strip();
            return !line.matches("^(?:if|for|while|else|do|try|catch)\\b.*");
        }

        int firstCode(Block then) {
            for (int i = then.start(); i < then.end(); i++) {
                if (!Character.isWhitespace(code.charAt(i))) {
                    return i;
                }
            }
            return then.start();
        }

        /** @return the offset of the first whole-word (or operator) occurrence of token in [from, to) of the code, or -1 */
        int find(String token, int from, int to) {
            Pattern p = token.matches("[\\w$]+")
                    ? Pattern.compile("(?<![\\w$])" + Pattern.quote(token) + "(?![\\w$])")
                    : Pattern.compile("(?<![-+*/%<>=!&|])" + Pattern.quote(token) + "(?![-+*/%<>=!&|])");
            Matcher m = p.matcher(code);
            m.region(Math.max(0, from), Math.min(to, code.length()));
            return m.find() ? m.start() : -1;
        }

        /** @return the type of the pattern whose parentheses enclose offset ({@code ProjectItem(...)}), or null */
        String patternTypeAt(int offset) {
            int depth = 0;
            for (int i = offset - 1; i >= 0; i--) {
                char ch = code.charAt(i);
                if (ch == ')') {
                    depth++;
                } else if (ch == '(') {
                    if (depth == 0) {
                        Matcher m = Pattern.compile("([A-Z][\\w]*)\\s*$").matcher(code.substring(Math.max(0, i - 80), i));
                        return m.find() ? m.group(1) : null;
                    }
                    depth--;
                } else if (ch == '\n' && WHEN.matcher(code.substring(code.lastIndexOf('\n', i - 1) + 1, i)).find()) {
                    return null;
                }
            }
            return null;
        }

        Class<?> resolve(String simpleName) {
            Matcher m = IMPORT.matcher(code);
            while (m.find()) {
                if (m.group(1).endsWith("." + simpleName)) {
                    return load(m.group(1));
                }
            }
            return load(simpleName);
        }

        /** @return the simple names of the classes this file, the folder's other files and the built-in rules import */
        Set<String> knownClasses() {
            Set<String> names = new TreeSet<>();
            List<String> texts = new ArrayList<>(folder.drlFiles().values());
            texts.addAll(RuleFolder.builtIn().drlFiles().values());
            for (String t : texts) {
                Matcher m = IMPORT.matcher(DrlText.blankCommentsAndStrings(t));
                while (m.find()) {
                    names.add(m.group(1).substring(m.group(1).lastIndexOf('.') + 1));
                }
            }
            return names;
        }
    }

    private static final java.util.regex.Pattern UNRESOLVED = java.util.regex.Pattern.compile(
            "(?:resolve method using strict-mode: [\\w.]+\\.(\\w+)\\(\\))|(?:Near : \\{\\.\\.\\. (.*?) \\.\\.\\.\\.})"
            + "|(?:Unable to parse (?:left part of )?expression: (.*))");

    /**
     * Drools reports some errors (an unknown fact field, a bad expression) without a line: find
     * the line where the name or expression it complains of is written.
     */
    static int[] locate(String drl, String message) {
        String code = DrlText.blankCommentsAndStrings(drl);
        java.util.regex.Matcher m = UNRESOLVED.matcher(message);
        List<String> candidates = new ArrayList<>();
        while (m.find()) {
            if (m.group(1) != null) {
                candidates.add(m.group(1));
            } else {
                for (String token : (m.group(2) != null ? m.group(2) : m.group(3)).split("[^\\w$]+")) {
                    if (token.length() > 2 && !token.matches("\\d+")) {
                        candidates.add(token);
                    }
                }
            }
        }
        for (String name : candidates) {
            java.util.regex.Matcher w = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(name) + "\\b").matcher(code);
            java.util.List<Integer> hits = new ArrayList<>();
            while (w.find()) {
                hits.add(w.start());
            }
            if (hits.size() == 1) {
                RuleProblem at = RuleProblem.atOffset(null, code, hits.get(0), "");
                return new int[] {at.line(), at.column()};
            }
        }
        return new int[] {0, 0};
    }
}
