#include "language_menu.h"

#include <QActionGroup>
#include <QLocale>

namespace portolan {

LanguageMenu::LanguageMenu(const QStringList& languages, const QString& current, QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_group(new QActionGroup(this))
    , m_current(current)
{
    setObjectName(QStringLiteral("languageMenu"));
    auto add = [this](const QString& text, const QString& code) {
        auto* action = addAction(text);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_current);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { choose(code); });
    };
    add(tr("System default"), QString());
    addSeparator();
    for (const auto& code : languages)
        add(nativeName(code), code);
}

void LanguageMenu::choose(const QString& code)
{
    for (auto* action : m_group->actions())
        if (action->data().toString() == code)
            action->setChecked(true);
    if (code == m_current)
        return;
    m_current = code;
    Q_EMIT languageChosen(code);
}

QString LanguageMenu::nativeName(const QString& code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    QString name = locale.nativeLanguageName();
    // "français": capitalised as the first word of a menu entry; scripts without case are left alone.
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    // Qt names English after the locale's country ("American English"); the menu offers the language.
    return locale.language() == QLocale::English ? QStringLiteral("English") : name;
}

} // namespace portolan
