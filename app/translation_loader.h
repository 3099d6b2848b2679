#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QMenu;
class QTranslator;
class QWidget;

// The UI language (issue #13): the system locale by default, View > Language's choice from the settings, or
// --language CODE. Portolan's own translations are embedded under :/i18n (portolan_<lang>.qm, compiled from
// translations/*.ts); Qt's own (qtbase_<lang>.qm, for the standard buttons) are loaded when installed.
namespace portolan::i18n {

// QSettings key of View > Language's choice: a language code ("de"), or empty for the system default.
inline constexpr const char* kLanguageKey = "ui/language";

// The stored choice ("" for the system default).
QString storedLanguage();
void storeLanguage(const QString& code);

// The language to start in: --language CODE (or --language=CODE) in `arguments`, else the stored choice.
// "system" and "" mean the system locale.
QString requestedLanguage(const QStringList& arguments);

// The languages the UI is available in: "en" and one code per embedded portolan_<code>.qm, sorted.
QStringList availableLanguages();

// Installs and, on destruction, removes the translators for one language.
class TranslationLoader
{
public:
    TranslationLoader();
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader&) = delete;
    TranslationLoader& operator=(const TranslationLoader&) = delete;

    // `code` "" or "system": the system locale (QLocale::system(), which on Linux follows LANGUAGE, LC_ALL,
    // LC_MESSAGES and LANG). Otherwise that language, whose locale also becomes QLocale's default, so that numbers
    // and times follow it, unless the system locale is of the same language (de_AT stays de_AT for "de").
    // Returns false when no translation was found for a language other than English (the UI stays English).
    bool install(const QString& code);
    // Removes the translators and restores the default locale as it was before install().
    void remove();
    // The language whose translation is installed ("" when none: English).
    QString installedLanguage() const { return m_installed; }

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_installed;
    bool m_localeChanged = false;
    QLocale m_previousLocale;
};

// View > Language: the system default and every available language. A choice is stored (kLanguageKey) and, since
// the UI is built with its strings at construction, applies at the next start, which a message box says.
QMenu* createLanguageMenu(QWidget* parent);

} // namespace portolan::i18n
