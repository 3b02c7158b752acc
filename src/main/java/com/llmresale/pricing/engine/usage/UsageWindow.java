package com.llmresale.pricing.engine.usage;

import com.llmresale.pricing.model.LimitPeriod;
import java.time.LocalDateTime;

/**
 * One user's requests and tokens in one calendar minute or hour (in the report's time zone).
 * Sources hand over only the windows above the lowest cap that could apply (the limit checks need
 * no others), so a month of minutes is never shipped.
 */
public record UsageWindow(
        String user, LimitPeriod period, LocalDateTime start, long requests, long tokens) {}
