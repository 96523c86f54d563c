package org.ecrural.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a command's output to standard output or to the file of {@code -o}. */
final class Outputs {
    private Outputs() {
    }

    static void write(PrintWriter stdout, Path file, String text) throws CliException {
        if (file == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        if (Files.isDirectory(file)) {
            throw new CliException("cannot write " + file + ": it is a folder");
        }
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot write " + file + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }
}
