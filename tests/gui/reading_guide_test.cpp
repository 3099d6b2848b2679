// Help > How to read this (issue #13): the page explains states, dynamic ranges, socket pools and conflicts with
// links to the KB articles behind them, opens from the real window's Help menu, and follows the UI language.

#include "core/snapshot_engine.h"
#include "main_window.h"
#include "reading_guide_dialog.h"
#include "translation_loader.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace portolan;

namespace {

QAction* helpAction(MainWindow& window, const QString& objectName)
{
    for (auto* menuAction : window.menuBar()->actions())
        if (auto* menu = menuAction->menu())
            for (auto* action : menu->actions())
                if (action->objectName() == objectName)
                    return action;
    return nullptr;
}

} // namespace

TEST(ReadingGuide, ExplainsStatesRangesPoolsAndConflictsWithTheirKbArticles)
{
    const auto html = ReadingGuideDialog::html();
    for (const char* term : { "TIME_WAIT", "CLOSE_WAIT", "LISTEN", "49152", "ip_local_port_range", "MS08-037",
             "ReservedPorts", "SocketPoolExcludedPortRanges", "Stale" })
        EXPECT_TRUE(html.contains(QLatin1String(term))) << term;
    for (const char* kb : { "929851", "953230", "956188", "812873", "832017", "196271" })
        EXPECT_TRUE(html.contains(QStringLiteral("https://support.microsoft.com/kb/%1").arg(QLatin1String(kb))))
            << "no link to KB " << kb;
}

TEST(ReadingGuide, OpensFromTheHelpMenuWithLinksThatOpenOutside)
{
    MainWindow window(EngineOptions {}, 1000, /*live=*/false);
    auto* action = helpAction(window, QStringLiteral("readingGuideAction"));
    ASSERT_NE(action, nullptr) << "Help has no 'How to read this' entry";
    action->trigger();
    auto* dialog = window.findChild<ReadingGuideDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->isModal()) << "the guide should stay open beside the window";
    EXPECT_TRUE(dialog->browser()->openExternalLinks());
    EXPECT_TRUE(dialog->browser()->toPlainText().contains(QStringLiteral("TIME_WAIT")));
    dialog->grab().save(QDir::temp().filePath(QStringLiteral("portolan-reading-guide.png"))); // to look at
    // A second trigger shows the same dialog instead of stacking copies.
    action->trigger();
    EXPECT_EQ(window.findChildren<ReadingGuideDialog*>().size(), 1);
}

TEST(ReadingGuide, FollowsTheUiLanguage)
{
    const auto english = ReadingGuideDialog::html();
    i18n::TranslationLoader translations;
    ASSERT_TRUE(translations.install(QStringLiteral("de")));
    const auto german = ReadingGuideDialog::html();
    EXPECT_NE(german, english);
    EXPECT_TRUE(german.contains(QStringLiteral("Dynamische Bereiche"))) << german.left(400).toStdString();
    // The links stay the same in every language.
    EXPECT_TRUE(german.contains(QStringLiteral("https://support.microsoft.com/kb/953230")));
}
