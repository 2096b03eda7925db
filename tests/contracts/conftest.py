"""Fixtures of the port contracts: every test runs once per backend in backends.BACKENDS."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.contracts.backends import BACKENDS, KGD, Backend


@pytest.fixture(params=sorted(BACKENDS))
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Backend:
    """A backend over a fresh database."""
    return BACKENDS[request.param](tmp_path)


@pytest.fixture
async def store(backend: Backend) -> AsyncIterator[Any]:
    """A store of `backend` in the Kaliningrad zone; each test narrows it to its port."""
    opened = await backend.open(KGD)
    yield opened
    await opened.close()
