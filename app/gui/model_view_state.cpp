#include "model_view_state.h"

#include "profile_document.h"

namespace splitbench::gui {

ModelViewState::ModelViewState(ProfileDocument *document, QObject *parent) : QObject(parent), m_document(document) {}

namespace {
/// The id today's split is hidden under: no model id can start with '@'.
const QString kTodayId = QStringLiteral("@today");
} // namespace

bool ModelViewState::isVisible(int model) const
{
    if (model == ProfileDocument::kTodayModel)
        return m_document->hasToday() && !m_hidden.contains(kTodayId);
    if (model < 0 || model >= m_document->modelCount())
        return false;
    return !m_hidden.contains(m_document->catalogue().models[static_cast<size_t>(model)].id);
}

void ModelViewState::setVisible(int model, bool visible)
{
    if (model == ProfileDocument::kTodayModel) {
        if (m_hidden.contains(kTodayId) != visible)
            return;
        if (visible)
            m_hidden.remove(kTodayId);
        else
            m_hidden.insert(kTodayId);
        emit visibilityChanged();
        return;
    }
    if (model < 0 || model >= m_document->modelCount() || isVisible(model) == visible)
        return;
    const QString &id = m_document->catalogue().models[static_cast<size_t>(model)].id;
    if (visible)
        m_hidden.remove(id);
    else
        m_hidden.insert(id);
    emit visibilityChanged();
}

QStringList ModelViewState::hiddenIds() const
{
    QStringList ids(m_hidden.begin(), m_hidden.end());
    ids.sort();
    return ids;
}

void ModelViewState::setHiddenIds(const QStringList &ids)
{
    const QSet<QString> hidden(ids.begin(), ids.end());
    if (hidden == m_hidden)
        return;
    m_hidden = hidden;
    emit visibilityChanged();
}

void ModelViewState::setSelectedDimension(int dimension)
{
    if (dimension < 0 || dimension >= m_document->dimensionCount() || dimension == m_dimension)
        return;
    m_dimension = dimension;
    emit selectedDimensionChanged(dimension);
}

} // namespace splitbench::gui
