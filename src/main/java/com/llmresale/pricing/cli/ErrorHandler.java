package com.llmresale.pricing.cli;

import com.llmresale.pricing.engine.EditDistance;
import com.llmresale.pricing.io.OsErrors;
import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.InvalidValueException;
import com.llmresale.pricing.render.Text;
import com.llmresale.pricing.render.Words;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place errors reach users: a single line on stderr, exit 2 for usage and 1 for bad data or
 * any other failure, and a stack trace only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final PricingCommand root;

    ErrorHandler(PricingCommand root) {
        this.root = root;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        Words words = Words.of(ErrorWords.fromArgs(args, root.locale()));
        err.println(Text.visible(ErrorWords.line(words, usageMessage(e), name)));
        trace(err, e);
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        if (e instanceof ParameterException pe) {
            return handleParseException(pe, parsed.originalArgs().toArray(String[]::new));
        }
        PrintWriter err = cmd.getErr();
        int exit = ExitCodes.DATA;
        String message;
        if (e instanceof InvalidValueException invalid) {
            // a value the command line supplied failed the model's own validation (file values
            // reach here as DataException, with their file and line): name the option
            message = optionFor(cmd, invalid.field()) + ": " + invalid.problem();
            exit = ExitCodes.USAGE;
        } else if (e instanceof DataException data && data.file() == null && data.field() != null) {
            // the data cannot answer what the command line asked (a price that is not there)
            message = optionFor(cmd, data.field()) + ": " + data.problem();
        } else {
            message = message(e);
        }
        // one line whatever the data holds: control characters and line breaks are shown escaped
        err.println(Text.visible(ErrorWords.line(Words.of(root.locale()), message, null)));
        trace(err, e);
        err.flush();
        return exit;
    }

    /**
     * The option of {@code cmd} that supplies a model field: the one marked {@link ModelField} with
     * it, else {@code --a-b} for {@code a_b}; the field itself when no option supplies it. Fields
     * named together ({@code a/b}) are named option by option.
     */
    static String optionFor(CommandLine cmd, String field) {
        if (field.contains("/")) {
            return String.join(
                    "/",
                    java.util.Arrays.stream(field.split("/")).map(f -> optionFor(cmd, f)).toList());
        }
        for (OptionSpec option : cmd.getCommandSpec().options()) {
            if (option.userObject() instanceof java.lang.reflect.Field f) {
                ModelField marked = f.getAnnotation(ModelField.class);
                if (marked != null && marked.value().equals(field)) {
                    return option.longestName();
                }
            }
        }
        OptionSpec named = cmd.getCommandSpec().findOption("--" + field.replace('_', '-'));
        return named != null ? named.longestName() : field;
    }

    /**
     * picocli's message, except for an unknown command or option, which is named with picocli's own
     * suggestions, and an unknown command after {@code help}, which gets them too.
     */
    private static String usageMessage(ParameterException e) {
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String word = u.getUnmatched().get(0);
            if (!u.isUnknownOption() && !u.getCommandLine().getSubcommands().isEmpty()) {
                return "unknown command '" + word + "'" + didYouMean(word, u.getSuggestions());
            }
            if (word.startsWith("-")) {
                String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
                return "unknown option '" + option + "'" + didYouMean(option, u.getSuggestions());
            }
            return "unexpected argument '" + word + "'";
        }
        String help =
                "Unknown subcommand '"; // picocli's HelpCommand, given a command that is not there
        CommandLine cmd = e.getCommandLine();
        if (e.getMessage().startsWith(help) && !cmd.getSubcommands().isEmpty()) {
            String word = e.getMessage().substring(help.length(), e.getMessage().lastIndexOf('\''));
            return "unknown command '"
                    + word
                    + "'"
                    + didYouMean(
                            word,
                            new UnmatchedArgumentException(cmd, List.of(word)).getSuggestions());
        }
        return e.getMessage();
    }

    /**
     * picocli's suggestions for a mistyped {@code word}: its first (the closest it found) and any
     * other that is a typo away (at most a third of the word's letters, and at least 2, differ), so
     * that {@code modles} gets {@code models} and not also {@code estimate}.
     */
    static String didYouMean(String word, List<String> suggestions) {
        List<String> close = new java.util.ArrayList<>();
        for (String s : suggestions) {
            if (close.isEmpty()
                    || EditDistance.levenshtein(word, s) <= Math.max(2, word.length() / 3)) {
                close.add(s);
            }
        }
        return close.isEmpty() ? "" : " (did you mean: " + String.join(", ", close) + "?)";
    }

    private static String message(Exception e) {
        if (e instanceof DataException || e instanceof CommandFailure) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException u) {
            return io(u.getCause());
        }
        if (e instanceof IOException io) {
            return io(io);
        }
        return "unexpected "
                + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + " (run with --verbose for details)";
    }

    /**
     * A file error in plain words ("pricing/x.yaml: permission denied"), never a Java class name.
     */
    private static String io(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + ": " + OsErrors.reason(e);
        }
        return OsErrors.reason(e);
    }

    private void trace(PrintWriter err, Exception e) {
        if (root.global().verbose()) {
            e.printStackTrace(err);
        }
    }
}
