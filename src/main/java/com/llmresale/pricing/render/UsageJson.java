package com.llmresale.pricing.render;

import static com.llmresale.pricing.render.UsageFormat.usd;

import com.llmresale.pricing.engine.Check;
import com.llmresale.pricing.engine.usage.UsageReport;
import com.llmresale.pricing.engine.usage.UsageReport.Breach;
import com.llmresale.pricing.engine.usage.UsageReport.DayLine;
import com.llmresale.pricing.engine.usage.UsageReport.ModelLine;
import com.llmresale.pricing.engine.usage.UsageReport.PlanLine;
import com.llmresale.pricing.engine.usage.UsageReport.Summary;
import com.llmresale.pricing.engine.usage.UsageReport.TeamLine;
import com.llmresale.pricing.engine.usage.UsageReport.Unpriced;
import com.llmresale.pricing.engine.usage.UsageReport.UserLine;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code pricing usage} as JSON with the contract's keys, USD exact with at least 6 decimals. */
final class UsageJson {
    private UsageJson() {}

    static Object json(UsageReport r) {
        UsageReport.Period p = r.period();
        List<Object> users = new ArrayList<>();
        for (UserLine u : r.users()) {
            users.add(
                    Json.obj(
                            "user",
                            u.user(),
                            "requests",
                            u.requests(),
                            "total_tokens",
                            u.totalTokens(),
                            "cost_usd",
                            usd(u.costUsd()),
                            "litellm_spend_usd",
                            usd(u.litellmSpendUsd()),
                            "credits",
                            u.credits(),
                            "failed_requests",
                            u.failedRequests(),
                            "prompt_tokens",
                            u.promptTokens(),
                            "completion_tokens",
                            u.completionTokens(),
                            "unpriced_requests",
                            u.unpricedRequests(),
                            "premium",
                            u.premium()));
        }
        List<Object> models = new ArrayList<>();
        for (ModelLine m : r.models()) {
            models.add(
                    Json.obj(
                            "provider",
                            m.provider(),
                            "model",
                            m.model(),
                            "requests",
                            m.requests(),
                            "prompt_tokens",
                            m.promptTokens(),
                            "completion_tokens",
                            m.completionTokens(),
                            "cost_usd",
                            usd(m.costUsd()),
                            "litellm_spend_usd",
                            usd(m.litellmSpendUsd()),
                            "credits",
                            m.credits(),
                            "cached_tokens",
                            m.cachedTokens(),
                            "cache_write_tokens",
                            m.cacheWriteTokens(),
                            "difference_usd",
                            usd(m.differenceUsd()),
                            "credits_per_request",
                            m.creditsPerRequest(),
                            "credits_source",
                            m.creditsSource(),
                            "model_groups",
                            m.modelGroups()));
        }
        List<Object> days = new ArrayList<>();
        for (DayLine d : r.days()) {
            days.add(
                    Json.obj(
                            "date",
                            d.date().toString(),
                            "requests",
                            d.requests(),
                            "total_tokens",
                            d.totalTokens(),
                            "cost_usd",
                            usd(d.costUsd()),
                            "over_alarm",
                            d.overAlarm(),
                            "litellm_spend_usd",
                            usd(d.litellmSpendUsd())));
        }
        List<Object> teams = new ArrayList<>();
        for (TeamLine t : r.teams()) {
            teams.add(
                    Json.obj(
                            "team",
                            t.team(),
                            "users",
                            t.users(),
                            "requests",
                            t.requests(),
                            "total_tokens",
                            t.totalTokens(),
                            "cost_usd",
                            usd(t.costUsd()),
                            "litellm_spend_usd",
                            usd(t.litellmSpendUsd()),
                            "credits",
                            t.credits()));
        }
        List<Object> breaches = new ArrayList<>();
        for (Breach b : r.breaches()) {
            boolean money = b.limit().endsWith("_usd");
            breaches.add(
                    Json.obj(
                            "user",
                            b.user(),
                            "limit",
                            b.limit(),
                            "window",
                            b.window(),
                            "used",
                            money ? usd(b.used()) : b.used(),
                            "cap",
                            money ? usd(b.cap()) : b.cap(),
                            "premium",
                            b.premium()));
        }
        List<Object> unpriced = new ArrayList<>();
        for (Unpriced u : r.unpriced()) {
            unpriced.add(
                    Json.obj(
                            "model",
                            u.model(),
                            "model_group",
                            u.modelGroup(),
                            "custom_llm_provider",
                            u.customLlmProvider(),
                            "requests",
                            u.requests(),
                            "litellm_spend_usd",
                            usd(u.litellmSpendUsd()),
                            "reason",
                            Words.ENGLISH.phrase(u.reason())));
        }
        Object plan = null;
        if (r.plan() != null) {
            List<Object> lines = new ArrayList<>();
            for (PlanLine l : r.plan().lines()) {
                lines.add(Json.obj("metric", l.metric(), "plan", l.plan(), "actual", l.actual()));
            }
            List<Object> checks = new ArrayList<>();
            for (Check c : r.plan().checks()) {
                checks.add(
                        Json.obj(
                                "severity",
                                c.severity().name(),
                                "code",
                                c.code().name(),
                                "message",
                                Words.ENGLISH.check(c)));
            }
            plan = Json.obj("scenario", r.plan().scenario(), "lines", lines, "checks", checks);
        }
        UsageReport.Reading reading = r.reading();
        return Json.obj(
                "period",
                        Json.obj(
                                "from",
                                p.from() == null ? null : p.from().toString(),
                                "to",
                                p.to() == null ? null : p.to().toString(),
                                "time_zone",
                                p.timeZone(),
                                "days",
                                p.days()),
                "summary", summary(r.summary()),
                "users", users,
                "models", models,
                "days", days,
                "breaches", breaches,
                "unpriced", unpriced,
                "teams", teams,
                "daily_alarm_usd",
                        r.dailyAlarmUsd() == null
                                ? null
                                : r.dailyAlarmUsd().setScale(6, RoundingMode.HALF_UP),
                "plan", plan,
                "reading",
                        Json.obj(
                                "rows",
                                reading.rows(),
                                "duplicates",
                                reading.duplicates(),
                                "skipped_bad_rows",
                                reading.skipped(),
                                "outside_period",
                                reading.outside()),
                "notes", r.notes().stream().map(Words.ENGLISH::phrase).toList(),
                "source", r.source());
    }

    static Map<String, Object> summary(Summary s) {
        return Json.obj(
                "users",
                s.users(),
                "requests",
                s.requests(),
                "failed_requests",
                s.failedRequests(),
                "success_rate_pct",
                s.successRatePct(),
                "prompt_tokens",
                s.promptTokens(),
                "completion_tokens",
                s.completionTokens(),
                "total_tokens",
                s.totalTokens(),
                "cost_usd",
                usd(s.costUsd()),
                "litellm_spend_usd",
                usd(s.litellmSpendUsd()),
                "credits",
                s.credits(),
                "avg_duration_s",
                s.avgDurationS(),
                "cost_per_user_usd",
                usd(s.costPerUserUsd()),
                "requests_per_user",
                s.requestsPerUser(),
                "cache_hit_rate_pct",
                s.cacheHitRatePct(),
                "cached_tokens",
                s.cachedTokens(),
                "cache_write_tokens",
                s.cacheWriteTokens(),
                "response_cache_hits",
                s.responseCacheHits(),
                "unpriced_requests",
                s.unpricedRequests(),
                "unpriced_litellm_spend_usd",
                usd(s.unpricedSpendUsd()));
    }
}
