"""Where windows open: sized to fit the screen they open on and never off it;
the main window as the user left it on that screen.

A laptop at 1024×700 and a desk at 1920×1080 both get a whole window, with
its buttons on screen. The main window's size and place are remembered per
screen (by the screen's name and size), so moving between a docked and an
undocked laptop puts it back where it was on each.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSettings
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# Room the window system's title bar and frame take around a window (the
# geometry Qt sizes is the inside).
FRAME_WIDTH, FRAME_HEIGHT = 8, 32


def screen_for(window: QWidget) -> QScreen:
    """The screen a window is on, or opens on: its parent's, else the one
    under the mouse, else the primary one."""
    if window.isVisible():
        return window.screen()
    parent = window.parentWidget()
    if parent is not None and parent.isVisible():
        return parent.screen()
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


class _KeepOnScreenWhenShown(QObject):
    """A window sized before its layout was whole (``fit`` called early in ``__init__``) can grow to its
    layout's least size as it shows, in a language with long words, past the screen's edge: it is moved
    back inside then, once, keeping the size it has (and any size given it since)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            area = screen_for(watched).availableGeometry()
            if not area.contains(watched.frameGeometry()):
                _move_inside(watched, watched.geometry(), area)
        return False


def fit(window: QWidget, width: int, height: int) -> None:
    """Size ``window`` to (width, height), shrunk to the screen's free area,
    and centre it over its parent, or on the screen; never off it."""
    _fit(window, width, height)
    if not window.isVisible():
        window.installEventFilter(_KeepOnScreenWhenShown(window))


def _fit(window: QWidget, width: int, height: int) -> None:
    area = screen_for(window).availableGeometry()
    least = window.minimumSizeHint()  # a language with long words may need more than asked for
    window.resize(min(max(width, least.width()), area.width() - FRAME_WIDTH),
                  min(max(height, least.height()), area.height() - FRAME_HEIGHT))
    parent = window.parentWidget()
    centre = parent.frameGeometry().center() if parent is not None and parent.isVisible() else area.center()
    rect = QRect(0, 0, window.width(), window.height())
    rect.moveCenter(centre)
    _move_inside(window, rect, area)


def _move_inside(window: QWidget, rect: QRect, area: QRect) -> None:
    x = max(area.left(), min(rect.left(), area.right() - rect.width() - FRAME_WIDTH + 1))
    y = max(area.top(), min(rect.top(), area.bottom() - rect.height() - FRAME_HEIGHT + 1))
    window.move(x, y)


def _key(window: QWidget, name: str) -> str:
    screen = screen_for(window)
    size = screen.geometry().size()
    return f"windows/{name}/{screen.name() or 'screen'}-{size.width()}x{size.height()}"


def restore(window: QWidget, name: str, width: int, height: int) -> None:
    """Put ``window`` where the user left it on this screen, if that is still
    on it; else ``fit`` it at (width, height)."""
    saved = QSettings().value(_key(window, name))
    area = screen_for(window).availableGeometry()
    if saved is not None and window.restoreGeometry(saved):
        frame = window.geometry()
        if area.contains(frame.center()) and frame.width() <= area.width() and frame.height() <= area.height():
            _move_inside(window, frame, area)
            return
    fit(window, width, height)


def remember(window: QWidget, name: str) -> None:
    """Keep the window's size and place for the screen it is on."""
    if not window.isMinimized():
        QSettings().setValue(_key(window, name), window.saveGeometry())
