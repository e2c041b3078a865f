#include "dialog_provider.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

namespace splitbench::gui {

bool DialogProvider::runDialog(QDialog *dialog)
{
    return dialog->exec() == QDialog::Accepted;
}

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("splitbench::gui::WidgetDialogProvider", text);
}
} // namespace

QString WidgetDialogProvider::openFileName(QWidget *parent, const QString &title, const QString &directory,
                                           const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QStringList WidgetDialogProvider::openFileNames(QWidget *parent, const QString &title, const QString &directory,
                                                const QString &filter)
{
    return QFileDialog::getOpenFileNames(parent, title, directory, filter);
}

QString WidgetDialogProvider::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                           const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

DialogProvider::SaveChoice WidgetDialogProvider::askSaveChanges(QWidget *parent, const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("Do you want to save the changes to %1?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Your changes will be lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

void WidgetDialogProvider::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse); // users copy the file and place into bug reports
    box.exec();
}

std::optional<QString> WidgetDialogProvider::askText(QWidget *parent, const QString &title, const QString &label,
                                                     const QString &initial)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

std::optional<int> WidgetDialogProvider::chooseItem(QWidget *parent, const QString &title, const QString &label,
                                                    const QStringList &items, int current)
{
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    if (!ok)
        return std::nullopt;
    return static_cast<int>(items.indexOf(item));
}

bool WidgetDialogProvider::setUpPrinter(QWidget *parent, QPrinter *printer)
{
    QPrintDialog dialog(printer, parent);
    dialog.setWindowTitle(tr("Print Report"));
    return dialog.exec() == QDialog::Accepted;
}

void WidgetDialogProvider::showPrintPreview(QWidget *parent, QPrinter *printer,
                                            const std::function<void(QPrinter *)> &paint)
{
    QPrintPreviewDialog dialog(printer, parent);
    dialog.setWindowTitle(tr("Print Preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
    dialog.exec();
}

DialogProvider::RecoveryChoice WidgetDialogProvider::askRestoreRecovery(QWidget *parent, const QString &documentName,
                                                                        const QString &savedAt)
{
    QMessageBox box(QMessageBox::Warning, tr("Recover unsaved changes"),
                    tr("Splitbench was not closed properly. A recovery copy of %1 with unsaved changes was kept, "
                       "saved on %2.")
                        .arg(documentName, savedAt),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Restore it to continue where you left off (it opens as an unsaved profile), or "
                              "discard it. If you close this box, you will be asked again at the next start."));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *later = box.addButton(tr("Ask &Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.setEscapeButton(later); // Escape must never throw work away
    box.exec();
    if (box.clickedButton() == restore)
        return RecoveryChoice::Restore;
    if (box.clickedButton() == discard)
        return RecoveryChoice::Discard;
    return RecoveryChoice::Later;
}

DialogProvider::ExternalChangeChoice WidgetDialogProvider::askExternalChange(QWidget *parent, const QString &fileName)
{
    QMessageBox box(
        QMessageBox::Warning, tr("File changed on disk"),
        tr("%1 was changed on disk by another program or window since you opened or saved it here.").arg(fileName),
        QMessageBox::NoButton, parent);
    box.setInformativeText(tr("Reload it and lose your changes, overwrite it with your version and lose the other "
                              "changes, or save your version under another name and keep both."));
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::DestructiveRole);
    QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::AcceptRole);
    QPushButton *saveAs = box.addButton(tr("Save &As…"), QMessageBox::ActionRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(saveAs); // the one answer that loses nothing
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == reload)
        return ExternalChangeChoice::Reload;
    if (box.clickedButton() == overwrite)
        return ExternalChangeChoice::Overwrite;
    if (box.clickedButton() == saveAs)
        return ExternalChangeChoice::SaveAs;
    return ExternalChangeChoice::Cancel;
}

} // namespace splitbench::gui
