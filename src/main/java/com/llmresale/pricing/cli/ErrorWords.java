package com.llmresale.pricing.cli;

import com.llmresale.pricing.render.Words;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The error line in the user's language: the framing words ({@code error:}, "see ... --help",
 * "unknown option", "did you mean") and the common problems ("file not found", "not valid YAML")
 * are translated; the structure {@code file:line: field: problem} and a value's own text (a file
 * name, a quoted value) stay as they are. The phrases are the {@code error.*} keys of the bundles:
 * the English wording is looked for, the Turkish one put in its place.
 */
final class ErrorWords {
    /** The phrases translated, longest first so that a longer phrase wins over a part of it. */
    private static final String[] PHRASES = {
        "run_verbose",
        "missing_command",
        "did_you_mean",
        "unknown_command",
        "unknown_option",
        "unexpected_argument",
        "file_not_found",
        "folder_not_found",
        "no_such_file",
        "is_a_folder",
        "not_yaml",
        "not_a_number",
        "not_utf8",
        "file_empty",
        "cannot_read",
        "cannot_write",
        "permission_denied",
        "unknown_scenario",
        "known",
        "greater_than_zero",
        "not_a_language",
        "not_a_format",
        "is_not_in_sheets"
    };

    private ErrorWords() {}

    /**
     * {@code error: MESSAGE (see 'CMD --help')} with the message in the language of {@code words}.
     */
    static String line(Words words, String message, String helpCommand) {
        String text = translate(words, message);
        String line = words.get("error.prefix") + " " + text;
        return helpCommand == null
                ? line
                : line + " " + words.format("error.see_help", helpCommand);
    }

    static String translate(Words words, String message) {
        if (words.english()) {
            return message;
        }
        String out = message;
        for (String key : PHRASES) {
            String english = Words.ENGLISH.get("error." + key);
            // a whole phrase only: not inside a longer word or a quoted value
            Matcher m =
                    Pattern.compile("(?<![\\w'])" + Pattern.quote(english) + "(?![\\w'])")
                            .matcher(out);
            out = m.replaceAll(Matcher.quoteReplacement(words.get("error." + key)));
        }
        return out;
    }

    /**
     * The language for an error found while parsing: --lang among the arguments if readable, else
     * {@code fallback}.
     */
    static Locale fromArgs(String[] args, Locale fallback) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            Locale locale = value == null ? null : Languages.parse(value);
            if (locale != null) {
                return locale;
            }
        }
        return fallback;
    }
}
