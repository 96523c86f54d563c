package org.ecrural.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DRL can call any Java, so a rule folder is code. Unless the operator trusts a folder, its DRL may
 * only import and name the project's model, the rule support classes, {@code java.math},
 * {@code java.time}, {@code java.util} and a few {@code java.lang} value classes, and may not
 * use reflection, processes, threads, files, the network or {@code System}. The check reads the
 * DRL as text, with comments and string literals blanked out, and reports each offence with file,
 * line and column.
 */
final class DrlSandbox {
    static final List<String> ALLOWED_PACKAGES = List.of("org.ecrural.model.", "org.ecrural.kb.facts.",
            "org.ecrural.kb.rulesupport.", "java.math.", "java.time.", "java.util.");
    static final Set<String> ALLOWED_CLASSES = Set.of("org.ecrural.kb.EditionParameters", "java.lang.Math",
            "java.lang.String", "java.lang.Integer", "java.lang.Long", "java.lang.Boolean", "java.lang.Number",
            "java.lang.Object", "java.lang.StringBuilder", "java.lang.Character");
    /** Names that reach outside a rule's facts: processes, files, network, reflection, threads, System. */
    static final Set<String> FORBIDDEN_NAMES = Set.of("System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle",
            "Thread", "ThreadGroup", "ClassLoader", "Class", "getClass", "forName", "reflect", "invoke", "setAccessible",
            "getDeclaredMethod", "getDeclaredField", "getMethod", "getField", "newInstance", "MethodHandles", "Unsafe",
            "File", "Files", "Path", "Paths", "FileSystems", "FileInputStream", "FileOutputStream", "FileReader",
            "FileWriter", "RandomAccessFile", "PrintStream", "Socket", "ServerSocket", "DatagramSocket", "URL", "URI",
            "HttpClient", "HttpURLConnection", "InetAddress", "exec", "exit", "halt", "loadLibrary", "ScriptEngine",
            "ScriptEngineManager", "Executors", "ExecutorService", "ForkJoinPool", "CompletableFuture", "Timer",
            "ServiceLoader", "ObjectInputStream", "kcontext", "getKieRuntime", "getKieBase", "getWorkingMemory");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:function\\s+|static\\s+)?([\\w.]+(?:\\.\\*)?)");
    private static final Pattern GLOBAL = Pattern.compile("(?m)^\\s*global\\s+([\\w.]+)");
    private static final Pattern QUALIFIED = Pattern.compile("\\b([a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*)");
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z_]\\w*\\b");
    private static final String HOW = "; an untrusted rule folder may not do this (pass --trust-rules to lift the check)";

    private DrlSandbox() {
    }

    static List<RuleProblem> check(String file, String drl) {
        String code = blankCommentsAndStrings(drl);
        List<RuleProblem> problems = new ArrayList<>();
        Matcher m = IMPORT.matcher(code);
        while (m.find()) {
            String name = m.group(1);
            if (!allowed(name)) {
                problems.add(at(file, code, m.start(1), "imports " + name + ", which is outside the allowed classes"
                        + " (the project's model, java.math, java.time, java.util)" + HOW));
            }
        }
        m = GLOBAL.matcher(code);
        while (m.find()) {
            if (!m.group(1).equals("org.ecrural.kb.rulesupport.FindingCollector")) {
                problems.add(at(file, code, m.start(1), "declares a global of type " + m.group(1) + HOW));
            }
        }
        m = QUALIFIED.matcher(code);
        while (m.find()) {
            if (isImportLine(code, m.start()) || m.group(1).startsWith("org.ecrural.rules")) {
                continue;
            }
            if (!allowed(m.group(1))) {
                problems.add(at(file, code, m.start(1), "names " + m.group(1) + ", which is outside the allowed classes" + HOW));
            }
        }
        m = WORD.matcher(code);
        while (m.find()) {
            if (FORBIDDEN_NAMES.contains(m.group()) && !isImportLine(code, m.start())) {
                problems.add(at(file, code, m.start(), "uses " + m.group()
                        + " (reflection, processes, threads, files, network and System are not allowed)" + HOW));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
        return problems;
    }

    private static boolean allowed(String name) {
        if (ALLOWED_CLASSES.contains(name)) {
            return true;
        }
        for (String p : ALLOWED_PACKAGES) {
            if (name.startsWith(p)) {
                return !name.startsWith("java.util.concurrent") && !name.startsWith("java.util.ServiceLoader");
            }
        }
        return false;
    }

    private static boolean isImportLine(String code, int offset) {
        int start = code.lastIndexOf('\n', offset) + 1;
        String line = code.substring(start, Math.min(code.length(), offset + 1)).stripLeading();
        return line.startsWith("import ") || line.startsWith("package ");
    }

    private static RuleProblem at(String file, String code, int offset, String message) {
        return RuleProblem.atOffset(file, code, offset, message);
    }

    /** Replaces comments and string literals with spaces, keeping line breaks, so offsets stay true. */
    static String blankCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                while (i < s.length() && !(s.charAt(i) == '*' && i + 1 < s.length() && s.charAt(i + 1) == '/')) {
                    out.append(s.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
                out.append(i < s.length() ? "  " : "");
                i += 2;
            } else if (c == '"' || c == '\'') {
                out.append(' ');
                i++;
                while (i < s.length() && s.charAt(i) != c && s.charAt(i) != '\n') {
                    if (s.charAt(i) == '\\' && i + 1 < s.length()) {
                        out.append(' ');
                        i++;
                    }
                    out.append(' ');
                    i++;
                }
                if (i < s.length()) {
                    out.append(s.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
