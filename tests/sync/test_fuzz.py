"""Fuzz every endpoint from the published OpenAPI schema (schemathesis, in-process ASGI).

No input may produce a 5xx, and a body that violates the schema must be refused.
Authenticated endpoints get a real token, so generated bodies reach the handlers.
(The schemathesis pytest plugin does not load under this pytest, so the operations
are driven through their Hypothesis strategies directly.)
"""

from __future__ import annotations

import itertools

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import negative_data_rejection, not_a_server_error

from syncservice.app import build_app

MAX_EXAMPLES = 30


def test_api_never_fails_and_refuses_malformed_bodies(stations, server_engine):
    bearer = {"Authorization": f"Bearer {stations('FZ001').client.token.value}"}
    schema = schemathesis.openapi.from_asgi("/openapi.json", build_app(server_engine))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8
    statuses: list[int] = []
    modes = (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    for operation, mode in itertools.product(operations, modes):

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=MAX_EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        def fuzz(case: schemathesis.Case) -> None:
            response = case.call_and_validate(
                headers=bearer, checks=[not_a_server_error, negative_data_rejection]
            )
            statuses.append(response.status_code)

        try:
            fuzz()
        except Unsatisfiable:  # e.g. GET /sync/version has nothing to make invalid
            assert mode is GenerationMode.NEGATIVE
    assert len(statuses) > 200
    assert {200, 401, 403, 422} <= set(statuses)
