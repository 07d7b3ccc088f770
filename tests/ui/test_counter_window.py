"""ux.md "Minimum window 1280×720": every column that carries a safety warning is visible (issue 15 item 10).

Renders every tab of the real main window, on the demo salon, at 1280×720 and checks the
geometry of the Warnings and Technician columns of every list shown.
"""

# ruff: noqa: F811 - pytest fixtures imported from other test modules are parameters here
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from salondesk.ui.context import AppContext
from salondesk.ui.main_window import MainWindow
from salondesk.ui.tabs.reception_tab import ReceptionTab
from salondesk.ui.tasks import TaskRunner
from tests.ui.test_mnemonics import demo_ctx  # noqa: F401 - fixture

SAFETY_COLUMNS = {"Warnings"}  # every list
COUNTER_COLUMNS = {"Warnings", "Technician"}  # the reception tab: who serves is part of getting it right


def cut_off_columns(view: QTableView, wanted: set[str]) -> list[str]:
    """Columns of ``view`` titled as in ``wanted`` that are not wholly inside its viewport."""
    model = view.model()
    width = view.viewport().width()
    problems = []
    for column in range(model.columnCount()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        if title not in wanted:
            continue
        left = view.columnViewportPosition(column)
        right = left + view.columnWidth(column)
        if view.isColumnHidden(column) or left < 0 or right > width + 1 or view.columnWidth(column) < 40:
            problems.append(f"{title} [{left}, {right}] of {width}")
    return problems


def logged_in_window(qtbot, ctx: AppContext, tasks: TaskRunner) -> MainWindow:
    """The real main window at its minimum size, the context's user logged in."""
    actor = ctx.actor
    ctx.actor = None
    window = MainWindow(ctx, tasks, None)
    qtbot.addWidget(window)
    assert window.minimumSize().width() == 1280 and window.minimumSize().height() == 720
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert actor is not None
    window.start_session(actor)
    return window


def test_every_tab_shows_its_safety_columns_at_1280_by_720(qtbot, demo_ctx: AppContext) -> None:
    tasks = TaskRunner()
    window = logged_in_window(qtbot, demo_ctx, tasks)
    checked = 0
    problems: dict[str, list[str]] = {}
    for index in range(window.tab_widget.count()):
        window.tab_widget.setCurrentIndex(index)
        tab = window.tab_widget.widget(index)
        QApplication.processEvents()
        if hasattr(tab, "refresh"):
            tab.refresh()
        QApplication.processEvents()
        for view in tab.findChildren(QTableView):
            if not view.isVisible() or view.model() is None:
                continue
            wanted = COUNTER_COLUMNS if isinstance(tab, ReceptionTab) else SAFETY_COLUMNS
            titles = {view.model().headerData(c, Qt.Orientation.Horizontal) for c in range(view.model().columnCount())}
            if titles & wanted:
                checked += 1
            found = cut_off_columns(view, wanted)
            if found:
                problems[f"{window.tab_widget.tabText(index)} / {view.objectName() or type(view.model()).__name__}"] = (
                    found
                )
    window.close()
    tasks.wait_idle(10_000)
    QApplication.processEvents()  # the tabs' background results land now, while their widgets exist
    assert checked >= 3  # the check-in list, the queue and the in-service list at least
    assert not problems, problems


def test_the_complaints_chip_is_in_the_status_bar_from_login_on(qtbot, demo_ctx: AppContext) -> None:
    """Tabs are built when first shown, but one that speaks in the status bar is built at login."""
    from salondesk.ui.tabs.complaints_tab import ComplaintsTab

    tasks = TaskRunner()
    window = logged_in_window(qtbot, demo_ctx, tasks)
    QApplication.processEvents()
    built = [window.tab_widget.widget(i) for i in range(window.tab_widget.count())]
    complaints = next(page for page in built if isinstance(page, ComplaintsTab))
    assert window.tab_widget.currentWidget() is not complaints  # never shown, still there
    assert window.statusBar().isAncestorOf(complaints.status_chip)
    window.close()
    tasks.wait_idle(10_000)
    QApplication.processEvents()
