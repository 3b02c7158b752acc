package com.llmresale.pricing.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One model of a provider sheet. Prices are $ per 1M tokens in the sheet's currency.
 *
 * <p>A model has both {@code input} and {@code output}, or {@code credits} (pinned), or both (then
 * the pin is what is charged). An inactive model may have neither: it is not sold.
 *
 * @param id the provider's own model id
 * @param input $ per 1M input tokens, or null
 * @param output $ per 1M output tokens, or null
 * @param cachedInput $ per 1M input tokens read from a prompt cache, or null (then {@code input})
 * @param pinnedCredits credits set by hand, or null
 * @param family the underlying model, shared across providers, or null
 * @param active false when the model is no longer sold
 * @param free true when a zero price is intended
 * @param tags free-form labels used by recommendations
 * @param params size in billions of parameters, or null
 * @param moe true for a mixture-of-experts model ({@code params} is the total)
 * @param kind chat (default), embedding, rerank, audio, image...
 * @param source where this model's price comes from when it is not the sheet's source
 * @param note a remark for people reading reports
 * @param priceBand the size band {@code input}/{@code output} were taken from (seed 002), or null
 *     when they are the sheet's own prices
 * @param aliases other ids the same model is logged or listed under (LiteLLM's dated ids), never
 *     null
 * @param cacheWrite $ per 1M prompt tokens written to a prompt cache, or null (then {@code input})
 * @param tiers long-context prices, ascending by threshold (cliff rule), never null
 * @param history earlier price periods, oldest first; the top-level prices apply from the last
 *     {@code until} on, never null
 * @param upstream where the model is found in outside catalogs, never null
 */
public record ModelEntry(
        String id,
        BigDecimal input,
        BigDecimal output,
        BigDecimal cachedInput,
        Integer pinnedCredits,
        String family,
        boolean active,
        boolean free,
        List<String> tags,
        BigDecimal params,
        boolean moe,
        String kind,
        String source,
        String note,
        SizeBand priceBand,
        List<String> aliases,
        BigDecimal cacheWrite,
        List<PriceTier> tiers,
        List<PricePeriod> history,
        UpstreamIds upstream) {
    /**
     * The most credits a model may be pinned at: far above any price a sheet accepts ($1,000,000
     * per 1M tokens is 66,666,667 credits at the default baseline), and small enough that every sum
     * and difference of credits stays exact in an int.
     */
    public static final int MAX_CREDITS = 100_000_000;

    public static final String DEFAULT_KIND = "chat";

    /**
     * The largest $ price per 1M tokens a sheet may give: far above any real model (the dearest
     * list prices are in the hundreds), low enough that credits always fit in an int.
     */
    public static final BigDecimal MAX_PRICE = BigDecimal.valueOf(1_000_000);

    /** Embedding models are billed on input tokens only: a sheet may give just {@code input}. */
    public static final String EMBEDDING = "embedding";

    public ModelEntry {
        if (id == null || id.isBlank()) {
            throw new InvalidValueException("id", "missing");
        }
        Ids.check("id", id);
        kind = kind == null ? DEFAULT_KIND : kind;
        if (EMBEDDING.equals(kind) && input != null && output == null) {
            output = BigDecimal.ZERO;
        }
        if (EMBEDDING.equals(kind) && output != null && output.signum() != 0) {
            throw new InvalidValueException(
                    "output",
                    "an embedding model is billed on input tokens only; give just `input`, got output "
                            + output.toPlainString());
        }
        if (priceBand != null
                && (input == null
                        || input.compareTo(priceBand.input()) != 0
                        || output.compareTo(priceBand.output()) != 0)) {
            throw new InvalidValueException(
                    "input",
                    "input/output",
                    "must be the prices of the size band they come from ("
                            + priceBand.label()
                            + ")");
        }
        if ((input == null) != (output == null)) {
            throw new InvalidValueException(
                    input == null ? "input" : "output",
                    "missing ("
                            + (input == null ? "output" : "input")
                            + " is given; give both, or pin `credits`)");
        }
        requireNotNegative("input", input);
        requireNotNegative("output", output);
        requireNotNegative("cached_input", cachedInput);
        if (cachedInput != null && input == null) {
            throw new InvalidValueException(
                    "cached_input", "given without input and output prices");
        }
        if (cachedInput != null && cachedInput.compareTo(input) > 0) {
            throw new InvalidValueException(
                    "cached_input",
                    ""
                            + cachedInput.toPlainString()
                            + " is above the input price "
                            + input.toPlainString());
        }
        if (pinnedCredits != null && pinnedCredits < 0) {
            throw new InvalidValueException(
                    "credits", "must not be negative, got " + pinnedCredits);
        }
        if (pinnedCredits != null && pinnedCredits > MAX_CREDITS) {
            throw new InvalidValueException(
                    "credits", "must be at most " + MAX_CREDITS + ", got " + pinnedCredits);
        }
        if (active && input == null && pinnedCredits == null) {
            throw new InvalidValueException(
                    "input",
                    "input/output",
                    "missing: an active model needs input and output prices or pinned credits");
        }
        if (params != null && params.signum() <= 0) {
            throw new InvalidValueException(
                    "params", "must be greater than 0, got " + params.toPlainString());
        }
        if (family != null && family.isBlank()) {
            throw new InvalidValueException("family", "must not be blank");
        }
        if (family != null) {
            Ids.check("family", family);
        }
        tags = tags == null ? List.of() : List.copyOf(tags);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        for (String alias : aliases) {
            if (alias == null || alias.isBlank()) {
                throw new IllegalArgumentException("aliases: must not be blank");
            }
            if (alias.equals(id)) {
                throw new IllegalArgumentException(
                        "aliases: '" + alias + "' is the model's own id");
            }
        }
        if (aliases.stream().distinct().count() != aliases.size()) {
            throw new IllegalArgumentException("aliases: listed twice: " + aliases);
        }
        requireNotNegative("cache_write", cacheWrite);
        if (cacheWrite != null && input == null) {
            throw new InvalidValueException("cache_write", "given without input and output prices");
        }
        tiers = Prices.tiers("tiers", tiers);
        if (!tiers.isEmpty() && input == null) {
            throw new InvalidValueException("tiers", "given without input and output prices");
        }
        history = history == null ? List.of() : List.copyOf(history);
        for (int i = 1; i < history.size(); i++) {
            if (!history.get(i).until().isAfter(history.get(i - 1).until())) {
                throw new InvalidValueException(
                        "history",
                        "history[" + i + "].until",
                        history.get(i).until()
                                + " must be after the previous period's until "
                                + history.get(i - 1).until()
                                + " (history is oldest first)");
            }
        }
        upstream = upstream == null ? UpstreamIds.NONE : upstream;
    }

    private static void requireNotNegative(String field, BigDecimal value) {
        Prices.check(field, value);
    }

    /**
     * The prices a request with {@code inputTokens} input tokens pays: the highest tier whose
     * threshold it exceeds, over the model's own prices; cached reads and cache writes at the input
     * price where none is given.
     */
    public RequestPrices pricesFor(long inputTokens) {
        if (!hasPrice()) {
            throw new IllegalStateException(id + " has no $ price");
        }
        PriceTier tier = Prices.tierFor(tiers, inputTokens);
        BigDecimal in = tier != null && tier.input() != null ? tier.input() : input;
        BigDecimal out = tier != null && tier.output() != null ? tier.output() : output;
        BigDecimal cached =
                tier != null && tier.cachedInput() != null ? tier.cachedInput() : cachedInput;
        BigDecimal write =
                tier != null && tier.cacheWrite() != null ? tier.cacheWrite() : cacheWrite;
        return new RequestPrices(
                in, out, cached == null ? in : cached, write == null ? in : write, tier);
    }

    /**
     * This model with the prices in force on {@code date} at the top level and no history: the
     * first history period whose {@code until} is after the date, else the top-level prices.
     */
    public ModelEntry at(java.time.LocalDate date) {
        if (history.isEmpty()) {
            return this;
        }
        for (PricePeriod period : history) {
            if (date.isBefore(period.until())) {
                return toBuilder()
                        .prices(period.input(), period.output())
                        .cachedInput(period.cachedInput())
                        .priceBand(null)
                        .cacheWrite(period.cacheWrite())
                        .tiers(period.tiers())
                        .history(List.of())
                        .build();
            }
        }
        return toBuilder().history(List.of()).build();
    }

    public boolean hasPrice() {
        return input != null;
    }

    public boolean isPinned() {
        return pinnedCredits != null;
    }

    /** Why a model without a $ price has none, for error messages: pinned, or not sold. */
    public String noPriceReason() {
        return isPinned() ? "credits are pinned" : "it is not sold";
    }

    /** True for models billed on input tokens only (embeddings): output tokens cost nothing. */
    public boolean billedOnInputOnly() {
        return EMBEDDING.equals(kind);
    }

    /** True when the prices come from the sheet's size bands rather than from the model itself. */
    public boolean priceDerived() {
        return priceBand != null;
    }

    /** A builder for a model with this id; see {@link Builder} for the defaults. */
    public static Builder builder(String id) {
        return new Builder().id(id);
    }

    /** A builder holding every field of this model, to change some of them. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .prices(input, output)
                .cachedInput(cachedInput)
                .pinnedCredits(pinnedCredits)
                .family(family)
                .active(active)
                .free(free)
                .tags(tags)
                .params(params)
                .moe(moe)
                .kind(kind)
                .source(source)
                .note(note)
                .priceBand(priceBand)
                .aliases(aliases)
                .cacheWrite(cacheWrite)
                .tiers(tiers)
                .history(history)
                .upstream(upstream);
    }

    /**
     * Builds a model field by field; {@link #build()} validates as the constructor does. A field
     * not set takes what a sheet that omits it means: no price, not pinned, active, not free, no
     * tags, the default kind, no aliases, tiers, history or upstream ids.
     */
    public static final class Builder {
        private String id;
        private BigDecimal input;
        private BigDecimal output;
        private BigDecimal cachedInput;
        private Integer pinnedCredits;
        private String family;
        private boolean active = true;
        private boolean free;
        private List<String> tags = List.of();
        private BigDecimal params;
        private boolean moe;
        private String kind;
        private String source;
        private String note;
        private SizeBand priceBand;
        private List<String> aliases = List.of();
        private BigDecimal cacheWrite;
        private List<PriceTier> tiers = List.of();
        private List<PricePeriod> history = List.of();
        private UpstreamIds upstream = UpstreamIds.NONE;

        private Builder() {}

        public Builder id(String value) {
            id = value;
            return this;
        }

        /** $ per 1M input and output tokens. */
        public Builder prices(BigDecimal inputPrice, BigDecimal outputPrice) {
            input = inputPrice;
            output = outputPrice;
            return this;
        }

        public Builder cachedInput(BigDecimal value) {
            cachedInput = value;
            return this;
        }

        public Builder pinnedCredits(Integer value) {
            pinnedCredits = value;
            return this;
        }

        public Builder family(String value) {
            family = value;
            return this;
        }

        public Builder active(boolean value) {
            active = value;
            return this;
        }

        public Builder free(boolean value) {
            free = value;
            return this;
        }

        public Builder tags(List<String> value) {
            tags = value;
            return this;
        }

        public Builder params(BigDecimal value) {
            params = value;
            return this;
        }

        public Builder moe(boolean value) {
            moe = value;
            return this;
        }

        public Builder kind(String value) {
            kind = value;
            return this;
        }

        public Builder source(String value) {
            source = value;
            return this;
        }

        public Builder note(String value) {
            note = value;
            return this;
        }

        public Builder priceBand(SizeBand value) {
            priceBand = value;
            return this;
        }

        public Builder aliases(List<String> value) {
            aliases = value;
            return this;
        }

        public Builder cacheWrite(BigDecimal value) {
            cacheWrite = value;
            return this;
        }

        public Builder tiers(List<PriceTier> value) {
            tiers = value;
            return this;
        }

        public Builder history(List<PricePeriod> value) {
            history = value;
            return this;
        }

        public Builder upstream(UpstreamIds value) {
            upstream = value;
            return this;
        }

        public ModelEntry build() {
            return new ModelEntry(
                    id,
                    input,
                    output,
                    cachedInput,
                    pinnedCredits,
                    family,
                    active,
                    free,
                    tags,
                    params,
                    moe,
                    kind,
                    source,
                    note,
                    priceBand,
                    aliases,
                    cacheWrite,
                    tiers,
                    history,
                    upstream);
        }
    }
}
