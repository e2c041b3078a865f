// The radar chart as screen readers read it: one element per axis, the selected axis focused, named after its
// dimension and described by each shown model's fit.
#pragma once

#include <QAccessible>
#include <QString>

class QObject;

namespace splitbench::gui {

class RadarView;

/// The accessible interface of a RadarView, or nullptr for any other class (for the factory in accessibility.cpp).
[[nodiscard]] QAccessibleInterface *radarAccessibleFactory(const QString &className, QObject *object);

/**
 * Tells screen readers about the radar's selected axis: `event` (Focus when the selection moved,
 * DescriptionChanged when the fits did) for the axis's element, from the radar. Only while the radar is shown
 * and has the keyboard focus: a chart the user is not on says nothing.
 */
void announceRadarAxis(RadarView *radar, QAccessible::Event event);

/// "Fully managed: fit 82, Co-managed: fit 74 and Acme: fit 70": each shown model's fit in `dimension`.
[[nodiscard]] QString radarAxisValues(const RadarView *radar, int dimension);

} // namespace splitbench::gui
