"""What Claude triage costs: the price table by model family and the usage counters it is applied to.

Prices are estimates from Anthropic's public price list; the invoice is what counts.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Price:
    """USD per million tokens: input, output, cache write (5-minute TTL), cache read."""

    input: float
    output: float
    cache_write: float
    cache_read: float


# By model family: the first fragment found in the model name wins, and an unknown name is priced
# as Sonnet.
PRICES: tuple[tuple[str, Price], ...] = (
    ("opus-4-0", Price(15, 75, 18.75, 1.50)),
    ("opus-4-1", Price(15, 75, 18.75, 1.50)),
    ("opus-4-2025", Price(15, 75, 18.75, 1.50)),
    ("3-opus", Price(15, 75, 18.75, 1.50)),
    ("opus", Price(5, 25, 6.25, 0.50)),
    ("3-5-haiku", Price(0.80, 4, 1.00, 0.08)),
    ("3-haiku", Price(0.25, 1.25, 0.30, 0.03)),
    ("haiku", Price(1, 5, 1.25, 0.10)),
    ("sonnet", Price(3, 15, 3.75, 0.30)),
)


def price_of(model: str) -> tuple[str, Price]:
    return next(((f, p) for f, p in PRICES if f in model), ("sonnet (assumed)", PRICES[-1][1]))


COUNTERS = ("requests", "failed_requests", "invalid_answers", "input_tokens", "output_tokens",
            "cache_creation_input_tokens", "cache_read_input_tokens", "tokens", "result_cache_hits", "degraded")


def cost_usd(counts: Mapping[str, int], price: Price) -> float:
    usd = (counts["input_tokens"] * price.input + counts["output_tokens"] * price.output
           + counts["cache_creation_input_tokens"] * price.cache_write
           + counts["cache_read_input_tokens"] * price.cache_read) / 1_000_000
    return round(usd, 6)
