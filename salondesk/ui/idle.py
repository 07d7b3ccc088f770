"""Auto-lock: notice when nobody has touched the keyboard or mouse for a while."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

# Events that mean a person is at the counter.
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """An app-wide event filter plus a single-shot timer; emits :attr:`idle` once per quiet spell.

    The interval is given in milliseconds so tests can use a short one; the app
    passes ``idle_lock_minutes * 60_000``. Wall time is fine here: the lock is a
    convenience, not a record.
    """

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_interval(interval_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_interval(self, interval_ms: int) -> None:
        """Change the quiet time (e.g. after Settings changed) and start counting again."""
        self._timer.setInterval(max(1, interval_ms))
        if self._timer.isActive():
            self._timer.start()

    def interval(self) -> int:
        """The quiet time in milliseconds."""
        return self._timer.interval()

    def start(self) -> None:
        """Begin watching (after a login)."""
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (while locked: the login screen is showing)."""
        self._timer.stop()

    def is_watching(self) -> bool:
        """True while counting towards a lock."""
        return self._timer.isActive()

    def poke(self) -> None:
        """Someone did something: start the quiet time over."""
        if self._timer.isActive():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the countdown on any keyboard, mouse or touch input; never swallow events."""
        if event.type() in _ACTIVITY:
            self.poke()
        return False

    def dispose(self) -> None:
        """Remove the filter (window closing, tests)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
