// Every table model of the workbench under Qt's QAbstractItemModelTester while the document goes through the
// edits that reshape or repaint it: slider steps, importance, custom models added, renamed, edited and removed,
// undo, a profile reset. The tester checks each model's answers and the consistency of every signal it emits.
#include "model_view_state.h"
#include "models/activity_table_model.h"
#include "models/dimension_list_model.h"
#include "models/fit_table_model.h"
#include "models/importance_model.h"
#include "profile_document.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>
#include <memory>
#include <vector>

using namespace splitbench;
using namespace splitbench::gui;

namespace {

/// Collects the warnings QAbstractItemModelTester reports (its Warning mode), so a failure names the check.
class TesterWarnings {
public:
    TesterWarnings() : m_previous(qInstallMessageHandler(&TesterWarnings::handle)) { s_messages.clear(); }
    ~TesterWarnings() { qInstallMessageHandler(m_previous); }
    [[nodiscard]] QStringList messages() const { return s_messages; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type != QtDebugMsg && type != QtInfoMsg && context.category &&
            QByteArray(context.category).contains("modeltest"))
            s_messages << message;
    }
    static inline QStringList s_messages;
    QtMessageHandler m_previous;
};

TEST(TableModels, PassQAbstractItemModelTesterThroughEveryKindOfEdit)
{
    TesterWarnings warnings;
    ProfileDocument document(Catalogue::builtIn());
    ModelViewState viewState(&document);

    FitTableModel fit(&document);
    QSortFilterProxyModel sortedFit;
    sortedFit.setSourceModel(&fit);
    sortedFit.setSortRole(FitTableModel::SortRole);
    sortedFit.setDynamicSortFilter(true);
    sortedFit.sort(FitTableModel::FirstModelColumn, Qt::DescendingOrder);
    ImportanceModel importance(&document);
    DimensionListModel dimensions(&document, &viewState);
    ActivityTableModel builtInActivities(&document, 0, 0);
    std::unique_ptr<ActivityTableModel> customActivities;

    const auto mode = QAbstractItemModelTester::FailureReportingMode::Warning;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *model :
         std::initializer_list<QAbstractItemModel *>{&fit, &sortedFit, &importance, &dimensions, &builtInActivities})
        testers.push_back(std::make_unique<QAbstractItemModelTester>(model, mode));

    for (int step = 0; step < 20; ++step)
        document.setTrait(0, step * 5.0, 1); // one drag
    ASSERT_TRUE(importance.setData(importance.index(3, ImportanceModel::ImportanceColumn), 4.0, Qt::EditRole));
    const int custom = document.duplicateModel(1, QStringLiteral("Acme MSP proposal"));
    ASSERT_EQ(custom, 2);
    customActivities = std::make_unique<ActivityTableModel>(&document, custom, 0);
    testers.push_back(std::make_unique<QAbstractItemModelTester>(customActivities.get(), mode));
    EXPECT_TRUE(
        customActivities->setData(customActivities->index(0, ActivityTableModel::ShareColumn), 95.0, Qt::EditRole));
    EXPECT_TRUE(customActivities->setData(customActivities->index(0, ActivityTableModel::OwnerColumn),
                                          static_cast<int>(Owner::Internal), Qt::EditRole));
    customActivities->setDimension(4);
    viewState.setVisible(0, false);
    document.renameCustomModel(custom, QStringLiteral("Acme, revised"));
    document.undoStack()->undo();
    document.undoStack()->redo();
    document.resetToDefaults();
    document.removeCustomModel(custom);
    document.undoStack()->undo(); // the model comes back
    document.newProfile();

    EXPECT_TRUE(warnings.messages().isEmpty()) << warnings.messages().join(u'\n').toStdString();
}

} // namespace
