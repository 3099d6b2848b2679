#pragma once

#include <QDialog>

class QTextBrowser;

namespace portolan {

// Help → How to read this: what the colours, states, dynamic ranges, socket pools, conflicts and the stale marker
// mean, with links to the KB articles and kernel documentation behind them. Text only; no data.
class ReadingGuideDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ReadingGuideDialog(QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }

    // The page, built from translatable paragraphs (one tr() each, so a translator sees one idea at a time).
    static QString html();

private:
    QTextBrowser* m_browser;
};

} // namespace portolan
