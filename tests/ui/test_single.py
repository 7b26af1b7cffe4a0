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

    from PySide6.QtCore import QDir

    from crmdesk.ui.single import server_name

    folder = tmp_path / "shop.crmvault"
    left = f"{QDir.tempPath()}/{server_name(folder)}"
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(left)  # a crmdesk killed while listening leaves its socket file, which nobody answers
    crashed.close()
    assert not OneWindowPerVault.ask_the_open_one(folder)
    fresh = OneWindowPerVault()
    assert fresh.listen(folder, lambda: None)
    assert OneWindowPerVault.ask_the_open_one(folder)
    fresh.close()
