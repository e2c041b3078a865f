#include "gui_test_support.h"

#include <QDialog>

#include "model_panel.h"
#include "dimension_explorer.h"

#include "profile_document.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QSlider>
#include <QTest>

#include <gtest/gtest.h>

namespace splitbench::gui::test {

namespace {
template <typename T> T takeFront(std::deque<T> &queue, const char *what)
{
    if (queue.empty()) {
        ADD_FAILURE() << "unexpected dialog: " << what;
        return T{};
    }
    T value = queue.front();
    queue.pop_front();
    return value;
}
} // namespace

QString ScriptedDialogs::openFileName(QWidget *, const QString &, const QString &, const QString &)
{
    return takeFront(openAnswers, "open file");
}

QString ScriptedDialogs::saveFileName(QWidget *, const QString &, const QString &, const QString &)
{
    return takeFront(saveAnswers, "save file");
}

DialogProvider::SaveChoice ScriptedDialogs::askSaveChanges(QWidget *, const QString &)
{
    ++saveChangesQuestions;
    if (saveChoices.empty()) {
        ADD_FAILURE() << "unexpected dialog: save changes";
        return SaveChoice::Cancel;
    }
    return takeFront(saveChoices, "save changes");
}

void ScriptedDialogs::showError(QWidget *, const QString &, const QString &text)
{
    errors << text;
}

std::optional<QString> ScriptedDialogs::askText(QWidget *, const QString &, const QString &, const QString &)
{
    const QString answer = takeFront(textAnswers, "text");
    return answer.isNull() ? std::nullopt : std::optional<QString>(answer);
}

std::optional<int> ScriptedDialogs::chooseItem(QWidget *, const QString &, const QString &, const QStringList &, int)
{
    const int answer = takeFront(itemAnswers, "choose item");
    return answer < 0 ? std::nullopt : std::optional<int>(answer);
}

bool ScriptedDialogs::setUpPrinter(QWidget *, QPrinter *printer)
{
    const QString answer = takeFront(printAnswers, "print");
    if (answer.isNull())
        return false;
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(answer);
    return true;
}

void ScriptedDialogs::showPrintPreview(QWidget *, QPrinter *printer, const std::function<void(QPrinter *)> &paint)
{
    QPrintPreviewWidget preview(printer);
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, &preview, paint);
    preview.updatePreview();
    ++previews;
    previewPageCount = preview.pageCount();
}

bool ScriptedDialogs::runDialog(QDialog *dialog)
{
    if (dialogAnswers.empty()) {
        ADD_FAILURE() << "unexpected dialog: " << dialog->objectName().toStdString();
        return false;
    }
    const std::function<bool(QDialog *)> answer = dialogAnswers.front();
    dialogAnswers.pop_front();
    dialog->show(); // as exec() would: laid out and visible while the test looks at it
    const bool accepted = answer(dialog);
    dialog->hide();
    return accepted;
}

DialogProvider::RecoveryChoice ScriptedDialogs::askRestoreRecovery(QWidget *, const QString &documentName,
                                                                   const QString &savedAt)
{
    recoveryQuestions << documentName + QStringLiteral(" | ") + savedAt;
    if (recoveryChoices.empty()) {
        ADD_FAILURE() << "unexpected dialog: restore recovery copy";
        return RecoveryChoice::Later;
    }
    return takeFront(recoveryChoices, "restore recovery copy");
}

DialogProvider::ExternalChangeChoice ScriptedDialogs::askExternalChange(QWidget *, const QString &fileName)
{
    externalChangeQuestions << fileName;
    if (externalChangeChoices.empty()) {
        ADD_FAILURE() << "unexpected dialog: file changed on disk";
        return ExternalChangeChoice::Cancel;
    }
    return takeFront(externalChangeChoices, "file changed on disk");
}

Workbench::Workbench()
    : settings(std::make_unique<WorkbenchSettings>(dir.filePath(QStringLiteral("settings.ini")))),
      dialogs(std::make_shared<ScriptedDialogs>()), window(std::make_unique<MainWindow>(settings.get(), dialogs))
{
    window->resize(1400, 900);
    window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
}

Workbench::~Workbench()
{
    // Tests that leave changes behind must not be asked about them on the way out.
    window->document()->undoStack()->setClean();
    window.reset();
}

QString Workbench::path(const QString &fileName) const
{
    return dir.filePath(fileName);
}

QString Workbench::writeFile(const QString &fileName, const QByteArray &bytes) const
{
    const QString filePath = path(fileName);
    QFile file(filePath);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return filePath;
}

QSlider *Workbench::slider(const char *traitId) const
{
    auto *found = window->findChild<QSlider *>(QStringLiteral("traitSlider_") + QString::fromUtf8(traitId));
    EXPECT_NE(found, nullptr) << traitId;
    return found;
}

QPlainTextEdit *Workbench::note(const char *traitId) const
{
    auto *found = window->findChild<QPlainTextEdit *>(QStringLiteral("traitNote_") + QString::fromUtf8(traitId));
    EXPECT_NE(found, nullptr) << traitId;
    return found;
}

QAction *Workbench::action(const char *objectName) const
{
    auto *found = window->findChild<QAction *>(QString::fromUtf8(objectName));
    EXPECT_NE(found, nullptr) << objectName;
    return found;
}

int Workbench::traitIndex(const char *traitId) const
{
    return window->document()->baseCatalogue().traitIndex(QString::fromUtf8(traitId));
}

double Workbench::trait(const char *traitId) const
{
    return window->document()->profile().traits.at(static_cast<size_t>(traitIndex(traitId)));
}

ModelPanel *Workbench::panelOf(int model) const
{
    for (ModelPanel *panel : window->explorer()->panels())
        if (panel->serviceModel() == model)
            return panel;
    ADD_FAILURE() << "no panel for model " << model;
    return nullptr;
}

int Workbench::duplicateThroughMenu(int model, const QString &name)
{
    dialogs->itemAnswers.push_back(model);
    dialogs->textAnswers.push_back(name);
    action("actionDuplicateModel")->trigger();
    return window->document()->modelCount() - 1;
}

QString describeWidget(const QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(nothing)");
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += QStringLiteral(" \"%1\"").arg(widget->objectName());
    if (!widget->accessibleName().isEmpty())
        text += QStringLiteral(" (%1)").arg(widget->accessibleName());
    return text;
}

QByteArray toolOutput(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << program.toStdString();
    EXPECT_EQ(process.exitCode(), 0) << program.toStdString() << ": " << process.readAllStandardError().toStdString();
    return process.readAllStandardOutput();
}

} // namespace splitbench::gui::test
