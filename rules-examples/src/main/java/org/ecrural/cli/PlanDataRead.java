package org.ecrural.cli;

import java.beans.Introspector;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecrural.kb.facts.PlanData;
import org.ecrural.model.PlanDocument;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * What plan data a rule reads, derived from its DRL and its words: the fact types its DRL names
 * (resolved through the DRL file's imports), and of each the properties named in its DRL or in its
 * templates ({@code {project.centralFunds}}). A type of the plan model is placed in the plan
 * document by reflecting on {@link PlanDocument}; a derived property of it (a getter without a
 * field of its name) by the fields its code reads; a classification fact of the engine by its
 * {@link PlanData} annotation.
 */
final class PlanDataRead {
    private static final String MODEL_PACKAGE = PlanDocument.class.getPackageName() + ".";
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+?)\\s*;?\\s*$");
    private static final Pattern PLACEHOLDER_PROPERTY = Pattern.compile("\\{[A-Za-z]\\w*\\.(\\w+)");
    /** Where each type of the plan model sits in the plan document: County → counties[]. */
    private static final Map<Class<?>, String> PATHS = paths();

    private PlanDataRead() {
    }

    /**
     * @param drlFile the text of the DRL file the rule is written in (for its imports), or null
     * @param code    the rule's DRL without strings and comments
     * @param words   the text of the rule's words entry (its templates), or null
     * @return each part of the plan document read, with the fields of it read, in the plan document's order
     */
    static Map<String, List<String>> read(String drlFile, String code, String words) {
        Map<String, Set<String>> reads = new LinkedHashMap<>();
        if (code == null) {
            return new LinkedHashMap<>();
        }
        Set<String> named = new LinkedHashSet<>();
        Matcher w = Pattern.compile("\\b\\w+\\b").matcher(code);
        while (w.find()) {
            named.add(w.group());
        }
        if (words != null) {
            Matcher p = PLACEHOLDER_PROPERTY.matcher(words);
            while (p.find()) {
                named.add(p.group(1));
            }
        }
        Set<Class<?>> types = new LinkedHashSet<>();
        for (Class<?> type : imported(drlFile)) {
            if (named.contains(type.getSimpleName())) {
                types.add(type);
                for (Class<?> inner : type.getClasses()) {
                    if (Pattern.compile("\\b" + type.getSimpleName() + "\\s*\\.\\s*" + inner.getSimpleName() + "\\b").matcher(code).find()) {
                        types.add(inner);
                    }
                }
            }
        }
        List<Class<?>> queue = new ArrayList<>(types);
        for (int i = 0; i < queue.size(); i++) {
            Class<?> type = queue.get(i);
            String path = PATHS.get(type);
            if (path != null) {
                Set<String> fields = reads.computeIfAbsent(path, k -> new LinkedHashSet<>());
                for (Map.Entry<String, Method> prop : properties(type).entrySet()) {
                    if (!isNamed(prop.getKey(), prop.getValue(), named)) {
                        continue;
                    }
                    Class<?> part = partType(prop.getValue());
                    if (part != null && PATHS.containsKey(part)) {
                        if (!queue.contains(part)) {
                            queue.add(part); // a nested part of the plan: County.villages
                        }
                    } else if (hasField(type, prop.getKey())) {
                        fields.add(prop.getKey());
                    } else {
                        fields.addAll(fieldsRead(type, prop.getValue())); // a derived property: the fields it reads
                    }
                }
            }
            PlanData whole = type.getAnnotation(PlanData.class);
            if (whole != null) {
                add(reads, whole.value());
            }
            for (Method m : type.getMethods()) {
                PlanData part = m.getAnnotation(PlanData.class);
                if (part != null && isNamed(Introspector.decapitalize(m.getName().replaceFirst("^(get|is)(?=[A-Z])", "")), m, named)) {
                    add(reads, part.value());
                }
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<String, Integer> order = new TreeMap<>();
        int n = 0;
        for (String p : PATHS.values()) {
            order.putIfAbsent(p, n++);
        }
        reads.entrySet().stream()
                .sorted(java.util.Comparator.comparing((Map.Entry<String, Set<String>> e) -> order.getOrDefault(e.getKey(), Integer.MAX_VALUE))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> out.put(e.getKey(), new ArrayList<>(e.getValue())));
        return out;
    }

    private static void add(Map<String, Set<String>> reads, String[] parts) {
        for (String part : parts) {
            int colon = part.indexOf(':');
            String path = (colon < 0 ? part : part.substring(0, colon)).strip();
            Set<String> fields = reads.computeIfAbsent(path, k -> new LinkedHashSet<>());
            if (colon >= 0) {
                for (String f : part.substring(colon + 1).split(",")) {
                    if (!f.isBlank()) {
                        fields.add(f.strip());
                    }
                }
            }
        }
    }

    private static boolean isNamed(String property, Method getter, Set<String> named) {
        return named.contains(property) || named.contains(getter.getName());
    }

    /** @return the classes a DRL file imports (those this class path has) */
    private static List<Class<?>> imported(String drlFile) {
        List<Class<?>> out = new ArrayList<>();
        if (drlFile == null) {
            return out;
        }
        Matcher m = IMPORT.matcher(drlFile.replaceAll("//[^\n]*", ""));
        while (m.find()) {
            String name = m.group(1);
            if (name.startsWith("function ") || name.startsWith("static ")) {
                continue;
            }
            try {
                out.add(Class.forName(name, false, PlanDataRead.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                // an import this class path lacks reads no plan data we can place
            }
        }
        return out;
    }

    /** @return the bean properties of a type (name → getter), in name order */
    private static Map<String, Method> properties(Class<?> type) {
        Map<String, Method> out = new TreeMap<>();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
                continue;
            }
            String n = m.getName();
            String prop = n.startsWith("get") && n.length() > 3 ? n.substring(3)
                    : n.startsWith("is") && n.length() > 2 && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)
                    ? n.substring(2) : null;
            if (prop != null) {
                out.putIfAbsent(Introspector.decapitalize(prop), m);
            }
        }
        return out;
    }

    /** @return the model type a getter returns, or the element type of the list it returns; null for a value */
    private static Class<?> partType(Method getter) {
        Class<?> t = getter.getReturnType();
        if (List.class.isAssignableFrom(t) && getter.getGenericReturnType() instanceof ParameterizedType pt
                && pt.getActualTypeArguments()[0] instanceof Class<?> element) {
            t = element;
        }
        return t.getName().startsWith(MODEL_PACKAGE) && !t.isEnum() ? t : null;
    }

    private static boolean hasField(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                c.getDeclaredField(name);
                return true;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return false;
    }

    /** @return the fields of its own class a getter's code reads (a derived property: isPovertyCounty) */
    static List<String> fieldsRead(Class<?> type, Method getter) {
        List<String> fields = new ArrayList<>();
        String owner = type.getName().replace('.', '/');
        try (InputStream in = type.getClassLoader().getResourceAsStream(owner + ".class")) {
            if (in == null) {
                return fields;
            }
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                    if (!name.equals(getter.getName()) || !descriptor.startsWith("()")) {
                        return null;
                    }
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitFieldInsn(int opcode, String fieldOwner, String field, String fieldDescriptor) {
                            if (opcode == Opcodes.GETFIELD && fieldOwner.equals(owner) && !fields.contains(field)) {
                                fields.add(field);
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (IOException e) {
            return fields;
        }
        return fields;
    }

    /** @return each type of the plan model and its path in the plan document, from PlanDocument's properties */
    private static Map<Class<?>, String> paths() {
        Map<Class<?>, String> out = new LinkedHashMap<>();
        walk(PlanDocument.class, "", out);
        return out;
    }

    private static void walk(Class<?> type, String prefix, Map<Class<?>, String> out) {
        List<Method> getters = new ArrayList<>(properties(type).values());
        if (type == PlanDocument.class) {
            // the plan document's own order, as its fields are declared
            List<String> order = java.util.Arrays.stream(type.getDeclaredFields()).map(java.lang.reflect.Field::getName).toList();
            getters.sort(java.util.Comparator.comparingInt(m -> {
                int i = order.indexOf(Introspector.decapitalize(m.getName().replaceFirst("^(get|is)", "")));
                return i < 0 ? Integer.MAX_VALUE : i;
            }));
        }
        for (Method m : getters) {
            Class<?> part = partType(m);
            if (part == null || out.containsKey(part) || part == PlanDocument.class) {
                continue;
            }
            Type rt = m.getGenericReturnType();
            String name = Introspector.decapitalize(m.getName().replaceFirst("^(get|is)", ""));
            String path = prefix + name + (rt instanceof ParameterizedType ? "[]" : "");
            out.put(part, path);
            walk(part, path + ".", out);
        }
    }
}
