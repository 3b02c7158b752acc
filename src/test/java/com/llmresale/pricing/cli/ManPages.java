package com.llmresale.pricing.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build tool, not a test: writes the man pages (AsciiDoc, picocli-codegen) of {@code pricing} and
 * every subcommand into the folder given as the only argument. Run by the build at {@code package}
 * (exec-maven-plugin, test class path: picocli-codegen is a test-scope dependency, never in the
 * jar).
 */
public final class ManPages {
    private ManPages() {}

    public static void main(String[] args) throws IOException {
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        CommandLine all =
                PricingCli.create(
                        new PricingCommand(Path.of("").toAbsolutePath(), Clock.systemDefaultZone()),
                        none,
                        none,
                        PricingCommand.SUBCOMMANDS);
        int exit =
                ManPageGenerator.generateManPage(
                        new File(args[0]), null, new boolean[0], true, all.getCommandSpec());
        if (exit != 0) {
            throw new IllegalStateException("man page generation failed: exit " + exit);
        }
    }
}
