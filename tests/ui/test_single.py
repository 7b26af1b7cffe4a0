"""One window per vault: a second start brings the first window to the front."""

from __future__ import annotations

from crmdesk.ui.single import OneWindowPerVault


def test_a_second_start_on_the_same_vault_raises_the_first_and_ends(qtbot, tmp_path, capsys):
    from crmdesk.ui.app import run_desktop

    folder = tmp_path / "shop.crmvault"
    raised = []
    first = OneWindowPerVault()
    assert first.listen(folder, lambda: raised.append("shop"))
    assert run_desktop(vault_path=str(folder)) == 0  # the second start: no unlock window, no second window
    qtbot.waitUntil(lambda: raised == ["shop"], timeout=5000)
    assert "already has" in capsys.readouterr().out
    other = OneWindowPerVault()
    assert other.listen(tmp_path / "other.crmvault", lambda: raised.append("other"))  # another vault: its own
    first.close()
    other.close()


def test_a_socket_left_by_a_crashed_start_is_taken_over(qtbot, tmp_path):
    import socket

    from crmdesk.ui.single import server_address

    folder = tmp_path / "shop.crmvault"
    left = server_address(folder)
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(left)  # a crmdesk killed while listening leaves its socket file, which nobody answers
    crashed.close()
    assert not OneWindowPerVault.ask_the_open_one(folder)
    fresh = OneWindowPerVault()
    assert fresh.listen(folder, lambda: None)
    assert OneWindowPerVault.ask_the_open_one(folder)
    fresh.close()


def test_another_users_file_cannot_keep_the_window_from_opening(qtbot, tmp_path, monkeypatch):
    """The sockets live in a folder of this user's own: a file or socket that another
    user left in the shared temporary folder under the vault's name changes nothing, and a
    folder of ours that others could enter is not used."""
    import os
    import shutil
    import tempfile
    from pathlib import Path

    from crmdesk.ui.single import private_folder, server_address, server_name

    run = Path(tempfile.mkdtemp(prefix="run-"))  # short, as /run/user/UID is: socket paths are short
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(run))
    folder = tmp_path / "shop.crmvault"
    squatted = os.path.join(tempfile.gettempdir(), server_name(folder))
    open(squatted, "w").close()  # what another user can do in /tmp
    try:
        assert server_address(folder) == str(run / "crmdesk" / server_name(folder))
        assert not OneWindowPerVault.ask_the_open_one(folder)
        first = OneWindowPerVault()
        assert first.listen(folder, lambda: None) and OneWindowPerVault.ask_the_open_one(folder)
        first.close()
    finally:
        os.unlink(squatted)
    (run / "crmdesk").chmod(0o777)  # a folder others may enter is not trusted
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    tempfile.tempdir = None
    try:
        assert private_folder() == tmp_path / "tmp" / f"crmdesk-{os.getuid()}"
        assert (tmp_path / "tmp" / f"crmdesk-{os.getuid()}").stat().st_mode & 0o777 == 0o700
    finally:
        tempfile.tempdir = None
        shutil.rmtree(run)
