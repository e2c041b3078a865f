#include "user_guide.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QAbstractTextDocumentLayout>
#include <QImageReader>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QVBoxLayout>

#include <algorithm>

namespace splitbench::gui {

GuideBrowser::GuideBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("userGuideBrowser"));
    setOpenLinks(false); // pages of the guide open here, web links in the web browser
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        const QUrl target = source().resolved(link);
        if (target.scheme() == QLatin1String("qrc")) {
            setSource(target, target.path().endsWith(QLatin1String(".md")) ? QTextDocument::MarkdownResource
                                                                            : QTextDocument::UnknownResource);
            if (target.hasFragment()) // QTextBrowser's own scroll misses anchors not laid out yet
                showAnchor(target.fragment());
        } else {
            QDesktopServices::openUrl(target);
        }
    });
    // After every load (a link, Back, Contents): the new page gets its anchors, then the link's target shows.
    // (QTextBrowser may load a page again for a link within it: the anchors are checked every time.)
    connect(this, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        addHeadingAnchors();
        fitImages();
        if (url.hasFragment())
            showAnchor(url.fragment());
    });
}

QString GuideBrowser::headingAnchor(const QString &heading)
{
    QString anchor = heading.toLower();
    static const QRegularExpression punctuation(QStringLiteral("[^\\w\\- ]"));
    anchor.remove(punctuation);
    anchor.replace(u' ', u'-');
    return anchor;
}

void GuideBrowser::showAnchor(const QString &name)
{
    // QTextEdit::scrollToAnchor() finds no place for an anchor the background layout of a long page has not
    // reached yet (and then scrolls to the top); the layout's rectangle of the anchor's block is always there.
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && format.anchorNames().contains(name)) {
                const QRectF place = document()->documentLayout()->blockBoundingRect(block);
                verticalScrollBar()->setMaximum(std::max(verticalScrollBar()->maximum(),
                                                         static_cast<int>(document()->size().height()) -
                                                             viewport()->height()));
                verticalScrollBar()->setValue(static_cast<int>(place.top()));
                return;
            }
        }
    }
}

void GuideBrowser::addHeadingAnchors()
{
    QTextDocument *doc = document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() <= 0 || block.text().isEmpty() ||
            block.begin().fragment().charFormat().isAnchor())
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat anchor;
        anchor.setAnchor(true);
        anchor.setAnchorNames({headingAnchor(block.text())});
        cursor.mergeCharFormat(anchor);
    }
    doc->setModified(false);
}

void GuideBrowser::fitImages()
{
    // Screenshots are 1400 pixels wide: scale each down to the page's width, keeping its proportions.
    const double room = std::max(200, viewport()->width() - 2 * static_cast<int>(document()->documentMargin()) - 8);
    QTextDocument *doc = document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QSize natural = imageSize(image.name());
            if (natural.isEmpty())
                continue;
            const double width = std::min<double>(natural.width(), room);
            if (image.width() == width)
                continue;
            image.setWidth(width);
            image.setHeight(width * natural.height() / natural.width());
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
    doc->setModified(false);
}

QSize GuideBrowser::imageSize(const QString &name)
{
    const QUrl url = source().resolved(QUrl(name));
    const auto known = m_imageSizes.constFind(url);
    if (known != m_imageSizes.cend())
        return *known;
    QImageReader reader(url.scheme() == QLatin1String("qrc") ? u':' + url.path() : url.toLocalFile());
    const QSize size = reader.size();
    m_imageSizes.insert(url, size);
    return size;
}

void GuideBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (!document()->isEmpty())
        fitImages();
}

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent), m_browser(new GuideBrowser(this))
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("Splitbench User Guide"));
    setModal(false);
    m_browser->setAccessibleName(tr("User guide"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    back->setObjectName(QStringLiteral("userGuideBack"));
    back->setEnabled(false);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    auto *contents = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    connect(contents, &QPushButton::clicked, m_browser, [this] {
        m_browser->setSource(QUrl(QString::fromLatin1(kUserGuideUrl)), QTextDocument::MarkdownResource);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(900, 700);
    m_browser->setSource(QUrl(QString::fromLatin1(kUserGuideUrl)), QTextDocument::MarkdownResource);
}

} // namespace splitbench::gui
