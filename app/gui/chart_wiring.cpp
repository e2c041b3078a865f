#include "chart_wiring.h"

#include "model_view_state.h"
#include "profile_document.h"
#include "radar_accessibility.h"
#include "radar_chart.h"
#include "radar_view.h"
#include "workshop.h"

#include <QEvent>

namespace splitbench::gui {

ChartWiring::ChartWiring(ProfileDocument *document, ModelViewState *viewState, RadarView *radar, QObject *parent)
    : QObject(parent), m_document(document), m_viewState(viewState), m_radar(radar)
{
    RadarChart *chart = radar->radarChart();
    connect(document, &ProfileDocument::resultChanged, this, [this] {
        m_radar->radarChart()->setResult(m_document->result());
        updateToday();
        updateOverlay();
        announceRadarAxis(m_radar, QAccessible::DescriptionChanged);
    });
    connect(document, &ProfileDocument::modelsChanged, this, &ChartWiring::modelsChanged);
    connect(document, &ProfileDocument::editedParticipantChanged, this, &ChartWiring::updateOverlay);
    connect(document, &ProfileDocument::participantsChanged, this, &ChartWiring::updateOverlay);
    connect(viewState, &ModelViewState::visibilityChanged, this, &ChartWiring::applyModelVisibility);
    connect(viewState, &ModelViewState::selectedDimensionChanged, this, [this](int dimension) {
        m_radar->radarChart()->setSelectedDimension(dimension);
        announceRadarAxis(m_radar, QAccessible::Focus); // only while the user is on the chart
    });

    radar->installEventFilter(this);
    chart->setCatalogue(document->catalogue());
    chart->applyPalette(radar->palette());
    chart->setLabelFont(radar->font());
    chart->setResult(document->result());
    chart->setSelectedDimension(viewState->selectedDimension());
    updateToday();
    applyModelVisibility();
}

void ChartWiring::updateToday()
{
    m_radar->radarChart()->setToday(m_document->todayDimensionFit(), tr("Today"));
}

void ChartWiring::modelsChanged()
{
    RadarChart *chart = m_radar->radarChart();
    chart->setCatalogue(m_document->catalogue());
    chart->setResult(m_document->result());
    updateToday();
    applyModelVisibility();
}

bool ChartWiring::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_radar && event->type() == QEvent::Show && m_overlayStale)
        updateOverlay();
    return QObject::eventFilter(watched, event);
}

void ChartWiring::updateOverlay()
{
    const int edited = m_document->editedParticipant();
    RadarChart *chart = m_radar->radarChart();
    // Scoring the person's view on every slider step is wasted while another tab is in front.
    m_overlayStale = edited >= 0 && !m_radar->isVisible();
    if (m_overlayStale)
        return;
    if (edited < 0) {
        chart->setOverlay({}, -1, {});
        return;
    }
    const FitResult &group = m_document->result();
    const int model = group.recommended;
    const FitResult own = m_document->scoreOf(participantView(m_document->profile(), edited));
    std::vector<double> fits;
    for (const DimensionFit &dimension : own.dimensions)
        fits.push_back(dimension.fit[static_cast<size_t>(model)]);
    const QString who = m_document->profile().participants[static_cast<size_t>(edited)].name;
    chart->setOverlay(fits, model,
                      tr("%1 as %2 sees it").arg(m_document->catalogue().models[static_cast<size_t>(model)].name, who));
}

void ChartWiring::applyModelVisibility()
{
    for (int m = 0; m < m_document->modelCount(); ++m)
        m_radar->radarChart()->setModelVisible(m, m_viewState->isVisible(m));
    m_radar->radarChart()->setTodayVisible(m_viewState->isVisible(ProfileDocument::kTodayModel));
}

} // namespace splitbench::gui
