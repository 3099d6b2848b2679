#pragma once

#include "whois_lookup.h"

#include <QDialog>
#include <QString>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace portolan {

// TCPView's "Whois…" window: a summary line, the registry's full answer in a monospace box, the servers asked, Copy
// and Close. Non-modal, so the table keeps refreshing beside it. It only shows: the lookup (model/qt) is given
// from outside, and the dialog follows its progress and result.
class WhoisDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit WhoisDialog(const QString& address, QWidget* parent = nullptr);

    // Shows which server `lookup` asks, then its result.
    void follow(WhoisLookup* lookup);
    void showAsking(const QString& server);
    void showResult(const WhoisResult& result);

    QLabel* statusLabel() const { return m_status; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* serversLabel() const { return m_servers; }
    QPlainTextEdit* answerView() const { return m_answer; }
    QPushButton* copyButton() const { return m_copy; }

private:
    QLabel* m_status;
    QLabel* m_summary;
    QPlainTextEdit* m_answer;
    QLabel* m_servers;
    QPushButton* m_copy;
};

} // namespace portolan
