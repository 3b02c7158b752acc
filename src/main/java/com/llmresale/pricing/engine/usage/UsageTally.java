package com.llmresale.pricing.engine.usage;

import com.llmresale.pricing.engine.CreditEngine;
import com.llmresale.pricing.engine.Phrase;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ModelKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prices each grouped cell at the sheets (our cost and the credits charged) and sums the cells by
 * user, model, day, team, user day and user month; cells no sheet prices are kept apart with the
 * reason.
 */
final class UsageTally {
    private final ModelResolver.Cached resolver;
    private final CreditEngine creditEngine;
    private final Map<ModelKey, Integer> published;
    final UsageAcc total = new UsageAcc();
    final Map<String, UsageAcc> users = new HashMap<>();
    final Map<ModelKey, UsageAcc> models = new HashMap<>();
    final Map<ModelKey, Integer> creditsPer = new HashMap<>();
    final Map<ModelKey, String> creditSource = new HashMap<>();
    final Map<LocalDate, UsageAcc> days = new TreeMap<>();
    final Map<String, UsageAcc> teams = new HashMap<>();
    final Map<String, Map<LocalDate, UsageAcc>> userDays = new HashMap<>();
    final Map<String, Map<YearMonth, UsageAcc>> userMonths = new HashMap<>();
    final Map<List<String>, UsageAcc> unpriced = new HashMap<>();
    final Map<List<String>, Phrase> unpricedWhy = new HashMap<>();
    long timed;
    long durationMs;
    long responseCacheHits;
    long writeTokensAtInput;

    UsageTally(
            ModelResolver.Cached resolver,
            CreditEngine creditEngine,
            Map<ModelKey, Integer> published) {
        this.resolver = resolver;
        this.creditEngine = creditEngine;
        this.published = published;
    }

    void add(UsageCell c) {
        ModelResolver.Resolution r = resolver.resolve(c.provider(), c.model(), c.modelGroup());
        BigDecimal cost = null;
        long credits = 0;
        if (r.found()) {
            ModelKey key = new ModelKey(r.sheet().provider(), r.model().id());
            Integer perRequest = creditsPer.computeIfAbsent(key, k -> credit(k, r.model()));
            credits =
                    perRequest == null
                            ? 0
                            : Math.multiplyExact(perRequest, c.requests() - c.failures());
            if (r.model().hasPrice()) {
                cost = c.cacheHit() ? BigDecimal.ZERO : cost(c, r.model());
                if (!c.cacheHit() && r.model().at(c.day()).cacheWrite() == null) {
                    writeTokensAtInput += c.cacheWriteTokens();
                }
                UsageAcc m = models.computeIfAbsent(key, k -> new UsageAcc());
                m.add(c, cost, credits);
                if (!c.modelGroup().isEmpty()) {
                    m.names.add(c.modelGroup());
                }
            }
        }
        if (cost == null) {
            List<String> key = List.of(c.model(), c.modelGroup(), c.provider());
            unpriced.computeIfAbsent(key, k -> new UsageAcc()).add(c, null, credits);
            unpricedWhy.putIfAbsent(
                    key,
                    r.found()
                            ? Phrase.of(
                                    "usage.why.no_price",
                                    r.sheet().provider(),
                                    r.model().id(),
                                    String.valueOf(r.model().noPriceReason()))
                            : r.reason());
        }
        if (c.cacheHit()) {
            responseCacheHits += c.requests();
        }
        total.add(c, cost, credits);
        users.computeIfAbsent(c.user(), k -> new UsageAcc()).add(c, cost, credits);
        days.computeIfAbsent(c.day(), k -> new UsageAcc()).add(c, cost, credits);
        if (!c.team().isEmpty()) {
            UsageAcc t = teams.computeIfAbsent(c.team(), k -> new UsageAcc());
            t.add(c, cost, credits);
            t.names.add(c.user());
        }
        userDays.computeIfAbsent(c.user(), k -> new HashMap<>())
                .computeIfAbsent(c.day(), k -> new UsageAcc())
                .add(c, cost, credits);
        userMonths
                .computeIfAbsent(c.user(), k -> new HashMap<>())
                .computeIfAbsent(YearMonth.from(c.day()), k -> new UsageAcc())
                .add(c, cost, credits);
        durationMs += c.durationMs();
        timed += c.timedRequests();
    }

    /**
     * The cost of a cell at the sheet prices in force on its day (the model's price history),
     * exact: cached reads at {@code cached_input}, cache writes at {@code cache_write}, each at the
     * input price where the sheet has none. Long-context tiers are per request and a cell sums
     * requests, so cells are priced at the base prices.
     */
    static BigDecimal cost(UsageCell c, ModelEntry sheetModel) {
        ModelEntry m = sheetModel.at(c.day());
        long plain = c.promptTokens() - c.cachedTokens() - c.cacheWriteTokens();
        BigDecimal cachedPrice = m.cachedInput() != null ? m.cachedInput() : m.input();
        BigDecimal writePrice = m.cacheWrite() != null ? m.cacheWrite() : m.input();
        BigDecimal micro =
                m.input()
                        .multiply(BigDecimal.valueOf(plain))
                        .add(writePrice.multiply(BigDecimal.valueOf(c.cacheWriteTokens())))
                        .add(cachedPrice.multiply(BigDecimal.valueOf(c.cachedTokens())))
                        .add(m.output().multiply(BigDecimal.valueOf(c.completionTokens())));
        return micro.movePointLeft(6);
    }

    private Integer credit(ModelKey key, ModelEntry model) {
        Integer p = published.get(key);
        if (p != null) {
            creditSource.put(key, "published");
            return p;
        }
        if (!CreditEngine.isPriceable(model)) {
            return null;
        }
        creditSource.put(key, "current");
        return creditEngine.price(model).credits();
    }
}
