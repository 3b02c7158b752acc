package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.Check;
import com.llmresale.pricing.engine.Phrase;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of one language: labels, headings and sentences from the resource bundle ({@code
 * render/messages.properties}, {@code messages_tr.properties}) with their numbers written by {@link
 * Fmt}. English is the base bundle; the CSV and JSON formats always use it.
 *
 * <p>A wording is a template: {@code {0}} puts argument 0 as it is, {@code {0,FORMAT}} or {@code
 * {0,FORMAT:PARAM}} through a format: {@code n} a grouped count, {@code usd} dollars to the cent,
 * {@code price} dollars as given, {@code usdBeside:J} dollars beside argument J, {@code pct} a
 * share as a percentage (at most 2 decimals), {@code pct1} (1 decimal), {@code pctExact}, {@code
 * percent} a value already in percent, {@code num} a plain decimal, {@code tokens} a count or
 * "unlimited", {@code word}, {@code period}, {@code per} ("per hour") and {@code periodly}
 * ("per-hour") a translated word, {@code list:SEP} the items joined by SEP, {@code currency} a
 * currency code as people write it (TL for TRY).
 */
public final class Words {
    private static final String BUNDLE = "com.llmresale.pricing.render.messages";

    public static final Words ENGLISH = new Words(Locale.ENGLISH, Fmt.ENGLISH);
    public static final Words TURKISH = new Words(Locale.forLanguageTag("tr"), Fmt.TURKISH);

    private final Locale locale;
    private final Fmt fmt;
    private ResourceBundle bundle;

    private Words(Locale locale, Fmt fmt) {
        this.locale = locale;
        this.fmt = fmt;
    }

    /** Turkish for a {@code tr} locale, else English. */
    public static Words of(Locale locale) {
        return locale != null && "tr".equals(locale.getLanguage()) ? TURKISH : ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public Fmt fmt() {
        return fmt;
    }

    public boolean english() {
        return this == ENGLISH;
    }

    private ResourceBundle bundle() {
        if (bundle == null) {
            // no fallback to the JVM's default locale: English is the base bundle, whatever LANG
            // says
            bundle =
                    ResourceBundle.getBundle(
                            BUNDLE,
                            locale,
                            ResourceBundle.Control.getNoFallbackControl(
                                    ResourceBundle.Control.FORMAT_PROPERTIES));
        }
        return bundle;
    }

    /** The wording of {@code key}; a missing key is a bug (the bundles are tested to match). */
    public String get(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException(
                    "no wording for '" + key + "' in " + BUNDLE + " (" + locale + ")", e);
        }
    }

    /** The wording of {@code key} with its arguments put in. */
    public String format(String key, Object... args) {
        return fill(get(key), List.of(args));
    }

    public String phrase(Phrase phrase) {
        return fill(get(phrase.key()), phrase.args());
    }

    /** A check's message in this language. */
    public String check(Check check) {
        return phrase(check.message());
    }

    public String severity(Check.Severity severity) {
        return get("severity." + severity.name());
    }

    private String fill(String template, List<Object> args) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = template.indexOf('}', i);
            String spec = template.substring(i + 1, end);
            i = end + 1;
            int comma = spec.indexOf(',');
            int index = Integer.parseInt(comma < 0 ? spec : spec.substring(0, comma));
            String format = comma < 0 ? "" : spec.substring(comma + 1);
            String param = "";
            int colon = format.indexOf(':');
            if (colon >= 0) {
                param = format.substring(colon + 1);
                format = format.substring(0, colon);
            }
            out.append(value(args.get(index), format, param, args));
        }
        return out.toString();
    }

    private String value(Object arg, String format, String param, List<Object> args) {
        return switch (format) {
            case "" -> plain(arg);
            case "n" -> fmt.count(((Number) arg).longValue());
            case "tokens" ->
                    ((Number) arg).longValue() == Long.MAX_VALUE
                            ? get("word.unlimited")
                            : fmt.count(((Number) arg).longValue());
            case "usd" -> fmt.usdCents((BigDecimal) arg);
            case "price" -> fmt.usd((BigDecimal) arg);
            case "usdBeside" ->
                    fmt.usdBeside((BigDecimal) arg, (BigDecimal) args.get(Integer.parseInt(param)));
            case "pct" -> fmt.shareTrimmed((BigDecimal) arg);
            case "pct1" -> fmt.share((BigDecimal) arg, 1);
            case "pctExact" -> fmt.shareExact((BigDecimal) arg);
            case "percent" -> fmt.percent((BigDecimal) arg);
            case "num" -> fmt.plain((BigDecimal) arg);
            case "currency" -> Fmt.currencyName(String.valueOf(arg));
            case "word" -> get("word." + arg);
            case "period" -> get("period." + arg);
            case "per" -> get("per." + arg);
            case "periodly" -> get("periodly." + arg);
            case "list" -> String.join(param, ((List<?>) arg).stream().map(this::plain).toList());
            default ->
                    throw new IllegalStateException("unknown format '" + format + "' in a wording");
        };
    }

    private String plain(Object arg) {
        if (arg instanceof Phrase p) {
            return phrase(p);
        }
        if (arg instanceof BigDecimal d) {
            return fmt.plain(d);
        }
        if (arg instanceof List<?> list) {
            return String.join(", ", list.stream().map(this::plain).toList());
        }
        return String.valueOf(arg);
    }
}
