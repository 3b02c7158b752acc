package com.llmresale.pricing.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.llmresale.pricing.cli.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's {@code premium.users} give those users the premium limits, as {@code --premium}
 * does: balanced allows 2 requests a minute, a premium user 4; user_001 makes 3 in one minute.
 */
class UsagePremiumListTest {
    @TempDir Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.writeString(
                dir.resolve("logs.csv"),
                """
                request_id,startTime,model,custom_llm_provider,user,prompt_tokens,completion_tokens
                r1,2025-11-01 10:00:01,claude-haiku-4-5-20251001,anthropic,user_001,10,5
                r2,2025-11-01 10:00:02,claude-haiku-4-5-20251001,anthropic,user_001,10,5
                r3,2025-11-01 10:00:03,claude-haiku-4-5-20251001,anthropic,user_001,10,5
                r4,2025-11-01 10:00:04,claude-haiku-4-5-20251001,anthropic,user_002,10,5
                """);
        Files.createDirectories(dir.resolve("scenarios"));
    }

    private void scenario(String premium) throws IOException {
        String balanced = Files.readString(Cli.PROJECT.resolve("scenarios/balanced.yaml"));
        assertThat(balanced).contains("premium:\n  limit_factor: 2\n");
        Files.writeString(
                dir.resolve("scenarios/balanced.yaml"),
                balanced.replace(
                        "premium:\n  limit_factor: 2\n",
                        "premium:\n  limit_factor: 2\n" + premium));
    }

    private Cli usage(String... extra) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "--sheets",
                                UsageSeed004Test.SHEETS,
                                "--scenarios",
                                dir.resolve("scenarios").toString(),
                                "usage",
                                "logs.csv",
                                "--scenario",
                                "balanced",
                                "-f",
                                "json"));
        args.addAll(List.of(extra));
        return Cli.run(dir, args.toArray(String[]::new));
    }

    private static List<String> breaches(Cli cli) throws IOException {
        JsonNode report = UsageSeed004Test.JSON.readTree(cli.out());
        List<String> out = new ArrayList<>();
        report.get("breaches")
                .forEach(
                        b ->
                                out.add(
                                        b.get("user").asText()
                                                + " "
                                                + b.get("limit").asText()
                                                + " "
                                                + b.get("used").asText()
                                                + "/"
                                                + b.get("cap").asText()
                                                + (b.get("premium").asBoolean()
                                                        ? " premium"
                                                        : "")));
        return out;
    }

    @Test
    void theScenariosPremiumUsersGetThePremiumLimits() throws IOException {
        scenario("");
        assertThat(breaches(usage().assertOk()))
                .containsExactly("user_001 requests_per_minute 3/2");

        scenario("  users: [user_001]\n");
        Cli fromFile = usage().assertOk();
        assertThat(breaches(fromFile)).isEmpty();
        JsonNode users = UsageSeed004Test.JSON.readTree(fromFile.out()).get("users");
        users.forEach(
                u ->
                        assertThat(u.get("premium").asBoolean())
                                .as(u.toString())
                                .isEqualTo(u.get("user").asText().equals("user_001")));
    }

    @Test
    void theListAndTheOptionAddUp() throws IOException {
        scenario("  users: [user_002]\n");
        assertThat(breaches(usage().assertOk()))
                .containsExactly("user_001 requests_per_minute 3/2");
        assertThat(breaches(usage("--premium", "user_001").assertOk())).isEmpty();
    }

    @Test
    void aBadListIsOneLineNamingFileAndField() throws IOException {
        scenario("  users: [user_001, user_001]\n");
        Cli twice = usage().assertError(1);
        assertThat(twice.err())
                .contains("balanced.yaml")
                .contains("premium.users")
                .contains("user_001' twice");

        scenario("  users: [\" user_001\"]\n");
        assertThat(usage().assertError(1).err())
                .contains("premium.users")
                .contains("spaces at its start or end");

        scenario("  users: {a: 1}\n");
        assertThat(usage().assertError(1).err())
                .contains("premium")
                .contains("users")
                .contains("expected a list");
    }
}
