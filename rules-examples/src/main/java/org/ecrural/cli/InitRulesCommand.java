package org.ecrural.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecrural.kb.folder.RuleFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ecrural init-rules DIR}: writes the built-in rule base as an editable folder. */
@Command(name = "init-rules", mixinStandardHelpOptions = true,
        description = "Writes the built-in rule base (one DRL file per section of the notice, the scenarios beside "
                + "each, and edition.json with the 2018 parameters) into DIR, to edit and use with --rules DIR.")
final class InitRulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the folder to write (created if needed)")
    Path dir;

    @Option(names = "--force", description = "replace rule files already in DIR (a symbolic link among them is removed, never followed)")
    boolean force;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try {
            if (Files.isSymbolicLink(dir)) {
                err.println("ecrural: " + dir + " is a symbolic link; give the folder itself");
                return Ecrural.BAD_INPUT;
            }
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                err.println("ecrural: " + dir + " is a file, not a folder");
                return Ecrural.BAD_INPUT;
            }
            RuleFolder folder = RuleFolder.builtIn();
            try {
                folder.writeTo(dir, force);
            } catch (FileAlreadyExistsException e) {
                err.println("ecrural: " + dir + " already holds rule files (" + e.getFile() + "); pass --force to replace them");
                return Ecrural.BAD_INPUT;
            }
            spec.commandLine().getOut().printf("wrote %d DRL files, %d scenario files, %d words files, %s and %s to %s%n",
                    folder.drlFiles().size(), folder.scenarioFiles().size(), folder.wordsFiles().size(),
                    org.ecrural.kb.words.Wording.LABELS_FILE, RuleFolder.EDITION_FILE, dir);
            return Ecrural.OK;
        } catch (IOException e) {
            err.println("ecrural: cannot write " + dir + ": " + e.getMessage());
            return Ecrural.BAD_INPUT;
        }
    }
}
