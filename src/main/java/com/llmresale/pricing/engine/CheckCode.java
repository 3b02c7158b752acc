package com.llmresale.pricing.engine;

/**
 * What a {@link Check} is about. The names are the codes printed in every format (scripts match
 * them): keep them as they are.
 */
public enum CheckCode {
    // scenario: one cap against the next longer one of the same kind
    REQUESTS_MINUTE_VS_HOUR,
    REQUESTS_MINUTE_VS_DAY,
    REQUESTS_MINUTE_VS_MONTH,
    REQUESTS_HOUR_VS_DAY,
    REQUESTS_HOUR_VS_MONTH,
    REQUESTS_DAY_VS_MONTH,
    TOKENS_MINUTE_VS_HOUR,
    TOKENS_MINUTE_VS_DAY,
    TOKENS_MINUTE_VS_MONTH,
    TOKENS_HOUR_VS_DAY,
    TOKENS_HOUR_VS_MONTH,
    TOKENS_DAY_VS_MONTH,
    // scenario: token caps against request caps, budgets, peaks, the mix, the claim, the proxy
    TOKEN_CAPS_BIND,
    TOKEN_CAPS_ABOVE_REQUESTS,
    MAX_BUDGET_ABOVE_ALLOWANCE,
    PEAK_RPM,
    PEAK_TPM,
    PEAK_RPM_ONE_ALIAS,
    PEAK_TPM_ONE_ALIAS,
    MODEL_WORST_CASE_OVER_BUDGET,
    MIX_WEIGHTS_NOT_100,
    MIX_MODEL_INACTIVE,
    CAPACITY_CLAIM,
    WORST_CASE_OVER_BUDGET,
    WORST_CASE_WITHIN_BUDGET,
    PROXY_CAPS_NOT_ENFORCED,
    PROXY_MIX_BY_ALIAS,
    PROXY_SPEND_OVER_BUDGET,
    // scenario levers
    OUTPUT_CAP_ABOVE_AVERAGE,
    CACHE_PRICE_UNAVAILABLE,
    BATCH_UNAVAILABLE,
    // usage: the plan against the logs
    MORE_USERS_THAN_PLANNED,
    TOKENS_PER_REQUEST,
    TOKEN_SPLIT,
    COST_OVER_BUDGET,
    REQUESTS_PER_USER,
    TOKENS_PER_USER,
    USERS_OVER_LIMITS,
    MIX_SHARE,
    UNPRICED_MODELS
}
