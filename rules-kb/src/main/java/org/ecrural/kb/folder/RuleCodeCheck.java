package org.ecrural.kb.folder;

import org.ecrural.kb.report.RuleProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The check of an untrusted rule folder that counts: it reads the classes the folder's DRL
 * compiled to (executable model: constraints, {@code eval}s, consequences, functions and declared
 * types are all Java bytecode) and refuses every reference outside {@link RuleCodePolicy}, before
 * any of those classes is loaded. A new spelling of a forbidden call compiles to the same
 * instruction, so it is refused too.
 *
 * <p>It also refuses what rule code never needs and a sandbox cannot stop: {@code invokedynamic}
 * other than lambdas and string concatenation, constant-dynamic, {@code synchronized} blocks,
 * exception handlers (rule code could catch the cancellation), native methods. And it rewrites the
 * classes so that each method start and each backward jump calls {@code RuleGuard.tick()}: a
 * loop or a recursion in rule code stops when its evaluation is cancelled at its deadline.
 *
 * <p>Internal: public only for the engine, which runs it when it compiles a folder; not for hosts.
 */
public final class RuleCodeCheck {
    private static final String GUARD = "org/ecrural/kb/rulesupport/RuleGuard";
    private static final String HOW = "; an untrusted rule folder may not do this (pass --trust-rules to lift the check)";

    /** Classes checked and rewritten, by internal name, and what was refused. */
    public record Result(Map<String, byte[]> classes, List<RuleProblem> problems) {
    }

    /** The most refusals reported one by one; the rest are counted. */
    static final int MAX_PROBLEMS = 50;

    /** each DRL file's text with comments and strings blanked, to trace a refusal to its line */
    private final Map<String, String> blanked = new LinkedHashMap<>();
    private final Set<String> own;
    private final Map<String, RuleProblem> problems = new LinkedHashMap<>();
    private int more;

    private RuleCodeCheck(Map<String, String> drl, Set<String> own) {
        drl.forEach((name, text) -> blanked.put(name, DrlText.blankCommentsAndStrings(text)));
        this.own = own;
    }

    /**
     * @param classes the compiled classes: resource name ({@code a/b/C.class}) to bytes
     * @param drl     the folder's DRL files, name to text, to trace a refused reference to its line
     */
    public static Result check(Map<String, byte[]> classes, Map<String, String> drl) {
        Set<String> own = new HashSet<>();
        for (String name : classes.keySet()) {
            own.add(name.substring(0, name.length() - ".class".length()));
        }
        RuleCodeCheck check = new RuleCodeCheck(drl, own);
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            String internal = e.getKey().substring(0, e.getKey().length() - ".class".length());
            if (internal.startsWith("java/") || internal.startsWith("javax/") || internal.startsWith("jdk/")
                    || internal.startsWith("sun/")) {
                check.refuse(internal, null, "declares a class in the platform's package " + internal.replace('/', '.'));
                continue;
            }
            ClassReader reader = new ClassReader(e.getValue());
            ClassWriter writer = new ClassWriter(reader, 0);
            reader.accept(check.new Checker(writer), 0);
            out.put(internal, writer.toByteArray());
        }
        List<RuleProblem> problems = new ArrayList<>(check.problems.values());
        problems.sort(java.util.Comparator.comparing((RuleProblem p) -> p.file() == null ? "\uffff" : p.file())
                .thenComparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column));
        if (check.more > 0) {
            problems.add(RuleProblem.of(null, "and " + check.more + " more references outside the allowed classes"));
        }
        return new Result(out, List.copyOf(problems));
    }

    private boolean allowedType(String internal) {
        while (internal.startsWith("[")) {
            internal = internal.substring(1);
        }
        if (internal.startsWith("L") && internal.endsWith(";")) {
            internal = internal.substring(1, internal.length() - 1);
        } else if (internal.length() == 1) {
            return true; // a primitive
        }
        return own.contains(internal) || RuleCodePolicy.allowsType(internal);
    }

    private boolean allowedMember(String owner, String name, String descriptor) {
        if (owner.startsWith("[")) {
            return name.equals("clone"); // an array's own method: clone() only
        }
        if (own.contains(owner)) {
            return !RuleCodePolicy.deniedEverywhere(name);
        }
        return RuleCodePolicy.allowsMember(owner, name, descriptor);
    }

    private void refuse(String inClass, String what, String message) {
        String key = what == null ? message : what;
        if (problems.containsKey(key)) {
            return;
        }
        if (problems.size() >= MAX_PROBLEMS) {
            more++;
            return;
        }
        String file = null;
        int line = 0;
        int column = 0;
        if (what != null) {
            search:
            for (String token : traceTokens(what)) {
                for (Map.Entry<String, String> e : blanked.entrySet()) {
                    int offset = find(e.getValue(), token);
                    if (offset >= 0) {
                        RuleProblem p = RuleProblem.atOffset(e.getKey(), e.getValue(), offset, "");
                        file = e.getKey();
                        line = p.line();
                        column = p.column();
                        break search;
                    }
                }
            }
        }
        problems.put(key, new RuleProblem(file, line, column, message + HOW));
    }

    private static final Set<String> GENERIC = Set.of("get", "getValue", "apply", "test", "accept", "value", "valueOf",
            "toString", "equals", "hashCode", "iterator", "size", "<init>", "<clinit>", "INSTANCE");

    /** Words to look for in the DRL to trace a refused member ("java/lang/Runtime.exec" gives exec, then Runtime). */
    private static List<String> traceTokens(String what) {
        List<String> tokens = new ArrayList<>();
        int dot = what.lastIndexOf('.');
        String owner = dot < 0 ? what : what.substring(0, dot);
        String member = dot < 0 ? null : what.substring(dot + 1);
        String simple = owner.substring(owner.lastIndexOf('/') + 1);
        simple = simple.substring(simple.lastIndexOf('$') + 1);
        if (member != null && member.length() > 3 && !GENERIC.contains(member)) {
            tokens.add(member);
        }
        tokens.add(simple);
        return tokens;
    }

    private static String javaName(String internal) {
        return Type.getObjectType(internal).getClassName();
    }

    private final class Checker extends ClassVisitor {
        private String name;

        Checker(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            this.name = name;
            if (superName != null && !allowedType(superName)) {
                refuse(name, superName, "a class extends " + javaName(superName) + ", which is outside the allowed classes");
            }
            if (interfaces != null) {
                for (String i : interfaces) {
                    if (!allowedType(i)) {
                        refuse(name, i, "a class implements " + javaName(i) + ", which is outside the allowed classes");
                    }
                }
            }
            super.visit(version, access, name, signature, superName, interfaces);
        }

        @Override
        public MethodVisitor visitMethod(int access, String methodName, String descriptor, String signature, String[] exceptions) {
            if ((access & Opcodes.ACC_NATIVE) != 0) {
                refuse(name, name + "." + methodName, "declares a native method " + methodName);
            }
            if ((access & Opcodes.ACC_SYNCHRONIZED) != 0) {
                refuse(name, name + "." + methodName, "declares a synchronized method " + methodName);
            }
            MethodVisitor next = super.visitMethod(access, methodName, descriptor, signature, exceptions);
            boolean abstractOrNative = (access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0;
            return abstractOrNative ? next : new MethodChecker(name, next);
        }
    }

    private final class MethodChecker extends MethodVisitor {
        private final String inClass;
        private final Set<Label> seen = new HashSet<>();

        MethodChecker(String inClass, MethodVisitor next) {
            super(Opcodes.ASM9, next);
            this.inClass = inClass;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, "tick", "()V", false);
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            super.visitMaxs(Math.max(maxStack, 1), maxLocals);
        }

        @Override
        public void visitLabel(Label label) {
            seen.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            if (seen.contains(label)) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, "tick", "()V", false);
            }
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            backwardSwitch(dflt, labels);
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            backwardSwitch(dflt, labels);
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        private void backwardSwitch(Label dflt, Label[] labels) {
            boolean back = seen.contains(dflt);
            for (Label l : labels) {
                back |= seen.contains(l);
            }
            if (back) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, "tick", "()V", false);
            }
        }

        @Override
        public void visitInsn(int opcode) {
            if (opcode == Opcodes.MONITORENTER || opcode == Opcodes.MONITOREXIT) {
                refuse(inClass, null, "uses a synchronized block");
            }
            super.visitInsn(opcode);
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (type == null || !RuleCodePolicy.CATCHABLE.contains(type)) {
                refuse(inClass, null, type == null ? "uses finally or catches everything"
                        : "catches " + javaName(type) + " (rule code may catch only exceptions, not errors)");
            }
            super.visitTryCatchBlock(start, end, handler, type);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            if (!allowedType(type)) {
                refuse(inClass, type, (opcode == Opcodes.NEW ? "creates " : "uses ") + javaName(type)
                        + ", which is outside the allowed classes");
            }
            super.visitTypeInsn(opcode, type);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            if (!allowedType(descriptor)) {
                refuse(inClass, null, "creates an array of " + descriptor);
            }
            super.visitMultiANewArrayInsn(descriptor, numDimensions);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String fieldName, String descriptor) {
            if (!allowedMember(owner, fieldName, descriptor)) {
                refuse(inClass, owner + "." + fieldName, "reads or writes " + javaName(owner) + "." + fieldName
                        + ", which is outside the allowed classes and members");
            }
            super.visitFieldInsn(opcode, owner, fieldName, descriptor);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String methodName, String descriptor, boolean isInterface) {
            member(owner, methodName, descriptor);
            super.visitMethodInsn(opcode, owner, methodName, descriptor, isInterface);
        }

        private void member(String owner, String methodName, String descriptor) {
            if (!allowedMember(owner, methodName, descriptor)) {
                String shown = owner.startsWith("[") ? "an array's " + methodName
                        : javaName(owner) + (methodName.equals("<init>") ? " (new)" : "." + methodName);
                refuse(inClass, owner + "." + methodName, "calls " + shown
                        + ", which is outside the allowed classes and members");
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            if (value instanceof Type t) {
                if (t.getSort() == Type.METHOD) {
                    refuse(inClass, null, "loads a method type constant");
                } else if (!allowedType(t.getDescriptor())) {
                    refuse(inClass, t.getInternalName(), "names the class " + t.getClassName() + ", which is outside the allowed classes");
                }
            } else if (value instanceof Handle h) {
                handle(h);
            } else if (value instanceof ConstantDynamic) {
                refuse(inClass, null, "loads a dynamic constant");
            }
            super.visitLdcInsn(value);
        }

        private void handle(Handle h) {
            member(h.getOwner(), h.getName(), h.getDesc());
        }

        @Override
        public void visitInvokeDynamicInsn(String indyName, String descriptor, Handle bootstrap, Object... args) {
            String bsm = bootstrap.getOwner() + "." + bootstrap.getName();
            boolean lambda = bsm.equals("java/lang/invoke/LambdaMetafactory.metafactory")
                    || bsm.equals("java/lang/invoke/LambdaMetafactory.altMetafactory");
            boolean concat = bsm.equals("java/lang/invoke/StringConcatFactory.makeConcatWithConstants");
            if (!lambda && !concat) {
                refuse(inClass, null, "uses invokedynamic with " + bsm.replace('/', '.') + " (only lambdas and string concatenation are allowed)");
            } else {
                Type result = Type.getReturnType(descriptor);
                if (lambda && !allowedType(result.getDescriptor())) {
                    refuse(inClass, result.getInternalName(), "makes a lambda of " + result.getClassName()
                            + ", which is outside the allowed classes");
                }
                for (Object a : args) {
                    if (a instanceof Handle h) {
                        handle(h);
                    } else if (a instanceof ConstantDynamic) {
                        refuse(inClass, null, "loads a dynamic constant");
                    }
                }
            }
            super.visitInvokeDynamicInsn(indyName, descriptor, bootstrap, args);
        }
    }

    /** @return where word is written as a whole word in (blanked) code, or -1; linear in the code's length */
    static int find(String code, String word) {
        int from = 0;
        while (true) {
            int i = code.indexOf(word, from);
            if (i < 0) {
                return -1;
            }
            int end = i + word.length();
            if ((i == 0 || !Character.isJavaIdentifierPart(code.charAt(i - 1)))
                    && (end >= code.length() || !Character.isJavaIdentifierPart(code.charAt(end)))) {
                return i;
            }
            from = i + 1;
        }
    }
}
