#include "threshold_settings.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

#include <cmath>

namespace portolan::threshold_settings {

namespace {
const QString kGroup = QStringLiteral("thresholds");

// Every stored value: its key and the range it must lie in. Shares are fractions of a range's usable ports, so
// 0-1 is all there is. The counts only need to be positive; their ceilings are sanity bounds far above any real
// machine (a process cannot hold a million UDP sockets; 100 million endpoints is beyond any host's tables), so
// that a typo of a few digits is caught rather than silently switching a feature off.
struct FieldInfo
{
    Field field;
    const char* key;
    bool integer;
    double min;
    double max;
};
constexpr FieldInfo kFields[] = {
    { Field::OwnerShareWarning, "ownerShareWarning", false, 0.0, 1.0 },
    { Field::OwnerShareCritical, "ownerShareCritical", false, 0.0, 1.0 },
    { Field::FreeShareWarning, "freeShareWarning", false, 0.0, 1.0 },
    { Field::FreeShareCritical, "freeShareCritical", false, 0.0, 1.0 },
    { Field::MinPoolUdpSockets, "minPoolUdpSockets", true, 1.0, 1'000'000.0 },
    { Field::CrowdedHostEndpoints, "crowdedHostEndpoints", true, 1.0, 100'000'000.0 },
};

const FieldInfo& info(Field field)
{
    for (const auto& f : kFields)
        if (f.field == field)
            return f;
    return kFields[0]; // unreachable: every Field is listed
}

double get(const AnalysisThresholds& v, Field field)
{
    switch (field) {
    case Field::OwnerShareWarning:
        return v.ownerShareWarning;
    case Field::OwnerShareCritical:
        return v.ownerShareCritical;
    case Field::FreeShareWarning:
        return v.freeShareWarning;
    case Field::FreeShareCritical:
        return v.freeShareCritical;
    case Field::MinPoolUdpSockets:
        return v.minPoolUdpSockets;
    case Field::CrowdedHostEndpoints:
        return v.crowdedHostEndpoints;
    }
    return 0;
}

// `value` must fit the field (the reader checks integers against int before calling this).
void set(AnalysisThresholds& v, Field field, double value)
{
    switch (field) {
    case Field::OwnerShareWarning:
        v.ownerShareWarning = value;
        break;
    case Field::OwnerShareCritical:
        v.ownerShareCritical = value;
        break;
    case Field::FreeShareWarning:
        v.freeShareWarning = value;
        break;
    case Field::FreeShareCritical:
        v.freeShareCritical = value;
        break;
    case Field::MinPoolUdpSockets:
        v.minPoolUdpSockets = static_cast<int>(value);
        break;
    case Field::CrowdedHostEndpoints:
        v.crowdedHostEndpoints = static_cast<int>(value);
        break;
    }
}

QString label(Field field)
{
    switch (field) {
    case Field::OwnerShareWarning:
        return QCoreApplication::translate("portolan::ThresholdSettings", "The owner share warning threshold");
    case Field::OwnerShareCritical:
        return QCoreApplication::translate("portolan::ThresholdSettings", "The owner share critical threshold");
    case Field::FreeShareWarning:
        return QCoreApplication::translate("portolan::ThresholdSettings", "The free share warning threshold");
    case Field::FreeShareCritical:
        return QCoreApplication::translate("portolan::ThresholdSettings", "The free share critical threshold");
    case Field::MinPoolUdpSockets:
        return QCoreApplication::translate("portolan::ThresholdSettings", "The socket pool minimum");
    case Field::CrowdedHostEndpoints:
        return QCoreApplication::translate("portolan::ThresholdSettings", "The crowded host endpoint count");
    }
    return {};
}

QString shown(const FieldInfo& f, double value)
{
    const QLocale locale;
    return f.integer ? locale.toString(static_cast<qlonglong>(value))
                     : locale.toString(value * 100.0, 'f', 1) + QStringLiteral(" %");
}

bool inRange(const FieldInfo& f, double value)
{
    return value >= f.min && value <= f.max; // false for NaN too
}

QString key(Field field)
{
    return kGroup + QLatin1Char('/') + QLatin1String(info(field).key);
}
} // namespace

std::vector<Problem> validate(const AnalysisThresholds& values)
{
    std::vector<Problem> problems;
    for (const auto& f : kFields) {
        const double value = get(values, f.field);
        if (!inRange(f, value))
            problems.push_back({ Problem::Kind::OutOfRange, { f.field },
                QCoreApplication::translate("portolan::ThresholdSettings", "%1 must be between %2 and %3.")
                    .arg(label(f.field), shown(f, f.min), shown(f, f.max)) });
    }
    const auto bothInRange
        = [&](Field a, Field b) { return inRange(info(a), get(values, a)) && inRange(info(b), get(values, b)); };
    // Warnings come before critical ones as a range fills: an owner's share rises through warning to critical,
    // the free share falls through warning to critical. Equal values would make the warning never show.
    if (bothInRange(Field::OwnerShareWarning, Field::OwnerShareCritical)
        && !(values.ownerShareWarning < values.ownerShareCritical))
        problems.push_back({ Problem::Kind::Inconsistent, { Field::OwnerShareWarning, Field::OwnerShareCritical },
            QCoreApplication::translate("portolan::ThresholdSettings",
                "The owner share warning threshold (%1) must be below the critical one (%2).")
                .arg(shown(info(Field::OwnerShareWarning), values.ownerShareWarning),
                    shown(info(Field::OwnerShareCritical), values.ownerShareCritical)) });
    if (bothInRange(Field::FreeShareWarning, Field::FreeShareCritical)
        && !(values.freeShareWarning > values.freeShareCritical))
        problems.push_back({ Problem::Kind::Inconsistent, { Field::FreeShareWarning, Field::FreeShareCritical },
            QCoreApplication::translate("portolan::ThresholdSettings",
                "The free share warning threshold (%1) must be above the critical one (%2): free ports run out "
                "through the warning first.")
                .arg(shown(info(Field::FreeShareWarning), values.freeShareWarning),
                    shown(info(Field::FreeShareCritical), values.freeShareCritical)) });
    return problems;
}

QStringList problemTexts(const AnalysisThresholds& values)
{
    QStringList texts;
    for (const auto& problem : validate(values))
        texts << problem.text;
    return texts;
}

AnalysisThresholds read()
{
    const AnalysisThresholds defaults;
    AnalysisThresholds values;
    QSettings settings;
    settings.beginGroup(kGroup);
    for (const auto& f : kFields) {
        if (!settings.contains(QLatin1String(f.key)))
            continue;
        const QVariant stored = settings.value(QLatin1String(f.key));
        // A hand-edited value with a comma reads back as a list: shown as it was written.
        const QString text
            = stored.typeId() == QMetaType::QStringList ? stored.toStringList().join(u',') : stored.toString();
        bool ok = false;
        // Integers as integers ("200.5" is no socket count); every range limit fits a double exactly.
        const double number = f.integer ? static_cast<double>(stored.toLongLong(&ok)) : stored.toDouble(&ok);
        ok = ok && std::isfinite(number); // "nan" and "inf" parse, but are no threshold
        if (!ok) {
            log::ui()->warn("{}: \"{}\" is not a number; using the default {}", key(f.field).toStdString(),
                text.toStdString(), get(defaults, f.field));
            continue;
        }
        // Checked before set(): a count beyond int must not be converted to one.
        if (!inRange(f, number)) {
            log::ui()->warn("{}: {} is outside {}-{}; using the default {}", key(f.field).toStdString(),
                text.toStdString(), f.min, f.max, get(defaults, f.field));
            continue;
        }
        set(values, f.field, number);
    }
    // Each value is in range now; a pair may still contradict itself (or a stored value may contradict the
    // default its partner fell back to): the pair goes back to its defaults, which are consistent.
    for (const auto& problem : validate(values)) {
        QStringList stored;
        for (const auto field : problem.fields) {
            stored << QStringLiteral("%1=%2").arg(key(field)).arg(get(values, field));
            set(values, field, get(defaults, field));
        }
        log::ui()->warn("{} are inconsistent (the warning must come before the critical threshold); using the "
                        "defaults for both",
            stored.join(QStringLiteral(", ")).toStdString());
    }
    return values;
}

void write(const AnalysisThresholds& values)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    for (const auto& f : kFields) {
        const double value = get(values, f.field);
        if (f.integer)
            settings.setValue(QLatin1String(f.key), static_cast<int>(value));
        else
            settings.setValue(QLatin1String(f.key), value);
    }
}

void reset()
{
    QSettings().remove(kGroup);
}

QStringList keys()
{
    QStringList all;
    for (const auto& f : kFields)
        all << key(f.field);
    return all;
}

void apply(const AnalysisThresholds& values, analysis::RangesOptions& options)
{
    options.exhaustion.ownerShareWarning = values.ownerShareWarning;
    options.exhaustion.ownerShareCritical = values.ownerShareCritical;
    options.exhaustion.freeShareWarning = values.freeShareWarning;
    options.exhaustion.freeShareCritical = values.freeShareCritical;
    options.pool.minUdpSockets = static_cast<std::uint32_t>(values.minPoolUdpSockets);
}

} // namespace portolan::threshold_settings
