// Keeps one pane of a splitter at the width its content asks for, until the user drags the handle.
#pragma once

#include <QObject>

#include <functional>

class QSplitter;

namespace splitbench::gui {

/**
 * A splitter's stretch factors share out what the window gains or loses, which on a small screen cuts the pane
 * with the names (they elide) and on a large one leaves it as narrow as it started. This gives `pane` the width
 * `preferred(total)` returns for the splitter's current width, on every resize, until the user drags a handle
 * or a saved layout is restored; from then on the splitter keeps what the user chose.
 */
class PaneSizer final : public QObject {
    Q_OBJECT
public:
    /// `preferred` gets the width both panes share and returns the pane's width (it is clamped to that share).
    PaneSizer(QSplitter *splitter, int pane, std::function<int(int total)> preferred);

    /// Restores a saved layout (QSplitter::saveState); true when it was valid, and then the user's layout stays.
    bool restoreState(const QByteArray &state);
    [[nodiscard]] bool isSizedByUser() const { return m_sizedByUser; }
    /// Applies the preferred width now (for example after the content changed).
    void apply();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QSplitter *m_splitter;
    int m_pane;
    std::function<int(int)> m_preferred;
    bool m_sizedByUser = false;
};

} // namespace splitbench::gui
