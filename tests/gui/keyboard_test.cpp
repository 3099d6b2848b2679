// Usable with the keyboard alone (issue #13, item 5): Tab from the filter box reaches the table, the docks' lists
// and controls, and comes back around; no view traps Tab (a QTableView moves between cells with Tab unless told
// otherwise), and everything Tab stops at has a name for screen readers.

#include "conflict_panel.h"
#include "core/snapshot_engine.h"
#include "core/table_update.h"
#include "endpoint_table_view.h"
#include "main_window.h"
#include "qt_test_support.h"
#include "quick_filter_edit.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace portolan;

TEST(Keyboard, TabVisitsTheTableAndTheDocksAndComesBackAround)
{
    QTemporaryDir dir;
    test::usePrivateSettings(dir.path(), "keyboard_test");
    QSettings().clear();
    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    // Rows in the table: with rows, a QTableView's Tab moves from cell to cell and never leaves (tabKeyNavigation).
    auto snapshot = std::make_shared<Snapshot>();
    for (std::uint16_t port = 1000; port < 1005; ++port)
        snapshot->endpoints.push_back(test::tcpListener(port));
    TableTracker tracker;
    window.applyUpdate(tracker.update(snapshot, 1000));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.filterEdit()->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return QApplication::focusWidget() == window.filterEdit(); }, 2000));

    std::vector<QWidget*> stops;
    std::set<QWidget*> seen;
    for (int i = 0; i < 80; ++i) {
        QWidget* focused = QApplication::focusWidget();
        ASSERT_NE(focused, nullptr) << "focus lost after " << i << " Tabs";
        if (i > 0 && focused == window.filterEdit())
            break; // around
        if (!seen.insert(focused).second)
            FAIL() << "Tab is trapped: " << focused->metaObject()->className() << " again after " << i << " Tabs";
        stops.push_back(focused);
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    ASSERT_EQ(QApplication::focusWidget(), window.filterEdit()) << "Tab never came back to the filter box";
    auto reached = [&](QWidget* widget) { return seen.contains(widget); };
    EXPECT_TRUE(reached(window.tableView()));
    EXPECT_TRUE(reached(window.conflictPanel()->list()));
    for (QWidget* stop : stops) {
        const auto* button = qobject_cast<QAbstractButton*>(stop);
        const QString name = stop->accessibleName().isEmpty() && button ? button->text() : stop->accessibleName();
        EXPECT_FALSE(name.trimmed().isEmpty())
            << "Tab stops at an unnamed " << stop->metaObject()->className() << " " << stop->objectName().toStdString();
    }
}

TEST(Keyboard, NoTwoActionsShareAShortcut)
{
    // An ambiguous shortcut triggers neither action (Qt emits activatedAmbiguously instead).
    QTemporaryDir dir;
    test::usePrivateSettings(dir.path(), "keyboard_test");
    MainWindow window(EngineOptions {}, MainWindow::kDefaultIntervalMs, /*live=*/false);
    std::map<QString, QString> owners;
    for (const QAction* action : window.findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::PortableText);
            const auto [it, fresh] = owners.emplace(text, action->text());
            EXPECT_TRUE(fresh || it->second == action->text())
                << text.toStdString() << ": " << it->second.toStdString() << " and " << action->text().toStdString();
        }
    }
    EXPECT_GE(owners.size(), 15u);
    for (const char* key : { "F5", "Ctrl+R", "F3", "Shift+F3", "Ctrl+F", "Ctrl+Space" })
        EXPECT_TRUE(owners.contains(QString::fromLatin1(key))) << key;
}
