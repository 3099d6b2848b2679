#include "translation_loader.h"

#include "language_menu.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace portolan::i18n {

namespace {
const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("portolan_");
constexpr const char* kMenuContext = "portolan::LanguageMenu";
constexpr const char* kRestartText
    = QT_TRANSLATE_NOOP("portolan::LanguageMenu", "The language changes when Portolan is started again.");
constexpr const char* kBoxTitle = QT_TRANSLATE_NOOP("portolan::LanguageMenu", "Language");

// Where Qt's own translations may be: Qt's installation (Debian: qt6-translations-l10n), or next to the program
// (windeployqt puts them in translations/).
QStringList qtTranslationDirs()
{
    return { QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QCoreApplication::applicationDirPath() + QStringLiteral("/translations") };
}
} // namespace

QString storedLanguage()
{
    return QSettings().value(QLatin1String(kLanguageKey)).toString();
}

void storeLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kLanguageKey));
    else
        settings.setValue(QLatin1String(kLanguageKey), code);
}

QString requestedLanguage(const QStringList& arguments)
{
    const QString option = QStringLiteral("--language");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == option)
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return storedLanguage();
}

QStringList availableLanguages()
{
    QStringList codes { QStringLiteral("en") };
    const auto files = QDir(kResourceDir).entryList({ kPrefix + QStringLiteral("*.qm") }, QDir::Files);
    for (const auto& file : files)
        codes << file.mid(kPrefix.size(), file.size() - kPrefix.size() - 3);
    std::sort(codes.begin(), codes.end());
    codes.removeDuplicates();
    return codes;
}

TranslationLoader::TranslationLoader() = default;

TranslationLoader::~TranslationLoader()
{
    remove();
}

bool TranslationLoader::install(const QString& code)
{
    remove();
    const bool system = code.isEmpty() || code == QLatin1String("system");
    const QLocale locale = system ? QLocale::system() : QLocale(code);
    if (!system && locale.language() != QLocale::C && locale.language() != QLocale::system().language()) {
        m_previousLocale = QLocale();
        m_localeChanged = true;
        QLocale::setDefault(locale);
    }
    auto app = std::make_unique<QTranslator>();
    // QTranslator tries the locale's UI languages in order ("de-AT", "de", ...).
    if (app->load(locale, QStringLiteral("portolan"), QStringLiteral("_"), kResourceDir)) {
        m_installed = app->language().section(QLatin1Char('_'), 0, 0);
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
        // Qt's own strings (standard buttons, line-edit menus): only with ours, or the UI would mix languages.
        auto qt = std::make_unique<QTranslator>();
        for (const auto& dir : qtTranslationDirs())
            if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), dir)) {
                QCoreApplication::installTranslator(qt.get());
                m_qt = std::move(qt);
                break;
            }
    }
    return m_app || system || locale.language() == QLocale::English;
}

void TranslationLoader::remove()
{
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    m_qt.reset();
    m_app.reset();
    m_installed.clear();
    if (m_localeChanged)
        QLocale::setDefault(m_previousLocale);
    m_localeChanged = false;
}

QMenu* createLanguageMenu(QWidget* parent)
{
    auto* menu = new LanguageMenu(availableLanguages(), storedLanguage(), parent);
    QObject::connect(menu, &LanguageMenu::languageChosen, menu, [parent](const QString& code) {
        storeLanguage(code);
        QString text = QCoreApplication::translate(kMenuContext, kRestartText);
        // Also said in the language chosen, which the user may read better than the one shown now.
        QTranslator chosen;
        if (!code.isEmpty() && chosen.load(kResourceDir + QLatin1Char('/') + kPrefix + code + QStringLiteral(".qm"))) {
            const QString translated = chosen.translate(kMenuContext, kRestartText);
            if (!translated.isEmpty() && translated != text)
                text += QLatin1Char('\n') + translated;
        }
        auto* box = new QMessageBox(QMessageBox::Information, QCoreApplication::translate(kMenuContext, kBoxTitle),
            text, QMessageBox::Ok, parent);
        box->setObjectName(QStringLiteral("languageRestartBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    return menu;
}

} // namespace portolan::i18n
