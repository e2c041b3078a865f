// Help ▸ User Guide (F1): docs/user-guide.md, compiled in as a resource with its screenshots, in a browser window.
#pragma once

#include <QDialog>
#include <QHash>
#include <QUrl>
#include <QTextBrowser>

namespace splitbench::gui {

/// Where the guide lives among the program's resources (docs/user-guide.md and the pages it links to).
inline constexpr const char *kUserGuideUrl = "qrc:/help/user-guide.md";

/// A QTextBrowser for the Markdown pages of docs/: headings become anchors as on GitHub ("#getting-started"),
/// so the guide's table of contents and its links between pages work; screenshots are scaled to the page.
class GuideBrowser final : public QTextBrowser {
    Q_OBJECT
public:
    explicit GuideBrowser(QWidget *parent = nullptr);

    /// The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as '-'.
    static QString headingAnchor(const QString &heading);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void addHeadingAnchors();
    /// Scrolls so that the heading (or other anchor) called `name` is at the top.
    void showAnchor(const QString &name);
    void fitImages();
    /// The natural size of an image of the page (read from its header once).
    QSize imageSize(const QString &name);

    QHash<QUrl, QSize> m_imageSizes;
};

/// The user guide's window: not modal, so the guide stays open beside the workbench.
class UserGuideDialog final : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    [[nodiscard]] GuideBrowser *browser() const { return m_browser; }

private:
    GuideBrowser *m_browser;
};

} // namespace splitbench::gui
