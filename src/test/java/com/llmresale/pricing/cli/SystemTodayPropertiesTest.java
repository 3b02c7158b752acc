package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * {@link SystemToday} reads the date through {@link TimeZone} instead of {@code java.time}'s zone
 * rules: it must give the date {@code LocalDate.ofInstant} gives, in every zone, at every instant
 * (daylight-saving changes, zones east and west of Greenwich, dates before 1970).
 */
class SystemTodayPropertiesTest {
    @Property(tries = 2000)
    void theDateIsJavaTimesDateInEveryZone(
            @ForAll @LongRange(min = -2_208_988_800_000L, max = 4_102_444_800_000L) long millis,
            @ForAll("zones") String zone) {
        LocalDate expected = LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneId.of(zone));

        assertThat(SystemToday.dateAt(millis, TimeZone.getTimeZone(zone))).isEqualTo(expected);
    }

    /**
     * The minutes around midnight and around a daylight-saving change, where an off-by-one shows.
     */
    @Property(tries = 500)
    void theDateTurnsAtLocalMidnight(
            @ForAll @LongRange(min = -180, max = 180) long minutesFromMidnight,
            @ForAll("zones") String zone) {
        ZoneId id = ZoneId.of(zone);
        long midnight = LocalDate.of(2026, 3, 29).atStartOfDay(id).toInstant().toEpochMilli();
        long millis = midnight + minutesFromMidnight * 60_000L;

        assertThat(SystemToday.dateAt(millis, TimeZone.getTimeZone(zone)))
                .isEqualTo(LocalDate.ofInstant(Instant.ofEpochMilli(millis), id));
    }

    @Example
    void aKnownInstant() {
        // 2026-11-30T23:30Z is already 1 December in Istanbul (UTC+3) and still 30 November in
        // New York (UTC-5)
        long millis = Instant.parse("2026-11-30T23:30:00Z").toEpochMilli();
        assertThat(SystemToday.dateAt(millis, TimeZone.getTimeZone("Europe/Istanbul")))
                .isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(SystemToday.dateAt(millis, TimeZone.getTimeZone("America/New_York")))
                .isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(SystemToday.dateAt(millis, TimeZone.getTimeZone("UTC")))
                .isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Provide
    Arbitrary<String> zones() {
        List<String> ids = ZoneId.getAvailableZoneIds().stream().sorted().toList();
        return Arbitraries.of(ids);
    }
}
