#pragma once

#include "core/analysis/exhaustion.h"
#include "core/analysis/socket_pool.h"

#include <QDialog>
#include <QStringList>

#include <functional>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace portolan {

// The analysis thresholds a user may change (View > Thresholds…), as plain values. It is defined beside the
// dialog because the dialog's interface is this struct and widgets cannot see app/; the rule for which values are
// acceptable, and where they are stored, are app/threshold_settings.h's. Defaults come from the core's own
// defaults, so that there is one source for them. Shares are fractions (0.5 is 50 %).
struct AnalysisThresholds
{
    double ownerShareWarning = analysis::ExhaustionThresholds {}.ownerShareWarning;
    double ownerShareCritical = analysis::ExhaustionThresholds {}.ownerShareCritical;
    double freeShareWarning = analysis::ExhaustionThresholds {}.freeShareWarning;
    double freeShareCritical = analysis::ExhaustionThresholds {}.freeShareCritical;
    int minPoolUdpSockets = static_cast<int>(analysis::SocketPoolRule {}.minUdpSockets);
    // Above this many endpoints the host counts as crowded (the app then turns costly extras, such as reverse
    // DNS of every remote address, off by default).
    int crowdedHostEndpoints = 5000;

    bool operator==(const AnalysisThresholds&) const = default;
};

// "Thresholds" dialog: one input per threshold, Restore defaults, OK and Cancel. It takes and returns the plain
// struct; it stores nothing. OK is disabled while `validate` reports problems, and the problems are shown.
class ThresholdsDialog final : public QDialog
{
    Q_OBJECT
public:
    // Translated descriptions of what is wrong with the values; empty when they are acceptable.
    using Validator = std::function<QStringList(const AnalysisThresholds&)>;

    ThresholdsDialog(const AnalysisThresholds& values, Validator validate, QWidget* parent = nullptr);

    AnalysisThresholds values() const; // as the inputs show them now
    void setValues(const AnalysisThresholds& values);
    QStringList problems() const { return m_problemList; }

    // For tests and for the accessibility checks: the inputs and the buttons.
    QDoubleSpinBox* ownerWarningBox() const { return m_ownerWarning; }
    QDoubleSpinBox* ownerCriticalBox() const { return m_ownerCritical; }
    QDoubleSpinBox* freeWarningBox() const { return m_freeWarning; }
    QDoubleSpinBox* freeCriticalBox() const { return m_freeCritical; }
    QSpinBox* poolMinimumBox() const { return m_poolMinimum; }
    QSpinBox* crowdedHostBox() const { return m_crowdedHost; }
    QDialogButtonBox* buttons() const { return m_buttons; }
    QLabel* problemLabel() const { return m_problems; }

private:
    void revalidate();

    Validator m_validate;
    QDoubleSpinBox* m_ownerWarning;
    QDoubleSpinBox* m_ownerCritical;
    QDoubleSpinBox* m_freeWarning;
    QDoubleSpinBox* m_freeCritical;
    QSpinBox* m_poolMinimum;
    QSpinBox* m_crowdedHost;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
    QStringList m_problemList;
};

} // namespace portolan
