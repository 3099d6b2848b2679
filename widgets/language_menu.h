#pragma once

#include <QMenu>
#include <QStringList>

class QActionGroup;

namespace portolan {

// View > Language: "System default" and one checkable entry per language, each named in its own language. It only
// shows and reports the choice; storing and applying it is the caller's.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
public:
    // `languages`: codes such as "en", "de"; `current`: the chosen one, "" for the system default.
    LanguageMenu(const QStringList& languages, const QString& current, QWidget* parent = nullptr);

    QString current() const { return m_current; }
    // Checks the entry of `code` and emits languageChosen when it differs from the current one (tests, scripts).
    void choose(const QString& code);
    // The name a language calls itself, capitalised for a menu: "Deutsch", "Français", "日本語".
    static QString nativeName(const QString& code);

Q_SIGNALS:
    void languageChosen(const QString& code);

private:
    QActionGroup* m_group;
    QString m_current;
};

} // namespace portolan
