package com.llmresale.pricing.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The one place numbers become text for people: money, counts, percentages and multipliers, in
 * English ({@code $1,159.42}, {@code 40,000 TL}, {@code 150,000}, {@code 30.0%}) or Turkish ({@code
 * 1.159,42 $}, {@code 40.000 TL}, {@code 150.000}, {@code %30,0}). Exact: a value is shown with the
 * decimals it has, rounded only where a method says so (HALF_UP). The CSV and JSON formats never
 * use it: their numbers are machine text and never localized.
 */
public final class Fmt {
    public static final Fmt ENGLISH = new Fmt(false);
    public static final Fmt TURKISH = new Fmt(true);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final boolean turkish;

    private Fmt(boolean turkish) {
        this.turkish = turkish;
    }

    /** Turkish for a {@code tr} locale, else English. */
    public static Fmt of(Locale locale) {
        return "tr".equals(locale.getLanguage()) ? TURKISH : ENGLISH;
    }

    private char group() {
        return turkish ? '.' : ',';
    }

    private char point() {
        return turkish ? ',' : '.';
    }

    /**
     * A decimal with thousands separators and the decimals it has: {@code 40,000}, {@code 34.5};
     * empty for null.
     */
    public String number(BigDecimal value) {
        return value == null ? "" : digits(value, true);
    }

    /**
     * A decimal without thousands separators, with the locale's decimal mark: {@code 28.8} / {@code
     * 28,8}.
     */
    public String plain(BigDecimal value) {
        return value == null ? "" : digits(value, false);
    }

    /** A count with thousands separators: {@code 150,000} / {@code 150.000}. */
    public String count(long value) {
        return digits(BigDecimal.valueOf(value), true);
    }

    /**
     * Dollars as given, at least two decimals: {@code $1,159.42}, {@code -$0.075} / {@code 1.159,42
     * $}; empty for null.
     */
    public String usd(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String sign = value.signum() < 0 ? "-" : "";
        return turkish ? sign + price(value.abs()) + " $" : sign + "$" + price(value.abs());
    }

    /**
     * A price without its sign, as given, at least two decimals: {@code 3.00}, {@code 0.075},
     * {@code 1,159.42}.
     */
    public String price(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return digits(
                stripped.scale() < 2 ? value.setScale(2, RoundingMode.UNNECESSARY) : stripped,
                true);
    }

    /** Dollars rounded to the cent, HALF_UP: the contract's rounding for money in reports. */
    public String usdCents(BigDecimal value) {
        return value == null ? "" : usd(value.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * Dollars shown next to {@code other}: to the cent HALF_UP, or to 4 decimals DOWN when the
     * cents would read the same although the amounts differ ({@code $6.9565} beside {@code $6.96}).
     */
    public String usdBeside(BigDecimal value, BigDecimal other) {
        if (value.compareTo(other) != 0
                && value.setScale(2, RoundingMode.HALF_UP)
                                .compareTo(other.setScale(2, RoundingMode.HALF_UP))
                        == 0) {
            return usd(value.setScale(4, RoundingMode.DOWN));
        }
        return usdCents(value);
    }

    /** An amount in a local currency: {@code 40,000 TL} / {@code 40.000 TL} (TRY is written TL). */
    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        if ("USD".equals(currency)) {
            return usd(amount);
        }
        return number(amount) + " " + currencyName(currency);
    }

    /** How a currency code is written for people: TL for TRY, else the code. */
    public static String currencyName(String currency) {
        return "TRY".equals(currency) ? "TL" : currency;
    }

    /** A value that is already a percentage, as given: {@code 30.0%} / {@code %30,0}. */
    public String percent(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        String digits = digits(percent.abs(), false);
        String sign = percent.signum() < 0 ? "-" : "";
        return turkish ? sign + "%" + digits : sign + digits + "%";
    }

    /** A share (0.3) as a percentage to {@code scale} decimals, HALF_UP: {@code 30.0%}. */
    public String share(BigDecimal share, int scale) {
        return share == null
                ? ""
                : percent(share.multiply(HUNDRED).setScale(scale, RoundingMode.HALF_UP));
    }

    /**
     * A share as a percentage with at most two decimals (HALF_UP) and no trailing zeros: {@code
     * 30%}, {@code 33.33%}.
     */
    public String shareTrimmed(BigDecimal share) {
        if (share == null) {
            return "";
        }
        BigDecimal percent = share.multiply(HUNDRED);
        return percent(
                strip(percent.scale() > 2 ? percent.setScale(2, RoundingMode.HALF_UP) : percent));
    }

    /** A share as an exact percentage, trailing zeros dropped: {@code 0.755} -> {@code 75.5%}. */
    public String shareExact(BigDecimal share) {
        return share == null ? "" : percent(strip(share.multiply(HUNDRED)));
    }

    /** A signed percentage: {@code +233.3%}, {@code -20.0%} / {@code +%233,3}. */
    public String signedPercent(BigDecimal percent) {
        if (percent == null) {
            return "";
        }
        return (percent.signum() > 0 ? "+" : "") + percent(percent);
    }

    /** A multiplier: {@code 1.2x} / {@code 1,2x}. */
    public String times(BigDecimal multiplier) {
        return multiplier == null ? "" : plain(multiplier) + "x";
    }

    private static BigDecimal strip(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The digits of {@code value} as written (never scientific), with the locale's marks. */
    private String digits(BigDecimal value, boolean grouped) {
        String text = value.toPlainString();
        String sign = "";
        if (text.startsWith("-")) {
            sign = "-";
            text = text.substring(1);
        }
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        String fraction = dot < 0 ? "" : text.substring(dot + 1);
        StringBuilder out = new StringBuilder(sign);
        for (int i = 0; i < whole.length(); i++) {
            if (grouped && i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(group());
            }
            out.append(whole.charAt(i));
        }
        if (!fraction.isEmpty()) {
            out.append(point()).append(fraction);
        }
        return out.toString();
    }
}
