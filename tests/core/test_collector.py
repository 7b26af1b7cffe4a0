"""The cycle collector is paused for a bulk job and comes back as it was."""

from __future__ import annotations

import gc

import pytest

from crmdesk.core import collector


def test_paused_restores_the_collector_even_after_an_error():
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with collector.paused():
            assert not gc.isenabled()
            raise RuntimeError("stop")
    assert gc.isenabled()


def test_nested_pauses_keep_it_off_until_the_outer_one_ends():
    with collector.paused():
        with collector.paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
