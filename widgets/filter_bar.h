#pragma once

#include "row_filter.h"

#include <QWidget>

#include <QTimer>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QMenu;
class QPushButton;
class QToolButton;

namespace portolan {

// The filter bar under the toolbar: protocol, family, states, process name, a port range on the local or remote
// side, and the loopback / listening / dynamic-range switches, plus the saved presets. It holds no data: it
// shows a RowFilter's criteria and emits the one the user builds; the window matches rows with it and stores
// presets (filter_presets.h).
class FilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    // The structured criteria shown (RowFilter::criteriaOnly(): no quick-filter text, no dynamic ranges).
    RowFilter filter() const;
    // Shows these criteria and emits filterChanged at once.
    void setFilter(const RowFilter& filter);
    // The presets to offer; `current` is selected (none when empty or unknown). Emits nothing.
    void setPresetNames(const QStringList& names, const QString& current = {});
    QString currentPreset() const;
    // The Save button without its name dialog (tests, and the dialog's answer).
    void savePresetAs(const QString& name);

Q_SIGNALS:
    void filterChanged(const portolan::RowFilter& filter);
    void presetChosen(const QString& name);
    void presetSaveRequested(const QString& name);
    void presetDeleteRequested(const QString& name);

public Q_SLOTS:
    void clear(); // every criterion back to "show all"

private:
    void scheduleEmit();
    void emitNow();
    void updateStatesText();
    void askPresetName();

    QComboBox* m_protocol;
    QComboBox* m_family;
    QToolButton* m_statesButton;
    QMenu* m_statesMenu;
    QLineEdit* m_process;
    QLineEdit* m_ports;
    QComboBox* m_portSide;
    QCheckBox* m_hideLoopback;
    QCheckBox* m_onlyListening;
    QCheckBox* m_onlyDynamic;
    QComboBox* m_presets;
    QPushButton* m_savePreset;
    QPushButton* m_deletePreset;
    QTimer m_debounce; // typing in the text fields filters once per pause, not per keystroke (100k rows)
    bool m_loading = false;
};

} // namespace portolan
