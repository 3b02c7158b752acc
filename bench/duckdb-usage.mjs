// The grouping `pricing usage` does, in DuckDB: per user, team, provider, model, model_group and
// day, with cached tokens from the metadata JSON; prints the group count and the spend total.
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
const reader = await db.runAndReadAll(`
  WITH r AS (
    SELECT coalesce(nullif("user", ''), 'key:' || api_key) AS u, team_id, custom_llm_provider, model, model_group,
           CAST("startTime" AS DATE) AS day, status = 'failure' AS failed, prompt_tokens, completion_tokens,
           coalesce(CAST(json_extract(metadata, '$.usage_object.prompt_tokens_details.cached_tokens') AS BIGINT), 0) AS cached,
           CAST(spend AS DECIMAL(38, 15)) AS spend, request_duration_ms
    FROM read_csv('${file}', header = true, auto_detect = true))
  SELECT count(*) AS groups, sum(n) AS requests, sum(s) AS spend FROM (
    SELECT u, team_id, custom_llm_provider, model, model_group, day, count(*) AS n, sum(prompt_tokens) AS p,
           sum(completion_tokens) AS c, sum(cached) AS k, sum(spend) AS s, sum(request_duration_ms) AS d
    FROM r GROUP BY ALL)`);
console.log('   ', JSON.stringify(reader.getRowObjectsJson()));
