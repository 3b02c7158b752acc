#!/usr/bin/env python3
"""Independent calculator for `pricing estimate`: writes the expected costs of a few hundred
workloads on the real genai-prices catalog as a CSV fixture for EstimateAgreesWithIndependentCalculatorTest.

It shares no code with the Java tool: it reads the sheets with a tiny line parser (the converted
genai-prices sheets are regular: `- id:` then indented `input:`, `output:`, `cached_input:`), keeps
every price as the decimal text of the file, and computes with Python's `decimal` module:

    input_usd  = (input_tokens - cached_input_tokens) * input / 10^6
                 + cached_input_tokens * (cached_input, else input) / 10^6
    output_usd = output_tokens * output / 10^6
    total_usd  = input_usd + output_usd

Regenerate (from the project root) after the catalog copy changes:

    python3 src/test/python/estimate_fixture.py src/test/resources/genai-prices \
        > src/test/resources/estimate-fixture.csv

The cases are drawn from a fixed seed, so the output is the same on every run.
"""
import csv
import decimal
import os
import random
import sys

decimal.getcontext().prec = 60  # far more digits than any case needs: every result is exact
MILLION = decimal.Decimal(1000000)
CASES_PER_PROVIDER = 10


def parse_sheet(path):
    provider, models, current = None, [], None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.split(" #", 1)[0].rstrip("\n").rstrip()
            if not line or line.lstrip().startswith("#"):
                continue
            if line.startswith("provider:"):
                provider = line.split(":", 1)[1].strip().strip("'\"")
            elif line.startswith("- id:"):
                current = {"id": line.split(":", 1)[1].strip().strip("'\"")}
                models.append(current)
            elif current is not None and line.startswith("  ") and ":" in line:
                key, value = (part.strip() for part in line.split(":", 1))
                if key in ("input", "output", "cached_input"):
                    current[key] = decimal.Decimal(value.strip("'\""))
    return provider, models


def plain(d):
    """A decimal as plain text, without exponent and without trailing zeros."""
    text = format(d.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def cost(model, input_tokens, output_tokens, cached):
    cached_price = model.get("cached_input", model["input"])
    input_usd = (decimal.Decimal(input_tokens - cached) * model["input"]
                 + decimal.Decimal(cached) * cached_price) / MILLION
    output_usd = decimal.Decimal(output_tokens) * model["output"] / MILLION
    return input_usd, output_usd, input_usd + output_usd


def main(folder):
    rng = random.Random(20260821)
    sheets = sorted(f for f in os.listdir(folder) if f.endswith(".yaml"))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["provider", "model", "input_tokens", "output_tokens", "cached_input_tokens",
                  "input_usd", "output_usd", "total_usd"])
    for name in sheets:
        provider, models = parse_sheet(os.path.join(folder, name))
        priced = [m for m in models if "input" in m and "output" in m]
        with_cache = [m for m in priced if "cached_input" in m]
        for i in range(CASES_PER_PROVIDER):
            # Two cases in three on a model with a cached price, when the provider has one.
            pool = with_cache if (i % 3 != 1 and with_cache) else priced
            model = rng.choice(pool)
            kind = i % 5
            if kind == 0:
                input_tokens, output_tokens = 1000000, 1000000
            elif kind == 1:
                input_tokens, output_tokens = rng.randint(0, 999), rng.randint(0, 999)
            elif kind == 2:
                input_tokens, output_tokens = rng.randint(1, 200000), rng.randint(1, 20000)
            elif kind == 3:
                input_tokens, output_tokens = rng.randint(1, 10**10), rng.randint(0, 10**9)
            else:
                input_tokens, output_tokens = 123457, rng.randint(0, 5000)
            cached = 0 if i % 4 == 3 else rng.randint(0, input_tokens)
            input_usd, output_usd, total_usd = cost(model, input_tokens, output_tokens, cached)
            out.writerow([provider, model["id"], input_tokens, output_tokens, cached,
                          plain(input_usd), plain(output_usd), plain(total_usd)])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/genai-prices")
