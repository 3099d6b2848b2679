// Translations (issue #13): the embedded German, French and Japanese translations reach the real main window's
// menus, headers and states; numbers and times follow the chosen locale; View > Language stores the choice.

#include "core/snapshot_engine.h"
#include "core/table_update.h"
#include "endpoint_table_model.h"
#include "language_menu.h"
#include "main_window.h"
#include "process_tree_model.h"
#include "qt_test_support.h"
#include "row_filter.h"
#include "snapshot_status_bar.h"
#include "translation_loader.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace portolan;

namespace {

std::shared_ptr<const Snapshot> listeningSnapshot()
{
    auto s = std::make_shared<Snapshot>();
    s->meta.format = "test";
    auto p = std::make_shared<ProcessInfo>();
    p->pid = 4321;
    p->name = "radiusd";
    s->processes[p->pid] = p;
    for (std::uint16_t port : { 1812, 1813 }) {
        Endpoint e;
        e.protocol = Protocol::Tcp;
        e.localAddress = IpAddress::v4(192, 0, 2, 1);
        e.localPort = port;
        e.state = SocketState::Listen;
        e.pid = p->pid;
        e.inode = port;
        e.ownerStatus = OwnerStatus::Resolved;
        s->endpoints.push_back(e);
    }
    Endpoint established = s->endpoints.front();
    established.state = SocketState::Established;
    established.localPort = 49152;
    established.remoteAddress = IpAddress::v4(198, 51, 100, 7);
    established.remotePort = 1812;
    established.inode = 49152;
    s->endpoints.push_back(established);
    return s;
}

QString menuTitle(const MainWindow& window, int index)
{
    return window.menuBar()->actions().at(index)->text();
}

QMenu* languageMenu(const MainWindow& window)
{
    return window.findChild<LanguageMenu*>(QStringLiteral("languageMenu"));
}

// Settings in a private folder: the test must not touch the user's.
class LanguageSettings : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        test::usePrivateSettings(m_dir.path(), "translation_test");
        i18n::storeLanguage({});
    }
    void TearDown() override
    {
        for (auto* widget : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(widget))
                box->close();
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST(Translations, EveryShippedLanguageIsEmbedded)
{
    const QStringList languages = i18n::availableLanguages();
    for (const char* code : { "de", "en", "fr", "ja" })
        EXPECT_TRUE(languages.contains(QLatin1String(code))) << code << ": " << languages.join(' ').toStdString();
    EXPECT_EQ(LanguageMenu::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    EXPECT_EQ(LanguageMenu::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    EXPECT_EQ(LanguageMenu::nativeName(QStringLiteral("ja")), QStringLiteral("日本語"));
    EXPECT_EQ(LanguageMenu::nativeName(QStringLiteral("en")), QStringLiteral("English"));
}

TEST(Translations, GermanMenusHeadersStatesAndNumbers)
{
    i18n::TranslationLoader translations;
    ASSERT_TRUE(translations.install(QStringLiteral("de")));
    EXPECT_EQ(translations.installedLanguage(), QStringLiteral("de"));
    EXPECT_EQ(QLocale().language(), QLocale::German);
    {
        MainWindow window(EngineOptions {}, 1000, /*live=*/false);
        EXPECT_EQ(menuTitle(window, 0), QStringLiteral("&Datei"));
        EXPECT_EQ(menuTitle(window, 2), QStringLiteral("&Ansicht"));
        ASSERT_NE(languageMenu(window), nullptr);
        EXPECT_EQ(languageMenu(window)->title(), QStringLiteral("&Sprache"));
        EXPECT_EQ(window.tableModel()->headerData(EndpointTableModel::ProcessColumn, Qt::Horizontal).toString(),
            QStringLiteral("Prozess"));
        EXPECT_EQ(window.tableModel()->headerData(EndpointTableModel::ServiceColumn, Qt::Horizontal).toString(),
            QStringLiteral("Dienst"));

        TableTracker tracker;
        window.applyUpdate(tracker.update(listeningSnapshot(), 1'700'000'000'000));
        auto* model = window.tableModel();
        ASSERT_EQ(model->rowCount(), 3);
        QStringList states;
        for (int r = 0; r < model->rowCount(); ++r) {
            states << model->index(r, EndpointTableModel::StateColumn).data().toString();
            // Ports and PIDs are identifiers: never "49.152".
            EXPECT_FALSE(model->index(r, EndpointTableModel::LocalPortColumn).data().toString().contains('.'));
        }
        EXPECT_TRUE(states.contains(QStringLiteral("ABHÖREN"))) << states.join(' ').toStdString();
        EXPECT_TRUE(states.contains(QStringLiteral("HERGESTELLT"))) << states.join(' ').toStdString();
        EXPECT_EQ(model->index(0, EndpointTableModel::PidColumn).data().toString(), QStringLiteral("4321"));
        // German times: 24 hours with seconds.
        const QString seen = model->index(0, EndpointTableModel::FirstSeenColumn).data().toString();
        EXPECT_EQ(seen, QDateTime::fromMSecsSinceEpoch(1'700'000'000'000).toString(QStringLiteral("HH:mm:ss")));

        // The quick filter finds the translated state too, as well as the netstat name.
        model->setFilter(RowFilter::fromText("abhören"));
        EXPECT_EQ(model->rowCount(), 2);
        model->setFilter(RowFilter::fromText("LISTEN"));
        EXPECT_EQ(model->rowCount(), 2);
        model->setFilter({});

        // Counts in the status bar in German digit grouping.
        auto* status = window.findChild<SnapshotStatusBar*>();
        ASSERT_NE(status, nullptr);
        SnapshotCounts counts;
        counts.endpoints = 12345;
        counts.tcp = 10000;
        counts.udp = 2345;
        status->showSnapshot(SnapshotMeta {}, counts, 12345);
        const QString text = status->findChild<QLabel*>(QStringLiteral("countsLabel"))->text();
        EXPECT_TRUE(text.startsWith(QStringLiteral("12.345 Endpunkte (TCP 10.000, UDP 2.345)"))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("abhörend"))) << text.toStdString();

        // Qt's own strings follow when its translations are installed (qt6-translations-l10n, .ci/install-deps).
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"))) {
            QDialogButtonBox buttons(QDialogButtonBox::Cancel);
            EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        }
    }
    translations.remove();
    EXPECT_NE(QLocale().language(), QLocale::German); // the default locale is restored
    MainWindow english(EngineOptions {}, 1000, /*live=*/false);
    EXPECT_EQ(menuTitle(english, 0), QStringLiteral("&File"));
}

TEST(Translations, JapaneseAndFrenchMenusAndHeaders)
{
    i18n::TranslationLoader translations;
    ASSERT_TRUE(translations.install(QStringLiteral("ja")));
    {
        MainWindow window(EngineOptions {}, 1000, /*live=*/false);
        EXPECT_EQ(menuTitle(window, 0), QStringLiteral("ファイル(&F)"));
        EXPECT_EQ(window.tableModel()->headerData(EndpointTableModel::ProcessColumn, Qt::Horizontal).toString(),
            QStringLiteral("プロセス"));
        EXPECT_EQ(window.processModel()->headerData(ProcessTreeModel::ListeningColumn, Qt::Horizontal).toString(),
            QStringLiteral("TCP 待ち受け"));
        // Japanese Windows keeps netstat's English state names; so does the table.
        TableTracker tracker;
        window.applyUpdate(tracker.update(listeningSnapshot(), 0));
        EXPECT_EQ(
            window.tableModel()->index(0, EndpointTableModel::StateColumn).data().toString(), QStringLiteral("LISTEN"));
    }
    ASSERT_TRUE(translations.install(QStringLiteral("fr")));
    MainWindow window(EngineOptions {}, 1000, /*live=*/false);
    EXPECT_EQ(menuTitle(window, 0), QStringLiteral("&Fichier"));
    EXPECT_EQ(window.tableModel()->headerData(EndpointTableModel::ProcessColumn, Qt::Horizontal).toString(),
        QStringLiteral("Processus"));
    EXPECT_EQ(window.tableModel()->headerData(EndpointTableModel::StateColumn, Qt::Horizontal).toString(),
        QStringLiteral("État"));
}

TEST(Translations, UnknownLanguageLeavesTheWindowInEnglish)
{
    i18n::TranslationLoader translations;
    EXPECT_FALSE(translations.install(QStringLiteral("tlh")));
    EXPECT_TRUE(translations.installedLanguage().isEmpty());
    EXPECT_TRUE(translations.install(QStringLiteral("en")));
    MainWindow window(EngineOptions {}, 1000, /*live=*/false);
    EXPECT_EQ(menuTitle(window, 0), QStringLiteral("&File"));
}

TEST_F(LanguageSettings, CommandLineWinsOverTheStoredChoice)
{
    EXPECT_EQ(i18n::requestedLanguage({ QStringLiteral("portolan") }), QString());
    i18n::storeLanguage(QStringLiteral("fr"));
    EXPECT_EQ(i18n::requestedLanguage({ QStringLiteral("portolan") }), QStringLiteral("fr"));
    EXPECT_EQ(
        i18n::requestedLanguage({ QStringLiteral("portolan"), QStringLiteral("--language"), QStringLiteral("ja") }),
        QStringLiteral("ja"));
    EXPECT_EQ(
        i18n::requestedLanguage({ QStringLiteral("portolan"), QStringLiteral("--language=de") }), QStringLiteral("de"));
}

TEST_F(LanguageSettings, ChoosingALanguageStoresItAndSaysWhenItApplies)
{
    MainWindow window(EngineOptions {}, 1000, /*live=*/false);
    auto* menu = qobject_cast<LanguageMenu*>(languageMenu(window));
    ASSERT_NE(menu, nullptr);
    QStringList entries;
    for (auto* action : menu->actions())
        if (!action->isSeparator())
            entries << action->text();
    EXPECT_EQ(entries,
        (QStringList { QStringLiteral("System default"), QStringLiteral("Deutsch"), QStringLiteral("English"),
            QStringLiteral("Français"), QStringLiteral("日本語") }));
    EXPECT_TRUE(menu->actions().front()->isChecked()); // nothing stored: the system default

    // Through the menu entry, as a user would.
    for (auto* action : menu->actions())
        if (action->text() == QStringLiteral("Deutsch"))
            action->trigger();
    EXPECT_EQ(i18n::storedLanguage(), QStringLiteral("de"));
    EXPECT_EQ(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    auto* box = window.findChild<QMessageBox*>(QStringLiteral("languageRestartBox"));
    ASSERT_NE(box, nullptr);
    // Said in the language shown and in the one chosen.
    EXPECT_TRUE(box->text().contains(QStringLiteral("started again"))) << box->text().toStdString();
    EXPECT_TRUE(box->text().contains(QStringLiteral("nächsten Start"))) << box->text().toStdString();
    box->close();

    menu->choose(QString());
    EXPECT_FALSE(QSettings().contains(QStringLiteral("ui/language")));
    EXPECT_EQ(i18n::requestedLanguage({ QStringLiteral("portolan") }), QString());
}
