package com.llmresale.pricing.cli;

import com.llmresale.pricing.render.Format;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/** The contract's global options, accepted before or after the subcommand. */
// addMethodSubcommands = false: picocli otherwise scans every method of this class (reflection,
// at every start) for @Command methods to add as subcommands; there are none
@picocli.CommandLine.Command(addMethodSubcommands = false)
public final class GlobalOptions {
    @Option(
            names = "--sheets",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description =
                    "Price-sheet folder (default: ./pricing, else the copy bundled in the jar).")
    Path sheets;

    @Option(
            names = "--scenarios",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description =
                    "Scenario folder (default: ./scenarios, else the copy bundled in the jar).")
    Path scenarios;

    @Option(
            names = {"-f", "--format"},
            paramLabel = "FORMAT",
            scope = ScopeType.INHERIT,
            converter = FormatConverter.class,
            description =
                    "Report format: table, csv, json, markdown or html (default: from the --output "
                            + "file's extension .csv .json .md .html .txt, else table).")
    Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            scope = ScopeType.INHERIT,
            converter = OutputConverter.class,
            description = "Write the report to FILE (atomically) instead of standard output.")
    Path output;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            scope = ScopeType.INHERIT,
            converter = LangConverter.class,
            description =
                    "Language of table, Markdown and HTML output and of errors: en or tr (default: tr when "
                            + "LC_ALL or LANG starts with tr, else en). CSV and JSON are never translated.")
    Locale lang;

    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "Show the stack trace of an error.")
    boolean verbose;

    public Path sheets() {
        return sheets;
    }

    public Path scenarios() {
        return scenarios;
    }

    /** The --format given, or null when none was (then {@link #formatFor} decides). */
    public Format format() {
        return format;
    }

    /**
     * The format a file name's extension asks for: .csv, .json, .md (.markdown), .html (.htm), .txt
     * (table); null for any other name.
     */
    static Format formatFor(Path file) {
        String name =
                file.getFileName() == null
                        ? ""
                        : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "csv" -> Format.CSV;
            case "json" -> Format.JSON;
            case "md", "markdown" -> Format.MARKDOWN;
            case "html", "htm" -> Format.HTML;
            case "txt" -> Format.TABLE;
            default -> null;
        };
    }

    public Path output() {
        return output;
    }

    public boolean verbose() {
        return verbose;
    }

    /** The language --lang names; null when not given (then the environment decides). */
    public Locale lang() {
        return lang;
    }

    /** Accepts en and tr in any case (also tr_TR, tr-TR, en_US: the language part counts). */
    static final class LangConverter implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            Locale locale = Languages.parse(value);
            if (locale == null) {
                throw new TypeConversionException(
                        "'" + value + "' is not a language (expected en or tr)");
            }
            return locale;
        }
    }

    /** Accepts the format names in any case. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            Format format = Format.parse(value);
            if (format == null) {
                throw new TypeConversionException(
                        "'"
                                + value
                                + "' is not a format (expected table, csv, json, markdown or html)");
            }
            return format;
        }
    }

    /** A file name for --output: not empty (an empty name is a mistake, not stdout). */
    static final class OutputConverter implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException("the file name must not be empty");
            }
            return Path.of(value);
        }
    }
}
