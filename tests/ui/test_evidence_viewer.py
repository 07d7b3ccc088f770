"""The in-app evidence viewer: photos and PDF pages, in both languages, nothing handed to the system."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from salondesk.services import attachments
from salondesk.ui.dialogs.evidence_viewer import EvidenceViewer
from salondesk.ui.i18n import install_translators
from tests.attachment_files import jpeg_bytes, pdf_bytes
from tests.ui.foundation import make_ctx  # noqa: F401 - fixture


@pytest.fixture
def ctx(make_ctx, owner):  # noqa: F811
    return make_ctx(owner)


@pytest.fixture
def chinese(qapp):
    install_translators("zh_CN", qapp)
    yield
    install_translators("en", qapp)


def test_a_photo_shows_in_chinese_with_qt_own_labels(qtbot, ctx, owner, clock, chinese) -> None:
    """Qt's own strings (the Close button, the JPEG reader) keep working under the Chinese catalogue."""
    digest = attachments.store(ctx.new_uow(), owner, clock, jpeg_bytes(1200, 900))
    viewer = EvidenceViewer(ctx, digest, "烫伤.jpg")
    qtbot.addWidget(viewer)
    assert viewer.ui.errorLabel.text() == "" and viewer.pages[0].width() == 1200
    assert viewer.windowTitle() == "证据：烫伤.jpg" and "JPEG 照片" in viewer.ui.infoLabel.text()
    assert viewer.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).text() != ""


def test_pdf_pages_are_rendered_and_the_owner_saves_an_audited_copy(
    qtbot, ctx, owner, clock, tmp_path, monkeypatch
) -> None:
    pdf = pdf_bytes(3)
    digest = attachments.store(ctx.new_uow(), owner, clock, pdf)
    viewer = EvidenceViewer(ctx, digest, "receipt.pdf")
    qtbot.addWidget(viewer)
    assert len(viewer.pages) == 3 and len(viewer.page_labels) == 3
    page = viewer.pages[0]
    assert page.width() == 893  # A4 (595.3 pt) at 108 dpi
    assert any(page.pixelColor(x, y).lightness() < 128 for x in range(100, 500, 2) for y in range(95, 130))  # text
    assert viewer.ui.saveButton.isVisibleTo(viewer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "copy"), ""))
    shown: list[str] = []
    monkeypatch.setattr("salondesk.ui.widgets.common.show_info", lambda _p, text, *a: shown.append(text))
    viewer.save_copy()
    assert (tmp_path / "copy.pdf").read_bytes() == pdf and shown and "copy.pdf" in shown[0]


def test_an_altered_file_is_not_shown(qtbot, ctx, owner, clock, engine) -> None:
    from salondesk.domain.attachments import Attachment

    digest = attachments.store(ctx.new_uow(), owner, clock, jpeg_bytes())
    with engine.begin() as conn:
        table = Attachment.__table__
        conn.execute(table.update().where(table.c.sha256 == digest).values(data=jpeg_bytes(colour="#000000")))
    viewer = EvidenceViewer(ctx, digest, "burn.jpg")
    qtbot.addWidget(viewer)
    assert viewer.pages == [] and "no longer matches its hash" in viewer.ui.errorLabel.text()
    assert not viewer.ui.saveButton.isEnabled() and not viewer.ui.zoomInButton.isEnabled()
