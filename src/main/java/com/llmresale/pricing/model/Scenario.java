package com.llmresale.pricing.model;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A usage and budget scenario: who pays what, how much of it may go to the API, the per-user limits
 * and the model mix (seed 004).
 *
 * @param name the scenario's name (its file name without .yaml)
 * @param description one line for lists
 * @param file the file it was read from, as messages name it (null when built in code)
 * @param users paying users
 * @param currency the currency of {@code pricePerUser}
 * @param pricePerUser what a user pays per month, in {@code currency}
 * @param fxRate units of {@code currency} per USD
 * @param costMargin share of revenue that may be spent on the API (0.30 = 30%)
 * @param tokensPerRequest average tokens (input + output) per request
 * @param inputShare share of tokens that are input (prompt) tokens
 * @param outputShare share of tokens that are output tokens; with {@code inputShare} adds up to 1
 * @param limits the standard per-user limits
 * @param premiumFactor premium users get these limits times this factor
 * @param mix the model mix
 * @param claimedTokensPerMonth what the scenario's source claims the budget buys per month, or null
 * @param claimedTokensPerUser the same claim per user, or null
 * @param levers cost levers (seed 003)
 * @param gridUsers user counts for the sensitivity table (empty: derived)
 * @param gridPrices prices per user for the sensitivity table (empty: derived)
 * @param creditsPerUser the credits a subscription includes per month, or null when the plan sells
 *     no credit allowance ({@code credits_per_user}); then a credit is worth revenue per user in
 *     USD / credits per user
 * @param premiumUsers users who get the premium limits (the file's {@code premium.users}), each
 *     once
 */
public record Scenario(
        String name,
        String description,
        String file,
        int users,
        String currency,
        BigDecimal pricePerUser,
        BigDecimal fxRate,
        BigDecimal costMargin,
        int tokensPerRequest,
        BigDecimal inputShare,
        BigDecimal outputShare,
        UserLimits limits,
        BigDecimal premiumFactor,
        List<MixEntry> mix,
        Long claimedTokensPerMonth,
        Long claimedTokensPerUser,
        Levers levers,
        List<Integer> gridUsers,
        List<BigDecimal> gridPrices,
        Long creditsPerUser,
        List<String> premiumUsers) {

    /** The most paying users a scenario (or a sensitivity grid) may have. */
    public static final int MAX_USERS = 100_000_000;

    /** The highest price per user per month, in the local currency. */
    public static final BigDecimal MAX_PRICE = new BigDecimal("1000000000");

    /** The lowest and highest exchange rate (local currency per USD). */
    public static final BigDecimal MIN_FX = new BigDecimal("0.000001");

    public static final BigDecimal MAX_FX = new BigDecimal("1000000000");

    /** The allowed users, as error messages give it. */
    public static final String USERS_RANGE = "between 1 and 100,000,000";

    /** Premium users get at most this many times the standard limits. */
    public static final BigDecimal MAX_PREMIUM_FACTOR = BigDecimal.valueOf(1000);

    /** The most credits a subscription may include per month (a trillion). */
    public static final long MAX_CREDITS_PER_USER = 1_000_000_000_000L;

    public static final String PRICE_RANGE = "greater than 0 and at most 1,000,000,000";
    public static final String FX_RANGE = "between 0.000001 and 1,000,000,000";

    public static boolean usersInRange(long users) {
        return users >= 1 && users <= MAX_USERS;
    }

    public static boolean priceInRange(BigDecimal price) {
        return price.signum() > 0 && price.compareTo(MAX_PRICE) <= 0;
    }

    public static boolean fxInRange(BigDecimal fx) {
        return fx.compareTo(MIN_FX) >= 0 && fx.compareTo(MAX_FX) <= 0;
    }

    public Scenario {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "missing");
        }
        if (users <= 0) {
            throw new InvalidValueException("users", "must be greater than 0, got " + users);
        }
        if (!usersInRange(users)) {
            throw new InvalidValueException(
                    "users", "must be a whole number " + USERS_RANGE + ", got " + users);
        }
        if (currency == null || currency.isBlank()) {
            throw new InvalidValueException("currency", "missing");
        }
        positive("price_per_user", pricePerUser);
        positive("fx_rate", fxRate);
        if (pricePerUser.compareTo(MAX_PRICE) > 0) {
            throw new InvalidValueException(
                    "price_per_user",
                    "must be " + PRICE_RANGE + ", got " + pricePerUser.toPlainString());
        }
        if (!fxInRange(fxRate)) {
            throw new InvalidValueException(
                    "fx_rate", "must be " + FX_RANGE + ", got " + fxRate.toPlainString());
        }
        positive("cost_margin", costMargin);
        if (costMargin.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException(
                    "cost_margin",
                    "must be a share of revenue, at most 1, got " + costMargin.toPlainString());
        }
        if (tokensPerRequest <= 0) {
            throw new InvalidValueException(
                    "tokens_per_request", "must be greater than 0, got " + tokensPerRequest);
        }
        share("token_split.input", inputShare);
        share("token_split.output", outputShare);
        if (inputShare.add(outputShare).compareTo(BigDecimal.ONE) != 0) {
            throw new InvalidValueException(
                    "token_split",
                    "input and output must add up to 1, got "
                            + inputShare.toPlainString()
                            + " + "
                            + outputShare.toPlainString());
        }
        if (limits == null) {
            throw new InvalidValueException("limits", "missing");
        }
        premiumFactor = premiumFactor == null ? BigDecimal.ONE : premiumFactor;
        positive("premium.limit_factor", premiumFactor);
        if (premiumFactor.compareTo(MAX_PREMIUM_FACTOR) > 0) {
            throw new InvalidValueException(
                    "premium",
                    "premium.limit_factor",
                    "must be at most "
                            + MAX_PREMIUM_FACTOR
                            + ", got "
                            + premiumFactor.toPlainString());
        }
        premiumUsers = premiumUsers == null ? List.of() : List.copyOf(premiumUsers);
        Set<String> premiumSeen = new HashSet<>();
        for (String user : premiumUsers) {
            Ids.check("premium.users", user);
            if (!premiumSeen.add(user)) {
                throw new InvalidValueException(
                        "premium", "premium.users", "lists '" + Snippet.visible(user) + "' twice");
            }
        }
        if (mix == null || mix.isEmpty()) {
            throw new InvalidValueException("mix", "missing: give at least one model");
        }
        mix = List.copyOf(mix);
        Set<String> aliases = new HashSet<>();
        for (MixEntry entry : mix) {
            if (!aliases.add(entry.alias())) {
                throw new InvalidValueException("mix", "duplicate alias '" + entry.alias() + "'");
            }
        }
        if (claimedTokensPerMonth != null && claimedTokensPerMonth <= 0) {
            throw new InvalidValueException(
                    "capacity_claim",
                    "capacity_claim.tokens_per_month",
                    "must be greater than 0, got " + claimedTokensPerMonth);
        }
        if (claimedTokensPerUser != null && claimedTokensPerUser <= 0) {
            throw new InvalidValueException(
                    "capacity_claim",
                    "capacity_claim.tokens_per_user",
                    "must be greater than 0, got " + claimedTokensPerUser);
        }
        if (creditsPerUser != null
                && (creditsPerUser <= 0 || creditsPerUser > MAX_CREDITS_PER_USER)) {
            throw new InvalidValueException(
                    "credits_per_user",
                    "must be a whole number greater than 0 and at most "
                            + MAX_CREDITS_PER_USER
                            + ", got "
                            + creditsPerUser);
        }
        levers = levers == null ? Levers.NONE : levers;
        gridUsers = gridUsers == null ? List.of() : List.copyOf(gridUsers);
        gridPrices = gridPrices == null ? List.of() : List.copyOf(gridPrices);
        for (Integer u : gridUsers) {
            if (u == null || u <= 0) {
                throw new InvalidValueException(
                        "sensitivity",
                        "sensitivity.users",
                        "every count must be greater than 0, got " + u);
            }
            if (!usersInRange(u)) {
                throw new InvalidValueException(
                        "sensitivity",
                        "sensitivity.users",
                        "every count must be " + USERS_RANGE + ", got " + u);
            }
        }
        for (BigDecimal p : gridPrices) {
            if (p == null || p.signum() <= 0) {
                throw new InvalidValueException(
                        "sensitivity",
                        "sensitivity.prices",
                        "every price must be greater than 0, got "
                                + (p == null ? null : p.toPlainString()));
            }
            if (!priceInRange(p)) {
                throw new InvalidValueException(
                        "sensitivity",
                        "sensitivity.prices",
                        "every price must be "
                                + PRICE_RANGE
                                + ", got "
                                + (p == null ? null : p.toPlainString()));
            }
        }
    }

    private static void positive(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidValueException(field, "missing");
        }
        if (value.signum() <= 0) {
            throw new InvalidValueException(
                    field, "must be greater than 0, got " + value.toPlainString());
        }
    }

    private static void share(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidValueException(field, "missing");
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidValueException(
                    field, "must be a share between 0 and 1, got " + value.toPlainString());
        }
    }

    /** The sum of the mix weights (100 when the mix is complete). */
    public BigDecimal totalWeight() {
        return mix.stream().map(MixEntry::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The premium tier's limits. */
    public UserLimits premiumLimits() {
        return limits.times(premiumFactor);
    }

    /**
     * This scenario with any non-null argument replacing its figure (the command-line overrides).
     */
    public Scenario with(
            Integer newUsers,
            BigDecimal newPrice,
            BigDecimal newFx,
            BigDecimal newMargin,
            Levers newLevers) {
        return toBuilder()
                .users(newUsers != null ? newUsers : users)
                .pricePerUser(newPrice != null ? newPrice : pricePerUser)
                .fxRate(newFx != null ? newFx : fxRate)
                .costMargin(newMargin != null ? newMargin : costMargin)
                .levers(newLevers != null ? newLevers : levers)
                .build();
    }

    /** What a user pays per month in USD: price per user / fx rate, exact to 34 digits. */
    public BigDecimal revenuePerUserUsd() {
        return pricePerUser.divide(fxRate, java.math.MathContext.DECIMAL128);
    }

    /**
     * What one credit is worth in USD: revenue per user in USD / credits per user (34 digits), or
     * null without {@code credits_per_user}.
     */
    public BigDecimal creditValueUsd() {
        return creditsPerUser == null
                ? null
                : revenuePerUserUsd()
                        .divide(
                                BigDecimal.valueOf(creditsPerUser),
                                java.math.MathContext.DECIMAL128);
    }

    /** A builder for a scenario named {@code name}; see {@link Builder}. */
    public static Builder builder(String name) {
        return new Builder().name(name);
    }

    /** A builder holding every field of this scenario, to change some of them. */
    public Builder toBuilder() {
        return new Builder()
                .name(name)
                .description(description)
                .file(file)
                .users(users)
                .currency(currency)
                .pricePerUser(pricePerUser)
                .fxRate(fxRate)
                .costMargin(costMargin)
                .tokensPerRequest(tokensPerRequest)
                .tokenSplit(inputShare, outputShare)
                .limits(limits)
                .premium(premiumFactor, premiumUsers)
                .mix(mix)
                .capacityClaim(claimedTokensPerMonth, claimedTokensPerUser)
                .levers(levers)
                .grid(gridUsers, gridPrices)
                .creditsPerUser(creditsPerUser);
    }

    /**
     * Builds a scenario field by field; {@link #build()} validates as the constructor does. The
     * optional parts (premium, capacity claim, levers, sensitivity grid, credits per user) may be
     * left unset.
     */
    public static final class Builder {
        private String name;
        private String description;
        private String file;
        private int users;
        private String currency;
        private BigDecimal pricePerUser;
        private BigDecimal fxRate;
        private BigDecimal costMargin;
        private int tokensPerRequest;
        private BigDecimal inputShare;
        private BigDecimal outputShare;
        private UserLimits limits;
        private BigDecimal premiumFactor;
        private List<String> premiumUsers;
        private List<MixEntry> mix;
        private Long claimedTokensPerMonth;
        private Long claimedTokensPerUser;
        private Levers levers;
        private List<Integer> gridUsers;
        private List<BigDecimal> gridPrices;
        private Long creditsPerUser;

        private Builder() {}

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder description(String value) {
            description = value;
            return this;
        }

        public Builder file(String value) {
            file = value;
            return this;
        }

        public Builder users(int value) {
            users = value;
            return this;
        }

        public Builder currency(String value) {
            currency = value;
            return this;
        }

        public Builder pricePerUser(BigDecimal value) {
            pricePerUser = value;
            return this;
        }

        public Builder fxRate(BigDecimal value) {
            fxRate = value;
            return this;
        }

        public Builder costMargin(BigDecimal value) {
            costMargin = value;
            return this;
        }

        public Builder tokensPerRequest(int value) {
            tokensPerRequest = value;
            return this;
        }

        /** The shares of input and output tokens ({@code token_split}). */
        public Builder tokenSplit(BigDecimal input, BigDecimal output) {
            inputShare = input;
            outputShare = output;
            return this;
        }

        public Builder limits(UserLimits value) {
            limits = value;
            return this;
        }

        /** The premium limit factor (null: 1) and the premium users (null: none). */
        public Builder premium(BigDecimal factor, List<String> users) {
            premiumFactor = factor;
            premiumUsers = users;
            return this;
        }

        public Builder mix(List<MixEntry> value) {
            mix = value;
            return this;
        }

        /** The source's claim of tokens a month, in all and per user; either may be null. */
        public Builder capacityClaim(Long perMonth, Long perUser) {
            claimedTokensPerMonth = perMonth;
            claimedTokensPerUser = perUser;
            return this;
        }

        public Builder levers(Levers value) {
            levers = value;
            return this;
        }

        /** The sensitivity grid's user counts and prices (null or empty: derived). */
        public Builder grid(List<Integer> userCounts, List<BigDecimal> prices) {
            gridUsers = userCounts;
            gridPrices = prices;
            return this;
        }

        public Builder creditsPerUser(Long value) {
            creditsPerUser = value;
            return this;
        }

        public Scenario build() {
            return new Scenario(
                    name,
                    description,
                    file,
                    users,
                    currency,
                    pricePerUser,
                    fxRate,
                    costMargin,
                    tokensPerRequest,
                    inputShare,
                    outputShare,
                    limits,
                    premiumFactor,
                    mix,
                    claimedTokensPerMonth,
                    claimedTokensPerUser,
                    levers,
                    gridUsers,
                    gridPrices,
                    creditsPerUser,
                    premiumUsers);
        }
    }
}
