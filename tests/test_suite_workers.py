"""How ./run-tests.sh shares the suite between its workers (pytest-xdist, a worker per
core): the tests that use the PostgreSQL server must never run on two workers at once
(they share its schema, roles and settings), and a module's tests stay together."""

from __future__ import annotations

from tests.conftest import start_order, worker_scope


def test_the_server_tests_share_one_scope_and_the_others_go_by_module() -> None:
    scope = worker_scope
    server = [
        "tests/store/test_postgresql.py::test_migrations_run_step_by_step",
        "tests/team/test_collab_pg.py::test_my_cases",
        "tests/team/test_server_tls.py::test_x",  # the TLS test reloads the server
        "tests/ui/test_join_server.py::test_x",  # outside tests/team, through its fixtures
    ]
    assert {scope(nodeid) for nodeid in server} == {"postgresql"}
    assert scope("tests/test_bulk_objects.py::test_x") == "tests/test_bulk_objects.py"
    assert scope("tests/ui/test_startup_check.py::test_a[1]") == "tests/ui/test_startup_check.py"


def test_the_long_modules_are_handed_out_first_then_the_servers() -> None:
    """A minute-long module started last keeps one worker busy alone at the end."""
    assert start_order("tests/backup/test_restore_switch.py::test_x") == 0  # marked slow
    assert start_order("tests/inspection/test_pack_10k.py::test_x") == 0
    assert start_order("tests/team/test_collab_pg.py::test_my_cases") == 1
    assert start_order("tests/test_bulk_objects.py::test_x") == 2
