package com.llmresale.pricing.engine.usage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Epoch milliseconds to local milliseconds in one time zone, the offset cached between transitions.
 */
final class ZoneClock {
    private final ZoneRules rules;
    private long validFrom = Long.MAX_VALUE;
    private long validUntil = Long.MIN_VALUE;
    private long offsetMillis;

    ZoneClock(ZoneId zone) {
        this.rules = zone.getRules();
    }

    long local(long epochMillis) {
        if (epochMillis < validFrom || epochMillis >= validUntil) {
            Instant instant = Instant.ofEpochMilli(epochMillis);
            offsetMillis = rules.getOffset(instant).getTotalSeconds() * 1000L;
            ZoneOffsetTransition previous = rules.previousTransition(instant.plusMillis(1));
            ZoneOffsetTransition next = rules.nextTransition(instant);
            validFrom = previous == null ? Long.MIN_VALUE : previous.getInstant().toEpochMilli();
            validUntil = next == null ? Long.MAX_VALUE : next.getInstant().toEpochMilli();
        }
        return epochMillis + offsetMillis;
    }
}
